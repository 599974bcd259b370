#!/usr/bin/env python3
"""`make demo`: Rusta's main job on a bundled broken crate, model-free, start to finish.

Copies examples/crates/demo (a crate with errors of several classes and tests that pin its
behaviour) to a temporary directory, shows `cargo check` failing, runs `rusta fix --yes` with
live narration, then runs `cargo test` on the result so you can see it pass.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUSTA = Path(sys.executable).parent / "rusta"


def banner(text: str) -> None:
    print(f"\n\033[1m== {text}\033[0m", flush=True)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="rusta-demo-"))
    crate = work / "inventory"
    shutil.copytree(
        ROOT / "examples" / "crates" / "demo",
        crate,
        ignore=shutil.ignore_patterns("target", "Cargo.lock"),
    )
    env = {**os.environ, "RUSTA_HOME": str(work / "home"), "CARGO_TERM_COLOR": "always"}
    banner(f"the broken crate ({crate})")
    subprocess.run([str(RUSTA), "check", str(crate)], env=env, check=False)
    banner("rusta fix --yes")
    fixed = subprocess.run([str(RUSTA), "fix", "--yes", str(crate)], env=env, check=False)
    banner("cargo test on the fixed crate")
    tests = subprocess.run(["cargo", "test", "--quiet"], cwd=crate, env=env, check=False)
    if fixed.returncode == 0 and tests.returncode == 0:
        banner(f"green: the crate compiles and its tests pass. `rusta undo {crate}` reverts it.")
        return 0
    banner("the demo did not go green")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
