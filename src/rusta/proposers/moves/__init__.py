"""The moves library (SPEC §3.2): named repair patterns, one registered function per move.

Each family of moves has a module; every move in it is declared once with `@move(...)` (see
`registry.py` for the naming scheme and how a move is matched to a diagnostic). Importing the
families registers their moves; FAMILIES is the order the families run in (it matters only for
candidates that tie on p(green) and size). A new move needs no line here; a new family does.
"""

from __future__ import annotations

from collections.abc import Iterator

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import (
    analogy,
    arity,
    conversions,
    lifetimes,
    lints,
    mutability,
    names,
    ownership,
    reorder,
    repair,
    syntax,
    traits,
)
from rusta.proposers.moves.registry import order_families, registered, run
from rusta.types import Candidate, Diagnostic

__all__ = ["MovesProposer", "registered"]

FAMILIES = (ownership, reorder, mutability, conversions, arity, traits, analogy, names)
FAMILIES += (lifetimes, syntax, lints, repair)
order_families([family.__name__.rsplit(".", 1)[-1] for family in FAMILIES])


class MovesProposer:
    name = "moves"

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        yield from run(context, diagnostic)
