"""The Log stage's memory side (SPEC §2, §5.1): an episode becomes diary entries.

Every episode writes one episodic DevLog — intent → probes → patch → validation → reflection,
or the post-mortem of an abstention — composed from its outcome and its trace (read as JSON:
memory needs no import of the loop). Each move it validated updates that move's procedural
entry: one living file per move with its counts, so "how does `clone-at-use` do on E0382?"
is a file a human can read and the index can find.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.memory import devlog, index
from rusta.types import Outcome

_CLASSES = (
    "borrow", "lifetime", "move", "mutability", "trait", "type", "unresolved", "visibility",
    "syntax", "lint",
)  # fmt: skip


@dataclass(frozen=True)
class EpisodeRecord:
    repo: str  # the crate's root
    crate: str
    commit: str  # git HEAD at intake ("" outside git)
    outcome: Outcome
    trace: Path  # the episode's JSONL trace


def log_episode(home: Path, record: EpisodeRecord) -> Path:
    """Write the episodic entry and update the procedural move statistics; the entry's path."""
    events = _events(record.trace)
    outcome = record.outcome
    classes = sorted({c for e in events if e.get("kind") == "probe" for c in e.get("classes", {})})
    moves = [step.candidate.move for step in outcome.steps]
    status = outcome.status
    tags = [*classes, *(_move_tag(m) for m in moves), status, record.crate]
    entry = devlog.Entry(
        type="episodic",
        title=_title(outcome, record.crate),
        body=_body(outcome, events),
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        confidence=outcome.confidence if status == "green" else None,
        context=_intent(events) or status,
        extra={
            "repo": record.repo,
            "commit": record.commit,
            "error_codes": list(outcome.error_codes),
            "move": " + ".join(moves),
            "outcome": status,
            "trace": outcome.trace_id,
            "candidates_validated": outcome.candidates_validated,
            "changed_lines": outcome.changed_lines,
        },
    )
    path = index.record(home, entry)
    update_move_stats(home, outcome)
    return path


def update_move_stats(home: Path, outcome: Outcome) -> None:
    """Count each validated move in its procedural entry (locked: eval runs cases in parallel)."""
    tried = Counter(move for move, _ in outcome.tried)
    progress = Counter(move for move, said in outcome.tried if said.startswith("progress"))
    won = (
        Counter(step.candidate.move for step in outcome.steps) if outcome.status == "green" else {}
    )
    with _locked(home / "devlogs" / ".procedural.lock"):
        for move in sorted(tried):
            name = _stats_name(move)
            path = home / "devlogs" / "procedural" / f"{name}.md"
            stats = devlog.read(path)[0].get("stats", {}) if path.is_file() else {}
            stats = {
                "validated": int(stats.get("validated", 0)) + tried[move],
                "progress": int(stats.get("progress", 0)) + progress[move],
                "won": int(stats.get("won", 0)) + won.get(move, 0),
            }
            index.record(home, _stats_entry(move, stats), name=name)


def suggest_tags(text: str, crate: str = "") -> list[str]:
    """Tags for a hand-written entry: error codes and classes it mentions, the crate."""
    codes = re.findall(r"\bE\d{4}\b", text)
    lints = re.findall(r"\bclippy::\w+", text)
    classes = [c for c in _CLASSES if re.search(rf"\b{c}\b", text, re.I)]
    return list(dict.fromkeys([*codes, *lints, *classes, *([crate] if crate else [])]))


# --- composing the entry ---------------------------------------------------------------------


def _events(trace: Path) -> list[dict[str, Any]]:
    if not trace.is_file():
        return []
    events = []
    for line in trace.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue  # a torn last line of a killed episode
    return events


def _intent(events: list[dict[str, Any]]) -> str:
    return next(
        (str(e["intent"]) for e in events if e.get("kind") == "decide" and "intent" in e), ""
    )


def _title(outcome: Outcome, crate: str) -> str:
    codes = ", ".join(outcome.error_codes) or "no errors"
    verb = {"green": "Fixed", "abstain": "Abstained on"}.get(outcome.status, "Checked")
    return f"{verb} {codes} in {crate}"


def _body(outcome: Outcome, events: list[dict[str, Any]]) -> str:
    sections = [
        ("Intent", _intent(events) or "nothing to fix"),
        ("Probes", _probes(events)),
        ("Patch", _patch(outcome)),
        ("Validation", _validation(outcome)),
        ("Reflection", _reflection(outcome, events)),
    ]
    return "\n\n".join(f"## {title}\n\n{text}" for title, text in sections)


def _probes(events: list[dict[str, Any]]) -> str:
    lines = []
    for event in events:
        if event.get("kind") == "probe":
            summary = event.get("summary") or event.get("result") or ""
            lines.append(f"- `{event.get('probe', '?')}` {summary}".rstrip())
    return "\n".join(lines) or "- none recorded"


def _patch(outcome: Outcome) -> str:
    if not outcome.diff:
        return "No patch."
    moves = ", ".join(f"`{step.candidate.move}`" for step in outcome.steps)
    fenced = f"```diff\n{outcome.diff.rstrip()}\n```"
    return f"Moves: {moves}; {outcome.changed_lines} changed line(s).\n\n{fenced}"


def _validation(outcome: Outcome) -> str:
    lines = [f"{outcome.candidates_validated} candidate(s) validated in the sandbox."]
    for move, said in outcome.tried[:12]:
        lines.append(f"- `{move}`: {said}")
    if outcome.status == "green":
        lines.append(f"Tests: {len(outcome.tests_run)} passed.")
    return "\n".join(lines)


def _reflection(outcome: Outcome, events: list[dict[str, Any]]) -> str:
    notes = [
        str(e.get("why") or e.get("post_mortem"))
        for e in events
        if e.get("kind") == "reflect" and (e.get("why") or e.get("post_mortem"))
    ]
    if outcome.status == "abstain":
        notes.insert(0, f"Post-mortem: abstained because {outcome.reason}.")
        notes += [f"Next probe: {probe}" for probe in outcome.next_probes]
    elif outcome.status == "green":
        notes.insert(0, f"Green with confidence {outcome.confidence:.2f}.")
    return "\n".join(f"- {note}" for note in notes) or "- nothing to reflect on"


def _move_tag(move: str) -> str:
    return move.split("/", 1)[-1].split(":", 1)[0] if move else ""


# --- procedural statistics -------------------------------------------------------------------


def _stats_name(move: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", move.lower()))[:50]
    return f"move-{slug}-{hashlib.sha256(move.encode()).hexdigest()[:8]}"


def _stats_entry(move: str, stats: dict[str, int]) -> devlog.Entry:
    code = move.split("/", 1)[0] if "/" in move else ""
    rate = stats["progress"] / stats["validated"] if stats["validated"] else 0.0
    body = (
        f"`{move}` was validated {stats['validated']} time(s), made progress in "
        f"{stats['progress']} and was part of {stats['won']} green fix(es) "
        f"({rate:.0%} progress rate)."
    )
    return devlog.Entry(
        type="procedural",
        title=f"Move statistics: {move}",
        body=body,
        tags=tuple(t for t in ("move-stats", code, _move_tag(move)) if t),
        confidence=round(rate, 3),
        context="procedural move statistics",
        extra={"move": move, "stats": stats},
    )


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
