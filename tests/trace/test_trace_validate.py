"""`rusta trace validate`: malformed events, anchor-less explanations, red commits, big diffs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from rusta.cli.app import app
from rusta.trace.validate import validate_text

SHA = "0" * 64


def diff_of(lines: int) -> str:
    body = "".join(f"-old {n}\n+new {n}\n" for n in range(lines))
    return f"--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,{lines} +1,{lines} @@\n{body}"


def green_trace(**overrides: dict[str, Any]) -> list[dict[str, Any]]:
    """A complete, valid trace of a green, applied episode (event payloads as the loop emits)."""
    events = [
        (
            "intake",
            {
                "crate": "demo",
                "root": "/tmp/demo",
                "git_head": "",
                "dirty": False,
                "files": 1,
                "dry_run": False,
                "tree": {"src/lib.rs": SHA},
            },
        ),
        (
            "probe",
            {
                "probe": "cargo check --message-format=json",
                "problems": 1,
                "classes": {"move": 1},
                "clippy": False,
            },
        ),
        (
            "probe",
            {
                "probe": "rustc --explain E0382",
                "summary": "A variable was used after move.",
                "anchors": [
                    {"source": "error-index", "path": "rustc --explain E0382", "sha256": SHA}
                ],
            },
        ),
        (
            "decide",
            {
                "decision": "search",
                "gear": "quick",
                "intent": "fix E0382",
                "targets": 1,
                "lint_mode": False,
                "baseline": [["E0382", "moved", "src/lib.rs", 6]],
            },
        ),
        ("plan", {"step": 1, "targets": ["E0382 moved"], "candidates": 1, "gear": "quick"}),
        (
            "patch",
            {
                "move": "E0382/clone-at-use",
                "proposer": "moves",
                "intent": "clone",
                "p_green": 0.8,
                "changed_lines": 2,
                "state": "s1",
                "diff": diff_of(1),
            },
        ),
        (
            "validate",
            {
                "move": "E0382/clone-at-use",
                "green": True,
                "errors_before": 1,
                "errors_after": 0,
                "new_errors": [],
                "seconds": 0.5,
                "p_green": 0.8,
                "state": "s1",
            },
        ),
        (
            "validate",
            {"stage": "tests", "green": True, "passed": 1, "failed": [], "reason": "tests pass"},
        ),
        (
            "reflect",
            {
                "outcome": "green",
                "moves": ["E0382/clone-at-use"],
                "why": "fixed",
                "path": ["s1"],
                "diff": diff_of(1),
                "changed_lines": 2,
                "tests_passed": ["src/lib.rs::tests::t"],
            },
        ),
        ("commit", {"files": ["src/lib.rs"], "commit": "", "undo": "/u", "changed_lines": 2}),
        (
            "log",
            {
                "status": "green",
                "applied": True,
                "changed_lines": 2,
                "candidates_validated": 1,
                "seconds": 1.0,
            },
        ),
    ]
    return [
        {"trace": "t-1", "seq": n, "kind": kind, "ts": 1.0 + n, **data, **overrides.get(kind, {})}
        for n, (kind, data) in enumerate(events, 1)
    ]


def text_of(events: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(event) + "\n" for event in events)


def problems_of(events: list[dict[str, Any]], k_lines: int = 20) -> list[str]:
    return [str(p) for p in validate_text(text_of(events), k_lines).problems]


def test_a_complete_green_trace_is_valid() -> None:
    assert problems_of(green_trace()) == []


def test_malformed_lines_and_events_are_rejected() -> None:
    events = green_trace(plan={"step": 0}, log={"surprise": True})
    text = text_of(events) + "{not json\n[1, 2]\n"

    problems = [str(p) for p in validate_text(text, 20).problems]

    assert any("plan: step: 0 is less than the minimum of 1" in p for p in problems)
    assert any("log: Additional properties are not allowed ('surprise'" in p for p in problems)
    assert any(p.startswith("line 12: not JSON") for p in problems)
    assert any(p == "line 13: an event must be a JSON object" for p in problems)


def test_events_out_of_order_or_from_two_traces_are_rejected() -> None:
    events = green_trace()
    events[3]["seq"] = 9
    events[5]["trace"] = "other"

    problems = problems_of(events)

    assert "events of 2 different traces are mixed" in problems
    assert "line 4: seq 9, expected 4" in problems
    assert "line 1: the first event must be an intake" in problems_of(green_trace()[1:])


def test_an_explanation_without_anchors_is_rejected_unless_it_says_unknown() -> None:
    without = green_trace()
    without[2]["anchors"] = []
    unknown = green_trace()
    unknown[2] = {**unknown[2], "anchors": [], "summary": "unknown"}

    assert problems_of(without) == ["line 3: probe: an explanation (summary) without anchors"]
    assert problems_of([*unknown[:9], {**unknown[9], "kind": "abstain"}])  # malformed abstain
    assert any(
        "abstain without next probes" in p
        for p in problems_of(
            [
                *green_trace()[:4],
                {
                    "trace": "t-1",
                    "seq": 5,
                    "kind": "abstain",
                    "ts": 9.0,
                    "reason": "stuck",
                    "next_probes": [],
                },
                {**green_trace()[-1], "seq": 6, "status": "abstain", "applied": False},
            ]
        )
    )


def test_a_commit_needs_a_green_test_validation_before_it() -> None:
    red = green_trace(validate={})
    red[7] = {**red[7], "green": False, "reason": "tests fail: t"}
    untested = [e for e in green_trace() if e.get("stage") != "tests"]
    for number, event in enumerate(untested, 1):
        event["seq"] = number

    assert problems_of(red) == ["line 10: commit after a red test validation"]
    assert problems_of(untested) == ["line 9: commit without a test validation before it"]


def test_diffs_over_k_are_rejected_by_count_and_by_measure() -> None:
    big = green_trace(reflect={"diff": diff_of(11)}, commit={"changed_lines": 22})

    assert problems_of(big, k_lines=20) == [
        "line 9: reflect: diff of 22 lines, over K",
        "line 10: commit: 22 changed lines, over K=20",
    ]
    assert problems_of(big, k_lines=22) == []


def test_the_cli_exits_0_for_a_valid_trace_and_1_for_an_invalid_one(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(text_of(green_trace()))
    bad.write_text(text_of(green_trace(commit={"changed_lines": 99})))
    runner = CliRunner()

    ok = runner.invoke(app, ["trace", "validate", str(good)])
    rejected = runner.invoke(app, ["trace", "validate", "--json", str(bad)])

    assert ok.exit_code == 0 and "valid Trace v1" in ok.output
    assert rejected.exit_code == 1
    [report] = json.loads(rejected.output)
    assert report["problems"] == [{"line": 10, "message": "commit: 99 changed lines, over K=20"}]
