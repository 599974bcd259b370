"""The episodic cache (SPEC §5.2): diagnostic fingerprint → the fixes that went green.

A fingerprint is what stays the same when the same mistake is made again elsewhere: the error
code, the message with its quoted names reduced to their shape, and the shape of the code
under the primary span — never a line number or a path. A fix is stored as anchored line
hunks (the lines it replaced, the lines around them, the replacement, and where it sat
relative to the diagnostic), so it can be re-applied at a new location, with the names of the
new diagnostic substituted for the old ones (`adapt`).

Entries expire after a TTL, and are invalidated when the repository's manifest changes
(dependencies, edition, features decide what compiles) or when a cached fix goes red.

Only a fix the user accepted is recalled (issue 11 #4). A dry run's green fix is recorded as
pending under its episode's trace (`for_episode`); applying that episode's fix accepts it
(`accept`), undoing it forgets it (`forget_trace`), and a pending fix nobody applies expires.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from rusta.home import Home
from rusta.memory.migrations import CACHE_MIGRATIONS, opened
from rusta.types import Diagnostic

TTL_SECONDS = 30 * 86400.0
_KEEP_WORDS = {
    "mut", "ref", "self", "Self", "str", "dyn", "impl", "fn", "for", "where", "const", "static",
    "bool", "char", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64",
    "u128", "usize", "f32", "f64", "String", "Vec", "Option", "Result", "Box", "Rc", "Arc",
}  # fmt: skip
_IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


@dataclass(frozen=True)
class Hunk:
    """Lines `original` replaced by `replacement`, anchored by the lines around them."""

    file: str
    same_file: bool  # in the diagnostic's file: `line` is relative to the diagnostic's line
    line: int  # 0-based first line (relative when same_file)
    before: str
    original: str
    after: str
    replacement: str


@dataclass(frozen=True)
class CachedFix:
    key: str
    fingerprint: str
    repo: str
    move: str
    names: tuple[str, ...]
    hunks: tuple[Hunk, ...]
    hits: int


# --- fingerprints ----------------------------------------------------------------------------


def shape(text: str) -> str:
    """Identifiers → `v` (lower) / `T` (upper), numbers → `N`; keywords and std types kept."""

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in _KEEP_WORDS:
            return word
        return "T" if word[0].isupper() else "v"

    text = re.sub(r"\b\d+\b", "N", text)
    return re.sub(r"\s+", " ", _IDENTIFIER.sub(one, text)).strip()


def quoted_names(message: str) -> tuple[str, ...]:
    return tuple(re.findall(r"`([^`]+)`", message))


def fingerprint(diagnostic: Diagnostic) -> str:
    """code + normalized message + symbol shape of the primary span; no lines, no paths."""
    message = re.sub(r"`([^`]+)`", lambda m: f"`{shape(m.group(1))}`", diagnostic.message)
    message = re.sub(r"\b\d+\b", "N", message)
    span = diagnostic.primary
    code_shape = shape(span.text[:200]) if span else ""
    label = shape(span.label or "") if span else ""
    raw = "\0".join([diagnostic.code, message, code_shape, label])
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def manifest_hash(root: Path) -> str:
    try:
        return hashlib.sha256((root / "Cargo.toml").read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


# --- hunks: what a green step changed, and where it applies now ------------------------------


def hunks_between(
    before: Mapping[str, str], after: Mapping[str, str], diagnostic: Diagnostic
) -> tuple[Hunk, ...]:
    """The line hunks that turn `before` into `after`, anchored to the diagnostic."""
    span = diagnostic.primary
    hunks = []
    for file in sorted(after):
        old = before.get(file, "").splitlines(keepends=True)
        new = after[file].splitlines(keepends=True)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            same = span is not None and span.file == file
            anchor = (span.line_start - 1) if same and span else 0
            hunks.append(
                Hunk(
                    file=file,
                    same_file=same,
                    line=i1 - anchor,
                    before=old[i1 - 1] if i1 > 0 else "",
                    original="".join(old[i1:i2]),
                    after=old[i2] if i2 < len(old) else "",
                    replacement="".join(new[j1:j2]),
                )
            )
    return tuple(hunks)


def adapt(
    fix: CachedFix, diagnostic: Diagnostic, read: Callable[[str], str]
) -> list[tuple[str, int, int, str]] | None:
    """(file, start char, end char, replacement) per hunk at the diagnostic's location.

    Returns None when a hunk's anchor cannot be found (the code there is not the same shape
    any more): the fix does not apply here.
    """
    span = diagnostic.primary
    renames = _renames(fix.names, quoted_names(diagnostic.message))
    edits = []
    for hunk in fix.hunks:
        file = span.file if hunk.same_file and span else hunk.file
        try:
            text = read(file)
        except (OSError, KeyError):
            return None
        expected = hunk.line + (span.line_start - 1 if hunk.same_file and span else 0)
        located = _locate(text, _renamed(hunk, renames), expected)
        if located is None:
            return None
        edits.append((file, *located))
    return edits


def _locate(text: str, hunk: Hunk, expected: int) -> tuple[int, int, str] | None:
    lines = text.splitlines(keepends=True)
    original = hunk.original.splitlines(keepends=True)
    best: tuple[int, int] | None = None  # (cost, line)
    for index in range(len(lines) - len(original) + 1):
        if lines[index : index + len(original)] != original:
            continue
        before_ok = (lines[index - 1] if index > 0 else "") == hunk.before
        after_line = lines[index + len(original)] if index + len(original) < len(lines) else ""
        after_ok = after_line == hunk.after
        if not original and not (before_ok or after_ok):
            continue  # a pure insertion needs a neighbour to anchor it
        cost = abs(index - expected) + (0 if before_ok else 50) + (0 if after_ok else 50)
        if best is None or cost < best[0]:
            best = (cost, index)
    if best is None:
        return None
    start = sum(len(line) for line in lines[: best[1]])
    end = start + len(hunk.original)
    return start, end, hunk.replacement


def _renames(old: Sequence[str], new: Sequence[str]) -> dict[str, str]:
    """Old name → new name, position by position, when the two messages quote alike shapes."""
    if len(old) != len(new):
        return {}
    renames = {}
    for before, after in zip(old, new, strict=True):
        if before != after and _IDENTIFIER.fullmatch(before) and _IDENTIFIER.fullmatch(after):
            renames[before] = after
    return renames


def _renamed(hunk: Hunk, renames: Mapping[str, str]) -> Hunk:
    if not renames:
        return hunk
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, renames)) + r")\b")

    def swap(text: str) -> str:
        return pattern.sub(lambda m: renames[m.group(1)], text)

    return Hunk(
        hunk.file,
        hunk.same_file,
        hunk.line,
        swap(hunk.before),
        swap(hunk.original),
        swap(hunk.after),
        swap(hunk.replacement),
    )


# --- the store -------------------------------------------------------------------------------


class EpisodicCache:
    """RUSTA_HOME/cache.sqlite, table `fixes`. One short connection per call (thread-safe)."""

    def __init__(self, home: Path | Home, ttl_seconds: float = TTL_SECONDS) -> None:
        self.path = Home.of(home).cache_db
        self.ttl_seconds = ttl_seconds
        self.trace = ""  # the episode recording through this view ("": none)
        self.pending = False  # a dry run: what it records waits for the user to apply it

    def for_episode(self, trace: str, applied: bool) -> EpisodicCache:
        """This cache as episode `trace` records into it: its green fixes count as fixes only
        when `applied`; a dry run's wait, pending, until that episode's fix is applied."""
        view = copy.copy(self)
        view.trace, view.pending = trace, not applied
        return view

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return opened(self.path, CACHE_MIGRATIONS)

    def record(
        self,
        diagnostic: Diagnostic,
        repo: str,
        manifest: str,
        move: str,
        hunks: Sequence[Hunk],
        now: float | None = None,
    ) -> str:
        """Remember a green fix; recording the same fix again refreshes it. A pending record
        (a dry run) neither refreshes nor counts a fix already accepted."""
        now = time.time() if now is None else now
        print_ = fingerprint(diagnostic)
        encoded = json.dumps([_hunk_json(h) for h in hunks], sort_keys=True)
        key = hashlib.sha256(f"{print_}\0{repo}\0{encoded}".encode()).hexdigest()[:24]
        span = diagnostic.primary
        with self._db() as db:
            db.execute(
                f"INSERT INTO fixes ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?) "
                "ON CONFLICT(key) DO UPDATE SET "
                "hits = fixes.hits + (excluded.accepted AND fixes.accepted), "
                "last_used = CASE WHEN excluded.accepted OR NOT fixes.accepted "
                "THEN excluded.last_used ELSE fixes.last_used END, "
                "manifest = CASE WHEN excluded.accepted OR NOT fixes.accepted "
                "THEN excluded.manifest ELSE fixes.manifest END, "
                "accepted = MAX(fixes.accepted, excluded.accepted)",
                (
                    key,
                    print_,
                    repo,
                    manifest,
                    move,
                    diagnostic.code,
                    json.dumps(quoted_names(diagnostic.message)),
                    span.file if span else "",
                    span.line_start if span else 0,
                    encoded,
                    now,
                    now,
                    0 if self.pending else 1,
                ),
            )
            if self.trace:
                db.execute("INSERT OR IGNORE INTO fix_traces VALUES (?, ?)", (self.trace, key))
        return key

    def accept(self, trace: str, now: float | None = None) -> int:
        """The user applied episode `trace`'s fix: its recorded fixes become recallable (one
        more hit for a fix that already was). Returns how many."""
        now = time.time() if now is None else now
        with self._db() as db:
            cursor = db.execute(
                "UPDATE fixes SET hits = hits + accepted, accepted = 1, last_used = ? "
                "WHERE key IN (SELECT key FROM fix_traces WHERE trace = ?)",
                (now, trace),
            )
            return cursor.rowcount

    def forget_trace(self, trace: str) -> int:
        """The user undid episode `trace`'s fix: never recall what it recorded again."""
        with self._db() as db:
            cursor = db.execute(
                "DELETE FROM fixes WHERE key IN (SELECT key FROM fix_traces WHERE trace = ?)",
                (trace,),
            )
            db.execute("DELETE FROM fix_traces WHERE trace = ?", (trace,))
            return cursor.rowcount

    def lookup(
        self, diagnostic: Diagnostic, repo: str, scope: str = "full", now: float | None = None
    ) -> list[CachedFix]:
        """Live fixes for this fingerprint: this repo's first, most used first."""
        if scope == "short":
            return []
        now = time.time() if now is None else now
        query = (
            f"SELECT {_COLUMNS} FROM fixes WHERE fingerprint = ? AND last_used >= ? "
            "AND accepted = 1"
        )
        parameters: list[object] = [fingerprint(diagnostic), now - self.ttl_seconds]
        if scope == "project":
            query += " AND repo = ?"
            parameters.append(repo)
        with self._db() as db:
            rows = db.execute(query, parameters).fetchall()
        fixes = [_fix(row) for row in rows]
        return sorted(fixes, key=lambda f: (f.repo != repo, -f.hits, f.key))

    def invalidate(self, repo: str, manifest: str) -> int:
        """Drop this repo's fixes recorded under another manifest (and pending fixes nobody
        applied within the TTL); the count dropped."""
        with self._db() as db:
            cursor = db.execute(
                "DELETE FROM fixes WHERE repo = ? AND manifest != ?", (repo, manifest)
            )
            dropped = cursor.rowcount
            db.execute(
                "DELETE FROM fixes WHERE accepted = 0 AND last_used < ?",
                (time.time() - self.ttl_seconds,),
            )
            db.execute("DELETE FROM fix_traces WHERE key NOT IN (SELECT key FROM fixes)")
            return dropped

    def forget(self, key: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM fixes WHERE key = ?", (key,))

    def touch(self, key: str, now: float | None = None) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE fixes SET last_used = ?, hits = hits + 1 WHERE key = ?",
                (time.time() if now is None else now, key),
            )

    def count(self) -> int:
        """How many fixes can be recalled (pending ones are not fixes yet)."""
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM fixes WHERE accepted = 1").fetchone()[0])


_COLUMNS = (
    "key, fingerprint, repo, manifest, move, code, names, file, line, edits, created, "
    "last_used, hits, accepted"
)


def _hunk_json(hunk: Hunk) -> dict[str, object]:
    return {
        "file": hunk.file,
        "same_file": hunk.same_file,
        "line": hunk.line,
        "before": hunk.before,
        "original": hunk.original,
        "after": hunk.after,
        "replacement": hunk.replacement,
    }


def _fix(row: tuple[object, ...]) -> CachedFix:
    key, print_, repo, _, move, _, names, _, _, edits, _, _, hits, _ = row
    hunks = tuple(Hunk(**item) for item in json.loads(str(edits)))
    return CachedFix(
        str(key),
        str(print_),
        str(repo),
        str(move),
        tuple(json.loads(str(names))),
        hunks,
        int(hits),  # type: ignore[arg-type]
    )
