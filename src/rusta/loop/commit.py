"""Commit: the only place the user's tree is written (SPEC §1.7), and its undo.

The final green state is written with the crash-safe journaled apply; in a git repository
Rusta makes one commit whose message states the intent and ends with a provenance footer.
Every apply also saves an undo record (the old text and the sha256 of the new text of each
file) under RUSTA_HOME/undo, so `rusta undo` works with or without git and refuses when the
files changed since.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import UndoRefused
from rusta.fs import atomic_write
from rusta.patch.apply import apply_atomically
from rusta.tools.run import run
from rusta.types import Outcome

FOOTER_KEY = "Rusta-Trace"
# Rusta's commits carry its own identity: they work on machines with no git identity set,
# and `git log` shows at a glance which commits a tool made.
RUSTA_IDENTITY = {
    "GIT_AUTHOR_NAME": "Rusta",
    "GIT_AUTHOR_EMAIL": "rusta@localhost",
    "GIT_COMMITTER_NAME": "Rusta",
    "GIT_COMMITTER_EMAIL": "rusta@localhost",
}


@dataclass(frozen=True)
class Applied:
    record: Path
    commit: str  # the git commit Rusta made, or "" outside git (or when it could not)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def apply_to_tree(
    home: Path, root: Path, files: Mapping[str, str], message: str, footer: Mapping[str, str]
) -> Applied:
    before = {
        name: (root / name).read_bytes().decode("utf-8") if (root / name).exists() else None
        for name in files
    }
    dirty = _dirty_files(root, list(files))
    apply_atomically(root, dict(files), home / "journal")
    commit = ""
    if dirty is not None and not dirty:
        commit = _git_commit(root, list(files), message, footer)
    record = _save_record(home, root, before, files, commit, footer.get(FOOTER_KEY, ""))
    return Applied(record, commit)


def provenance(trace_id: str, changed: int, codes: Sequence[str], passed: int) -> dict[str, str]:
    """The footer of a Rusta commit: what proves it and where to read how it was found."""
    return {
        FOOTER_KEY: trace_id,
        "Rusta-Changed-Lines": str(changed),
        "Rusta-Error-Codes": ", ".join(codes),
        "Rusta-Tests": f"{passed} passed",
    }


def apply_outcome(home: Path, root: Path, outcome: Outcome) -> Applied:
    """Apply a proven dry-run outcome as it was shown (no second search, no other patch)."""
    footer = provenance(
        outcome.trace_id, outcome.changed_lines, outcome.error_codes, len(outcome.tests_run)
    )
    return apply_to_tree(home, root, outcome.files, f"rusta: {outcome.intent}", footer)


def _dirty_files(root: Path, names: Sequence[str]) -> list[str] | None:
    """None outside git; else which of `names` have uncommitted changes (never commit those)."""
    done = run(["git", "status", "--porcelain", "--", *names], root, timeout=30)
    if done.returncode != 0:
        return None
    return [line[3:] for line in done.stdout.splitlines() if line.strip()]


def _git_commit(root: Path, names: Sequence[str], message: str, footer: Mapping[str, str]) -> str:
    trailer = "\n".join(f"{key}: {value}" for key, value in footer.items())
    body = f"{message}\n\n{trailer}\n"
    added = run(["git", "add", "--", *names], root, timeout=60)
    if added.returncode != 0:
        return ""
    done = run(
        ["git", "commit", "--quiet", "--no-verify", "-m", body, "--", *names],
        root,
        timeout=60,
        env=RUSTA_IDENTITY,
    )
    if done.returncode != 0:
        return ""
    head = run(["git", "rev-parse", "HEAD"], root, timeout=30)
    return head.stdout.strip()


def _save_record(
    home: Path,
    root: Path,
    before: Mapping[str, str | None],
    after: Mapping[str, str],
    commit: str,
    trace: str,
) -> Path:
    record = {
        "root": str(root.resolve()),
        "time": time.time(),
        "commit": commit,
        "trace": trace,
        "files": {
            name: {"before": before[name], "after_sha256": _sha(after[name])} for name in after
        },
    }
    directory = home / "undo"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{time.strftime('%Y%m%d-%H%M%S')}-{_sha(str(root))[:8]}-{trace[-8:]}.json"
    atomic_write(path, json.dumps(record, indent=1, sort_keys=True).encode("utf-8"))
    return path


def latest_record(home: Path, root: Path) -> tuple[Path, dict[str, object]] | None:
    directory = home / "undo"
    wanted = str(root.resolve())
    candidates = []
    for path in directory.glob("*.json") if directory.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("root") == wanted and not record.get("undone"):
            candidates.append((float(record.get("time", 0.0)), path.name, path, record))
    if not candidates:
        return None
    _, _, path, record = max(candidates, key=lambda c: (c[0], c[1]))
    return path, record


def undo(home: Path, root: Path) -> list[str]:
    """Revert the last Rusta change to `root`; refuse if any of its files changed since."""
    found = latest_record(home, root)
    if found is None:
        raise UndoRefused(f"{root}: no Rusta change to undo")
    path, record = found
    files: dict[str, dict[str, str | None]] = record["files"]  # type: ignore[assignment]
    for name, entry in files.items():
        current = root / name
        text = current.read_bytes().decode("utf-8") if current.exists() else None
        if text is None or _sha(text) != entry["after_sha256"]:
            raise UndoRefused(f"{name} changed since Rusta's fix; not undoing (nothing changed)")
    commit = str(record.get("commit") or "")
    restore = {name: entry["before"] for name, entry in files.items()}
    apply_atomically(root, restore, home / "journal")
    if commit:
        _git_undo(root, commit, list(files), str(record.get("trace", "")))
    record["undone"] = time.time()
    atomic_write(path, json.dumps(record, indent=1, sort_keys=True).encode("utf-8"))
    return sorted(files)


def _git_undo(root: Path, commit: str, names: Sequence[str], trace: str) -> None:
    """Drop Rusta's own commit if it is still HEAD and was never pushed; otherwise record a
    revert commit (published history is never rewritten, STYLE.md §14)."""
    head = run(["git", "rev-parse", "HEAD"], root, timeout=30).stdout.strip()
    pushed = run(["git", "branch", "-r", "--contains", commit], root, timeout=30).stdout.strip()
    if head == commit and not pushed:
        steps = [["git", "reset", "--soft", "HEAD~1"], ["git", "reset", "--quiet", "--", *names]]
    else:
        message = f"Revert Rusta fix {commit[:12]}\n\n{FOOTER_KEY}: {trace}\n"
        steps = [
            ["git", "add", "--", *names],
            ["git", "commit", "--quiet", "--no-verify", "-m", message, "--", *names],
        ]
    for command in steps:
        done = run(command, root, timeout=60, env=RUSTA_IDENTITY)
        if done.returncode != 0:
            raise UndoRefused(
                f"the files were restored, but `{' '.join(command[:3])}` failed: "
                f"{(done.stderr or done.stdout).strip()[:200]}"
            )
