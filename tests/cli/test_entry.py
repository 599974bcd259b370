"""The installed `rusta` executable leaves through `entry._finish` (issue 19: no interpreter
teardown): its exit status, its output and what a command wrote must be exactly what an
ordinary exit would give. Real processes of the virtualenv's console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rusta.cli import entry

RUSTA = Path(sys.executable).parent / "rusta"


def _rusta(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RUSTA_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, timeout=300, check=False, env=env
    )


def test_statuses_and_output_survive_the_quick_exit(tmp_path: Path) -> None:
    version = _rusta("--version", home=tmp_path / "home")
    assert version.returncode == 0
    assert version.stdout.startswith("rusta ") and version.stdout.endswith("\n")

    usage = _rusta("no-such-command", home=tmp_path / "home")
    assert usage.returncode == 2
    assert "No such command" in usage.stderr

    missing = _rusta("fix", "--yes", str(tmp_path / "nowhere"), home=tmp_path / "home")
    assert missing.returncode == 2  # a bad path is a usage error (errors.py)
    assert missing.stderr.startswith("rusta: ") and "nowhere: no such file" in missing.stderr


def test_a_long_output_reaches_a_pipe_whole(tmp_path: Path) -> None:
    """A buffered stdout is flushed before the process ends: nothing is cut off."""
    shown = _rusta("moves", "list", "--markdown", home=tmp_path / "home")
    assert shown.returncode == 0, shown.stderr
    committed = (Path(__file__).parents[2] / "docs" / "moves.md").read_text(encoding="utf-8")
    assert shown.stdout.strip() == committed.strip()


@pytest.mark.parametrize(
    ("code", "status"), [(None, 0), (0, 0), (3, 3), (256 + 4, 4), ("a message", 1)]
)
def test_status_is_what_sys_exit_would_give(
    code: object, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry._status(code) == status
    if isinstance(code, str):
        assert capsys.readouterr().err.strip() == code
