"""Line-level helpers shared by the diff and search/replace formats.

A line keeps its terminator ("\\n" or "\\r\\n"; the last line may have none), so joining the
lines gives back the exact text. Matching comes in two strengths: exact, and "loose" (all
whitespace and line ends ignored), because models copy code with the wrong indentation or
line endings far more often than with the wrong tokens.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

LineKey = Callable[[str], str]


def split_lines(text: str) -> list[str]:
    """Split after each "\\n" only, keeping terminators.

    `str.splitlines` also splits on form feeds, "\\x1c" and "\\u2028", which may sit inside a
    Rust string literal; splitting there would corrupt the file on re-join.
    """
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def exact(line: str) -> str:
    """The identity key: the line as written, terminator included."""
    return line


def loose(line: str) -> str:
    """A whitespace-insensitive key: all blanks and line ends removed.

    Only used to *find* lines (the replacement text is the edit's own), and Rust rarely gives
    meaning to the amount of space between tokens, so `call( 1 )` matches `call(1)`.
    """
    return "".join(line.split())


def body(line: str) -> str:
    """A line without its terminator."""
    return line.removesuffix("\n").removesuffix("\r")


def dominant_eol(lines: Sequence[str]) -> str:
    """The line ending most lines of a file use, so inserted lines can follow it."""
    crlf = sum(1 for line in lines if line.endswith("\r\n"))
    lf = sum(1 for line in lines if line.endswith("\n")) - crlf
    return "\r\n" if crlf > lf else "\n"


def with_eol(line: str, eol: str) -> str:
    """`line` ending in `eol`; used when a loosely matched edit is adapted to the file."""
    return body(line) + eol


def join_lines(lines: Sequence[str], eol: str) -> str:
    """Join lines, giving a terminator to any line that lost it but is no longer the last."""
    fixed = [line if line.endswith("\n") else line + eol for line in lines[:-1]]
    return "".join([*fixed, *lines[-1:]])


def match_positions(
    lines: Sequence[str], block: Sequence[str], key: LineKey, start: int = 0
) -> Iterator[int]:
    """Every index >= `start` where `block` (non-empty) occurs in `lines` under `key`."""
    keyed = [key(line) for line in lines]
    wanted = [key(line) for line in block]
    for index in range(start, len(keyed) - len(wanted) + 1):
        if keyed[index] == wanted[0] and keyed[index : index + len(wanted)] == wanted:
            yield index


def closest_window(lines: Sequence[str], block: Sequence[str], near: int = 0) -> int | None:
    """Where in `lines` a window most like `block` starts, or None if nothing is similar.

    Each non-blank block line votes for the window start that would align it with an equal
    (loose) file line; the window with most votes wins, ties going to the one nearest `near`.
    When no line matches at all, fall back to the file line most similar to the block's first
    non-blank line.
    """
    where: defaultdict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        where[loose(line)].append(index)
    votes: Counter[int] = Counter()
    for offset, line in enumerate(block):
        if loose(line):
            votes.update(index - offset for index in where.get(loose(line), ()))
    if votes:
        return max(votes, key=lambda start: (votes[start], -abs(start - near)))
    return _closest_single_line(lines, block)


def _closest_single_line(lines: Sequence[str], block: Sequence[str]) -> int | None:
    """The fallback of `closest_window`: fuzzy-match one line with difflib."""
    firsts = [(offset, loose(line)) for offset, line in enumerate(block) if loose(line)]
    if not firsts:
        return None
    offset, wanted = firsts[0]
    candidates = [loose(line) for line in lines]
    found = difflib.get_close_matches(wanted, candidates, n=1, cutoff=0.5)
    return candidates.index(found[0]) - offset if found else None


def excerpt(lines: Sequence[str], start: int, count: int) -> tuple[str, int, int]:
    """The text of lines [start, start+count) clipped to the file, with 1-based first/last."""
    first = max(start, 0)
    last = min(max(start + count, first + 1), len(lines))
    text = "".join(body(line) + "\n" for line in lines[first:last])
    return text, first + 1, last
