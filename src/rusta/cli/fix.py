"""`rusta fix [PATH]`: find, prove and apply the smallest green patch, or abstain."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from rusta.cli.check import print_failures
from rusta.cli.narrate import Narrator
from rusta.config import load_settings, rusta_home
from rusta.errors import UsageError
from rusta.loop.commit import apply_outcome
from rusta.loop.decide import answered, choosing
from rusta.loop.episode import run_episode
from rusta.tools.crate import locate
from rusta.types import Alternative, Outcome, Status


def fix_command(
    path: Path = typer.Argument(Path("."), help="A crate, a workspace, or a file inside one."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Apply a green fix without asking."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the proven diff; apply nothing."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary (implies --yes)."),
    lints: bool = typer.Option(True, "--lints/--no-lints", help="Fix clippy lints when clean."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No live narration."),
    memory: str | None = typer.Option(
        None, "--memory", help="What to remember: short | project | full (default: config)."
    ),
    model: str | None = typer.Option(
        None, "--model", help="A model server URL, short name or local path (default: config)."
    ),
    pick: int | None = typer.Option(
        None,
        "--pick",
        min=1,
        help="Apply the N-th other proven fix (as listed under 'also proven') instead.",
    ),
    answer: int | None = typer.Option(
        None,
        "--answer",
        min=1,
        help="When Rusta asks which proven fix you mean, apply option N without asking.",
    ),
) -> None:
    """Fix a crate: every patch is proven in a sandbox before it touches your files.

    When two proven fixes change different code (the tests cannot tell which one you mean),
    Rusta asks instead of guessing: answer at the prompt, or with --answer N.

    Exit 0 when a proven fix was applied, or found by --dry-run, or there was nothing to fix;
    1 when Rusta abstained, asked without an answer, or nothing was applied; 2 on bad input.
    """
    crate = locate(path)
    settings = load_settings(crate.root, {"memory": memory, "model": model})
    sinks = [] if (quiet or as_json) else [Narrator()]
    ask_first = not (yes or as_json or dry_run or pick or answer)
    outcome = run_episode(
        crate.root,
        settings,
        rusta_home(),
        dry_run=dry_run or ask_first or pick is not None,
        lints=lints,
        sinks=sinks,
        explore_alternatives=True,  # a person may choose: offer the other proven fixes
    )
    prompted = ask_first and outcome.status == Status.ASK  # the question is on screen
    if outcome.status == Status.ASK:
        outcome = _answer(crate.root, outcome, answer, interactive=ask_first, dry_run=dry_run)
        ask_first = False
    if pick is not None and outcome.status == "green":
        outcome = _picked(outcome, pick)
        if not dry_run:
            outcome = _apply(crate.root, outcome)
    if ask_first and outcome.status == "green":
        _show(outcome)
        if typer.confirm("Apply this proven fix?", default=False):
            outcome = _apply(crate.root, outcome)
    if as_json:
        print(json.dumps(outcome_json(outcome), indent=2))
    elif prompted and outcome.status == Status.ASK:
        Console().print("No answer: nothing was changed.")
    else:
        _show(outcome)
    green = outcome.status == "green" and (outcome.applied or dry_run)
    found = dry_run and outcome.status == Status.ASK
    raise typer.Exit(0 if green or found or outcome.status == "nothing-to-do" else 1)


def _answer(
    root: Path, outcome: Outcome, number: int | None, *, interactive: bool, dry_run: bool
) -> Outcome:
    """Rusta asked (SPEC §2 Decide): apply the option the user names, or leave the tree
    as it is and show the question with the command that answers it."""
    options = outcome.questions[0].options
    if number is not None and number > len(options):
        raise UsageError(
            f"--answer {number}: the question has {len(options)} options; nothing was changed"
        )
    if number is None and interactive:
        _show(outcome)
        reply = typer.prompt(
            f"Which fix do you mean? [1-{len(options)}, or n for none]", default="n"
        )
        number = int(reply) if reply.isdigit() and 1 <= int(reply) <= len(options) else None
    if number is None:
        return outcome
    chosen = answered(outcome, number)
    return chosen if dry_run else _apply(root, chosen)


def _picked(outcome: Outcome, number: int) -> Outcome:
    """The outcome as if alternative `number` (1-based) had been chosen."""
    if number > len(outcome.alternatives):
        raise UsageError(
            f"--pick {number}: this fix has {len(outcome.alternatives)} other proven "
            "alternative(s); nothing was changed"
        )
    other = outcome.alternatives[number - 1]
    rest = tuple(a for i, a in enumerate(outcome.alternatives) if i != number - 1)
    return choosing(outcome, other, rest, f"{other.move}, picked")


def _apply(root: Path, outcome: Outcome) -> Outcome:
    applied = apply_outcome(rusta_home(), root, outcome)
    return replace(
        outcome, applied=True, commit=applied.commit, commit_note=applied.no_commit_reason
    )


def outcome_json(outcome: Outcome) -> dict[str, object]:
    return {
        "status": outcome.status,
        "applied": outcome.applied,
        "diff": outcome.diff,
        "changed_lines": outcome.changed_lines,
        "error_codes": list(outcome.error_codes),
        "candidates_validated": outcome.candidates_validated,
        "proposers": outcome.proposer_counts,
        "tests": {"passed": len(outcome.tests_run), "names": list(outcome.tests_run)},
        "confidence": outcome.confidence,
        "trace": outcome.trace_id,
        "moves": [step.candidate.move for step in outcome.steps],
        "reason": outcome.reason,
        "next_probes": list(outcome.next_probes),
        "seconds": round(outcome.seconds, 2),
        "commit": outcome.commit,
        "commit_note": outcome.commit_note,
        "tried": [{"move": move, "result": said} for move, said in outcome.tried],
        "title": outcome.title,
        "alternatives": [
            {"pick": number, **_option_json(other)}
            for number, other in enumerate(outcome.alternatives, start=1)
        ],
        "failing_tests": [
            {"name": c.name, "message": c.message, "location": c.location}
            for c in outcome.failing_tests
        ],
        "questions": [
            {
                "text": question.text,
                "options": [
                    {"answer": number, **_option_json(option)}
                    for number, option in enumerate(question.options, start=1)
                ],
            }
            for question in outcome.questions
        ],
    }


def _option_json(option: Alternative) -> dict[str, object]:
    return {
        "title": option.title,
        "move": option.move,
        "diff": option.diff,
        "changed_lines": option.changed_lines,
        "p_green": option.p_green,
        "tests": len(option.tests_run),
    }


def _show(outcome: Outcome) -> None:
    console = Console(highlight=False)
    if outcome.status == "nothing-to-do":
        console.print("[green]✓[/] nothing to fix")
        return
    if outcome.status == "abstain":
        console.print(f"[yellow]Abstained[/]: {outcome.reason}. Nothing was changed.")
        print_failures(console, outcome.failing_tests[:5])
        for diagnostic in outcome.remaining[:5]:
            span = diagnostic.primary
            where = f"{span.file}:{span.line_start}" if span else ""
            console.print(
                f"  {diagnostic.error_class.value:<10} {diagnostic.code or 'syntax'} "
                f"{diagnostic.message} [dim]{where}[/]"
            )
        if outcome.tried:
            console.print(f"  tried {len(outcome.tried)} candidate(s):")
            for move, said in outcome.tried[:8]:
                console.print(f"    {move}: {said}", markup=False)
            if len(outcome.tried) > 8:
                console.print(
                    f"    … and {len(outcome.tried) - 8} more (trace {outcome.trace_id})",
                    markup=False,
                )
        for step in outcome.next_probes:
            console.print(f"  next probe: {step}", markup=False)
        return
    if outcome.status == Status.ASK:
        _show_question(console, outcome)
        return
    _print_diff(console, outcome.diff)
    state = "applied" if outcome.applied else "not applied (dry run)"
    moves = ", ".join(step.candidate.move for step in outcome.steps)
    console.print(
        f"[green]green[/]: {outcome.changed_lines} changed line(s), confidence "
        f"{outcome.confidence:.2f}, {len(outcome.tests_run)} test(s) pass, "
        f"{outcome.candidates_validated} candidate(s) validated · {state}"
    )
    console.print(f"  moves: {moves} · trace {outcome.trace_id}")
    if outcome.commit_note:
        console.print(f"  [yellow]note[/]: {escape(outcome.commit_note)}")
    if outcome.title:
        console.print(f"  fix: {outcome.title}", markup=False)
    for number, other in enumerate(outcome.alternatives, start=1):
        if number == 1:
            console.print("  also proven (apply one with `rusta fix --pick N`):")
        console.print(
            f"    [{number}] {other.title} · {other.move}, {other.changed_lines} line(s), "
            f"{len(other.tests_run)} test(s) pass",
            markup=False,
        )


def _print_diff(console: Console, diff: str) -> None:
    """A diff, coloured on a terminal; as plain text into a pipe or a file, where colour is
    lost anyway and pygments' import and lexing would only cost start-up (issue 19)."""
    if not console.is_terminal:
        console.print(diff.rstrip("\n"), markup=False, highlight=False, soft_wrap=True)
        return
    from rich.syntax import Syntax

    console.print(Syntax(diff, "diff", theme="ansi_dark"))


def _show_question(console: Console, outcome: Outcome) -> None:
    """The question and its proven answers, each with its diff; nothing was applied."""
    question = outcome.questions[0]
    console.print(f"[cyan]Question[/]: {escape(question.text)}")
    console.print(
        "  Each answer is a proven fix (it compiles and the tests pass); they change different "
        "code, so the tests cannot say which one you mean."
    )
    for number, option in enumerate(question.options, start=1):
        mark = " (recommended)" if number == 1 else ""
        console.print(
            f"  [{number}] {option.title}{mark} · {option.move}, {option.changed_lines} "
            f"line(s), {len(option.tests_run)} test(s) pass",
            markup=False,
        )
        _print_diff(console, option.diff)
    console.print(
        f"  nothing was changed · answer with `rusta fix --answer N` · trace {outcome.trace_id}",
        markup=False,
    )
