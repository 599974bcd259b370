"""The repositories the daemon may touch: only those the user registered at the terminal.

SPEC §13: "only touches repositories the user registered". `rusta repo add PATH` records the
crate's root (the workspace root when there is one, as the episode itself would use) or a
directory of crates (an eval suite). The HTTP API can read this list but never extend it, so
a stolen token cannot point Rusta at a directory the user never chose.

Every path a request names is resolved (symlinks, `..`) before it is compared, so
`/registered/../elsewhere` or a symlink leading out of a registered crate is refused.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import CrateError, UsageError
from rusta.server.db import opened
from rusta.server.errors import NotRegistered
from rusta.sqlite import transaction
from rusta.tools.crate import locate

MAX_PATH_CHARS = 4096


@dataclass(frozen=True)
class Repo:
    path: Path
    name: str
    kind: str  # "crate" | "suite"
    added: float

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "name": self.name, "kind": self.kind, "added": self.added}


def add(home: Path, path: Path) -> Repo:
    """Register a crate (or workspace) or a directory of crates; registering twice is a no-op."""
    repo = _describe(path)
    with opened(home) as connection, transaction(connection):
        connection.execute(
            "INSERT OR IGNORE INTO repos(path, name, kind, added) VALUES (?, ?, ?, ?)",
            (str(repo.path), repo.name, repo.kind, repo.added),
        )
    return lookup(home, repo.path)


def remove(home: Path, path: Path) -> Repo:
    repo = lookup(home, Path(os.path.realpath(path.expanduser())))
    with opened(home) as connection, transaction(connection):
        connection.execute("DELETE FROM repos WHERE path = ?", (str(repo.path),))
    return repo


def all_repos(home: Path) -> list[Repo]:
    with opened(home) as connection:
        rows = connection.execute("SELECT * FROM repos ORDER BY name, path").fetchall()
    return [_repo(row) for row in rows]


def lookup(home: Path, path: Path) -> Repo:
    """The registered repo at exactly `path` (already resolved)."""
    with opened(home) as connection:
        row = connection.execute("SELECT * FROM repos WHERE path = ?", (str(path),)).fetchone()
    if row is None:
        raise NotRegistered(
            f"{path} is not a registered repository; run `rusta repo add {path}` first"
        )
    return _repo(row)


def resolve(home: Path, requested: str) -> Repo:
    """The registered repo a request names: its path, or a path inside it, after resolution."""
    wanted = _resolved(requested)
    for repo in all_repos(home):
        if wanted == repo.path or wanted.is_relative_to(repo.path):
            return repo
    raise NotRegistered(
        f"{requested} is not inside a registered repository; "
        f"run `rusta repo add PATH` at the terminal to allow it"
    )


def _resolved(requested: str) -> Path:
    if not requested or len(requested) > MAX_PATH_CHARS or "\x00" in requested:
        raise UsageError("the repository path is empty, too long or contains a NUL byte")
    path = Path(requested).expanduser()
    if not path.is_absolute():
        raise UsageError(f"{requested}: give the repository as an absolute path")
    return Path(os.path.realpath(path))


def _describe(path: Path) -> Repo:
    path = Path(os.path.realpath(path.expanduser()))
    if not path.is_dir() and not path.is_file():
        raise CrateError(f"{path}: no such file or directory")
    now = time.time()
    if path.is_dir() and not (path / "Cargo.toml").exists() and _holds_crates(path):
        return Repo(path, path.name, "suite", now)
    crate = locate(path)
    return Repo(Path(os.path.realpath(crate.root)), crate.name, "crate", now)


def _holds_crates(directory: Path) -> bool:
    """A suite: crates one or two levels down (the layout `rusta eval --suite` reads)."""
    return any(directory.glob("*/Cargo.toml")) or any(directory.glob("*/*/Cargo.toml"))


def _repo(row: sqlite3.Row) -> Repo:
    return Repo(Path(row["path"]), row["name"], row["kind"], row["added"])
