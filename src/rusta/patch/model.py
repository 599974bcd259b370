"""The parsed shape of a unified diff, shared by the parser and the applier."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hunk:
    """One `@@` section of a diff.

    `lines` are the body lines as written, marker first (" ", "-", "+", or "\\" for
    `\\ No newline at end of file`) and without their "\\n"; a body may end in "\\r" when the
    file uses CRLF. Starts are 1-based as in the header. `old_start == 0` with `old_len > 0`
    means the header gave no position (a bare `@@`), so the hunk is searched for everywhere.
    """

    old_start: int
    old_len: int
    new_start: int
    new_len: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class FileDiff:
    """The hunks for one file. A None path is /dev/null: the file is created or deleted."""

    old_path: str | None
    new_path: str | None
    hunks: tuple[Hunk, ...]
