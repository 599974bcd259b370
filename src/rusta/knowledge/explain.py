"""Explain (SPEC §6): what the compiler says, the rule behind it, the smallest fix, cited.

Without a model, the explanation is composed from its sources and nothing else: the
diagnostic itself, the code's entry in the error index (or clippy's / rustc's lint list), the
most relevant Book/Reference/Nomicon section found by BM25, and Rusta's bundled notes on the
error class (which carry the fix and its trade-offs). Every sentence carries the number of the
anchor it comes from; every anchor is saved so `rusta anchor verify` can check it later. When
no source speaks to the problem, the explanation says "unknown" and proposes probes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rusta.errors import EditFailed, RustaError
from rusta.knowledge import anchors, docindex
from rusta.knowledge.anchors import AnchorStore
from rusta.knowledge.docindex import Chunk, DocIndex
from rusta.llm.base import Backend
from rusta.llm.cited import write_cited
from rusta.patch.textedit import apply_edits
from rusta.tools.taxonomy import classify
from rusta.types import Anchor, Diagnostic, ErrorClass, Suggestion

# Words that say which chapter an error class belongs to; the diagnostic's own words come first.
CLASS_TOPICS = {
    ErrorClass.MOVE: "ownership move moved value copy clone",
    ErrorClass.BORROW: "references borrowing mutable reference borrow",
    ErrorClass.LIFETIME: "lifetime lifetimes references validating",
    ErrorClass.MUTABILITY: "mutable mutability variables mut",
    ErrorClass.TRAIT: "trait traits bound implement derive",
    ErrorClass.TYPE: "type types mismatched conversion",
    ErrorClass.UNRESOLVED: "paths scope use names resolution",
    ErrorClass.VISIBILITY: "visibility privacy pub module",
    ErrorClass.SYNTAX: "syntax expressions statements tokens",
    ErrorClass.LINT: "lint idiomatic",
}
_NOISE = {"the", "this", "that", "for", "found", "expected", "cannot", "which", "with", "here"}


@dataclass(frozen=True)
class Citation:
    id: str
    anchor: Anchor
    text: str


@dataclass(frozen=True)
class Explanation:
    code: str
    text: str  # the explanation, citing [n] = citations[n-1]
    citations: tuple[Citation, ...]
    unknown: bool = False
    probes: tuple[str, ...] = ()
    where: str = ""  # "src/lib.rs:7:9" for a diagnostic

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "where": self.where,
            "text": self.text,
            "unknown": self.unknown,
            "probes": list(self.probes),
            "anchors": [
                {
                    "id": c.id,
                    "source": c.anchor.source,
                    "path": c.anchor.path,
                    "span": c.anchor.span,
                    "sha256": c.anchor.sha256,
                    "title": c.anchor.title,
                }
                for c in self.citations
            ],
        }


@dataclass
class _Draft:
    """An explanation being written: sentences cite anchors by number as they are added."""

    store: AnchorStore
    citations: list[Citation] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def cite(self, anchor: Anchor, text: str) -> int:
        identifier = self.store.save(anchor, text)
        for number, citation in enumerate(self.citations, 1):
            if citation.id == identifier:
                return number
        self.citations.append(Citation(identifier, anchor, text))
        return len(self.citations)

    def say(self, heading: str, sentence: str, number: int) -> None:
        """One line of prose; an indented code listing after it keeps its lines."""
        prose, _, code = sentence.partition("\n    ")
        line = f"{heading}: {' '.join(prose.split())} [{number}]"
        self.lines.append(f"{line}\n    {code.rstrip()}" if code else line)


class Explainer:
    """Explanations over one doc index and anchor store (both under RUSTA_HOME)."""

    def __init__(self, home: Path, docs_root: Path | None) -> None:
        self.index = DocIndex(home)
        self.store = AnchorStore(home)
        self.docs_root = docs_root

    def close(self) -> None:
        self.index.close()
        self.store.close()

    @property
    def origin(self) -> str:
        return self.index.meta("origin") or "not built"

    def needs_build(self) -> bool:
        expected = f"rustup docs at {self.docs_root}" if self.docs_root else "bundled fallback set"
        return not self.index.is_built() or self.index.meta("origin") != expected

    def build(self, progress: Callable[[int, int], None] | None = None) -> docindex.BuildReport:
        return self.index.build(self.docs_root, progress=progress)

    # --- entry points ------------------------------------------------------------------------

    def for_code(self, code: str) -> Explanation:
        """An error code (E0382) or a lint name (clippy::needless_return) on its own."""
        code = code.strip()
        draft = _Draft(self.store)
        entry = self._code_entry(code)
        error_class = classify(code, "")
        if entry is None:
            return self._unknown(code, draft, f"no error-index or lint entry for `{code}`", "")
        number = draft.cite(*entry)
        draft.say("The rule", _summary(entry[1]), number)
        self._add_sections(draft, error_class, f"{code} {entry[0].title} {_summary(entry[1])}")
        return Explanation(code, "\n".join(draft.lines), tuple(draft.citations))

    def for_diagnostic(self, diagnostic: Diagnostic, crate_root: Path) -> Explanation:
        draft = _Draft(self.store)
        code = diagnostic.code
        span = diagnostic.primary
        where = f"{span.file}:{span.line_start}:{span.column_start}" if span else ""
        said = draft.cite(
            anchors.diagnostic_anchor(diagnostic, crate_root), anchors.diagnostic_text(diagnostic)
        )
        draft.say("What the compiler says", _compiler_says(diagnostic, where), said)
        entry = self._code_entry(code) if code else None
        if entry is not None:
            draft.say("The rule", _summary(entry[1]), draft.cite(*entry))
        query = f"{diagnostic.message} {_summary(entry[1]) if entry else ''}"
        found = self._add_sections(
            draft, diagnostic.error_class, query, diagnostic, said, crate_root
        )
        if entry is None and not found:
            return self._unknown(code or "syntax", draft, "no documentation matched", where)
        return Explanation(code or "", "\n".join(draft.lines), tuple(draft.citations), where=where)

    def with_model(
        self, explanation: Explanation, backend: Backend, min_sentences: int = 2
    ) -> Explanation:
        """The model writes the prose from these anchors only (SPEC §6, issue 7).

        A sentence survives only if every [n] it cites names one of the explanation's anchors
        whose text still hashes to the anchor's sha256; if fewer than `min_sentences` survive,
        or the model does not answer, the model-free explanation stands.
        """
        if explanation.unknown or not explanation.citations:
            return explanation
        citations = explanation.citations

        def verified(number: int) -> bool:
            if not 1 <= number <= len(citations):
                return False
            cited = citations[number - 1]
            return docindex.digest(cited.text) == cited.anchor.sha256

        question = f"{explanation.code or 'syntax error'} {explanation.where}".strip()
        try:
            sentences = write_cited(backend, question, [c.text for c in citations], verified)
        except RustaError:
            return explanation
        if len(sentences) < min_sentences:
            return explanation
        return replace(explanation, text="\n".join(sentences))

    # --- sources -----------------------------------------------------------------------------

    def _code_entry(self, code: str) -> tuple[Anchor, str] | None:
        """The error-index entry of an E-code, or the lint list entry of a lint."""
        if re.fullmatch(r"E\d{4}", code):
            return self._error_index(code)
        if code.startswith("clippy::"):
            text = anchors.clippy_text(code)
            title = f"clippy lint {code}"
            return (
                (anchors.make(anchors.CLIPPY_LINTS, code, "all", text, title), text)
                if text
                else None
            )
        if re.fullmatch(r"[a-z_]+", code):
            line = anchors.rustc_lint_line(code)
            anchor = anchors.make(
                anchors.RUSTC_LINTS, "rustc -W help", code, line, f"rustc lint {code}"
            )
            return (anchor, line) if line else None
        return None

    def _error_index(self, code: str) -> tuple[Anchor, str] | None:
        chunks = self.index.chunks_of(f"error_codes/{code}.html") if self.docs_root else []
        if chunks:
            first = chunks[0]
            anchor = anchors.make("error-index", first.path, first.span, first.text, first.title)
            return anchor, first.text
        text = anchors.explain_text(code)
        if not text:
            return None
        path = anchors.RUSTC_EXPLAIN + code
        return anchors.make("error-index", path, "all", text, f"Error code {code}"), text

    def _add_sections(
        self,
        draft: _Draft,
        error_class: ErrorClass,
        query: str,
        diagnostic: Diagnostic | None = None,
        said: int = 0,
        crate_root: Path | None = None,
    ) -> bool:
        """The Book/Reference/Nomicon section, then the class notes: fix and trade-offs."""
        found = False
        section = self._best_section(error_class, query)
        if section is not None:
            number = draft.cite(_chunk_anchor(section), section.text)
            draft.say(
                f"In {_source_name(section)} ({section.title})",
                _excerpt(section.text, query),
                number,
            )
            found = True
        notes = self._notes(error_class)
        if "the-rule" in notes and section is None:
            draft.say(
                "The rule",
                notes["the-rule"].text,
                draft.cite(_chunk_anchor(notes["the-rule"]), notes["the-rule"].text),
            )
            found = True
        help_text = _compiler_help(diagnostic, crate_root) if diagnostic else ""
        if help_text:
            draft.say("Smallest fix", f"the compiler suggests: {help_text}", said)
        if "smallest-fix" in notes:
            fix = notes["smallest-fix"]
            heading = "My pick otherwise" if help_text else "Smallest fix"
            draft.say(heading, fix.text, draft.cite(_chunk_anchor(fix), fix.text))
            found = True
        if "trade-offs" in notes:
            trade = notes["trade-offs"]
            draft.say("Trade-offs", trade.text, draft.cite(_chunk_anchor(trade), trade.text))
        return found

    def _best_section(self, error_class: ErrorClass, query: str) -> Chunk | None:
        if not self.docs_root:
            return None
        words = [w for w in re.sub(r"`[^`]*`", " ", query).split() if w.lower() not in _NOISE]
        text = " ".join(words[:40]) + " " + CLASS_TOPICS.get(error_class, "")
        hits = self.index.search(text, docindex.DOC_SECTION_SOURCES, limit=1)
        return hits[0].chunk if hits else None

    def _notes(self, error_class: ErrorClass) -> dict[str, Chunk]:
        chunks = self.index.chunks_of(f"docs/{error_class.value}.md")
        return {chunk.span.lstrip("#"): chunk for chunk in chunks}

    def _unknown(self, code: str, draft: _Draft, why: str, where: str) -> Explanation:
        probes = _probes(code, where)
        lines = [*draft.lines, f"unknown: {why}; I will not guess.", "Next probes:"]
        lines += [f"  - {probe}" for probe in probes]
        return Explanation(
            code, "\n".join(lines), tuple(draft.citations), True, tuple(probes), where
        )


# --- wording ---------------------------------------------------------------------------------


def _compiler_says(diagnostic: Diagnostic, where: str) -> str:
    label = diagnostic.primary.label if diagnostic.primary else None
    code = f"[{diagnostic.code}]" if diagnostic.code else ""
    said = f"{diagnostic.level.value}{code} {diagnostic.message}"
    if where:
        said += f" at {where}"
    return said + (f" ({label})" if label else "")


def _compiler_help(diagnostic: Diagnostic, crate_root: Path | None = None) -> str:
    for suggestion in diagnostic.suggestions:
        lines = _suggested_lines(suggestion, crate_root) if crate_root else ""
        if lines:
            return f"{suggestion.message}: `{lines}`"
        edits = "; ".join(
            f"`{e.replacement.strip()}`" for e in suggestion.edits if e.replacement.strip()
        )
        return suggestion.message + (f" ({edits})" if edits else "")
    for child in diagnostic.children:
        if child and not child.startswith("for more information"):
            return child
    return ""


def _suggested_lines(suggestion: Suggestion, crate_root: Path) -> str:
    """The lines a suggestion changes, as they read with it applied (as rustc renders
    them), instead of its fragments: `fn longest<'a>(x: &'a str) -> &'a str {`, not
    `<'a>`; `'a`; `'a`. "" when the source cannot be read or the change spans many lines."""
    try:
        new = apply_edits(
            lambda name: (crate_root / name).read_bytes().decode("utf-8"), suggestion.edits
        )
        old = {name: (crate_root / name).read_bytes().decode("utf-8") for name in new}
    except (OSError, UnicodeDecodeError, EditFailed):
        return ""
    shown: list[str] = []
    for name, text in new.items():
        shown += [
            line.strip()
            for line in text.splitlines()
            if line.strip() and line not in old[name].splitlines()
        ]
    return " ⏎ ".join(shown) if 0 < len(shown) <= 3 else ""


def _summary(text: str) -> str:
    """The opening prose of an entry (what the error or lint means), before its examples."""
    body = re.sub(r"(?m)^#+ ", "", text).replace("What it does\n", "")
    kept: list[str] = []
    for line in body.splitlines():
        flat = " ".join(line.split())
        if not flat or flat.lower().startswith("error code"):
            if kept and not flat:
                break
            continue
        if flat.endswith(":") or flat.startswith(("```", "fn ", "struct ", "let ", "#[")):
            break
        kept.append(flat)
        if sum(len(k) for k in kept) > 300:
            break
    return " ".join(kept)[:400] or " ".join(body.split())[:300]


def _excerpt(text: str, query: str) -> str:
    """The two prose sentences of a section that share the most words with the query; a
    sentence that introduces a code listing ("...it won't work:") brings the listing along,
    and such a sentence is preferred: the Book explains by example."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", query)} - _NOISE
    prose = [
        line
        for line in text.splitlines()
        if len(line.split()) > 6 and line.rstrip().endswith((".", ":"))
    ]
    # sentence by sentence within each line: a line ending in ':' introduces what follows it
    sentences = [
        s
        for line in prose
        for s in re.split(r"(?<=[.!?])\s+", line.strip())
        if 30 < len(s) < 300 and not s.startswith("For more information about this error")
    ]
    if not sentences:
        return " ".join(text.split())[:280]
    listings = {i: _code_after(text, s) for i, s in enumerate(sentences) if s.endswith(":")}

    def score(i: int) -> int:
        shared = len(words & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", sentences[i])})
        return shared + (2 if listings.get(i) else 0)

    chosen = sorted(sorted(range(len(sentences)), key=lambda i: -score(i))[:2])
    with_code = next((i for i in reversed(chosen) if listings.get(i)), None)
    if with_code is not None:  # the listing follows its own sentence, so that one goes last
        chosen = [i for i in chosen if i != with_code] + [with_code]
    excerpt = " ".join(
        sentences[i] if i == with_code else sentences[i].removesuffix(":") for i in chosen
    )
    return f"{excerpt}\n{listings[with_code]}" if with_code is not None else excerpt


def _code_after(text: str, sentence: str) -> str:
    """The code example a sentence ending in ':' introduces ("...it won't work:" then the
    listing), as it stands in the section: the lines after it up to the next prose line."""
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if line.rstrip().endswith(sentence)), None)
    if at is None:
        return ""
    code: list[str] = []
    for line in lines[at + 1 :]:
        words = line.split()
        is_prose = (
            len(words) > 6
            and line.rstrip().endswith((".", ":"))
            and ";" not in line
            and not line.startswith((" ", "\t", "}", "//"))
        )
        if is_prose or len(code) >= 12:
            break
        code.append(line.rstrip())
    while code and not code[-1].strip():
        code.pop()
    if code and code[0].startswith("$ "):
        return ""  # a terminal session (`$ cargo run` and its output), not a listing
    return "\n".join("    " + line if line else "" for line in code)


def _chunk_anchor(chunk: Chunk) -> Anchor:
    return anchors.make(chunk.source, chunk.path, chunk.span, chunk.text, chunk.title)


def _source_name(chunk: Chunk) -> str:
    return {"book": "the Book", "reference": "the Reference", "nomicon": "the Nomicon"}.get(
        chunk.source, chunk.source
    )


def _probes(code: str, where: str) -> list[str]:
    probes = []
    if re.fullmatch(r"E\d{4}", code):
        probes.append(f"rustc --explain {code}")
    if where:
        probes.append(f"read the code around {where} and the items it names")
        probes.append("cargo check --message-format=json (the notes and help of the diagnostic)")
    probes.append("rusta doctor (are the offline docs installed?)")
    return probes
