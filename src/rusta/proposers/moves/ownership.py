"""Moves for move and borrow errors (E0382, E0505, E0507-E0509, E0499, E0502, E0506...).

The general tools are: clone at the use that moves, borrow instead of moving, clone the
collection a loop borrows while the body mutates, and copy a scalar out instead of holding a
reference to it. Which one keeps the tests green is for the sandbox to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves.common import needs_parens, short_expression, span_label, wrap
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass, Span


def _clone_or_borrow(m: MoveContext, span: Span, what: str) -> Iterator[Candidate]:
    context, _diagnostic = m.context, m.diagnostic
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    source = context.text(file)
    before = source[max(0, start - 12) : start]
    if re.search(r"\bin\s+$", before):  # `for x in items` moves items: iterate by reference
        yield m.candidate(
            f"iterate over `&{text}`, not `{text}`",
            [context.insert(file, start, "&")],
            variant="borrow-in-for",
        )
    if text.endswith(")") and re.search(r"\.into_iter\(\)$", text):
        fixed = text[: -len(".into_iter()")] + ".iter()"
        yield m.candidate(
            "borrow with `.iter()`",
            [context.edit(file, start, end, fixed)],
            variant="iter-not-into-iter",
        )
    yield m.candidate(
        f"clone the {what} `{text}` where it moves",
        [context.replace_expression(file, start, end, f"{wrap(text)}.clone()")],
        variant="clone-at-use",
    )
    if not text.startswith("&") and not re.search(r"\bin\s+$", before):
        yield m.candidate(
            f"pass `&{text}` instead",
            [context.insert(file, start, "&")],
            variant="borrow-instead-of-move",
        )


def _clone_borrowed(m: MoveContext, span: Span) -> Iterator[Candidate]:
    """The first borrow conflicts with a later mutation: clone or copy what it borrows."""
    context, _diagnostic = m.context, m.diagnostic
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    if text.startswith("&"):
        inner = text.lstrip("&").removeprefix("mut ").strip()
        yield m.candidate(
            f"copy `{inner}` out instead of borrowing it",
            [context.edit(file, start, end, inner)],
            variant="copy-instead-of-borrow",
        )
        yield m.candidate(
            f"clone `{inner}` instead of borrowing it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            variant="clone-instead-of-borrow",
        )
        return
    receiver = re.match(
        r"^(.*?)\.(iter|iter_mut|keys|values|chars|lines|split\w*|get|first|last)"
        r"\(",
        text,
    )
    base = receiver.group(1) if receiver else text
    if base and not base.endswith("?"):
        edit = context.edit(file, start, start + len(base), f"{wrap(base)}.clone()")
        yield m.candidate(
            f"clone `{base}` so the mutation does not conflict with the borrow",
            [edit],
            variant="clone-borrowed",
        )


def _own_the_borrow(m: MoveContext, span: Span) -> Iterator[Candidate]:
    """The borrow that conflicts lives on in a local (`let name = &plugin.name;`): make that
    local own its value (`plugin.name.clone()`), so the borrow ends at once."""
    context, _diagnostic = m.context, m.diagnostic
    if not context.owns(span.file):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    line_end = text.find("\n", end)
    rest_of_line = text[end : line_end if line_end >= 0 else len(text)]
    names = re.findall(r"\b[a-z_]\w*\b", text[start:end])[:3]
    names += re.findall(r"\b[a-z_]\w*\b", rest_of_line)  # `self.exec(op)`: the argument
    for name in dict.fromkeys(n for n in names if n not in {"self", "mut", "ref"}):
        binding = None
        for match in re.finditer(
            rf"\blet\s+(?:mut\s+)?{name}\s*(?::[^=]+)?=\s*([^;]+);", text[:start]
        ):
            binding = match
        if binding is None:
            continue
        value = binding.group(1).strip()
        at, until = binding.start(1), binding.start(1) + len(binding.group(1).rstrip())
        if value.startswith("&"):
            inner = value.lstrip("&").removeprefix("mut ").strip()
            options = [f"{wrap(inner)}.clone()"]
        else:
            options = [f"{wrap(value)}.clone()", f"{wrap(value)}.to_owned()"]
        for rank, option in enumerate(options):
            yield m.candidate(
                f"let `{name}` own its value so the borrow ends at once",
                [context.edit(span.file, at, until, option)],
                lower=0.1 * rank,
            )
        return


def _swap_elements(m: MoveContext) -> Iterator[Candidate]:
    """`let a = &mut v[i]; let b = &mut v[j]; mem::swap(a, b);` → `v.swap(i, j);`: two
    mutable borrows of one slice's elements is what `slice::swap` exists for."""
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    pattern = re.compile(
        r"(?P<indent>[ \t]*)let\s+(?P<a>\w+)\s*=\s*&mut\s+(?P<v>[\w.]+)\[(?P<i>[^\]]+)\];\s*\n"
        r"\s*let\s+(?P<b>\w+)\s*=\s*&mut\s+(?P=v)\[(?P<j>[^\]]+)\];\s*\n"
        r"\s*(?:std::)?mem::swap\(\s*(?P=a)\s*,\s*(?P=b)\s*\);"
    )
    start, _ = context.span_chars(primary)
    for match in pattern.finditer(text, max(0, start - 400), start + 400):
        replacement = (
            f"{match.group('indent')}{match.group('v')}.swap({match.group('i')}, "
            f"{match.group('j')});"
        )
        yield m.candidate(
            "swap the two elements with `.swap()`",
            [context.edit(primary.file, match.start(), match.end(), replacement)],
        )


