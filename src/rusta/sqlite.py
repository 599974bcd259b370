"""The one way Rusta opens a SQLite database (memory, the doc index, anchors, the server queue).

Every database under RUSTA_HOME is opened the same way:

- the parent directory is created, and the connection waits up to 30 s for another writer
  (the eval's parallel cases, the server's workers) instead of failing at once;
- WAL mode: every transaction is atomic on disk and readers run beside one writer;
  `synchronous=NORMAL` is durable in WAL mode up to the last checkpointed transaction;
- `prepare` brings the schema up to date (named migrations, or a CREATE IF NOT EXISTS script);
  a file that is not a usable database is an `EnvironmentProblem` naming it, never a traceback;
- `opened(...)` closes the connection when the block ends, whatever was raised.

Transactions: `autocommit=True` (the default) leaves them explicit (`BEGIN IMMEDIATE` ...
`COMMIT`); `autocommit=False` keeps Python's implicit transactions for code that commits with
`with connection:`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rusta.errors import EnvironmentProblem

BUSY_TIMEOUT_SECONDS = 30.0

Prepare = Callable[[sqlite3.Connection], object]


def connect(
    path: Path,
    prepare: Prepare | None = None,
    *,
    autocommit: bool = True,
    any_thread: bool = False,
    rows: bool = False,
    what: str = "this database",
) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path`, WAL mode, schema prepared.

    `any_thread`: the connection may be used from another thread than the one that opened it
    (never from two at once: FastAPI runs a dependency and its handler on different threads).
    `rows`: rows are `sqlite3.Row` (by column name) instead of tuples.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None if autocommit else "",  # "": implicit DEFERRED transactions
        check_same_thread=not any_thread,
    )
    if rows:
        connection.row_factory = sqlite3.Row
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        if prepare is not None:
            prepare(connection)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise EnvironmentProblem(f"{path}: cannot use {what} ({exc})") from exc
    return connection


@contextmanager
def opened(
    path: Path,
    prepare: Prepare | None = None,
    *,
    autocommit: bool = True,
    any_thread: bool = False,
    rows: bool = False,
    what: str = "this database",
) -> Iterator[sqlite3.Connection]:
    """`connect(...)` for the length of a `with` block: the connection is closed at its end."""
    connection = connect(
        path, prepare, autocommit=autocommit, any_thread=any_thread, rows=rows, what=what
    )
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT on an autocommit connection: the write lock is taken up front,
    so a read-then-write is atomic; anything raised rolls the transaction back."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
