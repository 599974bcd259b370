"""Moves for shape mismatches: a struct literal missing fields (E0063) and a call missing
arguments (E0061).

A missing field gets the obvious zero of its declared type (or `Default::default()`); a
missing argument gets the variable in scope that is named like the parameter (the common
case after a signature gained a parameter), else the zero of its type.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, backticked
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass

TYPE = (ErrorClass.TYPE,)

_ZERO = [
    (r"^[iu](8|16|32|64|128|size)$", "0"),
    (r"^f(32|64)$", "0.0"),
    (r"^bool$", "false"),
    (r"^String$", "String::new()"),
    (r"^Vec<.*>$", "Vec::new()"),
    (r"^Option<.*>$", "None"),
    (r"^&\s*str$", '""'),
    (r"^char$", "' '"),
]
_PLACEHOLDER = re.compile(r"/\*\s*([^*]+?)\s*\*/")


def zero_of(type_text: str) -> str:
    for pattern, value in _ZERO:
        if re.match(pattern, type_text.strip()):
            return value
    return "Default::default()"


def _owned_primary(m: MoveContext) -> bool:
    span = m.diagnostic.primary
    return span is not None and m.context.owns(span.file)


@move(
    "fill-fields",
    example="examples/dev/type/03-http-router-method-arg",
    codes=("E0063",),
    classes=TYPE,
    prior=0.5,
    doc="A struct literal missing fields gets each field's zero (`0`, `String::new()`, "
    "`None`, else `Default::default()`), or the variable in scope named like the field.",
)
def fill_fields(m: MoveContext) -> Iterator[Candidate]:
    if not _owned_primary(m):
        return
    context, diagnostic = m.context, m.diagnostic
    names = [n for n in backticked(diagnostic.message)]
    struct = names[-1].rsplit("::", 1)[-1] if names else ""
    missing = names[:-1]
    span = diagnostic.primary
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    brace = text.find("{", start)
    close = matching_close(text, brace)
    if brace < 0 or close < 0 or not missing:
        return
    types = field_types(context, struct)
    body = text[brace + 1 : close]
    lead = " " if body.strip().endswith(",") or not body.strip() else ", "
    scope = enclosing_fn(text, start)
    # a field added to the struct is usually passed in under its own name (a new parameter)
    bound = ", ".join(
        name if _bound_in(name, scope) else f"{name}: {zero_of(types.get(name, ''))}"
        for name in missing
    )
    typed = ", ".join(f"{name}: {zero_of(types.get(name, ''))}" for name in missing)
    generic = ", ".join(f"{name}: Default::default()" for name in missing)
    for rank, values in enumerate(dict.fromkeys((bound, typed, generic))):
        at = close - (len(body) - len(body.rstrip()))
        yield m.candidate(
            f"initialise {', '.join(missing)} with {'its' if len(missing) == 1 else 'their'} "
            "default",
            [context.insert(span.file, at, f"{lead}{values}")],
            lower=0.1 * rank,
        )


def enclosing_fn(text: str, at: int) -> str:
    """The text from the start of the innermost `fn` before `at` up to `at` (its parameters
    and the bindings made so far), or the 3000 characters before `at` when there is none."""
    starts = [m.start() for m in re.finditer(r"\bfn\s+\w+", text[:at])]
    return text[starts[-1] : at] if starts else text[max(0, at - 3000) : at]


def _bound_in(name: str, scope: str) -> bool:
    """`name` is a parameter or a `let`/pattern binding in `scope` (not just a field use)."""
    n = re.escape(name)
    return bool(
        re.search(rf"[(,]\s*(?:mut\s+)?{n}\s*:", scope)
        or re.search(rf"\blet\s+(?:mut\s+)?{n}\b", scope)
        or re.search(rf"\b(?:for|Some|Ok|if let)\s*\(?\s*(?:mut\s+)?{n}\b", scope)
    )


def field_types(context: ProposalContext, struct: str) -> dict[str, str]:
    types: dict[str, str] = {}
    for symbol in context.symbols.named(struct, ["struct"]):
        text = context.text(symbol.file)
        brace = text.find("{", symbol.keyword_at)
        close = matching_close(text, brace)
        if brace < 0 or close < 0:
            continue
        for match in re.finditer(r"(\w+)\s*:\s*([^,\n]+?)\s*(?:,|\n|$)", text[brace + 1 : close]):
            types[match.group(1)] = match.group(2)
    return types


def _before(m: MoveContext) -> str:
    """The enclosing function up to the call: the names in scope there."""
    span = m.diagnostic.primary
    return enclosing_fn(m.context.text(span.file), m.context.span_chars(span)[0])


_Call = tuple[str, list[str], list[tuple[int, str]], tuple[int, int]]


def _call(m: MoveContext) -> _Call | None:
    """(call text, its arguments, the missing (position, type)s, where the call is)."""
    if not _owned_primary(m):
        return None
    context, diagnostic = m.context, m.diagnostic
    labels = "\n".join(s.label or "" for s in diagnostic.spans)
    missing = [(int(n) - 1, t) for n, t in re.findall(r"argument #(\d+) of type `([^`]+)`", labels)]
    span = diagnostic.primary
    text = context.text(span.file)
    start, end = context.span_chars(span)
    if text[end : end + 1] == "(":  # the span is the callee: take its argument list too
        end = matching_close(text, end) + 1
    call = text[start:end]
    if not missing or "(" not in call or not call.rstrip().endswith(")"):
        return None
    arguments = [a.strip() for a in _split_arguments(call) if a.strip()]
    return call, arguments, missing, (start, end)


@move(
    "insert-argument",
    example="examples/dev/type/03-http-router-method-arg",
    codes=("E0061",),
    classes=TYPE,
    prior=0.45,
    doc="`argument #2 of type `u32` is missing`: insert it at its position in the call, the "
    "variable named like the parameter if one is in scope, else the type's zero.",
)
def insert_argument(m: MoveContext) -> Iterator[Candidate]:
    if (found := m.once(_call)) is None:
        return
    context, span, before = m.context, m.diagnostic.primary, m.once(_before)
    call, arguments, missing, (start, end) = found
    parameters = _parameters(context, call)
    named, zeros = list(arguments), list(arguments)
    for index, type_text in sorted(missing):
        parameter = parameters[index] if index < len(parameters) else ""
        in_scope = parameter and _bound_in(parameter, before)
        named.insert(index, parameter if in_scope else zero_of(type_text))
        zeros.insert(index, zero_of(type_text))
    head = call[: call.find("(") + 1]
    for rank, values in enumerate(dict.fromkeys((", ".join(named), ", ".join(zeros)))):
        yield m.candidate(
            "pass the missing argument",
            [context.edit(span.file, start, end, f"{head}{values})")],
            lower=0.1 * rank,
        )


@move(
    "argument-like-siblings",
    example="examples/dev/type/03-http-router-method-arg",
    codes=("E0061",),
    classes=TYPE,
    prior=0.5,
    doc="After a signature gained a parameter, pass what the calls already updated pass "
    "there (the most common constant: `Method::Get`, `true`, `0`).",
)
def argument_like_siblings(m: MoveContext) -> Iterator[Candidate]:
    """After a signature gained a parameter, the calls already updated show what to pass:
    the most common constant expression (`Method::Get`, `true`, `0`) at the missing position
    among the other calls that have the new arity."""
    if (found := m.once(_call)) is None:
        return
    context, diagnostic = m.context, m.diagnostic
    call, arguments, missing, where = found
    callee = re.match(r"\s*(?:[\w:]+::)?(\w+)\s*\(", call) or re.search(r"\.(\w+)\s*\(", call)
    if not callee:
        return
    arity = len(arguments) + len(missing)
    seen: dict[int, Counter[str]] = {index: Counter() for index, _ in missing}
    pattern = re.compile(rf"(?:\.|\b){re.escape(callee.group(1))}\s*\(")
    for name in context.files:
        text = context.text(name)
        for match in pattern.finditer(text):
            close = matching_close(text, match.end() - 1)
            if close < 0:
                continue
            others = [a.strip() for a in _split_arguments(text[match.start() : close + 1])]
            if len(others) != arity:
                continue
            for index in seen:
                if _CONSTANT.fullmatch(others[index]):
                    seen[index][others[index]] += 1
    choices = [[value for value, _ in seen[index].most_common(3)] for index, _ in missing]
    if not all(choices):
        return
    head = call[: call.find("(") + 1]
    for rank in range(max(len(c) for c in choices)):
        values = list(arguments)
        for (index, _), options in sorted(zip(missing, choices, strict=True)):
            values.insert(index, options[min(rank, len(options) - 1)])
        yield m.candidate(
            f"pass what the other calls pass: {', '.join(values)}",
            [context.edit(diagnostic.primary.file, *where, f"{head}{', '.join(values)})")],
            lower=0.1 * rank,
        )


@move(
    "fill-argument",
    example="examples/dev/type/03-http-router-method-arg",
    codes=("E0061",),
    classes=TYPE,
    prior=0.4,
    doc="rustc's call suggestion with `/* u32 */` placeholders, each filled with the variable "
    "in scope named like the parameter, else the zero of its type.",
)
def fill_argument(m: MoveContext) -> Iterator[Candidate]:
    if not _owned_primary(m):
        return
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    before = m.once(_before)
    for suggestion in diagnostic.suggestions:
        for edit in suggestion.edits:
            if edit.file != span.file or not _PLACEHOLDER.search(edit.replacement):
                continue
            parameters = _parameters(context, edit.replacement)
            filled = _fill(edit.replacement, parameters, before)
            for rank, replacement in enumerate(filled):
                yield m.candidate(
                    "pass the missing argument",
                    [type(edit)(edit.file, edit.byte_start, edit.byte_end, replacement)],
                    lower=0.1 * rank,
                )


# a path to a constant or variant, a literal, or a constructor without arguments: safe to copy
# from another call site (a local variable there means nothing here)
_CONSTANT = re.compile(
    r"(?:[A-Z]\w*::)+\w+(?:\(\))?|-?\d[\w.]*|true|false|None|\"[^\"]*\"|'[^']*'|[A-Z][A-Z0-9_]+"
)


def _parameters(context: ProposalContext, call: str) -> list[str]:
    """Parameter names of the function a call text names (`Span::new(...)` → new's params)."""
    match = re.match(r"\s*(?:([\w:]+)::)?(\w+)\s*\(", call) or re.search(r"\.(\w+)\s*\(", call)
    if not match:
        return []
    name = match.groups()[-1]
    owner = match.group(1).rsplit("::", 1)[-1] if match.lastindex == 2 and match.group(1) else ""
    for symbol in context.symbols.named(name, ["fn", "method"]):
        if owner and symbol.owner and symbol.owner != owner:
            continue
        text = context.text(symbol.file)
        signature = re.match(r"fn\s+\w+\s*(?:<[^>]*>)?\s*\(([^)]*)\)", text[symbol.keyword_at :])
        if signature:
            params = [p.strip() for p in signature.group(1).split(",") if p.strip()]
            return [
                p.split(":")[0].strip().removeprefix("mut ")
                for p in params
                if not p.lstrip("&").lstrip("'_ ").startswith(("self", "mut self"))
            ]
    return []


def _fill(call: str, parameters: list[str], before: str) -> list[str]:
    """Replace each `/* T */` placeholder by the same-named variable in scope, or T's zero."""
    arguments = _split_arguments(call)
    named, zeros = call, call
    for index, argument in enumerate(arguments):
        match = _PLACEHOLDER.fullmatch(argument.strip())
        if not match:
            continue
        zero = zero_of(match.group(1))
        parameter = parameters[index] if index < len(parameters) else ""
        in_scope = parameter and _bound_in(parameter, before)
        named = named.replace(match.group(0), parameter if in_scope else zero, 1)
        zeros = zeros.replace(match.group(0), zero, 1)
    return list(dict.fromkeys(c for c in (named, zeros) if not _PLACEHOLDER.search(c)))


def _split_arguments(call: str) -> list[str]:
    open_at = call.find("(")
    if open_at < 0:
        return []
    depth, current, parts = 0, "", []
    for char in call[open_at + 1 :]:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                break
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts
