"""Test-repair templates (SPEC §2 Failing tests): small edits to the code a failing test runs.

A failing test's diagnostic (knowledge.failing) carries the suspects fault localization ranked
as its spans ("suspect #1: in the panic's backtrace"). Each template here rewrites one
syntactic element on a suspect line, the most suspicious lines first: the fix templates of
automated program repair (TBar, PraPR: the inverses of the mutation operators that model
real slips), read from the tree-sitter parse so that `<` in `Vec<u32>` is never an operator.
Nothing here is trusted: a template proposes, the sandbox runs the tests, and a candidate is
green only when the failing tests pass and every passing test still passes (validate.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rusta.knowledge.localize import assertion_values, differing_tokens
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import SourceFile
from rusta.types import TEST_FAILURE_CODE, Candidate, TextEdit

CODES = (TEST_FAILURE_CODE,)
EXAMPLE = "tests/data/crates/logic-templates"
SUSPECTS = 16  # lines a template looks at, most suspicious first
RANK_STEP = 0.008  # each rank down the suspect list lowers a candidate's prior by this
SCORE_WEIGHT = 0.3  # and each point of suspiciousness below the top line by this
SCORE_DROP_CAP = 0.2


@dataclass(frozen=True)
class Site:
    """A suspect line and the syntax nodes that start on it."""

    rank: int
    file: str
    line: int
    source: SourceFile
    nodes: tuple[Any, ...]
    drop: float = 0.0  # how far below the top suspect's score this line is, as a prior step

    def text(self, node: Any) -> str:
        return node.text.decode("utf-8")

    @property
    def lower(self) -> float:
        """What a candidate here loses against one on the top suspect line: a clearly less
        suspicious line loses more than a template's prior can win back."""
        return self.drop + RANK_STEP * self.rank


def _sites(m: MoveContext) -> list[Site]:
    """The suspect lines of the diagnostic in rank order (the panic location first when it
    lies in code a repair may touch), with the nodes that start on each."""
    spans = [s for s in m.diagnostic.spans if m.context.owns(s.file)]
    ranked = sorted(
        spans, key=lambda s: (0 if (s.label or "").startswith("suspect #") else 1, _rank(s.label))
    )
    sites: list[Site] = []
    seen: set[tuple[str, int]] = set()
    top = None
    for span in ranked:
        if not (span.label or "").startswith("suspect #"):
            continue
        key = (span.file, span.line_start)
        if key in seen:
            continue
        seen.add(key)
        source = m.context.source(span.file)
        if source.tree is None:
            continue
        score = _score(span.label)
        top = score if top is None else top
        drop = min(SCORE_DROP_CAP, SCORE_WEIGHT * max(0.0, top - score))
        nodes = tuple(_starting_on(source.tree.root_node, span.line_start - 1))
        sites.append(Site(len(sites), span.file, span.line_start, source, nodes, drop))
        if len(sites) >= SUSPECTS:
            break
    return sites


def _rank(label: str | None) -> int:
    match = re.match(r"suspect #(\d+)", label or "")
    return int(match.group(1)) if match else 99


def _score(label: str | None) -> float:
    match = re.match(r"suspect #\d+ \((\d+(?:\.\d+)?)\)", label or "")
    return float(match.group(1)) if match else 0.0


def _starting_on(node: Any, row: int) -> Iterator[Any]:
    if node.start_point[0] > row or node.end_point[0] < row:
        return
    if node.start_point[0] == row:
        yield node
    for child in node.children:
        yield from _starting_on(child, row)


def _of_type(site: Site, *types: str) -> list[Any]:
    return [n for n in site.nodes if n.type in types]


def _replace(site: Site, node: Any, text: str) -> TextEdit:
    return TextEdit(site.file, node.start_byte, node.end_byte, text)


def _operator(node: Any) -> Any | None:
    return node.child_by_field_name("operator")


def _where(site: Site) -> str:
    return f"{site.file}:{site.line}"


# --- operators ---------------------------------------------------------------------------

