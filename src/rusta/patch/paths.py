"""Which files an edit may touch: only regular UTF-8 text files inside the crate root.

Edits come from a language model or a diff someone pasted, so every path is hostile until
proven otherwise (STYLE.md §13). The checks run before anything is written, and the error
names the offending path so the model can correct itself.
"""

from __future__ import annotations

import stat
from pathlib import Path, PurePosixPath

from rusta.errors import PathEscape, UnsafeFile

DEFAULT_MAX_BYTES = 1_000_000
# Git and ripgrep use the same test for "binary": a NUL byte near the start.
_BINARY_SNIFF_BYTES = 8192


def resolve_inside(root: Path, relative: str | Path) -> Path:
    """Resolve `relative` against `root`, refusing anything that would land outside it.

    Returns the fully resolved path (every symlink followed, including the last component),
    which is the file a caller must then read and write: checking one path and writing another
    would let a symlink swap the target.
    """
    text = str(relative)
    _refuse_by_spelling(text)
    base = root.resolve()
    try:
        resolved = (base / text).resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop
        raise PathEscape(f"{text}: cannot be resolved ({error})") from error
    if resolved == base:
        raise PathEscape(f"{text}: names the root directory itself, not a file in it")
    if not resolved.is_relative_to(base):
        raise PathEscape(f"{text}: resolves to {resolved}, outside {base} (a symlink?)")
    return resolved


def _refuse_by_spelling(text: str) -> None:
    """Refuse paths that are wrong before we even look at the file system."""
    if "\x00" in text:
        raise PathEscape(f"{text!r}: contains a NUL byte")
    if not text.strip() or PurePosixPath(text).parts in ((), (".",)):
        raise PathEscape(f"{text!r}: empty path")
    if Path(text).is_absolute() or text.startswith(("/", "\\")):
        raise PathEscape(f"{text}: absolute paths are refused; give a path relative to the root")
    if ".." in PurePosixPath(text.replace("\\", "/")).parts:
        raise PathEscape(f"{text}: '..' components are refused")


def check_editable(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse a file that is not a regular UTF-8 text file of at most `max_bytes` bytes.

    Rusta edits source code; a binary or huge file in an edit is a mistake, and rewriting one
    as text would corrupt it.
    """
    _read_checked(path, max_bytes)


def read_editable(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a file that passes `check_editable`, line endings untouched."""
    return _read_checked(path, max_bytes)


def _read_checked(path: Path, max_bytes: int) -> str:
    """Stat before opening (a FIFO would block a read), then sniff and decode."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"{path}: not a regular file")
    if info.st_size > max_bytes:
        raise UnsafeFile(f"{path}: {info.st_size} bytes, over the {max_bytes}-byte limit")
    data = path.read_bytes()
    if len(data) > max_bytes:  # grew since the stat
        raise UnsafeFile(f"{path}: over the {max_bytes}-byte limit")
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise UnsafeFile(f"{path}: binary file (NUL byte in the first {_BINARY_SNIFF_BYTES} bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeFile(
            f"{path}: not valid UTF-8 ({error.reason} at byte {error.start})"
        ) from error
