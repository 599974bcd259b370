"""The head start of `rusta fix` (issue 19): its first `cargo check` starts before the rest of
Rusta is imported, and the episode takes it. The real `rusta` executable on real crates."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from rusta.cli import headstart
from rusta.cli.fix import fix_command

RUSTA = Path(sys.executable).parent / "rusta"
MISSING_MUT = "pub fn total() -> u32 {\n    let sum = 0;\n    sum += 1;\n    sum\n}\n"


def _rusta(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *map(str, arguments)],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["fix"], "."),
        (["fix", "--yes", "crate"], "crate"),
        (["fix", "--model", "local", "-q", "crate"], "crate"),
        (["fix", "--model=local", "--json"], "."),
        (["fix", "--", "-odd-name"], "-odd-name"),
        (["fix", "--help"], None),
        (["fix", "--no-such-option", "crate"], None),
        (["fix", "a", "b"], None),
        (["fix", "--pick"], None),
        (["check", "crate"], None),
        ([], None),
    ],
)
def test_the_crate_argument_is_read_only_when_it_is_clear(
    argv: list[str], expected: str | None
) -> None:
    found = headstart.crate_argument(argv)
    assert found == (None if expected is None else Path(expected))


def test_the_head_start_knows_every_option_of_fix() -> None:
    """A new option of `rusta fix` must be taught to the head start, which otherwise stays
    off for any command line that uses it."""
    flags: set[str] = set()
    valued: set[str] = set()
    for parameter in inspect.signature(fix_command).parameters.values():
        info = parameter.default
        if not isinstance(info, typer.models.OptionInfo):
            continue
        names = {n for decl in info.param_decls for n in decl.split("/") if n.startswith("-")}
        (flags if parameter.annotation in ("bool", bool) else valued).update(names)
    assert flags == set(headstart.FLAGS)
    assert valued == set(headstart.VALUE_OPTIONS)


def test_rusta_fix_takes_the_check_started_ahead(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    crate = make_crate({"src/lib.rs": MISSING_MUT})

    done = _rusta("fix", "--yes", crate)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "let mut sum" in (crate / "src" / "lib.rs").read_text()
    (trace,) = (isolated_rusta_home / "traces").glob("*.jsonl")
    closing = json.loads(trace.read_text().splitlines()[-1])
    assert closing["kind"] == "log" and closing["status"] == "green"
    assert closing["profile"]["cargo.check.ahead.calls"] == 1  # the baseline was the head start
    assert not list((isolated_rusta_home / "sandboxes").glob("*/slot-*/"))  # copies removed


def test_a_usage_error_after_the_head_start_leaves_nothing_behind(
    make_crate: Callable[..., Path], isolated_rusta_home: Path, snapshot_tree
) -> None:
    crate = make_crate({"src/lib.rs": MISSING_MUT})
    before = snapshot_tree(crate)

    done = _rusta("fix", "--pick", "0", crate)  # --pick counts from 1: typer refuses it

    assert done.returncode == 2, done.stdout + done.stderr
    assert snapshot_tree(crate) == before
    assert not list((isolated_rusta_home / "sandboxes").glob("*/slot-*/"))
