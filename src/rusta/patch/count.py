"""How big is a change: lines removed plus lines added, the measure every budget uses.

difflib's matcher is greedy (longest block first), so its answer can depend on argument order;
taking the smaller of both directions makes the count symmetric and never larger than either.
Common leading and trailing lines are trimmed first, which is both faster and closer to a
minimal diff.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from rusta.patch.lines import split_lines


def changed_lines(old: str, new: str) -> int:
    """Lines removed plus lines added to turn `old` into `new`; 0 exactly when they are equal."""
    before, after = _trim_common(split_lines(old), split_lines(new))
    if not before or not after:
        return len(before) + len(after)
    return min(_one_way(before, after), _one_way(after, before))


def changed_line_numbers(old: str, new: str) -> set[int]:
    """The 1-based line numbers of `new` that a diff from `old` adds or rewrites; a pure
    deletion marks the line that now stands where the removed lines were."""
    matcher = SequenceMatcher(None, split_lines(old), split_lines(new), autojunk=False)
    numbers: set[int] = set()
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in {"replace", "insert"}:
            numbers.update(range(j1 + 1, j2 + 1))
        elif tag == "delete":
            numbers.add(j1 + 1)
    return numbers


def touched_old_lines(old: str, new: str) -> set[int]:
    """The 1-based line numbers of `old` that a diff to `new` rewrites or deletes; an insertion
    marks the lines on both sides of where it goes."""
    matcher = SequenceMatcher(None, split_lines(old), split_lines(new), autojunk=False)
    numbers: set[int] = set()
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in {"replace", "delete"}:
            numbers.update(range(i1 + 1, i2 + 1))
        elif tag == "insert":
            numbers.update(n for n in (i1, i1 + 1) if n >= 1)
    return numbers


def changed_lines_total(
    old_files: Mapping[str, str | None], new_files: Mapping[str, str | None]
) -> int:
    """`changed_lines` summed over every path in either mapping (absent or None counts as "")."""
    paths = set(old_files) | set(new_files)
    return sum(
        changed_lines(old_files.get(path) or "", new_files.get(path) or "") for path in paths
    )


def _trim_common(old: Sequence[str], new: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
    """Drop the lines both sides share at the start and at the end."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return old[start : len(old) - end], new[start : len(new) - end]


def _one_way(old: Sequence[str], new: Sequence[str]) -> int:
    """Removed plus added lines in difflib's diff of `old` against `new`."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return len(old) + len(new) - 2 * matched
