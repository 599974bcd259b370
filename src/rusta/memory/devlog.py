"""DevLogs (SPEC §5.1): the diary, one markdown file with YAML front matter per entry.

The files under RUSTA_HOME/devlogs/<type>/ are the source of truth; any index is derived
from them. `write` is atomic (temp + fsync + rename), so a crash never leaves half an entry.
Secrets are redacted before anything touches the disk.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rusta.fs import atomic_write
from rusta.home import Home
from rusta.redact import redact

TYPES = ("episodic", "semantic", "procedural", "emotional", "lab", "didactic")


@dataclass(frozen=True)
class Entry:
    type: str  # one of TYPES
    title: str
    body: str  # markdown
    tags: tuple[str, ...] = ()
    confidence: float | None = None
    context: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # repo, commit, error_codes, move, ...
    date: str = ""  # ISO 8601; filled in by `write` when empty


def write(home: Path | Home, entry: Entry, *, name: str = "", at: Path | None = None) -> Path:
    """Write `entry` as RUSTA_HOME/devlogs/<type>/<date>-<slug>.md and return its path.

    `name` gives the entry a fixed file stem instead, replacing a previous version atomically
    (the procedural move statistics are one living entry per move, not one per episode);
    `at` rewrites an existing entry's file in place (an episode applied or undone later).
    """
    if entry.type not in TYPES:
        raise ValueError(f"unknown DevLog type {entry.type!r}; expected one of {TYPES}")
    when = entry.date or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    front = {
        "date": when,
        "type": entry.type,
        "title": redact(entry.title),
        "tags": list(entry.tags),
        "confidence": entry.confidence,
        "context": redact(entry.context),
    }
    front.update({key: _redacted(value) for key, value in entry.extra.items()})
    text = "---\n" + yaml.safe_dump(front, sort_keys=True, allow_unicode=True) + "---\n\n"
    text += redact(entry.body).rstrip() + "\n"
    folder = Home.of(home).devlog_folder(entry.type)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = re.sub(r"[^0-9T]", "", when)[:15]
    if at is not None:
        path = at
    elif name:
        path = named_path(home, entry.type, name)
    else:
        path = _unique(folder, f"{stamp}-{_slug(entry.title)}")
    atomic_write(path, text.encode("utf-8"))
    return path


def named_path(home: Path | Home, kind: str, name: str) -> Path:
    """The file `write(..., name=name)` writes (its stem is slugged, and so shortened)."""
    return Home.of(home).devlog_folder(kind) / f"{_slug(name)}.md"


def read(path: Path) -> tuple[dict[str, Any], str]:
    """(front matter, body) of a DevLog file."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n\n?(.*)", text, re.S)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, match.group(2)


def entry_files(home: Path | Home) -> list[Path]:
    """Every DevLog file under RUSTA_HOME/devlogs, in a stable order (temp files excluded)."""
    layout = Home.of(home)
    return sorted(
        path
        for kind in TYPES
        for path in layout.devlog_folder(kind).glob("*.md")
        if not path.name.startswith(".")
    )


def entry_id(home: Path | Home, path: Path) -> str:
    """The stable id of an entry: "<type>/<file stem>"."""
    return path.relative_to(Home.of(home).devlogs).with_suffix("").as_posix()


def entry_path(home: Path | Home, identifier: str) -> Path:
    """The file of an entry id; ids never leave the devlogs folder."""
    kind, _, stem = identifier.partition("/")
    if kind not in TYPES or not re.fullmatch(r"[A-Za-z0-9._-]+", stem) or stem.startswith("."):
        raise ValueError(f"not a DevLog id: {identifier!r}")
    return Home.of(home).devlog_folder(kind) / f"{stem}.md"


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list | tuple):
        return [_redacted(v) for v in value]
    if isinstance(value, dict):
        return {key: _redacted(v) for key, v in value.items()}
    return value


def _slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:60] or "entry"


def _unique(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.md"
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}.md"
        counter += 1
    return path
