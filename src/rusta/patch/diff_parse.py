"""Reading unified diffs the way they arrive: from git, from `diff -u`, or from a model.

Tolerated: prose around the diff, `diff --git` / `index` / mode headers, a count left out
(`@@ -3 +3 @@` means one line), a bare `@@` with no numbers (searched for anywhere),
`\\ No newline at end of file`, CRLF line ends, blank context lines that lost their space, and
git's header-only diffs (an empty new file, a pure rename). Refused with EditFailed: hunks
outside a file, malformed headers, bodies shorter or longer than their header says (the usual
sign of a truncated answer), binary patches, and text with no diff in it at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rusta.errors import EditFailed
from rusta.patch.model import FileDiff, Hunk

NO_NEWLINE = "\\ No newline at end of file"
_COUNTED = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_BARE = re.compile(r"^@@(?! [-+])")  # "@@", "@@ @@", "@@ ... @@": no position
_GIT = re.compile(r"^diff --git (\S+) (\S+)$")
_EXPECTED = (
    "expected '--- a/PATH' and '+++ b/PATH' lines, then hunks starting "
    "'@@ -START,COUNT +START,COUNT @@' whose lines begin with ' ', '-' or '+'"
)


@dataclass
class _Reader:
    """The diff's lines and a cursor; `head()` is the current line without a CR."""

    lines: list[str]
    index: int = 0

    def raw(self, ahead: int = 0) -> str | None:
        """The line `ahead` lines on, as written, or None past the end."""
        position = self.index + ahead
        return self.lines[position] if position < len(self.lines) else None

    def head(self, ahead: int = 0) -> str:
        """The line `ahead` lines on with its CR dropped ('' past the end), for headers."""
        return (self.raw(ahead) or "").removesuffix("\r")

    def at_file_header(self) -> bool:
        """True on a '--- ' line followed by a '+++ ' line."""
        return self.head().startswith("--- ") and self.head(1).startswith("+++ ")

    def at_any_header(self) -> bool:
        """True where a hunk body must stop even if its count is not reached."""
        line = self.head()
        return line.startswith(("diff --git ", "@@")) or self.at_file_header()


@dataclass
class _GitHeader:
    """What `diff --git` and its extended header lines say, for diffs without ---/+++."""

    old_path: str | None
    new_path: str | None


def parse_unified_diff(text: str) -> list[FileDiff]:
    """Every file diff in `text`, in order; EditFailed if there is none or one is malformed."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    reader = _Reader(lines)
    files: list[FileDiff] = []
    git: _GitHeader | None = None
    while reader.raw() is not None:
        line = reader.head()
        if line.startswith("diff --git "):
            _flush(git, files)
            git = _git_header(line)
        elif reader.at_file_header():
            files.append(_read_file(reader))
            git = None
            continue
        elif line.startswith("@@"):
            raise EditFailed(
                f"line {reader.index + 1}: hunk {line!r} before any file header; {_EXPECTED}"
            )
        elif line.startswith(("Binary files ", "GIT binary patch")):
            raise EditFailed(f"line {reader.index + 1}: binary patches are not supported")
        elif git is not None:
            _git_extended(line, git)
        reader.index += 1
    _flush(git, files)
    if not files:
        raise EditFailed(f"no file diff found; {_EXPECTED}")
    return files


def _git_header(line: str) -> _GitHeader:
    """Paths from `diff --git a/X b/Y` (unknown when they contain spaces)."""
    match = _GIT.match(line)
    if match is None:
        return _GitHeader(None, None)
    return _GitHeader(_strip_prefix(match[1], "a/"), _strip_prefix(match[2], "b/"))


def _git_extended(line: str, git: _GitHeader) -> None:
    """Apply one git extended header line (`new file mode`, `rename to`, ...) to `git`."""
    if line.startswith("new file mode"):
        git.old_path = None
    elif line.startswith("deleted file mode"):
        git.new_path = None
    elif line.startswith("rename from "):
        git.old_path = line.removeprefix("rename from ")
    elif line.startswith("rename to "):
        git.new_path = line.removeprefix("rename to ")


def _flush(git: _GitHeader | None, files: list[FileDiff]) -> None:
    """A `diff --git` section with no ---/+++ lines: an empty new file, a deletion, a rename."""
    if git is not None and (git.old_path or git.new_path):
        files.append(FileDiff(git.old_path, git.new_path, ()))


def _read_file(reader: _Reader) -> FileDiff:
    """The ---/+++ pair at the cursor and every hunk that follows it."""
    old_path = _header_path(reader.head()[4:], "a/")
    new_path = _header_path(reader.head(1)[4:], "b/")
    reader.index += 2
    hunks: list[Hunk] = []
    while _skip_blanks_before_hunk(reader):
        hunks.append(_read_hunk(reader))
        _refuse_uncounted_line(reader, len(hunks), new_path or old_path)
    return FileDiff(old_path, new_path, tuple(hunks))


def _skip_blanks_before_hunk(reader: _Reader) -> bool:
    """Step over blank lines between hunks; True if the cursor is then on a hunk header."""
    ahead = 0
    while reader.raw(ahead) is not None and not reader.head(ahead).strip():
        ahead += 1
    if reader.head(ahead).startswith("@@"):
        reader.index += ahead
        return True
    return False


def _refuse_uncounted_line(reader: _Reader, number: int, path: str | None) -> None:
    """A body line right after a complete hunk means the header's counts were too small."""
    line = reader.raw()
    if line and line[0] in " -+" and not reader.at_any_header():
        raise EditFailed(
            f"line {reader.index + 1}: {line!r} follows hunk {number} of {path} but its "
            "header does not count it; fix the counts in the '@@' line"
        )


