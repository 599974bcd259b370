"""The server's database, RUSTA_HOME/server.sqlite: registered repos, the job queue, events.

One SQLite file in WAL mode is shared by the server and its worker processes: writers are
serialized by SQLite, readers never block, and a job or event that was committed survives a
crash or restart of any of them. `events.id` is AUTOINCREMENT, and since only one writer
commits at a time, ids become visible in increasing order: a reader that remembers the last
id it saw and asks for `id > last` never misses an event (what WS /stream relies on).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rusta.errors import EnvironmentProblem
from rusta.memory.migrations import Migration, migrate

SERVER_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "001_repos",
        """
        CREATE TABLE repos (
            path TEXT PRIMARY KEY,        -- resolved absolute path (a crate or a suite of crates)
            name TEXT NOT NULL,
            kind TEXT NOT NULL,           -- crate | suite
            added REAL NOT NULL
        );
        """,
    ),
    Migration(
        "002_jobs_and_events",
        """
        CREATE TABLE jobs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- queue order
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,           -- fix | explain | check | eval
            repo TEXT NOT NULL,
            dry_run INTEGER NOT NULL,
            target TEXT NOT NULL,         -- explain: an error code or file:line; else ""
            status TEXT NOT NULL,         -- queued | running | done | failed
            review TEXT NOT NULL,         -- "" | applied | reverted (reviewed dry-run fixes)
            created REAL NOT NULL,
            started REAL,
            finished REAL,
            worker_pid INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            trace_id TEXT NOT NULL DEFAULT '',
            result TEXT,                  -- JSON
            error TEXT NOT NULL DEFAULT '',
            undo_record TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX jobs_status ON jobs(status, seq);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            job TEXT NOT NULL,
            ts REAL NOT NULL,
            body TEXT NOT NULL            -- JSON: {"type": "job"|"trace"|"progress", ...}
        );
        CREATE INDEX events_job ON events(job, id);
        """,
    ),
)


def database_path(home: Path) -> Path:
    return home / "server.sqlite"


def open_database(home: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), schema up to date.

    Like `memory.migrations.connect`, but usable from any thread: FastAPI may run a request's
    dependency and its handler on different threadpool threads (never at the same time).
    """
    path = database_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        migrate(connection, SERVER_MIGRATIONS)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise EnvironmentProblem(f"{path}: cannot use the server database ({exc})") from exc
    return connection


@contextmanager
def opened(home: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(home)
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front, so read-then-write is atomic."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
