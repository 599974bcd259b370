"""The DevLog index (SPEC §5.1): SQLite FTS5 beside the markdown files, derived from them.

The files are the truth. The index is brought in line with them on every read (`sync`: a
changed file is re-indexed, a removed one dropped), so an entry written by a process that was
killed before it updated the index still shows up, and `rebuild` from the files yields the
same index as the incremental updates (tested). Search ranks by text relevance (bm25) weighted
by recency, and prefers episodes that ended green: asked about an error code, the diary should
first show how it was fixed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.home import Home
from rusta.memory import devlog, migrations
from rusta.memory.migrations import INDEX_MIGRATIONS

RECENCY_DAYS = 30.0  # an entry this old weighs half as much as one written today
GREEN_WEIGHT = 1.5


@dataclass(frozen=True)
class Hit:
    id: str
    type: str
    date: str
    title: str
    tags: tuple[str, ...]
    outcome: str
    error_codes: tuple[str, ...]
    move: str
    repo: str
    score: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "title": self.title,
            "tags": list(self.tags),
            "outcome": self.outcome,
            "error_codes": list(self.error_codes),
            "move": self.move,
            "repo": self.repo,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


def index_path(home: Path | Home) -> Path:
    return Home.of(home).index_db


def opened(home: Path | Home) -> AbstractContextManager[sqlite3.Connection]:
    return migrations.opened(index_path(home), INDEX_MIGRATIONS)


def record(home: Path, entry: devlog.Entry, *, name: str = "", at: Path | None = None) -> Path:
    """Write a DevLog entry (atomically) and index it. The file comes first: it is the truth."""
    path = devlog.write(home, entry, name=name, at=at)
    with opened(home) as connection:
        _transaction(connection, lambda: _upsert(connection, home, path))
    return path


def sync(home: Path) -> None:
    """Bring the index in line with the files: index new/changed ones, drop removed ones."""
    with opened(home) as connection:
        _transaction(connection, lambda: _sync(connection, home))


def rebuild(home: Path) -> None:
    """Throw the index away and derive it again from the files."""
    with opened(home) as connection:

        def again() -> None:
            connection.execute("DELETE FROM entries")
            connection.execute("DELETE FROM entries_fts")
            _sync(connection, home)

        _transaction(connection, again)


def dump(home: Path) -> list[tuple[Any, ...]]:
    """Every indexed row, in a stable order: what "rebuild == incremental" compares."""
    with opened(home) as connection:
        rows = connection.execute("SELECT * FROM entries ORDER BY id").fetchall()
        texts = connection.execute(
            "SELECT id, title, tags, body FROM entries_fts ORDER BY id"
        ).fetchall()
    return [*rows, *texts]


def search(
    home: Path,
    query: str,
    *,
    tags: Sequence[str] = (),
    types: Sequence[str] = (),
    since: str = "",
    limit: int = 20,
    now: dt.datetime | None = None,
) -> list[Hit]:
    """Entries matching every word of `query` (and the filters), best first."""
    sync(home)
    words = re.findall(r"[\w:]+", query)
    where, parameters = _filters(tags, types, since)
    with opened(home) as connection:
        if words:
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            rows = connection.execute(
                "SELECT e.*, bm25(entries_fts, 0.0, 4.0, 3.0, 1.0), "
                "snippet(entries_fts, 3, '[', ']', '…', 12) "
                "FROM entries_fts JOIN entries e ON e.id = entries_fts.id "
                f"WHERE entries_fts MATCH ? {where}",
                [match, *parameters],
            ).fetchall()
        else:
            rows = connection.execute(
                f"SELECT e.*, -1.0, '' FROM entries e WHERE 1 {where}", parameters
            ).fetchall()
    when = now or dt.datetime.now(dt.UTC)
    hits = [_hit(row, when) for row in rows]
    return sorted(hits, key=lambda h: (-h.score, h.id))[:limit]


def timeline(
    home: Path, *, types: Sequence[str] = (), since: str = "", limit: int = 50
) -> list[Hit]:
    """Entries newest first."""
    sync(home)
    where, parameters = _filters((), types, since)
    with opened(home) as connection:
        rows = connection.execute(
            f"SELECT e.*, 0.0, '' FROM entries e WHERE 1 {where} ORDER BY date DESC, id DESC "
            "LIMIT ?",
            [*parameters, limit],
        ).fetchall()
    return [_hit(row, None) for row in rows]


# --- internals -------------------------------------------------------------------------------


def _transaction(connection: sqlite3.Connection, work: Any) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        work()
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _sync(connection: sqlite3.Connection, home: Path) -> None:
    known = dict(connection.execute("SELECT id, sha256 FROM entries").fetchall())
    present = set()
    for path in devlog.entry_files(home):
        identifier = devlog.entry_id(home, path)
        present.add(identifier)
        if known.get(identifier) != _sha(path):
            _upsert(connection, home, path)
    for identifier in set(known) - present:
        _delete(connection, identifier)


def _upsert(connection: sqlite3.Connection, home: Path, path: Path) -> None:
    identifier = devlog.entry_id(home, path)
    front, body = devlog.read(path)
    tags = " ".join(str(t) for t in front.get("tags") or ())
    codes = " ".join(str(c) for c in front.get("error_codes") or ())
    _delete(connection, identifier)
    connection.execute(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            identifier,
            str(front.get("type") or identifier.split("/")[0]),
            str(front.get("date") or ""),
            str(front.get("title") or ""),
            tags,
            str(front.get("outcome") or ""),
            codes,
            str(front.get("move") or ""),
            str(front.get("repo") or ""),
            _sha(path),
        ),
    )
    connection.execute(
        "INSERT INTO entries_fts(id, title, tags, body) VALUES (?, ?, ?, ?)",
        (identifier, str(front.get("title") or ""), f"{tags} {codes}".strip(), body),
    )


def _delete(connection: sqlite3.Connection, identifier: str) -> None:
    connection.execute("DELETE FROM entries WHERE id = ?", (identifier,))
    connection.execute("DELETE FROM entries_fts WHERE id = ?", (identifier,))


def _filters(tags: Sequence[str], types: Sequence[str], since: str) -> tuple[str, list[str]]:
    clauses, parameters = [], []
    for tag in tags:
        clauses.append("AND (' ' || e.tags || ' ' || e.error_codes || ' ') LIKE ?")
        parameters.append(f"% {tag} %")
    if types:
        clauses.append(f"AND e.type IN ({', '.join('?' for _ in types)})")
        parameters.extend(types)
    if since:
        clauses.append("AND e.date >= ?")
        parameters.append(since)
    return " ".join(clauses), parameters


def _hit(row: tuple[Any, ...], now: dt.datetime | None) -> Hit:
    identifier, kind, date, title, tags, outcome, codes, move, repo, _, rank, snippet = row
    relevance = -float(rank)  # bm25: more negative is more relevant
    if now is not None:
        relevance *= _recency(date, now) * (GREEN_WEIGHT if outcome == "green" else 1.0)
    return Hit(
        identifier,
        kind,
        date,
        title,
        tuple(tags.split()),
        outcome,
        tuple(codes.split()),
        move,
        repo,
        relevance,
        snippet,
    )


def _recency(date: str, now: dt.datetime) -> float:
    try:
        written = dt.datetime.fromisoformat(date)
    except ValueError:
        return 0.5
    if written.tzinfo is None:
        written = written.replace(tzinfo=dt.UTC)
    age_days = max(0.0, (now - written).total_seconds() / 86400)
    return 1.0 / (1.0 + age_days / RECENCY_DAYS)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
