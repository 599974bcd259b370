"""A model's answer → the new text of the files it changes, or feedback for the next attempt.

Three shapes are read: SEARCH/REPLACE blocks and unified diffs (through the patch room's own
parsers, so matching is exact first, then whitespace-tolerant, exactly as for every other
edit), and JSON line-range edits (what grammar-constrained decoding produces). A model may
only change the crate's existing source files: every path is mapped onto one of them or
refused. Every failure is an EditFailed whose message is written for the model (STYLE §13).
"""

from __future__ import annotations

import difflib
import json
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from rusta.errors import EditFailed, PatchError
from rusta.patch.diff import apply_file_diff, parse_unified_diff
from rusta.patch.lines import split_lines
from rusta.patch.search_replace import SearchReplace, apply_blocks, parse_blocks
from rusta.types import TextEdit

Reader = Callable[[str], str]
_SEARCH_MARK = re.compile(r"^<{5,9} SEARCH", re.MULTILINE)
_DIFF_MARK = re.compile(r"^(@@ |--- |\+\+\+ )", re.MULTILINE)
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
NOTHING_FOUND = (
    "the answer has no SEARCH/REPLACE block, unified diff or JSON edit. Reply with the blocks "
    "only, starting with the file path line."
)


def parse_answer(answer: str, read: Reader, files: Sequence[str]) -> dict[str, str]:
    """New text of every file the answer changes (unchanged files left out)."""
    text = answer.replace("\r\n", "\n")
    try:
        if _SEARCH_MARK.search(text):
            blocks = [replace(b, path=resolve_path(b.path, files)) for b in parse_blocks(text)]
            changed = _apply_blocks(blocks, read)
        elif (edits := _json_edits(text)) is not None:
            changed = _apply_line_edits(edits, read, files)
        elif _DIFF_MARK.search(text):
            changed = _apply_diff(_FENCE.sub("", text), read, files)
        else:
            raise EditFailed(NOTHING_FOUND)
    except EditFailed:
        raise
    except PatchError as refused:  # a path escape or an unsafe file: still only feedback
        raise EditFailed(refused.message) from refused
    changed = {name: new for name, new in changed.items() if new != read(name)}
    if not changed:
        raise EditFailed("the answer changes nothing: its new lines equal the existing ones")
    return changed


def resolve_path(path: str, files: Sequence[str]) -> str:
    """The crate file a model meant by `path` ("./src/lib.rs", "a/src/lib.rs", "lib.rs")."""
    cleaned = PurePosixPath(path.strip().strip("`'\"")).as_posix()
    for prefix in ("./", "a/", "b/"):
        if cleaned not in files and cleaned.startswith(prefix):
            cleaned = cleaned.removeprefix(prefix)
    if cleaned in files:
        return cleaned
    matches = [name for name in files if name.endswith("/" + cleaned)]
    if len(matches) == 1:
        return matches[0]
    shown = ", ".join(list(files)[:6])
    raise EditFailed(f"{path} is not one of the crate's source files ({shown}); edit those only")


def _apply_blocks(blocks: Sequence[SearchReplace], read: Reader) -> dict[str, str]:
    """apply_blocks reads files from a root: give it a scratch copy of the files it needs."""
    with tempfile.TemporaryDirectory(prefix="rusta-answer-") as scratch:
        root = Path(scratch)
        for name in {block.path for block in blocks}:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(read(name).encode("utf-8"))
        return apply_blocks(root, blocks)


def _apply_diff(text: str, read: Reader, files: Sequence[str]) -> dict[str, str]:
    changed: dict[str, str] = {}
    for file_diff in parse_unified_diff(text):
        if file_diff.old_path is None or file_diff.new_path is None:
            raise EditFailed("the diff creates or deletes a file; only edit existing files")
        name = resolve_path(file_diff.new_path, files)
        changed[name] = apply_file_diff(changed.get(name, read(name)), file_diff)
    return changed


