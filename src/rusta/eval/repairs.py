"""What a test repair is worth, beyond "the tests pass" (issue 13: honesty about overfitting).

For a logic-bug case (class "logic": the crate compiles, tests fail, case.toml names the bug
`kind`) the eval also measures:
- plausible-but-wrong: the case's `holdback/` tests (extra tests the case author kept from
  Rusta, which pass on the gold fix) are copied into the repaired crate and run; a green
  repair they fail changed behaviour the gold fix keeps. Published studies find 7–20% of
  test-passing patches wrong: the number is reported, never hidden;
- edits to tests: any file of the patch under tests/ (the validator refuses those, this
  checks it independently);
- fault localization: whether a line the gold patch changes is the top suspect, or in the
  top 5 (the trace's `fault localization` probe).
"""

from __future__ import annotations

import json
import shutil
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rusta.eval.suites import Case
from rusta.knowledge.todos import todos
from rusta.patch.count import touched_old_lines
from rusta.patch.diff import apply_unified_diff, parse_unified_diff
from rusta.tools import cargo
from rusta.tools.crate import rust_files

HOLDBACK = "holdback"


def kind_of(case: Case) -> str:
    path = case.path / "case.toml"
    try:
        meta = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except tomllib.TOMLDecodeError:
        return ""
    return str(meta.get("kind", ""))


def repair_record(
    case: Case,
    crate: Path,
    outcome_diff: str,
    fixed: bool,
    trace: Path,
    target: Path,
    timeout: float,
) -> dict[str, Any]:
    """The extra measures of a logic-bug case after Rusta ran on its copy `crate`."""
    diffs = parse_unified_diff(outcome_diff) if outcome_diff else []
    touched = [f.new_path or f.old_path or "" for f in diffs]
    record: dict[str, Any] = {
        "kind": kind_of(case),
        "edits_tests": any(name.startswith("tests/") for name in touched),
        "plausible_wrong": None,  # None: not green, or no holdback tests to tell
        "localized": _localized(case, trace),
    }
    if fixed and (case.path / HOLDBACK).is_dir():
        record["plausible_wrong"] = not _holdback_passes(case, crate, target, timeout)
    return record


def _holdback_passes(case: Case, crate: Path, target: Path, timeout: float) -> bool:
    tests = crate / "tests"
    tests.mkdir(exist_ok=True)
    added = []
    for source in sorted((case.path / HOLDBACK).glob("*.rs")):
        destination = tests / f"holdback_{source.name}"
        shutil.copy(source, destination)
        added.append(destination)
    try:
        report = cargo.test(crate, target, timeout=timeout)
    finally:
        for path in added:
            path.unlink(missing_ok=True)
    return report.compiled and not report.timed_out and not report.failed


def task_done(case: Case, crate: Path, target: Path, timeout: float) -> dict[str, Any]:
    """Whether a TODO case (class "task": a crate that compiles and passes its tests, with
    TODOs for a model) was really done, judged apart from Rusta's own proof: no TODO left, the
    case's `holdback/` tests pass (they pin what the TODO asked for), and a binary runs to
    exit 0."""
    left = len(todos(rust_files(crate), lambda name: (crate / name).read_text(encoding="utf-8")))
    holdback = (
        _holdback_passes(case, crate, target, timeout) if (case.path / HOLDBACK).is_dir() else None
    )
    runs = None
    if (crate / "src" / "main.rs").is_file():
        run = cargo.run_program(crate, target, min(timeout, 20.0))
        runs = run.ran and not run.timed_out and run.exit_code == 0
    done = left == 0 and holdback is not False and runs is not False
    return {"done": done, "todos_left": left, "holdback_passes": holdback, "program_exits_0": runs}


