"""A crate that compiles but fails its tests is not clean (SPEC §2 "Failing tests").

Before: `rusta check`, `rusta fix --yes` and `rusta research` said "✓ clean" / "nothing to fix"
and exited 0 on such a crate. Now `check` runs the tests when the crate compiles and lists each
failing test with its assertion message and the suspects fault localization ranks (exit 1;
`--no-tests` skips them), `fix` repairs what it can prove and otherwise abstains naming where
to look (exit 1, tree untouched), `research` experiments on them, and a test that passes when
re-run alone is reported flaky, never failing. Real cargo on real crates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.tools.cargo import parse_test_output

RUSTA = Path(sys.executable).parent / "rusta"

FAILING = """\
pub fn add(a: i32, b: i32) -> i32 {
    a - b
}

pub fn first(values: &[i32]) -> i32 {
    values[3]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds() {
        assert_eq!(add(2, 3), 5);
    }

    #[test]
    fn firsts() {
        assert_eq!(first(&[7]), 7);
    }

    #[test]
    fn subtracts_zero() {
        assert_eq!(add(4, 0), 4);
    }
}
"""

# Fails the first time it runs in a copy, passes from then on: flaky, not failing.
FLAKY = """\
pub fn one() -> i32 {
    1
}

#[cfg(test)]
mod tests {
    #[test]
    fn once_red() {
        let marker = concat!(env!("CARGO_MANIFEST_DIR"), "/flaky.marker");
        let seen = std::path::Path::new(marker).exists();
        std::fs::write(marker, "seen").unwrap();
        assert!(seen, "first run fails");
        assert_eq!(super::one(), 1);
    }
}
"""


def _rusta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, timeout=300, check=False
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_check_lists_each_failing_test_with_its_message(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": FAILING}, name="failing")
    done = _rusta("check", str(crate))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "tests::adds" in done.stdout and "tests::firsts" in done.stdout
    assert "left: -1" in done.stdout and "right: 5" in done.stdout
    assert "index out of bounds: the len is 1 but the index is 3" in done.stdout
    assert "suspect: src/lib.rs:6 in `first` (panicked here)" in done.stdout
    assert "subtracts_zero" not in done.stdout.split("failing tests")[1].split("test(s) fail")[0]
    assert "2 test(s) fail, 1 pass" in done.stdout
    skipped = _rusta("check", "--no-tests", str(crate))
    assert skipped.returncode == 0, skipped.stdout
    assert "tests not run" in skipped.stdout


def test_check_json_has_failing_tests_located_at_their_panic(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": FAILING}, name="failing")
    done = _rusta("check", "--json", str(crate))
    assert done.returncode == 1
    found = {entry["test"]: entry for entry in json.loads(done.stdout) if entry["class"] == "test"}
    assert set(found) == {"src/lib.rs::tests::adds", "src/lib.rs::tests::firsts"}
    assert found["src/lib.rs::tests::firsts"]["file"] == "src/lib.rs"
    assert found["src/lib.rs::tests::firsts"]["line"] == 6  # the index, not the assertion
    assert "left: -1" in found["src/lib.rs::tests::adds"]["panic"]
    assert found["src/lib.rs::tests::adds"]["values"] == {"left": "-1", "right": "5"}
    suspects = found["src/lib.rs::tests::adds"]["suspects"]
    assert (suspects[0]["file"], suspects[0]["line"], suspects[0]["function"]) == (
        "src/lib.rs",
        2,
        "add",
    )


def test_fix_abstains_on_what_it_cannot_prove_naming_the_suspects(
    make_crate: Callable,
) -> None:
    """`add` has a template repair (`-` → `+`), `first` has none (`values[3]` on a one-element
    slice): the tree is untouched (never half a fix), and the abstention names both tests and
    the line to look at."""
    crate = make_crate({"src/lib.rs": FAILING}, name="failing")
    before = _tree(crate)
    done = _rusta("fix", "--yes", "--json", str(crate))
    assert done.returncode == 1, done.stdout + done.stderr
    summary = json.loads(done.stdout)
    assert summary["status"] == "abstain" and not summary["applied"]
    assert "Most suspicious: src/lib.rs:6 in `first`" in summary["reason"]
    names = [case["name"] for case in summary["failing_tests"]]
    assert names == ["src/lib.rs::tests::adds", "src/lib.rs::tests::firsts"]
    assert _tree(crate) == before
    plain = _rusta("fix", "--yes", str(crate))
    assert plain.returncode == 1
    assert "nothing to fix" not in plain.stdout + plain.stderr
    assert "FAILED src/lib.rs::tests::adds" in plain.stdout


def test_research_experiments_on_failing_tests(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": FAILING}, name="failing")
    before = _tree(crate)
    done = _rusta("research", str(crate))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "nothing to research" not in done.stdout
    for name in ("src/lib.rs::tests::adds", "src/lib.rs::tests::firsts"):
        assert f"failing-test test `{name}` failed" in done.stdout
    assert "failing-test/arithmetic" in done.stdout  # `a - b` → `a + b` was tried
    assert _tree(crate) == before


def test_a_test_that_passes_on_rerun_is_flaky_not_failing(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": FLAKY}, name="flaky")
    done = _rusta("check", str(crate))
    assert "flaky" in done.stdout and "tests::once_red" in done.stdout, done.stdout
    assert "FAILED" not in done.stdout
    assert done.returncode == 0


def test_libtest_failure_sections_are_parsed_per_target() -> None:
    output = """\
     Running unittests src/lib.rs (target/debug/deps/demo-1)

