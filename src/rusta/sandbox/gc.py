"""`rusta gc`: keep RUSTA_HOME's build caches within a size and an age.

Slots (slots.py) leave two kinds of directories behind, and only these are ever removed:

- `targets/<crate-key>/slot-N`: a slot's persistent target directory. It is a cache (the next
  check of that crate rebuilds it, just less warm) and it is where the gigabytes are: a run of
  the eval suite leaves a few GB.
- `sandboxes/<crate-key>/slot-N`: a copy of a crate. A copy exists only while its slot is
  locked, so one whose lock nobody holds was left by a crash or a kill: it is stale.

The same two folders of a home nested one level down (the eval home, RUSTA_HOME/eval) are
caches too. Nothing else is touched: traces, DevLogs, priors, indexes and undo records are
memory, not cache. A slot whose lock is held is in use and is never removed, and a removal holds
the slot's lock while it deletes, so no episode can take the slot halfway through.
"""

from __future__ import annotations

import fcntl
import os
import re
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from rusta.errors import UsageError
from rusta.home import Home
from rusta.sandbox.slots import remove_tree

_SIZE_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
_AGE_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_age_seconds: float


@dataclass(frozen=True)
class Entry:
    """One slot directory: a target directory or a sandbox copy."""

    path: Path
    relative: str  # to RUSTA_HOME, for messages
    kind: Literal["target", "sandbox"]
    bytes: int
    last_used: float  # the newest mtime inside it: cargo writes there on every build
    in_use: bool


@dataclass(frozen=True)
class Collection:
    removed: tuple[Entry, ...]
    kept: tuple[Entry, ...]
    dry_run: bool

    @property
    def freed(self) -> int:
        return sum(entry.bytes for entry in self.removed)

    @property
    def kept_bytes(self) -> int:
        return sum(entry.bytes for entry in self.kept)


def collect(home: Path, limits: Limits, dry_run: bool, now: float | None = None) -> Collection:
    """Remove (or, dry, only name) what is over the limits; see `plan` for the order."""
    entries = survey(home)
    remove, keep = plan(entries, limits, time.time() if now is None else now)
    if dry_run:
        return Collection(tuple(remove), tuple(keep), dry_run=True)
    removed: list[Entry] = []
    for entry in remove:
        if _remove_unless_taken(home, entry):
            removed.append(entry)
        else:  # an episode took the slot since the survey
            keep.append(entry)
    return Collection(tuple(removed), tuple(keep), dry_run=False)


def plan(entries: list[Entry], limits: Limits, now: float) -> tuple[list[Entry], list[Entry]]:
    """Stale copies go; then target directories unused for longer than the age limit; then
    the least recently used ones until everything left fits the size limit. In-use slots
    stay whatever they weigh (they still count toward the size)."""
    remove: list[Entry] = []
    keep: list[Entry] = []
    for entry in entries:
        stale_copy = entry.kind == "sandbox"
        too_old = now - entry.last_used > limits.max_age_seconds
        (remove if not entry.in_use and (stale_copy or too_old) else keep).append(entry)
    total = sum(entry.bytes for entry in keep)
    for entry in sorted(keep, key=lambda e: e.last_used):
        if total <= limits.max_bytes:
            break
        if not entry.in_use:
            keep.remove(entry)
            remove.append(entry)
            total -= entry.bytes
    return remove, keep


def survey(home: Path) -> list[Entry]:
    """Every slot directory of RUSTA_HOME and of the homes nested in it."""
    entries: list[Entry] = []
    for cache_home in _cache_homes(home):
        layout = Home(cache_home)
        for folder, kind in ((layout.targets, "target"), (layout.sandboxes, "sandbox")):
            for slot in _slot_directories(folder):
                size, last_used = _usage(slot)
                lock = layout.slot_lock(slot)
                entries.append(
                    Entry(
                        path=slot,
                        relative=slot.relative_to(home).as_posix(),
                        kind=kind,  # type: ignore[arg-type]
                        bytes=size,
                        last_used=last_used,
                        in_use=_is_held(lock),
                    )
                )
    return entries


