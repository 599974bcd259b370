"""`rusta gc`: remove cached sandbox target directories and stale sandbox copies over the
size/age limits (settings gc_max_size_gib, gc_max_age_days; flags override them)."""

from __future__ import annotations

import time

import typer
from rich.console import Console

from rusta.config import load_settings, rusta_home
from rusta.sandbox import gc
from rusta.sandbox.gc import Collection, Entry, Limits


def gc_command(
    max_size: str | None = typer.Option(
        None, "--max-size", help="Keep at most this much (500M, 5G; gc_max_size_gib)."
    ),
    max_age: str | None = typer.Option(
        None, "--max-age", help="Drop what is unused this long (14d, 12h; gc_max_age_days)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only say what would be removed."),
) -> None:
    """Free disk space: remove old sandbox build caches and stale copies (never memory)."""
    settings = load_settings(None)
    size = gc.parse_size(max_size) if max_size is not None else _gib(settings.gc_max_size_gib)
    age = gc.parse_age(max_age) if max_age is not None else settings.gc_max_age_days * 86400
    limits = Limits(max_bytes=size, max_age_seconds=age)
    now = time.time()
    result = gc.collect(rusta_home(), limits, dry_run=dry_run, now=now)
    _report(result, limits, now)


def _gib(amount: float) -> int:
    return int(amount * 1024**3)


def _report(result: Collection, limits: Limits, now: float) -> None:
    console = Console(highlight=False)
    verb = "would remove" if result.dry_run else "removed"
    for entry in result.removed:
        console.print(f"{verb} {entry.relative} ({_why(entry, now)})", markup=False)
    in_use = sum(1 for entry in result.kept if entry.in_use)
    kept = f"kept {len(result.kept)} cached director{'y' if len(result.kept) == 1 else 'ies'}"
    kept += f" ({gc.human_bytes(result.kept_bytes)})"
    kept += f", {in_use} in use" if in_use else ""
    console.print(kept)
    limit_text = f"limits: {gc.human_bytes(limits.max_bytes)}, {_days(limits.max_age_seconds)}"
    if result.dry_run:
        freed = gc.human_bytes(result.freed)
        console.print(f"would free {freed} ({limit_text}); dry run: nothing was removed")
    else:
        console.print(f"freed {gc.human_bytes(result.freed)} ({limit_text})")


def _why(entry: Entry, now: float) -> str:
    size = gc.human_bytes(entry.bytes)
    if entry.kind == "sandbox":
        return f"stale sandbox copy, {size}"
    return f"target directory, {size}, last used {gc.human_age(now - entry.last_used)}"


def _days(seconds: float) -> str:
    days = seconds / 86400
    return f"{days:g} day{'s' if days != 1 else ''}"
