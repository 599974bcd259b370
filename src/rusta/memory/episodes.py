"""The Log stage's memory side (SPEC §2, §5.1): an episode becomes diary entries.

Every episode writes one episodic DevLog — intent → probes → patch → validation → reflection,
or the post-mortem of an abstention — composed from its outcome and its trace (read as JSON:
memory needs no import of the loop). Each move it validated updates that move's procedural
entry: one living file per move with its counts, so "how does `clone-at-use` do on E0382?"
is a file a human can read and the index can find.

Outcomes are recorded as they happened (issue 11 #4). The entry's `state` says `applied`,
`dry-run` (proven, not applied), `undone`, `abstained` or `nothing-to-do`; `commit` is the
commit Rusta made (`head` the HEAD it started from). A move `won` only a fix that was applied
and kept: a dry run's proven fix counts as `found`, and becomes a win when the user applies it
afterwards (`mark_applied`); an undo takes the win back and counts it as `undone`
(`mark_undone`). Which validations made progress is evidence either way (`validated`,
`progress`).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.home import Home
from rusta.memory import devlog, index
from rusta.types import Outcome, Status

_CLASSES = (
    "borrow", "lifetime", "move", "mutability", "trait", "type", "unresolved", "visibility",
    "syntax", "lint",
)  # fmt: skip


@dataclass(frozen=True)
class EpisodeRecord:
    repo: str  # the crate's root
    crate: str
    commit: str  # git HEAD at intake ("" outside git): the entry's `head`
    outcome: Outcome
    trace: Path  # the episode's JSONL trace


_STATS = ("validated", "progress", "won", "found", "undone")


def log_episode(home: Path, record: EpisodeRecord) -> Path:
    """Write the episodic entry and update the procedural move statistics; the entry's path."""
    events = _events(record.trace)
    outcome = record.outcome
    classes = sorted({c for e in events if e.get("kind") == "probe" for c in e.get("classes", {})})
    moves = [step.candidate.move for step in outcome.steps]
    status, state = outcome.status.value, _state(outcome)  # YAML writes plain strings
    tags = [*classes, *(_move_tag(m) for m in moves), status, state, record.crate]
    extra: dict[str, Any] = {
        "repo": record.repo,
        "crate": record.crate,
        "commit": outcome.commit,  # Rusta's commit; "" when it made none (dry run, no git)
        "head": record.commit,  # HEAD when the episode started
        "state": state,
        "applied": outcome.applied,
        "error_codes": list(outcome.error_codes),
        "move": " + ".join(moves),
        "proposers": [step.candidate.proposer for step in outcome.steps],
        "outcome": status,
        "trace": outcome.trace_id,
        "candidates_validated": outcome.candidates_validated,
        "changed_lines": outcome.changed_lines,
    }
    if outcome.files:
        extra["files_sha256"] = files_sha256(outcome.files)  # tells a later apply it is this fix
    entry = devlog.Entry(
        type="episodic",
        title=_title(outcome.error_codes, record.crate, state),
        body=_body(outcome, events),
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        confidence=outcome.confidence if outcome.status is Status.GREEN else None,
        context=_intent(events) or status,
        extra=extra,
    )
    path = index.record(home, entry)
    update_move_stats(home, outcome)
    return path


def update_move_stats(home: Path, outcome: Outcome) -> None:
    """Count each validated move in its procedural entry (locked: eval runs cases in parallel).

    A green fix's moves `won` when it was applied, and were `found` when it was a dry run."""
    deltas: dict[str, Counter[str]] = {}
    for move, said in outcome.tried:
        counts = deltas.setdefault(move, Counter())
        counts["validated"] += 1
        counts["progress"] += said.startswith("progress")
    if outcome.status is Status.GREEN:
        for step in outcome.steps:
            deltas.setdefault(step.candidate.move, Counter())[
                "won" if outcome.applied else "found"
            ] += 1
    _add_stats(home, deltas)


def mark_applied(home: Path, trace: str, commit: str, files: Mapping[str, str]) -> bool:
    """A dry run's fix was applied afterwards (`rusta fix` after its question, a reviewed job):
    its entry says so and names the commit; when the applied files are the entry's own fix
    (not another proven alternative) its moves win. True when they did."""
    found = _episode_entry(home, trace)
    if found is None or found[1].get("state") != "dry-run":
        return False  # unknown, or the episode applied it itself and will log it so
    path, front, body = found
    winner = front.get("files_sha256") == files_sha256(files)
    front.update(state="applied", applied=True, commit=commit)
    where = f"as commit {commit[:12]}" if commit else "(no git commit)"
    if winner:
        note = f"Applied {where} after the dry run; its moves count it as a win."
    else:
        front["picked"] = "alternative"
        note = f"Another proven fix of this episode was applied instead {where}."
    _rewrite(home, path, front, body, note)
    if winner:
        _add_stats(home, {move: Counter(won=1, found=-1) for move, _ in _moves(front)})
    return winner


def mark_undone(home: Path, trace: str) -> tuple[tuple[str, str], ...]:
    """The user undid the episode's fix: its entry says undone, and its moves lose the win and
    count one `undone`. Returns (move, proposer) of each move the undo counts against."""
    found = _episode_entry(home, trace)
    if found is None or found[1].get("state") != "applied":
        return ()
    path, front, body = found
    moves = () if front.get("picked") else _moves(front)
    front.update(state="undone", applied=False)
    against = ", ".join(f"`{move}`" for move, _ in moves)
    note = "Undone by `rusta undo`" + (f"; counted against {against}." if against else ".")
    _rewrite(home, path, front, body, note)
    _add_stats(home, {move: Counter(won=-1, undone=1) for move, _ in moves})
    return moves


