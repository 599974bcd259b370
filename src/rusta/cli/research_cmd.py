"""`rusta research PATH`: try every hypothesis as a bounded experiment, log each (SPEC §6)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rusta.cli.check import print_failures
from rusta.config import load_settings, rusta_home
from rusta.home import Home
from rusta.knowledge.research import summarize
from rusta.loop.flow import Abstain
from rusta.loop.research import run_research
from rusta.tools.crate import locate


def research_command(
    path: Path = typer.Argument(Path("."), help="A crate, a workspace, or a file inside one."),
    budget: int | None = typer.Option(None, "--budget", help="B: experiments per diagnostic."),
) -> None:
    """Run each hypothesis in a sandbox, record LabLogs; the crate itself is never changed."""
    console = Console(highlight=False)
    root = locate(path).root
    settings = load_settings(root, {"explore_budget": budget})
    try:
        records = run_research(
            root, settings, rusta_home(), lambda text: console.print(text, markup=False)
        )
    except Abstain as signal:
        console.print(f"[yellow]Nothing to experiment on[/]: {signal.reason}.")
        print_failures(console, signal.failing_tests)
        raise typer.Exit(1) from None
    if not records:
        console.print("[green]✓ nothing to research:[/] no errors or lints")
        raise typer.Exit(0)
    table = Table("move", "experiments", "fixed", title="What worked", title_justify="left")
    for move, tried, worked in summarize(records):
        table.add_row(move, str(tried), str(worked))
    console.print(table)
    for record in records:
        console.print(
            f"  {record.outcome:<13} {record.hypothesis}  ({record.diagnostic}; "
            f"confidence {record.confidence_before:.2f} → {record.confidence_after:.2f})",
            markup=False,
        )
    console.print(f"[dim]{len(records)} LabLog(s) in {Home.default().devlog_folder('lab')}[/]")
    raise typer.Exit(0 if any(r.worked for r in records) else 1)
