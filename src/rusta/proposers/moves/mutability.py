"""Moves for mutability errors (E0596, E0594, E0384): make the binding or the access `mut`.

rustc suggests `mut` on a binding; what it does not suggest is reaching the value through a
mutable path: `.iter()` → `.iter_mut()`, `.get(` → `.get_mut(`, `&x` → `&mut x`, `&self` →
`&mut self`. Those are found by following the named binding back to where it was bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import backticked
from rusta.proposers.moves.registry import MoveContext, move
from rusta.types import Candidate, ErrorClass

MUTABLE = (ErrorClass.MUTABILITY,)

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


def _target(m: MoveContext) -> tuple[str, str, int] | None:
    """(the binding the error names, the file's text, where the error is), or None."""
    span = m.diagnostic.primary
    if span is None or not m.context.owns(span.file):
        return None
    names = backticked(m.diagnostic.message)
    if not names:
        return None
    target = names[0].lstrip("*").split(".")[0].split("[")[0]
    if not re.fullmatch(r"[A-Za-z_]\w*", target):
        return None
    return target, m.context.text(span.file), m.context.span_chars(span)[0]


@move(
    "add-mut",
    example="examples/suite/move/03-event-batch",
    classes=MUTABLE,
    prior=0.5,
    doc="`let x` / `x: T` / `|x|` → `mut x`, at the nearest binding before the error.",
)
def add_mut(m: MoveContext) -> Iterator[Candidate]:
    if (found := m.once(_target)) is None:
        return
    name, text, at = found
    pattern = re.compile(rf"(\blet\s+|[(,|]\s*|\bfor\s+)(?!mut\b)({name})\b(?!\s*[(.])")
    matches = list(pattern.finditer(text, 0, at))
    for match in reversed(matches[-2:]):
        yield m.candidate(
            f"declare `{name}` as `mut`",
            [m.context.insert(m.diagnostic.primary.file, match.start(2), "mut ")],
        )


@move(
    "mut-self",
    example="examples/suite/mutability/03-token-bucket",
    classes=MUTABLE,
    prior=0.45,
    doc="`&self` → `&mut self`: the method mutates what it was given to read.",
)
def mut_self(m: MoveContext) -> Iterator[Candidate]:
    if (found := m.once(_target)) is None or found[0] != "self":
        return
    _, text, at = found
    matches = list(re.finditer(r"&\s*self\b", text[:at]))
    if matches:
        match = matches[-1]
        yield m.candidate(
            "take `&mut self`: the method mutates",
            [m.context.edit(m.diagnostic.primary.file, match.start(), match.end(), "&mut self")],
        )


def _binding(m: MoveContext) -> re.Match[str] | None:
    """Where the named binding was bound (`for name in EXPR`, `let name = EXPR`,
    `Some(name) = EXPR`, a `match EXPR` arm): group 1 is EXPR."""
    if (found := m.once(_target)) is None or found[0] == "self":
        return None
    name, text, at = found
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
    return binding


@move(
    "mutable-access",
    example="examples/suite/mutability/06-word-frequency-closure",
    classes=MUTABLE,
    prior=0.45,
    doc="Reach the value mutably where it was bound: `.iter()` → `.iter_mut()`, `.get(` → "
    "`.get_mut(`, `&x` → `&mut x` (first access of each kind in the binding's expression).",
)
def mutable_access(m: MoveContext) -> Iterator[Candidate]:
    if (binding := m.once(_binding)) is None:
        return
    name = m.once(_target)[0]
    file = m.diagnostic.primary.file
    expression = binding.group(1)
    base = binding.start(1)
    for pattern, replacement in _MUTABLE_ACCESS:
        for hit in re.finditer(pattern, expression):
            yield m.candidate(
                f"reach `{name}` mutably: `{replacement.strip()}`",
                [m.context.edit(file, base + hit.start(), base + hit.end(), replacement)],
            )
            break


@move(
    "mut-ref-param",
    example="examples/suite/mutability/05-cart-promotions",
    classes=MUTABLE,
    prior=0.35,
    doc="A `name: &T` parameter the body mutates through becomes `name: &mut T`.",
)
def mut_ref_param(m: MoveContext) -> Iterator[Candidate]:
    if (found := m.once(_target)) is None or found[0] == "self":
        return
    name, text, at = found
    file = m.diagnostic.primary.file
    param = None
    for match in re.finditer(rf"\b{name}\s*:\s*&(?!mut\b)", text[:at]):
        param = match
    if param:
        yield m.candidate(
            f"take `{name}` as `&mut`",
            [m.context.edit(file, param.end() - 1, param.end(), "&mut ")],
        )
