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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

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
    title = change_title(old, solution.files)
    others = proven_alternatives(episode, solution, explore)
    winner = _as_alternative(episode, solution)
    proven = proof_confidence(solution)
    threshold = _threshold(episode, solution)
    if not others or _share(proven, winner, others) >= threshold:
        return Decision(solution, title, proven, others)  # no doubt the others could raise
    kinds = _behaviours(episode, winner, others)
    # a behaviour whose best patch is less idiomatic than the winner (it adds a clone, an
    # unwrap, a narrowing cast) is not a question: the idiom decides, as at equal proof
    cost = idiom_cost(winner.files, episode.pristine)
    kinds = [kinds[0], *(k for k in kinds[1:] if idiom_cost(k[0].files, episode.pristine) <= cost)]
    representatives = [kind[0] for kind in kinds]  # best first within each behaviour
    confidence = _share(proven, winner, representatives[1:])
    if len(kinds) < 2 or confidence >= threshold:
        return Decision(solution, title, confidence, others)
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
    return Decision(solution, title, confidence, same, (question,))


def _behaviours(
    episode: Episode, winner: Alternative, others: Sequence[Alternative]
) -> list[list[Alternative]]:
    """The proven fixes grouped by what they compile to, the winner's group first. When the
    machine code cannot be built, a fix that edits other code than the winner counts as a
    behaviour of its own (the tests cannot say which one was meant either way)."""
    fingerprints = [episode.validator.behaviour(o.files) for o in (winner, *others)]
    if None in fingerprints:
        fingerprints = [
            "winner" if not _elsewhere(episode, winner.files, o.files) else o.diff
            for o in (winner, *others)
        ]
    groups: dict[str, list[Alternative]] = {}
    for option, key in zip((winner, *others), fingerprints, strict=True):
        groups.setdefault(key, []).append(option)
    episode.validator.show(winner.files)  # leave the slot at the chosen state
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
        intent="; then ".join(a.proposal.candidate.intent for a in solution.path),
    )


def _elsewhere(episode: Episode, chosen: Mapping[str, str], other: Mapping[str, str]) -> bool:
    """`other` changes code the chosen fix leaves alone: a different decision, not the same
    one said differently. `x as u64`, `x.into()` and `u64::from(x)` all edit at the end of
    `x` (they overlap); a changed return type or field type is somewhere else."""
    mine = _touched(episode, chosen)
    theirs = _touched(episode, other)
    return not any(
        name == other_name and start <= other_end and other_start <= end
        for name, start, end in mine
        for other_name, other_start, other_end in theirs
    )


def _touched(episode: Episode, files: Mapping[str, str]) -> list[tuple[str, int, int]]:
    """(file, first, last character of the user's text) of every change a patch makes; an
    insertion touches the point it is made at (first == last)."""
    touched = []
    for name, text in files.items():
        old = episode.pristine(name)
        lines = SequenceMatcher(None, old.splitlines(True), text.splitlines(True), False)
        old_at = _line_offsets(old)
        new_at = _line_offsets(text)
        for tag, i1, i2, j1, j2 in lines.get_opcodes():
            if tag == "equal":
                continue
            before, after = old[old_at[i1] : old_at[i2]], text[new_at[j1] : new_at[j2]]
            chars = SequenceMatcher(None, before, after, False)
            for kind, c1, c2, _, _ in chars.get_opcodes():
                if kind != "equal":
                    touched.append((name, old_at[i1] + c1, old_at[i1] + c2))
    return touched


def _line_offsets(text: str) -> list[int]:
    """The character offset where each line starts, and the text's length last."""
    offsets = [0]
    for line in text.splitlines(True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def _question_text(target: Diagnostic, options: Sequence[Alternative]) -> str:
    """ "mismatched types at src/lib.rs:10: cast …, or widen both operands …?" in the
    moves' own words (their intents), the patch's title where a move has none."""
    span = target.primary
    where = f" at {span.file}:{span.line_start}" if span else ""
    choices = ", or ".join(option.intent or option.title for option in options)
    return f"{target.message}{where}: {choices}?"
