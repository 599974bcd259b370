"""`rusta eval` on a tiny suite (Rusta beside cargo fix and clippy --fix), and the metrics.

The suite run is a real subprocess with baselines on; it runs once for the module and the
tests read its JSON, reports, and what it left behind.
"""

from __future__ import annotations

import json
import os
import re
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
    environment: dict[str, str]
    json_path: Path


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
    return EvalRun(done, suite, before, document, base / "r", temporary, environment, out)


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


CHARTS = ("class_bars", "reliability", "time_to_green", "validations", "changed_lines")


def rusta(evaluated: EvalRun, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), "eval", *args],
        env=evaluated.environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_page_draws_every_chart_and_every_table_in_html(evaluated: EvalRun) -> None:
    page = (evaluated.reports / "eval.html").read_text(encoding="utf-8")

    for chart in CHARTS:
        assert f"data-chart='{chart}'><svg" in page
    bars = page[page.index("data-chart='class_bars'") : page.index("data-chart='reliability'")]
    for label in ("Rusta", "cargo fix", "clippy --fix", "move", "overall"):
        assert f">{label}<" in bars  # legend and groups, as SVG text
    assert re.search(r"<b>ECE [0-9.]+</b>, <b>Brier [0-9.]+</b>", page)
    for name in ("classes", "tools", "calibration", "cases"):
        assert f"<table class='sortable' data-table='{name}'>" in page
    assert "<pre" not in page and "| class |" not in page  # no Markdown pasted raw
    # self-contained: nothing is fetched (SVG's xmlns is a name, not a request)
    assert not re.search(r"""(src|href)=["']https?:""", page)
    assert "<link" not in page and "<script src" not in page


def test_every_case_has_its_diff_and_trace_beside_the_page(evaluated: EvalRun) -> None:
    page = (evaluated.reports / "eval.html").read_text(encoding="utf-8")

    for case in evaluated.document["cases"]:
        slug = case["name"].replace("/", "__")
        diff = (evaluated.reports / "cases" / f"{slug}.diff").read_text(encoding="utf-8")
        trace = (evaluated.reports / "cases" / f"{slug}.trace.jsonl").read_text(encoding="utf-8")
        assert diff == case["rusta"]["diff"] and diff.startswith("diff --git")
        assert json.loads(trace.splitlines()[0])["trace"] == case["rusta"]["trace"]
        assert f"href='cases/{slug}.diff'" in page and f"href='cases/{slug}.trace.jsonl'" in page
        assert len(case["rusta"]["winner_proposers"]) == len(case["rusta"]["moves"])
        assert set(case["rusta"]["winner_proposers"]) <= {"compiler", "moves", "memory", "model"}


def test_from_renders_the_same_report_again_and_lists_both(
    evaluated: EvalRun, tmp_path: Path
) -> None:
    again = rusta(evaluated, "--from", str(evaluated.json_path), "--report", str(tmp_path / "r2"))

    assert again.returncode == 0, again.stderr
    assert (tmp_path / "r2" / "eval.html").read_text(encoding="utf-8") == (
        evaluated.reports / "eval.html"
    ).read_text(encoding="utf-8")
    listed = json.loads(
        (Path(evaluated.environment["RUSTA_HOME"]) / "eval-reports.json").read_text("utf-8")
    )
    paths = [entry["path"] for entry in listed]
    assert str((evaluated.reports / "eval.json").resolve()) in paths
    assert str((tmp_path / "r2" / "eval.json").resolve()) in paths


def test_compare_names_the_case_that_regressed(evaluated: EvalRun, tmp_path: Path) -> None:
    after = json.loads(json.dumps(evaluated.document))
    regressed = after["cases"][0]
    regressed["rusta"] |= {"fixed": False, "status": "abstain"}
    regressed["rusta"]["seconds"] *= 2
    (tmp_path / "b.json").write_text(json.dumps(after), encoding="utf-8")

    done = rusta(
        evaluated,
        "--compare",
        str(evaluated.json_path),
        str(tmp_path / "b.json"),
        "--report",
        str(tmp_path / "cmp"),
    )

    assert done.returncode == 0, done.stderr
    assert "Tests pass: 100.00 % → 50.00 % (-50.00 points)" in done.stdout
    assert f"| {regressed['name']} | move | fixed → unfixed |" in done.stdout
    assert "| move | 2 | 2 | 100.00 | 50.00 | -50.00 | 0 | 1 |" in done.stdout
    page = (tmp_path / "cmp" / "compare.html").read_text(encoding="utf-8")
    assert "data-chart='compare-classes'><svg" in page
    assert "data-chart='compare-times'><svg" in page
    rows = json.loads((tmp_path / "cmp" / "compare.json").read_text(encoding="utf-8"))["cases"]
    assert [row["transition"] for row in rows] == ["fixed → unfixed", "fixed"]


def test_compare_refuses_a_file_that_is_not_an_eval_report(
    evaluated: EvalRun, tmp_path: Path
) -> None:
    (tmp_path / "other.json").write_text('{"jobs": []}', encoding="utf-8")

    done = rusta(
        evaluated,
        "--compare",
        str(evaluated.json_path),
        str(tmp_path / "other.json"),
        "--report",
        str(tmp_path / "cmp"),
    )

    assert done.returncode == 2
    assert "other.json: not an eval JSON report" in done.stderr
    assert not (tmp_path / "cmp").exists()


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
