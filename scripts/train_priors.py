#!/usr/bin/env python3
"""Train the shipped p(green) statistics (SPEC §9) from the outcomes of eval runs.

Every validation Rusta makes is recorded per move in RUSTA_HOME/priors.json as
(successes, trials). This script runs `rusta eval` over the development sets in fresh homes
(never over examples/suite or examples/holdout: those measure calibration) and writes the
summed statistics to src/rusta/data/priors.json, which every fresh home starts from.

    .venv/bin/python scripts/train_priors.py [--suite examples/dev --suite examples/dev2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "rusta" / "data" / "priors.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", type=Path)
    args = parser.parse_args()
    suites = args.suite or [ROOT / "examples" / "dev", ROOT / "examples" / "dev2"]
    for suite in suites:
        if suite.resolve().name in {"suite", "holdout"}:
            sys.exit(f"{suite}: train on development sets only; the suite and holdout measure")
    if OUT.exists():
        OUT.unlink()  # the training runs must not start from the statistics they replace
    total: dict[str, list[float]] = {}
    for suite in suites:
        home = Path(tempfile.mkdtemp(prefix="rusta-train-"))
        rusta = Path(sys.executable).with_name("rusta")
        command = [str(rusta), "eval", "--suite", str(suite), "--home", str(home)]
        subprocess.run([*command, "--no-baselines", "--json", str(home / "eval.json")], check=True)
        for key, (successes, trials) in json.loads((home / "priors.json").read_text()).items():
            entry = total.setdefault(key, [0.0, 0.0])
            entry[0] += successes
            entry[1] += trials
    OUT.write_text(json.dumps(total, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    trials = sum(v[1] for v in total.values())
    print(f"{OUT.relative_to(ROOT)}: {len(total)} moves, {trials:.0f} trials")


if __name__ == "__main__":
    main()
