"""Search by root cause (issue 20): one step per cause, not one per error.

`knowledge/rootcause.py` groups a step's errors by what they point at. The search then
- orders its queue by cause: a candidate that answers a whole cause (the `rootcause` moves:
  the definition changed once, or every use changed in one patch) comes before the per-site
  ones, and the causes take turns, so one batch holds the best candidate of each cause and
  a cause's candidates never wait behind another cause's failures;
- combines the winners: when a batch makes progress on two or more independent causes with
  edits that do not touch each other, their union is validated as one more candidate, so
  two unrelated errors cost two searches side by side, not their product.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from rusta.knowledge.rootcause import Cause, cause_of
from rusta.learn.priors import Priors
from rusta.loop.propose import Proposal, to_proposal
from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import registered
from rusta.types import TextEdit, Verdict

_WHOLE_CAUSE = frozenset(m.name for m in registered() if m.family == "rootcause")
_DEFINITION_SIDE = frozenset(
    {"retype-parameter", "drop-parameter", "rename-field", "rename-method", "borrow-receiver"}
    | {"retype-return", "rename-definition"}
)


class _Attempt(Protocol):
    proposal: Proposal
    verdict: Verdict
    accepted: bool


def answers_cause(proposal: Proposal) -> bool:
    """The candidate fixes a whole cause at once (one of the `rootcause` moves)."""
    return proposal.candidate.move.split("/", 1)[-1] in _WHOLE_CAUSE


def by_cause(proposals: Sequence[Proposal], causes: Sequence[Cause]) -> list[Proposal]:
    """The queue with the causes taking turns (the biggest cause first), whole-cause
    candidates first within each cause (the smaller first), the proposers' ranking kept
    otherwise; unchanged when no cause has more than one error."""
    if not any(c.grouped for c in causes):
        return list(proposals)  # independent errors only: the proposers' ranking stands
    lanes: dict[int, list[Proposal]] = {}
    for proposal in proposals:
        cause = cause_of(causes, proposal.target) if proposal.target is not None else None
        lane = causes.index(cause) if cause is not None else len(causes)
        lanes.setdefault(lane, []).append(proposal)
    ordered = [sorted(lanes[k], key=_whole_cause_first) for k in sorted(lanes)]
    queue: list[Proposal] = []
    for rank in range(max((len(lane) for lane in ordered), default=0)):
        queue += [lane[rank] for lane in ordered if rank < len(lane)]
    return queue


def _whole_cause_first(proposal: Proposal) -> tuple[bool, int, bool]:
    """Whole-cause candidates first, the smaller first, so a cause's definition side and use
    side meet in one batch and the smaller green one wins; at equal size the uses change
    first (a definition is an API: at equal cost it stays)."""
    if not answers_cause(proposal):
        return (True, 0, False)
    name = proposal.candidate.move.split("/", 1)[-1]
    return (False, proposal.lines, name in _DEFINITION_SIDE)


def combined(
    attempts: Sequence[_Attempt],
    causes: Sequence[Cause],
    state: Mapping[str, str],
    context: ProposalContext,
    priors: Priors,
) -> Proposal | None:
    """The best accepted candidate of each independent cause, joined into one candidate
    (None when fewer than two causes made progress or their edits overlap)."""
    best: dict[int, _Attempt] = {}
    for attempt in attempts:
        target = attempt.proposal.target
        cause = cause_of(causes, target) if target is not None else None
        if not attempt.accepted or cause is None or "+" in attempt.proposal.candidate.move:
            continue
        lane = causes.index(cause)
        kept = best.get(lane)
        if kept is None or _better(attempt, kept):
            best[lane] = attempt
    if len(best) < 2:
        return None
    chosen = [best[lane] for lane in sorted(best)]
    edits: list[TextEdit] = []
    for attempt in chosen:
        for edit in attempt.proposal.candidate.edits:
            if any(_overlap(edit, other) for other in edits):
                return None
            edits.append(edit)
    first = chosen[0].proposal
    candidate = replace(
        first.candidate,
        move="+".join(a.proposal.candidate.move for a in chosen),
        intent="; and ".join(a.proposal.candidate.intent for a in chosen),
        edits=tuple(edits),
        prior=min(a.proposal.p_green for a in chosen),
    )
    proposal = to_proposal(candidate, context, state, priors, first.target)
    if proposal is None:
        return None
    p_green = 1.0
    for attempt in chosen:
        p_green *= attempt.proposal.p_green
    return replace(proposal, p_green=p_green)


def _better(a: _Attempt, b: _Attempt) -> bool:
    return (a.verdict.errors_after, a.proposal.lines) < (b.verdict.errors_after, b.proposal.lines)


def _overlap(a: TextEdit, b: TextEdit) -> bool:
    return a.file == b.file and a.byte_start <= b.byte_end and b.byte_start <= a.byte_end
