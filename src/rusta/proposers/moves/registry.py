"""The move registry: every move is one decorated function, declared once, in its family's file.

A move is a named repair pattern a Rust developer would name (SPEC §3.2). It is declared with

    @move("add-mut", classes=(ErrorClass.MUTABILITY,), prior=0.5, doc="...")
    def add_mut(m: MoveContext) -> Iterator[Candidate]:
        ...
        yield m.candidate("declare `x` as `mut`", [edit])

and receives one argument, a `MoveContext`: the ProposalContext, the Diagnostic, and `once`,
which computes a family's shared pre-parsing (the binding a mutability error names, the
(type, trait) pairs of a trait error) a single time per diagnostic for all its moves.

Which moves run: a move applies to a diagnostic when its `codes` contain the diagnostic's code
(no codes: any code) and its `classes` contain the diagnostic's error class (no classes: any
class). `MovesProposer` asks `applicable(diagnostic)` and runs them in registration order
(the import order of the family modules in `moves/__init__.py`, then the order of the moves
in their file); there is no other routing.

Names (the scheme priors and memory key on). The registry name (`add-mut`) is a stable
identifier: it never changes once released, and `rusta moves list` documents it. The visible
key a Candidate carries, which the shipped `rusta/data/priors.json`, RUSTA_HOME/priors.json,
the DevLog and the memory tables store, is `<code>/<name>`: the diagnostic's code, a slash and
the registry name (`E0596/add-mut`). A diagnostic without a code (a parse error, a borrow
error rustc reports without one) uses the move's `prefix` instead (`syntax/insert-semicolon`,
`lifetime/unify-lifetimes`). The code-free learned key `moves:<name>` (see learn/priors.py) is
the registry name itself, so what a move learns on E0382 helps it on E0505.

A move that yields several variants of one idea declares them (`variants=`) and names the one
each candidate is (`m.candidate(..., variant="to-string")`); the variant then stands in the
key where the name would (`E0308/to-string`), because these keys predate the registry and the
shipped statistics are keyed on them. The prior is declared once; a variant or a ranked
alternative may state its own (`prior=`, from the family's table) or step below the declared
one (`lower=0.05 * rank`).

Each move names an `example`: a crate of the repository (an eval case or a test crate) whose
`cargo check` reports a diagnostic the move answers with at least one candidate;
tests/proposers/test_move_registry.py checks every move that way, so a move cannot be added,
or silently stop matching rustc's wording, without a case that exercises it.

Renames: a move that must be renamed keeps its old names in `formerly=`; `formerly_keys()`
maps every old key to the new one, and learn/priors.py reads a home's priors.json through it,
so learned statistics follow the move. (The visible keys were kept identical when the
registry replaced the hand-kept dispatch, so nothing needed migrating then.)
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rusta.proposers.context import ProposalContext, candidate
from rusta.types import Candidate, Diagnostic, ErrorClass, TextEdit

T = TypeVar("T")


@dataclass
class MoveContext:
    """The one argument of a move: what it may look at, and the family's shared parsing."""

    context: ProposalContext
    diagnostic: Diagnostic
    move: Move | None = None  # set by the registry before each move runs
    _once: dict[Callable[..., Any], Any] = field(default_factory=dict)

    def once(self, parse: Callable[[MoveContext], T]) -> T:
        """`parse(self)`, computed once per diagnostic however many moves ask for it."""
        if parse not in self._once:
            self._once[parse] = parse(self)
        return self._once[parse]

    @property
    def in_crate(self) -> bool:
        """The error is located in the crate's own code (not std or a macro expansion)."""
        span = self.diagnostic.primary
        return span is not None and self.context.owns(span.file)

    def key(self, variant: str | None = None) -> str:
        assert self.move is not None
        return self.move.key(self.diagnostic, variant)

    def candidate(
        self,
        intent: str,
        edits: Sequence[TextEdit],
        *,
        variant: str | None = None,
        prior: float | None = None,
        lower: float = 0.0,
    ) -> Candidate:
        """A candidate of the running move: its key and prior come from the registration."""
        assert self.move is not None
        if variant is not None and variant not in self.move.variants:
            raise ValueError(f"move {self.move.name} did not declare the variant {variant!r}")
        if prior is None:
            prior = self.move.prior if variant is None else self.move.variants[variant]
        return candidate(self.key(variant), intent, edits, prior - lower, self.diagnostic)


