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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rusta.config import Settings
from rusta.knowledge.research import LabRecord, write_lablog
from rusta.learn.priors import Priors
from rusta.loop import intake, policy
from rusta.loop.episode import default_proposers
from rusta.loop.flow import Abstain
from rusta.loop.propose import Proposal, gather
from rusta.loop.search import Searcher
from rusta.loop.validate import baseline_tests
from rusta.patch.diff import unified_diff
from rusta.proposers.context import ProposalContext
from rusta.sandbox.slots import Slot, pool
from rusta.trace.events import Tracer
from rusta.trace.jsonl import JsonlSink
from rusta.types import Diagnostic


def run_research(
    path: Path, settings: Settings, home: Path, say: Callable[[str], None] = lambda _: None
) -> list[LabRecord]:
    task = intake.start(path, settings, home)
    root = task.crate.root
    tracer = Tracer()
    tracer.sinks = [JsonlSink(home / "traces", tracer.trace_id)]
    tracer.emit("intake", crate=task.crate.name, root=str(root), mode="research")
    priors = Priors(home / "priors.json")

    def read_pristine(name: str) -> str:
        return (root / name).read_bytes().decode("utf-8")  # keep CRLF: rustc counts its bytes

    with pool(home, root, settings.slots) as slots:
        searcher = Searcher(
            slots,
            settings,
            default_proposers(),
            priors,
            tracer,
            task.rust_files,
            read_pristine,
            lint_mode=False,
            baseline_passing=None,
        )
        try:
            records = _experiments(searcher, read_pristine, say)
        finally:
            searcher.close()
            priors.save()
    for record in records:
        write_lablog(home, record, str(root))
    tracer.emit("log", mode="research", experiments=len(records))
    return records


def _experiments(
    searcher: Searcher, read_pristine: Callable[[str], str], say: Callable[[str], None]
) -> list[LabRecord]:
    baseline = searcher.check({}).diagnostics
    if not any(d.is_error for d in baseline) and searcher.settings.clippy:
        searcher.lint_mode = True
        baseline = searcher.check({}).diagnostics
    targets = policy.targets(baseline, searcher.lint_mode)
    if not targets:
        _refuse_failing_tests(searcher)
    context = ProposalContext(read=read_pristine, files=searcher.rust_files, diagnostics=baseline)
    records: list[LabRecord] = []
    for target in targets:
        proposals = gather(
            searcher.proposers,
            context,
            [target],
            {},
            searcher.priors,
            searcher.settings.explore_budget,
            set(),
        )
        say(f"{_describe(target)}: {len(proposals)} hypothesis(es)")
        if not proposals:
            records.append(_no_hypothesis(target))
        records += _run_batch(searcher, proposals, target, baseline, read_pristine)
    return records


def _refuse_failing_tests(searcher: Searcher) -> None:
    """A compiling crate with failing tests is not clean: say so (Abstain) instead of
    "nothing to research". Experiments on failing tests come with test repair."""
    tests = baseline_tests(searcher.slots[0], searcher.settings.test_timeout)
    if not tests.green:
        raise Abstain(
            f"the crate compiles, but {len(tests.failing)} test(s) fail; Rusta has no "
            "hypotheses for failing tests yet",
            failing_tests=tests.failing,
        )


def _run_batch(
    searcher: Searcher,
    proposals: Sequence[Proposal],
    target: Diagnostic,
    baseline: Sequence[Diagnostic],
    read_pristine: Callable[[str], str],
) -> list[LabRecord]:
    records = []
    slots = searcher.slots
    with ThreadPoolExecutor(max_workers=len(slots)) as executor:
        for start in range(0, len(proposals), len(slots)):
            batch = proposals[start : start + len(slots)]
            futures = [
                executor.submit(_experiment, searcher, slot, p, target, baseline, read_pristine)
                for slot, p in zip(slots, batch, strict=False)
            ]
            records += [future.result() for future in futures]
    return records


def _experiment(
    searcher: Searcher,
    slot: Slot,
    proposal: Proposal,
    target: Diagnostic,
    baseline: Sequence[Diagnostic],
    read_pristine: Callable[[str], str],
) -> LabRecord:
    started = time.monotonic()
    after = searcher.check(proposal.files, slot).diagnostics
    before_problems = policy.problems(baseline, searcher.lint_mode)
    after_problems = policy.problems(after, searcher.lint_mode)
    accepted, introduced = policy.progress(before_problems, after_problems)
    gone = _count(target, after_problems) < _count(target, before_problems)
    outcome = _outcome(accepted, gone, introduced)
    candidate = proposal.candidate
    searcher.priors.record(candidate, outcome == "fixed")
    diff = unified_diff({name: read_pristine(name) for name in proposal.files}, proposal.files)
    searcher.tracer.emit(
        "validate",
        mode="research",
        move=candidate.move,
        outcome=outcome,
        p_green=round(proposal.p_green, 3),
    )
    return LabRecord(
        diagnostic=_describe(target),
        code=target.code,
        hypothesis=candidate.move,
        intent=candidate.intent,
        experiment=diff + "\n# judged by: cargo " + ("clippy" if searcher.lint_mode else "check"),
        outcome=outcome,
        confidence_before=proposal.p_green,
        confidence_after=searcher.priors.estimate(candidate),
        seconds=time.monotonic() - started,
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
