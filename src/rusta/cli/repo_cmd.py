"""`rusta repo add|list|remove`: the repositories `rusta serve` may touch (SPEC §13)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from rusta.config import rusta_home
from rusta.server import registry

app = typer.Typer(
    help="Register the crates (or eval suites) the server may work on.", no_args_is_help=True
)


@app.command("add")
def add_command(
    paths: list[Path] = typer.Argument(..., help="Crates, workspaces, or directories of crates."),
) -> None:
    """Allow the server to run jobs on these repositories."""
    console = Console(highlight=False)
    for path in paths:
        repo = registry.add(rusta_home(), path)
        console.print(f"registered {repo.kind} {repo.name} at {repo.path}")


@app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show the registered repositories."""
    repos = registry.all_repos(rusta_home())
    if as_json:
        print(json.dumps([repo.to_json() for repo in repos], indent=2))
        return
    console = Console(highlight=False)
    for repo in repos:
        console.print(f"{repo.kind:<6} {repo.name:<24} {repo.path}")
    if not repos:
        console.print("no repositories registered; add one with `rusta repo add PATH`")


@app.command("remove")
def remove_command(path: Path = typer.Argument(..., help="A registered path.")) -> None:
    """Stop the server from touching this repository (its jobs and traces stay)."""
    repo = registry.remove(rusta_home(), path)
    Console(highlight=False).print(f"removed {repo.name} ({repo.path})")
