"""Apply byte-offset `TextEdit`s (rustc's coordinates) to file texts, without writing.

rustc reports spans as byte offsets into the UTF-8 file; Python strings index code points, so
edits are applied to the encoded bytes. Overlapping edits to one file are refused: they are
alternatives, not one patch.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable

from rusta.errors import EditFailed
from rusta.types import TextEdit


def apply_edits(read: Callable[[str], str], edits: Iterable[TextEdit]) -> dict[str, str]:
    """New text of every file the edits touch; `read(path)` gives the current text."""
    by_file: dict[str, list[TextEdit]] = defaultdict(list)
    for edit in edits:
        by_file[edit.file].append(edit)
    result = {}
    for file, file_edits in by_file.items():
        data = read(file).encode("utf-8")
        ordered = sorted(set(file_edits), key=lambda e: (e.byte_start, e.byte_end))
        for before, after in itertools.pairwise(ordered):
            if after.byte_start < before.byte_end:
                raise EditFailed(f"{file}: overlapping edits at bytes {after.byte_start}")
        for edit in reversed(ordered):
            if not 0 <= edit.byte_start <= edit.byte_end <= len(data):
                raise EditFailed(f"{file}: edit outside the file (bytes {edit.byte_start})")
            data = (
                data[: edit.byte_start] + edit.replacement.encode("utf-8") + data[edit.byte_end :]
            )
        try:
            result[file] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EditFailed(f"{file}: an edit splits a UTF-8 character") from exc
    return result


def char_to_byte(text: str, index: int) -> int:
    """Byte offset of the code-point index `index` in `text`."""
    return len(text[:index].encode("utf-8"))


def byte_to_char(text: str, offset: int) -> int:
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
