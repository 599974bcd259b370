"""Aider-style SEARCH/REPLACE blocks: parse them, apply them in memory, explain misses.

    src/lib.rs
    <<<<<<< SEARCH
    old lines
    =======
    new lines
    >>>>>>> REPLACE

The path sits alone on the line before the block, or before the code fence that holds it; a
block without one reuses the previous block's path. Matching is exact first, then per line
ignoring whitespace, and must be unique: a SEARCH that matches twice would make the edit a
guess. Every failure is an EditFailed written for the model (STYLE.md §13): which block, why,
and the lines it probably meant. Limits: paths containing spaces are not recognised, and the
format cannot say "no newline at end of file" (a touched last line keeps the file's state).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from rusta.errors import EditFailed
from rusta.patch.lines import (
    closest_window,
    dominant_eol,
    exact,
    excerpt,
    join_lines,
    loose,
    match_positions,
    split_lines,
    with_eol,
)
from rusta.patch.paths import read_editable, resolve_inside

_SEARCH = re.compile(r"^<{5,9} SEARCH\s*$")
_DIVIDER = re.compile(r"^={5,9}\s*$")
_REPLACE = re.compile(r"^>{5,9} REPLACE\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_DECORATION = re.compile(r"^[\s#*`]+|[\s*`:]+$")  # "# `src/lib.rs`:" -> "src/lib.rs"
_FORMAT_HINT = (
    "Each block is: the file path alone on a line, then '<<<<<<< SEARCH', the exact existing "
    "lines, '=======', the new lines, '>>>>>>> REPLACE'."
)


@dataclass(frozen=True)
class SearchReplace:
    """Replace the lines `search` by `replace` in `path`; an empty `search` creates/appends."""

    path: str
    search: str
    replace: str


def format_blocks(blocks: Sequence[SearchReplace]) -> str:
    """Render blocks in the format `parse_blocks` reads (for prompts, traces and tests)."""
    return "".join(
        f"{block.path}\n<<<<<<< SEARCH\n{_terminated(block.search)}=======\n"
        f"{_terminated(block.replace)}>>>>>>> REPLACE\n"
        for block in blocks
    )


def _terminated(text: str) -> str:
    """`text` ending in a newline unless empty, so the marker lines stay on their own lines."""
    return text if not text or text.endswith("\n") else text + "\n"


def parse_blocks(text: str) -> list[SearchReplace]:
    """Every block in `text`, in order; EditFailed if a block is unfinished or there is none."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[SearchReplace] = []
    index = 0
    while index < len(lines):
        if not _SEARCH.match(lines[index]):
            index += 1
            continue
        number = len(blocks) + 1
        path = _path_before(lines, index) or (blocks[-1].path if blocks else None)
        if path is None:
            raise EditFailed(f"block {number} has no file path. {_FORMAT_HINT}")
        block, index = _read_block(lines, index, path, number)
        blocks.append(block)
    if not blocks:
        raise EditFailed(f"no SEARCH/REPLACE block found. {_FORMAT_HINT}")
    return blocks


def _path_before(lines: list[str], marker: int) -> str | None:
    """The path on the line before the SEARCH marker, or before the fence opening the block."""
    index = marker - 1
    if index >= 0 and _FENCE.match(lines[index]):
        index -= 1
    if index < 0 or _REPLACE.match(lines[index]) or _FENCE.match(lines[index]):
        return None
    candidate = _DECORATION.sub("", lines[index])
    if not candidate or any(character.isspace() for character in candidate):
        return None  # blank, or prose such as "Here is the change:"
    return candidate


def _read_block(lines: list[str], start: int, path: str, number: int) -> tuple[SearchReplace, int]:
    """The block whose SEARCH marker is at `start`; returns it and the index after it."""
    divider = _find(lines, start + 1, _DIVIDER, stop=_SEARCH)
    if divider is None:
        raise EditFailed(f"block {number} ({path}): no '=======' after line {start + 1}")
    end = _find(lines, divider + 1, _REPLACE, stop=_SEARCH)
    if end is None:
        raise EditFailed(f"block {number} ({path}): no '>>>>>>> REPLACE' after line {divider + 1}")
    search = "".join(line + "\n" for line in lines[start + 1 : divider])
    replace = "".join(line + "\n" for line in lines[divider + 1 : end])
    return SearchReplace(path, search, replace), end + 1


