"""Decide (SPEC §2): Apply, Abstain or Ask.

After the search and polish, the winner is proven; so may be a few siblings (other one-step
fixes of the same problems, proven the same way). Two kinds of sibling:
- the same place said differently (`x as u64` or `u64::from(x)` on the same line): a style
  choice, Rusta picks the idiomatic one and offers the others under "also proven";
- a different place (widen the field, or cast at the return): both pass the tests, so the
  tests cannot tell which one the developer meant. Confidence is then the winner's share of
  the proven fixes' p(green), and when it is below τ_patch (quick: one file; multi: several)
  Rusta asks one concrete question whose answers are the proven fixes, instead of guessing.
A proven fix with no competing one is applied: the proof is the evidence. No green within
budget is an abstention (raised as `Abstain`, logged by the episode's context).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rusta.loop import policy, probe
from rusta.loop.context import Episode
from rusta.loop.flow import Abstain
from rusta.loop.search import Solution
from rusta.loop.validate import libtest_name
from rusta.patch.count import changed_lines, split_lines
from rusta.patch.describe import change_title
from rusta.patch.diff import unified_diff
from rusta.trace.tree import diagnostic_keys
from rusta.types import Alternative, Diagnostic, Outcome, Question, Status


@dataclass(frozen=True)
class Decision:
    """Apply `solution`, or (questions non-empty) ask which of the options to apply."""

    solution: Solution
    title: str
    confidence: float
    alternatives: tuple[Alternative, ...]  # same place, said differently: offered
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
        baseline=diagnostic_keys(targets),
    )


def nothing_to_fix(episode: Episode) -> None:
    """No compiler problem: the crate is clean only if its tests pass (SPEC §2 Failing
    tests). Rusta does not repair failing tests yet: each is reported (name, panic location,
    message) and the episode abstains. A test that passes when re-run alone is flaky and is
    reported as such, not as a problem."""
    baseline = episode.validator.baseline_tests()
    lint_mode = episode.validator.lint_mode
    if baseline.green:
        episode.tracer.emit("decide", decision="nothing-to-do", lint_mode=lint_mode, baseline=[])
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
        f"the crate compiles, but {len(failing)} test(s) fail ({names}); Rusta cannot repair "
        "failing tests yet",
        tuple(f"cargo test -- --exact {libtest_name(c.name)}" for c in failing[:3]),
        failing,
    )


def found(episode: Episode, solution: Solution | None, targets: Sequence[Diagnostic]) -> Solution:
    """The search's winner, or an abstention that says what was tried and what to probe."""
    if solution is None:
        raise Abstain(why_abstain(episode), probe.next_probes(targets))
    return solution


def decide(
    episode: Episode, solution: Solution, targets: Sequence[Diagnostic], explore: bool
) -> Decision:
    old = {name: episode.pristine(name) for name in solution.files}
    others = proven_alternatives(episode, solution, explore)
    elsewhere = [a for a in others if _elsewhere(episode, solution.files, a.files)]
    same_place = tuple(a for a in others if a not in elsewhere)
    winner = _as_alternative(episode, solution)
    confidence = _confidence(solution, winner, elsewhere)
    title = change_title(old, solution.files)
    if not elsewhere or confidence >= _threshold(episode, solution):
        return Decision(solution, title, confidence, tuple(others))
    question = Question(_question_text(targets[0], [winner, *elsewhere]), (winner, *elsewhere))
    episode.tracer.emit(
        "decide",
        decision="ask",
        intent=question.text,
        targets=len(targets),
        lint_mode=episode.validator.lint_mode,
        options=[option.title for option in question.options],
    )
    return Decision(solution, title, confidence, same_place, (question,))


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
    return replace(
        outcome,
        status=Status.GREEN,
        diff=chosen.diff,
        files=dict(chosen.files),
        changed_lines=chosen.changed_lines,
        tests_run=chosen.tests_run,
        title=chosen.title,
        intent=f"{outcome.intent} (answered: {chosen.title})",
        questions=(),
        alternatives=tuple(o for o in options if o is not chosen) + outcome.alternatives,
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


def proof_confidence(solution: Solution) -> float:
    """How sure Rusta is that the winner is a fix: its weakest step's p(green), made
    stronger by the proof (passing tests are strong evidence, a clean build less so)."""
    weakest = min(a.proposal.p_green for a in solution.path)
    evidence = 0.15 if solution.tests.passed else 0.4
    return round(1 - (1 - weakest) * evidence, 3)


def _confidence(solution: Solution, winner: Alternative, elsewhere: Sequence[Alternative]) -> float:
    """The proof's confidence, times the winner's share of the proven fixes that change other
    code: when the tests pass for each of them, they cannot say which one was meant."""
    proven = proof_confidence(solution)
    if not elsewhere:
        return proven
    mass = winner.p_green + sum(a.p_green for a in elsewhere)
    return round(proven * winner.p_green / mass, 3) if mass > 0 else proven


def _threshold(episode: Episode, solution: Solution) -> float:
    settings = episode.settings
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
    )


def _elsewhere(episode: Episode, chosen: Mapping[str, str], other: Mapping[str, str]) -> bool:
    """`other` changes code the chosen fix leaves alone (another line or file): a different
    decision, not the same one said differently."""
    mine = _touched(episode, chosen)
    theirs = _touched(episode, other)
    return not (mine & theirs)


def _touched(episode: Episode, files: Mapping[str, str]) -> set[tuple[str, int]]:
    """(file, line of the user's text) for every line a patch rewrites, removes or inserts
    before (an insertion counts against the line it follows)."""
    touched = set()
    for name, text in files.items():
        before, after = split_lines(episode.pristine(name)), split_lines(text)
        matcher = SequenceMatcher(None, before, after, autojunk=False)
        for tag, i1, i2, _, _ in matcher.get_opcodes():
            if tag != "equal":
                touched.update((name, line) for line in range(i1, max(i2, i1 + 1)))
    return touched


def _question_text(target: Diagnostic, options: Sequence[Alternative]) -> str:
    span = target.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    choices = ", or ".join(option.title for option in options)
    return f"{target.message}{where}: {choices}?"
