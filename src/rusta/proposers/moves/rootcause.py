"""Root-cause moves (issue 20): one definition and its many uses, fixed from either side.

When several errors share a cause (`knowledge/rootcause.py`: the same fn, field, method or
receiver), each of these moves proposes ONE candidate for the whole group:

- the definition side: change the one definition so every use agrees again (the parameter
  type every call passes, the field or method name every use spells, `&self` for callers
  that only borrow, a parameter no call passes and the body never reads dropped);
- the use side: change every use to agree with the definition, all sites in one candidate
  (`adapt-every-use` joins the per-site fix that the other proposers offer at every site).

Both are proven like any candidate; the search prefers the smaller green one and Decide
offers the other as an alternative. They run only for a cause with two or more errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rusta.knowledge.rootcause import (
    Cause,
    cause_of,
    group,
    parameter_spans,
    spelled_names,
    trait_names,
)
from rusta.knowledge.symbols import Symbol
from rusta.proposers.compiler import CompilerSuggestions
from rusta.proposers.context import ProposalContext, is_shorthand_field
from rusta.proposers.moves.common import expected_found, levenshtein
from rusta.proposers.moves.registry import MoveContext, applicable, move
from rusta.tools.lexer import matching_close, tokenize
from rusta.types import Candidate, Diagnostic, Span, TextEdit

EXAMPLES = "examples/dev4"
_SIGNATURE = ("E0308", "E0061")
_FIELDS = ("E0609", "E0560", "E0026")
_RECEIVER = ("E0507", "E0382", "E0505")

_CACHE: dict[int, tuple[ProposalContext, list[Cause]]] = {}


def causes(context: ProposalContext) -> list[Cause]:
    """The state's errors grouped by root cause, computed once per ProposalContext."""
    kept = _CACHE.get(id(context))
    if kept is None or kept[0] is not context:
        if len(_CACHE) > 8:
            _CACHE.clear()
        kept = (context, group(context.diagnostics, context.text, context.symbols))
        _CACHE[id(context)] = kept
    return kept[1]


def _cause(m: MoveContext, *kinds: str) -> Cause | None:
    found = cause_of(causes(m.context), m.diagnostic)
    if found is None or not found.grouped or found.kind not in kinds:
        return None
    return found


# --- the definition side ------------------------------------------------------------------


@move(
    "retype-parameter",
    example=f"{EXAMPLES}/signature/01-ledger-parse-owned",
    codes=("E0308",),
    prior=0.75,
    doc="Every call of a fn passes the same type where its (changed) parameter expects "
    "another: the parameter takes what the calls pass (`&str` for `String`, `u64` for `u32`), "
    "once, at the definition.",
)
def retype_parameter(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "signature")
    if cause is None or m.diagnostic is not _first(cause, "E0308"):
        return
    passed: dict[tuple[str, int, int], set[str]] = {}
    for member in cause.members:
        spans = parameter_spans(member)
        types = _types(member) if member.code == "E0308" else None
        if len(spans) != 1 or types is None:
            continue
        key = (spans[0].file, spans[0].byte_start, spans[0].byte_end)
        passed.setdefault(key, set()).add(_borrowed(types[1]))
    for (file, start, end), found in passed.items():
        found = _unified(found)
        if len(found) != 1 or "{" in next(iter(found)):
            continue  # the calls disagree, or pass a literal whose type rustc left open
        new_type = next(iter(found))
        source = m.context.source(file)
        first, last = source.chars_of(start, end)
        parameter = m.context.text(file)[first:last]
        name, colon, old_type = parameter.partition(":")
        if not colon or old_type.strip() == new_type:
            continue
        edit = m.context.edit(file, first, last, f"{name.strip()}: {new_type}")
        intent = (
            f"`{cause.subject}` takes `{name.strip()}: {new_type}`, what all "
            f"{cause.sites} calls pass (it was `{old_type.strip()}`)"
        )
        note, lower = _weighed(_history(m, cause, _span_line(cause.definition)), "definition")
        intent += note
        yield m.candidate(intent, [edit], lower=lower)
        if old_type.strip() == "String" and new_type == "&str":
            body = _body_start(m.context.text(file), last)
            if body >= 0:
                owned = m.context.insert(
                    file, body + 1, f"\n    let {name.strip()} = {name.strip()}.to_string();"
                )
                edits = [edit, owned]
                yield m.candidate(f"{intent}, owned again in the body", edits, lower=lower + 0.05)


