"""Memory bundles (SPEC §5.2): deterministic export/import of DevLogs, caches and the graph.

A bundle is a gzip'd tar whose every byte is a function of the memory alone: members in
sorted order with zeroed times and owners, table rows as sorted JSON lines, gzip's own
timestamp zeroed. So the same memory exports byte-identical bundles, and export → import into
an empty home → export gives the same bytes again (tested). Import merges: what the home
already has wins; members with unexpected names or types are refused before anything is
written.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.errors import UsageError
from rusta.fs import atomic_write
from rusta.home import Home
from rusta.memory import devlog, index
from rusta.memory.migrations import CACHE_MIGRATIONS, opened
from rusta.sqlite import transaction

FORMAT = "rusta-memory-bundle/1"
TABLES = {
    "fixes": "key",
    "mistakes": "key",
    "graph_files": "repo, file",
    "graph_symbols": "repo, file, byte_start, name, kind",
    "graph_edges": "repo, file, line, source, target, kind",
    "graph_history": "repo, file, seen, sha256",
}
_MEMBER = re.compile(
    r"^(manifest\.json|memory/[a-z_]+\.jsonl|devlogs/(" + "|".join(devlog.TYPES) + r")/"
    r"[A-Za-z0-9][A-Za-z0-9._-]*\.md)$"
)
_MAX_MEMBER = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    entries_added: int
    entries_kept: int  # already present (identical, or the home's own version kept)
    rows_added: dict[str, int]


def export_bundle(home: Path, destination: Path) -> dict[str, Any]:
    """Write the bundle; return its manifest."""
    members: dict[str, bytes] = {}
    for path in devlog.entry_files(home):
        members[f"devlogs/{devlog.entry_id(home, path)}.md"] = path.read_bytes()
    for table in TABLES:
        members[f"memory/{table}.jsonl"] = _table_lines(home, table)
    manifest = {
        "format": FORMAT,
        "members": {
            name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())
        },
    }
    members["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True).encode() + b"\n"
    atomic_write(destination, _pack(members))
    return manifest


def import_bundle(home: Path, source: Path) -> ImportReport:
    """Merge a bundle into `home`."""
    members = _unpack(source)
    manifest = _manifest(members)
    added = kept = 0
    for name, data in sorted(members.items()):
        if not name.startswith("devlogs/"):
            continue
        if hashlib.sha256(data).hexdigest() != manifest["members"].get(name):
            raise UsageError(f"{source}: member {name} does not match the bundle's manifest")
        target = home / name
        if target.exists():
            kept += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)
        added += 1
    rows = _import_tables(home, members)
    index.sync(home)
    return ImportReport(added, kept, rows)


# --- tables ----------------------------------------------------------------------------------


def _table_lines(home: Path | Home, table: str) -> bytes:
    with opened(Home.of(home).cache_db, CACHE_MIGRATIONS) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute(f"SELECT * FROM {table} ORDER BY {TABLES[table]}").fetchall()
    lines = [json.dumps(dict(row), sort_keys=True, ensure_ascii=False) for row in rows]
    return "".join(line + "\n" for line in sorted(lines)).encode("utf-8")


def _import_tables(home: Path | Home, members: dict[str, bytes]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with opened(Home.of(home).cache_db, CACHE_MIGRATIONS) as connection, transaction(connection):
        present_files = set(connection.execute("SELECT repo, file FROM graph_files").fetchall())
        for table in TABLES:
            data = members.get(f"memory/{table}.jsonl", b"")
            rows = [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
            counts[table] = _insert(connection, table, rows, present_files)
    return counts


def _insert(
    connection: sqlite3.Connection,
    table: str,
    rows: list[dict[str, Any]],
    present_files: set[tuple[str, str]],
) -> int:
    """Insert rows the home lacks; a graph file the home already parsed keeps its own rows."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    added = 0
    for row in rows:
        if table.startswith("graph_") and (row["repo"], row["file"]) in present_files:
            continue
        if set(row) != set(columns):
            raise UsageError(f"bundle table {table}: unexpected columns {sorted(row)}")
        values = [row[c] for c in columns]
        cursor = connection.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            values,
        )
        added += cursor.rowcount
    return added


# --- the archive -----------------------------------------------------------------------------


def _pack(members: dict[str, bytes]) -> bytes:
    raw = io.BytesIO()
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as compressed,
        tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive,
    ):
        for name in sorted(members):
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            info.mtime = 0
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            archive.addfile(info, io.BytesIO(members[name]))
    return raw.getvalue()


def _unpack(source: Path) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    try:
        with tarfile.open(source, mode="r:gz") as archive:
            for info in archive:
                if not info.isreg() or not _MEMBER.match(info.name) or info.size > _MAX_MEMBER:
                    raise UsageError(f"{source}: refusing bundle member {info.name!r}")
                handle = archive.extractfile(info)
                members[info.name] = handle.read() if handle else b""
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise UsageError(f"{source}: not a Rusta memory bundle ({exc})") from exc
    return members


def _manifest(members: dict[str, bytes]) -> dict[str, Any]:
    try:
        manifest = json.loads(members["manifest.json"])
    except (KeyError, ValueError) as exc:
        raise UsageError("not a Rusta memory bundle: no readable manifest.json") from exc
    if manifest.get("format") != FORMAT:
        raise UsageError(f"unsupported bundle format {manifest.get('format')!r}")
    return manifest
