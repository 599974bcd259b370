"""The server's database, RUSTA_HOME/server.sqlite: registered repos, the job queue, events.

One SQLite file in WAL mode is shared by the server and its worker processes: writers are
serialized by SQLite, readers never block, and a job or event that was committed survives a
crash or restart of any of them. `events.id` is AUTOINCREMENT, and since only one writer
commits at a time, ids become visible in increasing order: a reader that remembers the last
id it saw and asks for `id > last` never misses an event (what WS /stream relies on).
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from rusta import sqlite
from rusta.home import Home
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


def database_path(home: Path | Home) -> Path:
    return Home.of(home).server_db


def open_database(home: Path | Home) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit: `transaction`), schema up to
    date, rows by name. Usable from any thread: FastAPI may run a request's dependency and its
    handler on different threadpool threads (never at the same time)."""
    return sqlite.connect(
        database_path(home), _migrate, any_thread=True, rows=True, what="the server database"
    )


def opened(home: Path | Home) -> AbstractContextManager[sqlite3.Connection]:
    """`open_database` for one `with` block: closed when it ends."""
    return sqlite.opened(
        database_path(home), _migrate, any_thread=True, rows=True, what="the server database"
    )


def _migrate(connection: sqlite3.Connection) -> None:
    migrate(connection, SERVER_MIGRATIONS)
