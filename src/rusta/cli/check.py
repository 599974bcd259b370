"""`rusta check PATH`: diagnose only. Diagnostics grouped by class, or JSON for machines."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import typer
from rich.console import Console
from rich.syntax import Syntax

from rusta.config import load_settings, rusta_home
from rusta.sandbox.slots import pool
from rusta.tools.crate import locate
from rusta.types import Diagnostic


def check_command(
    path: Path = typer.Argument(Path("."), help="A crate, a workspace, or a file inside one."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of diagnostics."),
    clippy: bool = typer.Option(False, "--clippy", help="Run clippy too (lints)."),
) -> None:
    """Diagnose a crate without changing anything."""
    crate = locate(path)
    settings = load_settings(crate.root)
    # In a sandbox slot: the user's tree gets no target/ or Cargo.lock, and re-checks are warm.
    with pool(rusta_home(), crate.root, 1) as slots:
        result = slots[0].check(settings.check_timeout, clippy=clippy)
    if as_json:
        print(json.dumps([diagnostic_json(d, crate.root) for d in result.diagnostics], indent=2))
    else:
        render(result.diagnostics, crate.root)
    raise typer.Exit(1 if result.errors else 0)


def diagnostic_json(diagnostic: Diagnostic, root: Path) -> dict[str, object]:
    span = diagnostic.primary
    return {
        "code": diagnostic.code,
        "level": diagnostic.level.value,
        "message": diagnostic.message,
        "class": diagnostic.error_class.value,
        "file": span.file if span else None,
        "line": span.line_start if span else None,
        "column": span.column_start if span else None,
        "suggestions": [
            {
                "message": s.message,
                "applicability": s.applicability.value,
                "edits": [
                    {
                        "file": e.file,
                        "byte_start": e.byte_start,
                        "byte_end": e.byte_end,
                        "replacement": e.replacement,
                    }
                    for e in s.edits
                ],
            }
            for s in diagnostic.suggestions
        ],
    }


def render(diagnostics: tuple[Diagnostic, ...], root: Path) -> None:
    console = Console(highlight=False)
    if not diagnostics:
        console.print("[green]✓ clean:[/] no errors or warnings")
        return
    by_class: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in diagnostics:
        by_class[diagnostic.error_class.value].append(diagnostic)
    for error_class, members in sorted(by_class.items()):
        console.rule(f"[bold]{error_class}[/] ({len(members)})", align="left")
        for diagnostic in members:
            _render_one(console, diagnostic, root)
    errors = sum(d.is_error for d in diagnostics)
    console.print(f"\n{errors} error(s), {len(diagnostics) - errors} warning(s)")


def _render_one(console: Console, diagnostic: Diagnostic, root: Path) -> None:
    color = "red" if diagnostic.is_error else "yellow"
    code = f"[{diagnostic.code}]" if diagnostic.code else ""
    span = diagnostic.primary
    where = f"{span.file}:{span.line_start}:{span.column_start}" if span else "(no location)"
    console.print(
        f"[{color}]{diagnostic.level.value}{code}[/] {diagnostic.message}  [dim]{where}[/]"
    )
    if span and (root / span.file).is_file():
        source = (root / span.file).read_text(encoding="utf-8", errors="replace")
        first = max(1, span.line_start - 1)
        console.print(
            Syntax(
                source,
                "rust",
                line_numbers=True,
                line_range=(first, span.line_end + 1),
                highlight_lines={span.line_start},
                theme="ansi_dark",
            )
        )
