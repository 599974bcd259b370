"""The episode (SPEC §2), top to bottom: Intake → Probe → Propose ⇄ Validate → Polish →
Decide → Commit | Ask | Abstain → Log.

`run_episode` is the whole conductor, one stage per module of this package: `intake` snapshots
the crate, `probe` gathers evidence, `search` decides what to try (its candidates come from
`propose`, its verdicts from `validate`, the only user of the sandbox slots), `polish`
shrinks and formats the winner, `decide` applies, asks or abstains, `commit` is the only
writer of the user's tree, and `log` ends every episode. `open_episode` (shared with
research) guarantees the ending: whatever is raised inside, the slots are closed, the priors
saved, the trace's closing event emitted and the DevLog written.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rusta.config import Settings
from rusta.home import Home
from rusta.learn.priors import Priors
from rusta.loop import decide, intake, log, polish, probe
from rusta.loop.commit import carry_out
from rusta.loop.context import Episode, Mode, pristine_reader
from rusta.loop.flow import Abstain
from rusta.loop.propose import default_proposers
from rusta.loop.search import Searcher
from rusta.loop.validate import Validator
from rusta.memory.scope import open_scope
from rusta.profile import Profile
from rusta.proposers.memory import MemoryProposer
from rusta.protocols import Proposer, TraceSink
from rusta.sandbox.slots import pool
from rusta.tools.history import committed_reader
from rusta.trace.events import Tracer
from rusta.trace.jsonl import JsonlSink
from rusta.trace.tree import file_hashes
from rusta.types import Outcome, Status


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
    """One fix episode; `explore_alternatives` (a person chooses: CLI, editor) proves more
    first-step fixes to offer or ask about, where eval and the daemon stay lean."""
    with open_episode(
        path, settings, home, dry_run=dry_run, sinks=sinks, proposers=proposers
    ) as ep:
        stage = ep.profile.stage
        with stage("baseline"):
            baseline = ep.validator.baseline(lints)
            targets = ep.validator.problems(baseline)
        with stage("probe"):
            probe.evidence(ep.tracer, baseline, targets, ep.validator.lint_mode, ep.probe_budget)
            probe.structure(ep.tracer, targets, ep.memory, ep.task.rust_files, ep.pristine)
        if not targets:
            decide.nothing_to_fix(ep)  # raises Abstain when tests fail
            reason = "no errors or lints" + decide.todos_phrase(ep)
            return ep.finish(log.outcome_of(ep, Status.NOTHING, reason=reason))
        decide.announce(ep, targets)
        with stage("search"):
            solution = decide.found(ep, ep.searcher.search({}, baseline), targets)
        with stage("polish"):
            solution = polish.polished(ep.validator, solution)
        with stage("decide"):
            decision = decide.decide(ep, solution, targets, explore_alternatives)
        with stage("commit"):
            ep.finish(carry_out(ep, decision, targets, dry_run))
    return ep.outcome


@contextmanager
def open_episode(
    path: Path,
    settings: Settings,
    home: Path,
    *,
    mode: Mode = "fix",
    dry_run: bool = False,
    sinks: Sequence[TraceSink] = (),
    proposers: Sequence[Proposer] | None = None,
) -> Iterator[Episode]:
    """Intake, the trace, priors, memory, the slots, the validator and the searcher; on exit
    the Log stage, however the body ended (an `Abstain` is the abstain outcome, any other
    exception an "error" outcome, logged, then raised again)."""
    started = time.monotonic()
    profile = Profile()
    task = intake.start(path, settings, home)
    tracer = Tracer()
    tracer.sinks = [JsonlSink(Home.of(home).traces, tracer.trace_id), *sinks]
    _intake_event(tracer, task, mode, dry_run)
    priors = Priors(Home.of(home).priors)
    memory = open_scope(home, task.crate.root, settings.memory)
    recall = MemoryProposer(memory.cache, memory.repo, memory.scope)
    with pool(home, task.crate.root, settings.slots) as slots:
        chosen = proposers or default_proposers(recall, settings, tracer)
        # code from intent (TODOs as problems) only when some proposer can write code
        authors = any(getattr(p, "authors_code", False) for p in chosen)
        validator = Validator(
            slots, settings, tracer, pristine_reader(task.crate.root), task.rust_files, authors
        )
        searcher = Searcher(validator, chosen, priors, tracer, task.rust_files, memory.ledger)
        if task.git_head:
            searcher.history = committed_reader(task.crate.root)
        budget = probe.ProbeBudget.from_settings(settings)
        for slot in slots:
            slot.profile = profile
        episode = Episode(
            task, mode, tracer, priors, memory, validator, searcher, started, budget, profile
        )
        profile.add("open", time.monotonic() - started)  # intake to the first stage
        try:
            yield episode
        except Abstain as signal:
            episode.outcome = log.abstained(episode, signal)
        except BaseException as error:
            episode.outcome = log.failed(episode, error)
            raise
        finally:
            validator.close()
            priors.save()
            log.close(episode)


def _intake_event(tracer: Tracer, task: intake.Task, mode: Mode, dry_run: bool) -> None:
    tracer.emit(
        "intake",
        crate=task.crate.name,
        root=str(task.crate.root),
        git_head=task.git_head,
        dirty=task.git_dirty,
        files=len(task.rust_files),
        dry_run=dry_run,
        mode=mode,
        tree=file_hashes(task.crate.root, task.rust_files),  # lets replay rebuild this state
    )
