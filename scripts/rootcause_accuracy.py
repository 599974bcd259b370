#!/usr/bin/env python3
"""How well Rusta's root-cause grouping (issue 20) matches the causes a reader names.

For each case directory whose `case.toml` lists `causes` (`kind:subject`, e.g.
`signature:parse_entry`, `fields:Invoice`, `single:E0596` for an error that is its own
cause), a copy of the broken crate is checked and its errors grouped by
`rusta.knowledge.rootcause.group`. An error is assigned to the right cause when its group's
`kind:subject` is one of the listed causes (for `single:` causes: as many single groups of
that code as listed). Prints one line per case and the totals.

Usage: scripts/rootcause_accuracy.py DIR   (the cases are DIR/<class>/<case>/)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from rusta.knowledge.rootcause import Cause, group
from rusta.knowledge.symbols import build_index
from rusta.tools.diagnostics import parse_cargo_stream
from rusta.tools.run import run


def causes_of(crate: Path) -> tuple[list[Cause], int]:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / crate.name
        shutil.copytree(crate, copy, ignore=shutil.ignore_patterns("target", "gold.diff"))
        done = run(["cargo", "check", "--all-targets", "--message-format=json"], copy)
        errors = [d for d in parse_cargo_stream(done.stdout) if d.is_error]
        files = sorted(str(p.relative_to(copy)) for p in copy.rglob("*.rs"))

        def read(name: str) -> str:
            return (copy / name).read_text(encoding="utf-8")

        return group(errors, read, build_index(files, read)), len(errors)


def right(causes: list[Cause], wanted: list[str]) -> int:
    names = [f"{c.kind}:{c.subject}" for c in causes]
    return sum(
        c.sites
        for c, name in zip(causes, names, strict=True)
        if name in wanted and (c.kind != "single" or names.count(name) == wanted.count(name))
    )


def main(root: Path) -> int:
    total = correct = exact = cases = 0
    for manifest in sorted(root.glob("*/*/case.toml")):
        wanted = tomllib.loads(manifest.read_text(encoding="utf-8")).get("causes")
        if not wanted:
            continue
        causes, errors = causes_of(manifest.parent)
        names = sorted(f"{c.kind}:{c.subject}" for c in causes)
        good = right(causes, wanted)
        total, correct, cases = total + errors, correct + good, cases + 1
        exact += names == sorted(wanted)
        print(f"{manifest.parent.relative_to(root)}: {good}/{errors} right; {names}")
    print(f"errors assigned to the right cause: {correct}/{total}; cases exact: {exact}/{cases}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
