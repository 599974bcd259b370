"""Unified diffs: written git-style, read tolerantly, applied with a little fuzz.

A model's diff is an observation, not a command (STYLE.md §5): every way it can fail raises
EditFailed whose message says which hunk failed and what the file really contains there, so
the message can go straight back to the model.

Applying a hunk tries, in order: its stated position (shifted by how far the previous hunk
moved), the nearest exact match within `fuzz` lines, then the nearest whitespace-insensitive
match. A hunk matched only loosely has its added lines adapted to the file's line endings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath

from rusta.errors import EditFailed
from rusta.patch.diff_parse import NO_NEWLINE, parse_unified_diff
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
from rusta.patch.model import FileDiff, Hunk
from rusta.patch.paths import read_editable, resolve_inside

__all__ = [
    "FileDiff",
    "Hunk",
    "apply_file_diff",
    "apply_unified_diff",
    "parse_unified_diff",
    "unified_diff",
]

DEFAULT_FUZZ = 200
_Opcode = tuple[str, int, int, int, int]


def unified_diff(old: Mapping[str, str], new: Mapping[str, str], context: int = 3) -> str:
    """A git-style diff from `old` to `new` (path -> text; a missing path is an absent file).

    Paths come out sorted so the same change always renders the same text.
    """
    parts = []
    for path in sorted(set(old) | set(new)):
        before, after = old.get(path), new.get(path)
        if before != after:
            parts.append(_file_text(path, before, after, context))
    return "".join(parts)


def _file_text(path: str, before: str | None, after: str | None, context: int) -> str:
    """Headers plus hunks for one file; /dev/null stands for the absent side."""
    out = [f"diff --git a/{path} b/{path}\n"]
    if before is None:
        out.append("new file mode 100644\n")
    if after is None:
        out.append("deleted file mode 100644\n")
    out.append(f"--- {'/dev/null' if before is None else 'a/' + path}\n")
    out.append(f"+++ {'/dev/null' if after is None else 'b/' + path}\n")
    old_lines, new_lines = split_lines(before or ""), split_lines(after or "")
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        if any(tag != "equal" for tag, *_ in group):  # difflib pads empty inputs with "equal"
            out.extend(_hunk_text(old_lines, new_lines, group))
    return "".join(out)


def _hunk_text(old: list[str], new: list[str], group: Sequence[_Opcode]) -> list[str]:
    """One `@@` section for a group of difflib opcodes."""
    _, old_first, _, new_first, _ = group[0]
    _, _, old_last, _, new_last = group[-1]
    old_range, new_range = _range(old_first, old_last), _range(new_first, new_last)
    out = [f"@@ -{old_range} +{new_range} @@\n"]
    for tag, old_start, old_end, new_start, new_end in group:
        if tag == "equal":
            out.extend(_marked(" ", old[old_start:old_end]))
            continue
        out.extend(_marked("-", old[old_start:old_end]))
        out.extend(_marked("+", new[new_start:new_end]))
    return out


def _range(start: int, stop: int) -> str:
    """`start,length` as unified diffs spell it (1-based; an empty range names the line before)."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"


def _marked(marker: str, lines: Sequence[str]) -> list[str]:
    """Prefix each line; a line without terminator gets the `\\ No newline` note after it."""
    return [
        marker + line if line.endswith("\n") else f"{marker}{line}\n{NO_NEWLINE}\n"
        for line in lines
    ]


@dataclass(frozen=True)
class _Side:
    """A hunk split into what it expects (`old`) and what it writes (`ops`)."""

    old: list[str]
    ops: list[tuple[str, str]]  # (marker, line with terminator unless `\ No newline` followed)


def _sides(hunk: Hunk) -> _Side:
    """Turn a hunk's marked lines into full lines; `\\ No newline` strips the previous one's end."""
    ops: list[tuple[str, str]] = []
    for line in hunk.lines:
        if line.startswith("\\"):
            if ops:
                ops[-1] = (ops[-1][0], ops[-1][1].removesuffix("\n"))
            continue
        ops.append((line[:1], line[1:] + "\n"))
    return _Side(old=[text for marker, text in ops if marker in " -"], ops=ops)


def apply_file_diff(original: str, file_diff: FileDiff, fuzz: int = DEFAULT_FUZZ) -> str:
    """Apply every hunk of `file_diff` to `original`, in order; the new text.

    `fuzz` is how many lines away from its stated position a hunk may be found.
    """
    lines = split_lines(original)
    eol = dominant_eol(lines)
    out: list[str] = []
    cursor = offset = 0
    for number, hunk in enumerate(file_diff.hunks, 1):
        side = _sides(hunk)
        expected = _expected_index(hunk, side, offset, cursor)
        position, is_exact = _locate(lines, side.old, expected, cursor, fuzz, hunk)
        if position is None:
            raise EditFailed(_hunk_failure(file_diff, number, hunk, lines, side.old, expected))
        matched = lines[position : position + len(side.old)]
        out += lines[cursor:position]
        out += _new_lines(side, matched, is_exact, eol)
        cursor, offset = position + len(side.old), position - expected
    out += lines[cursor:]
    return join_lines(out, eol)


