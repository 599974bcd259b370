"""`rusta trace validate`: is this a Trace v1 trace, and does it keep Rusta's promises?

Two layers. The committed JSON Schema checks each line's shape (kinds, fields, types, anchor
hashes). The rules below check what a schema cannot: events numbered in order with one trace
id, an intake first and a log last, every explanation citing an anchor or saying "unknown"
with next probes (SPEC §1.4), no commit without a green test validation before it (SPEC §1.1),
and no diff over the budget K (SPEC §1.3).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rusta.errors import EditFailed, TraceError
from rusta.patch.count import changed_lines
from rusta.patch.diff import parse_unified_diff
from rusta.trace import schema

_SIZED_KINDS = ("patch", "reflect", "commit", "log")
_EXPLANATION_FIELDS = ("summary", "explanation")
# A probe's summary explains when it summarizes documentation; a summary of what the compiler
# or the project graph observed is evidence itself, not a claim that needs a citation.
_DOCUMENTATION_PROBES = ("rustc --explain", "docs", "explain")


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based line of the trace file; 0 when it is about the whole trace
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Report:
    source: str
    events: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def validate_file(path: Path, k_lines: int) -> Report:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TraceError(f"{path}: cannot read the trace ({exc})") from exc
    return validate_text(text, k_lines, str(path))


def validate_text(text: str, k_lines: int, source: str = "<trace>") -> Report:
    events, problems = parse_lines(text.splitlines())
    if not events and not problems:
        problems.append(Problem(0, "the trace is empty"))
    for number, event in events:
        problems += [Problem(number, message) for message in schema_problems(event)]
    problems += order_problems(events)
    problems += explanation_problems(events)
    problems += commit_problems(events)
    problems += size_problems(events, k_lines)
    return Report(source, len(events), tuple(sorted(set(problems), key=_by_line)))


def parse_lines(lines: Iterable[str]) -> tuple[list[tuple[int, dict[str, Any]]], list[Problem]]:
    """(line number, event) of every line that is a JSON object; a problem for the others."""
    events: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(number, f"not JSON ({exc.msg})"))
            continue
        if isinstance(event, dict):
            events.append((number, event))
        else:
            problems.append(Problem(number, "an event must be a JSON object"))
    return events, problems


def schema_problems(event: dict[str, Any]) -> list[str]:
    kind = event.get("kind", "?")
    found = []
    for error in sorted(_validator().iter_errors(event), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path)
        found.append(f"{kind}: {where + ': ' if where else ''}{error.message}")
    return found


def order_problems(events: Sequence[tuple[int, dict[str, Any]]]) -> list[Problem]:
    if not events:
        return []
    problems = []
    first_line, first = events[0]
    if first.get("kind") != "intake":
        problems.append(Problem(first_line, "the first event must be an intake"))
    if events[-1][1].get("kind") != "log":
        problems.append(Problem(0, "incomplete: the trace does not end with a log event"))
    trace_ids = {event.get("trace") for _, event in events}
    if len(trace_ids) > 1:
        problems.append(Problem(0, f"events of {len(trace_ids)} different traces are mixed"))
    for expected, (number, event) in enumerate(events, 1):
        if event.get("seq") != expected:
            problems.append(Problem(number, f"seq {event.get('seq')!r}, expected {expected}"))
            break  # one gap shifts every later number: report the first only
    return problems


def explanation_problems(events: Sequence[tuple[int, dict[str, Any]]]) -> list[Problem]:
    """Citations or silence (SPEC §1.4): anchors, or "unknown" plus next probes."""
    problems = []
    for number, event in events:
        kind = event.get("kind")
        if kind == "abstain" and not event.get("next_probes"):
            problems.append(Problem(number, "abstain without next probes"))
        for name in _EXPLANATION_FIELDS:
            text = event.get(name)
            if not text or event.get("anchors") or not _explains(event, name):
                continue
            if "unknown" in str(text).lower() and event.get("next_probes"):
                continue
            problems.append(Problem(number, f"{kind}: an explanation ({name}) without anchors"))
    return problems


def commit_problems(events: Sequence[tuple[int, dict[str, Any]]]) -> list[Problem]:
    """No green, no commit (SPEC §1.1): the last test validation before a commit is green."""
    problems = []
    tests_green: bool | None = None
    reflected_green = False
    for number, event in events:
        kind = event.get("kind")
        if kind == "validate" and event.get("stage") == "tests":
            tests_green = event.get("green") is True
        elif kind == "reflect":
            reflected_green = event.get("outcome") == "green"
        elif kind == "commit":
            if tests_green is None:
                problems.append(Problem(number, "commit without a test validation before it"))
            elif not tests_green:
                problems.append(Problem(number, "commit after a red test validation"))
            if not reflected_green:
                problems.append(Problem(number, "commit without a green reflection before it"))
    return problems


def size_problems(events: Sequence[tuple[int, dict[str, Any]]], k_lines: int) -> list[Problem]:
    """Minimal diffs (SPEC §1.3): no recorded or measured change over K lines."""
    problems = []
    for number, event in events:
        kind = event.get("kind")
        if kind not in _SIZED_KINDS:
            continue
        recorded = event.get("changed_lines")
        if isinstance(recorded, int) and recorded > k_lines:
            problems.append(Problem(number, f"{kind}: {recorded} changed lines, over K={k_lines}"))
        diff = event.get("diff")
        if isinstance(diff, str) and diff:
            try:
                measured = diff_size(diff)
            except EditFailed as exc:
                problems.append(Problem(number, f"{kind}: the diff does not parse ({exc})"))
                continue
            if measured > k_lines:
                problems.append(Problem(number, f"{kind}: diff of {measured} lines, over K"))
    return problems


def diff_size(diff: str) -> int:
    """Changed lines of a unified diff, counted hunk by hunk as every budget counts them."""
    total = 0
    for file_diff in parse_unified_diff(diff):
        for hunk in file_diff.hunks:
            old = "".join(line[1:] + "\n" for line in hunk.lines if line[:1] in " -")
            new = "".join(line[1:] + "\n" for line in hunk.lines if line[:1] in " +")
            total += changed_lines(old, new)
    return total


def _explains(event: dict[str, Any], name: str) -> bool:
    if name != "summary" or event.get("kind") != "probe":
        return True
    return str(event.get("probe", "")).startswith(_DOCUMENTATION_PROBES)


@cache
def _validator() -> Any:
    # jsonschema is imported here: validating is rare, and `rusta` start-up stays light.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema.load())


def _by_line(problem: Problem) -> tuple[int, str]:
    return (problem.line, problem.message)
