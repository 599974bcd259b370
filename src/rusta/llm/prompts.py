"""The repair prompt (SPEC §8): diagnostic, numbered code around the spans, anchors, DevLogs.

Sections are added by priority until the context budget is spent, so a long error-index
entry or a pile of recalled DevLogs can never push the code the model must edit out of the
window. Line numbers in the code windows are the file's own: they let a model name a line
range (the JSON format) and help it copy SEARCH lines exactly (the text format).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rusta.types import Diagnostic

AnswerFormat = Literal["text", "json"]
CHARS_PER_TOKEN = 3.5
WINDOW_RADIUS = 6
MAX_WINDOWS = 3

INTRO = (
    "You are Rusta, a careful Rust engineer. Fix the compiler problem below with the "
    "smallest change that makes the crate compile and keeps its tests passing. Change only "
    "the lines shown; keep names, behaviour and formatting."
)
TEXT_FORMAT = (
    "Reply with SEARCH/REPLACE blocks and nothing else. Each block is the file path alone on "
    "a line, then a line `<<<<<<< SEARCH`, the existing lines copied exactly (without the "
    "line numbers), a line `=======`, the new lines, and a line `>>>>>>> REPLACE`. Example:\n"
    "src/example.rs\n<<<<<<< SEARCH\n    let total = count;\n=======\n"
    "    let total = count + 1;\n>>>>>>> REPLACE\n"
    "A unified diff (---/+++/@@) is accepted as well."
)
JSON_FORMAT = (
    'Reply with JSON only: {"edits": [{"file": "<path>", "first_line": N, "last_line": M, '
    '"replacement": "<the new text of lines N to M>"}]}, using the line numbers shown above.'
)


@dataclass(frozen=True)
class CodeWindow:
    """Lines first..last (1-based, inclusive) of one file, as the prompt shows them."""

    file: str
    first: int
    last: int
    lines: tuple[str, ...]

    def numbered(self) -> str:
        width = len(str(self.last))
        body = "\n".join(
            f"{number:>{width}} | {line}"
            for number, line in enumerate(self.lines, start=self.first)
        )
        return f"{self.file} (lines {self.first}-{self.last}):\n{body}"


@dataclass(frozen=True)
class PromptParts:
    """Everything a repair prompt may contain; `build_repair_prompt` decides what fits."""

    diagnostics: tuple[Diagnostic, ...]  # the target first, then others in the same files
    windows: tuple[CodeWindow, ...]  # the primary span's window first
    anchor_title: str = ""  # "rustc --explain E0382"
    anchor_text: str = ""
    recalled: tuple[str, ...] = ()  # DevLog summaries of past fixes
    feedback: str = ""  # why the previous answer could not be used


def code_windows(
    diagnostic: Diagnostic,
    read: Callable[[str], str],
    owns: Callable[[str], bool],
    radius: int = WINDOW_RADIUS,
) -> tuple[CodeWindow, ...]:
    """Windows around the diagnostic's spans in the crate's own files, merged, primary first."""
    ranges: list[tuple[str, int, int]] = []
    spans = sorted(diagnostic.spans, key=lambda span: not span.is_primary)
    for span in spans:
        if not owns(span.file):
            continue
        first, last = max(1, span.line_start - radius), span.line_end + radius
        for index, (file, start, end) in enumerate(ranges):
            if file == span.file and first <= end + 1 and last >= start - 1:
                ranges[index] = (file, min(start, first), max(end, last))
                break
        else:
            ranges.append((span.file, first, last))
    windows = []
    for file, first, last in ranges[:MAX_WINDOWS]:
        lines = read(file).split("\n")
        last = min(last, len(lines) - (1 if lines and lines[-1] == "" else 0))
        if first <= last:
            windows.append(CodeWindow(file, first, last, tuple(lines[first - 1 : last])))
    return tuple(windows)


def build_repair_prompt(parts: PromptParts, budget_tokens: int, answer: AnswerFormat) -> str:
    """The prompt, within `budget_tokens`: required sections always, the rest while they fit."""
    budget = int(budget_tokens * CHARS_PER_TOKEN)
    target, *others = parts.diagnostics
    required = [
        INTRO,
        "## Problem\n" + _diagnostic_text(target, limit=max(400, budget // 4)),
        "## Code\n" + (parts.windows[0].numbered() if parts.windows else "(no source shown)"),
    ]
    closing = "## Answer\n" + (JSON_FORMAT if answer == "json" else TEXT_FORMAT)
    optional = [
        "## Your previous answer could not be used\n" + parts.feedback if parts.feedback else "",
        "## More code\n" + "\n\n".join(w.numbered() for w in parts.windows[1:])
        if parts.windows[1:]
        else "",
        "## Other problems in the same code\n" + "\n".join(_one_line(d) for d in others)
        if others
        else "",
        f"## Error index ({parts.anchor_title})\n{parts.anchor_text.strip()}"
        if parts.anchor_text.strip()
        else "",
        "## Fixes that worked before (Rusta's DevLogs)\n"
        + "\n".join(f"- {item}" for item in parts.recalled)
        if parts.recalled
        else "",
    ]
    sections = list(required)
    used = sum(len(s) + 2 for s in [*required, closing])
    for section in filter(None, optional):
        room = budget - used
        if len(section) + 2 > room:
            section = _truncated(section, room - 2)
        if section:
            sections.append(section)
            used += len(section) + 2
    return "\n\n".join([*sections, closing]) + "\n"


def _diagnostic_text(diagnostic: Diagnostic, limit: int) -> str:
    text = diagnostic.rendered.strip() or _one_line(diagnostic)
    return text if len(text) <= limit else text[:limit].rstrip() + "\n[...]"


def _one_line(diagnostic: Diagnostic) -> str:
    span = diagnostic.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    code = f"[{diagnostic.code}]" if diagnostic.code else ""
    return f"{diagnostic.level.value}{code}: {diagnostic.message}{where}"


def _truncated(section: str, room: int) -> str:
    """A section cut to `room` characters at a line boundary, or "" if too little is left."""
    if room < 300:
        return ""
    cut = section[:room].rsplit("\n", 1)[0]
    return cut + "\n[...]"


def json_edit_schema(windows: Sequence[CodeWindow]) -> dict[str, Any]:
    """A JSON schema that only admits files and line numbers the prompt showed.

    Servers with grammar-constrained decoding (llama.cpp) then cannot produce an edit that
    points outside the code the model saw. One edit per answer (the N samples are the
    alternatives) and a capped replacement keep the answer short enough that `max_tokens`
    does not cut the JSON in half.
    """
    files = sorted({w.file for w in windows}) or ["src/lib.rs"]
    numbers = sorted({n for w in windows for n in range(w.first, w.last + 1)}) or [1]
    edit = {
        "type": "object",
        "properties": {
            "file": {"enum": files},
            "first_line": {"enum": numbers},
            "last_line": {"enum": numbers},
            "replacement": {"type": "string", "maxLength": 300},
        },
        "required": ["file", "first_line", "last_line", "replacement"],
    }
    return {
        "type": "object",
        "properties": {"edits": {"type": "array", "items": edit, "minItems": 1, "maxItems": 1}},
        "required": ["edits"],
    }


EXPLAIN_INTRO = (
    "You are Rusta, a calm and exact Rust engineer. Explain the compiler problem below to a "
    "Rust developer in a few short sentences: what it means, why the compiler says it, and "
    "how to fix it. Use only the sources listed. End every sentence with the citation of the "
    "source it comes from, written [n]. Do not cite anything else."
)


def build_explain_prompt(question: str, sources: Sequence[str], budget_tokens: int) -> str:
    """A prompt asking for prose that cites the numbered `sources` as [1], [2], ..."""
    budget = int(budget_tokens * CHARS_PER_TOKEN) - len(EXPLAIN_INTRO) - len(question) - 40
    listed = []
    for number, text in enumerate(sources, 1):
        entry = f"[{number}] {text.strip()}"
        room = budget - sum(len(item) + 2 for item in listed)
        entry = entry if len(entry) <= room else _truncated(entry, room)
        if not entry:
            break
        listed.append(entry)
    return f"{EXPLAIN_INTRO}\n\n## Problem\n{question}\n\n## Sources\n" + "\n\n".join(listed)


# --- the whole-item prompt (issue 14): for a small model --------------------------------------

ERRORS_CHARS = 1200  # the item's errors: every prompt token costs on a CPU
ITEM_INTRO = (
    "You are Rusta, a careful Rust engineer. Rewrite one item of a Rust crate so the crate "
    "compiles and its tests pass."
)


@dataclass(frozen=True)
class ItemPrompt:
    """A whole-item task: what to write, the item with line numbers, the compiler's words."""

    task: str  # "Rewrite `fn total` so that ..." or "Write the missing function `parse`."
    code_title: str  # "src/lib.rs, lines 4-12 (the item to rewrite)"
    code: str  # numbered lines
    answer: str  # "the complete rewritten `fn total`"
    errors: tuple[str, ...] = ()  # rendered rustc errors (or failing tests) for the item
    related: tuple[tuple[str, str], ...] = ()  # (title, code): callers, tests, definitions
    anchor_title: str = ""
    anchor_text: str = ""
    example: str = ""  # one recalled green fix
    previous: str = ""  # the last answer, when it was checked and failed
    feedback: str = ""  # what rustc or the tests said about `previous`


