"""`rusta explain CODE | --file F --line N | --crate DIR`: cited explanations (SPEC §6)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rusta.config import load_settings, rusta_home
from rusta.errors import UsageError
from rusta.knowledge.explain import Explainer, Explanation
from rusta.llm.factory import backend_for
from rusta.sandbox.slots import pool
from rusta.tools import environment
from rusta.tools.crate import locate
from rusta.types import Diagnostic, Level


def explain_command(
    code: str | None = typer.Argument(None, help="An error code (E0382) or lint name."),
    file: Path | None = typer.Option(None, "--file", help="A source file inside a crate."),
    line: int | None = typer.Option(None, "--line", help="The line of the diagnostic in --file."),
    crate: Path | None = typer.Option(None, "--crate", help="Explain every diagnostic of a crate."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for machines."),
    reindex: bool = typer.Option(False, "--reindex", help="Update the doc index first."),
    model: str | None = typer.Option(
        None, "--model", help="Let a model write the prose, held to the anchors (default: config)."
    ),
) -> None:
    """Explain a diagnostic in Rusta's voice, citing local documentation."""
    with explainer(force_build=reindex) as rusta:
        if code:
            explanations = [rusta.for_code(error_code(code))]
        elif file is not None:
            if line is None:
                raise UsageError("--file needs --line N")
            explanations = [_at_location(rusta, file, line)]
        elif crate is not None:
            explanations = _whole_crate(rusta, crate)
        else:
            raise UsageError("give an error code, --file F --line N, or --crate DIR")
        backend = backend_for(load_settings(None, {"model": model}))
        if backend is not None:
            explanations = [rusta.with_model(e, backend) for e in explanations]
        origin = rusta.origin
    if as_json:
        print(json.dumps({"explanations": [e.to_json() for e in explanations]}, indent=2))
    else:
        render(explanations, origin)
    raise typer.Exit(1 if any(e.unknown for e in explanations) else 0)


def error_code(text: str) -> str:
    """`e0382` and ` E0382 ` are E0382 (rustc's codes are upper case); lint names stay as given."""
    code = text.strip()
    return code.upper() if re.fullmatch(r"[eE]\d{4}", code) else code


def docs_root() -> Path | None:
    """The offline docs, unless RUSTA_DOCS says where they are (or `none`: use the fallback)."""
    override = os.environ.get("RUSTA_DOCS")
    if override:
        return None if override == "none" else Path(override)
    return environment.offline_docs()


@contextmanager
def explainer(force_build: bool = False) -> Iterator[Explainer]:
    """An Explainer whose doc index is built (lazily, once, with a progress bar)."""
    rusta = Explainer(rusta_home(), docs_root())
    try:
        if force_build or rusta.needs_build():
            build_with_progress(rusta)
        yield rusta
    finally:
        rusta.close()


def build_with_progress(rusta: Explainer) -> None:
    console = Console(stderr=True, highlight=False)
    columns = (TextColumn("indexing docs"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("index", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        report = rusta.build(advance)
    console.print(
        f"doc index: {report.chunks} chunks from {report.origin} "
        f"({report.files_indexed} files indexed, {report.files_skipped} unchanged) "
        f"in {report.seconds:.1f} s"
    )


def crate_diagnostics(root: Path) -> list[Diagnostic]:
    """Errors and warnings of a check in a sandbox slot; clippy's lints when it compiles."""
    settings = load_settings(root)
    with pool(rusta_home(), root, 1) as slots:
        result = slots[0].check(settings.check_timeout)
        if not result.errors and settings.clippy:
            result = slots[0].check(settings.check_timeout, clippy=True)
    kept: dict[tuple[str, str, str, int], Diagnostic] = {}
    for diagnostic in result.diagnostics:
        if diagnostic.level in (Level.ERROR, Level.WARNING):
            kept.setdefault(diagnostic.key(), diagnostic)
    return list(kept.values())


def _whole_crate(rusta: Explainer, path: Path) -> list[Explanation]:
    root = locate(path).root
    return [rusta.for_diagnostic(d, root) for d in crate_diagnostics(root)]


def _at_location(rusta: Explainer, file: Path, line: int) -> Explanation:
    root = locate(file).root
    relative = str(file.resolve().relative_to(root))
    candidates = [d for d in crate_diagnostics(root) if d.primary and d.primary.file == relative]
    here = [
        d for d in candidates if d.primary and d.primary.line_start <= line <= d.primary.line_end
    ]
    if not here:
        raise UsageError(f"{relative}:{line}: no diagnostic at this line")
    here.sort(key=lambda d: (not d.is_error, d.primary.line_start if d.primary else 0))
    return rusta.for_diagnostic(here[0], root)


def render(explanations: list[Explanation], origin: str) -> None:
    console = Console(highlight=False)
    if not explanations:
        console.print("[green]✓ nothing to explain:[/] no errors or warnings")
    for explanation in explanations:
        title = explanation.code or "diagnostic"
        where = f" at {explanation.where}" if explanation.where else ""
        console.rule(f"[bold]{title}[/]{where}", align="left")
        console.print(explanation.text, markup=False)
        if explanation.citations:
            console.print("\nReferences:")
        for number, citation in enumerate(explanation.citations, 1):
            anchor = citation.anchor
            console.print(
                f"  [{number}] {anchor.source}: {anchor.path} {anchor.span} — {anchor.title} "
                f"(anchor {citation.id}, sha256 {anchor.sha256[:12]})",
                markup=False,
            )
    console.print(f"\n[dim]sources: {origin}[/]")
