"""The project graph (SPEC §4, §5.2): the crate's items and the edges between them.

Symbols: module, struct, enum, union, trait, impl, fn, const, static, type, macro — the items
of `rusta.tools.source` (the same ones the symbol index of the moves holds), with the span of
the whole item, its attributes and `///` docs included (an "add derive" edit belongs there),
in rustc's byte offsets of the file as on disk. Edges, from the same tree-sitter parse:
`defines` (container → item), `uses` (item → type it names), `calls` (fn → function or method
it calls), `impls` (type → trait). Rows are keyed by repo and file, and a file is re-parsed
only when its sha256 changes (incremental); every new version seen is kept in the history.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.home import Home
from rusta.memory.migrations import CACHE_MIGRATIONS, opened
from rusta.tools.source import SourceFile, node_name

# the source model's kinds as the graph names them; fields, variants and uses are not nodes
_KINDS = {
    "mod": "module",
    "struct": "struct",
    "enum": "enum",
    "union": "union",
    "trait": "trait",
    "impl": "impl",
    "fn": "fn",
    "method": "fn",
    "const": "const",
    "static": "static",
    "type": "type",
    "macro": "macro",
}
# tree-sitter nodes that own the references inside them (a field's types belong to its struct)
_OWNERS = {
    "mod_item", "struct_item", "enum_item", "union_item", "trait_item", "impl_item",
    "function_item", "function_signature_item", "const_item", "static_item", "type_item",
    "associated_type", "macro_definition",
}  # fmt: skip


@dataclass(frozen=True)
class Symbol:
    file: str
    name: str
    kind: str
    container: str
    line_start: int  # 1-based, attributes included
    line_end: int
    byte_start: int
    byte_end: int


@dataclass(frozen=True)
class Edge:
    file: str
    source: str
    target: str
    kind: str  # defines uses impls calls
    line: int


@dataclass(frozen=True)
class Update:
    parsed: int
    unchanged: int
    removed: int


@dataclass(frozen=True)
class BlastRadius:
    """Who depends on the named items: the items that use or call them, and their files."""

    names: tuple[str, ...]
    dependents: tuple[str, ...]
    files: tuple[str, ...]


# --- parsing ---------------------------------------------------------------------------------


def parse(file: str, data: bytes) -> tuple[list[Symbol], list[Edge]]:
    """Symbols and edges of one Rust file: its items as the source model reads them (the same
    items the symbol index holds), and the references in its tree-sitter parse."""
    try:
        source = SourceFile.from_bytes(data)
    except UnicodeDecodeError:
        return [], []  # rustc refuses such a file too
    symbols: list[Symbol] = []
    edges: list[Edge] = []
    for item in source.items:
        kind = _KINDS.get(item.kind)
        if kind is None:
            continue
        symbols.append(
            Symbol(
                file,
                item.name,
                kind,
                item.container,
                source.line_col(item.outer_start)[0],
                source.line_col(max(item.start, item.end - 1))[0],
                source.byte_of(item.outer_start),
                source.byte_of(item.end),
            )
        )
        line = source.line_col(item.start)[0]
        edges.append(Edge(file, item.container or "crate", item.name, "defines", line))
    if source.tree is not None:
        _walk(source.tree.root_node, file, "", edges)
    return symbols, edges


def _walk(node: Any, file: str, owner: str, edges: list[Edge]) -> None:
    """The `uses`, `calls` and `impls` edges under `node`; `owner` is the current item."""
    for child in node.named_children:
        if child.type not in _OWNERS:
            _references(child, file, owner, edges)
            _walk(child, file, owner, edges)
            continue
        name = node_name(child)
        if child.type == "impl_item" and child.child_by_field_name("trait") is not None:
            trait = _text(child.child_by_field_name("trait"))
            edges.append(Edge(file, name, _last(trait), "impls", child.start_point[0] + 1))
        _walk(child, file, name, edges)


def _references(node: Any, file: str, owner: str, edges: list[Edge]) -> None:
    if not owner:
        return
    line = node.start_point[0] + 1
    if node.type == "type_identifier":
        edges.append(Edge(file, owner, _text(node), "uses", line))
    elif node.type == "call_expression":
        function = node.child_by_field_name("function")
        if function is not None:
            edges.append(Edge(file, owner, _callee(function), "calls", line))
    elif node.type == "macro_invocation":
        macro = node.child_by_field_name("macro")
        if macro is not None:
            edges.append(Edge(file, owner, _last(_text(macro)), "calls", line))


def _callee(function: Any) -> str:
    if function.type == "field_expression":
        field = function.child_by_field_name("field")
        return _text(field) if field is not None else _text(function)
    return _last(_text(function))


def _text(node: Any) -> str:
    return node.text.decode("utf-8", "replace")


def _last(path: str) -> str:
    """`std::fmt::Display` → `Display`; `Vec<T>` → `Vec`."""
    return path.split("<", 1)[0].rsplit("::", 1)[-1].strip()


# --- the store -------------------------------------------------------------------------------


class ProjectGraph:
    """RUSTA_HOME/cache.sqlite, tables graph_*."""

    def __init__(self, home: Path | Home) -> None:
        self.path = Home.of(home).cache_db

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return opened(self.path, CACHE_MIGRATIONS)

    def update(self, repo: str, files: Sequence[str], read: Callable[[str], bytes]) -> Update:
        """Re-parse the files whose hash changed; forget files that are gone."""
        parsed = unchanged = 0
        with self._db() as db:
            known = dict(db.execute("SELECT file, sha256 FROM graph_files WHERE repo = ?", (repo,)))
            db.execute("BEGIN IMMEDIATE")
            try:
                for file in files:
                    source = read(file)
                    digest = hashlib.sha256(source).hexdigest()
                    if known.get(file) == digest:
                        unchanged += 1
                        continue
                    self._store(db, repo, file, digest, *parse(file, source))
                    parsed += 1
                gone = set(known) - set(files)
                for file in gone:
                    self._forget(db, repo, file)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return Update(parsed, unchanged, len(gone))

    def definitions(self, repo: str, name: str) -> list[Symbol]:
        """Where an item called `name` is defined (impl blocks excluded), in file order."""
        with self._db() as db:
            rows = db.execute(
                "SELECT file, name, kind, container, line_start, line_end, byte_start, byte_end "
                "FROM graph_symbols WHERE repo = ? AND name = ? AND kind != 'impl' "
                "ORDER BY file, byte_start",
                (repo, name),
            ).fetchall()
        return [Symbol(*row) for row in rows]

    def symbols(self, repo: str) -> list[Symbol]:
        with self._db() as db:
            rows = db.execute(
                "SELECT file, name, kind, container, line_start, line_end, byte_start, byte_end "
                "FROM graph_symbols WHERE repo = ? ORDER BY file, byte_start",
                (repo,),
            ).fetchall()
        return [Symbol(*row) for row in rows]

    def edges(self, repo: str, target: str) -> list[Edge]:
        with self._db() as db:
            rows = db.execute(
                "SELECT file, source, target, kind, line FROM graph_edges "
                "WHERE repo = ? AND target = ? ORDER BY file, line, source",
                (repo, target),
            ).fetchall()
        return [Edge(*row) for row in rows]

    def blast_radius(self, repo: str, names: Sequence[str]) -> BlastRadius:
        """The items that use, call or implement for the named items, and the files they sit in."""
        dependents: set[str] = set()
        files: set[str] = set()
        for name in names:
            for edge in self.edges(repo, name):
                if edge.kind != "defines":
                    dependents.add(edge.source)
                    files.add(edge.file)
            files.update(symbol.file for symbol in self.definitions(repo, name))
        return BlastRadius(tuple(names), tuple(sorted(dependents)), tuple(sorted(files)))

    def history(self, repo: str, file: str) -> list[tuple[str, float]]:
        with self._db() as db:
            rows = db.execute(
                "SELECT sha256, seen FROM graph_history WHERE repo = ? AND file = ? ORDER BY seen",
                (repo, file),
            ).fetchall()
        return [(str(sha), float(seen)) for sha, seen in rows]

    @staticmethod
    def _store(
        db: sqlite3.Connection,
        repo: str,
        file: str,
        digest: str,
        symbols: list[Symbol],
        edges: list[Edge],
    ) -> None:
        ProjectGraph._forget(db, repo, file)
        db.execute("INSERT INTO graph_files VALUES (?, ?, ?)", (repo, file, digest))
        db.execute(
            "INSERT INTO graph_history VALUES (?, ?, ?, ?)", (repo, file, digest, time.time())
        )
        db.executemany(
            "INSERT INTO graph_symbols VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (repo, s.file, s.name, s.kind, s.container, s.line_start, s.line_end,
                 s.byte_start, s.byte_end)
                for s in symbols
            ],
        )  # fmt: skip
        db.executemany(
            "INSERT INTO graph_edges VALUES (?, ?, ?, ?, ?, ?)",
            [(repo, e.file, e.source, e.target, e.kind, e.line) for e in edges],
        )

    @staticmethod
    def _forget(db: sqlite3.Connection, repo: str, file: str) -> None:
        for table in ("graph_files", "graph_symbols", "graph_edges"):
            db.execute(f"DELETE FROM {table} WHERE repo = ? AND file = ?", (repo, file))
