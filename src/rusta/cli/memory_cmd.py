"""`rusta memory export|import|compact|stats` (SPEC §5.2): bundles and budgets."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from rusta.config import rusta_home
from rusta.memory import bundle, devlog
from rusta.memory.cache import EpisodicCache
from rusta.memory.compact import Budgets, compact
from rusta.memory.mistakes import MistakeLedger

app = typer.Typer(help="Export, import and compact Rusta's memory.", no_args_is_help=True)


@app.command("export")
def export_command(file: Path = typer.Argument(..., help="The bundle to write (.tar.gz).")) -> None:
    """Write a deterministic bundle: the same memory gives byte-identical files."""
    manifest = bundle.export_bundle(rusta_home(), file)
    Console().print(f"exported {len(manifest['members'])} members to {file}")


@app.command("import")
def import_command(
    file: Path = typer.Argument(..., help="A bundle from `rusta memory export`."),
) -> None:
    """Merge a bundle into this home; what the home already has is kept."""
    report = bundle.import_bundle(rusta_home(), file)
    rows = ", ".join(f"{table} {count}" for table, count in report.rows_added.items())
    Console().print(
        f"imported {report.entries_added} entries ({report.entries_kept} already present); "
        f"rows added: {rows}"
    )


@app.command("compact")
def compact_command(
    cache_ttl_days: float = typer.Option(30.0, "--cache-ttl-days", help="Cached fixes expire."),
    max_fixes: int = typer.Option(5_000, "--max-fixes", help="Cached fixes kept at most."),
    mistakes_ttl_days: float = typer.Option(90.0, "--mistakes-ttl-days", help="Mistakes expire."),
    max_mistakes: int = typer.Option(20_000, "--max-mistakes", help="Mistakes kept at most."),
    max_episodes: int = typer.Option(2_000, "--max-episodes", help="Episodic entries kept."),
) -> None:
    """Apply TTLs and size budgets; old episodic entries move to devlogs/archive/."""
    budgets = Budgets(cache_ttl_days, max_fixes, mistakes_ttl_days, max_mistakes, 20, max_episodes)
    report = compact(rusta_home(), budgets)
    Console().print(
        f"removed {report.fixes_removed} cached fixes, {report.mistakes_removed} mistakes, "
        f"{report.history_removed} graph history rows; archived {report.entries_archived} entries"
    )


@app.command("stats")
def stats_command() -> None:
    """How much Rusta remembers."""
    home = rusta_home()
    Console().print(
        f"{len(devlog.entry_files(home))} DevLog entries, {EpisodicCache(home).count()} cached "
        f"fixes, {MistakeLedger(home).count()} known mistakes"
    )
