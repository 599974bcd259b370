"""Research Mode: every hypothesis tried in a sandbox, one LabLog each, the tree untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rusta.knowledge.research import LabRecord, summarize
from rusta.memory import devlog

MOVED = """pub fn total(words: Vec<String>) -> usize {
    words.len()
}

pub fn run() -> usize {
    let words = vec![String::from("a")];
    let n = total(words);
    n + words.len()
}
"""


def test_research_logs_each_experiment_and_never_touches_the_tree(
    rusta_cli, make_crate: Callable[..., Path], snapshot_tree, isolated_rusta_home: Path
) -> None:
    crate = make_crate({"src/lib.rs": MOVED})
    before = snapshot_tree(crate)

    done = rusta_cli("research", str(crate), "--budget", "2")

    logs = sorted((isolated_rusta_home / "devlogs" / "lab").glob("*.md"))
    fronts = [devlog.read(path)[0] for path in logs]
    assert done.returncode == 0, done.stdout + done.stderr
    assert snapshot_tree(crate) == before
    assert 1 <= len(logs) <= 2
    assert any(front["outcome"] == "fixed" for front in fronts)
    assert all(front["error_codes"] == ["E0382"] for front in fronts)
    assert "What worked" in done.stdout
    assert (isolated_rusta_home / "priors.json").is_file()  # outcomes feed the moves' priors


def test_summary_puts_the_moves_that_worked_first() -> None:
    def record(move: str, outcome: str) -> LabRecord:
        return LabRecord("E0382 x", "E0382", move, "", "", outcome, 0.5, 0.5)

    rows = summarize([record("a", "no progress"), record("b", "fixed"), record("b", "fixed")])

    assert rows == [("b", 2, 2), ("a", 1, 0)]
