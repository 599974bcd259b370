"""Moves for clippy lints that clippy cannot rewrite itself.

Most clippy lints carry MachineApplicable suggestions (the compiler proposer applies them);
`needless_range_loop` does not rewrite the loop body, so this move does: `for i in 0..v.len()`
with `v[i]` in the body becomes `for item in v.iter()` (or `.iter().enumerate()` when `i` is used);
`map_entry` has no suggestion when the occupied case updates the value in an `else`, so this
move writes `m.entry(k).and_modify(|v| ..).or_insert(..)`, which does exactly what the `if` did.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass


@move(
    "iterate-items",
    example="examples/suite/lint/01-signal-normalize-range-loop",
    codes=("clippy::needless_range_loop",),
    classes=(ErrorClass.LINT,),
    prior=0.45,
    doc="`for i in 0..v.len()` indexing `v[i]` → `for item in v.iter()` (`.iter_mut()` when "
    "the body assigns, `.iter().enumerate()` when it still needs `i`).",
)
def iterate_items(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    head = re.compile(r"for\s+(\w+)\s+in\s+0\s*\.\.\s*([\w.]+)\.len\(\)\s*\{")
    match = head.search(text, max(0, start - 200))
    if not match or match.start() > start + 200:
        return
    index, collection = match.group(1), match.group(2)
    body_start = match.end()
    body_end = matching_close(text, match.end() - 1)
    if body_end < 0:
        return
    body = text[body_start:body_end]
    indexing = re.compile(rf"{re.escape(collection)}\[{index}\]")
    if not indexing.search(body):
        return
    mutable = re.search(rf"{re.escape(collection)}\[{index}\]\s*([+\-*/]?=)(?!=)", body) is not None
    item = "item"
    new_body = indexing.sub(f"*{item}" if mutable else item, body)
    uses_index = re.search(rf"\b{index}\b", new_body) is not None
    # `.iter()`, never `&v`: `&v` is no iterator when `v` is itself a reference (a `&mut [T]`
    # parameter), while the method autoderefs through a Vec, an array, a slice or a reference
    iterator = f"{collection}.iter{'_mut' if mutable else ''}()"
    if uses_index:
        header = f"for ({index}, {item}) in {iterator}.enumerate() {{"
    else:
        header = f"for {item} in {iterator} {{"
    if not mutable:
        new_body = re.sub(rf"\*?\b{item}\b", item, new_body)
    edits = [context.edit(span.file, match.start(), body_end, header + new_body)]
    yield m.candidate("iterate over the items directly", edits)


_CONTAINS = re.compile(r"if\s+(!?)\s*(?P<map>[\w.]+)\.contains_key\(\s*&?(?P<key>[^)]+?)\s*\)\s*\{")


@move(
    "entry",
    example="examples/suite/lint/11-word-frequency-map-entry",
    codes=("clippy::map_entry",),
    classes=(ErrorClass.LINT,),
    prior=0.55,
    doc="`if !m.contains_key(&k) { m.insert(k, v) } [else { update }]` → "
    "`m.entry(k).and_modify(..).or_insert(v)`: one lookup doing what the `if` did.",
)
def entry(m: MoveContext) -> Iterator[Candidate]:
    """`if !m.contains_key(&k) { m.insert(k, v); } [else { *m.get_mut(&k).unwrap() += 1; }]`
    (either branch order) becomes one entry lookup."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    head = _CONTAINS.match(text, start)
    if head is None:
        return
    then_end = matching_close(text, head.end() - 1)
    then_body = text[head.end() : then_end].strip()
    rest = re.match(r"\s*else\s*\{", text[then_end + 1 :])
    else_body, end = "", then_end + 1
    if rest:
        open_at = then_end + 1 + rest.end() - 1
        close = matching_close(text, open_at)
        else_body, end = text[open_at + 1 : close].strip(), close + 1
    vacant, occupied = (then_body, else_body) if head.group(1) else (else_body, then_body)
    map_, key = head.group("map"), head.group("key")
    insert = re.fullmatch(
        rf"{re.escape(map_)}\.insert\(\s*{re.escape(key)}\s*,\s*(.+?)\s*\);?", vacant, re.S
    )
    if insert is None:
        return
    chain = f"{map_}.entry({key})"
    if occupied:
        access = rf"\*\s*{re.escape(map_)}\.get_mut\(\s*&\s*{re.escape(key)}\s*\)\.unwrap\(\)"
        if len(re.findall(access, occupied)) != 1 or occupied.count(";") > 1:
            return
        update = re.sub(access, "*value", occupied).rstrip(";")
        chain += f".and_modify(|value| {update})"
    chain += f".or_insert({insert.group(1)});"
    yield m.candidate(
        "look the key up once with the entry API", [context.edit(span.file, start, end, chain)]
    )
