"""A DevLog writer killed mid-way (a real process, SIGKILL) leaves no half entry, and the
index is consistent after the next start."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rusta.memory import devlog, index

CHILD = Path(__file__).with_name("memory_crash_child.py")


def kill_writer(home: Path, where: str) -> None:
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(home), where], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "hanging"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize(("where", "entries"), [("temp", 3), ("index", 4)])
def test_killed_writer_leaves_whole_entries_and_a_consistent_index(
    tmp_path: Path, where: str, entries: int
) -> None:
    home = tmp_path / "home"
    kill_writer(home, where)
    files = devlog.entry_files(home)
    assert len(files) == entries  # the 4th entry exists only if its rename happened
    for path in files:
        front, body = devlog.read(path)
        assert front["type"] == "episodic" and body.rstrip().endswith(("body", "one"))
    connection = sqlite3.connect(index.index_path(home))
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert len(index.search(home, "entry")) == entries  # the restart's sync catches up
    synced = index.dump(home)
    index.rebuild(home)
    assert index.dump(home) == synced
