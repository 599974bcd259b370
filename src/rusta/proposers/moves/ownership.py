"""Moves for move and borrow errors (E0382, E0505, E0507-E0509, E0499, E0502, E0506...).

The general tools are: clone at the use that moves, borrow instead of moving, clone the
collection a loop borrows while the body mutates, and copy a scalar out instead of holding a
reference to it. Which one keeps the tests green is for the sandbox to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, candidate
from rusta.proposers.moves.common import span_label, wrap
from rusta.types import Candidate, Diagnostic, Span


def propose_move(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    code = diagnostic.code
    if code in {"E0382", "E0505"}:
        for span in span_label(
            diagnostic,
            r"value moved|moved here|moved due to|moved into|"
            r"moved (with|by)|move out",
        ):
            yield from _clone_or_borrow(context, diagnostic, span, "moved value")
        if code == "E0505" and diagnostic.primary:
            yield from _clone_or_borrow(context, diagnostic, diagnostic.primary, "moved value")
        for span in span_label(diagnostic, r"borrow of .* occurs here"):
            yield from _clone_borrowed(context, diagnostic, span)
    elif code in {"E0507", "E0508", "E0509"} and diagnostic.primary:
        yield from _move_out_of_borrow(context, diagnostic, diagnostic.primary)


def propose_borrow(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    for span in span_label(
        diagnostic,
        r"(immutable|first) borrow occurs|"
        r"borrow of .* occurs here|`.*` is borrowed here",
    ):
        if span.is_primary:
            continue
        yield from _clone_borrowed(context, diagnostic, span)
    yield from _reuse_borrow(context, diagnostic)
    if diagnostic.code == "E0373" and diagnostic.primary:
        start, _ = context.span_chars(diagnostic.primary)
        yield candidate(
            f"{diagnostic.code}/move-closure",
            "make the closure own what it captures",
            [context.insert(diagnostic.primary.file, start, "move ")],
            0.5,
            diagnostic,
        )


def _clone_or_borrow(
    context: ProposalContext, diagnostic: Diagnostic, span: Span, what: str
) -> Iterator[Candidate]:
    if not context.owns(span.file):
        return
    text = context.span_text(span)
    if not text or "\n" in text or len(text) > 80:
        return
    start, end = context.span_chars(span)
    file = span.file
    source = context.text(file)
    before = source[max(0, start - 12) : start]
    if re.search(r"\bin\s+$", before):  # `for x in items` moves items: iterate by reference
        yield candidate(
            f"{diagnostic.code}/borrow-in-for",
            f"iterate over `&{text}`, not `{text}`",
            [context.insert(file, start, "&")],
            0.45,
            diagnostic,
        )
    if text.endswith(")") and re.search(r"\.into_iter\(\)$", text):
        fixed = text[: -len(".into_iter()")] + ".iter()"
        yield candidate(
            f"{diagnostic.code}/iter-not-into-iter",
            "borrow with `.iter()`",
            [context.edit(file, start, end, fixed)],
            0.4,
            diagnostic,
        )
    yield candidate(
        f"{diagnostic.code}/clone-at-use",
        f"clone the {what} `{text}` where it moves",
        [context.replace_expression(file, start, end, f"{wrap(text)}.clone()")],
        0.5,
        diagnostic,
    )
    if not text.startswith("&") and not re.search(r"\bin\s+$", before):
        yield candidate(
            f"{diagnostic.code}/borrow-instead-of-move",
            f"pass `&{text}` instead",
            [context.insert(file, start, "&")],
            0.25,
            diagnostic,
        )


def _clone_borrowed(
    context: ProposalContext, diagnostic: Diagnostic, span: Span
) -> Iterator[Candidate]:
    """The first borrow conflicts with a later mutation: clone or copy what it borrows."""
    if not context.owns(span.file):
        return
    text = context.span_text(span)
    if not text or "\n" in text or len(text) > 80:
        return
    start, end = context.span_chars(span)
    file = span.file
    if text.startswith("&"):
        inner = text.lstrip("&").removeprefix("mut ").strip()
        yield candidate(
            f"{diagnostic.code}/copy-instead-of-borrow",
            f"copy `{inner}` out instead of borrowing it",
            [context.edit(file, start, end, inner)],
            0.35,
            diagnostic,
        )
        yield candidate(
            f"{diagnostic.code}/clone-instead-of-borrow",
            f"clone `{inner}` instead of borrowing it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            0.35,
            diagnostic,
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
        yield candidate(
            f"{diagnostic.code}/clone-borrowed",
            f"clone `{base}` so the mutation does not conflict with the borrow",
            [edit],
            0.4,
            diagnostic,
        )


def _reuse_borrow(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """`let state = &mut self.state; ... self.state ...` → use `*state` instead (E0503/E0506)."""
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
        yield candidate(
            f"{diagnostic.code}/reuse-borrow",
            f"read through the existing borrow `{binding.group(1)}`",
            [context.replace_expression(span.file, start, end, f"*{binding.group(1)}")],
            0.4,
            diagnostic,
        )


def _move_out_of_borrow(
    context: ProposalContext, diagnostic: Diagnostic, span: Span
) -> Iterator[Candidate]:
    if not context.owns(span.file):
        return
    text = context.span_text(span)
    if not text or "\n" in text or len(text) > 80:
        return
    start, end = context.span_chars(span)
    file = span.file
    code = diagnostic.code
    if text.startswith("*"):
        inner = text[1:]
        yield candidate(
            f"{code}/clone-instead-of-deref",
            f"clone `{inner}` instead of moving it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            0.45,
            diagnostic,
        )
    yield candidate(
        f"{code}/clone-at-use",
        f"clone `{text}` instead of moving out of a borrow",
        [context.edit(file, start, end, f"{wrap(text)}.clone()")],
        0.5,
        diagnostic,
    )
    yield candidate(
        f"{code}/borrow-instead-of-move",
        f"borrow `{text}` instead of moving it",
        [context.insert(file, start, "&")],
        0.35,
        diagnostic,
    )
    yield candidate(
        f"{code}/as-ref",
        f"look at `{text}` through `.as_ref()`",
        [context.edit(file, start, end, f"{wrap(text)}.as_ref()")],
        0.2,
        diagnostic,
    )
    yield candidate(
        f"{code}/take",
        f"take `{text}` out, leaving its default behind",
        [context.edit(file, start, end, f"std::mem::take(&mut {text})")],
        0.2,
        diagnostic,
    )
