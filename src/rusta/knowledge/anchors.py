"""Anchors (SPEC §6): citations that can be checked, stored under RUSTA_HOME.

An anchor names a place — (source, path, span) — and the sha256 of the text cited there. It
*resolves* when the text found at that place today still hashes the same. Where the text is
found depends on the source:

    book, reference, nomicon, rust-by-example, std, clippy, error-index
        the docs root's HTML page `path`, re-extracted, the section (piece) `span`
    error-index (path "rustc --explain E0382")    `rustc --explain` when the docs are missing
    clippy-lints (path "clippy::name")            `cargo clippy --explain name`
    rustc-lints (path "rustc -W help")            the line of that table naming lint `span`
    rusta-notes                                   the notes bundled in rusta/data/docs/
    diagnostic (path = crate root)                a fresh `cargo check` (or clippy) of the crate
                                                  in a sandbox slot, the diagnostic at `span`

Every cited anchor is saved with the text it cited (anchors.sqlite), so `rusta anchor show`
works offline and `verify` can say what changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rusta import sqlite
from rusta.home import Home
from rusta.knowledge import docindex
from rusta.sandbox.slots import pool
from rusta.tools import cargo
from rusta.tools.diagnostics import parse_message
from rusta.tools.run import run
from rusta.types import Anchor, Diagnostic

DIAGNOSTIC = "diagnostic"
CLIPPY_LINTS = "clippy-lints"
RUSTC_LINTS = "rustc-lints"
RUSTC_EXPLAIN = "rustc --explain "


@dataclass(frozen=True)
class Verification:
    anchor_id: str
    resolves: bool
    reason: str  # "ok", "changed", "gone", "unknown anchor"


def anchor_id(anchor: Anchor) -> str:
    """A short stable id: the same place and text always get the same id."""
    key = "\0".join((anchor.source, anchor.path, anchor.span, anchor.sha256))
    return "a" + hashlib.sha256(key.encode()).hexdigest()[:11]


def make(source: str, path: str, span: str, text: str, title: str = "") -> Anchor:
    return Anchor(source, path, span, docindex.digest(text), title)


# --- text at a place -------------------------------------------------------------------------


def diagnostic_text(diagnostic: Diagnostic) -> str:
    """What a diagnostic anchor cites: rustc's rendered message (or the message itself)."""
    return (diagnostic.rendered or diagnostic.message).strip()


def diagnostic_anchor(diagnostic: Diagnostic, crate_root: Path) -> Anchor:
    span = diagnostic.primary
    where = f"{span.file}:{span.line_start}:{span.column_start}" if span else "-"
    if diagnostic.code.startswith("clippy::"):
        where += "|clippy"
    title = f"{diagnostic.level.value}[{diagnostic.code}] {diagnostic.message}"
    return make(DIAGNOSTIC, str(crate_root), where, diagnostic_text(diagnostic), title[:120])


def explain_text(code: str) -> str:
    return cargo.explain(code).strip()


def clippy_text(lint: str) -> str:
    name = lint.removeprefix("clippy::")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        return ""
    done = run(["cargo", "clippy", "--explain", name], Path.cwd(), timeout=30)
    return done.stdout.strip() if done.returncode == 0 else ""


def rustc_lint_line(lint: str) -> str:
    """The row of `rustc -W help` that documents a rustc lint ("unused-variables  warn  ...")."""
    wanted = lint.replace("_", "-")
    done = run(["rustc", "-W", "help"], Path.cwd(), timeout=30)
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == wanted:
            return " ".join(parts)
    return ""


def current_text(anchor: Anchor, docs_root: Path | None) -> str | None:
    """The text at the anchor's place today, or None when the place is gone.

    Diagnostic anchors need a compiler run and are resolved in batches (`verify`)."""
    if anchor.path.startswith(RUSTC_EXPLAIN):
        return explain_text(anchor.path.removeprefix(RUSTC_EXPLAIN)) or None
    if anchor.source == CLIPPY_LINTS:
        return clippy_text(anchor.path) or None
    if anchor.source == RUSTC_LINTS:
        return rustc_lint_line(anchor.span) or None
    if anchor.source == docindex.NOTES_SOURCE:
        note = docindex.bundled_note(anchor.path)
        return docindex.span_text(docindex.markdown_sections(note), anchor.span) if note else None
    if docs_root is None:
        return None
    page = docs_root / anchor.path
    if not page.is_file():
        return None
    sections = docindex.html_sections(page.read_text(encoding="utf-8", errors="replace"))
    return docindex.span_text(sections, anchor.span)


