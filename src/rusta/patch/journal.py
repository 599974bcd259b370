"""The write-ahead journal that makes a multi-file apply all-or-nothing, even across a crash.

One JSON file per transaction in the journal directory, always replaced atomically
(`rusta.fs.atomic_write`), records the root, and for every file: its resolved target, a backup
of its old text (or "absent"), the temp file its new content is staged in (or "delete") and
that content's sha256. Its `state` is the commit point:

    prepared      temps may be staged, no target touched    -> recover rolls BACK
    committing    every temp staged and fsynced             -> recover rolls FORWARD
    rolling_back  undoing a failed commit from the backups  -> recover rolls BACK (restore)

Rolling forward finishes each replace whose temp still exists and verifies, by sha256, the
files already replaced. If that proves impossible (a temp vanished, a hash differs) the whole
set is restored from the backups instead, so the files always end up all old or all new.
Every step of recovery is idempotent: recovery may itself be killed and run again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rusta.fs import atomic_write, fsync_directory, write_new_file

Step = Callable[[str], None]
_FORMAT_VERSION = 1


def no_step(name: str) -> None:
    """The default step hook: does nothing (tests pass one that kills the process)."""


class State(StrEnum):
    """How far a transaction got; decides the direction of recovery."""

    PREPARED = "prepared"
    COMMITTING = "committing"
    ROLLING_BACK = "rolling_back"


@dataclass(frozen=True)
class FileChange:
    """One file of a transaction. `old_text` None: it did not exist; `temp` None: delete it."""

    path: str
    target: Path
    old_text: str | None
    old_mode: int | None
    temp: Path | None
    new_sha256: str | None


@dataclass(frozen=True)
class Journal:
    """Everything recovery needs, and nothing it would have to guess."""

    transaction: str
    root: Path
    state: State
    changes: tuple[FileChange, ...]
    created_dirs: tuple[Path, ...]  # parents first

    def with_state(self, state: State) -> Journal:
        """The same transaction in another state."""
        return dataclasses.replace(self, state=state)


def new_transaction_id() -> str:
    """Unique and time-ordered, so recovery handles older transactions first."""
    return f"{time.time_ns():016x}-{secrets.token_hex(4)}"


def staging_path(target: Path, transaction: str) -> Path:
    """Where a target's new content is staged: same directory, so os.replace is atomic."""
    return target.with_name(f".{target.name}.rusta-{transaction}.tmp")


def sha256(data: bytes) -> str:
    """Hex digest used to verify staged and replaced files."""
    return hashlib.sha256(data).hexdigest()


def write_journal(journal_dir: Path, journal: Journal) -> None:
    """Create or atomically replace the transaction's journal file."""
    atomic_write(_location(journal_dir, journal.transaction), _encode(journal))


def delete_journal(journal_dir: Path, journal: Journal) -> None:
    """End the transaction: once the journal is gone, nothing is left to recover."""
    _location(journal_dir, journal.transaction).unlink(missing_ok=True)
    fsync_directory(journal_dir)


def commit_changes(changes: Iterable[FileChange], step: Step = no_step) -> None:
    """Move each staged temp onto its target (or delete the target), then sync directories."""
    touched = []
    for change in changes:
        if change.temp is None:
            change.target.unlink(missing_ok=True)
        else:
            os.replace(change.temp, change.target)
        touched.append(change.target.parent)
        step(f"replaced {change.path}")
    _fsync_all(touched)


def roll_back(journal_dir: Path, journal: Journal, *, restore: bool, step: Step = no_step) -> None:
    """Undo the transaction: restore backups if asked, drop temps and created dirs, end it."""
    if restore:
        for change in journal.changes:
            _restore(change, scratch_path(journal, change))
            step(f"restored {change.path}")
    for change in journal.changes:
        scratch_path(journal, change).unlink(missing_ok=True)
    for directory in reversed(journal.created_dirs):
        _remove_if_empty(directory)
    parents = [change.target.parent for change in journal.changes]
    _fsync_all(parents + [directory.parent for directory in journal.created_dirs])
    delete_journal(journal_dir, journal)


def scratch_path(journal: Journal, change: FileChange) -> Path:
    """The one temp name a change may use, for staging or restoring: known to recovery."""
    return change.temp or staging_path(change.target, journal.transaction)


def _restore(change: FileChange, scratch: Path) -> None:
    """Put one file back as it was; a no-op when it already is (keeps its mtime).

    Goes through the change's own scratch name rather than `atomic_write`'s random one, so a
    kill in the middle leaves nothing recovery cannot find and remove.
    """
    if change.old_text is None:
        change.target.unlink(missing_ok=True)
        return
    old = change.old_text.encode("utf-8")
    current = _read_or_none(change.target)
    if current == old:
        return
    scratch.unlink(missing_ok=True)  # an earlier, interrupted restore
    floor = change.target.stat().st_mtime_ns if current is not None else None
    write_new_file(scratch, old, mode=change.old_mode, newer_than_ns=floor)
    os.replace(scratch, change.target)


def recover(journal_dir: Path, *, step: Step = no_step) -> list[str]:
    """Finish or undo every transaction a crash left behind; one message per transaction.

    Call at start-up, before touching any crate.
    """
    if not journal_dir.is_dir():
        return []
    for stale in journal_dir.glob(".*.json.*.tmp"):  # a journal write that never landed
        stale.unlink(missing_ok=True)
    return [_recover_one(journal_dir, path, step) for path in sorted(journal_dir.glob("*.json"))]