def files_sha256(files: Mapping[str, str]) -> str:
    """One hash of a proven state (file name → text), to recognise the same fix later."""
    encoded = json.dumps(dict(sorted(files.items())), ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def _add_stats(home: Path | Home, deltas: Mapping[str, Mapping[str, int]]) -> None:
    with _locked(Home.of(home).procedural_lock):
        for move in sorted(deltas):
            name = _stats_name(move)
            path = devlog.named_path(home, "procedural", name)  # a long name is shortened
            stats = devlog.read(path)[0].get("stats", {}) if path.is_file() else {}
            stats = {
                key: max(0, int(stats.get(key, 0)) + deltas[move].get(key, 0)) for key in _STATS
            }
            index.record(home, _stats_entry(move, stats), name=name)


# --- an episode's entry, found again by its trace ------------------------------------------


def _episode_entry(home: Path | Home, trace: str) -> tuple[Path, dict[str, Any], str] | None:
    """The episodic entry of `trace`: newest files first (it is usually the last one), and
    none written before the episode began (a day of slack: trace ids are local time, entry
    names UTC), so an apply in a home of thousands of entries reads a few."""
    if not trace:
        return None
    folder = Home.of(home).devlog_folder("episodic")
    oldest = _day_before(trace)
    for path in sorted(folder.glob("*.md"), reverse=True) if folder.is_dir() else []:
        stamp = path.name[:15]
        if oldest and re.fullmatch(r"\d{8}T\d{6}", stamp) and stamp < oldest:
            break
        if path.name.startswith(".") or trace not in path.read_text(encoding="utf-8"):
            continue
        front, body = devlog.read(path)
        if front.get("trace") == trace:
            return path, front, body
    return None


def _day_before(trace: str) -> str:
    """The entry-name stamp a day before the trace id's time ("" when it has none)."""
    try:
        began = dt.datetime.strptime(trace[:15], "%Y%m%d-%H%M%S")
    except ValueError:
        return ""
    return (began - dt.timedelta(days=1)).strftime("%Y%m%dT%H%M%S")


def _moves(front: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    moves = [m for m in str(front.get("move") or "").split(" + ") if m]
    proposers = list(front.get("proposers") or [])
    proposers += [""] * (len(moves) - len(proposers))
    return tuple(zip(moves, proposers, strict=False))


def _rewrite(home: Path, path: Path, front: dict[str, Any], body: str, note: str) -> None:
    """Write the entry again in place, retitled for its new state, with a dated note."""
    front = dict(front)
    if front.get("crate"):
        front["title"] = _title(front.get("error_codes") or (), front["crate"], front["state"])
    tags = [t for t in front.get("tags") or () if t not in ("dry-run", "applied", "undone")]
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    heading = "## Afterwards"
    line = f"- {when}: {note}"
    body = body.rstrip() + (f"\n{line}" if heading in body else f"\n\n{heading}\n\n{line}")
    entry = devlog.Entry(
        type=str(front.pop("type", "episodic")),
        title=str(front.pop("title", "")),
        body=body,
        tags=tuple(dict.fromkeys([*tags, front["state"]])),
        confidence=front.pop("confidence", None),
        context=str(front.pop("context", "")),
        date=str(front.pop("date", "")),
        extra={key: value for key, value in front.items() if key != "tags"},
    )
    index.record(home, entry, at=path)


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


def _state(outcome: Outcome) -> str:
    if outcome.status is Status.GREEN:
        return "applied" if outcome.applied else "dry-run"
    return "abstained" if outcome.status is Status.ABSTAIN else outcome.status.value


def _title(error_codes: Sequence[str], crate: str, state: str) -> str:
    codes = ", ".join(error_codes) or "no errors"
    return {
        "applied": f"Fixed {codes} in {crate}",
        "dry-run": f"Found a fix for {codes} in {crate} (dry run, not applied)",
        "undone": f"Undid the fix of {codes} in {crate}",
        "abstained": f"Abstained on {codes} in {crate}",
        "ask": f"Asked which proven fix of {codes} in {crate} was meant",
        "error": f"Failed on {codes} in {crate} (a bug in Rusta; nothing applied)",
        "researched": f"Researched {codes} in {crate}",
    }.get(state, f"Checked {codes} in {crate}")


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
    if outcome.status is Status.GREEN:
        lines.append(f"Tests: {len(outcome.tests_run)} passed.")
    return "\n".join(lines)


def _reflection(outcome: Outcome, events: list[dict[str, Any]]) -> str:
    notes = [
        str(e.get("why") or e.get("post_mortem"))
        for e in events
        if e.get("kind") == "reflect" and (e.get("why") or e.get("post_mortem"))
    ]
    if outcome.status is Status.ABSTAIN:
        notes.insert(0, f"Post-mortem: abstained because {outcome.reason}.")
        notes += [f"Next probe: {probe}" for probe in outcome.next_probes]
    elif outcome.status is Status.GREEN:
        notes.insert(0, f"Green with confidence {outcome.confidence:.2f}.")
        if not outcome.applied:
            notes.insert(1, "Dry run: proven, not applied (it is a win only once applied).")
        else:
            where = f"as commit {outcome.commit[:12]}" if outcome.commit else "(no git commit)"
            notes.insert(1, f"Applied {where}.")
    elif outcome.status is Status.ASK:
        notes.insert(0, "Asked which proven fix was meant: " + outcome.questions[0].text)
    elif outcome.status is Status.ERROR:
        notes.insert(
            0, f"Post-mortem: the episode ended on a bug, nothing applied. {outcome.reason}"
        )
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
        f"{stats['progress']} and was part of {stats['won']} applied fix(es) "
        f"({rate:.0%} progress rate); {stats['found']} more proven fix(es) were dry runs "
        f"nobody applied, and {stats['undone']} applied fix(es) were undone."
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
