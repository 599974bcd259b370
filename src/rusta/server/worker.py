"""A worker process (`python -m rusta.server.worker HOME`): claim a job, run it, repeat.

Workers run in their own processes (started by `jobs.WorkerPool`), so an episode's cargo
builds, memory and crashes never touch the server. Every trace event of the episode is written
to the events table as it happens (`EventSink`); the server tails that table for WS /stream.

Signals: Ctrl-C in the terminal reaches the whole process group, so workers ignore SIGINT and
stop when the server tells them to: SIGUSR1 = finish the current job, then exit; SIGTERM
raises SystemExit, so the episode's `finally` cleans its sandboxes and the job is queued
again; a journaled apply that was cut short is finished or rolled back by the next intake.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from rusta.config import load_settings
from rusta.errors import RustaError, UsageError
from rusta.eval import metrics, report
from rusta.eval.run import EvalOptions, run_suite
from rusta.eval.suites import Case, discover
from rusta.home import Home
from rusta.knowledge.explain import Explainer
from rusta.knowledge.localize import localize_each
from rusta.loop.episode import run_episode
from rusta.loop.validate import BaselineTests, baseline_tests
from rusta.patch.diff_parse import parse_unified_diff
from rusta.sandbox.slots import pool
from rusta.server import jobs
from rusta.server.db import opened
from rusta.server.jobs import Job
from rusta.server.schemas import check_result, fix_result
from rusta.tools import environment
from rusta.tools.crate import locate
from rusta.trace.events import Event, Tracer
from rusta.types import Diagnostic, Level, TestCase

IDLE_SECONDS = 0.2
MAX_EXPLANATIONS = 20


Runner = Callable[[Job, Path, "EventSink"], tuple[dict[str, Any], str]]


class EventSink:
    """A TraceSink writing each event to the server's events table, tagged with the job."""

    def __init__(self, connection: sqlite3.Connection, job_id: str) -> None:
        self.connection = connection
        self.job_id = job_id
        self._lock = threading.Lock()  # the search may emit from its validation threads

    def __call__(self, event: Event) -> None:
        self.add({"type": "trace", "event": event.to_json()})

    def add(self, body: dict[str, Any]) -> None:
        with self._lock:
            jobs.add_event(self.connection, self.job_id, {"job": self.job_id, **body})


_stop_requested = threading.Event()