@move(
    "drop-parameter",
    example=f"{EXAMPLES}/signature/04-meter-extra-parameter",
    codes=("E0061",),
    prior=0.6,
    doc="No call passes a parameter the fn gained and its body never reads: the parameter "
    "goes, once, at the definition.",
)
def drop_parameter(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "signature")
    if cause is None or m.diagnostic is not _first(cause, "E0061"):
        return
    if any(m.code != "E0061" or "missing" not in _labels(m) for m in cause.members):
        return
    spans = {(s.file, s.byte_start, s.byte_end) for s in parameter_spans(m.diagnostic)}
    for file, start, end in sorted(spans):
        text = m.context.text(file)
        first, last = m.context.source(file).chars_of(start, end)
        name = text[first:last].split(":", 1)[0].strip().removeprefix("mut ")
        body = _body_start(text, last)
        close = matching_close(text, body) if body >= 0 else -1
        if close < 0 or re.search(rf"\b{re.escape(name)}\b", text[body:close]):
            continue  # the body reads it: the calls must pass it
        before = text[:first].rstrip()
        if before.endswith(","):
            first = len(before) - 1
        elif text[last:].lstrip().startswith(","):
            last = last + text[last:].index(",") + 1
            last += len(text[last:]) - len(text[last:].lstrip(" "))
        intent = (
            f"drop `{name}` from `{cause.subject}`: no call passes it and its body never reads it"
        )
        note, lower = _weighed(_history(m, cause, _span_line(cause.definition)), "definition")
        yield m.candidate(intent + note, [m.context.edit(file, first, last, "")], lower=lower)


@move(
    "rename-field",
    example=f"{EXAMPLES}/fields/01-invoice-field-renamed",
    codes=_FIELDS,
    prior=0.75,
    doc="Every use of a struct spells a field it no longer has: the field at the definition "
    "takes the name the uses spell (and the definition's own uses of its new name follow).",
)
def rename_field(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "fields")
    names = spelled_names(cause) if cause is not None else set()
    if cause is None or len(names) != 1 or m.diagnostic is not _first(cause, *_FIELDS):
        return
    spelled = next(iter(names))
    for rank, field in enumerate(_partners(m.context, cause.subject, spelled, "field")[:2]):
        text = m.context.text(field.file)
        declaration = m.context.edit(
            field.file, field.keyword_at, field.keyword_at + len(field.name), spelled
        )
        intent = (
            f"rename `{cause.subject}::{field.name}` back to `{spelled}`, "
            f"the name all {cause.sites} uses spell"
        )
        if text[field.keyword_at : field.keyword_at + len(field.name)] != field.name:
            continue
        note, lower = _weighed(_history(m, cause, _line_of(m.context, field)), "definition")
        yield m.candidate(intent + note, [declaration], lower=0.1 * rank + lower)
        followers = _field_uses(m.context, cause.subject, field, spelled)
        if followers:
            edits = [declaration, *followers]
            intent = f"{intent}, with its other uses{note}"
            yield m.candidate(intent, edits, lower=0.1 * rank + lower)


@move(
    "respell-field-uses",
    example=f"{EXAMPLES}/fields/01-invoice-field-renamed",
    codes=_FIELDS,
    prior=0.7,
    doc="Every use of a struct spells a field it no longer has: every use, in one patch, "
    "spells the field the definition has now.",
)
def respell_field_uses(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "fields")
    names = spelled_names(cause) if cause is not None else set()
    if cause is None or len(names) != 1 or m.diagnostic is not _first(cause, *_FIELDS):
        return
    spelled = next(iter(names))
    for rank, field in enumerate(_partners(m.context, cause.subject, spelled, "field")[:2]):
        edits = _respelled(m.context, cause, spelled, field.name, shorthand=True)
        if edits:
            intent = f"spell `{field.name}` at all {len(edits)} uses of `{cause.subject}.{spelled}`"
            note, lower = _weighed(_history(m, cause, _line_of(m.context, field)), "uses")
            yield m.candidate(intent + note, edits, lower=0.1 * rank + lower)