running 2 tests
test tests::ok ... ok
test tests::bad ... FAILED

failures:

---- tests::bad stdout ----

thread 'tests::bad' (42) panicked at src/lib.rs:9:9:
assertion `left == right` failed
  left: 1
 right: 2
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


failures:
    tests::bad

test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out

     Running tests/api.rs (target/debug/deps/api-2)

running 1 test
test bad ... FAILED

failures:

---- bad stdout ----

thread 'bad' panicked at tests/api.rs:3:5:
explicit panic
stack backtrace:
   0: rust_begin_unwind

failures:
    bad
"""
    cases = {case.name: case for case in parse_test_output(output)}
    assert cases["src/lib.rs::tests::ok"].message == ""
    bad = cases["src/lib.rs::tests::bad"]
    assert (bad.location, bad.message) == (
        "src/lib.rs:9:9",
        "assertion `left == right` failed\n  left: 1\n right: 2",
    )
    assert cases["tests/api.rs::bad"].message == "explicit panic"
    assert cases["tests/api.rs::bad"].location == "tests/api.rs:3:5"


def test_backtrace_frames_in_the_crate_are_kept_innermost_first() -> None:
    """RUST_BACKTRACE=1 frames (issue 13 localization): the crate's own (relative paths),
    closures folded into their function, std and dependency frames dropped."""
    output = """\
     Running tests/api.rs (target/debug/deps/api-0de6da0f84bbd512)

running 1 test
test ok ... FAILED

failures:

---- ok stdout ----

thread 'ok' (6649) panicked at src/stats.rs:3:17:
attempt to subtract with overflow
stack backtrace:
   0: __rustc::rust_begin_unwind
             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs:689:5
   1: core::panicking::panic_const::panic_const_sub_overflow
             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:175:17
   2: demo::stats::sum
             at ./src/stats.rs:3:17
   3: demo::total
             at ./src/lib.rs:3:5
   4: api::ok
             at ./tests/api.rs:6:22
   5: api::ok::{{closure}}
             at ./tests/api.rs:6:8
   6: core::ops::function::FnOnce::call_once
             at /rustc/5980761/library/core/src/ops/function.rs:250:5
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.

failures:
    ok
"""
    [case] = parse_test_output(output)
    assert case.message == "attempt to subtract with overflow"
    assert case.location == "src/stats.rs:3:17"
    assert [(f.function, f.file, f.line) for f in case.frames] == [
        ("demo::stats::sum", "src/stats.rs", 3),
        ("demo::total", "src/lib.rs", 3),
        ("api::ok", "tests/api.rs", 6),
    ]
