"""`rusta trace`: validate, replay, list, export and import Trace v1 traces (SPEC §7)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rusta.config import load_settings, rusta_home
from rusta.errors import UsageError
from rusta.home import Home
from rusta.loop.replay import ReplayResult, replay
from rusta.trace import schema
from rusta.trace.ledger import Entry, Ledger
from rusta.trace.validate import Report, validate_file

app = typer.Typer(help="Traces: validate, replay, list, export, import.", no_args_is_help=True)

_HOME = typer.Option(None, "--home", help="RUSTA_HOME holding the ledger (default: yours).")
_JSON = typer.Option(False, "--json", help="Print JSON for machines.")


@app.command("validate")
def validate_command(
    files: list[Path] = typer.Argument(..., help="Trace files (.jsonl)."),
    k_lines: int | None = typer.Option(None, "--k", help="Budget K (default: your setting)."),
    as_json: bool = _JSON,
) -> None:
    """Reject malformed events, anchor-less explanations, red commits and diffs over K."""
    k = k_lines or load_settings(None).k_lines
    reports = [validate_file(path, k) for path in files]
    if as_json:
        print(json.dumps([_report_json(r) for r in reports], indent=2))
    else:
        console = Console(highlight=False)
        for report in reports:
            _print_report(console, report)
    raise typer.Exit(0 if all(r.ok for r in reports) else 1)


@app.command("replay")
def replay_command(
    ref: str = typer.Argument(..., help="A trace id, a content-id prefix, or a .jsonl file."),
    home: Path | None = _HOME,
    thorough: bool = typer.Option(False, "--thorough", help="Re-check every candidate too."),
    as_json: bool = _JSON,
) -> None:
    """Re-run the episode's checks on a rebuilt sandbox copy and compare the outcome."""
    home = home or rusta_home()
    path = _trace_path(ref, home)
    settings = load_settings(None)
    result = replay(path, home, settings, k_lines=settings.k_lines, thorough=thorough)
    if as_json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        _print_replay(Console(highlight=False), result)
    raise typer.Exit(0 if result.identical else 1)


@app.command("list")
def list_command(
    home: Path | None = _HOME,
    verify: bool = typer.Option(False, "--verify", help="Check every content hash."),
    as_json: bool = _JSON,
) -> None:
    """The sealed traces of the ledger, oldest first."""
    ledger = Ledger(Home.of(home or rusta_home()).traces)
    entries = ledger.entries()
    problems = ledger.verify() if verify else []
    if as_json:
        print(json.dumps({"traces": [e.__dict__ for e in entries], "problems": problems}))
    else:
        _print_entries(Console(highlight=False), entries, ledger.unsealed(), problems)
    raise typer.Exit(1 if problems else 0)


@app.command("export")
def export_command(
    destination: Path = typer.Argument(..., help="The bundle to write (.tar)."),
    refs: list[str] = typer.Argument(None, help="Traces to export (default: all sealed)."),
    home: Path | None = _HOME,
) -> None:
    """Write sealed traces and their manifest as a deterministic tar bundle."""
    chosen = Ledger(Home.of(home or rusta_home()).traces).export(destination, refs or ())
    print(f"exported {len(chosen)} trace(s) to {destination}")


@app.command("import")
def import_command(
    bundle: Path = typer.Argument(..., help="A bundle written by `rusta trace export`."),
    home: Path | None = _HOME,
) -> None:
    """Add a bundle's traces to the ledger: every hash and trace is checked first."""
    k = load_settings(None).k_lines
    done = Ledger(Home.of(home or rusta_home()).traces).import_bundle(bundle, k)
    print(f"imported {len(done.added)} trace(s); {len(done.already_present)} already present")


@app.command("schema")
def schema_command(
    write: bool = typer.Option(False, "--write", help="Regenerate the committed schema file."),
) -> None:
    """Print the Trace v1 JSON Schema (generated from the event kinds)."""
    if write:
        print(f"wrote {schema.write()}")
    else:
        print(schema.render(), end="")


def _trace_path(ref: str, home: Path) -> Path:
    """A file path as given, else the ledger's trace for an id or content-id prefix."""
    candidate = Path(ref)
    if candidate.suffix == ".jsonl":
        if not candidate.is_file():
            raise UsageError(f"{ref}: no such trace file")
        return candidate
    ledger = Ledger(Home.of(home).traces)
    return ledger.path_for(ledger.resolve(ref).trace)


def _report_json(report: Report) -> dict[str, object]:
    return {
        "file": report.source,
        "events": report.events,
        "ok": report.ok,
        "problems": [{"line": p.line, "message": p.message} for p in report.problems],
    }


def _print_report(console: Console, report: Report) -> None:
    if report.ok:
        console.print(f"[green]✓[/] {report.source}: {report.events} events, valid Trace v1")
        return
    console.print(f"[red]✗[/] {report.source}: {len(report.problems)} problem(s)")
    for problem in report.problems[:20]:
        console.print(f"    {problem}")


def _print_replay(console: Console, result: ReplayResult) -> None:
    for comparison in result.comparisons:
        mark = "[green]=[/]" if comparison.same else "[red]≠[/]"
        console.print(f"  {mark} {comparison.name}: {comparison.replayed}")
        if not comparison.same:
            console.print(f"      recorded: {comparison.recorded}")
    for problem in result.problems:
        console.print(f"  [red]![/] {problem}")
    color = "green" if result.identical else "red"
    console.print(f"[{color}]{result.verdict}[/]: {result.trace_id} ({result.status})")


def _print_entries(
    console: Console, entries: list[Entry], unsealed: list[str], problems: list[str]
) -> None:
    table = Table("trace", "content id", "crate", "status", "events", box=None)
    for entry in entries:
        table.add_row(entry.trace, entry.id[:12], entry.crate, entry.status, str(entry.events))
    console.print(table)
    if unsealed:
        console.print(f"{len(unsealed)} unsealed (running or interrupted): {', '.join(unsealed)}")
    for problem in problems:
        console.print(f"[red]✗[/] {problem}")