def _renamed_method(m: MoveContext) -> tuple[Cause, str, list[Symbol]] | None:
    """A methods cause whose calls all spell one name the type lacks: the cause, that name,
    and (at most two) methods of the type it may have been renamed from, arity fitting."""
    cause = _cause(m, "methods")
    names = spelled_names(cause) if cause is not None else set()
    if cause is None or len(names) != 1 or m.diagnostic is not _first(cause, "E0599"):
        return None
    called = next(iter(names))
    partners = _partners(m.context, cause.subject, called, "method")
    return cause, called, [p for p in partners if _arity_fits(m.context, cause, p)][:2]


def _called_elsewhere(context: ProposalContext, name: str) -> bool:
    """Some call in the crate already spells the method's current name (`.name(`, `::name(`):
    renaming the definition would break it, so the definition is not the odd one out."""
    pattern = re.compile(rf"(?:\.|::)\s*{re.escape(name)}\s*(?:::<[^>]*>)?\s*\(")
    return any(pattern.search(context.text(file)) for file in context.files)


@move(
    "rename-method",
    example=f"{EXAMPLES}/methods/01-queue-method-renamed",
    codes=("E0599",),
    prior=0.75,
    doc="Every caller calls a method the type no longer has: the method at the definition "
    "takes the name the callers call.",
)
def rename_method(m: MoveContext) -> Iterator[Candidate]:
    found = _renamed_method(m)
    if found is None:
        return
    cause, called, partners = found
    for rank, method in enumerate(partners):
        if _called_elsewhere(m.context, method.name):
            continue  # code that compiles calls it by this name: the failing calls are odd
        text = m.context.text(method.file)
        at = text.find(method.name, method.keyword_at)
        if at < 0:
            continue
        edit = m.context.edit(method.file, at, at + len(method.name), called)
        intent = (
            f"rename `{cause.subject}::{method.name}` back to `{called}`, "
            f"the name all {cause.sites} callers call"
        )
        note, lower = _weighed(_history(m, cause, _line_of(m.context, method)), "definition")
        yield m.candidate(intent + note, [edit], lower=0.1 * rank + lower)


@move(
    "respell-method-calls",
    example=f"{EXAMPLES}/methods/01-queue-method-renamed",
    codes=("E0599",),
    prior=0.7,
    doc="Every caller calls a method the type no longer has: every call, in one patch, "
    "names the method the definition has now.",
)
def respell_method_calls(m: MoveContext) -> Iterator[Candidate]:
    found = _renamed_method(m)
    if found is None:
        return
    cause, called, partners = found
    for rank, method in enumerate(partners):
        edits = _respelled(m.context, cause, called, method.name, shorthand=False)
        if edits:
            intent = (
                f"call `{method.name}` at all {len(edits)} calls of `{cause.subject}::{called}`"
            )
            note, lower = _weighed(_history(m, cause, _line_of(m.context, method)), "uses")
            yield m.candidate(intent + note, edits, lower=0.1 * rank + lower)


def _renamed_trait_method(m: MoveContext) -> tuple[Cause, str, str] | None:
    """A trait cause whose impls all define one method the trait lacks and miss one it
    declares: the cause, the impls' name and the trait's (answered once, on its first E0407)."""
    cause = _cause(m, "trait")
    if cause is None or m.diagnostic is not _first(cause, "E0407"):
        return None
    defined, missing = trait_names(cause)
    if len(defined) != 1 or len(missing) != 1:
        return None
    return cause, next(iter(defined)), next(iter(missing))