def _json_edits(text: str) -> list[dict[str, Any]] | None:
    """The edits of a JSON answer ({"edits": [...]} or a bare list), or None if not JSON."""
    stripped = _FENCE.sub("", text).strip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        data = json.loads(stripped)
    except ValueError as error:
        raise EditFailed(f"the JSON answer does not parse ({error}); send valid JSON") from error
    edits = data.get("edits") if isinstance(data, dict) else data
    if not isinstance(edits, list) or not all(isinstance(e, dict) for e in edits):
        raise EditFailed('the JSON answer needs {"edits": [{"file", "first_line", ...}]}')
    return edits


def _apply_line_edits(
    edits: list[dict[str, Any]], read: Reader, files: Sequence[str]
) -> dict[str, str]:
    """Replace whole line ranges, last first so earlier line numbers stay valid."""
    by_file: dict[str, list[tuple[int, int, str]]] = {}
    for edit in edits:
        name = resolve_path(str(edit.get("file", "")), files)
        first, last = _line_range(edit)
        by_file.setdefault(name, []).append((first, last, str(edit.get("replacement", ""))))
    changed = {}
    for name, ranges in by_file.items():
        lines = split_lines(read(name))
        previous_first = len(lines) + 1
        for first, last, text in sorted(ranges, reverse=True):
            if last > len(lines) or last >= previous_first:
                raise EditFailed(
                    f"lines {first}-{last} of {name} overlap another edit or lie past its end "
                    f"({len(lines)} lines)"
                )
            new = text if not text or text.endswith("\n") else text + "\n"
            lines[first - 1 : last] = split_lines(new)
            previous_first = first
        changed[name] = "".join(lines)
    return changed


def _line_range(edit: dict[str, Any]) -> tuple[int, int]:
    try:
        first, last = int(edit["first_line"]), int(edit["last_line"])
    except (KeyError, TypeError, ValueError) as error:
        raise EditFailed("each JSON edit needs integer first_line and last_line") from error
    first, last = min(first, last), max(first, last)
    if first < 1:
        raise EditFailed(f"line {first} does not exist: lines start at 1")
    return first, last


def minimal_edits(file: str, old: str, new: str) -> tuple[TextEdit, ...]:
    """Byte-offset edits turning `old` into `new`, one per changed block of lines."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    offsets = [0]
    for line in old_lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    return tuple(
        TextEdit(file, offsets[i1], offsets[i2], "".join(new_lines[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    )


# --- whole-item answers (issue 14) -------------------------------------------------------------

_CODE_BLOCK = re.compile(
    r"^[ \t]*(```|~~~)[ \t]*([\w+-]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.S | re.M
)
_NUMBERED = re.compile(r"^\s*\d+\s?\|( ?)")
NO_CODE = "the answer holds no Rust code. Reply with the whole item in one ```rust code block."


def item_code(answer: str) -> str:
    """The code of a whole-item answer: the first ```rust (or unlabelled) fenced block, else
    the answer itself when it looks like code; line-number gutters copied from the prompt are
    removed. EditFailed (feedback for the model) when there is no code."""
    text = answer.replace("\r\n", "\n")
    blocks = [(lang.lower(), body) for _, lang, body in _CODE_BLOCK.findall(text)]
    rust = [body for lang, body in blocks if lang in ("rust", "rs", "")]
    if rust:
        code = rust[0]
    elif "```" in text:  # an unclosed fence: everything after it
        code = text.split("```", 1)[1].split("\n", 1)[-1]
    else:
        code = text
    lines = code.strip("\n").split("\n")
    filled = [line for line in lines if line.strip()]
    if filled and all(_NUMBERED.match(line) for line in filled):
        lines = [_NUMBERED.sub("", line, count=1) for line in lines]
    code = "\n".join(lines).strip("\n")
    if not re.search(r"\b(fn|impl|struct|enum|trait|const|static|type)\b", code):
        raise EditFailed(NO_CODE)
    return code
