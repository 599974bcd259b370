"""The cargo/rustc wrappers and the one subprocess runner, on real crates and real processes."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from rusta.errors import CrateError, EnvironmentProblem, ToolTimeout
from rusta.tools import cargo
from rusta.tools.cargo import parse_test_output
from rusta.tools.run import run

# imported under other names: pytest would try to collect classes whose names start with Test
from rusta.types import TestCase as Case
from rusta.types import TestReport as Report

CRATES = Path(__file__).resolve().parents[1] / "data" / "crates"

# tests/data/crates/tests_mixed: one passing, one failing and one ignored unit test, and an
# integration test in tests/api.rs.
EXPECTED_CASES = [
    Case("src/lib.rs::tests::adds", passed=True),
    Case(
        "src/lib.rs::tests::adds_wrong",
        passed=False,
        message="assertion `left == right` failed\n  left: 4\n right: 5",
        location="src/lib.rs:16:9",
    ),
    Case("src/lib.rs::tests::slow_one", passed=False, ignored=True),
    Case("tests/api.rs::public_add", passed=True),
]


@pytest.fixture(scope="module")
def mixed_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """`cargo.test` run once on a copy of tests_mixed, shared by this module's tests."""
    root = Path(shutil.copytree(CRATES / "tests_mixed", tmp_path_factory.mktemp("m") / "crate"))
    return cargo.test(root, target_dir=root.parent / "target", timeout=240)


def test_parse_test_output_qualifies_names_by_target(captured: Callable[[str], str]) -> None:
    cases = parse_test_output(captured("tests_mixed.txt"))

    assert sorted(cases, key=lambda c: c.name) == EXPECTED_CASES
    report = Report(tuple(cases), compiled=True)
    assert report.passed == {"src/lib.rs::tests::adds", "tests/api.rs::public_add"}
    assert report.failed == {"src/lib.rs::tests::adds_wrong"}


def test_parse_test_output_names_doc_tests_and_unknown_targets() -> None:
    text = "test early ... ok\n   Doc-tests demo\ntest src/lib.rs - add (line 3) ... ok\n"

    names = [case.name for case in parse_test_output(text)]

    assert names == ["?::early", "doc::src/lib.rs - add (line 3)"]


def test_cargo_test_reports_every_outcome_qualified_by_target(mixed_report: Report) -> None:
    assert mixed_report.compiled and not mixed_report.timed_out
    cases = sorted(mixed_report.cases, key=lambda c: c.name)
    # cargo.test runs with RUST_BACKTRACE=1: a failure also names its frames in the crate
    assert [replace(c, frames=()) for c in cases] == EXPECTED_CASES
    failed = next(c for c in cases if not c.passed)
    assert [(f.file, f.line) for f in failed.frames] == [("src/lib.rs", 16)]
    assert "test result: FAILED" in mixed_report.output_tail


def test_cargo_test_on_tests_that_do_not_compile(make_crate: Callable[..., Path]) -> None:
    root = make_crate(
        {
            "src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n",
            "tests/broken.rs": '#[test]\nfn t() {\n    let x: u32 = "no";\n}\n',
        }
    )

    report = cargo.test(root, timeout=240)

    assert not report.compiled
    assert "E0308" in report.output_tail


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param('[package\nname = "demo"\n', id="bad-toml"),
        pytest.param('[package]\nversion = "0.1.0"\nedition = "2021"\n', id="no-name"),
        pytest.param('[package]\nname = "demo"\nedition = "2099"\n', id="bad-edition"),
        pytest.param(
            '[package]\nname = "demo"\nversion = "x"\n',
            id="bad-version",
        ),
    ],
)
def test_check_on_a_malformed_manifest_raises_crate_error(
    manifest: str, make_crate: Callable[..., Path]
) -> None:
    root = make_crate({"Cargo.toml": manifest, "src/lib.rs": ""})

    with pytest.raises(CrateError) as raised:
        cargo.check(root, timeout=120)

    assert str(root) in raised.value.message
    assert "\n" not in raised.value.message
    assert raised.value.exit_code == 2


def test_check_a_clean_crate_into_a_separate_target_dir(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_crate({"src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n"})

    result = cargo.check(root, target_dir=tmp_path / "target-elsewhere", timeout=120)

    assert result.success and result.diagnostics == () and result.errors == []
    assert (tmp_path / "target-elsewhere").is_dir() and not (root / "target").exists()


def test_check_that_does_not_finish_raises_tool_timeout(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": ""})

    with pytest.raises(ToolTimeout):
        cargo.check(root, timeout=0.01)


def _live_members(pgid: int) -> list[int]:
    """Processes in process group `pgid` that are not zombies (read from /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # the process exited while we looked
        state, _parent, group = text.rsplit(")", 1)[1].split()[:3]
        if int(group) == pgid and state != "Z":
            members.append(int(stat.parent.name))
    return members


def test_run_kills_the_whole_process_group_on_timeout(tmp_path: Path) -> None:
    started = time.monotonic()

    done = run(["sh", "-c", "echo $$; sleep 30 & sleep 30"], tmp_path, timeout=1)

    assert time.monotonic() - started < 10
    assert done.timed_out and done.returncode == -9
    pgid = int(done.stdout.split()[0])  # the shell leads its own session: its pid is the pgid
    deadline = time.monotonic() + 5
    while _live_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _live_members(pgid) == []


def test_run_is_offline_and_captures_both_streams(tmp_path: Path) -> None:
    done = run(["sh", "-c", 'echo "$CARGO_NET_OFFLINE"; echo oops >&2; exit 3'], tmp_path)

    assert (done.stdout, done.stderr, done.returncode, done.timed_out) == (
        "true\n",
        "oops\n",
        3,
        False,
    )


def test_run_can_interleave_stderr_into_stdout(tmp_path: Path) -> None:
    done = run(["sh", "-c", "echo a; echo b >&2; echo c"], tmp_path, merge_stderr=True)

    assert (done.stdout, done.stderr) == ("a\nb\nc\n", "")


def test_run_of_a_missing_program_is_an_environment_problem(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem, match="not installed"):
        run(["rusta-no-such-program"], tmp_path)


def test_explain() -> None:
    assert "moved" in cargo.explain("E0382")
    assert cargo.explain("nonsense") == ""
    assert cargo.explain("E9999") == ""


def test_version() -> None:
    assert (cargo.version("rustc") or "").startswith("rustc ")
    assert cargo.version("rusta-no-such-program") is None