def _expected_index(hunk: Hunk, side: _Side, offset: int, cursor: int) -> int:
    """0-based index where the hunk's old lines should start, per its header."""
    if hunk.old_start == 0 and side.old:  # a bare `@@`: no position given
        return cursor
    return (hunk.old_start if not side.old else hunk.old_start - 1) + offset


def _locate(
    lines: list[str], block: list[str], expected: int, floor: int, fuzz: int, hunk: Hunk
) -> tuple[int | None, bool]:
    """Nearest exact match, else nearest loose match, at or after `floor`; (index, exact?)."""
    if not block:
        return max(floor, min(expected, len(lines))), True
    radius = len(lines) if hunk.old_start == 0 else fuzz
    for key, is_exact in ((exact, True), (loose, False)):
        candidates = [
            index
            for index in match_positions(lines, block, key, floor)
            if abs(index - expected) <= radius
        ]
        if candidates:
            return min(candidates, key=lambda index: abs(index - expected)), is_exact
    return None, False


def _new_lines(side: _Side, matched: list[str], is_exact: bool, eol: str) -> list[str]:
    """The replacement: context comes from the file as it is; added lines from the hunk."""
    out: list[str] = []
    file_lines = iter(matched)
    for marker, text in side.ops:
        if marker == " ":
            out.append(next(file_lines))
        elif marker == "-":
            next(file_lines)
        elif is_exact or not text.endswith("\n"):
            out.append(text)
        else:
            out.append(with_eol(text, eol))
    return out


def _hunk_failure(
    file_diff: FileDiff, number: int, hunk: Hunk, lines: list[str], block: list[str], near: int
) -> str:
    """The EditFailed message: what the hunk expected and the closest lines the file has."""
    name = file_diff.old_path or file_diff.new_path
    wanted = "".join(line if line.endswith("\n") else line + "\n" for line in block)
    header = f"@@ -{hunk.old_start},{hunk.old_len} +{hunk.new_start},{hunk.new_len} @@"
    message = (
        f"hunk {number} of {name} ({header}) does not apply: these lines were not found "
        f"near line {near + 1}, exactly or ignoring whitespace:\n{wanted}"
    )
    start = closest_window(lines, block, near)
    if start is None:
        return message + f"No similar lines exist in {name}."
    text, first, last = excerpt(lines, start, len(block))
    return message + f"The closest lines in {name} are lines {first}-{last}:\n{text}"


def apply_unified_diff(root: Path, text: str) -> dict[str, str | None]:
    """The new contents of every file `text` touches (None = delete); nothing is written.

    Every path passes `resolve_inside` and every existing file `check_editable` first, so a
    hostile diff is refused (PathEscape, UnsafeFile) before it is even matched.
    """
    result: dict[str, str | None] = {}
    for file_diff in parse_unified_diff(text):
        _apply_to(root, file_diff, result)
    return result


def _apply_to(root: Path, file_diff: FileDiff, result: dict[str, str | None]) -> None:
    """Apply one file's diff on top of what earlier file diffs in the same text produced."""
    source, target = file_diff.old_path, file_diff.new_path
    current = "" if source is None else _current_text(root, source, result)
    if source is None and target is not None:
        _refuse_existing(root, target, result)
    new_text = apply_file_diff(current, file_diff)
    if target is None:
        if new_text:
            count = len(split_lines(new_text))
            raise EditFailed(f"deleting {source}: the diff leaves {count} lines unaccounted for")
        result[_key(source)] = None
        return
    resolve_inside(root, target)
    if source is not None and _key(source) != _key(target):
        result[_key(source)] = None  # a rename
    result[_key(target)] = new_text


def _current_text(root: Path, relative: str, result: dict[str, str | None]) -> str:
    """The file's text: from an earlier diff in the same text, else from disk (checked)."""
    key = _key(relative)
    path = resolve_inside(root, relative)
    if key in result:
        previous = result[key]
        if previous is None:
            raise EditFailed(f"{relative} was deleted earlier in this diff")
        return previous
    if not path.exists():
        raise EditFailed(f"{relative} does not exist; a new file needs '--- /dev/null'")
    return read_editable(path)


def _refuse_existing(root: Path, relative: str, result: dict[str, str | None]) -> None:
    """A '--- /dev/null' diff must not silently overwrite a file that exists."""
    exists = result.get(_key(relative)) is not None or (
        _key(relative) not in result and resolve_inside(root, relative).exists()
    )
    if exists:
        raise EditFailed(f"{relative} already exists; diff against its current contents")


def _key(relative: str | None) -> str:
    """The result key for a path: './src//a.rs' and 'src/a.rs' are the same file."""
    return PurePosixPath(str(relative)).as_posix()
