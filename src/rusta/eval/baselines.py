"""The tools a Rust developer would otherwise use, run on the same cases in the same run:
`cargo fix --broken-code` and `cargo clippy --fix --broken-code` (SPEC §11).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from rusta.tools.crate import rust_files
from rusta.tools.run import run

COMMANDS = {
    "cargo fix": [
        "cargo",
        "fix",
        "--broken-code",
        "--allow-no-vcs",
        "--allow-dirty",
        "--all-targets",
    ],
    "cargo clippy --fix": [
        "cargo",
        "clippy",
        "--fix",
        "--broken-code",
        "--allow-no-vcs",
        "--allow-dirty",
        "--all-targets",
    ],
}


@dataclass(frozen=True)
class BaselineRun:
    tool: str
    seconds: float
    changed: bool


def run_baseline(tool: str, crate: Path, target_dir: Path, timeout: float = 300.0) -> BaselineRun:
    before = _snapshot(crate)
    started = time.monotonic()
    run(COMMANDS[tool], crate, timeout=timeout, env={"CARGO_TARGET_DIR": str(target_dir)})
    return BaselineRun(tool, time.monotonic() - started, _snapshot(crate) != before)


def _snapshot(crate: Path) -> dict[str, bytes]:
    return {name: (crate / name).read_bytes() for name in rust_files(crate)}