def _check_then_index(m: MoveContext) -> Iterator[Candidate]:
    """The classic conditional-return borrow (NLL problem case 3):
    `if let Some(x) = map.get(k) { return x; } map.insert(..)` → test with `contains_key`,
    then index, so no borrow is held on the path that inserts."""
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    start, _ = context.span_chars(primary)
    pattern = re.compile(r"if\s+let\s+Some\((\w+)\)\s*=\s*([\w.]+)\.get\(([^()]*)\)\s*\{")
    for match in pattern.finditer(text, max(0, start - 1500), start):
        name, collection, key = match.groups()
        close = matching_close(text, match.end() - 1)
        if close < 0:
            continue
        body = text[match.end() : close]
        if not re.search(rf"\breturn\s+{name}\b|\b{name}\s*$", body.strip()):
            continue
        index_key = key.strip()
        indexed = f"&{collection}[{index_key}]"
        new_body = re.sub(rf"\b{name}\b", indexed, body)
        edit = context.edit(
            primary.file, match.start(), close, f"if {collection}.contains_key({key}) {{{new_body}"
        )
        yield m.candidate(
            "test with `contains_key` and index, so no borrow outlives the check",
            [edit],
        )


def _inline_self_method(m: MoveContext) -> Iterator[Candidate]:
    """A closure over one field calls a `&self` method (borrowing all of `self`): inline the
    method's one-expression body so only the fields it uses are borrowed."""
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    spans = [s for s in diagnostic.spans if s.file == primary.file]
    for span in spans:
        start, end = context.span_chars(span)
        line_begin = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        region = text[line_begin : line_end if line_end >= 0 else len(text)]
        for call in re.finditer(r"\bself\.(\w+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)", region):
            body = _one_expression_method(context, call.group(1))
            if body is None:
                continue
            parameters, expression = body
            arguments = [a.strip() for a in call.group(2).split(",") if a.strip()]
            if len(arguments) != len(parameters):
                continue
            for parameter, argument in zip(parameters, arguments, strict=True):
                expression = re.sub(
                    rf"\b{parameter}\b",
                    f"({argument})" if needs_parens(argument) else argument,
                    expression,
                )
            at = line_begin + call.start()
            yield m.candidate(
                f"inline `self.{call.group(1)}(..)` so the closure borrows only the "
                "fields it needs",
                [context.edit(primary.file, at, line_begin + call.end(), wrap(expression))],
            )
            return


def _one_expression_method(context: ProposalContext, name: str) -> tuple[list[str], str] | None:
    for symbol in context.symbols.named(name, ["method"]):
        source = context.text(symbol.file)
        match = re.compile(
            r"fn\s+\w+\s*\(\s*&\s*self\s*,?([^)]*)\)[^{]*\{\s*([^;{}]+?)\s*\}", re.S
        ).match(source, symbol.keyword_at)
        if match:
            parameters = [p.split(":")[0].strip() for p in match.group(1).split(",") if ":" in p]
            return parameters, match.group(2).strip()
    return None


