"""Moves for mutability errors (E0596, E0594, E0384): make the binding or the access `mut`.

rustc suggests `mut` on a binding; what it does not suggest is reaching the value through a
mutable path: `.iter()` → `.iter_mut()`, `.get(` → `.get_mut(`, `&x` → `&mut x`, `&self` →
`&mut self`. Those are found by following the named binding back to where it was bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, backticked, candidate
from rusta.types import Candidate, Diagnostic

_MUTABLE_ACCESS = [
    (r"\.iter\(\)", ".iter_mut()"),
    (r"\.values\(\)", ".values_mut()"),
    (r"\.get\(", ".get_mut("),
    (r"\.first\(\)", ".first_mut()"),
    (r"\.last\(\)", ".last_mut()"),
    (r"\.as_ref\(\)", ".as_mut()"),
    (r"\.as_deref\(\)", ".as_deref_mut()"),
    (r"\.peek\(\)", ".peek_mut()"),
    (r"&(?!mut\b)", "&mut "),
]


def propose(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    names = backticked(diagnostic.message)
    if not names:
        return
    target = names[0].lstrip("*").split(".")[0].split("[")[0]
    if not re.fullmatch(r"[A-Za-z_]\w*", target):
        return
    text = context.text(span.file)
    at, _ = context.span_chars(span)
    yield from _mut_binding(context, diagnostic, target, text, at)
    if target == "self":
        yield from _mut_self(context, diagnostic, text, at)
    else:
        yield from _mutable_source(context, diagnostic, target, text, at)


def _mut_binding(
    context: ProposalContext, diagnostic: Diagnostic, name: str, text: str, at: int
) -> Iterator[Candidate]:
    """`let x` / `x: T` param / `|x|` → add `mut`, at the nearest binding before the error."""
    pattern = re.compile(rf"(\blet\s+|[(,|]\s*|\bfor\s+)(?!mut\b)({name})\b(?!\s*[(.])")
    matches = [m for m in pattern.finditer(text, 0, at)]
    for match in reversed(matches[-2:]):
        yield candidate(
            f"{diagnostic.code}/add-mut",
            f"declare `{name}` as `mut`",
            [context.insert(diagnostic.primary.file, match.start(2), "mut ")],
            0.5,
            diagnostic,
        )


def _mut_self(
    context: ProposalContext, diagnostic: Diagnostic, text: str, at: int
) -> Iterator[Candidate]:
    matches = list(re.finditer(r"&\s*self\b", text[:at]))
    if matches:
        match = matches[-1]
        yield candidate(
            f"{diagnostic.code}/mut-self",
            "take `&mut self`: the method mutates",
            [context.edit(diagnostic.primary.file, match.start(), match.end(), "&mut self")],
            0.45,
            diagnostic,
        )


def _mutable_source(
    context: ProposalContext, diagnostic: Diagnostic, name: str, text: str, at: int
) -> Iterator[Candidate]:
    """Find where `name` was bound (`for name in EXPR`, `let name = EXPR`, `Some(name) = EXPR`)
    and reach EXPR mutably; or make a `&T` parameter `&mut T`."""
    binding = None
    for match in re.finditer(
        rf"(?:\bfor\s+(?:\(\s*)?(?:\w+\s*,\s*)?{name}\b[^\n]*?\bin\s+|\blet\s+{name}\b[^=\n]*=\s*|"
        rf"\blet\s+\w+\({name}\)\s*=\s*|\bif\s+let\s+\w+\(\s*{name}\s*\)\s*=\s*|"
        rf"\bwhile\s+let\s+\w+\(\s*{name}\s*\)\s*=\s*)([^\n{{;]+)",
        text[:at],
    ):
        binding = match
    arm = re.search(rf"\b\w+\(\s*(?:ref\s+)?{name}\s*\)[^\n]*=>", text[:at])
    if arm:  # `match EXPR { Some(name) => ...}`: EXPR is the nearest `match` before the arm
        scrutinee = None
        for match in re.finditer(r"\bmatch\s+([^{\n]+?)\s*\{", text[: arm.start()]):
            scrutinee = match
        if scrutinee and (binding is None or scrutinee.start() > binding.start()):
            binding = scrutinee
    file = diagnostic.primary.file
    if binding:
        expression = binding.group(1)
        base = binding.start(1)
        for pattern, replacement in _MUTABLE_ACCESS:
            for hit in re.finditer(pattern, expression):
                yield candidate(
                    f"{diagnostic.code}/mutable-access",
                    f"reach `{name}` mutably: `{replacement.strip()}`",
                    [context.edit(file, base + hit.start(), base + hit.end(), replacement)],
                    0.45,
                    diagnostic,
                )
                break
    param = None
    for match in re.finditer(rf"\b{name}\s*:\s*&(?!mut\b)", text[:at]):
        param = match
    if param:
        yield candidate(
            f"{diagnostic.code}/mut-ref-param",
            f"take `{name}` as `&mut`",
            [context.edit(file, param.end() - 1, param.end(), "&mut ")],
            0.35,
            diagnostic,
        )
