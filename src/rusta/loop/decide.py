"""Decide (SPEC §2): Apply, Abstain or Ask.

After the search and polish, the winner is proven; so may be a few siblings (other one-step
fixes of the same problems, proven the same way). Two kinds of sibling:
- the same behaviour said differently (`x as u64`, `x.into()`, `u64::from(x)` for a `u32`:
  the crate compiles to the same machine code): a style choice, Rusta picks the idiomatic
  one and offers the others under "also proven";
- a different behaviour (`(w * h) as u64` overflows in `u32` first, `u64::from(w) *
  u64::from(h)` does not; both pass the tests, so the tests cannot tell which one the
  developer meant) and no more idiomatic than the winner (a behaviour that needs a clone
  the winner does without is not a question: the idiom decides). Confidence is then the
  winner's share of the proven behaviours' p(green), and when it is below τ_patch (quick:
  one file; multi: several) Rusta asks one concrete question whose answers are the proven
  fixes, one per behaviour, instead of guessing. The machine code is only built when the
  doubt could matter (the share with every sibling counted as another behaviour is below
  the threshold).
A proven fix with no competing one is applied: the proof is the evidence. No green within
budget is an abstention (raised as `Abstain`, logged by the episode's context).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rusta.loop import policy, probe
from rusta.loop.context import Episode
from rusta.loop.flow import Abstain
from rusta.loop.search import Solution, idiom_cost
from rusta.loop.validate import libtest_name
from rusta.patch.count import changed_lines
from rusta.patch.describe import change_title
from rusta.patch.diff import unified_diff
from rusta.trace.tree import diagnostic_keys
from rusta.types import Alternative, Diagnostic, Outcome, Question, Status


@dataclass(frozen=True)
class Decision:
    """Apply `solution`, or (questions non-empty) ask which of the options to apply."""

    solution: Solution
    winner: Alternative  # the solution as shown: title, diff, changed lines
    confidence: float
    alternatives: tuple[Alternative, ...]  # the same behaviour said differently: offered
    questions: tuple[Question, ...] = ()

    @property
    def ask(self) -> bool:
        return bool(self.questions)


def announce(episode: Episode, targets: Sequence[Diagnostic]) -> None:
    """Communicate (SPEC §2): the one line of intent, and the gear, before any edit."""
    episode.tracer.emit(
        "decide",
        decision="search",
        gear=policy.gear(targets),
        intent=intent(targets),
        targets=len(targets),
        lint_mode=episode.validator.lint_mode,
        test_mode=episode.validator.test_mode,
        baseline=diagnostic_keys(targets),
    )


def nothing_to_fix(episode: Episode) -> None:
    """No problem to search on: the crate compiles and no test fails twice (failing tests
    are test mode's problems, see validate.py). What is left to say: tests that do not
    compile or time out (abstain: nothing to localize), and flaky tests (reported as such,
    never as problems)."""
    baseline = episode.validator.baseline_tests()
    lint_mode = episode.validator.lint_mode
    if baseline.green:
        episode.tracer.emit(
            "decide",
            decision="nothing-to-do",
            lint_mode=lint_mode,
            baseline=[],
            flaky_tests=list(baseline.flaky),
        )
        return
    failing = baseline.failing
    episode.tracer.emit(
        "decide",
        decision="failing-tests",
        lint_mode=lint_mode,
        failing_tests=[case.name for case in failing],
        flaky_tests=list(baseline.flaky),
    )
    if baseline.report.timed_out or not baseline.report.compiled:
        why = "timed out" if baseline.report.timed_out else "do not compile"
        raise Abstain(f"the crate compiles but its tests {why}", ("cargo test",))
    names = ", ".join(case.name for case in failing[:3]) + (" …" if len(failing) > 3 else "")
    raise Abstain(
        f"the crate compiles, but {len(failing)} test(s) fail ({names})",
        tuple(f"cargo test -- --exact {libtest_name(c.name)}" for c in failing[:3]),
        failing,
    )


def todos_phrase(episode: Episode) -> str:
    """What a clean crate still holds for a model: its TODOs, when no model was plugged in
    (with one, they were the problems)."""
    validator = episode.validator
    if validator.intent:
        return ""
    left = validator.todos({})
    if not left:
        return ""
    first = left[0].primary
    where = f" (first: {first.file}:{first.line_start})" if first else ""
    return f"; {len(left)} TODO(s) are work for a model{where}: try `--model local`"


def found(episode: Episode, solution: Solution | None, targets: Sequence[Diagnostic]) -> Solution:
    """The search's winner, or an abstention that says what was tried and what to probe."""
    if solution is None:
        validator = episode.validator
        if validator.test_mode and validator.tests is not None:
            failing = validator.tests.failing
            raise Abstain(
                why_abstain(episode) + suspects_phrase(episode),
                tuple(f"cargo test -- --exact {libtest_name(c.name)}" for c in failing[:3]),
                failing,
            )
        raise Abstain(why_abstain(episode), probe.next_probes(targets))
    return solution


def suspects_phrase(episode: Episode) -> str:
    """The top suspects of fault localization, for an abstention on failing tests: where a
    developer should look even when nothing was repaired."""
    where = episode.validator.localization
    if where is None or not where.suspects:
        return ""
    top = "; ".join(s.describe() for s in where.suspects[:3])
    return f". Most suspicious: {top}"


def decide(
    episode: Episode, solution: Solution, targets: Sequence[Diagnostic], explore: bool
) -> Decision:
    # a test repair has only the tests for a spec: look for the other repairs they accept
    # (then ask which was meant) instead of applying the first green one silently
    explore = explore or episode.validator.test_mode
    others = proven_alternatives(episode, solution, explore)
    winner = _as_alternative(episode, solution)
    proven = proof_confidence(solution, episode.validator.behaviour_change)
    threshold = _threshold(episode, solution)
    if not others or _share(proven, winner, others) >= threshold:
        return Decision(solution, winner, proven, others)  # no doubt the others could raise
    kinds = _behaviours(episode, winner, others)
    # a behaviour whose best patch is less idiomatic than the winner (it adds a clone, an
    # unwrap, a narrowing cast) is not a question: the idiom decides, as at equal proof
    cost = idiom_cost(winner.files, episode.pristine)
    kinds = [kinds[0], *(k for k in kinds[1:] if idiom_cost(k[0].files, episode.pristine) <= cost)]
    representatives = [kind[0] for kind in kinds]  # best first within each behaviour
    confidence = _share(proven, winner, representatives[1:])
    if len(kinds) < 2 or confidence >= threshold:
        return Decision(solution, winner, confidence, others)
    question = Question(_question_text(targets[0], representatives), tuple(representatives))
    episode.tracer.emit(
        "decide",
        decision="ask",
        intent=question.text,
        targets=len(targets),
        lint_mode=episode.validator.lint_mode,
        options=[option.title for option in question.options],
        option_diffs=[option.diff for option in question.options],
    )
    same = tuple(o for o in others if o not in representatives)
    return Decision(solution, winner, confidence, same, (question,))


def _behaviours(
    episode: Episode, winner: Alternative, others: Sequence[Alternative]
) -> list[list[Alternative]]:
    """The proven fixes grouped by what they compile to, the winner's group first. When the
    machine code cannot be built (a virtual workspace, a build that fails in release), there
    is no evidence of a difference: one group, and the winner is applied as before Ask."""
    options = [winner, *others]
    fingerprints = episode.validator.behaviours([o.files for o in options])
    episode.validator.show(winner.files)  # leave the slot at the chosen state
    if None in fingerprints:
        return [options]
    groups: dict[str | None, list[Alternative]] = {}
    for option, key in zip(options, fingerprints, strict=True):
        groups.setdefault(key, []).append(option)
    return list(groups.values())


def _share(proven: float, winner: Alternative, others: Sequence[Alternative]) -> float:
    """The proof's confidence times the winner's share of the proven fixes' p(green): when
    the tests pass for each of them, they cannot say which one was meant."""
    mass = winner.p_green + sum(o.p_green for o in others)
    return round(proven * winner.p_green / mass, 3) if others and mass > 0 else proven


def proven_alternatives(
    episode: Episode, solution: Solution, explore: bool
) -> tuple[Alternative, ...]:
    """The other proven one-step fixes, for `--pick N`, editors and questions."""
    found = episode.searcher.alternatives(solution, episode.settings.alternatives, explore)
    return tuple(_as_alternative(episode, other) for other in found)


def answered(outcome: Outcome, number: int) -> Outcome:
    """The outcome as if option `number` (1-based) of its question had been chosen."""
    options = outcome.questions[0].options
    chosen = options[number - 1]
    rest = tuple(o for o in options if o is not chosen) + outcome.alternatives
    return choosing(outcome, chosen, rest, f"answered: {chosen.title}")


def choosing(
    outcome: Outcome, chosen: Alternative, rest: tuple[Alternative, ...], why: str
) -> Outcome:
    """The outcome with `chosen` as its fix (an answer, or `--pick N`), the rest offered."""
    return replace(
        outcome,
        status=Status.GREEN,
        diff=chosen.diff,
        files=dict(chosen.files),
        changed_lines=chosen.changed_lines,
        tests_run=chosen.tests_run,
        title=chosen.title,
        intent=f"{outcome.intent} ({why})",
        questions=(),
        alternatives=rest,
    )


def why_abstain(episode: Episode) -> str:
    state = episode.searcher.state
    attempts = state.attempts
    if not attempts:
        return "no candidate patch could be built for these diagnostics"
    if state.last_failure:
        return f"{len(attempts)} candidates validated; the best compiled but {state.last_failure}"
    accepted = sum(a.accepted for a in attempts)
    return (
        f"{len(attempts)} candidates validated, {accepted} made progress, none reached a "
        "green state within budget"
    )


def intent(targets: Sequence[Diagnostic]) -> str:
    first = targets[0]
    span = first.primary
    where = f" in {span.file}:{span.line_start}" if span else ""
    more = f" (and {len(targets) - 1} more)" if len(targets) > 1 else ""
    return f"fix {first.code or 'syntax error'}{where}: {first.message}{more}"


def tests_phrase(solution: Solution) -> str:
    count = len(solution.tests.passed)
    return f"{count} test(s) pass" if count else "no tests exist to confirm behaviour"


def proof_confidence(solution: Solution, weak_spec: bool = False) -> float:
    """How sure Rusta is that the winner is a fix: its weakest step's p(green), made
    stronger by the proof (passing tests are strong evidence, a clean build less so).
    A test repair is calibrated apart: the tests it made pass are the only spec it had,
    and studies of test-suite-based repair find 7–20% of test-passing patches wrong, so its
    proof counts for less and its confidence stays below TEST_REPAIR_CEILING. Code written
    from a TODO is calibrated the same way: nothing but the tests (or a clean exit) judged it."""
    weakest = min(a.proposal.p_green for a in solution.path)
    if weak_spec:
        return round(min(TEST_REPAIR_CEILING, 1 - (1 - weakest) * 0.5), 3)
    evidence = 0.15 if solution.tests.passed else 0.4
    return round(1 - (1 - weakest) * evidence, 3)


TEST_REPAIR_CEILING = 0.8


def _threshold(episode: Episode, solution: Solution) -> float:
    settings = episode.settings
    if episode.validator.test_mode:
        return 1.0  # several proven test repairs that behave differently: always ask
    return settings.tau_patch_multi if len(solution.files) > 1 else settings.tau_patch_quick


def _as_alternative(episode: Episode, solution: Solution) -> Alternative:
    old = {name: episode.pristine(name) for name in solution.files}
    candidate = solution.path[0].proposal
    return Alternative(
        title=change_title(old, solution.files),
        move=" + ".join(a.proposal.candidate.move for a in solution.path),
        diff=unified_diff(old, solution.files),
        files=dict(solution.files),
        changed_lines=sum(changed_lines(old[n], t) for n, t in solution.files.items()),
        p_green=round(candidate.p_green, 3),
        tests_run=tuple(sorted(solution.tests.passed)),
        intent="; then ".join(a.proposal.candidate.intent for a in solution.path),
    )


def _question_text(target: Diagnostic, options: Sequence[Alternative]) -> str:
    """ "mismatched types at src/lib.rs:10: cast …, or widen both operands …?" in the
    moves' own words (their intents), the patch's title where a move has none."""
    span = target.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    choices = ", or ".join(option.intent or option.title for option in options)
    return f"{target.message}{where}: {choices}?"
