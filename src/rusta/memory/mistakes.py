"""The mistake ledger (SPEC §5.2): candidates that went red, so they are not tried again.

A mistake is keyed by the diagnostic's fingerprint, the state of the files the candidate was
applied to, and the candidate's signature (its move and the text it replaced and wrote): the
same edit on the same code for the same problem gives the same red, so it is not validated
again. A red validation whose exact key was already in the ledger is a repeated mistake: it
is counted, for the repeat-mistake rate the eval reports (0 when the ledger does its job).
`loose` (fingerprint and signature, any state) is kept for statistics.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from rusta.home import Home
from rusta.memory.migrations import CACHE_MIGRATIONS, opened


@dataclass(frozen=True)
class Mistake:
    """One red candidate: `key` is exact (with the file state), `loose` is state-free."""

    key: str
    loose: str
    fingerprint: str
    move: str


def mistake(fingerprint: str, state: str, signature: str, move: str) -> Mistake:
    loose = hashlib.sha256(f"{fingerprint}\0{signature}".encode()).hexdigest()[:24]
    key = hashlib.sha256(f"{fingerprint}\0{state}\0{signature}".encode()).hexdigest()[:24]
    return Mistake(key, loose, fingerprint, move)


class MistakeLedger:
    """RUSTA_HOME/cache.sqlite, table `mistakes`."""

    def __init__(self, home: Path | Home) -> None:
        self.path = Home.of(home).cache_db

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return opened(self.path, CACHE_MIGRATIONS)

    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of these exact keys already went red."""
        wanted = sorted(set(keys))
        if not wanted:
            return set()
        with self._db() as db:
            found = set()
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                rows = db.execute(f"SELECT key FROM mistakes WHERE key IN ({marks})", chunk)
                found.update(row[0] for row in rows)
        return found

    def record(self, entry: Mistake, now: float | None = None) -> bool:
        """Remember a red candidate; True when it repeats a mistake made before."""
        now = time.time() if now is None else now
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            # A repeat is the same edit for the same diagnostic on the same code (issue 4): the
            # ledger exists to make those impossible, so this counts only its failures. The
            # same edit on *changed* code may be right this time and is not a repeat.
            repeat = (
                db.execute("SELECT 1 FROM mistakes WHERE key = ? LIMIT 1", (entry.key,)).fetchone()
                is not None
            )
            db.execute(
                "INSERT INTO mistakes VALUES (?,?,?,?,1,?,?) ON CONFLICT(key) DO UPDATE SET "
                "count = count + 1, last_seen = excluded.last_seen",
                (entry.key, entry.loose, entry.fingerprint, entry.move, now, now),
            )
            db.execute("COMMIT")
        return repeat

    def count(self) -> int:
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM mistakes").fetchone()[0])
