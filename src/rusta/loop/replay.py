"""`rusta trace replay`: re-run an episode's checks and confirm the same outcome (SPEC §7).

Replay works on a sandbox slot of the crate the trace names, never on the user's tree:

1. rebuild the crate as intake saw it. A green apply changed the tree since, so the final diff
   is reversed on the files it touched, and every file must hash as intake recorded it;
2. re-run the baseline check and compare the problem keys with the ones recorded at decide;
3. re-apply each accepted step's recorded diff and compare the problem count after it;
4. re-apply the final diff, check it (no problem may remain) and run the tests: the same tests
   must pass. With `thorough`, every validated candidate is re-checked too.

Identical means every comparison agrees; anything that cannot be rebuilt or compared is a
difference with its reason, never a silent pass.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from rusta.config import Settings
from rusta.errors import EditFailed, TraceError
from rusta.loop import policy
from rusta.patch.diff import apply_file_diff, parse_unified_diff
from rusta.patch.model import FileDiff, Hunk
from rusta.sandbox.slots import Slot, pool
from rusta.tools.crate import rust_files
from rusta.trace.events import redacted
from rusta.trace.tree import diagnostic_keys, sha256_text
from rusta.trace.validate import validate_text
from rusta.types import Diagnostic


@dataclass(frozen=True)
class Comparison:
    name: str
    recorded: str
    replayed: str

    @property
    def same(self) -> bool:
        return self.recorded == self.replayed


@dataclass(frozen=True)
class ReplayResult:
    trace_id: str
    status: str  # the recorded outcome: green, abstain, nothing-to-do
    comparisons: tuple[Comparison, ...]
    problems: tuple[str, ...] = ()  # what kept the replay from comparing at all

    @property
    def identical(self) -> bool:
        return not self.problems and all(c.same for c in self.comparisons)

    @property
    def verdict(self) -> str:
        return "identical" if self.identical else "different"

    def to_json(self) -> dict[str, Any]:
        return {
            "trace": self.trace_id,
            "status": self.status,
            "verdict": self.verdict,
            "problems": list(self.problems),
            "comparisons": [
                {"name": c.name, "recorded": c.recorded, "replayed": c.replayed, "same": c.same}
                for c in self.comparisons
            ],
        }


@dataclass
class Recorded:
    """The parts of a trace replay needs, indexed."""

    trace_id: str
    intake: dict[str, Any]
    decide: dict[str, Any] = field(default_factory=dict)
    asked: dict[str, Any] = field(default_factory=dict)  # the Ask decision, if Rusta asked
    green: dict[str, Any] = field(default_factory=dict)  # the green reflect event
    patches: dict[str, dict[str, Any]] = field(default_factory=dict)  # by state
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)  # validate events by state
    status: str = ""

    @classmethod
    def from_events(cls, events: Sequence[dict[str, Any]]) -> Recorded:
        recorded = cls(str(events[0].get("trace", "")), events[0])
        for event in events:
            kind = event.get("kind")
            if kind == "decide" and event.get("decision") == "ask":
                recorded.asked = event
            elif kind == "decide":
                recorded.decide = event
            elif kind == "reflect" and event.get("outcome") == "green":
                recorded.green = event
            elif kind == "patch" and event.get("state"):
                recorded.patches[event["state"]] = event
            elif kind == "validate" and event.get("state") and event.get("stage") != "tests":
                recorded.checks[event["state"]] = event
            elif kind == "log":
                recorded.status = str(event.get("status", ""))
        return recorded


def replay(
    trace: Path, home: Path, settings: Settings, *, k_lines: int, thorough: bool = False
) -> ReplayResult:
    recorded = Recorded.from_events(read_valid_events(trace, k_lines))
    root = Path(str(recorded.intake.get("root", "")))
    if not recorded.intake.get("tree"):
        raise TraceError(f"{trace.name}: the trace records no file hashes, so it cannot replay")
    if not (root / "Cargo.toml").is_file():
        raise TraceError(f"{trace.name}: the crate {root} is not there any more")
    with pool(home, root, 1) as slots:
        return _replay_in(slots[0], root, recorded, settings, thorough)


def read_valid_events(trace: Path, k_lines: int) -> list[dict[str, Any]]:
    text = trace.read_text(encoding="utf-8")
    report = validate_text(text, k_lines, trace.name)
    if not report.ok:
        raise TraceError(f"{trace.name} is not a valid trace: {report.problems[0]}")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _replay_in(
    slot: Slot, root: Path, recorded: Recorded, settings: Settings, thorough: bool
) -> ReplayResult:
    result = ReplayResult(recorded.trace_id, recorded.status, ())
    # the tree holds the applied fix: the winner's diff, or (Rusta asked) one of the answers
    applied = [recorded.green.get("diff", ""), *recorded.asked.get("option_diffs", [])]
    pristine, problems = rebuild(root, recorded.intake["tree"], *applied)
    if problems:
        return replace(result, problems=tuple(problems))
    _remove_unrecorded(slot.root, recorded.intake["tree"])
    lint_mode = bool(recorded.decide.get("lint_mode"))
    runner = _Runner(slot, settings, lint_mode, pristine)
    comparisons = [runner.baseline(recorded.decide.get("baseline", []))]
    for number, state in enumerate(recorded.green.get("path", []), 1):
        comparisons.append(runner.step(f"step {number}", recorded, state))
    if thorough:
        path = set(recorded.green.get("path", []))
        others = [state for state in recorded.patches if state not in path]
        comparisons += [runner.step("candidate", recorded, state) for state in others]
    if recorded.green:
        comparisons += runner.final(recorded.green)
    return replace(result, comparisons=tuple(comparisons))


class _Runner:
    """Checks states of the rebuilt crate in one slot (states are diffs from pristine)."""

    def __init__(
        self, slot: Slot, settings: Settings, lint_mode: bool, pristine: dict[str, str]
    ) -> None:
        self.slot = slot
        self.settings = settings
        self.lint_mode = lint_mode
        self.pristine = pristine
        self.base = {name: text for name, text in pristine.items() if text != slot.read(name)}

    def baseline(self, recorded_keys: list[list[Any]]) -> Comparison:
        keys = self._problem_keys(self._check(""))
        return Comparison("baseline problems", _render(recorded_keys), _render(keys))

    def step(self, label: str, recorded: Recorded, state: str) -> Comparison:
        patch, check = recorded.patches.get(state), recorded.checks.get(state)
        name = f"{label} {patch.get('move', '?') if patch else state}: problems after"
        if patch is None or check is None or not patch.get("diff"):
            return Comparison(name, "recorded", "missing from the trace")
        try:
            diagnostics = self._check(patch["diff"])
        except EditFailed as exc:
            return Comparison(name, str(check.get("errors_after")), f"diff does not apply: {exc}")
        count = len(policy.problems(diagnostics, self.lint_mode))
        return Comparison(name, str(check.get("errors_after")), str(count))

    def final(self, green: dict[str, Any]) -> list[Comparison]:
        try:
            keys = self._problem_keys(self._check(green.get("diff", "")))
        except EditFailed as exc:
            return [Comparison("final diff", "applies", f"does not apply: {exc}")]
        report = self.slot.test(self.settings.test_timeout)
        passed = sorted(report.passed) if report.compiled and not report.timed_out else []
        return [
            Comparison("final problems", _render([]), _render(keys)),
            Comparison("tests passing", _render(green.get("tests_passed", [])), _render(passed)),
        ]

    def _check(self, diff: str) -> tuple[Diagnostic, ...]:
        changed = apply_diff(self.pristine, diff) if diff else {}
        self.slot.sync({**self.base, **changed})
        return self.slot.check(self.settings.check_timeout, clippy=self.lint_mode).diagnostics

    def _problem_keys(self, diagnostics: Sequence[Diagnostic]) -> list[list[Any]]:
        # Keys pass through the trace's redaction, as the recorded ones did.
        return redacted(diagnostic_keys(policy.problems(diagnostics, self.lint_mode)))


def rebuild(
    root: Path, tree: Mapping[str, str], *final_diffs: str
) -> tuple[dict[str, str], list[str]]:
    """The text of every recorded file as intake saw it, or why that state is gone; a file
    that does not hash as recorded is tried with each diff that may have been applied undone."""
    undos = [_touched(diff) for diff in final_diffs]
    pristine: dict[str, str] = {}
    problems: list[str] = []
    for name, expected in sorted(tree.items()):
        path = root / name
        if not path.is_file():
            problems.append(f"{name} no longer exists")
            continue
        text = path.read_bytes().decode("utf-8")  # as stored: CRLF must hash as recorded
        for touched in undos:
            if sha256_text(text) == expected:
                break
            if name in touched:
                text = _undone(text, touched[name], expected)
        if sha256_text(text) != expected:
            problems.append(f"{name} changed since the episode; its recorded state is gone")
            continue
        pristine[name] = text
    return pristine, problems


def apply_diff(texts: Mapping[str, str], diff: str) -> dict[str, str]:
    """The files `diff` changes, applied to `texts` (a missing file starts empty)."""
    changed: dict[str, str] = {}
    for file_diff in parse_unified_diff(diff):
        if file_diff.new_path is None:
            raise EditFailed("replay cannot delete files")
        source = _key(file_diff.old_path) if file_diff.old_path else None
        current = changed.get(source, texts.get(source, "")) if source else ""
        changed[_key(file_diff.new_path)] = apply_file_diff(current, file_diff)
    return changed


def _touched(diff: str) -> dict[str, FileDiff]:
    if not diff:
        return {}
    return {_key(fd.new_path): fd for fd in parse_unified_diff(diff) if fd.new_path}


def _undone(text: str, file_diff: FileDiff, expected: str) -> str:
    """`text` with `file_diff` undone if that gives the recorded state, else as it was."""
    reversed_text = _reverse(text, file_diff)
    return reversed_text if sha256_text(reversed_text) == expected else text


def _reverse(text: str, file_diff: FileDiff) -> str:
    """`text` with `file_diff` undone: the hunks with their sides swapped."""
    flip = {"+": "-", "-": "+"}
    hunks = tuple(
        Hunk(
            h.new_start,
            h.new_len,
            h.old_start,
            h.old_len,
            tuple(flip.get(line[:1], line[:1]) + line[1:] for line in h.lines),
        )
        for h in file_diff.hunks
    )
    try:
        return apply_file_diff(text, FileDiff(file_diff.new_path, file_diff.old_path, hunks))
    except EditFailed:
        return text  # reported by the caller as a changed file


def _remove_unrecorded(copy: Path, tree: Mapping[str, str]) -> None:
    """Delete Rust files intake did not see from the slot copy (cargo would build them)."""
    for relative in rust_files(copy):
        if relative not in tree:
            (copy / relative).unlink()


def _key(path: str | None) -> str:
    return PurePosixPath(str(path)).as_posix()


def _render(items: Sequence[Any]) -> str:
    """A canonical, readable text of diagnostic keys or test names (order does not count)."""
    return "; ".join(sorted(_describe(item) for item in items)) or "(none)"


def _describe(item: Any) -> str:
    if isinstance(item, list | tuple) and len(item) == 4:
        code, message, file, line = item
        return f"{code or 'syntax'} {message} at {file}:{line}"
    return str(item)
