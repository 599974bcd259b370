"""`rusta eval`: measure Rusta against cargo fix and clippy --fix on a suite of broken crates;
`--from` re-renders a report from a JSON document, `--compare A B` says what changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markdown import Markdown

from rusta.config import load_settings, rusta_home
from rusta.errors import UsageError
from rusta.eval import catalog, compare, metrics, report
from rusta.eval.run import EvalOptions, run_suite
from rusta.eval.suites import discover
from rusta.home import Home


def eval_command(
    suite: Path | None = typer.Option(None, "--suite", help="A directory of crates."),
    json_path: Path | None = typer.Option(None, "--json", help="Write the JSON report here."),
    report_dir: Path | None = typer.Option(
        None, "--report", help="Write eval.html (charts, tables, per-case diffs) + eval.md here."
    ),
    home: Path | None = typer.Option(None, "--home", help="RUSTA_HOME for the run (learning)."),
    classes: str = typer.Option("", "--classes", help="Comma-separated classes to run."),
    limit: int | None = typer.Option(
        None, "--limit", help="Run at most N cases, sampled across the classes."
    ),
    baselines: bool = typer.Option(True, "--baselines/--no-baselines", help="Run cargo fix too."),
    jobs: int = typer.Option(1, "--jobs", help="Cases run in parallel."),
    model: str | None = typer.Option(
        None, "--model", help="Add the model proposer: a server URL, short name or local path."
    ),
    model_only: bool = typer.Option(
        False, "--model-only", help="With --model: the model alone, model-free proposers off."
    ),
    from_json: Path | None = typer.Option(
        None, "--from", help="Run nothing: write --report from this eval JSON document."
    ),
    profile: bool = typer.Option(
        False, "--profile", help="Print where the median episode spends its time, per class."
    ),
    compare_paths: tuple[Path, Path] | None = typer.Option(
        None, "--compare", help="Run nothing: compare two eval JSON documents (A B).", metavar="A B"
    ),
) -> None:
    """Run the suite and print per-class metrics beside cargo fix / clippy --fix."""
    if compare_paths is not None:
        return _compare(*compare_paths, report_dir)
    if from_json is not None and profile and report_dir is None:
        typer.echo(report.profile_markdown(compare.load(from_json)), nl=False)
        return None
    if from_json is not None:
        return _rerender(from_json, report_dir, home)
    cases = discover(suite, tuple(c for c in classes.split(",") if c), limit)
    # Default: one eval home inside RUSTA_HOME, reused so target directories stay warm.
    eval_home = home or Home.default().eval_home.root
    flags = {"slots": 1 if jobs > 1 else None, "model": model, "model_only": model_only or None}
    settings = load_settings(None, flags)
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
        results,
        metrics.summarize(results),
        metrics.by_class(results),
        metrics.baselines(results),
        home=eval_home.resolve(),
    )
    report.write(doc, json_path, report_dir)
    _remember(json_path, report_dir)
    Console().print(Markdown(report.markdown(doc)))
    if profile:  # plain Markdown, to paste (the per-stage medians are wide)
        typer.echo(report.profile_markdown(doc), nl=False)


def _rerender(source: Path, report_dir: Path | None, home: Path | None) -> None:
    """The report of an earlier run (its traces are found through the document's home, or
    --home when the document predates it)."""
    if report_dir is None:
        raise UsageError("--from needs --report DIR (where to write eval.html)")
    doc = compare.load(source)
    if home is not None:
        doc["home"] = str(home.resolve())
    report.write(doc, None, report_dir)
    _remember(None, report_dir)
    Console().print(Markdown(report.markdown(doc)))
    Console(stderr=True).print(f"report: {report_dir / 'eval.html'}")


def _compare(a: Path, b: Path, report_dir: Path | None) -> None:
    comparison = compare.compare(compare.load(a), compare.load(b))
    if report_dir is not None:
        compare.write(comparison, str(a), str(b), report_dir)
    # plain Markdown, not rendered: it is meant to be pasted (closing notes, pull requests)
    typer.echo(compare.markdown(comparison, str(a), str(b)), nl=False)
    if report_dir is not None:
        Console(stderr=True).print(f"report: {report_dir / 'compare.html'}")


def _remember(json_path: Path | None, report_dir: Path | None) -> None:
    """List the report in RUSTA_HOME so the dashboard's eval view can show it."""
    document = (report_dir / "eval.json") if report_dir else json_path
    if document is not None:
        catalog.remember(rusta_home(), document)
