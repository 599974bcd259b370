"""Every third-party import is declared where its room may need it (scripts/check_imports.py).

`click` was once imported by the CLI but only arrived through uvicorn (the `server` extra): the
base install, a new user's first `make demo`, failed with ModuleNotFoundError. This test fails on
any import of a package pyproject.toml does not declare for the importing room.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_imports", ROOT / "scripts" / "check_imports.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_imports"] = module
    spec.loader.exec_module(module)
    return module


def test_every_third_party_import_is_declared() -> None:
    assert _checker().static_problems() == []


def test_an_undeclared_import_is_caught(tmp_path: Path) -> None:
    """The check itself works: a pyproject without click flags the CLI's `import click`."""
    checker = _checker()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"click>=' in pyproject
    (tmp_path / "pyproject.toml").write_text(
        "\n".join(line for line in pyproject.splitlines() if '"click>=' not in line),
        encoding="utf-8",
    )
    problems = checker.static_problems(tmp_path / "pyproject.toml")
    assert any("imports click" in p and "cli" in p for p in problems), problems


def test_the_lock_pins_every_declared_dependency() -> None:
    """constraints.txt (make lock) pins each dependency pyproject.toml declares."""
    checker = _checker()
    base, extras = checker.declared()
    pinned = {
        checker.requirement_name(line)
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    wanted = base | set().union(*extras.values())
    assert wanted - pinned == set()
