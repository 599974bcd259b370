"""Validate (SPEC §2): what the tests say about a state, with reruns for flakes.

The search validates candidates; this module holds the test-running rules they share with
`check` and `fix` on an untouched crate: a failed test is re-run alone (exact libtest name), and
a test seen both passing and failing is flaky: it is reported as such, never as a failure to
repair and never as proof.
"""

from __future__ import annotations

from dataclasses import dataclass

from rusta.sandbox.slots import Slot
from rusta.types import TestCase, TestReport


@dataclass(frozen=True)
class BaselineTests:
    """The tests of the untouched crate: which fail (with their messages), which are flaky."""

    report: TestReport
    failing: tuple[TestCase, ...]  # failed on the first run and again on the rerun
    flaky: tuple[str, ...]  # failed, then passed when re-run alone

    @property
    def green(self) -> bool:
        return self.report.compiled and not self.report.timed_out and not self.failing


def libtest_name(qualified: str) -> str:
    """`tests/api.rs::parses` → `parses`, `src/lib.rs::tests::sums` → `tests::sums` (the
    name libtest matches with --exact); "" for doc tests, which cannot be run alone so."""
    target, _, name = qualified.partition(".rs::")
    return name if name and target != "doc" else ""


def baseline_tests(slot: Slot, timeout: float) -> BaselineTests:
    """Run the crate's tests once; re-run the failures alone to tell failing from flaky."""
    report = slot.test(timeout)
    failures = report.failures
    names = tuple(name for name in (libtest_name(c.name) for c in failures) if name)
    if not failures or not names or not report.compiled or report.timed_out:
        return BaselineTests(report, tuple(sorted(failures, key=lambda c: c.name)), ())
    rerun = slot.test(timeout, only=names)
    flaky = tuple(sorted(c.name for c in failures if c.name in rerun.passed))
    failing = tuple(sorted((c for c in failures if c.name not in flaky), key=lambda c: c.name))
    return BaselineTests(report, failing, flaky)
