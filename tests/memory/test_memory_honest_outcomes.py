"""Memory records outcomes as they happened (issue 11 #4), with real cargo on a real git repo,
through the CLI as a user runs it:

- a dry run's proven fix is not a win and not a cached fix: the next run does not recall it
  (a recalled fix carries a 0.99 prior, which is how one dry run raised the next run's
  confidence to 1.00), its DevLog says "dry run", names no commit, and the move counts it as
  `found`, not `won`;
- `rusta fix` answered "yes" applies the dry run's fix: now the entry says applied and names
  Rusta's commit, the move wins, and the fix is cached;
- `rusta undo` marks the entry undone, takes the win back (`undone`), counts one failure
  against the move's p(green) and forgets the cached fix.

The p(green) statistics of sandbox validations are kept for dry runs too: a candidate proven
green (or red) in a sandbox is evidence whether or not the user applies it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rusta.config import rusta_home
from rusta.memory import devlog
from rusta.memory.cache import EpisodicCache

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


def rusta(*args: str | Path, answer: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(RUSTA), *map(str, args)],
        capture_output=True,
        text=True,
        input=answer,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done


def fix_json(*args: str | Path) -> dict[str, Any]:
    return json.loads(rusta("fix", "--json", *args).stdout)


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def entry(trace: str) -> dict[str, Any]:
    for path in devlog.entry_files(rusta_home()):
        front, body = devlog.read(path)
        if path.parent.name == "episodic" and front.get("trace") == trace:
            return {**front, "body": body}
    raise AssertionError(f"no episodic entry for {trace}")


def stats(move: str) -> dict[str, int]:
    for path in devlog.entry_files(rusta_home()):
        front = devlog.read(path)[0]
        if path.parent.name == "procedural" and front.get("move") == move:
            return dict(front["stats"])
    raise AssertionError(f"no statistics for {move}")


def priors(move: str) -> list[float]:
    return json.loads((rusta_home() / "priors.json").read_text(encoding="utf-8"))[move]


def test_dry_runs_are_not_wins_applying_one_is_and_an_undo_takes_it_back(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate({"src/lib.rs": MOVED}, name="honest")
    git(crate, "init", "-q")
    git(crate, "config", "user.name", "Ada Lovelace")
    git(crate, "config", "user.email", "ada@example.org")
    git(crate, "add", "-A")
    git(crate, "commit", "-q", "-m", "user work")
    head = git(crate, "rev-parse", "HEAD")

    dry = fix_json("--dry-run", crate)
    again = fix_json("--dry-run", crate)

    assert dry["status"] == again["status"] == "green" and not dry["applied"]
    move = dry["moves"][0]
    assert not any(m.startswith("memory/") for m in again["moves"]), "a dry run was recalled"
    assert EpisodicCache(rusta_home()).count() == 0
    found = entry(dry["trace"])
    assert found["state"] == "dry-run" and found["applied"] is False
    assert found["title"] == "Found a fix for E0382 in honest (dry run, not applied)"
    assert (found["commit"], found["head"]) == ("", head)
    assert "Dry run: proven, not applied" in found["body"]
    assert stats(move)["won"] == 0 and stats(move)["found"] == 2
    validated = priors(move)
    assert validated[1] >= 2  # the sandbox validations are evidence, dry run or not

    asked = rusta("fix", crate, answer="y\n")  # the question `rusta fix` asks before applying

    commit = git(crate, "rev-parse", "HEAD")
    assert commit != head and git(crate, "status", "--porcelain") == ""
    trace = git(crate, "log", "-1", "--format=%(trailers:key=Rusta-Trace,valueonly)")
    applied = entry(trace)
    assert applied["state"] == "applied" and applied["applied"] is True, asked.stdout
    assert applied["title"] == "Fixed E0382 in honest"
    assert (applied["commit"], applied["head"]) == (commit, head)
    assert f"as commit {commit[:12]}" in applied["body"]
    assert stats(move)["won"] == 1 and stats(move)["found"] == 2
    assert EpisodicCache(rusta_home()).count() == 1
    before_undo = priors(move)

    undone = rusta("undo", crate)

    assert undone.returncode == 0, undone.stderr
    assert git(crate, "rev-parse", "HEAD") == head
    reverted = entry(trace)
    assert reverted["state"] == "undone" and reverted["title"] == "Undid the fix of E0382 in honest"
    assert "Undone by `rusta undo`" in reverted["body"]
    assert stats(move)["won"] == 0 and stats(move)["undone"] == 1
    after_undo = priors(move)
    assert after_undo == [before_undo[0], before_undo[1] + 1]  # one more trial, no success
    assert EpisodicCache(rusta_home()).count() == 0

    recalled = fix_json("--dry-run", crate)
    assert not any(m.startswith("memory/") for m in recalled["moves"]), "an undone fix came back"
