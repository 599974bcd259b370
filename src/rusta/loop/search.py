"""Patch Tree Search (SPEC §3): validate candidates best-first in sandbox slots, step by step.

Each step takes the current state's problems, gathers candidates, and validates them in
batches (one per slot, in parallel). A candidate is accepted when it makes progress
(policy.progress); among the accepted ones of a batch the smallest goes first. When no
problem is left, the tests decide: green ends the search, red backtracks to the next
accepted alternative. A candidate that removes its target but reveals a few new errors is
expanded once with the follow-ups those errors suggest (a composite). Budgets (validations,
wall time, changed lines) bound everything.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field, replace

from rusta.config import Settings
from rusta.learn.priors import Priors
from rusta.loop import policy
from rusta.loop.propose import Proposal, gather, state_hash
from rusta.loop.validate import libtest_name
from rusta.memory.cache import EpisodicCache, fingerprint, hunks_between
from rusta.memory.mistakes import Mistake, MistakeLedger, mistake
from rusta.patch.count import changed_line_numbers
from rusta.patch.diff import unified_diff
from rusta.proposers.context import ProposalContext
from rusta.protocols import Proposer
from rusta.sandbox.slots import Slot
from rusta.trace.events import Tracer
from rusta.types import GUESS_SUFFIX, Diagnostic, TestReport, Verdict


@dataclass
class Checked:
    diagnostics: list[Diagnostic]
    seconds: float


@dataclass
class Attempt:
    """One validated candidate: what was predicted and what the sandbox said."""

    proposal: Proposal
    verdict: Verdict
    accepted: bool
    replayed: bool = False  # the verdict of an earlier pass, not validated again


@dataclass
class Solution:
    files: dict[str, str]
    path: list[Attempt]
    tests: TestReport


@dataclass
class SearchState:
    attempts: list[Attempt] = field(default_factory=list)
    test_runs: int = 0
    last_tests: TestReport | None = None
    last_failure: str = ""
    seen: set[str] = field(default_factory=set)
    # Edits that already failed for the same diagnostic in a sibling branch: not tried again.
    failed: set[tuple[object, ...]] = field(default_factory=set)
    checks: dict[str, Checked] = field(default_factory=dict)
    # The persistent mistake ledger (issue 4): red validations, repeats, candidates skipped.
    red: int = 0
    repeat_mistakes: int = 0
    known_red_skipped: int = 0
    # Verdicts by resulting state, so a second pass (with the model) walks the first one's
    # tree without validating or testing anything twice.
    verdicts: dict[str, Attempt] = field(default_factory=dict)
    flaky: list[str] = field(default_factory=list)  # tests seen passing and failing
    first_step: list[Attempt] = field(default_factory=list)  # validated from the pristine state
    proved: dict[str, str] = field(default_factory=dict)  # red leaves: state -> why


class Searcher:
    def __init__(
        self,
        slots: Sequence[Slot],
        settings: Settings,
        proposers: Sequence[Proposer],
        priors: Priors,
        tracer: Tracer,
        rust_files: Sequence[str],
        read_pristine: Callable[[str], str],
        lint_mode: bool,
        baseline_passing: frozenset[str] | None,
        ledger: MistakeLedger | None = None,
    ) -> None:
        self.slots = list(slots)
        self.settings = settings
        self.proposers = proposers
        self.priors = priors
        self.tracer = tracer
        self.rust_files = list(rust_files)
        self.read_pristine = read_pristine
        self.lint_mode = lint_mode
        self.baseline_passing = baseline_passing
        self.deadline = time.monotonic() + settings.episode_seconds
        self.state = SearchState()
        self.ledger = ledger
        self.allow_model = False
        self.validation_limit = settings.max_validations
        self._pool = ThreadPoolExecutor(max_workers=len(self.slots))

    # --- public ------------------------------------------------------------------------------

    def search(self, files: dict[str, str], diagnostics: list[Diagnostic]) -> Solution | None:
        """The model-free search first; only when it fails, once more with the model asked
        wherever the cheap candidates of a step are spent. A plugged-in model can then only
        add fixes: it never spends the budget a model-free fix needed (a call costs seconds)."""
        solution = self.solve(files, diagnostics)
        if solution is not None or not self._tiers(with_model=True)[1:] or self._late():
            return solution
        self.allow_model = True
        self.state.seen.clear()
        self.validation_limit = len(self.state.attempts) + self.settings.max_validations
        return self.solve(files, diagnostics)

    def check(self, files: Mapping[str, str], slot: Slot | None = None) -> Checked:
        key = state_hash(files) + (":clippy" if self.lint_mode else "")
        if key not in self.state.checks:
            slot = slot or self.slots[0]
            slot.sync(files)
            result = slot.check(self.settings.check_timeout, clippy=self.lint_mode)
            self.state.checks[key] = Checked(list(result.diagnostics), result.seconds)
        return self.state.checks[key]

    def solve(
        self,
        files: dict[str, str],
        diagnostics: list[Diagnostic],
        path: list[Attempt] | None = None,
    ) -> Solution | None:
        path = path or []
        targets = policy.targets(diagnostics, self.lint_mode)
        if not targets:
            return self._prove(files, path)
        if self._exhausted() or len(path) >= self.settings.max_steps:
            return None
        context = self._context(files, diagnostics)
        # Cheap proposers first; a model is asked only when their candidates are spent
        # (a model call costs seconds, a compiler suggestion nothing).
        for tier in self._tiers():
            proposals = gather(
                tier,
                context,
                targets,
                files,
                self.priors,
                self.settings.max_candidates,
                self.state.seen,
            )
            proposals = [
                p
                for p in proposals
                if self._within_budget(p, path) and _signature(p, context) not in self.state.failed
            ]
            proposals = self._not_known_red(proposals, context, targets)
            self.tracer.emit(
                "plan",
                step=len(path) + 1,
                targets=[_describe(d) for d in targets[:5]],
                candidates=len(proposals),
                gear=policy.gear(targets),
            )
            solution = self._run_queue(list(proposals), diagnostics, targets, context, path)
            if solution is not None or self._exhausted():
                return solution
        return None

    def _tiers(self, with_model: bool | None = None) -> list[list[Proposer]]:
        cheap = [p for p in self.proposers if p.name != "model"]
        costly = [p for p in self.proposers if p.name == "model"]
        if not (self.allow_model if with_model is None else with_model):
            costly = []
        return [tier for tier in (cheap, costly) if tier]

    def _run_queue(
        self,
        queue: list[Proposal],
        diagnostics: list[Diagnostic],
        targets: list[Diagnostic],
        context: ProposalContext,
        path: list[Attempt],
    ) -> Solution | None:
        while queue and not self._exhausted():
            # A fix recalled from memory is validated alone: when it is right, the step costs
            # one check instead of a batch (issue 4: the second fix of a mistake is cheaper).
            size = 1 if queue[0].candidate.proposer == "memory" else len(self.slots)
            batch, queue = queue[:size], queue[size:]
            attempts = self._validate_batch(batch, diagnostics)
            width = _lookahead(targets, len(self.slots))
            while (
                any(a.accepted for a in attempts)
                and queue
                and not self._complete(attempts)
                and len(attempts) < width
                and not self._exhausted()
                and not _recalled(attempts)
            ):
                # only partial improvements so far: look further before descending, so a
                # candidate that fixes more is preferred to the first that fixes something
                more, queue = queue[: len(self.slots)], queue[len(self.slots) :]
                attempts += self._validate_batch(more, diagnostics)
            fresh = [a for a in attempts if not a.replayed]
            if not path:
                self.state.first_step += fresh
            self._remember_red(fresh, context, targets)
            self.state.failed.update(
                _signature(a.proposal, context) for a in fresh if not a.accepted
            )
            # at equal progress the more idiomatic patch first, then the smaller one
            for attempt in sorted(
                (a for a in attempts if a.accepted),
                key=lambda a: (
                    a.verdict.errors_after,
                    idiom_cost(a.proposal.files, context.text),
                    a.proposal.lines,
                ),
            ):
                after = self.check(attempt.proposal.files).diagnostics
                solution = self.solve(dict(attempt.proposal.files), after, [*path, attempt])
                if solution is not None:
                    return solution
            composites = self._composites(attempts, diagnostics)
            queue = self._not_known_red(composites, context, targets) + queue
        return None

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def alternatives(self, solution: Solution, limit: int, explore: bool) -> list[Solution]:
        """Other one-step fixes of the first step, proven like the winner (tests,
        correctness warnings), most idiomatic and smallest first. A multi-step path has no
        comparable sibling: its alternatives would be other whole paths. `explore`
        validates a few more first-step candidates when the search stopped early (a fix
        recalled from memory is validated alone), so a user choosing sees the same list
        every run."""
        if len(solution.path) != 1 or limit <= 0:
            return []
        if explore:
            self._explore_first_step(limit)
        chosen = solution.path[0].proposal.state_hash
        seen = {chosen}
        complete = []
        for attempt in self.state.first_step:
            key = attempt.proposal.state_hash
            if attempt.accepted and attempt.verdict.errors_after == 0 and key not in seen:
                seen.add(key)
                complete.append(attempt)
        complete.sort(
            key=lambda a: (
                idiom_cost(a.proposal.files, self._pristine_or_empty),
                a.proposal.lines,
                -a.proposal.p_green,
            )
        )
        found: list[Solution] = []
        for attempt in complete:
            if len(found) >= limit or self._late():
                break
            proven = self._prove(dict(attempt.proposal.files), [attempt])
            if proven is not None:
                found.append(proven)
        self.slots[0].sync(solution.files)  # leave the slot at the chosen state
        return found

    def _explore_first_step(self, limit: int) -> None:
        complete = {
            a.proposal.state_hash
            for a in self.state.first_step
            if a.accepted and a.verdict.errors_after == 0
        }
        if len(complete) > limit:
            return
        baseline = self.check({}).diagnostics
        targets = policy.targets(baseline, self.lint_mode)
        validated = {a.proposal.state_hash for a in self.state.first_step}
        cheap = [p for p in self._tiers(with_model=False)[0] if p.name != "memory"]
        proposals = gather(
            cheap,
            self._context({}, list(baseline)),
            targets,
            {},
            self.priors,
            self.settings.max_candidates,
            validated,
        )
        proposals = [p for p in proposals if p.lines <= self.settings.k_lines]
        for start in range(0, min(len(proposals), 2 * limit), len(self.slots)):
            if self._late():
                break
            batch = proposals[start : start + len(self.slots)]
            self.state.first_step += self._validate_batch(batch, list(baseline))

    # --- steps -------------------------------------------------------------------------------

    def _validate_batch(self, batch: list[Proposal], before: list[Diagnostic]) -> list[Attempt]:
        known = [self.state.verdicts.get(p.state_hash) for p in batch]
        replayed = [replace(a, replayed=True) for a in known if a is not None]
        batch = [p for p, a in zip(batch, known, strict=True) if a is None]
        return replayed + self._validate_fresh(batch, before)

    def _validate_fresh(self, batch: list[Proposal], before: list[Diagnostic]) -> list[Attempt]:
        for proposal in batch:
            self.state.seen.add(proposal.state_hash)
            self.tracer.emit(
                "patch",
                move=proposal.candidate.move,
                proposer=proposal.candidate.proposer,
                intent=proposal.candidate.intent,
                p_green=round(proposal.p_green, 3),
                changed_lines=proposal.lines,
                state=proposal.state_hash,
                diff=self._diff_from_pristine(proposal.files),  # what replay re-applies
            )
        futures = [
            self._pool.submit(self._validate, slot, proposal, before)
            for slot, proposal in zip(self.slots, batch, strict=False)
        ]
        attempts = [future.result() for future in futures]
        for attempt in attempts:
            self.state.attempts.append(attempt)
            self.state.verdicts[attempt.proposal.state_hash] = attempt
            self.priors.record(attempt.proposal.candidate, attempt.accepted)
            self.tracer.emit(
                "validate",
                move=attempt.proposal.candidate.move,
                green=attempt.accepted,
                errors_before=attempt.verdict.errors_before,
                errors_after=attempt.verdict.errors_after,
                new_errors=list(attempt.verdict.new_errors[:3]),
                seconds=round(attempt.verdict.seconds, 2),
                p_green=round(attempt.proposal.p_green, 3),
                state=attempt.proposal.state_hash,
            )
        return attempts

    def _validate(self, slot: Slot, proposal: Proposal, before: list[Diagnostic]) -> Attempt:
        started = time.monotonic()
        checked = self.check(proposal.files, slot)
        accepted, introduced = policy.progress(
            self._problems(before), self._problems(checked.diagnostics)
        )
        verdict = Verdict(
            green=accepted,
            errors_before=len(self._problems(before)),
            errors_after=len(self._problems(checked.diagnostics)),
            new_errors=tuple(introduced),
            reason="progress" if accepted else ("new problems" if introduced else "no progress"),
            seconds=time.monotonic() - started,
        )
        return Attempt(proposal, verdict, accepted)

    def _prove(self, files: dict[str, str], path: list[Attempt]) -> Solution | None:
        """No problem left: run the tests; green only if nothing that passed now fails."""
        if not path:
            return None
        key = state_hash(files)
        if key in self.state.proved:
            return None  # went red on the tests in an earlier pass
        wrong = self._correctness_warning(files)
        if wrong:
            return self._red_leaf(key, path, wrong)
        self.slots[0].sync(files)
        report = self.slots[0].test(self.settings.test_timeout)
        self.state.test_runs += 1
        self.state.last_tests = report
        green, why = self._tests_green(report)
        if not green:
            flaky = self._flaky(report)
            if flaky:
                # flaky → abstain rather than guess (SPEC §2): the search ends here
                self.state.flaky = flaky
                why = f"flaky tests (passed and failed on reruns): {', '.join(flaky[:3])}"
        elif not report.passed and any(
            a.proposal.candidate.move.endswith(GUESS_SUFFIX) for a in path
        ):
            green, why = False, "it rests on a guess and no test passes to confirm it"
        elif not report.cases:
            green, why = self._program_runs(files)
        self.tracer.emit(
            "validate",
            stage="tests",
            green=green,
            passed=len(report.passed),
            failed=sorted(report.failed)[:10],
            reason=why,
        )
        if green:
            return Solution(files, path, report)
        return self._red_leaf(key, path, why)

    def _red_leaf(self, key: str, path: list[Attempt], why: str) -> None:
        """The state compiles but is not a fix: remember why, count it against the last
        move, and backtrack (the search tries the next accepted alternative)."""
        self.state.last_failure = why
        self.state.proved[key] = why
        last = path[-1]
        self.priors.record(last.proposal.candidate, False)
        self.tracer.emit(
            "reflect",
            outcome="red",
            move=last.proposal.candidate.move,
            post_mortem=f"compiles, but {why}: the assumption behind "
            f"`{last.proposal.candidate.move}` was wrong; backtracking",
        )
        return None

    def _correctness_warning(self, files: Mapping[str, str]) -> str:
        """ "" or why the state is wrong although it compiles: a correctness lint
        (`unconditional_recursion`, `unreachable_code`, ...) on a line the patch changed."""
        changed = {
            name: changed_line_numbers(self._pristine_or_empty(name), text)
            for name, text in files.items()
        }
        found = policy.new_correctness_warnings(
            self.check({}).diagnostics, self.check(files).diagnostics, changed
        )
        if not found:
            return ""
        first = found[0]
        span = first.primary
        where = f" at {span.file}:{span.line_start}" if span else ""
        return f"it introduces warning `{first.code}` ({first.message}){where}"

    def _program_runs(self, files: Mapping[str, str]) -> tuple[bool, str]:
        """A crate with no tests has one more witness: its binary, run once with no input.
        It must not overflow its stack, die from a signal, or panic on a patched line."""
        run = self.slots[0].run_program(min(10.0, self.settings.test_timeout))
        if not run.ran or run.timed_out:
            return True, "no tests exist; the program " + (
                "waits for input or runs on (not judged)" if run.timed_out else "was not run"
            )
        if run.overflowed:
            return False, "the program overflows its stack (runaway recursion)"
        if run.signal:
            return False, f"the program dies from signal {run.signal}"
        if run.panicked_at and self._on_changed_line(run.panicked_at, files):
            return False, f"the program panics at {run.panicked_at}, a line the patch changed"
        return True, f"no tests exist; the program runs (exit {run.exit_code})"

    def _on_changed_line(self, location: str, files: Mapping[str, str]) -> bool:
        file, _, rest = location.partition(":")
        line = rest.split(":", 1)[0]
        if file not in files or not line.isdigit():
            return False
        return int(line) in changed_line_numbers(self._pristine_or_empty(file), files[file])

    def _flaky(self, report: TestReport) -> list[str]:
        """SPEC §2 Validate: a failed test is run again; if it passes now, a third run has
        the last word, and a test seen both passing and failing is flaky. Rusta never counts
        a flaky test as proof either way: the leaf stays red and the reason says why."""
        failed = sorted(report.failed)
        names = tuple(libtest_name(name) for name in failed)
        if not failed or not report.compiled or report.timed_out or not all(names):
            return []
        second = self.slots[0].test(self.settings.test_timeout, only=names)
        self.state.test_runs += 1
        flipped = [name for name in failed if name in second.passed]
        if not flipped:
            return []
        third = self.slots[0].test(self.settings.test_timeout, only=names)
        self.state.test_runs += 1
        self.tracer.emit(
            "validate",
            stage="tests",
            green=False,
            passed=len(third.passed),
            failed=sorted(third.failed)[:10],
            reason=f"reruns of {len(failed)} failed test(s): {len(flipped)} flaky",
        )
        return flipped

    def _tests_green(self, report: TestReport) -> tuple[bool, str]:
        if report.timed_out:
            return False, "the tests timed out"
        if not report.compiled:
            return False, "the tests do not compile"
        if self.baseline_passing is None:
            failed = sorted(report.failed)
            return (not failed, f"tests fail: {', '.join(failed[:3])}" if failed else "tests pass")
        broken = sorted(self.baseline_passing - report.passed)
        if broken:
            return False, f"tests that passed before now fail: {', '.join(broken[:3])}"
        return True, "every test that passed before still passes"

    def _composites(self, attempts: list[Attempt], before: list[Diagnostic]) -> list[Proposal]:
        """Candidates that removed their target but revealed 1-3 new errors get one follow-up."""
        composites: list[Proposal] = []
        for attempt in attempts:
            proposal = attempt.proposal
            if attempt.accepted or proposal.target is None or "+" in proposal.candidate.move:
                continue
            after = self.check(proposal.files).diagnostics
            if _still_there(proposal.target, before, after):
                continue
            new = _new_problems(self._problems(before), self._problems(after))
            if not 1 <= len(new) <= 3:
                continue
            context = self._context(dict(proposal.files), after)
            follow_ups = gather(  # follow-ups come from the cheap tier only
                self._tiers()[0], context, new, proposal.files, self.priors, 3, self.state.seen
            )
            for follow in follow_ups:
                merged = replace(
                    follow.candidate,
                    move=f"{proposal.candidate.move}+{follow.candidate.move}",
                    intent=f"{proposal.candidate.intent}; then {follow.candidate.intent}",
                    proposer=proposal.candidate.proposer,
                    edits=proposal.candidate.edits,
                )
                lines = proposal.lines + follow.lines
                composites.append(
                    Proposal(
                        merged,
                        follow.files,
                        proposal.p_green * follow.p_green,
                        lines,
                        follow.state_hash,
                        proposal.target,
                    )
                )
        return sorted(composites, key=lambda p: (-p.p_green, p.lines))[:4]

    # --- memory: the mistake ledger and the episodic cache (issue 4) -------------------------

    def remember_green(
        self, solution: Solution, cache: EpisodicCache, repo: str, manifest: str
    ) -> int:
        """Record each green step (the lines it changed, the diagnostic it targeted)."""
        recorded, state = 0, {}
        for attempt in solution.path:
            targets = policy.targets(self.check(state).diagnostics, self.lint_mode)
            target = attempt.proposal.target or (targets[0] if targets else None)
            after = dict(attempt.proposal.files)
            before = {name: state.get(name) or self._pristine_or_empty(name) for name in after}
            changed = {name: text for name, text in after.items() if before[name] != text}
            hunks = hunks_between(before, changed, target) if target else ()
            if hunks:
                move = attempt.proposal.candidate.move.removeprefix("memory/")
                cache.record(target, repo, manifest, move, hunks)
                recorded += 1
            state = after
        return recorded

    def _mistakes(
        self, proposals: Sequence[Proposal], context: ProposalContext, targets: list[Diagnostic]
    ) -> list[Mistake]:
        state = self._crate_state(context)
        keys = []
        for proposal in proposals:
            target = proposal.target or targets[0]
            signature = hashlib.sha256(repr(_signature(proposal, context)).encode()).hexdigest()
            keys.append(mistake(fingerprint(target), state, signature, proposal.candidate.move))
        return keys

    def _not_known_red(
        self, proposals: list[Proposal], context: ProposalContext, targets: list[Diagnostic]
    ) -> list[Proposal]:
        """Drop candidates that already went red for this diagnostic on this very code."""
        if self.ledger is None or not proposals or not targets:
            return proposals
        keys = self._mistakes(proposals, context, targets)
        known = self.ledger.known(k.key for k in keys)
        kept = [p for p, k in zip(proposals, keys, strict=True) if k.key not in known]
        self.state.known_red_skipped += len(proposals) - len(kept)
        return kept

    def _remember_red(
        self, attempts: list[Attempt], context: ProposalContext, targets: list[Diagnostic]
    ) -> None:
        red = [a for a in attempts if not a.accepted]
        self.state.red += len(red)
        if self.ledger is None or not red or not targets:
            return
        for key in self._mistakes([a.proposal for a in red], context, targets):
            self.state.repeat_mistakes += self.ledger.record(key)

    def _crate_state(self, context: ProposalContext) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.rust_files):
            digest.update(name.encode() + b"\0" + context.text(name).encode() + b"\0")
        return digest.hexdigest()[:24]

    def _pristine_or_empty(self, name: str) -> str:
        try:
            return self.read_pristine(name)
        except FileNotFoundError:
            return ""

    # --- helpers -----------------------------------------------------------------------------

    def _complete(self, attempts: list[Attempt]) -> bool:
        """Some accepted candidate leaves no problem at all."""
        return any(a.accepted and a.verdict.errors_after == 0 for a in attempts)

    def _problems(self, diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
        return policy.problems(diagnostics, self.lint_mode)

    def _context(self, files: Mapping[str, str], diagnostics: list[Diagnostic]) -> ProposalContext:
        def read(name: str) -> str:
            return files[name] if name in files else self.read_pristine(name)

        return ProposalContext(read=read, files=self.rust_files, diagnostics=diagnostics)

    def _diff_from_pristine(self, files: Mapping[str, str]) -> str:
        old = {}
        for name in files:
            with suppress(FileNotFoundError):  # a file the candidate creates has no old side
                old[name] = self.read_pristine(name)
        return unified_diff(old, files)

    def _within_budget(self, proposal: Proposal, path: list[Attempt]) -> bool:
        total = sum(a.proposal.lines for a in path) + proposal.lines
        return total <= self.settings.k_lines

    def _exhausted(self) -> bool:
        return (
            self._late()
            or len(self.state.attempts) >= self.validation_limit
            or bool(self.state.flaky)
        )

    def _late(self) -> bool:
        return time.monotonic() > self.deadline


# What a Rust developer would rather not see added when another proven patch does without
# it: a clone (a restructure beats a copy), a cast that can truncate silently, an unwrap.
_UNIDIOMATIC = (
    re.compile(r"\.clone\(\)|\.to_owned\(\)"),
    re.compile(r"\bas\s+(?:u8|u16|u32|i8|i16|i32|usize|isize)\b"),
    re.compile(r"\.unwrap\(\)"),
)


def idiom_cost(files: Mapping[str, str], old_text: Callable[[str], str]) -> int:
    """How many unidiomatic constructs the patch adds (counted against the old text)."""
    cost = 0
    for name, text in files.items():
        try:
            old = old_text(name)
        except FileNotFoundError:
            old = ""
        if old == text:
            continue
        cost += sum(max(0, len(p.findall(text)) - len(p.findall(old))) for p in _UNIDIOMATIC)
    return cost


def _lookahead(targets: Sequence[Diagnostic], slots: int) -> int:
    """How many candidates to compare before descending into a partial improvement. Parse
    errors are cheap to check and their first fix often misleads: look wider there."""
    if targets and all(policy.phase(t) == 0 for t in targets):
        return max(8, 2 * slots)
    return 2 * slots


def _signature(proposal: Proposal, context: ProposalContext) -> tuple[object, ...]:
    """The same edit for the same diagnostic, wherever earlier steps shifted its offsets."""
    target = proposal.target
    edits = []
    for edit in proposal.candidate.edits:
        try:
            data = context.text(edit.file).encode()
        except OSError:
            data = b""
        original = data[edit.byte_start : edit.byte_end]
        # where: the line the edit starts on and the column in it, so two identical insertions
        # (a `}` on two different lines) differ while a shift by earlier lines changes nothing
        line_at = data.rfind(b"\n", 0, edit.byte_start) + 1
        line_end = data.find(b"\n", edit.byte_start)
        line = data[line_at : line_end if line_end >= 0 else len(data)]
        edits.append((edit.file, line, edit.byte_start - line_at, original, edit.replacement))
    key = (target.code, target.message) if target else ()
    if "+" in proposal.candidate.move:
        # a composite carries only its first part's edits: two follow-ups of the same move
        # (a typo fixed to `e` or to `ev`) are different edits, told apart by the state
        return (proposal.candidate.move, key, tuple(edits), proposal.state_hash)
    return (proposal.candidate.move, key, tuple(edits))


def _recalled(attempts: list[Attempt]) -> bool:
    """A fix recalled from memory made progress: it lay on a green path from this very state
    before, so looking further before descending would only spend validations (issue 4)."""
    return any(a.accepted and a.proposal.candidate.proposer == "memory" for a in attempts)


def _still_there(target: Diagnostic, before: list[Diagnostic], after: list[Diagnostic]) -> bool:
    key = (target.code, target.message)
    count = lambda ds: sum((d.code, d.message) == key for d in ds)  # noqa: E731
    return count(after) >= count(before)


def _new_problems(before: list[Diagnostic], after: list[Diagnostic]) -> list[Diagnostic]:
    old = Counter((d.code, d.message) for d in before)
    new = []
    for diagnostic in after:
        key = (diagnostic.code, diagnostic.message)
        if old[key] > 0:
            old[key] -= 1
        else:
            new.append(diagnostic)
    return new


def _describe(diagnostic: Diagnostic) -> str:
    span = diagnostic.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    return f"{diagnostic.code or 'syntax'} {diagnostic.message}{where}"