def worker_main(home: str) -> None:
    """The worker process: run jobs until asked to stop (SIGUSR1) or the server is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)
    signal.signal(signal.SIGUSR1, _stop_after_job)
    os.environ["RUSTA_HOME"] = home
    parent = os.getppid()
    while not _stop_requested.is_set() and os.getppid() == parent:
        if not run_next(Path(home)):
            _stop_requested.wait(IDLE_SECONDS)


def _exit_on_term(signum: int, frame: object) -> NoReturn:
    raise SystemExit(128 + signum)


def _stop_after_job(signum: int, frame: object) -> None:
    _stop_requested.set()


def run_next(home: Path) -> bool:
    """Claim and run one job; False when none could be claimed."""
    with opened(home) as connection:
        job = jobs.claim(connection, os.getpid())
        if job is None:
            return False
        sink = EventSink(connection, job.id)
        try:
            result, trace_id = RUNNERS[job.kind](job, home, sink)
        except RustaError as error:
            jobs.finish(connection, job.id, "failed", error=error.message)
        except SystemExit:
            jobs.requeue(connection, job.id, "the worker was stopped; queued again")
            raise
        except Exception as error:  # a bug in Rusta: record it, keep the worker alive
            traceback.print_exc(file=sys.stderr)
            message = f"internal error: {type(error).__name__}: {error}"
            jobs.finish(connection, job.id, "failed", error=message)
        else:
            jobs.finish(connection, job.id, "done", result=result, trace_id=trace_id)
    return True


# --- the four kinds --------------------------------------------------------------------------


def run_fix(job: Job, home: Path, sink: EventSink) -> tuple[dict[str, Any], str]:
    root = Path(job.repo)
    # a dry run is reviewed by a person: offer (and ask about) the other proven fixes
    outcome = run_episode(
        root,
        load_settings(root),
        home,
        dry_run=job.dry_run,
        sinks=[sink],
        explore_alternatives=job.dry_run,
    )
    diffs = [outcome.diff, *(o.diff for q in outcome.questions for o in q.options)]
    return fix_result(outcome, _base_hashes(root, *diffs)), outcome.trace_id


def _base_hashes(root: Path, *diffs: str) -> dict[str, str]:
    """sha256 of each file the diffs touch, as it is now (what the patches were proven on)."""
    names = {f.old_path or f.new_path for diff in diffs if diff for f in parse_unified_diff(diff)}
    return {
        name: hashlib.sha256((root / name).read_bytes()).hexdigest()
        for name in sorted(n for n in names if n)
        if (root / name).is_file()
    }


def run_check(job: Job, home: Path, sink: EventSink) -> tuple[dict[str, Any], str]:
    """Diagnose only, in a sandbox slot (the user's tree gets no target/ or Cargo.lock)."""
    crate = locate(Path(job.repo))
    settings = load_settings(crate.root)
    tracer = Tracer([sink])
    tracer.emit("intake", crate=crate.name, root=str(crate.root), dry_run=True, mode="check")
    tests = None
    with pool(home, crate.root, 1) as slots:
        checked = slots[0].check(settings.check_timeout)
        if not checked.errors:  # a crate whose tests fail is not clean (SPEC §2)
            tests = baseline_tests(slots[0], settings.test_timeout)
    result = check_result(checked.diagnostics, crate.root)
    result["failing_tests"] = [
        {"name": c.name, "message": c.message, "location": c.location, "suspects": suspects}
        for c, suspects in _localized(crate.root, tests)
    ]
    result["flaky_tests"] = list(tests.flaky) if tests else []
    tracer.emit(
        "probe",
        probe="cargo check --message-format=json",
        tool="cargo check",
        errors=result["errors"],
        warnings=result["warnings"],
        codes=sorted({d.code for d in checked.diagnostics if d.code}),
        seconds=round(checked.seconds, 2),
    )
    tracer.emit("log", status="checked", errors=result["errors"], warnings=result["warnings"])
    return result, ""


def _localized(root: Path, tests: BaselineTests | None) -> list[tuple[TestCase, list[str]]]:
    """Each failing test with the three statements fault localization finds most suspicious."""
    if tests is None or not tests.failing:
        return []
    found = localize_each(root, tests.failing, sorted(tests.report.passed))
    return [(case, [s.describe() for s in found[case.name].suspects[:3]]) for case in tests.failing]


def run_explain(job: Job, home: Path, sink: EventSink) -> tuple[dict[str, Any], str]:
    """Cited explanations (SPEC §6): of an error code, of the diagnostic at FILE:LINE, or of
    every error and warning of the crate when no target is given."""
    root = Path(job.repo)
    tracer = Tracer([sink])
    tracer.emit(
        "intake", crate=root.name, root=str(root), dry_run=True, mode="explain", target=job.target
    )
    explainer = Explainer(home, _docs_root())
    try:
        if explainer.needs_build():
            explainer.build()
        if _is_code(job.target):
            explanations = [explainer.for_code(job.target)]
        else:
            diagnostics = _explainable(root, home, job.target)
            tracer.emit(
                "probe",
                probe="cargo check --message-format=json",
                tool="cargo check",
                problems=len(diagnostics),
            )
            explanations = [explainer.for_diagnostic(d, root) for d in diagnostics]
        origin = explainer.origin
    finally:
        explainer.close()
    tracer.emit("log", status="explained", explanations=len(explanations))
    return {"origin": origin, "explanations": [e.to_json() for e in explanations]}, ""


def _docs_root() -> Path | None:
    """The offline docs, unless RUSTA_DOCS says where they are (`none`: the bundled set)."""
    override = os.environ.get("RUSTA_DOCS")
    if override:
        return None if override == "none" else Path(override)
    return environment.offline_docs()


def _is_code(target: str) -> bool:
    return bool(target) and ":" not in target.replace("::", "") and "/" not in target


def _explainable(root: Path, home: Path, target: str) -> list[Diagnostic]:
    """The diagnostic at FILE:LINE (target), or every error and warning (first 20)."""
    with pool(home, root, 1) as slots:
        checked = slots[0].check(load_settings(root).check_timeout)
    found = [d for d in checked.diagnostics if d.level in (Level.ERROR, Level.WARNING)]
    if not target:
        return found[:MAX_EXPLANATIONS]
    name, _, line = target.rpartition(":")
    if not line.isdigit():
        raise UsageError(f"explain target {target!r}: give an error code or FILE:LINE")
    here = [d for d in found if _covers(d, name, int(line))]
    if not here:
        raise UsageError(f"{target}: no diagnostic at this line")
    return here[:1]


def run_eval(job: Job, home: Path, sink: EventSink) -> tuple[dict[str, Any], str]:
    """`rusta eval` on the repo (a suite of crates, or one crate as a suite of one).

    Cases run on copies under RUSTA_HOME/evals/<job>/; the report lands beside them."""
    repo = Path(job.repo)
    cases = [Case(repo.name, repo, "", ())] if (repo / "Cargo.toml").is_file() else discover(repo)
    directory = Home.of(home).eval_job(job.id)
    options = EvalOptions(directory / "home", load_settings(None), baselines=True, jobs=1)

    def progress(case: dict[str, Any]) -> None:
        rusta = case["rusta"]
        sink.add({"type": "progress", "case": case["name"], "fixed": rusta["fixed"]})

    results = run_suite(cases, options, progress)
    doc = report.document(
        results,
        metrics.summarize(results),
        metrics.by_class(results),
        metrics.baselines(results),
        home=options.home,  # the cases' traces, for the report's trace links
    )
    report.write(doc, directory / "eval.json", directory)
    overall = doc["overall"]
    return {"report": str(directory / "eval.html"), "cases": len(results), "overall": overall}, ""


def _covers(diagnostic: Diagnostic, file: str, line: int) -> bool:
    span = diagnostic.primary
    return span is not None and span.file == file and span.line_start <= line <= span.line_end


RUNNERS: dict[str, Runner] = {
    "fix": run_fix,
    "check": run_check,
    "explain": run_explain,
    "eval": run_eval,
}


if __name__ == "__main__":
    worker_main(sys.argv[1])
