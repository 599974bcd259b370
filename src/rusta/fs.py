"""Durable file writes: nothing Rusta writes may be seen half-written, even after a crash.

A plain `open(..., "w")` truncates first and writes later, so a kill in between leaves an empty
or partial file. Every durable write here goes to a new temp file in the same directory, is
fsynced, and only then renamed over its target (rename is atomic within one file system); the
directory is fsynced so the rename itself survives a power loss.

Cargo decides what to rebuild by comparing mtimes, so a write must never leave a file with an
mtime that is not newer than the file it replaces (coarse clocks and restores make that
possible): `write_new_file` pushes the mtime past a floor when needed.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

# Increasing steps because some file systems store mtimes in microseconds, milliseconds or
# (FAT) two-second units: a bump smaller than the granularity would be rounded away.
_MTIME_STEPS_NS = (1_000, 1_000_000, 1_000_000_000, 2_000_000_000)


def fsync_directory(directory: Path) -> None:
    """Flush a directory's entries, so a rename or unlink inside it survives a power loss."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_new_file(
    path: Path, data: bytes, *, mode: int | None = None, newer_than_ns: int | None = None
) -> None:
    """Create `path` (it must not exist), write `data`, fsync it.

    `mode` sets the permission bits; `newer_than_ns` is an mtime the new file must exceed.
    The caller fsyncs the directory (it may be creating several files there).
    """
    descriptor = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644 if mode is None else mode
    )
    try:
        _write_all(descriptor, data)
        if mode is not None:
            os.fchmod(descriptor, mode)  # the open() mode is filtered by the umask
        if newer_than_ns is not None:
            _push_mtime_past(path, descriptor, newer_than_ns)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace `path` by a file holding `data`, all at once: readers see old or new, never half.

    Keeps the permission bits of the file it replaces unless `mode` is given, and makes the new
    mtime newer than the old one.
    """
    previous = _stat_or_none(path)
    if mode is None and previous is not None:
        mode = stat.S_IMODE(previous.st_mode)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    floor = previous.st_mtime_ns if previous is not None else None
    try:
        write_new_file(temporary, data, mode=mode, newer_than_ns=floor)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def _write_all(descriptor: int, data: bytes) -> None:
    """os.write may write less than asked (signals, pipes); loop until everything is written."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _push_mtime_past(path: Path, descriptor: int, floor_ns: int) -> None:
    """Set the file's mtime above `floor_ns` if the clock did not already put it there."""
    for step in _MTIME_STEPS_NS:
        current = os.fstat(descriptor)
        if current.st_mtime_ns > floor_ns:
            return
        os.utime(path, ns=(current.st_atime_ns, floor_ns + step))


def _stat_or_none(path: Path) -> os.stat_result | None:
    """The file's stat, or None when it does not exist."""
    try:
        return path.stat()
    except FileNotFoundError:
        return None
