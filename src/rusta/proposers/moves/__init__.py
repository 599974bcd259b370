"""The moves library (SPEC §3.2): named repair patterns per error class.

Each class has a module; `MovesProposer` dispatches a diagnostic to the modules of its class
and to the cross-class moves that apply by code (a typo can surface as E0425 or E0599).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

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
    syntax,
    traits,
)
from rusta.types import Candidate, Diagnostic, ErrorClass

Move = Callable[[ProposalContext, Diagnostic], Iterable[Candidate]]

BY_CLASS: dict[ErrorClass, tuple[Move, ...]] = {
    ErrorClass.MOVE: (ownership.propose_move, reorder.propose),
    ErrorClass.BORROW: (ownership.propose_borrow, ownership.propose_move, reorder.propose),
    ErrorClass.MUTABILITY: (mutability.propose,),
    ErrorClass.TRAIT: (traits.propose, analogy.propose, names.propose_unresolved),
    ErrorClass.TYPE: (conversions.propose, arity.propose, traits.propose, analogy.propose),
    ErrorClass.UNRESOLVED: (names.propose_unresolved, traits.propose, conversions.propose_receiver),
    ErrorClass.VISIBILITY: (names.propose_visibility,),
    ErrorClass.LIFETIME: (lifetimes.propose, ownership.propose_borrow),
    ErrorClass.SYNTAX: (syntax.propose,),
    ErrorClass.LINT: (lints.propose,),
    ErrorClass.OTHER: (syntax.propose, conversions.propose),
}


class MovesProposer:
    name = "moves"

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        for move in BY_CLASS.get(diagnostic.error_class, ()):
            yield from move(context, diagnostic)