def numbered(text: str, first_line: int) -> str:
    lines = text.split("\n")
    width = len(str(first_line + len(lines) - 1))
    return "\n".join(f"{n:>{width}} | {line}" for n, line in enumerate(lines, first_line))


def build_item_prompt(parts: ItemPrompt, budget_tokens: int) -> str:
    """The prompt within the budget: the task, the item and the errors always; then related
    code, the error-index excerpt and the example while they fit; the feedback on the last
    answer comes last, so every round of one task starts with the same text (llama.cpp
    reuses the evaluated prefix: a round costs only its new tokens)."""
    budget = int(budget_tokens * CHARS_PER_TOKEN)
    errors = "\n\n".join(e.strip() for e in parts.errors if e.strip())
    required = [ITEM_INTRO + "\n\n" + parts.task]
    if errors:
        required.append("## Errors\n" + errors[:ERRORS_CHARS])
    required.append(f"## {parts.code_title}\n```rust\n{parts.code}\n```")
    closing = (
        f"## Answer\nReply with {parts.answer} in one ```rust code block, without line "
        "numbers and without tests. Keep the names and signatures the rest of the crate uses. "
        "Never use todo!(), unimplemented!() or panic!() as the body."
    )
    feedback = ""
    if parts.feedback and parts.previous:
        feedback = (
            "## Your previous answer\n```rust\n" + parts.previous.strip() + "\n```\n"
            "It was checked and failed:\n" + parts.feedback.strip()[:1600]
        )
    elif parts.feedback:
        feedback = "## Your previous answer could not be used\n" + parts.feedback.strip()
    optional = [
        *(f"## {title}\n```rust\n{code}\n```" for title, code in parts.related),
        f"## Error index ({parts.anchor_title})\n{parts.anchor_text.strip()}"
        if parts.anchor_text.strip()
        else "",
        "## A fix that worked before\n" + parts.example if parts.example else "",
    ]
    used = sum(len(s) + 2 for s in [*required, closing, feedback])
    sections = list(required)
    for section in filter(None, optional):
        room = budget - used
        if len(section) + 2 > room:
            section = _truncated(section, room - 2)
        if section:
            sections.append(section)
            used += len(section) + 2
    return "\n\n".join([*sections, *filter(None, [feedback]), closing]) + "\n"
