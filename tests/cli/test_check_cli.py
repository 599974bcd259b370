"""The real `rusta` command, run as a subprocess on real crates: check, doctor, --version."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rusta import __version__
from rusta.config import SETTINGS

RUSTA = Path(sys.executable).parent / "rusta"
SETTING_NAMES = list(SETTINGS)
JSON_KEYS = {"code", "level", "message", "class", "file", "line", "column", "suggestions"}


def _environment(**extra: str) -> dict[str, str]:
    """The test's environment (RUSTA_HOME already private) without a terminal width, so the
    output is what a pipe gets."""
    environment = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    return {**environment, **extra}


def rusta(
    *arguments: str | Path, cwd: Path | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *map(str, arguments)],
        cwd=cwd,
        env=_environment(**extra),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_check_json_lists_diagnostics_with_their_classes(copy_crate: Callable[[str], Path]) -> None:
    root = copy_crate("three_classes")

    done = rusta("check", "--json", root)

    assert done.returncode == 1, done.stderr
    diagnostics = json.loads(done.stdout)
    assert all(set(d) == JSON_KEYS for d in diagnostics)
    assert sorted(
        (d["code"], d["class"], d["level"], d["file"], d["line"]) for d in diagnostics
    ) == [
        ("E0308", "type", "error", "src/lib.rs", 12),
        ("E0382", "move", "error", "src/lib.rs", 8),
        ("E0425", "unresolved", "error", "src/lib.rs", 17),
    ]
    (moved,) = [d for d in diagnostics if d["code"] == "E0382"]
    assert moved["column"] == 13 and moved["message"] == "borrow of moved value: `names`"
    assert moved["suggestions"] == [
        {
            "message": "consider cloning the value if the performance cost is acceptable",
            "applicability": "MachineApplicable",
            "edits": [
                {
                    "file": "src/lib.rs",
                    "byte_start": 167,
                    "byte_end": 167,
                    "replacement": ".clone()",
                }
            ],
        }
    ]


def test_check_json_on_a_clean_crate(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n"})

    done = rusta("check", "--json", root)

    assert (done.returncode, json.loads(done.stdout)) == (0, []), done.stderr


def test_check_clippy_on_a_crate_with_only_lints(copy_crate: Callable[[str], Path]) -> None:
    root = copy_crate("lints")

    done = rusta("check", "--json", "--clippy", root)

    assert done.returncode == 0, done.stderr  # warnings are not errors
    found = {(d["code"], d["class"], d["level"]) for d in json.loads(done.stdout)}
    assert found == {
        ("clippy::needless_return", "lint", "warning"),
        ("unused_variables", "lint", "warning"),
    }


def test_check_renders_grouped_by_class(copy_crate: Callable[[str], Path]) -> None:
    root = copy_crate("three_classes")

    done = rusta("check", root)

    assert done.returncode == 1
    assert all(name in done.stdout for name in ["move (1)", "type (1)", "unresolved (1)"])
    assert "3 error(s), 0 warning(s)" in done.stdout


def _bad_input(case: str, tmp_path: Path) -> Path:
    """A path inside tmp_path that `rusta check` must refuse."""
    if case == "nonexistent":
        return tmp_path / "no" / "such" / "crate"
    root = tmp_path / case
    (root / "src").mkdir(parents=True)
    (root / "src" / "lib.rs").write_text("pub fn one() {}\n")
    manifests = {
        "non-crate": None,
        "malformed-toml": '[package\nname = "demo"\n',
        "neither": "[dependencies]\n",
        "bad-version": '[package]\nname = "demo"\nversion = "x"\nedition = "2021"\n',
    }
    if manifests[case] is not None:
        (root / "Cargo.toml").write_text(manifests[case])
    return root


BAD_INPUTS = [
    "nonexistent",
    "non-crate",
    "malformed-toml",
    "neither",
    "bad-version",
]


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_check_refuses_bad_input_without_traceback_or_change(
    case: str, tmp_path: Path, snapshot_tree: Callable[[Path], object]
) -> None:
    path = _bad_input(case, tmp_path)
    before = snapshot_tree(tmp_path)

    done = rusta("check", "--json", path)

    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.startswith("rusta: ") and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert snapshot_tree(tmp_path) == before


def test_the_refusal_is_one_line_even_for_a_long_path(tmp_path: Path) -> None:
    path = tmp_path / ("a-directory-with-a-rather-long-name-" * 2) / "missing"

    done = rusta("check", path)

    assert done.stderr == f"rusta: {path}: no such file or directory\n"


def test_the_refusal_keeps_square_brackets(tmp_path: Path) -> None:
    path = _bad_input("neither", tmp_path)

    done = rusta("check", path, COLUMNS="500")

    assert "neither [package] nor [workspace]" in done.stderr


def test_version() -> None:
    done = rusta("--version")

    assert (done.returncode, done.stdout) == (0, f"rusta {__version__}\n")


def test_help_lists_the_commands() -> None:
    done = rusta("--help")

    assert done.returncode == 0
    assert all(command in done.stdout for command in ["check", "doctor", "fix", "undo", "eval"])


def test_an_unknown_option_is_a_usage_error() -> None:
    done = rusta("check", "--no-such-option")

    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--no-such-option" in done.stderr


@pytest.fixture(scope="module")
def doctor(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`rusta doctor CRATE` with one setting from each layer; run once for this module."""
    home = tmp_path_factory.mktemp("doctor-home")
    (home / "config.toml").write_text("probe_budget = 5\n")
    crate = tmp_path_factory.mktemp("doctor-crate")
    (crate / "Cargo.toml").write_text('[package]\nname = "demo"\nversion = "0.1.0"\n')
    (crate / ".rusta.toml").write_text("slots = 3\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RUSTA_")}
    environment = {**clean, "RUSTA_HOME": str(home), "RUSTA_K_LINES": "7", "COLUMNS": "200"}
    done = subprocess.run(
        [str(RUSTA), "doctor", str(crate)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done, home


def _table_rows(output: str) -> dict[str, list[str]]:
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.split("│")[1:-1]]
        if cells:
            rows[cells[0]] = cells[1:]
    return rows


def test_doctor_shows_the_toolchain_home_and_every_setting_with_its_layer(
    doctor: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, home = doctor

    assert done.returncode == 0, done.stderr
    rows = _table_rows(done.stdout)
    assert rows["rustc"][0].startswith("rustc ") and rows["cargo clippy"][0].startswith("clippy ")
    assert f"RUSTA_HOME: {home}" in done.stdout
    layers = {"k_lines": "env", "slots": ".rusta.toml", "probe_budget": "~/.rusta/config.toml"}
    assert {name: rows[name][1] for name in SETTING_NAMES} == {
        name: layers.get(name, "default") for name in SETTING_NAMES
    }
    assert (rows["k_lines"][0], rows["slots"][0], rows["probe_budget"][0]) == ("7", "3", "5")


def test_doctor_prints_the_source_replacement_snippet_intact(
    doctor: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, _home = doctor

    assert "[source.crates-io]" in done.stdout and "[net]" in done.stdout
