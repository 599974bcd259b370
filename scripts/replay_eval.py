"""Run `rusta eval` into a fresh home, then `rusta trace replay` every trace it wrote.

    .venv/bin/python scripts/replay_eval.py --classes mutability,syntax [--home DIR] [--thorough]

Prints one line per trace and the identical/different counts (issue 6: replay must report
identical for every episode of one eval run). Exit 1 when any replay differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUSTA = Path(sys.executable).parent / "rusta"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classes", default="", help="Comma-separated classes (default: all).")
    parser.add_argument("--home", type=Path, default=None, help="Eval home (default: a temp dir).")
    parser.add_argument("--limit", type=int, default=None, help="At most N cases.")
    parser.add_argument("--thorough", action="store_true", help="Replay every candidate too.")
    parser.add_argument("--skip-eval", action="store_true", help="Replay an existing home only.")
    options = parser.parse_args()
    home = options.home or Path(tempfile.mkdtemp(prefix="rusta-replay-eval-"))
    if not options.skip_eval:
        started = time.monotonic()
        _eval(home, options.classes, options.limit)
        print(f"eval: {time.monotonic() - started:.0f} s, home {home}", flush=True)
    return _replay_all(home, options.thorough)


def _eval(home: Path, classes: str, limit: int | None) -> None:
    command = [str(RUSTA), "eval", "--no-baselines", "--home", str(home)]
    if classes:
        command += ["--classes", classes]
    if limit:
        command += ["--limit", str(limit)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _replay_all(home: Path, thorough: bool) -> int:
    # One file per episode; the ledger's manifest lives beside them under another suffix.
    traces = sorted(p for p in (home / "traces").glob("*.jsonl") if p.stem != "manifest")
    counts = {"identical": 0, "different": 0}
    started = time.monotonic()
    for trace in traces:
        command = [str(RUSTA), "trace", "replay", str(trace), "--home", str(home), "--json"]
        if thorough:
            command.append("--thorough")
        done = subprocess.run(command, capture_output=True, text=True)
        verdict, detail = _verdict(done)
        counts[verdict] += 1
        print(f"{verdict:<10} {trace.stem}  {detail}", flush=True)
    seconds = time.monotonic() - started
    print(
        f"\nreplayed {len(traces)} trace(s) in {seconds:.0f} s: "
        f"{counts['identical']} identical, {counts['different']} different"
    )
    return 0 if traces and counts["different"] == 0 else 1


def _verdict(done: subprocess.CompletedProcess[str]) -> tuple[str, str]:
    try:
        result = json.loads(done.stdout)
    except json.JSONDecodeError:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return "different", lines[-1] if lines else f"exit {done.returncode}"
    compared = len(result["comparisons"])
    if result["verdict"] == "identical":
        return "identical", f"{result['status']}, {compared} comparisons"
    differing = [c["name"] for c in result["comparisons"] if not c["same"]]
    return "different", f"{result['status']}: {differing + result['problems']}"


if __name__ == "__main__":
    sys.exit(main())
