"""Research Mode (SPEC §6): every hypothesis for every diagnostic, as a bounded experiment.

For each problem of the crate, the proposers' candidates are the hypotheses; the best B
(settings.explore_budget) are tried one by one in sandbox slots, each judged alone against
the baseline (did its target go away, with nothing new before it?). Every experiment is
recorded as a LabLog, and its outcome updates the move's prior: what worked feeds the moves
library. The user's tree is never written: only slots are.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rusta.config import Settings
from rusta.knowledge.research import LabRecord, write_lablog
from rusta.loop import log
from rusta.loop.context import Episode
from rusta.loop.episode import open_episode
from rusta.loop.flow import Abstain
from rusta.loop.propose import Proposal, default_proposers, gather
from rusta.loop.validate import Validator
from rusta.patch.diff import unified_diff
from rusta.proposers.context import ProposalContext
from rusta.types import Diagnostic, Status


def run_research(
    path: Path, settings: Settings, home: Path, say: Callable[[str], None] = lambda _: None
) -> list[LabRecord]:
    """Every hypothesis for every problem, judged alone; the LabLogs are written as the
    episode ends (and `open_episode` logs it, whatever is raised)."""
    with open_episode(path, settings, home, mode="research", proposers=default_proposers()) as ep:
        records = _experiments(ep, say)
        for record in records:
            write_lablog(home, record, str(ep.task.crate.root))
        ep.experiments = len(records)
        fixed = sum(r.outcome == "fixed" for r in records)
        ep.finish(log.outcome_of(ep, Status.RESEARCHED, reason=f"{fixed} of {len(records)} fixed"))
    outcome = ep.outcome
    if outcome is not None and outcome.status is Status.ABSTAIN:  # logged; the face says why
        raise Abstain(outcome.reason, outcome.next_probes, outcome.failing_tests)
    return records


def _experiments(episode: Episode, say: Callable[[str], None]) -> list[LabRecord]:
    validator = episode.validator
    baseline = validator.baseline(lints=True, proving=False)
    targets = validator.targets(baseline)
    if not targets:
        _refuse_failing_tests(validator)
    context = ProposalContext(
        read=episode.pristine, files=episode.task.rust_files, diagnostics=baseline
    )
    records: list[LabRecord] = []
    for target in targets:
        proposals = gather(
            episode.searcher.proposers,
            context,
            [target],
            {},
            episode.priors,
            episode.settings.explore_budget,
            set(),
        )
        say(f"{_describe(target)}: {len(proposals)} hypothesis(es)")
        if not proposals:
            records.append(_no_hypothesis(target))
        for start in range(0, len(proposals), validator.width):
            batch = proposals[start : start + validator.width]
            records += _judged(episode, batch, target, baseline)
    return records


def _refuse_failing_tests(validator: Validator) -> None:
    """A compiling crate with failing tests is not clean: say so (Abstain) instead of
    "nothing to research". Experiments on failing tests come with test repair."""
    tests = validator.baseline_tests()
    if not tests.green:
        raise Abstain(
            f"the crate compiles, but {len(tests.failing)} test(s) fail; Rusta has no "
            "hypotheses for failing tests yet",
            failing_tests=tests.failing,
        )


def _judged(
    episode: Episode,
    batch: Sequence[Proposal],
    target: Diagnostic,
    baseline: Sequence[Diagnostic],
) -> list[LabRecord]:
    """One experiment per hypothesis, side by side in the slots, each judged alone."""
    started = time.monotonic()
    validator = episode.validator
    verdicts = validator.judge([p.files for p in batch], baseline)
    seconds = (time.monotonic() - started) / max(1, len(batch))
    before = validator.problems(baseline)
    records = []
    for proposal, verdict in zip(batch, verdicts, strict=True):
        after = validator.problems(validator.check(proposal.files).diagnostics)
        gone = _count(target, after) < _count(target, before)
        outcome = _outcome(verdict.green, gone, list(verdict.new_errors))
        records.append(_record(episode, proposal, target, outcome, seconds))
    return records


def _record(
    episode: Episode, proposal: Proposal, target: Diagnostic, outcome: str, seconds: float
) -> LabRecord:
    candidate = proposal.candidate
    episode.priors.record(candidate, outcome == "fixed")
    old = {name: episode.pristine(name) for name in proposal.files}
    diff = unified_diff(old, proposal.files)
    episode.tracer.emit(
        "validate",
        mode="research",
        green=outcome == "fixed",
        move=candidate.move,
        outcome=outcome,
        p_green=round(proposal.p_green, 3),
    )
    judge = "clippy" if episode.validator.lint_mode else "check"
    return LabRecord(
        diagnostic=_describe(target),
        code=target.code,
        hypothesis=candidate.move,
        intent=candidate.intent,
        experiment=diff + f"\n# judged by: cargo {judge}",
        outcome=outcome,
        confidence_before=proposal.p_green,
        confidence_after=episode.priors.estimate(candidate),
        seconds=seconds,
    )


def _outcome(accepted: bool, gone: bool, introduced: list[str]) -> str:
    if gone and accepted:
        return "fixed"
    if introduced:
        return "new problems"
    return "progress" if accepted else "no progress"


def _count(target: Diagnostic, diagnostics: Sequence[Diagnostic]) -> int:
    return sum((d.code, d.message) == (target.code, target.message) for d in diagnostics)


def _no_hypothesis(target: Diagnostic) -> LabRecord:
    return LabRecord(
        _describe(target),
        target.code,
        "none",
        "no proposer had an idea",
        "",
        "no hypothesis",
        0.0,
        0.0,
    )


def _describe(diagnostic: Diagnostic) -> str:
    span = diagnostic.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    return f"{diagnostic.code or 'syntax'} {diagnostic.message}{where}"
