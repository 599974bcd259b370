"""`rusta check PATH`: diagnose only. Diagnostics grouped by class, or JSON for machines."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from rusta.config import load_settings, rusta_home
from rusta.knowledge.localize import Suspect, assertion_values, localize_each
from rusta.knowledge.todos import todo_diagnostics
from rusta.loop.validate import BaselineTests, baseline_tests
from rusta.sandbox.slots import pool
from rusta.tools.crate import locate, rust_files
from rusta.types import Diagnostic, TestCase


def check_command(
    path: Path = typer.Argument(Path("."), help="A crate, a workspace, or a file inside one."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of diagnostics."),
    clippy: bool = typer.Option(False, "--clippy", help="Run clippy too (lints)."),
    tests: bool = typer.Option(
        True, "--tests/--no-tests", help="Run the tests when the crate compiles (default: on)."
    ),
) -> None:
    """Diagnose a crate without changing anything: errors, warnings, and failing tests."""
    crate = locate(path)
    settings = load_settings(crate.root)
    # In a sandbox slot: the user's tree gets no target/ or Cargo.lock, and re-checks are warm.
    baseline: BaselineTests | None = None
    with pool(rusta_home(), crate.root, 1) as slots:
        result = slots[0].check(settings.check_timeout, clippy=clippy)
        if tests and not result.errors:  # a crate whose tests fail is not clean (SPEC §2)
            baseline = baseline_tests(slots[0], settings.test_timeout)
    suspects = _suspects(crate.root, baseline) if baseline and baseline.failing else {}
    if as_json:
        found = [diagnostic_json(d, crate.root) for d in result.diagnostics]
        if baseline:
            found += [failing_test_json(case, suspects[case.name]) for case in baseline.failing]
        print(json.dumps(found, indent=2))
    else:
        render(result.diagnostics, crate.root, tests_ran=baseline is not None)
        if baseline is not None:
            render_tests(baseline, suspects)
        if not result.errors:
            render_todos(crate.root, rust_files(crate.root))
    failing = baseline is not None and not baseline.green
    raise typer.Exit(1 if result.errors or failing else 0)


def _suspects(root: Path, baseline: BaselineTests) -> dict[str, list[Suspect]]:
    """Fault localization per failing test: the statements most likely to hold its bug."""
    found = localize_each(root, baseline.failing, sorted(baseline.report.passed))
    return {name: list(where.suspects[:3]) for name, where in found.items()}


def failing_test_json(case: TestCase, suspects: Sequence[Suspect] = ()) -> dict[str, object]:
    """A failing test in the shape of a diagnostic (class "test"), located where it panicked,
    with the suspects fault localization ranked and the assertion's values."""
    file, line, column = _location(case.location)
    return {
        "code": None,
        "level": "error",
        "message": f"test {case.name} failed" + (f": {case.message}" if case.message else ""),
        "class": "test",
        "test": case.name,
        "panic": case.message,
        "values": assertion_values(case.message),
        "backtrace": [f"{f.function} at {f.file}:{f.line}" for f in case.frames],
        "suspects": [
            {"file": s.file, "line": s.line, "function": s.function, "score": s.score, "why": s.why}
            for s in suspects
        ],
        "file": file,
        "line": line,
        "column": column,
        "suggestions": [],
    }


def _location(location: str) -> tuple[str | None, int | None, int | None]:
    """ "src/lib.rs:7:17" → ("src/lib.rs", 7, 17); anything else → no location."""
    file, _, rest = location.rpartition(":")
    file, _, line = file.rpartition(":")
    if not (file and line.isdigit() and rest.isdigit()):
        return None, None, None
    return file, int(line), int(rest)


def print_failures(
    console: Console, cases: Sequence[TestCase], indent: str = "  ", lines: int = 4
) -> None:
    """Each failing test: its name, where it panicked, and the first lines of its message."""
    for case in cases:
        where = f"  [dim]{escape(case.location)}[/]" if case.location else ""
        console.print(f"{indent}[red]FAILED[/] {escape(case.name)}{where}")
        for line in case.message.splitlines()[:lines]:
            console.print(f"{indent}    {line}", markup=False)


def render_tests(baseline: BaselineTests, suspects: dict[str, list[Suspect]] | None = None) -> None:
    console = Console(highlight=False)
    report = baseline.report
    if report.timed_out:
        console.print("[red]tests timed out[/]")
        return
    if not report.compiled:
        console.print("[red]the tests do not compile[/] (`cargo test` to see why)")
        return
    passed = len(report.passed)
    if baseline.failing:
        console.rule(f"[bold]failing tests[/] ({len(baseline.failing)})", align="left")
    for case in baseline.failing:
        print_failures(console, [case], indent="", lines=6)
        for suspect in (suspects or {}).get(case.name, []):
            console.print(f"    suspect: {suspect.describe()}", markup=False)
    for name in baseline.flaky:
        console.print(f"[yellow]flaky[/] {name}: failed, then passed when re-run alone")
    if baseline.failing:
        console.print(f"\n{len(baseline.failing)} test(s) fail, {passed} pass")
    else:
        console.print(f"[green]✓ tests:[/] {passed} pass")


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


def render_todos(root: Path, files: Sequence[str]) -> None:
    """The crate's TODOs: not errors (the exit code ignores them), but work a model can do."""
    found = todo_diagnostics(files, lambda name: (root / name).read_text(encoding="utf-8"))
    if not found:
        return
    console = Console(highlight=False)
    console.print(f"\n{len(found)} TODO(s), work for a model (`rusta fix --model local`):")
    for diagnostic in found:
        span = diagnostic.primary
        where = f"{span.file}:{span.line_start}" if span else ""
        console.print(f"  [cyan]todo[/] {escape(diagnostic.message)}  [dim]{where}[/]")


def render(diagnostics: tuple[Diagnostic, ...], root: Path, tests_ran: bool = False) -> None:
    console = Console(highlight=False)
    if not diagnostics:
        console.print("[green]✓ compiles:[/] no errors or warnings")
        if not tests_ran:
            console.print("[dim]  (tests not run: --no-tests)[/]")
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
        from rich.syntax import Syntax  # pygments: only when a diagnostic has source to show

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