def _declarations(cause: Cause) -> list[Span]:
    """The trait's declarations of the methods its impls miss (E0046's "`n` from trait")."""
    spans = {
        (s.file, s.byte_start, s.byte_end): s
        for member in cause.members
        if member.code == "E0046"
        for s in member.spans
        if not s.is_primary and (s.label or "").endswith("from trait")
    }
    return list(spans.values())


def _fn_name_edit(m: MoveContext, span: Span, old: str, new: str) -> TextEdit | None:
    """`fn old` → `fn new` inside a span that covers a method (its declaration or its impl)."""
    if not m.context.owns(span.file):
        return None
    first, last = m.context.source(span.file).chars_of(span.byte_start, span.byte_end)
    found = re.search(rf"\bfn\s+({re.escape(old)})\b", m.context.text(span.file)[first:last])
    if found is None:
        return None
    return m.context.edit(span.file, first + found.start(1), first + found.end(1), new)


@move(
    "rename-trait-method",
    example=f"{EXAMPLES}/methods/06-trait-method-renamed",
    codes=("E0407",),
    prior=0.75,
    doc="A trait method was renamed in the trait only: every impl still defines the old name "
    "and every caller calls it. The trait's declaration takes that name back, once.",
)
def rename_trait_method(m: MoveContext) -> Iterator[Candidate]:
    found = _renamed_trait_method(m)
    if found is None:
        return
    cause, defined, declared = found
    spans = _declarations(cause)
    edits = [e for s in spans for e in [_fn_name_edit(m, s, declared, defined)] if e]
    if len(edits) != 1:
        return
    intent = (
        f"rename `{cause.subject}::{declared}` back to `{defined}`, the name its impls define "
        f"and its callers call ({cause.sites} errors)"
    )
    note, lower = _weighed(_history(m, cause, _span_line(spans[0])), "definition")
    yield m.candidate(intent + note, edits, lower=lower)


@move(
    "respell-trait-impls",
    example=f"{EXAMPLES}/methods/06-trait-method-renamed",
    codes=("E0407",),
    prior=0.7,
    doc="A trait method was renamed in the trait: every impl's method and every call, in one "
    "patch, take the trait's new name.",
)
def respell_trait_impls(m: MoveContext) -> Iterator[Candidate]:
    found = _renamed_trait_method(m)
    if found is None:
        return
    cause, defined, declared = found
    edits: dict[tuple[str, int], TextEdit] = {}
    for member in cause.members:
        span = member.primary
        if span is None or not m.context.owns(span.file):
            continue
        if member.code == "E0407":
            edit = _fn_name_edit(m, span, defined, declared)
        elif member.code == "E0599" and m.context.span_text(span) == defined:
            edit = m.context.edit(span.file, *m.context.span_chars(span), declared)
        else:
            continue
        if edit is None:
            return  # a site this move cannot respell: no partial candidate
        edits[(edit.file, edit.byte_start)] = edit
    if not edits:
        return
    intent = (
        f"rename `{defined}` to `{declared}` in every impl of `{cause.subject}` and at every "
        f"call ({len(edits)} sites)"
    )
    declarations = _declarations(cause)
    definition = _span_line(declarations[0]) if declarations else None
    note, lower = _weighed(_history(m, cause, definition), "uses")
    yield m.candidate(intent + note, list(edits.values()), lower=lower)


@move(
    "borrow-receiver",
    example=f"{EXAMPLES}/receiver/01-report-self-by-value",
    codes=_RECEIVER,
    prior=0.75,
    doc="A method takes `self` by value while its callers only borrow: the method takes "
    "`&self` (or `&mut self`), once, at the definition.",
)
def borrow_receiver(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "receiver")
    if cause is None or cause.definition is None or m.diagnostic is not cause.members[0]:
        return
    span = cause.definition
    if not m.context.owns(span.file):
        return
    text = m.context.text(span.file)
    at, _ = m.context.span_chars(span)
    method = m.context.source(span.file).enclosing(at, ("method",))
    start = method.start if method is not None else at
    found = re.compile(r"\(\s*(mut\s+)?self\b").search(text, start, _body_start(text, start))
    if found is None:
        return
    receiver = "&mut self" if found[1] else "&self"
    edit = m.context.edit(span.file, found.start() + 1, found.end(), receiver)
    intent = f"`{cause.subject}` takes `{receiver}`: its {cause.sites} callers only borrow"
    note, lower = _weighed(_history(m, cause, _span_line(span)), "definition")
    yield m.candidate(intent + note, [edit], lower=lower)


