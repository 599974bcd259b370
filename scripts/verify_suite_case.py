#!/usr/bin/env python3
"""Check that eval-suite cases are what they claim to be.

For each case directory (a crate with `case.toml` and `gold.diff`):
  1. a copy of the broken crate fails `cargo check` (or, for class "lint", `cargo clippy`
     reports at least one `clippy::` warning) with at least one of the codes in case.toml;
  2. a second copy with `gold.diff` applied (`git apply`) passes `cargo test` and, for class
     "lint", `cargo clippy` reports none of the case's lint codes.

Each copy gets its own target directory: cargo must never share one between two copies of
the same crate (its fingerprints do not depend on the crate's location).

Usage: scripts/verify_suite_case.py CASE_DIR [CASE_DIR ...]   (exit 1 if any case is wrong)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path


def run(cmd: list[str], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**__import__("os").environ, "CARGO_NET_OFFLINE": "true", "CARGO_TERM_COLOR": "never"}
    return subprocess.run(cmd, cwd=cwd, env=env, text=True, capture_output=True, timeout=timeout)


def diagnostic_codes(stdout: str) -> list[tuple[str, str, str]]:
    """(level, code, message) of every compiler message in cargo's JSON stream."""
    found = []
    for line in stdout.splitlines():
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        if record.get("reason") != "compiler-message":
            continue
        message = record["message"]
        code = (message.get("code") or {}).get("code") or ""
        found.append((message["level"], code, message["message"]))
    return found


def copy_crate(case: Path, dest: Path) -> Path:
    shutil.copytree(case, dest, ignore=shutil.ignore_patterns("target", "gold.diff", "case.toml"))
    return dest


def verify(case: Path) -> list[str]:
    problems: list[str] = []
    meta = tomllib.loads((case / "case.toml").read_text())
    wanted = set(meta["codes"])
    lint = meta["class"] == "lint"
    with tempfile.TemporaryDirectory() as tmp:
        broken = copy_crate(case, Path(tmp) / "broken")
        cmd = ["cargo", "clippy" if lint else "check", "--all-targets", "--message-format=json"]
        result = run(cmd, broken)
        messages = diagnostic_codes(result.stdout)
        codes = {code for level, code, _ in messages if level == "error" or lint}
        if lint:
            if result.returncode != 0:
                problems.append("lint case must compile (clippy exited non-zero)")
            if not wanted & codes:
                problems.append(f"clippy reported {sorted(codes)}, wanted one of {sorted(wanted)}")
        else:
            errors = [m for m in messages if m[0] == "error"]
            if result.returncode == 0 or not errors:
                problems.append("broken crate compiles: it must fail cargo check")
            elif wanted and not wanted & codes and "" not in wanted:
                problems.append(f"errors {sorted(codes)} do not include any of {sorted(wanted)}")
        fixed = copy_crate(case, Path(tmp) / "fixed")
        applied = run(["git", "apply", "--verbose", str(case.resolve() / "gold.diff")], fixed)
        if applied.returncode != 0:
            problems.append(f"gold.diff does not apply: {applied.stderr.strip()[:300]}")
            return problems
        tests = run(["cargo", "test", "--no-fail-fast"], fixed)
        if tests.returncode != 0:
            problems.append(
                f"gold fix fails cargo test:\n{tests.stdout[-800:]}{tests.stderr[-800:]}"
            )
        elif "running 0 tests" in tests.stdout and "test result: ok. 0 passed" in tests.stdout:
            passed = [ln for ln in tests.stdout.splitlines() if ln.startswith("test result")]
            if all(" 0 passed" in ln for ln in passed):
                problems.append("gold fix runs no test at all: add tests that pin the behaviour")
        if lint:
            after = diagnostic_codes(
                run(["cargo", "clippy", "--all-targets", "--message-format=json"], fixed).stdout
            )
            left = {code for _, code, _ in after} & wanted
            if left:
                problems.append(f"gold fix still has lints {sorted(left)}")
    return problems


def main(argv: list[str]) -> int:
    bad = 0
    for arg in argv:
        case = Path(arg)
        problems = verify(case)
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {case}")
        for problem in problems:
            print(f"     - {problem}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
