"""Moves for clippy lints that clippy cannot rewrite itself.

Most clippy lints carry MachineApplicable suggestions (the compiler proposer applies them);
`needless_range_loop` does not rewrite the loop body, so this move does: `for i in 0..v.len()`
with `v[i]` in the body becomes `for item in &v` (or `.iter().enumerate()` when `i` is used).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.knowledge.rustlex import matching_close
from rusta.proposers.context import ProposalContext, candidate
from rusta.types import Candidate, Diagnostic


def propose(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    if diagnostic.code == "clippy::needless_range_loop":
        yield from _range_loop(context, diagnostic)


def _range_loop(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
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
    borrow = "&mut " if mutable else "&"
    if uses_index:
        iterator = f"{collection}.iter{'_mut' if mutable else ''}().enumerate()"
        header = f"for ({index}, {item}) in {iterator} {{"
    else:
        header = f"for {item} in {borrow}{collection} {{"
    if not mutable:
        new_body = re.sub(rf"\*?\b{item}\b", item, new_body)
    edits = [context.edit(span.file, match.start(), body_end, header + new_body)]
    yield candidate(
        "clippy::needless_range_loop/iterate-items",
        "iterate over the items directly",
        edits,
        0.45,
        diagnostic,
    )