MoveFunction = Callable[[MoveContext], Iterable[Candidate]]


@dataclass(frozen=True)
class Move:
    """One registered move: its stable name, where it applies, its prior and its doc."""

    name: str
    family: str
    codes: frozenset[str]
    classes: frozenset[ErrorClass]
    prior: float
    doc: str
    run: MoveFunction
    prefix: str = ""  # stands in for the code when the diagnostic has none
    example: str = ""  # a crate (relative to the repository) on which `cargo check` exercises it
    variants: Mapping[str, float] = field(default_factory=dict)  # variant name → its prior
    formerly: tuple[str, ...] = ()

    def applies(self, diagnostic: Diagnostic) -> bool:
        return (not self.codes or diagnostic.code in self.codes) and (
            not self.classes or diagnostic.error_class in self.classes
        )

    def key(self, diagnostic: Diagnostic, variant: str | None = None) -> str:
        """The visible key of a candidate of this move for `diagnostic` (see the scheme)."""
        return f"{diagnostic.code or self.prefix}/{variant or self.name}"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a candidate of this move can carry after its code (a move with
        variants yields only its variants)."""
        return tuple(self.variants) if self.variants else (self.name,)


_REGISTRY: list[Move] = []


def move(
    name: str,
    *,
    prior: float,
    doc: str,
    codes: Iterable[str] = (),
    classes: Iterable[ErrorClass] = (),
    prefix: str = "",
    example: str = "",
    variants: Mapping[str, float] | None = None,
    formerly: Iterable[str] = (),
) -> Callable[[MoveFunction], MoveFunction]:
    """Register the decorated function as the move `name` (see the module docstring)."""

    def register(function: MoveFunction) -> MoveFunction:
        family = inspect.getmodule(function).__name__.rsplit(".", 1)[-1]  # type: ignore[union-attr]
        if any(m.name == name and m.family == family for m in _REGISTRY):
            raise ValueError(f"the move {family}/{name} is registered twice")
        _REGISTRY.append(
            Move(
                name=name,
                family=family,
                codes=frozenset(codes),
                classes=frozenset(classes),
                prior=prior,
                doc=" ".join(doc.split()),
                run=function,
                prefix=prefix,
                example=example,
                variants=dict(variants or {}),
                formerly=tuple(formerly),
            )
        )
        return function

    return register


def order_families(families: Sequence[str]) -> None:
    """Run the families in this order (each family's moves in the order of its file), whatever
    order Python imported them in (a family importing another's helpers registers it early)."""
    rank = {family: index for index, family in enumerate(families)}
    _REGISTRY.sort(key=lambda m: rank.get(m.family, len(rank)))  # stable: file order kept


def registered() -> tuple[Move, ...]:
    """Every move, in the order the proposer runs them."""
    return tuple(_REGISTRY)


def applicable(diagnostic: Diagnostic) -> list[Move]:
    return [m for m in _REGISTRY if m.applies(diagnostic)]


def run(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """The candidates of every move that applies, in registration order."""
    shared = MoveContext(context, diagnostic)
    for registered_move in applicable(diagnostic):
        shared.move = registered_move
        yield from registered_move.run(shared)


def formerly_keys(keys: Iterable[str]) -> dict[str, str]:
    """Old key → current key, for the keys among `keys` whose name part a move gave up."""
    renamed = {old: m.name for m in _REGISTRY for old in m.formerly}
    moved: dict[str, str] = {}
    for key in keys:
        head, sep, name = key.rpartition("/")
        if sep and name in renamed:
            moved[key] = f"{head}/{renamed[name]}"
        elif key.startswith("moves:") and key[6:] in renamed:
            moved[key] = f"moves:{renamed[key[6:]]}"
    return moved