def _reuse_borrow(m: MoveContext) -> Iterator[Candidate]:
    """`let state = &mut self.state; ... self.state ...` → use `*state` instead (E0503/E0506)."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    used = context.span_text(span)
    if not used or "\n" in used or not re.fullmatch(r"[\w.]+", used):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    binding = None
    for match in re.finditer(
        rf"\blet\s+(?:mut\s+)?(\w+)\s*=\s*&(mut\s+)?{re.escape(used)}\s*;", text[:start]
    ):
        binding = match
    if binding:
        yield m.candidate(
            f"read through the existing borrow `{binding.group(1)}`",
            [context.replace_expression(span.file, start, end, f"*{binding.group(1)}")],
        )


def _move_out_of_borrow(m: MoveContext, span: Span) -> Iterator[Candidate]:
    context, _diagnostic = m.context, m.diagnostic
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    if text.startswith("*"):
        inner = text[1:]
        yield m.candidate(
            f"clone `{inner}` instead of moving it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            variant="clone-instead-of-deref",
        )
    yield m.candidate(
        f"clone `{text}` instead of moving out of a borrow",
        [context.edit(file, start, end, f"{wrap(text)}.clone()")],
        variant="clone-at-use",
    )
    yield m.candidate(
        f"borrow `{text}` instead of moving it",
        [context.insert(file, start, "&")],
        variant="borrow-instead-of-move",
    )
    yield m.candidate(
        f"look at `{text}` through `.as_ref()`",
        [context.edit(file, start, end, f"{wrap(text)}.as_ref()")],
        variant="as-ref",
    )
    yield m.candidate(
        f"take `{text}` out, leaving its default behind",
        [context.edit(file, start, end, f"std::mem::take(&mut {text})")],
        variant="take",
    )


# The registered moves, in the order they run: the borrow moves, then the move moves.
BORROWING = (ErrorClass.BORROW, ErrorClass.LIFETIME)
MOVING = (ErrorClass.MOVE, ErrorClass.BORROW)
_BORROW_LABEL = r"(immutable|first) borrow occurs|borrow of .* occurs here|`.*` is borrowed here"
_MOVE_LABEL = r"value moved|moved here|moved due to|moved into|moved (with|by)|move out"
_CLONE_BORROWED = {
    "copy-instead-of-borrow": 0.35,
    "clone-instead-of-borrow": 0.35,
    "clone-borrowed": 0.4,
}


@move(
    "clone-borrowed",
    example="examples/suite/move/03-event-batch",
    classes=BORROWING,
    prior=0.4,
    variants=_CLONE_BORROWED,
    doc="The first borrow conflicts with a later mutation: copy the borrowed scalar out "
    "(copy-instead-of-borrow), clone it (clone-instead-of-borrow), or clone the collection a "
    "loop borrows (clone-borrowed).",
)
def clone_borrowed(m: MoveContext) -> Iterator[Candidate]:
    for span in span_label(m.diagnostic, _BORROW_LABEL):
        if not span.is_primary:
            yield from _clone_borrowed(m, span)


@move(
    "reuse-borrow",
    example="examples/suite/borrow/04-leaderboard-lead-change",
    classes=BORROWING,
    prior=0.4,
    doc="`let state = &mut self.state; ... self.state ...` → read through `*state`, the "
    "borrow that is already live (E0503/E0506).",
)
def reuse_borrow(m: MoveContext) -> Iterator[Candidate]:
    yield from _reuse_borrow(m)


@move(
    "slice-swap",
    example="examples/suite/borrow/03-gauss-elimination",
    codes=("E0499",),
    classes=BORROWING,
    prior=0.5,
    doc="`let a = &mut v[i]; let b = &mut v[j]; mem::swap(a, b);` → `v.swap(i, j);`.",
)
def slice_swap(m: MoveContext) -> Iterator[Candidate]:
    yield from _swap_elements(m)


@move(
    "check-then-index",
    example="examples/suite/lifetime/06-theme-scope-fallback",
    classes=BORROWING,
    prior=0.4,
    doc="`if let Some(x) = map.get(k) { return x; } map.insert(..)` (NLL problem case 3) → "
    "test with `contains_key`, then index, so no borrow is held on the path that inserts.",
)
def check_then_index(m: MoveContext) -> Iterator[Candidate]:
    yield from _check_then_index(m)


@move(
    "inline-method",
    example="examples/dev2/lifetime/02-settings-default-two-lifetimes",
    classes=BORROWING,
    prior=0.35,
    doc="A closure over one field calls a `&self` method (borrowing all of `self`): inline the "
    "method's one-expression body so only the fields it uses are borrowed.",
)
def inline_method(m: MoveContext) -> Iterator[Candidate]:
    yield from _inline_self_method(m)


@move(
    "own-the-borrow",
    example="examples/suite/move/03-event-batch",
    classes=BORROWING,
    prior=0.4,
    doc="The conflicting borrow lives on in a local (`let name = &plugin.name;`): let the local "
    "own its value (`.clone()`, `.to_owned()`), so the borrow ends at once.",
)
def own_the_borrow(m: MoveContext) -> Iterator[Candidate]:
    for span in span_label(m.diagnostic, r"later used|later stored|used later"):
        yield from _own_the_borrow(m, span)


@move(
    "move-closure",
    example="examples/suite/borrow/06-parallel-word-count",
    codes=("E0373",),
    classes=BORROWING,
    prior=0.5,
    doc="A closure that may outlive what it borrows becomes a `move` closure.",
)
def move_closure(m: MoveContext) -> Iterator[Candidate]:
    primary = m.diagnostic.primary
    if primary:
        start, _ = m.context.span_chars(primary)
        yield m.candidate(
            "make the closure own what it captures",
            [m.context.insert(primary.file, start, "move ")],
        )


@move(
    "clone-or-borrow",
    example="examples/suite/move/03-event-batch",
    codes=("E0382", "E0505"),
    classes=MOVING,
    prior=0.5,
    variants={
        "borrow-in-for": 0.45,
        "iter-not-into-iter": 0.4,
        "clone-at-use": 0.5,
        "borrow-instead-of-move": 0.25,
    },
    doc="A value used after it moved: at the use that moves it, clone it (clone-at-use), pass a "
    "borrow (borrow-instead-of-move), iterate by reference (borrow-in-for) or with `.iter()` "
    "(iter-not-into-iter).",
)
def clone_or_borrow(m: MoveContext) -> Iterator[Candidate]:
    for span in span_label(m.diagnostic, _MOVE_LABEL):
        yield from _clone_or_borrow(m, span, "moved value")
    if m.diagnostic.code == "E0505" and m.diagnostic.primary:
        yield from _clone_or_borrow(m, m.diagnostic.primary, "moved value")


@move(
    "clone-borrowed-before-move",
    example="examples/suite/move/03-event-batch",
    codes=("E0382", "E0505"),
    classes=MOVING,
    prior=0.4,
    variants=_CLONE_BORROWED,
    doc="A value moved while borrowed: copy or clone what the borrow takes, so the move does "
    "not conflict with it (the variants of clone-borrowed).",
)
def clone_borrowed_before_move(m: MoveContext) -> Iterator[Candidate]:
    for span in span_label(m.diagnostic, r"borrow of .* occurs here"):
        yield from _clone_borrowed(m, span)


@move(
    "move-out-of-borrow",
    example="examples/suite/move/08-bank-ledger",
    codes=("E0507", "E0508", "E0509"),
    classes=MOVING,
    prior=0.5,
    variants={
        "clone-instead-of-deref": 0.45,
        "clone-at-use": 0.5,
        "borrow-instead-of-move": 0.35,
        "as-ref": 0.2,
        "take": 0.2,
    },
    doc="A move out of a borrow (`*x`, a field, an index): clone it (clone-instead-of-deref, "
    "clone-at-use), borrow it (borrow-instead-of-move), look through `.as_ref()` (as-ref), or "
    "`std::mem::take` it (take).",
)
def move_out_of_borrow(m: MoveContext) -> Iterator[Candidate]:
    if m.diagnostic.primary:
        yield from _move_out_of_borrow(m, m.diagnostic.primary)
