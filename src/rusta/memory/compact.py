"""Compaction (SPEC §5.2): TTL and size budgets, so no part of memory grows without bound.

Expired or least recently used cache entries and mistakes are deleted; the graph keeps a
bounded history per file; episodic DevLogs beyond the budget are not deleted but moved, oldest
first, to devlogs/archive/ (outside the index and the bundles: the diary is never lost, only
set aside).
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from rusta.home import Home
from rusta.memory import devlog, index
from rusta.memory.migrations import CACHE_MIGRATIONS, opened

DAY = 86400.0


@dataclass(frozen=True)
class Budgets:
    cache_ttl_days: float = 30.0
    cache_max_fixes: int = 5_000
    mistakes_ttl_days: float = 90.0
    mistakes_max: int = 20_000
    history_per_file: int = 20
    episodic_max: int = 2_000


@dataclass(frozen=True)
class CompactReport:
    fixes_removed: int
    mistakes_removed: int
    history_removed: int
    entries_archived: int


def compact(
    home: Path | Home, budgets: Budgets = Budgets(), now: float | None = None
) -> CompactReport:
    now = time.time() if now is None else now
    with opened(Home.of(home).cache_db, CACHE_MIGRATIONS) as connection:
        connection.execute("BEGIN IMMEDIATE")
        fixes = _trim(connection, "fixes", "last_used", now - budgets.cache_ttl_days * DAY,
                      budgets.cache_max_fixes)  # fmt: skip
        mistakes = _trim(connection, "mistakes", "last_seen",
                         now - budgets.mistakes_ttl_days * DAY, budgets.mistakes_max)  # fmt: skip
        history = connection.execute(
            "DELETE FROM graph_history WHERE rowid IN (SELECT rowid FROM (SELECT rowid, "
            "ROW_NUMBER() OVER (PARTITION BY repo, file ORDER BY seen DESC) AS rank "
            "FROM graph_history) WHERE rank > ?)",
            (budgets.history_per_file,),
        ).rowcount
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    archived = _archive_episodes(home, budgets.episodic_max)
    index.sync(home)
    return CompactReport(fixes, mistakes, history, archived)


def _trim(connection: sqlite3.Connection, table: str, column: str, cutoff: float, keep: int) -> int:
    expired = connection.execute(f"DELETE FROM {table} WHERE {column} < ?", (cutoff,)).rowcount
    over = connection.execute(
        f"DELETE FROM {table} WHERE key NOT IN "
        f"(SELECT key FROM {table} ORDER BY {column} DESC, key LIMIT ?)",
        (keep,),
    ).rowcount
    return expired + over


def _archive_episodes(home: Path | Home, keep: int) -> int:
    """Move the oldest episodic entries beyond `keep` to devlogs/archive/episodic/."""
    episodes = [p for p in devlog.entry_files(home) if p.parent.name == "episodic"]
    dated = sorted(episodes, key=lambda p: (str(devlog.read(p)[0].get("date", "")), p.name))
    old = dated[: max(0, len(dated) - keep)]
    if not old:
        return 0
    archive = Home.of(home).devlog_archive / "episodic"
    archive.mkdir(parents=True, exist_ok=True)
    for path in old:
        os.replace(path, archive / path.name)  # atomic: the entry is in one place or the other
    return len(old)
