"""`rusta teach TOPIC|CODE` and `rusta teach check DIR` (SPEC §6: Teacher Mode)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from rusta.config import rusta_home
from rusta.errors import UsageError
from rusta.knowledge import teach


def teach_command(
    topic: str = typer.Argument(
        ..., help="An error code (E0382), a topic (borrowing), or `check`."
    ),
    directory: Path | None = typer.Argument(None, help="With `check`: the exercise directory."),
    answers: Path | None = typer.Option(
        None, "--answers", help="Read answers from this file, one per line (for scripts)."
    ),
    exercise_dir: Path | None = typer.Option(
        None, "--dir", help="Where to write the exercise crate (default ./rusta-exercise-TOPIC)."
    ),
) -> None:
    """A short lesson with checkpoints, a compiler-graded quiz and an exercise crate."""
    console = Console(highlight=False)
    if topic == "check":
        _check(console, directory)
        return
    lesson = teach.build_lesson(topic)
    target = exercise_dir or Path(f"rusta-exercise-{topic.lower().replace('::', '-')}")
    ask = _scripted(answers, console) if answers else _interactive(console)
    session = teach.run_session(lesson, ask, lambda text: console.print(text, markup=False), target)
    saved = teach.save_devlog(rusta_home(), session)
    console.print(f"[dim]saved as a didactic DevLog: {saved}[/]")


def _check(console: Console, directory: Path | None) -> None:
    if directory is None:
        raise UsageError("usage: rusta teach check DIR")
    result = teach.check_exercise(directory, rusta_home())
    color = "green" if result.solved else "red"
    console.print(f"[{color}]{'✓' if result.solved else '✗'}[/] {result.message}")
    raise typer.Exit(0 if result.solved else 1)


def _interactive(console: Console) -> Callable[[str], str]:
    def ask(prompt: str) -> str:
        try:
            return console.input(escape(prompt))  # `[y/n]` is not markup
        except EOFError:
            return ""

    return ask


def _scripted(path: Path, console: Console) -> Callable[[str], str]:
    """Answers from a file, one per line (`#` starts a comment); echoed like a transcript."""
    if not path.is_file():
        raise UsageError(f"{path}: no such answers file")
    lines = path.read_text(encoding="utf-8").splitlines()
    queue = [line for line in lines if not line.lstrip().startswith("#")]

    def ask(prompt: str) -> str:
        answer = queue.pop(0) if queue else ""
        console.print(f"{prompt}{answer}", markup=False)
        return answer

    return ask
