"""SQLite schemas as named, append-only migrations (STYLE.md §10).

Each database keeps the names of the migrations it has applied in `_migrations`. A migration
is never edited or removed once released: a schema change is a new named step at the end of
its list, so any older database upgrades by running the steps it has not seen, in order.

Two databases live in RUSTA_HOME (docs/architecture.md, "State on disk"):
- `index.sqlite`: the DevLog full-text index, derived from the markdown files (rebuildable);
- `cache.sqlite`: the episodic cache, the mistake ledger and the project graph.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from rusta import sqlite
from rusta.errors import EnvironmentProblem


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


INDEX_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "001_entries",
        """
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,          -- <type>/<file stem>
            type TEXT NOT NULL,
            date TEXT NOT NULL,
            title TEXT NOT NULL,
            tags TEXT NOT NULL,           -- space-separated
            outcome TEXT NOT NULL,
            error_codes TEXT NOT NULL,    -- space-separated
            move TEXT NOT NULL,
            repo TEXT NOT NULL,
            sha256 TEXT NOT NULL          -- of the file's bytes: a changed file is re-indexed
        );
        CREATE INDEX entries_date ON entries(date);
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            id UNINDEXED, title, tags, body, tokenize = "unicode61 tokenchars '_'"
        );
        """,
    ),
)

CACHE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "001_episodic_cache",
        """
        CREATE TABLE fixes (
            key TEXT PRIMARY KEY,         -- sha of fingerprint, repo and edits
            fingerprint TEXT NOT NULL,
            repo TEXT NOT NULL,
            manifest TEXT NOT NULL,       -- sha of Cargo.toml when recorded (invalidation)
            move TEXT NOT NULL,
            code TEXT NOT NULL,
            names TEXT NOT NULL,          -- JSON: backticked names of the diagnostic
            file TEXT NOT NULL,           -- the diagnostic's file
            line INTEGER NOT NULL,        -- the diagnostic's first line
            edits TEXT NOT NULL,          -- JSON: anchored line hunks
            created REAL NOT NULL,
            last_used REAL NOT NULL,
            hits INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX fixes_fingerprint ON fixes(fingerprint);
        """,
    ),
    Migration(
        "002_mistake_ledger",
        """
        CREATE TABLE mistakes (
            key TEXT PRIMARY KEY,         -- fingerprint + file state + candidate signature
            loose TEXT NOT NULL,          -- fingerprint + candidate signature (any state)
            fingerprint TEXT NOT NULL,
            move TEXT NOT NULL,
            count INTEGER NOT NULL,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL
        );
        CREATE INDEX mistakes_loose ON mistakes(loose);
        """,
    ),
    Migration(
        "003_project_graph",
        """
        CREATE TABLE graph_files (
            repo TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (repo, file)
        );
        CREATE TABLE graph_symbols (
            repo TEXT NOT NULL,
            file TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,           -- module struct enum trait impl fn const macro
            container TEXT NOT NULL,      -- enclosing module/impl/trait path, "" at the top
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL,
            byte_start INTEGER NOT NULL,
            byte_end INTEGER NOT NULL
        );
        CREATE INDEX graph_symbols_name ON graph_symbols(repo, name);
        CREATE TABLE graph_edges (
            repo TEXT NOT NULL,
            file TEXT NOT NULL,
            source TEXT NOT NULL,         -- the enclosing item's name
            target TEXT NOT NULL,         -- the name it refers to
            kind TEXT NOT NULL,           -- defines uses impls calls
            line INTEGER NOT NULL
        );
        CREATE INDEX graph_edges_target ON graph_edges(repo, target);
        CREATE TABLE graph_history (
            repo TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            seen REAL NOT NULL            -- when this version of the file was first parsed
        );
        """,
    ),
    Migration(
        "004_fix_acceptance",
        """
        -- a dry run's green fix is pending until the user applies it; lookups see accepted
        -- fixes only (issue 11 #4: a fix nobody accepted must not be recalled as one)
        ALTER TABLE fixes ADD COLUMN accepted INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE fix_traces (
            trace TEXT NOT NULL,          -- the episode that recorded the fix
            key TEXT NOT NULL,            -- fixes.key
            PRIMARY KEY (trace, key)
        );
        """,
    ),
)


def connect(path: Path, migrations: tuple[Migration, ...]) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` and bring its schema up to date
    (`rusta.sqlite.connect`: WAL, busy timeout, explicit transactions)."""
    return sqlite.connect(path, lambda connection: migrate(connection, migrations))


def opened(
    path: Path, migrations: tuple[Migration, ...]
) -> AbstractContextManager[sqlite3.Connection]:
    """`connect` for one `with` block: the connection is closed when it ends."""
    return sqlite.opened(path, lambda connection: migrate(connection, migrations))


def migrate(connection: sqlite3.Connection, migrations: tuple[Migration, ...]) -> list[str]:
    """Apply the migrations `connection` has not seen, in order; return their names."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, position INTEGER)"
    )
    done = [row[0] for row in connection.execute("SELECT name FROM _migrations ORDER BY position")]
    known = [m.name for m in migrations]
    if done != known[: len(done)]:
        raise EnvironmentProblem(
            f"database migrations {done} do not match this Rusta's {known}: "
            "was it written by a newer version?"
        )
    applied = []
    for position, migration in enumerate(migrations[len(done) :], start=len(done)):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if _already_applied(connection, migration.name):
                connection.execute("ROLLBACK")  # a concurrent process applied it first
                continue
            for statement in _statements(migration.sql):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO _migrations(name, position) VALUES (?, ?)", (migration.name, position)
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied


def _already_applied(connection: sqlite3.Connection, name: str) -> bool:
    row = connection.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone()
    return row is not None


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements, current = [], ""
    for line in sql.splitlines():
        code = line.split("--", 1)[0]
        current += code + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.strip(" \n;")]
