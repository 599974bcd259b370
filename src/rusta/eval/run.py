"""Run Rusta and the baselines on every case of a suite, on copies, and verify each result.

The suite directory is never modified: each tool works on its own copy under the eval home
(work/<tool>/<case>), at a stable path, so a second run reuses warm target directories.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rusta.config import Settings
from rusta.eval.baselines import COMMANDS, run_baseline
from rusta.eval.repairs import repair_record, task_done
from rusta.eval.suites import Case
from rusta.eval.verify import verify
from rusta.home import Home
from rusta.loop.commit import apply_outcome
from rusta.loop.decide import answered
from rusta.loop.episode import run_episode
from rusta.patch.diff import parse_unified_diff
from rusta.types import Outcome, Status

# holdback/: tests a logic case's author kept from Rusta (eval/repairs.py runs them after)
_IGNORE = shutil.ignore_patterns("target", "gold.diff", "case.toml", "Cargo.lock", "holdback")


@dataclass(frozen=True)
class EvalOptions:
    home: Path
    settings: Settings
    baselines: bool = True
    jobs: int = 1


def run_suite(
    cases: Sequence[Case],
    options: EvalOptions,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    if options.jobs <= 1:
        for case in cases:
            results.append(run_case(case, options))
            if progress:
                progress(results[-1])
        return results
    with ProcessPoolExecutor(max_workers=options.jobs) as executor:
        for result in executor.map(run_case, cases, [options] * len(cases)):
            results.append(result)
            if progress:
                progress(result)
    return results


def run_case(case: Case, options: EvalOptions) -> dict[str, Any]:
    work = Home.of(options.home).eval_work
    lint_codes = case.codes if case.error_class == "lint" else ()
    record: dict[str, Any] = {
        "name": case.name,
        "class": case.error_class,
        "codes": list(case.codes),
        "single_error": len(case.codes) == 1,
    }
    record["rusta"] = _run_rusta(case, work / "rusta" / case.name, options, lint_codes)
    if options.baselines:
        record["baselines"] = {
            tool: _run_tool(
                tool, case, work / tool.replace(" ", "-") / case.name, lint_codes, options.settings
            )
            for tool in COMMANDS
        }
    return record


def _answer_as_the_author(
    case: Case, crate: Path, outcome: Outcome, home: Path
) -> tuple[Outcome, int]:
    """Answer an Ask as the case's author would: the option whose diff shares most changed
    lines with gold.diff (the first, Rusta's recommendation, when there is no gold patch)."""
    gold = case.path / "gold.diff"
    wanted = _changed_lines(gold.read_text(encoding="utf-8")) if gold.is_file() else set()
    options = outcome.questions[0].options
    scores = [len(wanted & _changed_lines(option.diff)) for option in options]
    number = 1 + max(range(len(options)), key=lambda i: (scores[i], -i))
    chosen = answered(outcome, number)
    applied = apply_outcome(home, crate, chosen)
    return replace(chosen, applied=True, commit=applied.commit), number


def _changed_lines(diff: str) -> set[str]:
    """The text of every line a diff adds or removes (what two patches can share)."""
    return {
        line[1:].strip()
        for file_diff in parse_unified_diff(diff)
        for hunk in file_diff.hunks
        for line in hunk.lines
        if line[:1] in "+-" and line[1:].strip()
    }


def _fresh_copy(case: Case, destination: Path) -> Path:
    shutil.rmtree(destination, ignore_errors=True)
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(case.path, destination, ignore=_IGNORE, copy_function=shutil.copy)
    return destination


def _run_rusta(
    case: Case, destination: Path, options: EvalOptions, lint_codes: tuple[str, ...]
) -> dict[str, Any]:
    crate = _fresh_copy(case, destination)
    started = time.monotonic()
    outcome = run_episode(crate, options.settings, options.home)
    asked, answer = outcome.status == Status.ASK, 0
    if asked:
        outcome, answer = _answer_as_the_author(case, crate, outcome, options.home)
    seconds = time.monotonic() - started
    layout = Home.of(options.home)
    verify_target = layout.verify_targets / case.name
    state = verify(crate, verify_target, lint_codes, options.settings.test_timeout)
    # the verification build is scratch: a whole suite's worth is gigabytes (Rusta's own
    # sandbox targets stay in the home, where they make the next run fast)
    shutil.rmtree(verify_target, ignore_errors=True)
    fixed = verified = state.tests_pass and state.lints_left == 0
    task = None
    if case.error_class == "task":  # TODOs in a green crate: "tests pass" proves nothing yet
        task = task_done(case, crate, verify_target, options.settings.test_timeout)
        fixed = fixed and outcome.applied and task["done"]
        shutil.rmtree(verify_target, ignore_errors=True)
    trace = layout.trace(outcome.trace_id)
    calibration = _calibration(trace)
    repair = None
    if case.error_class == "logic":  # a test repair: overfitting and localization measures
        repair = repair_record(
            case, crate, outcome.diff, fixed, trace, verify_target, options.settings.test_timeout
        )
        shutil.rmtree(verify_target, ignore_errors=True)
    return {
        "status": outcome.status.value,
        # Rusta asked which proven fix was meant; the simulated developer answered with the
        # option closest to the case's gold patch (its author's intent)
        "asked": asked,
        "answer": answer,  # 1: Rusta's recommendation; another number: the question mattered
        "applied": outcome.applied,
        "compiles": state.compiles,
        "tests_pass": state.tests_pass,
        "fixed": fixed,
        # unsafe: the applied patch left the crate red (a TODO done wrong but green is
        # counted by the task record, as plausible-but-wrong, not as unsafe)
        "unsafe": outcome.applied and not verified,
        "changed_lines": outcome.changed_lines,
        "seconds": round(seconds, 3),
        "candidates_validated": outcome.candidates_validated,
        "moves": [step.candidate.move for step in outcome.steps],
        # who proposed each step of the winning path, and the patch itself (the report
        # writes it beside the page so a reader can see what "fixed" means)
        "winner_proposers": [step.candidate.proposer for step in outcome.steps],
        "diff": outcome.diff,
        "proposers": outcome.proposer_counts,
        "confidence": outcome.confidence,
        "trace": outcome.trace_id,
        "reason": outcome.reason,
        "calibration": calibration,
        **_log_fields(trace),
        "model": _model_usage(trace),
        "repair": repair,
        "task": task,
    }


def _run_tool(
    tool: str, case: Case, destination: Path, lint_codes: tuple[str, ...], settings: Settings
) -> dict[str, Any]:
    crate = _fresh_copy(case, destination)
    target = destination.parent / f".target-{destination.name}"
    done = run_baseline(tool, crate, target, settings.check_timeout)
    state = verify(crate, target, lint_codes, settings.test_timeout)
    shutil.rmtree(target, ignore_errors=True)
    fixed = state.tests_pass and state.lints_left == 0
    return {
        "compiles": state.compiles,
        "tests_pass": state.tests_pass,
        "fixed": fixed,
        "changed": done.changed,
        "seconds": round(done.seconds, 3),
        "unsafe": done.changed and not fixed,
    }


def _log_event(trace: Path) -> dict[str, Any]:
    """The episode's closing `log` event ({} when the trace is missing)."""
    found: dict[str, Any] = {}
    if trace.is_file():
        for line in trace.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            if event.get("kind") == "log":
                found = event
    return found


def _log_fields(trace: Path) -> dict[str, Any]:
    """Red validations, repeated mistakes and known-red skips, and where the time went
    (the stage and sandbox-call profile, issue 19), from the episode's log event."""
    event = _log_event(trace)
    counts: dict[str, Any] = {
        key: int(event.get(key, 0))
        for key in ("red_validations", "repeat_mistakes", "known_red_skipped")
    }
    counts["profile"] = dict(event.get("profile", {}))
    return counts


def _model_usage(trace: Path) -> dict[str, float]:
    """What the model proposer's calls cost in this episode, from its `model` events."""
    usage = {"calls": 0, "seconds": 0.0, "prompt_tokens": 0, "completion_tokens": 0, "rounds": 0}
    if trace.is_file():
        for line in trace.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            if event.get("kind") == "model" and not event.get("error"):
                usage["calls"] += 1
                usage["rounds"] += int(event.get("round", 0) > 1)
                for key in ("seconds", "prompt_tokens", "completion_tokens"):
                    usage[key] += event.get(key, 0)
    usage["seconds"] = round(usage["seconds"], 3)
    return usage


def _calibration(trace: Path) -> list[list[float]]:
    """(p_green, outcome) of every candidate validated in the episode, from its trace."""
    pairs = []
    if not trace.is_file():
        return pairs
    for line in trace.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if event.get("kind") == "validate" and "p_green" in event:
            pairs.append([float(event["p_green"]), 1.0 if event["green"] else 0.0])
    return pairs