def _header_path(raw: str, prefix: str) -> str | None:
    """The path on a ---/+++ line without timestamp, quotes or a/ b/; None for /dev/null."""
    path = raw.split("\t")[0].strip()
    if len(path) >= 2 and path[0] == path[-1] == '"':
        path = path[1:-1]
    if path == "/dev/null":
        return None
    path = _strip_prefix(path, prefix)
    if not path:
        raise EditFailed(f"file header {raw!r} has no path; {_EXPECTED}")
    return path


def _strip_prefix(path: str, prefix: str) -> str:
    """Drop git's a/ or b/ prefix when present (models often leave it out)."""
    return path.removeprefix(prefix)


def _read_hunk(reader: _Reader) -> Hunk:
    """The hunk at the cursor: counted from its header, or to its last body line for bare `@@`."""
    header, line_number = reader.head(), reader.index + 1
    reader.index += 1
    counted = _COUNTED.match(header)
    if counted:
        old_start, old_len, new_start, new_len = (
            int(value) if value is not None else 1 for value in counted.groups()
        )
        lines = _read_counted(reader, old_len, new_len, f"line {line_number}: hunk {header!r}")
        return Hunk(old_start, old_len, new_start, new_len, lines)
    if _BARE.match(header):
        lines = _read_uncounted(reader)
        old_len = sum(1 for line in lines if line[:1] in " -")
        new_len = sum(1 for line in lines if line[:1] in " +")
        return Hunk(0, old_len, 0, new_len, lines)
    raise EditFailed(f"line {line_number}: malformed hunk header {header!r}; {_EXPECTED}")


def _body_line(reader: _Reader) -> str | None:
    """The body line at the cursor (a blank line becomes blank context), or None at its end."""
    raw = reader.raw()
    if raw is None or reader.at_any_header():
        return None
    if raw in ("", "\r"):
        return " " + raw
    return raw if raw[0] in " -+\\" else None


def _read_counted(reader: _Reader, old_len: int, new_len: int, where: str) -> tuple[str, ...]:
    """Body lines until the header's counts are used up; EditFailed if they do not add up."""
    body: list[str] = []
    old_left, new_left = old_len, new_len
    while old_left > 0 or new_left > 0:
        line = _body_line(reader)
        if line is None:
            break
        old_left -= 1 if line[0] in " -" else 0
        new_left -= 1 if line[0] in " +" else 0
        body.append(line)
        reader.index += 1
    if old_left or new_left:
        raise EditFailed(
            f"{where} promises {old_len} old and {new_len} new lines but its body has "
            f"{old_len - old_left} and {new_len - new_left} (truncated, or miscounted)"
        )
    if reader.head().startswith("\\"):
        body.append(reader.head())
        reader.index += 1
    return tuple(body)


def _read_uncounted(reader: _Reader) -> tuple[str, ...]:
    """Body lines of a bare `@@` hunk, up to the first line that cannot be one."""
    body: list[str] = []
    while (line := _body_line(reader)) is not None:
        body.append(line)
        reader.index += 1
    while body and body[-1].strip() == "":  # blank separators, not context
        body.pop()
    return tuple(body)
