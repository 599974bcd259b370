"""A patch named by what it changes, for titles: "add `mut ` to `let total = 0;`".

Editors list several quick fixes side by side (rust-analyzer's "Add `mut`", "Clone"...), so
each proven fix needs a title a person can choose by. The title is read off the patch itself,
not off the move that proposed it: the first changed line, narrowed to the characters that
differ, in words (add / remove / replace), with the file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from rusta.patch.count import split_lines

_MAX = 48  # characters of code quoted in a title


def change_title(old_files: Mapping[str, str], new_files: Mapping[str, str]) -> str:
    """One phrase for the whole patch: its first change, and how much more there is."""
    changes = [
        (name, change)
        for name in sorted(new_files)
        for change in _line_changes(old_files.get(name, ""), new_files[name])
    ]
    if not changes:
        return "no change"
    name, (line, phrase) = changes[0]
    more = f" (+{len(changes) - 1} more)" if len(changes) > 1 else ""
    return f"{phrase} in {name}:{line}{more}"


def _line_changes(old: str, new: str) -> list[tuple[int, str]]:
    """(new-side line number, phrase) per changed region of one file."""
    before, after = split_lines(old), split_lines(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    found = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            found.append((j1 + 1, _within_line(before[i1], after[j1])))
        elif tag == "insert":
            found.append((j1 + 1, _lines_phrase("add", after[j1:j2])))
        elif tag == "delete":
            found.append((j1 + 1, _lines_phrase("remove", before[i1:i2])))
        else:
            found.append((j1 + 1, f"rewrite {i2 - i1} line(s) as {j2 - j1}"))
    return found


def _within_line(old: str, new: str) -> str:
    """The characters that differ in one changed line, as add / remove / replace."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    removed, added = old[start : len(old) - end], new[start : len(new) - end]
    # `items.iter()` → `items.clone().iter()` differs by "clone()."; the same insertion read
    # one character earlier is ".clone()", which is what a person would say was added
    while not removed and added and start and old[start - 1] == added[-1] in ".,:;":
        start -= 1
        added = old[start] + added[:-1]
    if removed and added:
        return f"replace `{_quote(removed)}` with `{_quote(added)}`"
    if added:
        return f"add `{_quote(added)}` to `{_quote(new.strip())}`"
    return f"remove `{_quote(removed)}` from `{_quote(old.strip())}`"


def _lines_phrase(verb: str, lines: list[str]) -> str:
    first = lines[0].strip() if lines else ""
    rest = f" and {len(lines) - 1} more line(s)" if len(lines) > 1 else ""
    return f"{verb} `{_quote(first)}`{rest}"


def _quote(code: str) -> str:
    code = " ".join(code.split()) or code
    return code if len(code) <= _MAX else code[: _MAX - 1] + "…"
