"""`rusta anchor show ID` and `rusta anchor verify ID...` (SPEC §6: anchors resolve or fail)."""

from __future__ import annotations

import typer
from rich.console import Console

from rusta.cli.explain_cmd import docs_root
from rusta.config import rusta_home
from rusta.errors import UsageError
from rusta.knowledge.anchors import AnchorStore

app = typer.Typer(help="Show and verify the anchors explanations cite.", no_args_is_help=True)


@app.command("show")
def show_command(
    anchor_id: str = typer.Argument(..., help="An anchor id from `rusta explain`."),
) -> None:
    """Print the text an anchor cites, and where it comes from."""
    store = AnchorStore(rusta_home())
    try:
        stored = store.get(anchor_id)
    finally:
        store.close()
    if stored is None:
        raise UsageError(f"no anchor `{anchor_id}` (ids are printed by `rusta explain`)")
    anchor, text = stored
    console = Console(highlight=False)
    console.print(f"[bold]{anchor.title or anchor.path}[/]", markup=True)
    console.print(
        f"source: {anchor.source}\npath: {anchor.path}\nspan: {anchor.span}\n"
        f"sha256: {anchor.sha256}\n",
        markup=False,
    )
    console.print(text, markup=False)


@app.command("verify")
def verify_command(
    anchor_ids: list[str] = typer.Argument(..., help="Anchor ids to check."),
) -> None:
    """Exit non-zero if any anchor no longer resolves (its text changed or is gone)."""
    store = AnchorStore(rusta_home())
    try:
        results = store.verify(anchor_ids, docs_root())
    finally:
        store.close()
    console = Console(highlight=False)
    for result in results:
        mark = "[green]✓[/]" if result.resolves else "[red]✗[/]"
        console.print(f"{mark} {result.anchor_id} {result.reason}")
    raise typer.Exit(0 if all(r.resolves for r in results) else 1)