@move(
    "retype-return",
    example=f"{EXAMPLES}/returns/01-count-narrowed-u32",
    codes=("E0308", "E0277"),
    prior=0.7,
    doc="Every caller of a fn expects the same type where its (changed) return type gives "
    "another: the fn returns what the callers expect again (and a cast its body ends with "
    "to the changed type goes).",
)
def retype_return(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "returns")
    if cause is None or m.diagnostic is not cause.members[0]:
        return
    pairs = [_types(d) for d in cause.members if d.code == "E0308"]
    if not pairs or None in pairs:
        return
    name = cause.subject.rsplit("::", 1)[-1]
    owner = cause.subject.rsplit("::", 1)[0] if "::" in cause.subject else ""
    for symbol in m.context.symbols.named(name, ("fn", "method")):
        if symbol.owner != owner:
            continue
        text = m.context.text(symbol.file)
        body = _body_start(text, symbol.keyword_at)
        head = _RETURNS.search(text, symbol.keyword_at, body + 1) if body >= 0 else None
        if head is None:
            continue
        found = head[1].strip()
        # the other side of every mismatch: what the callers expect (or compare it with)
        wanted = {t for pair in pairs if pair for t in pair if t != found}
        if len(wanted) != 1 or not all(pair and found in pair for pair in pairs):
            continue
        expected = next(iter(wanted))
        close = matching_close(text, body)
        edits = [m.context.edit(symbol.file, head.start(1), head.end(1), expected)]
        cast = re.compile(r"\s+as\s+" + re.escape(found) + r"(?=\s*}\s*$)")
        tail = cast.search(text, body, close + 1) if close > 0 else None
        if tail is not None:
            edits.append(m.context.edit(symbol.file, tail.start(), tail.end(), ""))
        intent = (
            f"`{cause.subject}` returns `{expected}` again, what all {cause.sites} callers "
            f"expect (it was changed to `{found}`)"
        )
        note, lower = _weighed(_history(m, cause, _line_of(m.context, symbol)), "definition")
        yield m.candidate(intent + note, edits, lower=lower)


@move(
    "rename-definition",
    example=f"{EXAMPLES}/names/01-const-renamed",
    codes=("E0425", "E0412", "E0433", "E0422", "E0423", "E0531"),
    prior=0.7,
    doc="Several uses name an item the crate no longer has, and an item nothing uses sits "
    "where it was (a renamed fn, const, static or type): that item takes the name the uses "
    "spell, once, at the definition.",
)
def rename_definition(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "name")
    if cause is None or m.diagnostic is not cause.members[0]:
        return
    missing = cause.subject
    kinds = ("fn", "const", "static", "struct", "enum", "type", "trait", "union")
    counts = _identifier_counts(m.context)
    words = set(missing.lower().split("_"))
    unused = [
        s
        for s in m.context.symbols.symbols
        if s.kind in kinds
        and counts.get(s.name, 0) == 1
        and s.name != missing
        and not s.owner
        and (s.name[:1].isupper() == missing[:1].isupper())
    ]
    unused.sort(
        key=lambda s: (
            not words & set(s.name.lower().split("_")),
            levenshtein(s.name.lower(), missing.lower()),
        )
    )
    for rank, symbol in enumerate(unused[:2]):
        text = m.context.text(symbol.file)
        at = text.find(symbol.name, symbol.keyword_at)
        if at < 0:
            continue
        edit = m.context.edit(symbol.file, at, at + len(symbol.name), missing)
        intent = (
            f"rename `{symbol.name}` back to `{missing}`: all {cause.sites} uses name "
            f"`{missing}` and nothing uses `{symbol.name}`"
        )
        note, lower = _weighed(_history(m, cause, _line_of(m.context, symbol)), "definition")
        yield m.candidate(intent + note, [edit], lower=0.1 * rank + lower)


