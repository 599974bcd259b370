"""Log (SPEC §2): how the episode ended, as an Outcome, the trace's closing event and a DevLog.

`outcome_of` turns what the search did (every attempt, the winning path) into the Outcome the
faces show; `close` is the last thing an episode does, whatever happened before it: it emits
the trace's `log` event and writes the episodic DevLog entry (memory reads the trace for
it). An exception inside the episode still gets both (status "error"), then propagates: a
bug in Rusta is an exception, but it must not leave an episode without a diary entry.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from rusta.home import Home
from rusta.loop.context import Episode
from rusta.loop.flow import Abstain
from rusta.loop.search import Attempt, Solution
from rusta.memory.episodes import EpisodeRecord, log_episode
from rusta.types import Outcome, Status, Step


def outcome_of(
    episode: Episode, status: Status, solution: Solution | None = None, **fields: Any
) -> Outcome:
    """The Outcome of `episode` ending with `status`; `fields` are the Outcome's own
    (diff, changed_lines, confidence, reason, ...)."""
    attempts = episode.searcher.state.attempts
    path = solution.path if solution else []
    counts: dict[str, dict[str, int]] = {}
    for name, number in Counter(a.proposal.candidate.proposer for a in attempts).items():
        counts.setdefault(name, {"candidates": 0, "winners": 0})["candidates"] = number
    for attempt in path:
        proposer = attempt.proposal.candidate.proposer
        counts.setdefault(proposer, {"candidates": 0, "winners": 0})["winners"] += 1
    fields.setdefault("applied", False)
    fields.setdefault("diff", "")
    fields.setdefault("changed_lines", 0)
    fields.setdefault("error_codes", ())
    if solution is not None and episode.validator.test_mode:
        fields.setdefault("repaired_tests", tuple(sorted(episode.validator.target_tests)))
    return Outcome(
        status=status,
        steps=tuple(Step(a.proposal.candidate, a.verdict, a.proposal.lines) for a in path),
        candidates_validated=len(attempts),
        proposer_counts=counts,
        tests_run=tuple(sorted(solution.tests.passed)) if solution else (),
        trace_id=episode.tracer.trace_id,
        seconds=time.monotonic() - episode.started,
        files=dict(solution.files) if solution else {},
        tried=tuple((a.proposal.candidate.move, verdict_phrase(a)) for a in attempts),
        **fields,
    )


def abstained(episode: Episode, signal: Abstain) -> Outcome:
    episode.tracer.emit("abstain", reason=signal.reason, next_probes=list(signal.next_probes))
    remaining = tuple(episode.validator.check({}).diagnostics)
    return outcome_of(
        episode,
        Status.ABSTAIN,
        reason=signal.reason,
        next_probes=signal.next_probes,
        remaining=remaining,
        error_codes=tuple(sorted({d.code or "syntax" for d in remaining if d.is_error})),
        failing_tests=signal.failing_tests,
    )


def failed(episode: Episode, error: BaseException) -> Outcome:
    """An episode a bug (or an interrupt) ended: nothing was applied, say what happened."""
    reason = f"Rusta failed: {type(error).__name__}: {error}"
    return outcome_of(episode, Status.ERROR, reason=reason)


def close(episode: Episode) -> None:
    """The trace's closing event and the DevLog entry, for every episode however it ended."""
    outcome = episode.outcome
    if outcome is None:  # ended by something that is not an exception (a generator closed)
        outcome = episode.outcome = outcome_of(episode, Status.ERROR, reason="the episode stopped")
    state = episode.searcher.state
    episode.tracer.emit(
        "log",
        status=str(outcome.status),
        applied=outcome.applied,
        changed_lines=outcome.changed_lines,
        candidates_validated=outcome.candidates_validated,
        seconds=round(time.monotonic() - episode.started, 2),
        red_validations=state.red,
        repeat_mistakes=state.repeat_mistakes,
        known_red_skipped=state.known_red_skipped,
        mode=episode.mode,
        experiments=episode.experiments,
        profile=episode.profile.payload(),
    )
    task = episode.task
    trace = Home.of(task.home).trace(episode.tracer.trace_id)
    record = EpisodeRecord(episode.memory.repo, task.crate.name, task.git_head, outcome, trace)
    log_episode(task.home, record)


def verdict_phrase(attempt: Attempt) -> str:
    verdict = attempt.verdict
    if attempt.accepted:
        return f"progress: {verdict.errors_before} → {verdict.errors_after} problems"
    if verdict.new_errors:
        return f"introduced {verdict.new_errors[0]}"
    if verdict.reason.startswith("refused: "):  # never built (validate.outside_scope)
        return verdict.reason
    return f"no progress ({verdict.errors_after} problems remain)"