def _cache_homes(home: Path) -> list[Path]:
    """RUSTA_HOME itself and any directory right under it that has slots (the eval home)."""
    if not _is_real_directory(home):
        return []
    homes = [home]
    for child in sorted(home.iterdir()):
        if _is_real_directory(child) and any(
            _is_real_directory(folder) for folder in Home(child).caches
        ):
            homes.append(child)
    return homes


def _slot_directories(folder: Path) -> Iterator[Path]:
    """<folder>/<crate-key>/slot-N, never through a symlink (it could lead out of the home)."""
    if not _is_real_directory(folder):
        return
    for crate in sorted(folder.iterdir()):
        if not _is_real_directory(crate):
            continue
        for slot in sorted(crate.iterdir()):
            if re.fullmatch(r"slot-\d+", slot.name) and _is_real_directory(slot):
                yield slot


def _is_real_directory(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _usage(root: Path) -> tuple[int, float]:
    """Bytes on disk (hard links counted once: cargo links binaries out of deps/) and the
    newest mtime, without following symlinks."""
    seen: set[tuple[int, int]] = set()
    total = 0
    newest = root.lstat().st_mtime
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            children = list(os.scandir(directory))
        except OSError:
            continue
        for child in children:
            try:
                info = child.stat(follow_symlinks=False)
            except OSError:
                continue
            newest = max(newest, info.st_mtime)
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                total += info.st_blocks * 512
            if stat.S_ISDIR(info.st_mode):
                pending.append(Path(child.path))
    return total, newest


def _is_held(lock: Path) -> bool:
    """Whether an episode holds this slot now (no lock file: nobody ever took it)."""
    if not lock.is_file():
        return False
    with _slot_lock(lock) as taken:
        return not taken


@contextmanager
def _slot_lock(lock: Path) -> Iterator[bool]:
    """Try the slot's lock without waiting; yields whether we hold it. Opened for appending:
    "w" would truncate the file and change its mtime for nothing."""
    handle: IO[str] = open(lock, "a")  # noqa: SIM115 - closed below, after the unlock
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


def _remove_unless_taken(home: Path, entry: Entry) -> bool:
    """Delete the entry while holding its slot's lock; False when the slot is in use."""
    path = entry.path
    if path.is_symlink() or not path.resolve().is_relative_to(home.resolve()):
        return False  # not ours to delete (the survey never yields these; a race could)
    lock = Home(path.parents[2]).slot_lock(path)  # <home>/<targets|sandboxes>/<key>/slot-N
    lock.parent.mkdir(parents=True, exist_ok=True)
    with _slot_lock(lock) as taken:
        if not taken:
            return False
        remove_tree(path)  # also a copy whose modes a read-only crate made a-w
    return True


def parse_size(text: str) -> int:
    """`500M`, `5G`, `1.5GiB`, `2048` (bytes) → bytes (K, M, G, T are powers of 1024)."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*", text.upper())
    if found is None:
        raise UsageError(f"--max-size {text}: give a size such as 500M, 5G or a number of bytes")
    return int(float(found.group(1)) * _SIZE_UNITS[found.group(2)])


def parse_age(text: str) -> float:
    """`14d`, `12h`, `30m`, `2w`, `90s`, or a plain number of days → seconds."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text.lower())
    if found is None:
        raise UsageError(f"--max-age {text}: give an age such as 14d, 12h or 30m")
    return float(found.group(1)) * _AGE_UNITS[found.group(2) or "d"]


def human_bytes(count: int) -> str:
    size = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def human_age(seconds: float) -> str:
    """`30 days ago`, `2 hours ago`, `just now`."""
    for unit, length in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= length:
            amount = int(seconds // length)
            return f"{amount} {unit}{'s' if amount != 1 else ''} ago"
    return "just now"