def _recover_one(journal_dir: Path, path: Path, step: Step) -> str:
    """Recover one transaction and say what was done."""
    try:
        journal = _decode(path.read_bytes())
    except (ValueError, KeyError, TypeError) as error:
        aside = path.with_suffix(".corrupt")
        os.replace(path, aside)
        return f"{path.name}: unreadable journal moved to {aside.name} ({error}); check by hand"
    label = f"transaction {journal.transaction} in {journal.root}"
    if not journal.root.is_dir():  # the crate is gone; nothing left to make consistent
        os.replace(path, path.with_suffix(".orphaned"))
        return f"{label}: the root no longer exists; journal kept as {path.stem}.orphaned"
    count = len(journal.changes)
    if journal.state is State.PREPARED:
        roll_back(journal_dir, journal, restore=False, step=step)
        return f"{label}: interrupted before commit; staged files removed, {count} files untouched"
    if journal.state is State.COMMITTING:
        pending, problem = _unfinished(journal)
        if problem is None:
            commit_changes(pending, step)
            delete_journal(journal_dir, journal)
            return f"{label}: interrupted while committing; finished ({count} files new)"
        journal = journal.with_state(State.ROLLING_BACK)
        write_journal(journal_dir, journal)
        step("rolling back")
    roll_back(journal_dir, journal, restore=True, step=step)
    return f"{label}: rolled back; {count} files restored from the journal's backups"


def _unfinished(journal: Journal) -> tuple[list[FileChange], str | None]:
    """The changes still to commit, or a reason why rolling forward is impossible."""
    pending = []
    for change in journal.changes:
        if change.temp is None:
            if change.target.exists():
                pending.append(change)
            continue
        staged = _read_or_none(change.temp)
        if staged is not None and sha256(staged) == change.new_sha256:
            pending.append(change)
            continue
        current = _read_or_none(change.target)
        if current is None or sha256(current) != change.new_sha256:
            return [], f"{change.path}: neither staged nor already replaced"
    return pending, None


def _location(journal_dir: Path, transaction: str) -> Path:
    """The journal file of a transaction."""
    return journal_dir / f"{transaction}.json"


def _read_or_none(path: Path) -> bytes | None:
    """A file's bytes, or None when it does not exist."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _remove_if_empty(directory: Path) -> None:
    """Remove a directory this transaction created, unless something else now lives in it."""
    with contextlib.suppress(OSError):  # gone already, or not empty: someone else's files
        directory.rmdir()


def _fsync_all(directories: Iterable[Path]) -> None:
    """fsync each distinct directory that still exists."""
    for directory in sorted(set(directories)):
        if directory.is_dir():
            fsync_directory(directory)


def _encode(journal: Journal) -> bytes:
    """The journal as JSON; paths as strings."""
    document = {
        "version": _FORMAT_VERSION,
        "transaction": journal.transaction,
        "root": str(journal.root),
        "state": journal.state.value,
        "created_dirs": [str(directory) for directory in journal.created_dirs],
        "changes": [_encode_change(change) for change in journal.changes],
    }
    return json.dumps(document, indent=1).encode("utf-8")


def _encode_change(change: FileChange) -> dict[str, object]:
    """One change as a JSON object."""
    return {
        "path": change.path,
        "target": str(change.target),
        "old_text": change.old_text,
        "old_mode": change.old_mode,
        "temp": None if change.temp is None else str(change.temp),
        "new_sha256": change.new_sha256,
    }


def _decode(data: bytes) -> Journal:
    """Parse and sanity-check a journal; ValueError when it is not one of ours."""
    document = json.loads(data)
    if document.get("version") != _FORMAT_VERSION:
        raise ValueError(f"unknown journal version {document.get('version')!r}")
    root = Path(document["root"])
    journal = Journal(
        transaction=str(document["transaction"]),
        root=root,
        state=State(document["state"]),
        changes=tuple(_decode_change(item) for item in document["changes"]),
        created_dirs=tuple(Path(directory) for directory in document["created_dirs"]),
    )
    _check_confined(journal)
    return journal


def _decode_change(item: dict[str, object]) -> FileChange:
    """One change from its JSON object."""
    temp = item["temp"]
    old_mode = item["old_mode"]
    old_text = item["old_text"]
    return FileChange(
        path=str(item["path"]),
        target=Path(str(item["target"])),
        old_text=None if old_text is None else str(old_text),
        old_mode=None if old_mode is None else int(str(old_mode)),
        temp=None if temp is None else Path(str(temp)),
        new_sha256=None if item["new_sha256"] is None else str(item["new_sha256"]),
    )


def _check_confined(journal: Journal) -> None:
    """Refuse a journal that would make recovery write outside its root (a damaged file)."""
    for change in journal.changes:
        if not change.target.is_relative_to(journal.root):
            raise ValueError(f"{change.target} is outside {journal.root}")
        if change.temp is not None and change.temp.parent != change.target.parent:
            raise ValueError(f"{change.temp} is not next to {change.target}")
    for directory in journal.created_dirs:
        if not directory.is_relative_to(journal.root):
            raise ValueError(f"{directory} is outside {journal.root}")
