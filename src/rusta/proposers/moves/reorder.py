"""Moves that reorder statements of one block, changing no expression.

Many borrow and move errors are an order mistake: the second `&mut` is taken while the first
is still in use (take it after the first one's last use), or a value is used after the
statement that moved it (use it first). Statements are read at the block's indentation: a
line at that indentation starts a statement, deeper lines and a closing bracket at the same
indentation belong to it. A statement only moves past statements that do not mention what it
binds, and it takes along nothing the statements it passes bind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.moves.common import span_label
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass

MOVE_OR_BORROW = (ErrorClass.MOVE, ErrorClass.BORROW)

Group = tuple[int, int]  # first and last line index of one statement


def _in_crate(m: MoveContext) -> bool:
    primary = m.diagnostic.primary
    return primary is not None and m.context.owns(primary.file)


@move(
    "reorder-borrows",
    example="examples/suite/borrow/10-org-chart-reassign",
    codes=("E0499", "E0502", "E0506"),
    classes=MOVE_OR_BORROW,
    prior=0.4,
    doc="Take the second borrow after the last use of the first: move its `let` down to just "
    "after the last statement that uses the first borrow.",
)
def _sink_second_borrow(m: MoveContext) -> Iterator[Candidate]:
    """`let b = &mut v[j];` while `a` (from `let a = &mut v[i];`) is still used: move the
    second `let` to just after the last statement that uses `a`."""
    if not _in_crate(m):
        return
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    firsts = span_label(diagnostic, r"(first|immutable|mutable) borrow (occurs|later)|is borrowed")
    first = next((s for s in firsts if not s.is_primary and s.file == primary.file), None)
    if first is None:
        return
    lines = context.text(primary.file).splitlines(keepends=True)
    first_binding = (
        _binding(lines[first.line_start - 1]) if first.line_start <= len(lines) else None
    )
    second = primary.line_start - 1
    groups = _block_groups(lines, second)
    at = next((k for k, g in enumerate(groups) if g == (second, second)), None)
    if first_binding is None or at is None:
        return
    bound = _binding(lines[second])
    uses = [k for k, g in enumerate(groups) if k > at and _mentions(lines, g, first_binding)]
    if not uses or bound is None:
        return
    last = uses[-1]
    if any(_mentions(lines, groups[k], bound) for k in range(at + 1, last + 1)):
        return
    first_line, last_line = groups[at][0], groups[last][1]
    sunk = "".join(lines[first_line + 1 : last_line + 1]) + lines[first_line]
    yield _moved(
        m,
        lines,
        (first_line, last_line),
        sunk,
        f"take the second borrow after the last use of `{first_binding}`",
    )


@move(
    "defer-growth",
    example="examples/dev/borrow/01-recurring-chores-push-while-iterating",
    codes=("E0499", "E0502", "E0503"),
    classes=MOVE_OR_BORROW,
    prior=0.45,
    doc="`for c in v.iter_mut() { .. v.push(x) }`: collect the new items in a local and "
    "`v.extend(..)` after the loop, since a collection cannot grow while it is iterated.",
)
def defer_growth(m: MoveContext) -> Iterator[Candidate]:
    """`for c in v.iter_mut() { ... v.push(x); }`: a collection cannot grow while it is being
    iterated, so collect the new items and `extend` after the loop (what the loop meant: the
    new items were never going to be visited by this iteration in any well-defined way)."""
    if not _in_crate(m):
        return
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    text = context.text(primary.file)
    start, end = context.span_chars(primary)
    call = re.match(r"([\w.]+)\.(push|insert)\s*\(", text[start:])
    loops = span_label(diagnostic, r"(first|immutable)( mutable)? borrow occurs")
    if call is None or not loops:
        return
    collection, method = call.group(1), call.group(2)
    loop_start, _ = context.span_chars(loops[0])
    line_at = text.rfind("\n", 0, loop_start) + 1
    header = re.match(
        r"([ \t]*)for\s+.+?\s+in\s+(.+?)\s*\{[ \t]*$", text[line_at:].split("\n", 1)[0]
    )
    if header is None or collection not in header.group(2):
        return
    opening = text.find("{", line_at + header.start(2))
    closing = matching_close(text, opening)
    if closing < 0 or not opening < start < closing:
        return
    name = next(
        n for n in ("pending", "pending_items", "to_add") if not re.search(rf"\b{n}\b", text)
    )
    indent = header.group(1)
    arguments_at = start + call.end()
    arguments_end = matching_close(text, arguments_at - 1)
    arguments = text[arguments_at:arguments_end]
    pushed = f"{name}.push(({arguments}))" if method == "insert" and "," in arguments else None
    edits = [
        context.insert(primary.file, line_at, f"{indent}let mut {name} = Vec::new();\n"),
        context.edit(
            primary.file,
            start,
            arguments_end + 1 if pushed else start + len(collection),
            pushed or name,
        ),
        context.insert(primary.file, closing + 1, f"\n{indent}{collection}.extend({name});"),
    ]
    yield m.candidate(
        f"collect the new items and extend `{collection}` after the loop",
        edits,
    )


@move(
    "copy-out",
    example="examples/suite/borrow/02-glob-pattern-cache",
    codes=("E0499", "E0502", "E0503"),
    classes=MOVE_OR_BORROW,
    prior=0.45,
    variants={"copy-out-pattern": 0.45, "copied-lookup": 0.4},
    doc="`let Some(d) = map.get(k)` keeps `map` borrowed while `d` lives; a copy does not: "
    "`Some(&d)` in the pattern (copy-out-pattern), or `.copied()` on the lookup (copied-lookup).",
)
def copy_out(m: MoveContext) -> Iterator[Candidate]:
    """`let Some(d) = map.get(k) else {..}` keeps `map` borrowed as long as `d` lives; a
    copied value does not: `Some(&d)` in the pattern, or `.copied()` on the lookup."""
    if not _in_crate(m):
        return
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    firsts = span_label(diagnostic, r"immutable borrow occurs|first borrow occurs")
    first = next((s for s in firsts if not s.is_primary and s.file == primary.file), None)
    if first is None:
        return
    text = context.text(primary.file)
    line_at = text.rfind("\n", 0, context.span_chars(first)[0]) + 1
    line = text[line_at : text.find("\n", line_at)]
    shape = re.match(
        r"(\s*(?:if\s+)?let\s+Some\()(\w+)(\)\s*=\s*)(.+?\.(?:get|first|last|peek)\([^;{]*?\))",
        line,
    )
    if shape is None:
        return
    head, name, middle, lookup = shape.groups()
    at = line_at + shape.start(2)
    yield m.candidate(
        f"copy `{name}` out of the lookup so the borrow ends at once",
        [context.insert(primary.file, at, "&")],
        variant="copy-out-pattern",
    )
    end = line_at + shape.end(4)
    yield m.candidate(
        "take a copy of the looked-up value (`.copied()`)",
        [context.insert(primary.file, end, ".copied()")],
        variant="copied-lookup",
    )


@move(
    "hoist-second-borrow",
    example="examples/suite/borrow/03-gauss-elimination",
    codes=("E0499", "E0502", "E0503"),
    classes=MOVE_OR_BORROW,
    prior=0.4,
    doc="Move the one-line statement at the error above the first borrow it conflicts with "
    "(`let tab = self.tab_mut(); self.record(url);` records first).",
)
def hoist_second_borrow(m: MoveContext) -> Iterator[Candidate]:
    yield from _hoist(
        m,
        r"(first|immutable)( mutable)? borrow occurs|is borrowed here",
        "take the second borrow before the first one begins",
    )


@move(
    "use-before-move",
    example="examples/suite/move/08-bank-ledger",
    codes=("E0382", "E0505"),
    classes=MOVE_OR_BORROW,
    prior=0.4,
    doc="Move the one-line statement that uses a value above the statement that moves it (with "
    "a clone when the statement passes the value by value).",
)
def use_before_move(m: MoveContext) -> Iterator[Candidate]:
    yield from _hoist(
        m,
        r"moved here|partially moved|value moved",
        "use the value before the statement that moves it",
    )


def _hoist(m: MoveContext, label: str, intent: str) -> Iterator[Candidate]:
    """Move the one-line statement at the error above the statement rustc blames (the move,
    or the first borrow): `let m = Msg { body: draft.body }; draft.validate()?;` validates
    first; `let tab = self.tab_mut(); self.record(url);` records first. Only when the
    statement uses nothing the statements it passes bind."""
    if not _in_crate(m):
        return
    context, diagnostic = m.context, m.diagnostic
    primary = diagnostic.primary
    moves = span_label(diagnostic, label)
    move = next((s for s in moves if not s.is_primary and s.file == primary.file), None)
    if move is None or move.line_start >= primary.line_start:
        return
    lines = context.text(primary.file).splitlines(keepends=True)
    use = primary.line_start - 1
    groups = _block_groups(lines, use)
    at = next((k for k, g in enumerate(groups) if g == (use, use)), None)
    mover = next((k for k, g in enumerate(groups) if g[0] <= move.line_start - 1 <= g[1]), None)
    if at is None or mover is None or mover >= at:
        return
    passed = [_binding(lines[groups[k][0]]) for k in range(mover, at)]
    if any(name and _mentions(lines, groups[at], name) for name in passed):
        return
    region = (groups[mover][0], groups[at][1])
    passed_text = "".join(lines[region[0] : region[1]])
    yield _moved(m, lines, region, lines[use] + passed_text, intent)
    moved = re.search(r"moved value: `(\w+)`", diagnostic.message)
    by_value = moved and re.compile(rf"([(,]\s*){moved.group(1)}(\s*[),])")
    if by_value and by_value.search(lines[use]):
        # the statement keeps its own copy (`audit.push(event)` before a match that moves
        # parts of `event`): hoist it with a clone
        copy = by_value.sub(rf"\g<1>{moved.group(1)}.clone()\g<2>", lines[use], count=1)
        yield _moved(
            m,
            lines,
            region,
            copy + passed_text,
            "keep a clone before the statement that moves the value",
        )


def _moved(m: MoveContext, lines: list[str], region: Group, text: str, intent: str) -> Candidate:
    """Replace lines region[0]..region[1] (inclusive) with `text`, the same lines reordered."""
    context, diagnostic = m.context, m.diagnostic
    first, last = region
    start = sum(len(line) for line in lines[:first])
    end = sum(len(line) for line in lines[: last + 1])
    return m.candidate(
        intent,
        [context.edit(diagnostic.primary.file, start, end, text)],
    )


def _block_groups(lines: list[str], index: int) -> list[Group]:
    """The statements of the block that line `index` is a statement of (at its indentation)."""
    indent = _indent(lines[index])
    top = index
    while top > 0 and (not lines[top - 1].strip() or _indent(lines[top - 1]) >= indent):
        top -= 1
    groups: list[Group] = []
    i = top
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if _indent(lines[i]) < indent:
            break
        j, last = i + 1, i
        while j < len(lines) and (
            not lines[j].strip()
            or _indent(lines[j]) > indent
            or (_indent(lines[j]) == indent and lines[j].lstrip()[:1] in "})]")
        ):
            if lines[j].strip():
                last = j
            j += 1
        groups.append((i, last))
        i = j
    return groups


def _binding(line: str) -> str | None:
    match = re.match(r"\s*let\s+(?:mut\s+)?(\w+)", line)
    return match.group(1) if match else None


def _mentions(lines: list[str], group: Group, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", "".join(lines[group[0] : group[1] + 1])) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))
