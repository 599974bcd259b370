"""`rusta undo [PATH]`: revert Rusta's last change to a crate, only if nothing changed since."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from rusta.config import rusta_home
from rusta.loop.commit import undo
from rusta.tools.crate import locate


def undo_command(
    path: Path = typer.Argument(Path("."), help="The crate Rusta changed."),
) -> None:
    """Undo the last fix Rusta applied to this crate."""
    crate = locate(path)
    files = undo(rusta_home(), crate.root)
    Console(highlight=False).print(f"reverted Rusta's last change to {', '.join(files)}")
