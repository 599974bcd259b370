"""Patch Tree Search (SPEC §3): which candidate to try next, best-first, step by step.

Each step takes the current state's problems, gathers candidates (propose.py) by proposer
tier, and has the validator (validate.py, the only user of the sandbox slots) judge them in
batches, one per slot, in parallel. A candidate is accepted when it makes progress
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
from contextlib import suppress
from dataclasses import dataclass, field, replace

from rusta.knowledge import rootcause
from rusta.learn.priors import Priors
from rusta.loop import group, policy
from rusta.loop.propose import Proposal, gather, state_hash
from rusta.loop.validate import Validator
from rusta.memory.cache import EpisodicCache, fingerprint, hunks_between
from rusta.memory.mistakes import Mistake, MistakeLedger, mistake
from rusta.patch.diff import unified_diff
from rusta.proposers.context import ProposalContext
from rusta.protocols import Proposer
from rusta.trace.events import Tracer
from rusta.types import GUESS_SUFFIX, TEST_FAILURE_CODE, Diagnostic, TestReport, Verdict


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
    last_failure: str = ""
    seen: set[str] = field(default_factory=set)
    # Edits that already failed for the same diagnostic in a sibling branch: not tried again.
    failed: set[tuple[object, ...]] = field(default_factory=set)
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


MODEL_SLACK = 60.0  # seconds beyond the model's budget for validating what it proposed


class Searcher:
    """Best-first over candidate states: what to try next, never how to try it (the
    validator does that), within the episode's budgets."""

    def __init__(
        self,
        validator: Validator,
        proposers: Sequence[Proposer],
        priors: Priors,
        tracer: Tracer,
        rust_files: Sequence[str],
        ledger: MistakeLedger | None = None,
    ) -> None:
        self.validator = validator
        self.settings = validator.settings
        self.proposers = proposers
        self.priors = priors
        self.tracer = tracer
        self.rust_files = list(rust_files)
        self.deadline = time.monotonic() + self.settings.episode_seconds
        self.state = SearchState()
        self.ledger = ledger
        self.allow_model = False
        self.history: Callable[[str], str | None] | None = None  # files at HEAD (issue 20)
        self.validation_limit = self.settings.max_validations

    # --- public ------------------------------------------------------------------------------

    def search(self, files: dict[str, str], diagnostics: list[Diagnostic]) -> Solution | None:
        """The model-free search first; only when it fails, once more with the model asked
        wherever the cheap candidates of a step are spent. A plugged-in model can then only
        add fixes: it never spends the budget a model-free fix needed (a call costs seconds)."""
        solution = self.solve(files, diagnostics)
        costly = any(_tier(p) > 0 for p in self.proposers)
        if solution is not None or not costly or self._late():
            return solution
        self.allow_model = True
        # the model pass has its own budget (model_budget_seconds of calls, and the checks
        # of what they proposed), after whatever the model-free pass left of the episode's
        self.deadline = max(
            self.deadline, time.monotonic() + self.settings.model_budget_seconds + MODEL_SLACK
        )
        while True:
            # Each model pass takes one more round per unfinished model task (a proposer
            # that iterates on feedback says `pending`); the answers of the last pass were
            # validated, and finished by the cheap tier where it could, in between.
            for proposer in self.proposers:
                if _tier(proposer) > 0 and hasattr(proposer, "begin_pass"):
                    proposer.begin_pass()
            self.state.seen.clear()
            self.validation_limit = len(self.state.attempts) + self.settings.max_validations
            solution = self.solve(files, diagnostics)
            if solution is not None or self._late() or not self._model_pending():
                return solution

    def _model_pending(self) -> bool:
        return any(_tier(p) > 0 and getattr(p, "pending", False) for p in self.proposers)

    def solve(
        self,
        files: dict[str, str],
        diagnostics: list[Diagnostic],
        path: list[Attempt] | None = None,
    ) -> Solution | None:
        path = path or []
        targets = self.validator.targets(diagnostics)
        if not targets:
            return self._prove(files, path)
        if self._exhausted() or len(path) >= self.settings.max_steps:
            return None
        context = self._context(files, diagnostics)
        causes = rootcause.group(targets, context.text, context.symbols)  # issue 20
        # Cheap proposers first; a model is asked only when their candidates are spent
        # (a model call costs seconds, a compiler suggestion nothing).
        # a failing test has many suspect lines and no compiler hint: a wider step
        limit = self.settings.max_candidates * (3 if self.validator.test_mode else 1)
        tiers = self._tiers()
        if self.allow_model and not path:
            # The model-free pass already walked this tree to its end without a fix: at the
            # root the model goes first, so its calls (seconds each) are spent on the
            # user's code, not on the states that pass's guesses led to.
            tiers = tiers[::-1]
        for tier in tiers:
            proposals = gather(tier, context, targets, files, self.priors, limit, self.state.seen)
            proposals = [
                p
                for p in proposals
                if self._within_budget(p, path) and _signature(p, context) not in self.state.failed
            ]
            proposals = self._not_known_red(proposals, context, targets)
            proposals = group.by_cause(proposals, causes)
            self.tracer.emit(
                "plan",
                step=len(path) + 1,
                targets=[_describe(d) for d in targets[:5]],
                candidates=len(proposals),
                gear=policy.gear(targets),
                causes=[f"{c.summary()} ({c.sites})" for c in causes],
            )
            step = (causes, files)
            solution = self._run_queue(list(proposals), diagnostics, targets, context, path, step)
            if solution is not None or self._exhausted():
                return solution
        return None

    def _tiers(self, with_model: bool | None = None) -> list[list[Proposer]]:
        """The proposers by the tier they declare: cheap (0) first, costly (1: a model call
        costs seconds) only in the second pass."""
        cheap = [p for p in self.proposers if _tier(p) == 0]
        costly = [p for p in self.proposers if _tier(p) > 0]
        if not (self.allow_model if with_model is None else with_model):
            costly = []
        return [tier for tier in (cheap, costly) if tier]

    def _cheap(self) -> list[Proposer]:
        """The cheap tier (empty when only the model is asked: `model_only`)."""
        return [p for p in self.proposers if _tier(p) == 0]

    def _run_queue(
        self,
        queue: list[Proposal],
        diagnostics: list[Diagnostic],
        targets: list[Diagnostic],
        context: ProposalContext,
        path: list[Attempt],
        step: tuple[list[rootcause.Cause], dict[str, str]] | None = None,
    ) -> Solution | None:
        while queue and not self._exhausted():
            attempts, queue = self._next_batch(queue, diagnostics, targets)
            joined = group.combined(attempts, *step, context, self.priors) if step else None
            held = None  # the join, kept for the next batch
            if joined is not None and joined.state_hash not in self.state.seen:
                if self._complete(attempts):
                    # a candidate already leaves no problem: the join is tried only if that
                    # one turns out red (issue 19: its check would delay the winner's proof)
                    held = joined
                else:
                    attempts = self._validate_batch([joined], diagnostics) + attempts  # issue 20
            fresh = [a for a in attempts if not a.replayed]
            if not path:
                self.state.first_step += fresh
            self._remember_red(fresh, context, targets, diagnostics)
            self.state.failed.update(
                _signature(a.proposal, context) for a in fresh if not a.accepted
            )
            solution = self._descend(attempts, context, path)
            if solution is not None:
                return solution
            composites = self._composites(attempts, diagnostics)
            queue = self._not_known_red(composites, context, targets) + queue
            if held is not None:
                queue.insert(0, held)
        return None

    def _next_batch(
        self, queue: list[Proposal], diagnostics: list[Diagnostic], targets: list[Diagnostic]
    ) -> tuple[list[Attempt], list[Proposal]]:
        """Validate the next batch; while it holds only partial improvements, look further
        before descending, so a candidate that fixes more is preferred to the first that
        fixes something. A fix recalled from memory is validated alone: when it is right,
        the step costs one check instead of a batch (issue 4)."""
        width = self.validator.width
        size = 1 if queue[0].candidate.proposer == "memory" else width
        attempts = self._validate_batch(queue[:size], diagnostics)
        queue = queue[size:]
        while (
            any(a.accepted for a in attempts)
            and queue
            and not self._complete(attempts)
            and len(attempts) < _lookahead(targets, width)
            and not self._exhausted()
            and not _recalled(attempts)
        ):
            attempts += self._validate_batch(queue[:width], diagnostics)
            queue = queue[width:]
        return attempts, queue

    def _descend(
        self, attempts: list[Attempt], context: ProposalContext, path: list[Attempt]
    ) -> Solution | None:
        """Go down each accepted candidate, at equal progress the more idiomatic patch
        first, then the smaller one."""
        accepted = sorted(
            (a for a in attempts if a.accepted),
            key=lambda a: (
                a.verdict.errors_after,
                idiom_cost(a.proposal.files, context.text),
                a.proposal.lines,
            ),
        )
        for attempt in accepted:
            after = self.validator.check(attempt.proposal.files).diagnostics
            solution = self.solve(dict(attempt.proposal.files), after, [*path, attempt])
            if solution is not None:
                return solution
        return None

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
                idiom_cost(a.proposal.files, self.validator.pristine),
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
        self.validator.show(solution.files)  # leave the slot at the chosen state
        return found

    def _explore_first_step(self, limit: int) -> None:
        complete = {
            a.proposal.state_hash
            for a in self.state.first_step
            if a.accepted and a.verdict.errors_after == 0
        }
        if len(complete) > limit:
            return
        baseline = self.validator.check({}).diagnostics
        targets = self.validator.targets(baseline)
        validated = {a.proposal.state_hash for a in self.state.first_step}
        cheap = [p for p in self._cheap() if p.name != "memory"]
        if not cheap:  # model-only: no cheap candidates to explore
            return
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
        for start in range(0, min(len(proposals), 2 * limit), self.validator.width):
            if self._late():
                break
            batch = proposals[start : start + self.validator.width]
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
        verdicts = self.validator.judge([p.files for p in batch], before)
        attempts = [Attempt(p, v, v.green) for p, v in zip(batch, verdicts, strict=False)]
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
                # why a candidate was refused unbuilt (test code, off the call path, a TODO
                # deleted with no code written); a built one's verdict is in its counts
                reason=attempt.verdict.reason
                if attempt.verdict.reason.startswith("refused")
                else "",
            )
        return attempts

    def _prove(self, files: dict[str, str], path: list[Attempt]) -> Solution | None:
        """No problem left: the validator runs the witnesses; red backtracks."""
        if not path:
            return None
        key = state_hash(files)
        if key in self.state.proved:
            return None  # went red on the tests in an earlier pass
        guess = any(a.proposal.candidate.move.endswith(GUESS_SUFFIX) for a in path)
        proof = self.validator.prove(files, guess)
        if proof.flaky:
            self.state.flaky = list(proof.flaky)  # flaky → abstain rather than guess (SPEC §2)
        if proof.green and proof.report is not None:
            return Solution(files, path, proof.report)
        return self._red_leaf(key, path, proof.why)

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

    def _composites(self, attempts: list[Attempt], before: list[Diagnostic]) -> list[Proposal]:
        """Candidates that removed their target but revealed 1-3 new errors get one follow-up."""
        composites: list[Proposal] = []
        for attempt in attempts:
            proposal = attempt.proposal
            if attempt.accepted or "+" in proposal.candidate.move:
                continue
            if not self._partial_step(attempt, before):
                continue
            after = self.validator.check(proposal.files).diagnostics
            new = _new_problems(self.validator.problems(before), self.validator.problems(after))
            if not 1 <= len(new) <= 3:
                continue
            context = self._context(dict(proposal.files), after)
            follow_ups = gather(  # follow-ups come from the cheap tier only
                self._cheap(), context, new, proposal.files, self.priors, 3, self.state.seen
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
            targets = self.validator.targets(self.validator.check(state).diagnostics)
            target = attempt.proposal.target or (targets[0] if targets else None)
            after = dict(attempt.proposal.files)
            before = {name: state.get(name) or self.validator.pristine(name) for name in after}
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

    def _partial_step(self, attempt: Attempt, before: list[Diagnostic]) -> bool:
        """The candidate removed its target (and may have revealed other errors): the seed a
        composite follows up, never a mistake to skip next time."""
        target = attempt.proposal.target
        if target is None or attempt.verdict.reason.startswith("refused"):
            return False
        if target.code == TEST_FAILURE_CODE:
            return False  # a repair that breaks the build hides the tests: not "removed"
        after = self.validator.check(attempt.proposal.files).diagnostics
        return not _still_there(target, before, after)

    def _remember_red(
        self,
        attempts: list[Attempt],
        context: ProposalContext,
        targets: list[Diagnostic],
        before: list[Diagnostic],
    ) -> None:
        red = [a for a in attempts if not a.accepted]
        self.state.red += len(red)
        # a candidate that removed its target but revealed other errors is a partial step,
        # the seed of a composite that may go green (`next_line` made pub reveals that
        # `entries` is private too): skipping it next time would lose that fix on a re-run
        worse = [a for a in red if not self._partial_step(a, before)]
        if self.ledger is None or not worse or not targets:
            return
        for key in self._mistakes([a.proposal for a in worse], context, targets):
            self.state.repeat_mistakes += self.ledger.record(key)

    def _crate_state(self, context: ProposalContext) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.rust_files):
            digest.update(name.encode() + b"\0" + context.text(name).encode() + b"\0")
        return digest.hexdigest()[:24]

    # --- helpers -----------------------------------------------------------------------------

    def _complete(self, attempts: list[Attempt]) -> bool:
        """Some accepted candidate leaves no problem at all."""
        return any(a.accepted and a.verdict.errors_after == 0 for a in attempts)

    def _context(self, files: Mapping[str, str], diagnostics: list[Diagnostic]) -> ProposalContext:
        def read(name: str) -> str:
            return files[name] if name in files else self.validator.read_pristine(name)

        def check(changed: Mapping[str, str]) -> list[Diagnostic]:
            return self.validator.check({**files, **changed}).diagnostics

        def test(changed: Mapping[str, str]) -> str:
            return self.validator.test_failures({**files, **changed})

        return ProposalContext(
            read=read,
            files=self.rust_files,
            diagnostics=diagnostics,
            committed=self.history,
            check=check,
            test=test,
        )

    def _diff_from_pristine(self, files: Mapping[str, str]) -> str:
        old = {}
        for name in files:
            with suppress(FileNotFoundError):  # a file the candidate creates has no old side
                old[name] = self.validator.read_pristine(name)
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


def _tier(proposer: Proposer) -> int:
    return getattr(proposer, "tier", 0)


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
