"""Memory in the repair loop, end to end with real cargo: `rusta fix` logs an episodic DevLog,
the second fix of the same mistake comes from the episodic cache (validated first), and
`rusta log search` finds the episode. Only an applied fix is remembered as one (issue 11 #4):
the first fix is applied, then the user makes the same mistake again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rusta.config import rusta_home
from rusta.memory import devlog

RUSTA = Path(sys.executable).parent / "rusta"
MOVED = """\
pub fn total_length(words: Vec<String>) -> usize {
    let mut total = 0;
    for word in words {
        total += word.len();
    }
    total + words.len()
}

#[test]
fn counts() {
    assert_eq!(total_length(vec!["ab".to_string(), "c".to_string()]), 5);
}
"""


def rusta(*args: str) -> Any:
    done = subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, env=os.environ, timeout=300
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout) if "--json" in args else done.stdout


def test_second_fix_recalls_the_first_and_the_diary_finds_it(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate({"src/lib.rs": MOVED}, name="moved")
    first = rusta("fix", "--yes", "--json", str(crate))
    assert first["applied"]
    (crate / "src" / "lib.rs").write_text(MOVED, encoding="utf-8")  # the same mistake again
    second = rusta("fix", "--dry-run", "--json", str(crate))
    short = rusta("fix", "--dry-run", "--json", "--memory", "short", str(crate))
    assert first["status"] == second["status"] == short["status"] == "green"
    assert not any(m.startswith("memory/") for m in first["moves"])
    assert second["moves"] == [f"memory/{first['moves'][0]}"]
    assert second["tried"][0]["move"] == f"memory/{first['moves'][0]}"  # recalled: tried first
    assert not any(m.startswith("memory/") for m in short["moves"])

    hits = rusta("log", "search", "E0382", "--json")
    assert hits[0]["outcome"] == "green" and hits[0]["error_codes"] == ["E0382"]
    front, body = devlog.read(devlog.entry_path(rusta_home(), hits[0]["id"]))
    assert {"repo", "commit", "error_codes", "move", "outcome", "trace", "date", "tags"} <= set(
        front
    )
    assert front["repo"] == str(crate.resolve()) and front["outcome"] == "green"
    for section in ("Intent", "Probes", "Patch", "Validation", "Reflection"):
        assert f"## {section}" in body
    bodies = {
        devlog.read(path)[0]["trace"]: devlog.read(path)[1]
        for path in devlog.entry_files(rusta_home())
        if path.parent.name == "episodic"
    }
    assert "`project graph`" in bodies[first["trace"]]
    assert "project graph" not in bodies[short["trace"]]  # --memory short: no project memory
    stats = rusta("log", "search", "", "--type", "procedural", "--json")
    assert any(h["move"] == first["moves"][0] for h in stats)
    assert "Fixed E0382 in moved" in {h["title"] for h in rusta("log", "timeline", "--json")}
    assert "## Intent" in rusta("log", "show", hits[0]["id"])
