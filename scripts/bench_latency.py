#!/usr/bin/env python3
"""Latency benchmark (issue 19): Rusta's time-to-green against the floor and `cargo fix`.

For N single-error crates of the built-in suite (one error in the first `cargo check`,
spread over the classes), side by side in one run, each figure the median of `--runs` runs
taken in turn (floor, cargo fix, rusta, floor, ...), every run on a fresh copy of the crate
at a new path, so no target directory is warm:

  floor      `cargo check` then `cargo test` of the *fixed* crate (gold.diff applied): the
             least any tool that proves its fix can take;
  cargo fix  `cargo fix --broken-code --allow-no-vcs --allow-dirty` on the broken crate (it
             proves nothing; fixed = the crate then compiles and its tests pass);
  rusta      the whole `rusta fix --yes` process on the broken crate (interpreter start,
             imports, the episode, the commit). Each run gets a fresh copy of one RUSTA_HOME
             warmed by an untimed episode on a crate outside the measured set: its priors
             exist, as on a machine that has run Rusta before, but it has never seen the
             crate it fixes (no fix recalled from memory);
  before     with `--before-src DIR`: the same for the Rusta whose sources are DIR/src (a git
             worktree of an earlier commit), so before/after are timed side by side.

Prints one row per crate and the medians of the ratios rusta/floor and rusta/cargo fix (the
latter over the crates both fixed). Timing is whole-process wall time (`time.perf_counter`
around `subprocess.run`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "examples" / "suite"
IGNORE = shutil.ignore_patterns("target", "gold.diff", "case.toml", "Cargo.lock", "holdback")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=12, help="single-error crates (default 12)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--before-src", type=Path, help="an earlier Rusta's checkout, timed too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rusta-latency-"))
    env = {**os.environ, "CARGO_TERM_COLOR": "never"}
    env.pop("RUSTA_HOME", None)
    cases = single_error_cases(args.cases + 1)
    warm, cases = cases[-1], cases[:-1]
    rustas = {"rusta": {**env, "RUSTA_HOME": str(work / "home-rusta"), "PYTHONPATH": ""}}
    if args.before_src:
        source = str(args.before_src.resolve() / "src")
        subprocess.run([sys.executable, "-m", "compileall", "-q", source], capture_output=True)
        rustas["before"] = {**env, "RUSTA_HOME": str(work / "home-before"), "PYTHONPATH": source}
    for name, rusta_env in rustas.items():
        warm_up(warm, work / f"warm-{name}", rusta_env)
    rows = []
    for case in cases:
        row = measure(case, work, env, rustas, args.runs)
        rows.append(row)
        print(_row_text(row), flush=True)
    summary = summarize(rows)
    print(_summary_text(summary))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        figures = {"rows": [asdict(row) for row in rows], "summary": summary}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def single_error_cases(count: int) -> list[Path]:
    """Suite cases whose case.toml names one error code, round-robin over the classes."""
    by_class: dict[str, list[Path]] = {}
    for meta in sorted(SUITE.glob("*/*/case.toml")):
        data = tomllib.loads(meta.read_text(encoding="utf-8"))
        if len(data.get("codes", [])) == 1:
            by_class.setdefault(meta.parent.parent.name, []).append(meta.parent)
    chosen: list[Path] = []
    while len(chosen) < count and any(by_class.values()):
        for members in by_class.values():
            if members and len(chosen) < count:
                chosen.append(members.pop(0))
    return chosen


def warm_up(case: Path, work: Path, env: dict[str, str]) -> None:
    copy = _copy(case, work)
    subprocess.run([*_rusta(env), "fix", "--yes", str(copy)], env=env, capture_output=True)


def _rusta(env: dict[str, str]) -> list[str]:
    """The `rusta` command of the checkout `env` points PYTHONPATH at (the installed one when
    empty): its own entry point, as its console script would call it."""
    source = Path(env["PYTHONPATH"]) if env.get("PYTHONPATH") else ROOT / "src"
    entry = "entry" if (source / "rusta" / "cli" / "entry.py").exists() else "app"
    return [
        sys.executable,
        "-c",
        f"import sys; from rusta.cli.{entry} import main; sys.exit(main())",
    ]


@dataclass
class Row:
    case: str
    floor: float  # seconds: medians of the runs
    cargo_fix: float
    rusta: float
    cargo_fix_fixed: bool
    rusta_fixed: bool
    before: float | None = None  # --before-src
    before_fixed: bool | None = None


def measure(
    case: Path, work: Path, env: dict[str, str], rustas: dict[str, dict[str, str]], runs: int
) -> Row:
    times: dict[str, list[float]] = {"floor": [], "cargo_fix": [], **{n: [] for n in rustas}}
    fixed = {"cargo_fix": False, **dict.fromkeys(rustas, False)}
    for run in range(runs):
        base = work / f"{case.parent.name}-{case.name}-{run}"
        gold = _copy(case, base / "gold")
        subprocess.run(["git", "apply", str(case / "gold.diff")], cwd=gold, check=True)
        times["floor"].append(
            _timed(["cargo", "check", "-q"], gold, env) + _timed(["cargo", "test", "-q"], gold, env)
        )
        broken = _copy(case, base / "cargo-fix")
        command = ["cargo", "fix", "--broken-code", "--allow-no-vcs", "--allow-dirty", "-q"]
        times["cargo_fix"].append(_timed(command, broken, env))
        fixed["cargo_fix"] = _green(broken, env)
        for name, rusta_env in rustas.items():
            home = base / f"home-{name}"
            shutil.copytree(rusta_env["RUSTA_HOME"], home, ignore=shutil.ignore_patterns("targets"))
            broken = _copy(case, base / name)
            command = [*_rusta(rusta_env), "fix", "--yes", str(broken)]
            times[name].append(_timed(command, broken, {**rusta_env, "RUSTA_HOME": str(home)}))
            fixed[name] = _green(broken, env)
        shutil.rmtree(base, ignore_errors=True)
    medians = {tool: round(statistics.median(values), 3) for tool, values in times.items()}
    return Row(
        f"{case.parent.name}/{case.name}",
        medians["floor"],
        medians["cargo_fix"],
        medians["rusta"],
        fixed["cargo_fix"],
        fixed["rusta"],
        medians.get("before"),
        fixed.get("before"),
    )


def summarize(rows: list[Row]) -> dict[str, object]:
    to_floor = [r.rusta / r.floor for r in rows if r.rusta_fixed]
    both = [r.rusta / r.cargo_fix for r in rows if r.rusta_fixed and r.cargo_fix_fixed]
    summary: dict[str, object] = {
        "cases": len(rows),
        "rusta_fixed": sum(r.rusta_fixed for r in rows),
        "cargo_fix_fixed": sum(r.cargo_fix_fixed for r in rows),
        "rusta_p50": round(statistics.median(r.rusta for r in rows), 3),
        "floor_p50": round(statistics.median(r.floor for r in rows), 3),
        "cargo_fix_p50": round(statistics.median(r.cargo_fix for r in rows), 3),
        "ratio_to_floor_p50": round(statistics.median(to_floor), 2) if to_floor else None,
        "ratio_to_cargo_fix_p50": round(statistics.median(both), 2) if both else None,
        "both_fixed": len(both),
    }
    timed_before = [r for r in rows if r.before is not None]
    if timed_before:
        before_floor = [r.before / r.floor for r in timed_before if r.before_fixed]
        summary["before_fixed"] = sum(bool(r.before_fixed) for r in timed_before)
        summary["before_p50"] = round(statistics.median(r.before for r in timed_before), 3)
        summary["before_ratio_to_floor_p50"] = (
            round(statistics.median(before_floor), 2) if before_floor else None
        )
        summary["speedup_p50"] = round(
            statistics.median(r.before / r.rusta for r in timed_before), 2
        )
    return summary


def _copy(case: Path, destination: Path) -> Path:
    shutil.copytree(case, destination, ignore=IGNORE)
    return destination


def _timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, capture_output=True)
    return time.perf_counter() - started


def _green(crate: Path, env: dict[str, str]) -> bool:
    done = subprocess.run(["cargo", "test", "-q"], cwd=crate, env=env, capture_output=True)
    return done.returncode == 0


def _row_text(row: Row) -> str:
    marks = (
        f"rusta {'✓' if row.rusta_fixed else '·'} cargo-fix {'✓' if row.cargo_fix_fixed else '·'}"
    )
    before = "" if row.before is None else f"  before {row.before:.2f}s"
    return (
        f"{row.case:<45} floor {row.floor:.2f}s  cargo fix {row.cargo_fix:.2f}s  "
        f"rusta {row.rusta:.2f}s  ({row.rusta / row.floor:.1f}x floor){before}  {marks}"
    )


def _summary_text(summary: dict[str, object]) -> str:
    return (
        f"\n{summary['cases']} single-error crates: rusta fixed {summary['rusta_fixed']}, "
        f"cargo fix {summary['cargo_fix_fixed']}.\n"
        f"p50 rusta {summary['rusta_p50']}s, floor (check + test of the fixed crate) "
        f"{summary['floor_p50']}s; median ratio rusta/floor {summary['ratio_to_floor_p50']}x; "
        f"rusta/cargo fix {summary['ratio_to_cargo_fix_p50'] or '–'}x on the "
        f"{summary['both_fixed']} both fixed."
        + (
            f"\nbefore (--before-src): fixed {summary['before_fixed']}, p50 "
            f"{summary['before_p50']}s, median ratio to the floor "
            f"{summary['before_ratio_to_floor_p50']}x; median speed-up {summary['speedup_p50']}x."
            if "before_p50" in summary
            else ""
        )
    )


if __name__ == "__main__":
    sys.exit(main())
