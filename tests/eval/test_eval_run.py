"""`rusta eval` on a tiny suite (Rusta beside cargo fix and clippy --fix), and the metrics.

The suite run is a real subprocess with baselines on; it runs once for the module and the
tests read its JSON, reports, and what it left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rusta.eval.metrics import calibration, percentile

RUSTA = Path(sys.executable).parent / "rusta"
MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
CASE = 'class = "move"\ncodes = ["E0382"]\n'

CASES = {
    "move/01-sum-then-count": """\
pub fn total(values: Vec<i32>) -> i32 {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    sum + values.len() as i32
}

#[test]
fn totals_and_counts() {
    assert_eq!(total(vec![1, 2]), 5);
}
""",
    "move/02-rebind": """\
pub fn describe(name: String) -> String {
    let owned = name;
    format!("{}:{}", owned, name.len())
}

#[test]
fn describes() {
    assert_eq!(describe("ab".to_string()), "ab:2");
}
""",
}


def write_suite(directory: Path) -> Path:
    for index, (name, source) in enumerate(CASES.items()):
        crate = directory / name
        (crate / "src").mkdir(parents=True)
        (crate / "Cargo.toml").write_text(MANIFEST.format(name=f"case{index}"), encoding="utf-8")
        (crate / "case.toml").write_text(CASE, encoding="utf-8")
        (crate / "src/lib.rs").write_text(source, encoding="utf-8")
    return directory


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@dataclass
class EvalRun:
    done: subprocess.CompletedProcess[str]
    suite: Path
    before: dict[str, bytes]
    document: dict[str, Any]
    reports: Path
    temporary: Path  # TMPDIR of the run


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> EvalRun:
    base = tmp_path_factory.mktemp("eval")
    suite = write_suite(base / "suite")
    before = files(suite)
    temporary = base / "tmp"
    temporary.mkdir()
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("RUSTA_") and name not in {"COLUMNS", "LINES"}
    }
    environment |= {"RUSTA_HOME": str(base / "home"), "TMPDIR": str(temporary)}
    out = base / "out" / "eval.json"
    done = subprocess.run(
        [
            str(RUSTA),
            "eval",
            "--suite",
            str(suite),
            "--json",
            str(out),
            "--report",
            str(base / "r"),
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    document = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    return EvalRun(done, suite, before, document, base / "r", temporary)


def test_eval_exits_0_and_writes_the_json_document(evaluated: EvalRun) -> None:
    assert evaluated.done.returncode == 0, evaluated.done.stderr
    assert {"overall", "by_class", "cases", "baselines"} <= set(evaluated.document)
    assert set(evaluated.document["by_class"]) == {"move"}
    assert set(evaluated.document["baselines"]) == {"cargo fix", "cargo clippy --fix"}


def test_every_case_has_rusta_and_baseline_results(evaluated: EvalRun) -> None:
    cases = evaluated.document["cases"]

    assert sorted(case["name"] for case in cases) == sorted(CASES)
    for case in cases:
        assert case["class"] == "move" and case["codes"] == ["E0382"]
        assert case["rusta"]["candidates_validated"] >= 1
        assert set(case["baselines"]) == {"cargo fix", "cargo clippy --fix"}
        for result in [case["rusta"], *case["baselines"].values()]:
            assert result["unsafe"] is False
            assert result["fixed"] == (result["compiles"] and result["tests_pass"])


def test_rusta_fixes_both_cases_and_never_applies_unsafely(evaluated: EvalRun) -> None:
    overall = evaluated.document["overall"]

    assert overall["unsafe_applies"] == 0
    assert overall["cases"] == 2
    assert overall["fixed"] == 2
    assert overall["tests_pass"] == 100.0
    assert overall["candidates_validated"] == sum(
        case["rusta"]["candidates_validated"] for case in evaluated.document["cases"]
    )
    for tool in evaluated.document["baselines"].values():
        assert tool["cases"] == 2 and tool["unsafe_applies"] == 0


def test_calibration_pairs_come_from_the_traces(evaluated: EvalRun) -> None:
    for case in evaluated.document["cases"]:
        pairs = case["rusta"]["calibration"]
        assert len(pairs) == case["rusta"]["candidates_validated"]
        assert all(0 <= p <= 1 and outcome in (0.0, 1.0) for p, outcome in pairs)
    assert evaluated.document["overall"]["calibration"]["n"] == sum(
        len(case["rusta"]["calibration"]) for case in evaluated.document["cases"]
    )


def test_reports_are_written_with_svg_plots(evaluated: EvalRun) -> None:
    markdown = (evaluated.reports / "eval.md").read_text(encoding="utf-8")
    page = (evaluated.reports / "eval.html").read_text(encoding="utf-8")

    assert "| move | 2 |" in markdown
    assert "| cargo clippy --fix |" in markdown
    assert "<svg" in page
    assert "move" in page


def test_the_suite_directory_is_left_byte_identical(evaluated: EvalRun) -> None:
    assert files(evaluated.suite) == evaluated.before


def test_eval_leaves_no_temporary_directory_behind(evaluated: EvalRun) -> None:
    assert evaluated.done.returncode == 0
    assert list(evaluated.temporary.glob("rusta-eval-*")) == []


# --- metrics -------------------------------------------------------------------------------


def test_perfectly_calibrated_pairs_have_zero_ece() -> None:
    pairs = [(0.3, 1.0)] * 3 + [(0.3, 0.0)] * 7 + [(0.8, 1.0)] * 4 + [(0.8, 0.0)]

    result = calibration(pairs)

    assert result["ece"] == 0.0
    assert result["n"] == 15
    assert [(b["bin"], b["n"], b["confidence"], b["accuracy"]) for b in result["bins"]] == [
        (3, 10, 0.3, 0.3),
        (8, 5, 0.8, 0.8),
    ]
    assert result["brier"] == round((3 * 0.49 + 7 * 0.09 + 4 * 0.04 + 0.64) / 15, 4)


def test_confident_and_always_wrong_has_ece_of_the_confidence() -> None:
    result = calibration([(0.9, 0.0)] * 5)

    assert result["ece"] == 0.9
    assert result["brier"] == 0.81


def test_calibration_of_nothing_and_of_certainty() -> None:
    assert calibration([]) == {"ece": None, "brier": None, "bins": [], "n": 0}
    certain = calibration([(1.0, 1.0), (0.0, 0.0)])
    assert certain["ece"] == 0.0 and certain["brier"] == 0.0
    assert [b["bin"] for b in certain["bins"]] == [0, 9]  # p = 1.0 falls in the last bin


def test_percentile() -> None:
    values = [5.0, 1.0, 3.0, 2.0, 4.0]

    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.95) == 7.0
    assert percentile(values, 0.0) == 1.0
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 1.0) == 5.0
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert values == [5.0, 1.0, 3.0, 2.0, 4.0]  # the input is not sorted in place