def _find(
    lines: list[str], start: int, wanted: re.Pattern[str], stop: re.Pattern[str]
) -> int | None:
    """Index of the first line matching `wanted`, or None at the end or at a `stop` line."""
    for index in range(start, len(lines)):
        if wanted.match(lines[index]):
            return index
        if stop.match(lines[index]):
            return None
    return None


def apply_blocks(root: Path, blocks: Sequence[SearchReplace]) -> dict[str, str]:
    """The new text of every file the blocks touch, by relative path; nothing is written.

    Blocks apply in order, each on the result of the previous ones; paths pass
    `resolve_inside` and existing files `check_editable` (PathEscape, UnsafeFile).
    """
    contents: dict[str, str] = {}
    for number, block in enumerate(blocks, 1):
        key = PurePosixPath(block.path).as_posix()
        path = resolve_inside(root, block.path)
        current = contents.get(key)
        if current is None and path.exists():
            current = read_editable(path)
        contents[key] = _apply_block(block, current, number, len(blocks))
    return contents


def _apply_block(block: SearchReplace, current: str | None, number: int, total: int) -> str:
    """The file's text after one block; `current` is None when the file does not exist."""
    if not block.search.strip():
        if current is None:
            return block.replace
        return current + ("\n" if current and not current.endswith("\n") else "") + block.replace
    if current is None:
        raise EditFailed(
            f"block {number} of {total}: {block.path} does not exist. To create it, leave the "
            "SEARCH section empty. No file was changed."
        )
    lines, wanted = split_lines(current), split_lines(block.search)
    for key in (exact, loose):
        positions = list(match_positions(lines, wanted, key))
        if len(positions) > 1:
            raise EditFailed(_ambiguous(block, number, total, positions))
        if positions:
            return _splice(lines, positions[0], len(wanted), block.replace, key is exact)
    raise EditFailed(_no_match(block, number, total, lines, wanted))


def _splice(lines: list[str], start: int, count: int, replace: str, is_exact: bool) -> str:
    """Replace lines [start, start+count); a loose match adapts line ends to the file."""
    eol = dominant_eol(lines)
    new = split_lines(replace)
    if not is_exact:
        new = [with_eol(line, eol) for line in new]
        if start + count == len(lines) and new and not lines[-1].endswith("\n"):
            new[-1] = new[-1].removesuffix(eol)  # the file had no final newline; keep it so
    return join_lines([*lines[:start], *new, *lines[start + count :]], eol)


def _ambiguous(block: SearchReplace, number: int, total: int, positions: list[int]) -> str:
    """Feedback for a SEARCH section that matches more than one place."""
    places = ", ".join(str(position + 1) for position in positions[:10])
    return (
        f"block {number} of {total} for {block.path}: the SEARCH section matches "
        f"{len(positions)} places (starting at lines {places}). Include more surrounding lines "
        "so it matches exactly one. No file was changed; resend all blocks."
    )


def _no_match(
    block: SearchReplace, number: int, total: int, lines: list[str], wanted: list[str]
) -> str:
    """Feedback for a SEARCH section found nowhere: the closest lines, "did you mean"."""
    message = (
        f"block {number} of {total} for {block.path} failed: the SEARCH section does not match "
        f"any lines in {block.path}, exactly or ignoring whitespace:\n{block.search}"
    )
    start = closest_window(lines, wanted)
    if start is not None:
        text, first, last = excerpt(lines, start, len(wanted))
        message += f"Did you mean to match these lines ({first}-{last})?\n{text}"
    if block.replace.strip() and block.replace in "".join(lines):
        message += f"The REPLACE lines are already in {block.path}: is this block applied?\n"
    return message + (
        "The SEARCH section must repeat the existing lines exactly, comments and blank lines "
        "included. No file was changed; resend all blocks with this one fixed."
    )
