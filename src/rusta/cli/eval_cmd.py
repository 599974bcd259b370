"""`rusta eval`: measure Rusta against cargo fix and clippy --fix on a suite of broken crates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markdown import Markdown

from rusta.config import load_settings, rusta_home
from rusta.eval import metrics, report
from rusta.eval.run import EvalOptions, run_suite
from rusta.eval.suites import discover


def eval_command(
    suite: Path | None = typer.Option(None, "--suite", help="A directory of crates."),
    json_path: Path | None = typer.Option(None, "--json", help="Write the JSON report here."),
    report_dir: Path | None = typer.Option(None, "--report", help="Write eval.md + eval.html."),
    home: Path | None = typer.Option(None, "--home", help="RUSTA_HOME for the run (learning)."),
    classes: str = typer.Option("", "--classes", help="Comma-separated classes to run."),
    limit: int | None = typer.Option(None, "--limit", help="Run at most N cases."),
    baselines: bool = typer.Option(True, "--baselines/--no-baselines", help="Run cargo fix too."),
    jobs: int = typer.Option(1, "--jobs", help="Cases run in parallel."),
    model: str | None = typer.Option(
        None, "--model", help="Add the model proposer: a server URL, short name or local path."
    ),
) -> None:
    """Run the suite and print per-class metrics beside cargo fix / clippy --fix."""
    cases = discover(suite, tuple(c for c in classes.split(",") if c), limit)
    # Default: one eval home inside RUSTA_HOME, reused so target directories stay warm.
    eval_home = home or rusta_home() / "eval"
    settings = load_settings(None, {"slots": 1 if jobs > 1 else None, "model": model})
    console = Console(highlight=False, stderr=True)

    def progress(result: dict[str, Any]) -> None:
        rusta = result["rusta"]
        mark = (
            "[green]✓[/]"
            if rusta["fixed"]
            else ("[red]✗ UNSAFE[/]" if rusta["unsafe"] else "[yellow]·[/]")
        )
        base = " ".join(
            f"{tool.split()[-1]}:{'✓' if r['fixed'] else '·'}"
            for tool, r in result.get("baselines", {}).items()
        )
        console.print(
            f"{mark} {result['name']:<55} {rusta['seconds']:6.1f}s "
            f"{rusta['candidates_validated']:3d} val  {base}"
        )

    options = EvalOptions(eval_home, settings, baselines, jobs)
    results = run_suite(cases, options, progress)
    doc = report.document(
        results, metrics.summarize(results), metrics.by_class(results), metrics.baselines(results)
    )
    report.write(doc, json_path, report_dir)
    Console().print(Markdown(report.markdown(doc)))
