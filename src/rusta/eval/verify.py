"""Independent verification of a crate after a tool touched it: compiles? tests pass? lints?

The verdict does not trust the tool's own report: it checks a copy's state with a fresh
target directory of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rusta.tools import cargo


@dataclass(frozen=True)
class State:
    compiles: bool
    tests_pass: bool
    lints_left: int
    errors: int


def verify(
    crate: Path, target_dir: Path, lint_codes: tuple[str, ...] = (), timeout: float = 300.0
) -> State:
    checked = cargo.check(crate, target_dir, timeout=timeout, clippy=bool(lint_codes))
    errors = len(checked.errors)
    lints = sum(1 for d in checked.diagnostics if d.code in lint_codes)
    if errors:
        return State(False, False, lints, errors)
    report = cargo.test(crate, target_dir, timeout=timeout)
    tests_pass = report.compiled and not report.timed_out and not report.failed
    return State(True, tests_pass, lints, 0)
