"""The episode (SPEC §2), top to bottom: Intake → Probe → Propose ⇄ Validate → Commit | Abstain.

`run_episode` is the whole conductor. Everything it decides is delegated to `policy`, every
candidate comes from `proposers`, every proof happens in sandbox slots, and the user's tree is
written only by `commit.apply_to_tree`, only with a green final state. The `finally` block
saves what was learned, closes the slots (deleting their copies) and flushes the trace, so an
abort never leaves anything half-done.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rusta.config import Settings
from rusta.learn.priors import Priors
from rusta.llm.factory import backend_for
from rusta.loop import intake, policy, probe
from rusta.loop.commit import apply_to_tree, provenance
from rusta.loop.flow import Abstain
from rusta.loop.search import Attempt, Searcher, Solution
from rusta.loop.validate import baseline_tests, libtest_name
from rusta.memory.episodes import EpisodeRecord, log_episode
from rusta.memory.scope import MemoryScope, open_scope
from rusta.patch.count import changed_lines
from rusta.patch.describe import change_title
from rusta.patch.diff import unified_diff
from rusta.patch.shrink import hunks_between, shrink
from rusta.proposers.compiler import CompilerSuggestions
from rusta.proposers.memory import MemoryProposer
from rusta.proposers.model import ModelProposer
from rusta.proposers.moves import MovesProposer
from rusta.protocols import Proposer, TraceSink
from rusta.sandbox.slots import pool
from rusta.tools import rustfmt
from rusta.trace.events import Tracer
from rusta.trace.jsonl import JsonlSink
from rusta.trace.tree import diagnostic_keys, file_hashes
from rusta.types import Alternative, Diagnostic, Outcome, Step, TestCase


def default_proposers(
    memory: MemoryProposer | None = None,
    settings: Settings | None = None,
    tracer: Tracer | None = None,
) -> list[Proposer]:
    proposers: list[Proposer] = [CompilerSuggestions(), MovesProposer(), memory or MemoryProposer()]
    backend = backend_for(settings) if settings is not None else None
    if backend is not None:  # SPEC §8: the model is optional, last, and proven like the rest
        proposers.append(ModelProposer(backend, settings, tracer.emit if tracer else None))
    return proposers


def run_episode(
    path: Path,
    settings: Settings,
    home: Path,
    *,
    dry_run: bool = False,
    lints: bool = True,
    sinks: Sequence[TraceSink] = (),
    proposers: Sequence[Proposer] | None = None,
    explore_alternatives: bool = False,
) -> Outcome:
    """One episode. `explore_alternatives` (a person is choosing: the CLI, an editor) also
    validates a few more first-step candidates so other proven fixes can be offered; eval
    and the daemon keep the search as lean as it was."""
    started = time.monotonic()
    task = intake.start(path, settings, home)
    tracer = Tracer()
    tracer.sinks = [JsonlSink(home / "traces", tracer.trace_id), *sinks]
    tracer.emit(
        "intake",
        crate=task.crate.name,
        root=str(task.crate.root),
        git_head=task.git_head,
        dirty=task.git_dirty,
        files=len(task.rust_files),
        dry_run=dry_run,
        tree=file_hashes(task.crate.root, task.rust_files),  # lets replay rebuild this state
    )
    priors = Priors(home / "priors.json")
    root = task.crate.root

    def read_pristine(name: str) -> str:
        return (root / name).read_bytes().decode("utf-8")  # keep CRLF: rustc counts its bytes

    memory = open_scope(home, root, settings.memory)
    recall = MemoryProposer(memory.cache, memory.repo, memory.scope)
    with pool(home, root, settings.slots) as slots:
        searcher = Searcher(
            slots,
            settings,
            proposers or default_proposers(recall, settings, tracer),
            priors,
            tracer,
            task.rust_files,
            read_pristine,
            lint_mode=False,
            baseline_passing=None,
            ledger=memory.ledger,
        )
        try:
            outcome = _run(
                task,
                searcher,
                tracer,
                read_pristine,
                (dry_run, lints, explore_alternatives),
                started,
                memory,
            )
        except Abstain as signal:
            outcome = _abstain(searcher, tracer, signal, started)
        finally:
            searcher.close()
            priors.save()
    # Log (SPEC §2): the episodic DevLog and the procedural move statistics.
    trace = home / "traces" / f"{tracer.trace_id}.jsonl"
    log_episode(home, EpisodeRecord(memory.repo, task.crate.name, task.git_head, outcome, trace))
    return outcome


def _run(
    task: intake.Task,
    searcher: Searcher,
    tracer: Tracer,
    read_pristine,
    modes: tuple[bool, bool, bool],
    started: float,
    memory: MemoryScope,
) -> Outcome:
    dry_run, lints, explore_alternatives = modes
    settings = task.settings
    baseline = searcher.check({}).diagnostics
    errors = [d for d in baseline if d.is_error]
    if not errors and lints and settings.clippy:
        searcher.lint_mode = True
        baseline = searcher.check({}).diagnostics
    targets = policy.problems(baseline, searcher.lint_mode)
    probe.evidence(tracer, baseline, targets, searcher)
    probe.structure(tracer, targets, memory, task.rust_files, read_pristine)
    if not targets:
        _refuse_failing_tests(searcher, tracer)
        tracer.emit("decide", decision="nothing-to-do", lint_mode=searcher.lint_mode, baseline=[])
        return _outcome(searcher, tracer, "nothing-to-do", started, reason="no errors or lints")
    if searcher.lint_mode:
        report = searcher.slots[0].test(settings.test_timeout)
        searcher.baseline_passing = report.passed
    tracer.emit(
        "decide",
        decision="search",
        gear=policy.gear(targets),
        intent=_intent(targets),
        targets=len(targets),
        lint_mode=searcher.lint_mode,
        baseline=diagnostic_keys(targets),
    )
    solution = searcher.search({}, list(baseline))
    if solution is None:
        raise Abstain(_why_abstain(searcher), probe.next_probes(targets))
    solution = _shrunk(task, searcher, solution, read_pristine)
    solution = _formatted(task, searcher, solution, read_pristine)
    alternatives = _alternatives(searcher, solution, read_pristine, explore_alternatives)
    if memory.cache is not None:
        cache = memory.cache.for_episode(tracer.trace_id, applied=not dry_run)  # dry: pending
        searcher.remember_green(solution, cache, memory.repo, memory.manifest)
    old = {name: read_pristine(name) for name in solution.files}
    diff = unified_diff(old, solution.files)
    lines = sum(changed_lines(old[name], text) for name, text in solution.files.items())
    codes = tuple(sorted({d.code or "syntax" for d in targets}))
    confidence = _confidence(solution)
    tracer.emit(
        "reflect",
        outcome="green",
        moves=[a.proposal.candidate.move for a in solution.path],
        why="every problem fixed, " + _tests_phrase(solution),
        path=[a.proposal.state_hash for a in solution.path],
        diff=diff,
        changed_lines=lines,
        tests_passed=sorted(solution.tests.passed),
    )
    commit = outcome_note = ""
    if not dry_run:
        footer = provenance(tracer.trace_id, lines, codes, len(solution.tests.passed))
        message = f"rusta: {_intent(targets)}"
        applied = apply_to_tree(task.home, task.crate.root, solution.files, message, footer)
        commit = applied.commit
        outcome_note = applied.no_commit_reason  # why no git commit (dirty tree, git failed)
        tracer.emit(
            "commit",
            files=sorted(solution.files),
            commit=commit,
            undo=str(applied.record),
            changed_lines=lines,
        )
    outcome = _outcome(
        searcher,
        tracer,
        "green",
        started,
        solution=solution,
        diff=diff,
        lines=lines,
        codes=codes,
        applied=not dry_run,
        confidence=confidence,
        commit=commit,
        intent=_intent(targets),
        title=change_title(old, solution.files),
        alternatives=alternatives,
    )
    return replace(outcome, commit_note=outcome_note)


def _alternatives(
    searcher: Searcher, solution: Solution, read_pristine, explore: bool
) -> tuple[Alternative, ...]:
    """The other proven one-step fixes (SPEC §2 Decide), for `--pick N` and editors."""
    found = []
    for other in searcher.alternatives(solution, searcher.settings.alternatives, explore):
        old = {name: read_pristine(name) for name in other.files}
        candidate = other.path[0].proposal
        found.append(
            Alternative(
                title=change_title(old, other.files),
                move=candidate.candidate.move,
                diff=unified_diff(old, other.files),
                files=dict(other.files),
                changed_lines=sum(changed_lines(old[n], t) for n, t in other.files.items()),
                p_green=round(candidate.p_green, 3),
                tests_run=tuple(sorted(other.tests.passed)),
            )
        )
    return tuple(found)


def _refuse_failing_tests(searcher: Searcher, tracer: Tracer) -> None:
    """A crate that compiles but fails its tests is not clean (SPEC §2 Failing tests).

    Rusta does not repair failing tests yet: it reports each one (name, panic location and
    message) and abstains, so `rusta fix` never says "nothing to fix" over a red suite. A test
    that passes when re-run alone is flaky and is reported as such, not as a problem.
    """
    baseline = baseline_tests(searcher.slots[0], searcher.settings.test_timeout)
    if baseline.green:
        return
    failing = baseline.failing
    tracer.emit(
        "decide",
        decision="failing-tests",
        lint_mode=searcher.lint_mode,
        failing_tests=[case.name for case in failing],
        flaky_tests=list(baseline.flaky),
    )
    if baseline.report.timed_out or not baseline.report.compiled:
        why = "timed out" if baseline.report.timed_out else "do not compile"
        raise Abstain(f"the crate compiles but its tests {why}", ("cargo test",))
    names = ", ".join(case.name for case in failing[:3]) + (" …" if len(failing) > 3 else "")
    raise Abstain(
        f"the crate compiles, but {len(failing)} test(s) fail ({names}); Rusta cannot repair "
        "failing tests yet",
        tuple(f"cargo test -- --exact {libtest_name(c.name)}" for c in failing[:3]),
        failing,
    )


def _shrunk(task: intake.Task, searcher: Searcher, solution: Solution, read_pristine) -> Solution:
    """Drop hunks of a multi-hunk winner while it stays green (SPEC §4: shrink)."""
    old = {name: read_pristine(name) for name in solution.files}
    hunks = sum(
        1 for name in solution.files for _ in hunks_between(old[name], solution.files[name])
    )
    if hunks < 2:
        return solution

    def still_green(files: dict[str, str]) -> bool:
        files = {name: text for name, text in files.items() if text != old.get(name)}
        checked = searcher.check(files)
        if policy.targets(checked.diagnostics, searcher.lint_mode):
            return False
        searcher.slots[0].sync(files)
        report = searcher.slots[0].test(task.settings.test_timeout)
        return searcher._tests_green(report)[0]

    smaller = shrink(old, solution.files, still_green, max_trials=4)
    smaller = {name: text for name, text in smaller.items() if text != old.get(name)}
    if smaller != solution.files:
        searcher.slots[0].sync(smaller)
        report = searcher.slots[0].test(task.settings.test_timeout)
        return Solution(dict(smaller), solution.path, report)
    return solution


def _formatted(
    task: intake.Task, searcher: Searcher, solution: Solution, read_pristine
) -> Solution:
    """rustfmt the patched files that were rustfmt-clean before (SPEC §2 Do), proven again.

    A file that was not clean keeps the patch exactly as searched: formatting it would rewrite
    the user's lines. The formatted variant must stay green like any other candidate; if it
    does not (it cannot change meaning, but nothing unproven is applied), the unformatted
    winner stands.
    """
    slot = searcher.slots[0]
    files = dict(solution.files)
    for name, text in solution.files.items():
        if not name.endswith(".rs"):
            continue
        edition = rustfmt.edition_for(slot.root / name, slot.root)
        old = read_pristine(name)
        if rustfmt.formatted(old, slot.root, edition) != old:
            continue
        pretty = rustfmt.formatted(text, slot.root, edition)
        if pretty is not None and pretty != text:
            files[name] = pretty
    if files == solution.files:
        return solution
    checked = searcher.check(files)
    if any(d.is_error for d in checked.diagnostics) or policy.targets(
        checked.diagnostics, searcher.lint_mode
    ):
        return solution
    slot.sync(files)
    report = slot.test(task.settings.test_timeout)
    if not searcher._tests_green(report)[0]:
        slot.sync(solution.files)
        return solution
    return Solution(files, solution.path, report)


def _abstain(searcher: Searcher, tracer: Tracer, signal: Abstain, started: float) -> Outcome:
    tracer.emit("abstain", reason=signal.reason, next_probes=list(signal.next_probes))
    remaining = tuple(searcher.check({}).diagnostics)
    return _outcome(
        searcher,
        tracer,
        "abstain",
        started,
        reason=signal.reason,
        next_probes=signal.next_probes,
        remaining=remaining,
        failing_tests=signal.failing_tests,
    )


def _why_abstain(searcher: Searcher) -> str:
    attempts = searcher.state.attempts
    if not attempts:
        return "no candidate patch could be built for these diagnostics"
    if searcher.state.last_failure:
        return (
            f"{len(attempts)} candidates validated; the best compiled but "
            f"{searcher.state.last_failure}"
        )
    accepted = sum(a.accepted for a in attempts)
    return (
        f"{len(attempts)} candidates validated, {accepted} made progress, none reached a "
        "green state within budget"
    )


def _confidence(solution: Solution) -> float:
    weakest = min(a.proposal.p_green for a in solution.path)
    evidence = 0.15 if solution.tests.passed else 0.4  # passing tests are strong evidence
    return round(1 - (1 - weakest) * evidence, 3)


def _tests_phrase(solution: Solution) -> str:
    count = len(solution.tests.passed)
    return f"{count} test(s) pass" if count else "no tests exist to confirm behaviour"


def _intent(targets: list[Diagnostic]) -> str:
    first = targets[0]
    span = first.primary
    where = f" in {span.file}:{span.line_start}" if span else ""
    more = f" (and {len(targets) - 1} more)" if len(targets) > 1 else ""
    return f"fix {first.code or 'syntax error'}{where}: {first.message}{more}"


def _outcome(
    searcher: Searcher,
    tracer: Tracer,
    status: str,
    started: float,
    *,
    solution: Solution | None = None,
    diff: str = "",
    lines: int = 0,
    codes: tuple[str, ...] = (),
    applied: bool = False,
    confidence: float = 0.0,
    reason: str = "",
    next_probes: tuple[str, ...] = (),
    remaining: tuple[Diagnostic, ...] = (),
    commit: str = "",
    intent: str = "",
    failing_tests: tuple[TestCase, ...] = (),
    title: str = "",
    alternatives: tuple[Alternative, ...] = (),
) -> Outcome:
    attempts = searcher.state.attempts
    counts: dict[str, dict[str, int]] = {}
    for name, number in Counter(a.proposal.candidate.proposer for a in attempts).items():
        counts.setdefault(name, {"candidates": 0, "winners": 0})["candidates"] = number
    for attempt in solution.path if solution else []:
        counts.setdefault(attempt.proposal.candidate.proposer, {"candidates": 0, "winners": 0})[
            "winners"
        ] += 1
    steps = tuple(
        Step(a.proposal.candidate, a.verdict, a.proposal.lines)
        for a in (solution.path if solution else [])
    )
    if not codes:
        codes = tuple(sorted({d.code or "syntax" for d in remaining if d.is_error}))
    tests = tuple(sorted(solution.tests.passed)) if solution else ()
    tracer.emit(
        "log",
        status=status,
        applied=applied,
        changed_lines=lines,
        candidates_validated=len(attempts),
        seconds=round(time.monotonic() - started, 2),
        red_validations=searcher.state.red,
        repeat_mistakes=searcher.state.repeat_mistakes,
        known_red_skipped=searcher.state.known_red_skipped,
    )
    return Outcome(
        status=status,
        applied=applied,
        diff=diff,
        changed_lines=lines,
        error_codes=codes,
        steps=steps,
        candidates_validated=len(attempts),
        proposer_counts=counts,
        tests_run=tests,
        confidence=confidence,
        trace_id=tracer.trace_id,
        reason=reason,
        next_probes=next_probes,
        remaining=remaining,
        seconds=time.monotonic() - started,
        commit=commit,
        files=dict(solution.files) if solution else {},
        intent=intent,
        tried=tuple((a.proposal.candidate.move, _verdict_phrase(a)) for a in attempts),
        failing_tests=failing_tests,
        title=title,
        alternatives=alternatives,
    )


def _verdict_phrase(attempt: Attempt) -> str:
    verdict = attempt.verdict
    if attempt.accepted:
        return f"progress: {verdict.errors_before} → {verdict.errors_after} problems"
    if verdict.new_errors:
        return f"introduced {verdict.new_errors[0]}"
    return f"no progress ({verdict.errors_after} problems remain)"
