"""`Home` owns RUSTA_HOME's layout: one property per place, and nobody else spells a place.

The second test reads the source (ast): a `<something> / "traces"`-style join of a name of the
layout anywhere outside home.py is a second spelling of the layout, so it fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

from rusta.config import rusta_home
from rusta.home import Home

SOURCE = Path(__file__).resolve().parents[1] / "src" / "rusta"
LAYOUT_NAMES = {
    "config.toml",
    "traces",
    "priors.json",
    "sandboxes",
    "targets",
    "journal",
    "undo",
    "cache.sqlite",
    "index.sqlite",
    "devlogs",
    "docindex.sqlite",
    "anchors.sqlite",
    "server.sqlite",
    "token",
    "evals",
    "eval",
    "eval-reports.json",
    "verify-targets",
}
NOT_SWITCHED_YET: set[str] = set()


def test_every_place_is_its_own_path_under_the_home(tmp_path: Path) -> None:
    home = Home(tmp_path)
    places = [
        home.config_file,
        home.traces,
        home.priors,
        home.sandboxes,
        home.targets,
        home.journal,
        home.undo,
        home.cache_db,
        home.index_db,
        home.devlogs,
        home.docindex_db,
        home.anchors_db,
        home.server_db,
        home.token,
        home.eval_reports,
        home.eval_home.root,
        home.eval_job("job-1"),
    ]

    assert len(set(places)) == len(places)
    assert all(place.is_relative_to(tmp_path) for place in places)
    assert {place.relative_to(tmp_path).parts[0] for place in places} <= LAYOUT_NAMES
    assert home.trace("20260101-aa").parent == home.traces
    assert home.devlog_folder("lab").parent == home.devlogs
    assert home.slot_lock(home.targets / "demo-1" / "slot-0") == (
        home.sandboxes / "demo-1" / "slot-0.lock"
    )


def test_a_home_is_made_from_a_path_or_a_home_and_reads_as_its_path(tmp_path: Path) -> None:
    home = Home.of(tmp_path)

    assert Home.of(home) is home and Home.of(str(tmp_path)) == home
    assert Path(home) == tmp_path and str(home) == str(tmp_path)
    assert Home.default().root == rusta_home()  # RUSTA_HOME: the test's fresh home


def _spelled_places(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Div)
            and isinstance(node.right, ast.Constant)
            and node.right.value in LAYOUT_NAMES
        ):
            found.append(f"{path.relative_to(SOURCE)}:{node.lineno} / {node.right.value!r}")
    return found


def test_no_module_but_home_spells_a_place_of_the_home() -> None:
    spelled = [
        place
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "home.py" and path.relative_to(SOURCE).as_posix() not in NOT_SWITCHED_YET
        for place in _spelled_places(path)
    ]

    assert spelled == []


def test_a_relative_home_is_made_absolute_so_cargo_builds_into_it(
    tmp_path: Path, monkeypatch, make_crate
) -> None:
    """`rusta eval --home bench-out/home` once handed cargo a relative CARGO_TARGET_DIR,
    which cargo resolves inside each sandbox copy: the machine code Rusta compares was then
    looked for in the wrong place. Real cargo builds into the home's target directory."""
    from rusta.sandbox.slots import pool

    crate = make_crate({"src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n"}, name="rel")
    monkeypatch.chdir(tmp_path)
    assert Home(Path("bench-out/home")).root == tmp_path / "bench-out" / "home"
    monkeypatch.setenv("RUSTA_HOME", "relative-home")
    assert rusta_home() == tmp_path / "relative-home"
    with pool(Path("bench-out/home"), crate, 1) as [slot]:
        assert slot.target_dir.is_absolute()
        assert slot.machine_code(120.0)  # non-empty: the listing was found where cargo wrote it
    assert list((tmp_path / "bench-out" / "home").rglob("*.rmeta"))
