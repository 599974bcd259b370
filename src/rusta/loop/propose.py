"""Propose: ask every proposer about the step's targets, turn candidates into states, rank.

A candidate is kept as the full state it leads to (new text of the files it touches), so
two proposers that suggest the same edit are validated once, and a composite (a candidate
plus the follow-ups it makes necessary) is just another state.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rusta.config import Settings
from rusta.errors import EditFailed
from rusta.learn.priors import Priors
from rusta.llm.factory import backend_for
from rusta.patch.count import changed_lines
from rusta.patch.textedit import apply_edits
from rusta.proposers.compiler import CompilerSuggestions, machine_applicable_bundle
from rusta.proposers.context import ProposalContext
from rusta.proposers.memory import MemoryProposer
from rusta.proposers.model import ModelProposer
from rusta.proposers.moves import MovesProposer
from rusta.protocols import Proposer
from rusta.trace.events import Tracer
from rusta.types import Candidate, Diagnostic, TextEdit


@dataclass(frozen=True)
class Proposal:
    """A candidate and the crate state it leads to (files that differ from the user's tree)."""

    candidate: Candidate
    files: Mapping[str, str]
    p_green: float
    lines: int  # changed lines relative to the state the step started from
    state_hash: str
    target: Diagnostic | None = None  # the diagnostic the candidate was proposed for


def default_proposers(
    memory: MemoryProposer | None = None,
    settings: Settings | None = None,
    tracer: Tracer | None = None,
) -> list[Proposer]:
    """Compiler suggestions, the moves library, memory; and the model when one is set up
    (SPEC §8: optional, last, and proven like the rest)."""
    proposers: list[Proposer] = [CompilerSuggestions(), MovesProposer(), memory or MemoryProposer()]
    backend = backend_for(settings) if settings is not None else None
    if backend is not None:
        model = ModelProposer(backend, settings, tracer.emit if tracer else None)
        # model_only measures the model alone (`rusta eval --model-only`)
        proposers = [model] if settings is not None and settings.model_only else [*proposers, model]
    return proposers


def state_hash(files: Mapping[str, str]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return digest.hexdigest()[:16]


def gather(
    proposers: Sequence[Proposer],
    context: ProposalContext,
    targets: Sequence[Diagnostic],
    state: Mapping[str, str],
    priors: Priors,
    limit: int,
    seen: set[str],
) -> list[Proposal]:
    """Every distinct, applicable candidate for the targets, best first, at most `limit`."""
    proposals: dict[str, Proposal] = {}
    for target, candidate in _candidates(proposers, context, targets):
        proposal = to_proposal(candidate, context, state, priors, target)
        if proposal is None or proposal.state_hash in seen:
            continue
        kept = proposals.get(proposal.state_hash)
        if kept is None or proposal.p_green > kept.p_green:
            proposals[proposal.state_hash] = proposal
    ranked = sorted(proposals.values(), key=lambda p: (-p.p_green, p.lines))
    return ranked[:limit]


def _candidates(
    proposers: Sequence[Proposer], context: ProposalContext, targets: Sequence[Diagnostic]
) -> Iterable[tuple[Diagnostic | None, Candidate]]:
    bundle = machine_applicable_bundle(targets, context)
    if bundle is not None:
        yield None, bundle
    for diagnostic in targets:
        for proposer in proposers:
            for candidate in proposer.propose(context, diagnostic):
                yield diagnostic, candidate


def to_proposal(
    candidate: Candidate,
    context: ProposalContext,
    state: Mapping[str, str],
    priors: Priors,
    target: Diagnostic | None = None,
) -> Proposal | None:
    if _adds_placeholder(candidate, context):
        return None
    try:
        changed = apply_edits(context.text, candidate.edits)
    except EditFailed:
        return None  # an edit that does not apply is an observation, not an error
    changed = {name: text for name, text in changed.items() if text != context.text(name)}
    if not changed or _calls_main(changed, context):
        return None
    lines = sum(changed_lines(context.text(name), text) for name, text in changed.items())
    files = {**state, **changed}
    return Proposal(candidate, files, priors.estimate(candidate), lines, state_hash(files), target)


# rustc fills a missing match arm or trait method with `todo!()`. That compiles, and the tests
# may never reach it, but it is a panic waiting at run time, not a fix: Rusta would rather
# abstain and name what is missing than commit a placeholder as "green".
_PLACEHOLDERS = ("todo!(", "unimplemented!(", 'expect("REASON")')


def _adds_placeholder(candidate: Candidate, context: ProposalContext) -> bool:
    for edit in candidate.edits:
        added = [m for m in _PLACEHOLDERS if m in edit.replacement]
        if not added:
            continue
        original = _replaced_text(edit, context)
        if any(edit.replacement.count(m) > original.count(m) for m in added):
            return True
    return False


# Nothing calls `main`: a candidate that adds a call to it (a typo fix or a rename of an
# unknown function to the one name every binary has) compiles and recurses forever.
_MAIN_CALL = re.compile(r"(?<![\w:.])(?<!fn )main\s*\(")


def _calls_main(changed: Mapping[str, str], context: ProposalContext) -> bool:
    return any(
        len(_MAIN_CALL.findall(text)) > len(_MAIN_CALL.findall(context.text(name)))
        for name, text in changed.items()
    )


def _replaced_text(edit: TextEdit, context: ProposalContext) -> str:
    try:
        return context.text(edit.file).encode()[edit.byte_start : edit.byte_end].decode()
    except (OSError, UnicodeDecodeError):
        return ""
