"""Write a multi-file change so the user's tree is never left half-patched (STYLE.md §4).

    1. validate every path (resolve_inside; check_editable on existing files): any refusal
       raises before a single byte is written
    2. write the journal (state "prepared"): root, backups, temp paths, sha256s
    3. stage each new content in a temp file next to its target, fsynced
    4. rewrite the journal as "committing"                      <- the commit point
    5. os.replace each temp onto its target, unlink deletions, fsync the directories
    6. delete the journal

A crash before 4 is rolled back by `recover`, after it rolled forward (see journal.py). An
exception in step 5 is undone in-process from the backups. Every new or restored file gets an
mtime newer than the file it replaces, because cargo decides what to rebuild from mtimes.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import PatchError, UnsafeFile
from rusta.fs import fsync_directory, write_new_file
from rusta.patch.journal import (
    FileChange,
    Journal,
    State,
    Step,
    commit_changes,
    delete_journal,
    new_transaction_id,
    no_step,
    recover,
    roll_back,
    sha256,
    staging_path,
    write_journal,
)
from rusta.patch.paths import read_editable, resolve_inside

__all__ = ["apply_atomically", "recover"]


@dataclass(frozen=True)
class _Planned:
    """A validated change and the bytes to stage for it (None: delete the target)."""

    change: FileChange
    data: bytes | None


def apply_atomically(
    root: Path,
    changes: Mapping[str, str | bytes | None],
    journal_dir: Path,
    *,
    step: Step = no_step,
) -> None:
    """Write every change (path relative to `root` -> new content; None deletes) or none.

    Raises PathEscape / UnsafeFile / PatchError before writing anything when a path is refused.
    `step` is a test seam: it is called with a step name after each durable action, so the
    fault-injection test can kill the process at every point of the protocol.
    """
    step("start")
    transaction = new_transaction_id()
    planned, created_dirs = _plan(root, changes, transaction)
    if not planned:
        return
    journal = Journal(
        transaction,
        root.resolve(),
        State.PREPARED,
        tuple(item.change for item in planned),
        created_dirs,
    )
    journal_dir.mkdir(parents=True, exist_ok=True)
    write_journal(journal_dir, journal)
    _stage_and_mark(journal_dir, journal, planned, step)
    journal = journal.with_state(State.COMMITTING)
    try:
        step("committing")
        commit_changes(journal.changes, step)
    except BaseException:
        _undo_commit(journal_dir, journal)
        raise
    delete_journal(journal_dir, journal)
    step("done")


def _stage_and_mark(
    journal_dir: Path, journal: Journal, planned: list[_Planned], step: Step
) -> None:
    """Steps 3 and 4; on any failure remove what was staged (no target was touched yet)."""
    try:
        step("journal written")
        _stage(journal, planned, step)
        write_journal(journal_dir, journal.with_state(State.COMMITTING))
    except BaseException:
        roll_back(journal_dir, journal, restore=False)
        raise


def _undo_commit(journal_dir: Path, journal: Journal) -> None:
    """Step 5 failed part-way: mark the transaction as rolling back, then restore backups."""
    rolling_back = journal.with_state(State.ROLLING_BACK)
    write_journal(journal_dir, rolling_back)
    roll_back(journal_dir, rolling_back, restore=True)


def _stage(journal: Journal, planned: list[_Planned], step: Step) -> None:
    """Create missing directories and write each new content to its temp file, fsynced."""
    for directory in journal.created_dirs:
        directory.mkdir(exist_ok=True)
        fsync_directory(directory.parent)
    for item in planned:
        change = item.change
        if item.data is None or change.temp is None:
            continue
        floor = change.target.stat().st_mtime_ns if change.old_text is not None else None
        write_new_file(change.temp, item.data, mode=change.old_mode, newer_than_ns=floor)
        step(f"staged {change.path}")
    for directory in sorted({item.change.target.parent for item in planned}):
        fsync_directory(directory)


def _plan(
    root: Path, changes: Mapping[str, str | bytes | None], transaction: str
) -> tuple[list[_Planned], tuple[Path, ...]]:
    """Validate every change (raising before any write) and drop those that change nothing."""
    base = root.resolve()
    planned: list[_Planned] = []
    seen: dict[Path, str] = {}
    created: list[Path] = []
    for relative, content in changes.items():
        target = resolve_inside(base, relative)
        if target in seen:
            raise PatchError(f"{relative} and {seen[target]} name the same file")
        seen[target] = str(relative)
        data = content.encode("utf-8") if isinstance(content, str) else content
        item = _plan_one(str(relative), target, data, transaction)
        if item is not None:
            planned.append(item)
            missing = _missing_dirs(base, target, str(relative)) if data is not None else []
            created += [directory for directory in missing if directory not in created]
    return planned, tuple(created)


def _plan_one(relative: str, target: Path, data: bytes | None, transaction: str) -> _Planned | None:
    """One validated change, or None when it would change nothing."""
    exists = target.exists()
    old_text = read_editable(target) if exists else None
    old_mode = stat.S_IMODE(target.stat().st_mode) if exists else None
    if data is None and not exists:
        return None  # deleting a file that is not there
    if old_text is not None and data is not None and old_text.encode("utf-8") == data:
        return None
    temp = None if data is None else staging_path(target, transaction)
    digest = None if data is None else sha256(data)
    return _Planned(FileChange(relative, target, old_text, old_mode, temp, digest), data)


def _missing_dirs(root: Path, target: Path, relative: str) -> list[Path]:
    """Directories between `root` and `target` that must be created, parents first."""
    missing = []
    for ancestor in reversed(target.parents):
        if not ancestor.is_relative_to(root) or ancestor == root:
            continue
        if not ancestor.exists():
            missing.append(ancestor)
        elif not ancestor.is_dir():
            raise UnsafeFile(f"{relative}: {ancestor} is not a directory")
    return missing
