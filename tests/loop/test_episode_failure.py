"""An episode that a bug ends still ends properly (issue 12 #1): `open_episode` writes the
DevLog entry and the trace's closing event whatever was raised, the exception propagates
(a bug in Rusta is an exception), and the user's tree is untouched. Real cargo, a real crate;
the failing proposer is the one fake, standing for a bug anywhere in the search.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rusta.config import Settings
from rusta.home import Home
from rusta.loop.episode import run_episode
from rusta.types import Candidate, Diagnostic

BROKEN = """\
pub fn total(values: &[u32]) -> u32 {
    let sum = 0;
    for value in values {
        sum += value;
    }
    sum
}
"""


class ExplodingProposer:
    """Raises on its first diagnostic, as a bug in a proposer would, mid-search."""

    name = "moves"
    tier = 0

    def propose(self, context: object, diagnostic: Diagnostic) -> Iterator[Candidate]:
        raise RuntimeError("a bug in a proposer")
        yield  # a generator, like every proposer


def test_an_unexpected_exception_still_writes_the_devlog_and_closes_the_trace(
    git_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    root = git_crate({"src/lib.rs": BROKEN})
    before = (root / "src/lib.rs").read_bytes()
    home = isolated_rusta_home
    with pytest.raises(RuntimeError, match="a bug in a proposer"):
        run_episode(root, Settings(), home, proposers=[ExplodingProposer()])

    assert (root / "src/lib.rs").read_bytes() == before
    status = subprocess.run(["git", "status", "--porcelain"], cwd=root, capture_output=True)
    assert status.stdout == b""

    [trace] = list(Home.of(home).traces.glob("*.jsonl"))
    events = [json.loads(line) for line in trace.read_text().splitlines()]
    kinds = [event["kind"] for event in events]
    assert kinds[0] == "intake" and kinds[-1] == "log"
    assert events[-1]["status"] == "error"
    assert "decide" in kinds  # it got as far as the search

    entries = list(Home.of(home).devlog_folder("episodic").glob("*.md"))
    assert len(entries) == 1, "no episodic DevLog entry was written"
    text = entries[0].read_text(encoding="utf-8")
    assert events[0]["trace"] in text
    assert "RuntimeError: a bug in a proposer" in text  # the entry says what happened
    sandboxes = Home.of(home).sandboxes
    assert not list(sandboxes.glob("*/slot-*/src"))  # the slot copies are gone
