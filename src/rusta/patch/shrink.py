"""Make a working patch smaller: drop every hunk the fix does not need.

A proposer's patch often carries passengers (reformatted lines, a stray rename). `shrink` runs
delta debugging (Zeller's ddmin, complement steps only) over the patch's hunks: try dropping a
chunk of hunks, keep the drop when `still_good` (typically "cargo check is green") still holds,
split finer when no chunk can go. Each `still_good` call is a build, so the search is capped at
`max_trials` calls and never repeats a candidate.

A candidate is the full contents of every file involved: a path missing from `old_files` was
added by the patch, one missing from `new_files` was deleted, and a deletion is one hunk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rusta.patch.count import changed_lines_total
from rusta.patch.lines import split_lines

Files = dict[str, str]


@dataclass(frozen=True)
class LineHunk:
    """Replace the old lines [old_start, old_end) by `new_lines` (terminators kept)."""

    old_start: int
    old_end: int
    new_lines: tuple[str, ...]


@dataclass(frozen=True)
class _Edit:
    """One droppable piece of the patch: a hunk of `path`, or (hunk None) its deletion."""

    path: str
    hunk: LineHunk | None


def hunks_between(old: str, new: str) -> list[LineHunk]:
    """The non-equal difflib opcodes turning `old` into `new`, as hunks in file order."""
    before, after = split_lines(old), split_lines(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    return [
        LineHunk(old_start, old_end, tuple(after[new_start:new_end]))
        for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes()
        if tag != "equal"
    ]


def apply_line_hunks(old: str, hunks: Sequence[LineHunk]) -> str:
    """`old` with some of its hunks (sorted, as `hunks_between` gives them) applied."""
    lines = split_lines(old)
    out: list[str] = []
    cursor = 0
    for hunk in hunks:
        out += lines[cursor : hunk.old_start]
        out += hunk.new_lines
        cursor = hunk.old_end
    return "".join(out + lines[cursor:])


def shrink(
    old_files: Mapping[str, str],
    new_files: Mapping[str, str],
    still_good: Callable[[dict[str, str]], bool],
    max_trials: int = 32,
) -> dict[str, str]:
    """The smallest version of `new_files` found for which `still_good` returned True.

    `new_files` itself is assumed good (the caller proved it) and comes back unchanged when no
    hunk can be dropped. Dropping every hunk is never tried: that is the broken original.
    """
    edits = _edits(old_files, new_files)
    search = _Search(old_files, new_files, edits, still_good, max_trials)
    kept = list(range(len(edits)))
    granularity = 2
    while len(kept) >= 2 and search.trials < max_trials:
        smaller = search.first_good_complement(kept, granularity)
        if smaller is not None:
            kept, granularity = smaller, max(granularity - 1, 2)
        elif granularity >= len(kept):
            break
        else:
            granularity = min(granularity * 2, len(kept))
    return search.best


def _edits(old_files: Mapping[str, str], new_files: Mapping[str, str]) -> list[_Edit]:
    """Every droppable edit, ordered by path then position."""
    edits: list[_Edit] = []
    for path in sorted(set(old_files) | set(new_files)):
        before, after = old_files.get(path), new_files.get(path)
        if before == after:
            continue
        if after is None:
            edits.append(_Edit(path, None))
        else:
            edits += [_Edit(path, hunk) for hunk in hunks_between(before or "", after)]
    return edits


def _chunks(items: list[int], count: int) -> list[list[int]]:
    """`items` cut into `count` contiguous chunks of near-equal size."""
    size, extra = divmod(len(items), count)
    bounds = [index * size + min(index, extra) for index in range(count + 1)]
    return [items[bounds[index] : bounds[index + 1]] for index in range(count)]


class _Search:
    """The trial budget, the candidates already tried, and the best good candidate so far."""

    def __init__(
        self,
        old_files: Mapping[str, str],
        new_files: Mapping[str, str],
        edits: list[_Edit],
        still_good: Callable[[dict[str, str]], bool],
        max_trials: int,
    ) -> None:
        self.old_files, self.new_files, self.edits = old_files, new_files, edits
        self.still_good, self.max_trials = still_good, max_trials
        self.trials = 0
        self.tried: dict[frozenset[int], bool] = {}
        self.best: Files = dict(new_files)
        self._best_rank = (changed_lines_total(old_files, new_files), len(edits))

    def first_good_complement(self, kept: list[int], granularity: int) -> list[int] | None:
        """`kept` minus the first chunk whose removal keeps the patch good, if any."""
        for chunk in _chunks(kept, granularity):
            candidate = [index for index in kept if index not in chunk]
            if self._good(candidate):
                return candidate
        return None

    def _good(self, kept: list[int]) -> bool:
        """Ask `still_good` about the candidate (once, within budget), tracking the best."""
        key = frozenset(kept)
        if key not in self.tried:
            if self.trials >= self.max_trials:
                return False
            self.trials += 1
            files = self._files(key)
            self.tried[key] = self.still_good(dict(files))
            rank = (changed_lines_total(self.old_files, files), len(kept))
            if self.tried[key] and rank < self._best_rank:
                self.best, self._best_rank = files, rank
        return self.tried[key]

    def _files(self, kept: frozenset[int]) -> Files:
        """The full file set with only the `kept` edits applied."""
        files: Files = {}
        for path in sorted(set(self.old_files) | set(self.new_files)):
            before = self.old_files.get(path)
            mine = [(index, edit) for index, edit in enumerate(self.edits) if edit.path == path]
            chosen = [edit.hunk for index, edit in mine if index in kept]
            if any(hunk is None for hunk in chosen):
                continue  # the deletion is kept
            hunks = [hunk for hunk in chosen if hunk is not None]
            if before is not None or hunks or not mine:  # `not mine`: an empty new file
                files[path] = apply_line_hunks(before or "", hunks)
        return files