# --- the use side: the same per-site fix at every site, in one candidate -----------------


@move(
    "adapt-every-use",
    example=f"{EXAMPLES}/signature/03-router-path-string",
    codes=(*_SIGNATURE, *_FIELDS, "E0599", *_RECEIVER),
    prior=0.65,
    doc="The fix another proposer offers at one site of a root cause (a conversion, an "
    "argument, a rename), applied at every site of the cause at once: one step, not one per "
    "error.",
)
def adapt_every_use(m: MoveContext) -> Iterator[Candidate]:
    cause = _cause(m, "signature", "fields", "methods", "receiver", "expected", "name")
    if cause is None or m.diagnostic is not cause.members[0]:
        return
    per_site = [_site_fixes(m.context, member) for member in cause.members]
    common = set(per_site[0])
    for fixes in per_site[1:]:
        common &= set(fixes)
    ranked = sorted(common, key=lambda name: -min(f[name].prior for f in per_site))
    for name in ranked[:3]:
        edits = _joined([fixes[name] for fixes in per_site])
        if edits is None:
            continue
        first = per_site[0][name]
        intent = f"at all {cause.sites} uses of `{cause.subject}`: {first.intent}"
        note, lower = _weighed(_history(m, cause, _span_line(cause.definition)), "uses")
        yield m.candidate(intent + note, edits, lower=lower)


def _site_fixes(context: ProposalContext, diagnostic: Diagnostic) -> dict[str, Candidate]:
    """The first candidate of each per-site move and compiler suggestion, by move name."""
    found: dict[str, Candidate] = {}
    candidates = list(CompilerSuggestions().propose(context, diagnostic))
    shared = MoveContext(context, diagnostic)
    for registered in applicable(diagnostic):
        if registered.family == "rootcause":
            continue
        shared.move = registered
        candidates.extend(registered.run(shared))
    for candidate in candidates:
        name = candidate.move.split("/", 1)[-1]
        found.setdefault(name, candidate)
    return found


def _joined(candidates: Sequence[Candidate]) -> list[TextEdit] | None:
    """Every site's edits in one list; None when two sites' edits overlap differently."""
    edits: list[TextEdit] = []
    for candidate in candidates:
        for edit in candidate.edits:
            if edit in edits:
                continue
            if any(_overlaps(edit, other) for other in edits):
                return None
            edits.append(edit)
    return edits


def _overlaps(a: TextEdit, b: TextEdit) -> bool:
    return a.file == b.file and a.byte_start < b.byte_end and b.byte_start < a.byte_end


# --- git history: which side moved since the last commit ----------------------------------


def _history(m: MoveContext, cause: Cause, definition: tuple[str, int] | None) -> str:
    """ "definition" when the definition's line differs from HEAD and no use's line does,
    "uses" for the reverse, "" when git cannot tell (no repository, both or neither moved)."""
    if m.context.committed is None or definition is None:
        return ""
    moved = _changed(m.context, *definition)
    uses = [_changed(m.context, s.file, s.line_start) for s in _use_spans(cause)]
    if moved is None or not uses or None in uses:
        return ""
    if moved and not any(uses):
        return "definition"
    if all(uses) and not moved:
        return "uses"
    return ""


def _use_spans(cause: Cause) -> list[Span]:
    return [d.primary for d in cause.members if d.primary is not None]


def _changed(context: ProposalContext, file: str, line: int) -> bool | None:
    """The line is not in the file's last committed text (None: git does not know the file)."""
    committed = context.committed(file) if context.committed is not None else None
    if committed is None or not context.owns(file):
        return None
    text = context.source(file).line_text(line).strip()
    return text not in {old.strip() for old in committed.splitlines()}