def gold_lines(case: Case) -> set[tuple[str, int]]:
    """(file, line) of every line the gold patch rewrites or deletes, and the lines around
    an insertion (old-side numbers: the same rule the validator's scope check reads)."""
    gold = case.path / "gold.diff"
    if not gold.is_file():
        return set()
    found: set[tuple[str, int]] = set()
    for name, new in apply_unified_diff(case.path, gold.read_text(encoding="utf-8")).items():
        old = (case.path / name).read_bytes().decode("utf-8")
        found |= {(name, line) for line in touched_old_lines(old, new or "")}
    return found


def _localized(case: Case, trace: Path) -> dict[str, bool] | None:
    """Top-1 / top-5 hit of the gold lines among the trace's suspects (None: no probe)."""
    suspects = _suspects(trace)
    if suspects is None:
        return None
    wanted = gold_lines(case)
    hits = [(file, line) in wanted for file, line in suspects]
    return {"top1": any(hits[:1]), "top5": any(hits[:5])}


def _suspects(trace: Path) -> list[tuple[str, int]] | None:
    if not trace.is_file():
        return None
    for line in trace.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if event.get("kind") == "probe" and event.get("probe") == "fault localization":
            found = []
            for text in event.get("suspects", []):
                where = text.split(" ", 1)[0]
                file, _, number = where.rpartition(":")
                if number.isdigit():
                    found.append((file, int(number)))
            return found
    return None


def summary(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per bug kind and overall: fixed, plausible-but-wrong, localization hits, test edits."""
    logic = [r for r in results if r["rusta"].get("repair")]
    if not logic:
        return {}
    kinds: dict[str, list[dict[str, Any]]] = {}
    for result in logic:
        kinds.setdefault(result["rusta"]["repair"]["kind"] or "?", []).append(result)
    table = {kind: _row(members) for kind, members in sorted(kinds.items())}
    templates: dict[str, int] = {}
    for result in logic:
        if result["rusta"]["fixed"]:
            for move in result["rusta"]["moves"]:
                name = move.split("/", 1)[-1]
                templates[name] = templates.get(name, 0) + 1
    return {
        "by_kind": table,
        "overall": _row(logic),
        "by_template": dict(sorted(templates.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _row(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    repairs = [r["rusta"]["repair"] for r in results]
    fixed = sum(1 for r in results if r["rusta"]["fixed"])
    judged = [r for r in repairs if r["plausible_wrong"] is not None]
    wrong = sum(1 for r in judged if r["plausible_wrong"])
    located = [r["localized"] for r in repairs if r["localized"] is not None]
    return {
        "cases": len(results),
        "fixed": fixed,
        "tests_pass_pct": round(100 * fixed / len(results), 1) if results else None,
        "plausible_wrong": wrong,
        "plausible_wrong_pct": round(100 * wrong / len(judged), 1) if judged else None,
        "edits_tests": sum(1 for r in repairs if r["edits_tests"]),
        "top1": sum(1 for hit in located if hit["top1"]),
        "top5": sum(1 for hit in located if hit["top5"]),
        "localized_cases": len(located),
    }


def markdown_rows(summary_doc: dict[str, Any]) -> list[str]:
    if not summary_doc:
        return []
    rows = [
        "| bug kind | cases | tests-pass % | plausible-but-wrong | edits tests | "
        "FL top-1 | FL top-5 |",
        "|---|---|---|---|---|---|---|",
    ]
    items = [*summary_doc["by_kind"].items(), ("**overall**", summary_doc["overall"])]
    for name, row in items:
        wrong = f"{row['plausible_wrong']}" + (
            f" ({row['plausible_wrong_pct']} %)" if row["plausible_wrong_pct"] is not None else ""
        )
        rows.append(
            f"| {name} | {row['cases']} | {row['tests_pass_pct']} | {wrong} | "
            f"{row['edits_tests']} | {row['top1']}/{row['localized_cases']} | "
            f"{row['top5']}/{row['localized_cases']} |"
        )
    templates = summary_doc.get("by_template") or {}
    if templates:
        rows += [
            "",
            "Winning templates (steps of green repairs): "
            + ", ".join(f"{name} {count}" for name, count in templates.items())
            + ".",
        ]
    return [*rows, ""]