_RELATIONAL = {
    "<": ("<=", ">"),
    "<=": ("<", ">="),
    ">": (">=", "<"),
    ">=": (">", "<="),
    "==": ("!=",),
    "!=": ("==",),
}


@move(
    "relational",
    codes=CODES,
    prior=0.34,
    example=EXAMPLE,
    doc="Swap a comparison for its neighbour: `<` ↔ `<=`, `>` ↔ `>=`, `==` ↔ `!=` (and the "
    "reversed direction), on the most suspicious lines first.",
)
def relational(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        for node in _of_type(site, "binary_expression"):
            op = _operator(node)
            if op is None or op.type not in _RELATIONAL:
                continue
            for number, new in enumerate(_RELATIONAL[op.type]):
                yield m.candidate(
                    f"use `{new}` instead of `{op.type}` at {_where(site)}",
                    [_replace(site, op, new)],
                    lower=site.lower + 0.06 * number,
                )


_LOGICAL = {"&&": "||", "||": "&&"}
_ARITHMETIC = {"+": ("-",), "-": ("+",), "*": ("/",), "/": ("*", "%"), "%": ("/",)}
_COMPOUND = {"+=": "-=", "-=": "+=", "*=": "/=", "/=": "*="}


@move(
    "logical",
    codes=CODES,
    prior=0.3,
    example=EXAMPLE,
    doc="Swap `&&` and `||` in a condition on a suspect line.",
)
def logical(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        for node in _of_type(site, "binary_expression"):
            op = _operator(node)
            if op is not None and op.type in _LOGICAL:
                new = _LOGICAL[op.type]
                yield m.candidate(
                    f"use `{new}` instead of `{op.type}` at {_where(site)}",
                    [_replace(site, op, new)],
                    lower=site.lower,
                )


@move(
    "arithmetic",
    codes=CODES,
    prior=0.28,
    example=EXAMPLE,
    doc="Swap an arithmetic operator: `+` ↔ `-`, `*` ↔ `/`, `/` → `%` (and `+=` ↔ `-=`, "
    "`*=` ↔ `/=`).",
)
def arithmetic(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        for node in _of_type(site, "binary_expression", "compound_assignment_expr"):
            op = _operator(node)
            if op is None:
                continue
            table = _COMPOUND if node.type == "compound_assignment_expr" else _ARITHMETIC
            news = table.get(op.type, ())
            for number, new in enumerate((news,) if isinstance(news, str) else news):
                yield m.candidate(
                    f"use `{new}` instead of `{op.type}` at {_where(site)}",
                    [_replace(site, op, new)],
                    lower=site.lower + 0.05 * number,
                )


# --- off by one --------------------------------------------------------------------------


@move(
    "off-by-one",
    codes=CODES,
    prior=0.3,
    example=EXAMPLE,
    doc="Move a bound by one: an integer literal ±1, `..` ↔ `..=`, drop a `± 1`, or end a "
    "range or an index one earlier.",
    variants={
        "range-inclusive": 0.32,
        "literal": 0.28,
        "drop-one": 0.28,
        "minus-one": 0.24,
        "shift-value": 0.2,
    },
)
def off_by_one(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites)[:SHIFTED]:
        yield from _shifted_values(m, site)
    for site in m.once(_sites):
        lower = site.lower
        for node in _of_type(site, "range_expression"):
            for child in node.children:
                if child.type in ("..", "..="):
                    new = "..=" if child.type == ".." else ".."
                    yield m.candidate(
                        f"use `{new}` instead of `{child.type}` at {_where(site)}",
                        [_replace(site, child, new)],
                        variant="range-inclusive",
                        lower=lower,
                    )
            end = node.children[-1] if node.children else None
            if end is not None and end.type not in ("..", "..="):
                yield m.candidate(
                    f"end the range one earlier at {_where(site)}",
                    [_replace(site, end, f"{site.text(end)} - 1")],
                    variant="minus-one",
                    lower=lower,
                )
        for node in _of_type(site, "binary_expression"):
            op, right = _operator(node), node.child_by_field_name("right")
            left = node.child_by_field_name("left")
            if (
                op is not None
                and op.type in ("+", "-")
                and left is not None
                and right is not None
                and right.type == "integer_literal"
                and site.text(right) == "1"
            ):
                yield m.candidate(
                    f"drop the `{op.type} 1` at {_where(site)}",
                    [_replace(site, node, site.text(left))],
                    variant="drop-one",
                    lower=lower,
                )
        for node in _of_type(site, "integer_literal"):
            value = _int(site.text(node))
            if value is None:
                continue
            suffix = site.text(node)[len(str(value)) :] if site.text(node)[:1].isdigit() else ""
            for new in (value + 1, value - 1):
                if new >= 0:
                    yield m.candidate(
                        f"use {new} instead of {value} at {_where(site)}",
                        [_replace(site, node, f"{new}{suffix}")],
                        variant="literal",
                        lower=lower,
                    )
        for node in _of_type(site, "index_expression"):
            index = node.children[2] if len(node.children) >= 3 else None
            if index is not None and index.type == "identifier":
                yield m.candidate(
                    f"index one earlier at {_where(site)}",
                    [_replace(site, index, f"{site.text(index)} - 1")],
                    variant="minus-one",
                    lower=lower,
                )


def _shifted_values(m: MoveContext, site: Site) -> Iterator[Candidate]:
    """`page * per_page` → `(page - 1) * per_page`; `offset - start` → `offset - start + 1`:
    a value one away from the one the code computes (on the top suspect lines only: every
    operand of every expression is many candidates)."""
    for node in _of_type(site, "binary_expression"):
        op = _operator(node)
        if op is None or op.type not in ("+", "-", "*", "/"):
            continue
        for side in ("left", "right"):
            operand = node.child_by_field_name(side)
            if operand is None or operand.type not in ("identifier", "field_expression"):
                continue
            text = site.text(operand)
            for shift in ("- 1", "+ 1"):
                yield m.candidate(
                    f"use `{text} {shift}` at {_where(site)}",
                    [_replace(site, operand, f"({text} {shift})")],
                    variant="shift-value",
                    lower=site.lower,
                )
        if node.parent is not None and node.parent.type != "binary_expression":
            text = site.text(node)
            for shift in ("+ 1", "- 1"):
                yield m.candidate(
                    f"use `{text} {shift}` at {_where(site)}",
                    [_replace(site, node, f"{text} {shift}")],
                    variant="shift-value",
                    lower=site.lower,
                )


SHIFTED = 3  # suspect lines whose values are shifted by one


def _int(text: str) -> int | None:
    match = re.fullmatch(r"(\d+)(?:_?[iu](?:8|16|32|64|128|size))?", text.replace("_", ""))
    return int(match.group(1)) if match else None


# --- division ----------------------------------------------------------------------------


@move(
    "division",
    codes=CODES,
    prior=0.3,
    example=EXAMPLE,
    doc="Integer division that truncates too early: `a / b * c` → `a * c / b`; "
    "`(a / b) as f64` → `a as f64 / b as f64`.",
)
def division(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        lower = site.lower
        for node in _of_type(site, "binary_expression"):
            op, left = _operator(node), node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if op is None or op.type != "*" or left is None or right is None:
                continue
            inner = _unparen(left)
            if inner.type == "binary_expression" and getattr(_operator(inner), "type", "") == "/":
                a = site.text(inner.child_by_field_name("left"))
                b = site.text(inner.child_by_field_name("right"))
                yield m.candidate(
                    f"multiply before dividing at {_where(site)}",
                    [_replace(site, node, f"{a} * {site.text(right)} / {b}")],
                    lower=lower,
                )
        for node in _of_type(site, "type_cast_expression"):
            value, kind = node.child_by_field_name("value"), node.child_by_field_name("type")
            if value is None or kind is None or site.text(kind) not in ("f64", "f32"):
                continue
            inner = _unparen(value)
            if inner.type == "binary_expression" and getattr(_operator(inner), "type", "") == "/":
                cast = site.text(kind)
                a = site.text(inner.child_by_field_name("left"))
                b = site.text(inner.child_by_field_name("right"))
                yield m.candidate(
                    f"divide as `{cast}`, not as integers, at {_where(site)}",
                    [_replace(site, node, f"({a}) as {cast} / ({b}) as {cast}")],
                    lower=lower,
                )


def _unparen(node: Any) -> Any:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node


# --- conditions --------------------------------------------------------------------------


@move(
    "negation",
    codes=CODES,
    prior=0.3,
    example=EXAMPLE,
    doc="Negate a condition on a suspect line (`if c` → `if !(c)`), or drop a `!`.",
)
def negation(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        lower = site.lower
        for node in _of_type(site, "unary_expression"):
            if node.children and node.children[0].type == "!" and node.named_child_count == 1:
                operand = node.named_children[0]
                yield m.candidate(
                    f"drop the `!` at {_where(site)}",
                    [_replace(site, node, site.text(_unparen(operand)))],
                    lower=lower,
                )
        for node in _of_type(site, "binary_expression"):
            op = _operator(node)
            if op is None or op.type not in ("&&", "||"):
                continue
            for side in ("left", "right"):
                operand = node.child_by_field_name(side)
                if operand is None or operand.type == "unary_expression":
                    continue  # `!x`: dropping the `!` is the candidate above
                text = site.text(operand)
                wrapped = text if operand.type in _ATOMS else f"({text})"
                yield m.candidate(
                    f"negate `{text}` at {_where(site)}",
                    [_replace(site, operand, f"!{wrapped}")],
                    lower=lower + 0.01,
                )
        for node in _of_type(site, "if_expression", "while_expression"):
            condition = node.child_by_field_name("condition")
            if condition is None or condition.type == "let_condition":
                continue
            text = site.text(condition)
            if text.startswith("!"):
                continue
            yield m.candidate(
                f"negate the condition at {_where(site)}",
                [_replace(site, condition, f"!({text})")],
                lower=lower + 0.02,
            )


_ATOMS = ("identifier", "field_expression", "call_expression", "parenthesized_expression")

# --- calls -------------------------------------------------------------------------------


@move(
    "swap-arguments",
    codes=CODES,
    prior=0.27,
    example=EXAMPLE,
    doc="Swap two neighbouring arguments of a call or of a formatting macro (`write!(f, "
    '"{}-{}", d, m)`); the compiler rejects the swap unless they have the same type.',
)
def swap_arguments(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        arguments: list[list[tuple[int, int]]] = []  # per call: its arguments' byte spans
        for node in _of_type(site, "call_expression"):
            found = node.child_by_field_name("arguments")
            args = list(found.named_children) if found is not None else []
            kept = [a for a in args if a.type not in ("line_comment", "block_comment")]
            arguments.append([(a.start_byte, a.end_byte) for a in kept])
        arguments += [_macro_arguments(node) for node in _of_type(site, "macro_invocation")]
        data = site.source.data
        pairs = [pair for spans in arguments for pair in itertools.pairwise(spans)]
        for (a_start, a_end), (b_start, b_end) in pairs:
            a, b = data[a_start:a_end].decode(), data[b_start:b_end].decode()
            if a == b or a.startswith('"') or b.startswith('"'):
                continue  # the same text, or a format string: nothing to swap
            yield m.candidate(
                f"swap `{a}` and `{b}` at {_where(site)}",
                [
                    TextEdit(site.file, a_start, a_end, b),
                    TextEdit(site.file, b_start, b_end, a),
                ],
                lower=site.lower,
            )


def _macro_arguments(node: Any) -> list[tuple[int, int]]:
    """The byte spans of a macro call's comma-separated arguments (its token tree is not
    parsed as expressions: split at the commas outside nested brackets)."""
    tree = next((c for c in node.children if c.type == "token_tree"), None)
    if tree is None or len(tree.children) < 2:
        return []
    spans: list[tuple[int, int]] = []
    start = None
    end = None
    for child in tree.children[1:-1]:  # inside the outer brackets
        if child.type == ",":
            if start is not None and end is not None:
                spans.append((start, end))
            start = end = None
            continue
        start = child.start_byte if start is None else start
        end = child.end_byte
    if start is not None and end is not None:
        spans.append((start, end))
    return spans


_METHOD_FAMILIES = (
    ("min", "max"),
    ("first", "last"),
    ("trim_start", "trim_end"),
    ("trim", "trim_start"),
    ("trim", "trim_end"),
    ("round", "floor"),
    ("round", "ceil"),
    ("starts_with", "ends_with"),
    ("strip_prefix", "strip_suffix"),
    ("floor", "ceil"),
    ("to_lowercase", "to_uppercase"),
    ("to_ascii_lowercase", "to_ascii_uppercase"),
    ("is_some", "is_none"),
    ("is_ok", "is_err"),
    ("any", "all"),
    ("find", "rfind"),
    ("split_first", "split_last"),
    ("saturating_sub", "saturating_add"),
    ("wrapping_sub", "wrapping_add"),
    ("min_by_key", "max_by_key"),
    ("take", "skip"),
    ("sum", "product"),
    ("push_str", "insert_str"),
    ("chars", "bytes"),
    ("keys", "values"),
    ("lines", "split_whitespace"),
)


@move(
    "wrong-method",
    codes=CODES,
    prior=0.3,
    example=EXAMPLE,
    doc="Call the other method of the same family: `min` ↔ `max`, `first` ↔ `last`, "
    "`trim_start` ↔ `trim_end`, `starts_with` ↔ `ends_with`, `floor` ↔ `ceil`, "
    "`push(x)` ↔ `insert(0, x)`, ...",
    variants={"sibling": 0.3, "push-front": 0.26},
)
def wrong_method(m: MoveContext) -> Iterator[Candidate]:
    siblings: dict[str, list[str]] = {}
    for a, b in _METHOD_FAMILIES:
        siblings.setdefault(a, []).append(b)
        siblings.setdefault(b, []).append(a)
    for site in m.once(_sites):
        lower = site.lower
        for node in _of_type(site, "field_expression"):
            field = node.child_by_field_name("field")
            if field is None:
                continue
            name = site.text(field)
            for number, other in enumerate(siblings.get(name, ())):
                yield m.candidate(
                    f"call `{other}` instead of `{name}` at {_where(site)}",
                    [_replace(site, field, other)],
                    variant="sibling",
                    lower=lower + 0.02 * number,
                )
        for node in _of_type(site, "call_expression"):
            function = node.child_by_field_name("function")
            arguments = node.child_by_field_name("arguments")
            if function is None or arguments is None or function.type != "field_expression":
                continue
            field = function.child_by_field_name("field")
            args = list(arguments.named_children)
            if field is not None and site.text(field) == "push" and len(args) == 1:
                receiver = site.text(function.child_by_field_name("value"))
                yield m.candidate(
                    f"insert at the front instead of pushing at {_where(site)}",
                    [_replace(site, node, f"{receiver}.insert(0, {site.text(args[0])})")],
                    variant="push-front",
                    lower=lower,
                )


_ITERATORS = ("iter", "chars", "bytes", "into_iter", "iter_mut", "char_indices", "lines")


@move(
    "reverse-order",
    codes=CODES,
    prior=0.28,
    example=EXAMPLE,
    doc="Iterate the other way: add `.rev()` after `.iter()`/`.chars()`/a range, or drop one.",
)
def reverse_order(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        lower = site.lower
        for node in _of_type(site, "call_expression"):
            function = node.child_by_field_name("function")
            if function is None or function.type != "field_expression":
                continue
            field = function.child_by_field_name("field")
            name = site.text(field) if field is not None else ""
            if name in _ITERATORS:
                yield m.candidate(
                    f"iterate in reverse at {_where(site)}",
                    [TextEdit(site.file, node.end_byte, node.end_byte, ".rev()")],
                    lower=lower,
                )
            elif name == "rev":
                value = function.child_by_field_name("value")
                yield m.candidate(
                    f"iterate forwards at {_where(site)}",
                    [_replace(site, node, site.text(value))],
                    lower=lower,
                )
        for node in _of_type(site, "for_expression"):
            value = node.child_by_field_name("value")
            if value is not None and _unparen(value).type == "range_expression":
                yield m.candidate(
                    f"loop over the range in reverse at {_where(site)}",
                    [_replace(site, value, f"({site.text(_unparen(value))}).rev()")],
                    lower=lower,
                )


@move(
    "early-exit",
    codes=CODES,
    prior=0.26,
    example=EXAMPLE,
    doc="Stop at the first match: add `break;` at the end of an `if` block inside a loop that "
    "has no exit of its own.",
)
def early_exit(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites):
        for node in _of_type(site, "if_expression"):
            block = node.child_by_field_name("consequence")
            if block is None or not _inside_loop(node) or _exits(site.text(block)):
                continue
            closing = block.children[-1] if block.children else None
            if closing is None or closing.type != "}":
                continue
            at = closing.start_byte
            if block.start_point[0] == block.end_point[0]:
                edit = TextEdit(site.file, at, at, "break; ")
            else:  # `}` on its own line: `break;` goes above it, one level deeper
                edit = TextEdit(site.file, at, at, "    break;\n" + " " * closing.start_point[1])
            yield m.candidate(
                f"break out of the loop once the `if` at {_where(site)} matched",
                [edit],
                lower=site.lower,
            )


def _inside_loop(node: Any) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type in ("for_expression", "while_expression", "loop_expression"):
            return True
        if parent.type in ("function_item", "closure_expression"):
            return False
        parent = parent.parent
    return False


def _exits(block: str) -> bool:
    return re.search(r"\b(break|return|continue)\b|\?", block) is not None


@move(
    "arm-order",
    codes=CODES,
    prior=0.24,
    example=EXAMPLE,
    doc="Swap two neighbouring `match` arms: an earlier, wider arm shadows the one meant.",
)
def arm_order(m: MoveContext) -> Iterator[Candidate]:
    done: set[tuple[int, int]] = set()
    for site in m.once(_sites):
        for node in _of_type(site, "match_arm"):
            block = node.parent
            arms = [a for a in block.named_children if a.type == "match_arm"]
            at = next((k for k, a in enumerate(arms) if a.id == node.id), None)
            if at is None:
                continue
            for first, second in ((at - 1, at), (at, at + 1)):
                if first < 0 or second >= len(arms):
                    continue
                a, b = arms[first], arms[second]
                if (a.start_byte, b.start_byte) in done:
                    continue
                done.add((a.start_byte, b.start_byte))
                text_a, text_b = _arm_text(site, a), _arm_text(site, b)
                yield m.candidate(
                    f"try the arm at line {b.start_point[0] + 1} before the one at line "
                    f"{a.start_point[0] + 1}",
                    [
                        TextEdit(site.file, a.start_byte, a.end_byte, text_b),
                        TextEdit(site.file, b.start_byte, b.end_byte, text_a),
                    ],
                    lower=site.lower,
                )


def _arm_text(site: Site, arm: Any) -> str:
    """An arm's text with the comma it needs (a block arm may go without one)."""
    text = site.text(arm)
    return text if text.rstrip().endswith((",", "}")) else text + ","


# --- values ------------------------------------------------------------------------------


@move(
    "expected-literal",
    codes=CODES,
    prior=0.26,
    example=EXAMPLE,
    doc="A literal on a suspect line that the failing assertion's expected value replaces "
    "(`left: 8000`, `right: 8080`: the code says 8000 where 8080 is expected).",
)
def expected_literal(m: MoveContext) -> Iterator[Candidate]:
    values = _assertion_values(m)
    if not values:
        return
    for site in m.once(_sites):
        for node in _of_type(site, "integer_literal", "float_literal", "string_literal"):
            old = site.text(node)
            for value in values:
                new = _same_kind(node.type, old, value)
                if new is not None and new != old:
                    yield m.candidate(
                        f"use {new} (the value the test expects) instead of {old} at "
                        f"{_where(site)}",
                        [_replace(site, node, new)],
                        lower=site.lower,
                    )


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _assertion_values(m: MoveContext) -> list[str]:
    """The assertion's values (expected first, by `assert_eq!(actual, expected)` habit), then
    the numbers the expected side has and the other lacks (`360s` vs `3600s`: 3600)."""
    message = "\n".join(m.diagnostic.children)  # the failing test's panic message
    values = assertion_values(message)
    whole = [v for v in (values.get("right"), values.get("left")) if v]
    expected = set(_NUMBER.findall(values.get("right", "")))
    numbers = sorted(t for t in differing_tokens(message) if t in expected and t not in ("0", "1"))
    return list(dict.fromkeys([*whole, *numbers]))


def _same_kind(kind: str, old: str, value: str) -> str | None:
    if kind == "integer_literal" and re.fullmatch(r"-?\d+", value):
        suffix = re.sub(r"^[\d_]+", "", old)
        return None if value.startswith("-") else value + suffix
    if kind == "float_literal" and re.fullmatch(r"-?\d+\.\d+", value):
        return None if value.startswith("-") else value
    if kind == "string_literal" and value.startswith('"') and value.endswith('"'):
        return value
    return None


@move(
    "other-variable",
    codes=CODES,
    prior=0.22,
    example=EXAMPLE,
    doc="Use another variable of the function in place of one on a suspect line (the compiler "
    "rejects it unless the types agree).",
)
def other_variable(m: MoveContext) -> Iterator[Candidate]:
    for site in m.once(_sites)[:3]:
        function = _enclosing_function(site)
        if function is None:
            continue
        names = _bindings(site, function)
        for node in _of_type(site, "identifier"):
            parent = node.parent
            if parent is not None and parent.type in ("let_declaration", "parameter"):
                continue  # a binding, not a use
            if (
                parent is not None
                and parent.type == "call_expression"
                and (parent.child_by_field_name("function") == node)
            ):
                continue
            name = site.text(node)
            if name not in names:
                continue
            for other in names:
                if other != name:
                    yield m.candidate(
                        f"use `{other}` instead of `{name}` at {_where(site)}",
                        [_replace(site, node, other)],
                        lower=site.lower,
                    )


def _a_value_use(node: Any) -> bool:
    """An identifier used as a value (an operand, an argument, an index), not a binding, a
    called function or a method's receiver (another variable there rarely has the method)."""
    parent = node.parent
    if parent is None or parent.type in ("let_declaration", "parameter", "for_expression"):
        return parent is not None and parent.child_by_field_name("value") == node
    if parent.type == "call_expression" and parent.child_by_field_name("function") == node:
        return False
    return not (parent.type == "field_expression" and parent.child_by_field_name("value") == node)


def _enclosing_function(site: Site) -> Any | None:
    node = site.nodes[0] if site.nodes else None
    while node is not None and node.type != "function_item":
        node = node.parent
    return node


def _bindings(site: Site, function: Any) -> list[str]:
    """The names the function binds (parameters, `let`s, loop variables), in order."""
    names: list[str] = []

    def walk(node: Any) -> None:
        if node.start_point[0] >= site.line - 1 and node.type != "parameter":
            return  # declared on or after the line: not in scope there
        if node.type in ("parameter", "let_declaration", "for_expression"):
            pattern = node.child_by_field_name("pattern")
            if pattern is not None and pattern.type == "identifier":
                names.append(site.text(pattern))
            elif pattern is not None and pattern.type == "mut_pattern":
                inner = [c for c in pattern.named_children if c.type == "identifier"]
                names.extend(site.text(c) for c in inner[:1])
        for child in node.named_children:
            walk(child)

    walk(function)
    return list(dict.fromkeys(n for n in names if n != "self"))
