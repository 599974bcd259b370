"""`cargo rusta ...` (issue 11 #10): cargo finds `cargo-rusta` on PATH and runs it as
`cargo-rusta rusta ARGS...`; the entry point drops its own name and runs `rusta ARGS...`.
Real cargo, with the virtualenv's bin directory first on PATH as an activated venv has it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
MISSING_MUT = "pub fn total() -> u32 {\n    let sum = 0;\n    sum += 1;\n    sum\n}\n"


def _cargo(*args: str) -> subprocess.CompletedProcess[str]:
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo is not installed")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "COLUMNS": "200"}
    return subprocess.run(
        [cargo, *args], capture_output=True, text=True, timeout=300, check=False, env=env
    )


def test_cargo_lists_rusta_and_cargo_rusta_help_is_rustas() -> None:
    listed = _cargo("--list")
    assert any(line.split() == ["rusta"] for line in listed.stdout.splitlines()), listed.stdout

    done = _cargo("rusta", "--help")

    assert done.returncode == 0, done.stderr
    assert "Usage: cargo rusta [OPTIONS] COMMAND" in done.stdout
    assert "check" in done.stdout and "fix" in done.stdout and "gc" in done.stdout


def test_cargo_rusta_check_diagnoses_a_crate(make_crate: Callable[..., Path]) -> None:
    crate = make_crate({"src/lib.rs": MISSING_MUT}, "cargosub")

    done = _cargo("rusta", "check", str(crate))

    assert done.returncode == 1, done.stdout + done.stderr
    assert "error[E0384]" in done.stdout and "src/lib.rs:3" in done.stdout
    assert sorted(p.name for p in crate.iterdir()) == ["Cargo.toml", "src"]


def test_cargo_rusta_version_and_a_usage_error_keep_their_exit_codes() -> None:
    version = _cargo("rusta", "--version")
    assert version.returncode == 0 and version.stdout.startswith("rusta ")

    wrong = _cargo("rusta", "no-such-command")
    assert wrong.returncode == 2 and "no-such-command" in wrong.stderr
