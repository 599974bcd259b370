"""Decide can Ask (issue 12 #2): when two proven fixes behave differently, Rusta asks instead
of guessing; when they only say the same thing differently, it picks one and offers the rest.

The case: `width * depth` of two `u32`s returned as `u64`. Casting the product (`as u64`,
`.into()`) multiplies in `u32` first and overflows there; widening both operands does not.
Both pass the crate's test, so the tests cannot say which one the developer meant: the two
compile to different machine code, and Rusta asks. Real cargo, real crates, the real CLI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

RUSTA = Path(sys.executable).parent / "rusta"

TILES = """\
/// A floor plan measured in tiles.
pub struct Room {
    pub width: u32,
    pub depth: u32,
}

impl Room {
    /// How many tiles cover the floor.
    pub fn tiles(&self) -> u64 {
        self.width * self.depth
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_room() {
        let room = Room { width: 3, depth: 4 };
        assert_eq!(room.tiles(), 12);
    }
}
"""

# The same mismatch on a plain field: `as u64`, `.into()` and `u64::from` all widen the same
# `u32` and compile to the same code, so there is nothing to ask.
METER = TILES.replace("self.width * self.depth", "self.width").replace("12", "3")


def _rusta(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), "fix", *args], capture_output=True, text=True, timeout=600, input=input
    )


def _git_status(root: Path) -> str:
    done = subprocess.run(["git", "status", "--porcelain"], cwd=root, capture_output=True)
    return done.stdout.decode()


def test_two_proven_fixes_that_behave_differently_are_asked_about(
    git_crate: Callable[..., Path],
) -> None:
    root = git_crate({"src/lib.rs": TILES}, name="tiles")
    done = _rusta(str(root), "--json")
    assert done.returncode == 1, done.stderr  # asked, nothing applied
    result = json.loads(done.stdout)
    assert result["status"] == "ask"
    assert result["applied"] is False
    assert (root / "src/lib.rs").read_text() == TILES and _git_status(root) == ""
    [question] = result["questions"]
    assert "src/lib.rs:10" in question["text"]
    moves = [option["move"] for option in question["options"]]
    assert len(moves) == 2 and "E0308/widen-operands" in moves
    widen = moves.index("E0308/widen-operands") + 1
    cast = 3 - widen
    # the cast of the product: one of the ways of saying it is asked about, the rest listed
    assert "u64::from(self.width) * u64::from(self.depth)" in question["options"][widen - 1]["diff"]
    assert all(option["tests"] == 1 for option in question["options"])  # each one is proven
    assert "self.width * self.depth" in question["options"][cast - 1]["diff"]

    done = _rusta(str(root), "--answer", str(widen), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    answered = json.loads(done.stdout)
    assert answered["status"] == "green" and answered["applied"] is True
    assert "u64::from(self.width) * u64::from(self.depth)" in (root / "src/lib.rs").read_text()
    log = subprocess.run(["git", "log", "--format=%B", "-1"], cwd=root, capture_output=True)
    assert "Rusta-Trace" in log.stdout.decode()

    # the answered episode replays: the tree holds the answer, which replay can undo
    for trace in (result["trace"], answered["trace"]):
        replayed = subprocess.run(
            [str(RUSTA), "trace", "replay", trace, "--json"], capture_output=True, text=True
        )
        verdict = json.loads(replayed.stdout)
        assert verdict["verdict"] == "identical", verdict


def test_the_question_is_answered_at_the_prompt(git_crate: Callable[..., Path]) -> None:
    root = git_crate({"src/lib.rs": TILES}, name="tiles")
    done = _rusta(str(root), "--quiet", input="n\n")
    assert done.returncode == 1
    assert "Question" in done.stdout and "recommended" in done.stdout
    assert "No answer: nothing was changed." in done.stdout
    assert (root / "src/lib.rs").read_text() == TILES

    done = _rusta(str(root), "--quiet", input="1\n")
    assert done.returncode == 0, done.stdout
    assert (root / "src/lib.rs").read_text() != TILES
    assert "self.width" in (root / "src/lib.rs").read_text()


def test_fixes_with_the_same_machine_code_are_not_asked_about(
    git_crate: Callable[..., Path],
) -> None:
    root = git_crate({"src/lib.rs": METER}, name="meter")
    done = _rusta(str(root), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "green" and result["applied"] is True
    assert result["questions"] == []
    assert len(result["alternatives"]) >= 1  # the other spellings stay on offer
