#!/usr/bin/env python3
"""Benchmark (issue 2): a warm re-check in a sandbox slot vs a cold `cargo check`.

On a crate with Debian-packaged dependencies (examples/crates/with-deps: serde, serde_json),
side by side in one run:
  cold   `cargo check` of a fresh copy with an empty target directory (what a tool that copies
         the crate each time pays);
  warm   Rusta's slot after its first use: a one-line edit, then `cargo check` (what every
         candidate validation pays).
Prints the medians and the ratio cold / warm.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from rusta.sandbox.slots import SandboxPool
from rusta.tools import cargo

CRATE = Path(__file__).resolve().parents[1] / "examples" / "crates" / "with-deps"
REGISTRY = Path("/usr/share/cargo/registry")


def main() -> int:
    if not any(REGISTRY.glob("serde_json-*")):
        print("bench_sandbox: Debian's serde crates are not installed (make debian-crates)")
        return 0
    work = Path(tempfile.mkdtemp(prefix="rusta-bench-"))
    cold = []
    for round_number in range(3):
        copy = work / f"cold-{round_number}"
        shutil.copytree(CRATE, copy)
        result = cargo.check(copy, work / f"cold-target-{round_number}")
        assert result.success, result.diagnostics
        cold.append(result.seconds)
    pool = SandboxPool(work / "home", CRATE)
    slot = pool.open_slots(1)[0]
    first = slot.check(600)
    warm = []
    original = slot.read("src/lib.rs")
    for round_number in range(5):
        slot.sync({"src/lib.rs": original.replace("3\n}", f"{3 + round_number + 1}\n}}", 1)})
        result = slot.check(600)
        assert result.success, result.diagnostics
        warm.append(result.seconds)
    pool.close()
    shutil.rmtree(work, ignore_errors=True)
    cold_median, warm_median = statistics.median(cold), statistics.median(warm)
    print(f"crate: {CRATE.name} (serde + serde_json from Debian's registry)")
    print(f"cold cargo check (fresh copy, empty target): median {cold_median:.2f}s  {cold}")
    print(f"slot first check: {first.seconds:.2f}s")
    print(
        f"warm re-check in a slot after a one-line edit: median {warm_median:.2f}s  "
        f"{[round(w, 2) for w in warm]}"
    )
    print(f"ratio cold / warm: {cold_median / warm_median:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
