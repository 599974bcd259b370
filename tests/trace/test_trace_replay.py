"""`rusta trace replay`: real episodes on a real crate, replayed in a sandbox by real cargo.

One applied green episode is recorded per module (cargo is the slow part); each test replays
it, or a copy of its trace altered the way a drifted record or a changed tree would be.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rusta.cli.app import app
from rusta.config import Settings
from rusta.errors import TraceError
from rusta.loop.episode import run_episode
from rusta.loop.replay import replay
from rusta.types import Outcome

MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
# E0382 in one function, E0384 (a missing `mut`) in another: two independent causes, fixed
# side by side and combined into one step (issue 20).
SOURCE = """\
pub fn total_length(words: Vec<String>) -> usize {
    let mut total = 0;
    for word in words {
        total += word.len();
    }
    total + words.len()
}

pub fn count_up(n: u32) -> u32 {
    let total = 0;
    for i in 0..n {
        total += i;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_letters_and_words() {
        assert_eq!(total_length(vec!["ab".to_string(), "c".to_string()]), 5);
    }

    #[test]
    fn counts_up() {
        assert_eq!(count_up(4), 6);
    }
}
"""
SETTINGS = Settings(clippy=False)


class Recorded:
    def __init__(self, crate: Path, home: Path, outcome: Outcome) -> None:
        self.crate, self.home, self.outcome = crate, home, outcome
        self.trace = home / "traces" / f"{outcome.trace_id}.jsonl"

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.trace.read_text().splitlines()]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    crate = tmp_path_factory.mktemp("crate") / "twoerrors"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(MANIFEST.format(name="twoerrors"))
    (crate / "src" / "lib.rs").write_text(SOURCE)
    home = tmp_path_factory.mktemp("home")
    outcome = run_episode(crate, SETTINGS, home)
    assert outcome.status == "green" and outcome.applied and len(outcome.steps) >= 1
    return Recorded(crate, home, outcome)


def write_trace(path: Path, events: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in events))
    return path


def test_an_applied_episode_replays_identically_step_by_step(recorded: Recorded) -> None:
    applied = (recorded.crate / "src" / "lib.rs").read_text()

    result = replay(recorded.trace, recorded.home, SETTINGS, k_lines=20, thorough=True)

    assert result.verdict == "identical", result.to_json()
    names = [c.name for c in result.comparisons]
    moves = [step.candidate.move for step in recorded.outcome.steps]
    assert "+" in moves[0]  # both causes' winners, validated together
    assert names[: 1 + len(moves)] == [
        "baseline problems",
        *(f"step {i} {move}: problems after" for i, move in enumerate(moves, 1)),
    ]
    assert names[-2:] == ["final problems", "tests passing"]
    assert result.comparisons[-1].replayed.count("src/lib.rs::tests::") == 2
    assert (recorded.crate / "src" / "lib.rs").read_text() == applied  # the tree is untouched


def test_the_cli_replays_by_trace_id(recorded: Recorded) -> None:
    runner = CliRunner()

    done = runner.invoke(
        app, ["trace", "replay", recorded.outcome.trace_id, "--home", str(recorded.home), "--json"]
    )

    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["verdict"] == "identical"


def test_a_record_that_disagrees_with_cargo_is_different(
    recorded: Recorded, tmp_path: Path
) -> None:
    events = recorded.events()
    for event in events:
        if event["kind"] == "decide":
            event["baseline"] = event["baseline"][:1]
        if event["kind"] == "reflect" and event.get("outcome") == "green":
            event["tests_passed"] = ["src/lib.rs::tests::a_test_that_never_existed"]
    trace = write_trace(tmp_path / "drifted.jsonl", events)

    result = replay(trace, recorded.home, SETTINGS, k_lines=20)

    assert result.verdict == "different"
    assert [c.name for c in result.comparisons if not c.same] == [
        "baseline problems",
        "tests passing",
    ]


def test_a_tree_changed_since_the_episode_cannot_be_rebuilt(
    recorded: Recorded, tmp_path: Path
) -> None:
    crate = Path(shutil.copytree(recorded.crate, tmp_path / "twoerrors"))
    (crate / "src" / "lib.rs").write_text("pub fn edited_since() {}\n")
    events = recorded.events()
    events[0]["root"] = str(crate)
    trace = write_trace(tmp_path / "moved.jsonl", events)

    result = replay(trace, recorded.home, SETTINGS, k_lines=20)

    assert result.verdict == "different" and result.comparisons == ()
    assert result.problems == ("src/lib.rs changed since the episode; its recorded state is gone",)


def test_an_invalid_trace_or_a_missing_crate_is_a_clear_error(
    recorded: Recorded, tmp_path: Path
) -> None:
    events = recorded.events()
    invalid = write_trace(tmp_path / "invalid.jsonl", events[1:])
    events[0]["root"] = str(tmp_path / "gone")
    gone = write_trace(tmp_path / "gone.jsonl", events)

    with pytest.raises(TraceError, match=r"invalid\.jsonl is not a valid trace: line 1"):
        replay(invalid, recorded.home, SETTINGS, k_lines=20)
    with pytest.raises(TraceError, match="is not there any more"):
        replay(gone, recorded.home, SETTINGS, k_lines=20)
