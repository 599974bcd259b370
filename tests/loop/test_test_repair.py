"""Failing tests are problems too (issue 13): Rusta localizes a failing test and repairs the
code it runs, proven by the whole suite, and never by editing a test. Real cargo on real
crates in temporary directories, a real git repository for the commit footer.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from rusta.config import Settings
from rusta.knowledge.localize import localize
from rusta.loop.episode import run_episode
from rusta.proposers.context import ProposalContext, candidate
from rusta.tools import cargo
from rusta.types import TEST_FAILURE_CODE, Candidate, Diagnostic, Status, TextEdit

PRICING = """\
pub mod tiers;

/// The price of `count` items at `unit` cents, with the tier discount applied.
pub fn price(unit: u32, count: u32) -> u32 {
    let gross = unit * count;
    gross - tiers::discount(gross)
}
"""

TIERS = """\
/// Orders of 1000 cents or more get 10% off.
pub fn discount(gross: u32) -> u32 {
    if gross > 1000 {
        gross / 10
    } else {
        0
    }
}
"""

TESTS = """\
use pricing::price;

#[test]
fn small_orders_pay_full_price() {
    assert_eq!(price(100, 3), 300);
}

#[test]
fn the_discount_starts_at_a_thousand() {
    assert_eq!(price(500, 2), 900);
}

#[test]
fn big_orders_get_ten_percent_off() {
    assert_eq!(price(1000, 3), 2700);
}
"""

SETTINGS = Settings(slots=2, alternatives=0)


def _pricing(git_crate: Callable[..., Path]) -> Path:
    return git_crate(
        {"src/lib.rs": PRICING, "src/tiers.rs": TIERS, "tests/orders.rs": TESTS}, name="pricing"
    )


def test_a_boundary_bug_is_localized_repaired_and_committed_as_a_behaviour_change(
    git_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    crate = _pricing(git_crate)
    tests_before = (crate / "tests/orders.rs").read_bytes()
    outcome = run_episode(crate, SETTINGS, isolated_rusta_home)
    assert outcome.status == Status.GREEN and outcome.applied, outcome.reason
    assert "if gross >= 1000 {" in (crate / "src/tiers.rs").read_text()
    assert (crate / "tests/orders.rs").read_bytes() == tests_before  # tests are never edited
    assert outcome.repaired_tests == ("tests/orders.rs::the_discount_starts_at_a_thousand",)
    assert outcome.confidence <= 0.8  # a test repair is calibrated apart (tests are its spec)
    message = subprocess.run(
        ["git", "log", "-1", "--format=%B"], cwd=crate, capture_output=True, text=True, check=True
    ).stdout
    assert "Rusta-Behaviour-Change: yes" in message
    assert "Rusta-Repaired-Tests: tests/orders.rs::the_discount_starts_at_a_thousand" in message
    report = cargo.test(crate, crate / "target")
    assert report.compiled and not report.failed and len(report.passed) == 3


def test_localization_points_at_the_called_function_and_fences_the_tests(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate(
        {"src/lib.rs": PRICING, "src/tiers.rs": TIERS, "tests/orders.rs": TESTS}, name="pricing"
    )
    report = cargo.test(crate, crate / "target")
    files = ["src/lib.rs", "src/tiers.rs", "tests/orders.rs"]

    def read(name: str) -> str:
        return (crate / name).read_text()

    found = localize(report.failures, sorted(report.passed), files, read)
    assert [f.name for f in report.failures] == [
        "tests/orders.rs::the_discount_starts_at_a_thousand"
    ]
    top5 = [(s.file, s.line) for s in found.suspects[:5]]
    assert ("src/tiers.rs", 3) in top5  # the comparison the gold fix changes
    assert all(not s.file.startswith("tests/") for s in found.suspects)
    assert found.in_scope("src/tiers.rs", 3) and found.in_scope("src/lib.rs", 5)
    assert found.is_test_code("tests/orders.rs", 9)
    assert not found.in_scope("src/lib.rs", 1)  # `pub mod tiers;` is on no call path


class EditTheTest:
    """Proposes what a careless tool would: change the assertion to what the code returns."""

    name = "moves"
    tier = 0

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        if diagnostic.code != TEST_FAILURE_CODE:
            return
        text = context.text("tests/orders.rs")
        start = text.encode().index(b"900")
        edit = TextEdit("tests/orders.rs", start, start + 3, "1000")
        yield candidate("failing-test/edit-the-test", "expect 1000", [edit], 0.9, diagnostic)


def test_a_patch_that_edits_a_test_is_never_green(
    git_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    crate = _pricing(git_crate)
    before = {p: p.read_bytes() for p in crate.rglob("*.rs")}
    outcome = run_episode(crate, SETTINGS, isolated_rusta_home, proposers=[EditTheTest()])
    assert outcome.status == Status.ABSTAIN and not outcome.applied
    assert {p: p.read_bytes() for p in crate.rglob("*.rs")} == before
    assert any("edits test code" in said for _, said in outcome.tried), outcome.tried
    # the abstention still says where to look
    assert "src/tiers.rs:3" in outcome.reason
    assert [c.name for c in outcome.failing_tests] == [
        "tests/orders.rs::the_discount_starts_at_a_thousand"
    ]


CLAMP = """\
pub fn clamp_percent(value: i32) -> i32 {
    if value > 100 {
        100
    } else if value < 0 {
        0
    } else {
        value
    }
}

pub fn is_full(value: i32) -> bool {
    clamp_percent(value) > 100
}
"""

CLAMP_TESTS = """\
#[test]
fn full_at_a_hundred() {
    assert!(demo::is_full(100));
}

#[test]
fn clamps_high_values() {
    assert_eq!(demo::clamp_percent(150), 100);
}

#[test]
fn keeps_values_in_range() {
    assert_eq!(demo::clamp_percent(42), 42);
}
"""


def test_the_spectrum_ranks_what_only_failing_tests_reach_first(
    git_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    """The failing test reaches `is_full` and `clamp_percent`; the passing tests reach only
    `clamp_percent`, so `is_full` is the more suspicious (Ochiai 1.0 against 0.58) and its
    comparison is repaired; every test that passed still passes."""
    crate = git_crate({"src/lib.rs": CLAMP, "tests/percent.rs": CLAMP_TESTS})
    outcome = run_episode(crate, SETTINGS, isolated_rusta_home)
    assert outcome.status == Status.GREEN, outcome.reason
    assert "-    clamp_percent(value) > 100" in outcome.diff
    report = cargo.test(crate, crate / "target")
    assert not report.failed and len(report.passed) == 3
