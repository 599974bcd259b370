"""One SQLite opener (rusta/sqlite.py): every database under RUSTA_HOME opens the same way.

Real SQLite files in the test's home: WAL mode, a usable error for a file that is not a
database, the connection closed when the block ends, and a transaction that rolls back.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rusta import sqlite
from rusta.errors import EnvironmentProblem
from rusta.knowledge.anchors import AnchorStore
from rusta.knowledge.docindex import DocIndex
from rusta.memory.cache import EpisodicCache
from rusta.memory.index import opened as index_opened
from rusta.server.db import open_database


def _journal_mode(connection: sqlite3.Connection) -> str:
    return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def test_every_database_of_a_home_is_in_wal_mode(isolated_rusta_home: Path) -> None:
    home = isolated_rusta_home
    anchors, docs = AnchorStore(home), DocIndex(home)
    server = open_database(home)
    try:
        modes = {
            "anchors": _journal_mode(anchors.db),
            "docindex": _journal_mode(docs.db),
            "server": _journal_mode(server),
        }
        with index_opened(home) as index, EpisodicCache(home)._db() as cache:
            modes |= {"index": _journal_mode(index), "cache": _journal_mode(cache)}
    finally:
        anchors.close()
        docs.close()
        server.close()

    assert modes == dict.fromkeys(modes, "wal")


@pytest.mark.parametrize(
    "open_store",
    [AnchorStore, lambda home: DocIndex(home).db, open_database],
    ids=["anchors", "docindex", "server"],
)
def test_a_file_that_is_not_a_database_is_an_environment_problem(
    isolated_rusta_home: Path, open_store: object
) -> None:
    for name in ("anchors.sqlite", "docindex.sqlite", "server.sqlite"):
        (isolated_rusta_home / name).write_bytes(b"this is not a database file, not at all")

    with pytest.raises(EnvironmentProblem, match="cannot use"):
        open_store(isolated_rusta_home)  # type: ignore[operator]


def test_opened_closes_the_connection_and_a_transaction_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "test.sqlite"

    def create(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE IF NOT EXISTS items (name TEXT)")

    with sqlite.opened(path, create) as connection:
        with pytest.raises(RuntimeError), sqlite.transaction(connection):
            connection.execute("INSERT INTO items VALUES ('lost')")
            raise RuntimeError("a bug mid-transaction")
        with sqlite.transaction(connection):
            connection.execute("INSERT INTO items VALUES ('kept')")
    with pytest.raises(sqlite3.ProgrammingError):
        connection.execute("SELECT 1")  # closed by the block's end

    with sqlite.opened(path, create, rows=True) as again:
        names = [row["name"] for row in again.execute("SELECT name FROM items")]

    assert names == ["kept"]