def _weighed(said: str, side: str) -> tuple[str, float]:
    """The intent's note and the prior's shift for a candidate changing `side`."""
    if said == side and side == "definition":
        return " (git: the definition changed since the last commit, its uses did not)", -0.15
    if said == side:
        return " (git: the uses changed since the last commit, the definition did not)", -0.15
    return ("", 0.15) if said else ("", 0.0)


def _line_of(context: ProposalContext, symbol: Symbol) -> tuple[str, int]:
    return symbol.file, context.source(symbol.file).line_col(symbol.keyword_at)[0]


def _span_line(span: Span | None) -> tuple[str, int] | None:
    return (span.file, span.line_start) if span is not None else None


# --- helpers -------------------------------------------------------------------------------


def _first(cause: Cause, *codes: str) -> Diagnostic | None:
    """The member a group move answers on (once per cause, not once per error)."""
    return next((d for d in cause.members if d.code in codes), None)


def _labels(diagnostic: Diagnostic) -> str:
    return " ".join(s.label or "" for s in diagnostic.spans)


_RETURNS = re.compile(r"->\s*([^{;]+?)\s*(?=\bwhere\b|\{)")
_MISMATCH = re.compile(r"expected (?:[\w ]+ )?`([^`]+)`\s*found (?:[\w ]+ )?`([^`]+)`", re.S)


def _types(diagnostic: Diagnostic) -> tuple[str, str] | None:
    """(expected, found) of a mismatch, also when rustc says it in a note ("types differ in
    mutability": "expected mutable reference `&mut Vec<u32>` found reference `&Vec<u32>`")."""
    types = expected_found(diagnostic)
    if types is not None:
        return types
    for note in diagnostic.children:
        match = _MISMATCH.search(note)
        if match:
            return match[1], match[2]
    return None


def _unified(types: set[str]) -> set[str]:
    """`&[_]` and `&[u32]` are one type (rustc elides what it did not infer at one call)."""
    concrete = {t for t in types if "_" not in re.sub(r"\w_|_\w", "", t)}
    if len(concrete) != 1:
        return types
    only = next(iter(concrete))
    for other in types - concrete:
        pattern = re.escape(other).replace("_", r"[^,<>\[\]]+")
        if not re.fullmatch(pattern, only):
            return types
    return concrete


def _borrowed(found: str) -> str:
    """What a parameter should take for an argument of this type (`&&str` → `&str`,
    `&String` → `&str`, `&Vec<T>` → `&[T]`)."""
    found = re.sub(r"^&&+", "&", found)
    if found == "&String":
        return "&str"
    vector = re.fullmatch(r"&Vec<(.+)>", found)
    return f"&[{vector[1]}]" if vector else found


def _body_start(text: str, after: int) -> int:
    """The `{` opening the body of the fn whose signature is at `after`, or -1."""
    open_paren = text.find("(", after) if text[after:].lstrip()[:1] != "{" else -1
    index = after
    if open_paren >= 0 and "{" not in text[after:open_paren]:
        close = matching_close(text, open_paren)
        index = close if close >= 0 else after
    brace = text.find("{", index)
    semicolon = text.find(";", index)
    return brace if brace >= 0 and (semicolon < 0 or brace < semicolon) else -1


def _partners(context: ProposalContext, owner: str, spelled: str, kind: str) -> list[Symbol]:
    """The members of `owner` the uses could have meant: a name sharing a word with the
    spelled one first (`name` → `display_name`), then the least used (the renamed one is used
    by nothing the edit did not touch), then the closest in spelling."""
    kinds = ("method", "fn", "variant") if kind == "method" else ("field",)
    members = [
        s
        for s in context.symbols.symbols
        if s.kind in kinds and s.owner == owner and s.name != spelled
    ]
    counts = _identifier_counts(context)
    words = set(spelled.split("_"))
    return sorted(
        members,
        key=lambda s: (
            not (words & set(s.name.split("_")) or spelled in s.name or s.name in spelled),
            counts.get(s.name, 0),
            levenshtein(s.name, spelled),
        ),
    )