def current_diagnostics(crate_root: Path, clippy: bool, home: Path) -> list[str]:
    """Rendered texts of a fresh check of the crate, in a sandbox slot (the tree stays clean).

    Every compiler message counts, undeduplicated: the lib and lib-test targets may render
    the same error slightly differently, and which one a deduplicated list keeps depends on
    which target finished first."""
    if not (crate_root / "Cargo.toml").is_file():
        return []
    verb = "clippy" if clippy else "check"
    command = ["cargo", verb, "--workspace", "--all-targets", "--message-format=json"]
    with pool(home, crate_root, 1) as slots:
        env = {"CARGO_TARGET_DIR": str(slots[0].target_dir)}
        done = run(command, slots[0].root, timeout=300.0, env=env)
    texts = []
    for line in done.stdout.splitlines():
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        if record.get("reason") == "compiler-message":
            diagnostic = parse_message(record["message"])
            if diagnostic is not None:
                texts.append(diagnostic_text(diagnostic))
    return texts


# --- the store -------------------------------------------------------------------------------


def _create(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS anchors (id TEXT PRIMARY KEY, source TEXT, path TEXT, "
        "span TEXT, sha256 TEXT, title TEXT, text TEXT)"
    )


class AnchorStore:
    """Every anchor Rusta has cited, with the cited text, in RUSTA_HOME/anchors.sqlite."""

    def __init__(self, home: Path | Home) -> None:
        self.home = home
        self.db = sqlite.connect(Home.of(home).anchors_db, _create, autocommit=False)

    def close(self) -> None:
        self.db.close()

    def save(self, anchor: Anchor, text: str) -> str:
        identifier = anchor_id(anchor)
        with self.db:
            self.db.execute(
                "INSERT OR IGNORE INTO anchors VALUES (?,?,?,?,?,?,?)",
                (
                    identifier,
                    anchor.source,
                    anchor.path,
                    anchor.span,
                    anchor.sha256,
                    anchor.title,
                    text,
                ),
            )
        return identifier

    def get(self, identifier: str) -> tuple[Anchor, str] | None:
        row = self.db.execute(
            "SELECT source, path, span, sha256, title, text FROM anchors WHERE id = ?",
            (identifier,),
        ).fetchone()
        return (Anchor(*row[:5]), row[5]) if row else None

    def verify(
        self,
        identifiers: Sequence[str],
        docs_root: Path | None,
        check: Callable[[Path, bool], list[str]] | None = None,
    ) -> list[Verification]:
        """Resolve each anchor; diagnostic anchors share one compiler run per crate."""
        check = check or (lambda root, clippy: current_diagnostics(root, clippy, self.home))
        fresh: dict[tuple[str, bool], set[str]] = {}
        results = []
        for identifier in identifiers:
            stored = self.get(identifier)
            if stored is None:
                results.append(Verification(identifier, False, "unknown anchor"))
                continue
            anchor = stored[0]
            if anchor.source == DIAGNOSTIC:
                key = (anchor.path, anchor.span.endswith("|clippy"))
                if key not in fresh:
                    fresh[key] = {docindex.digest(t) for t in check(Path(key[0]), key[1])}
                found = anchor.sha256 in fresh[key]
                results.append(Verification(identifier, found, "ok" if found else "gone"))
                continue
            text = current_text(anchor, docs_root)
            if text is None:
                results.append(Verification(identifier, False, "gone"))
            elif docindex.digest(text) != anchor.sha256:
                results.append(Verification(identifier, False, "changed"))
            else:
                results.append(Verification(identifier, True, "ok"))
        return results