def _arity_fits(context: ProposalContext, cause: Cause, method: Symbol) -> bool:
    """The method takes as many arguments as the first call passes (when both can be read)."""
    if method.kind == "variant":
        return True  # `Shape::Circle(r)` is a pattern as often as a call
    text = context.text(method.file)
    at = text.find("(", method.keyword_at)
    close = matching_close(text, at) if at >= 0 else -1
    span = cause.members[0].primary
    if close < 0 or span is None or not context.owns(span.file):
        return True
    parameters = [p for p in _top_level(text[at + 1 : close]) if not re.search(r"\bself\b", p)]
    call = context.text(span.file)
    _, end = context.span_chars(span)
    paren = re.compile(r"\s*(?:::<[^>]*>)?\s*\(").match(call, end)
    if paren is None:
        return True
    open_at = paren.end() - 1
    call_close = matching_close(call, open_at)
    return call_close < 0 or len(_top_level(call[open_at + 1 : call_close])) == len(parameters)


def _top_level(text: str) -> list[str]:
    """The comma-separated parts of an argument or parameter list, nesting respected."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([{<"
        depth -= char in ")]}>"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p for p in parts if p.strip()]


def _identifier_counts(context: ProposalContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for file in context.files:
        for token in tokenize(context.text(file)):
            if token.kind == "ident":
                counts[token.text] = counts.get(token.text, 0) + 1
    return counts


def _respelled(
    context: ProposalContext, cause: Cause, spelled: str, new: str, shorthand: bool
) -> list[TextEdit]:
    edits: list[TextEdit] = []
    for member in cause.members:
        span = member.primary
        if span is None or not context.owns(span.file) or context.span_text(span) != spelled:
            continue
        start, end = context.span_chars(span)
        text = context.text(span.file)
        replacement = new
        if shorthand and is_shorthand_field(text, start, end):
            replacement = f"{new}: {spelled}"
        edit = context.edit(span.file, start, end, replacement)
        if edit not in edits:
            edits.append(edit)
    return edits


def _field_uses(context: ProposalContext, owner: str, field: Symbol, new: str) -> list[TextEdit]:
    """The definition's own uses of the field's current name that compile now: `self.name`
    in `impl Owner` blocks and `name:` (or shorthand `name`) in `Owner { .. }` / `Self { .. }`
    literals and patterns. Renaming the field back renames these with it."""
    edits: list[TextEdit] = []
    name = re.escape(field.name)
    for file in context.files:
        text = context.text(file)
        for impl in context.source(file).items_of("impl"):
            if impl.name.split("<", 1)[0].strip() != owner:
                continue
            for found in re.finditer(rf"\bself\.{name}\b(?!\s*\()", text[impl.start : impl.end]):
                at = impl.start + found.end() - len(field.name)
                edits.append(context.edit(file, at, at + len(field.name), new))
        for brace in _literals(text, owner):
            close = matching_close(text, brace)
            for found in re.finditer(rf"(?<![\w.])({name})\s*(?=[:,}}])", text[brace:close]):
                at = brace + found.start(1)
                end = at + len(field.name)
                if text[end:].lstrip().startswith("::"):
                    continue
                shorthand = is_shorthand_field(text, at, end)
                replacement = f"{new}: {field.name}" if shorthand else new
                edits.append(context.edit(file, at, end, replacement))
    return edits


def _literals(text: str, owner: str) -> Iterator[int]:
    """The `{` of each `Owner { .. }` / `Self { .. }` literal or pattern (not a declaration,
    an impl header or a fn body after `-> Owner`)."""
    for found in re.finditer(rf"\b(?:{re.escape(owner)}|Self)\s*\{{", text):
        before = text[: found.start()].rstrip()
        word = re.search(r"(\w+)$", before)
        if before.endswith("->") or (
            word and word[1] in {"struct", "impl", "for", "enum", "union"}
        ):
            continue
        opens = before[-1:] in "=(,{[|>;" or (word and word[1] in {"let", "return", "in"})
        if opens and matching_close(text, found.end() - 1) >= 0:
            yield found.end() - 1
