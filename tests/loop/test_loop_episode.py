"""The conductor, end to end: real cargo on tiny crates, real sandboxes, real traces.

Each crate's episode runs once per module (cargo is the slow part) and several tests read its
outcome. Every claim about the user's tree is checked independently: cargo is run here, on the
tree, with a target directory Rusta never saw.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from rusta.config import load_settings, rusta_home
from rusta.loop.commit import undo
from rusta.loop.episode import run_episode
from rusta.trace.events import Event
from rusta.types import Outcome

MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# E0382: `words` is moved by the `for` loop and used afterwards.
MOVED = """\
pub fn total_length(words: Vec<String>) -> usize {
    let mut total = 0;
    for word in words {
        total += word.len();
    }
    total + words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_letters_and_words() {
        let words = vec!["ab".to_string(), "c".to_string()];
        assert_eq!(total_length(words), 5);
    }
}
"""

# E0384 (a missing `mut`) in one function, E0308 (`&str` where a String is due) in another.
MULTI = """\
pub fn count_up(n: u32) -> u32 {
    let total = 0;
    for i in 0..n {
        total += i;
    }
    total
}

pub fn greeting(name: &str) -> String {
    let message: String = name;
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_below_n() {
        assert_eq!(count_up(4), 6);
    }

    #[test]
    fn greets_by_name() {
        assert_eq!(greeting("bob"), "bob");
    }
}
"""

# E0425: the test calls a function nothing defines; no rename can satisfy `tripling`.
UNFIXABLE = """\
pub fn double(x: i32) -> i32 {
    x * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubling() {
        assert_eq!(double(3), 6);
    }

    #[test]
    fn tripling() {
        assert_eq!(triple(3), 9);
    }
}
"""

# Compiles; clippy::needless_return has a machine-applicable fix.
LINTY = """\
pub fn add_one(x: i32) -> i32 {
    return x + 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_one() {
        assert_eq!(add_one(1), 2);
    }
}
"""


def write_crate(root: Path, files: Mapping[str, str]) -> Path:
    for relative, text in {"Cargo.toml": MANIFEST.format(name=root.name), **files}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (relative path -> bytes): equal trees are byte-identical."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@contextmanager
def private_home(directory: Path) -> Iterator[Path]:
    """RUSTA_HOME for a module-scoped episode (the autouse fixture is per test)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("RUSTA_"):
                patch.delenv(name)
        patch.setenv("RUSTA_HOME", str(directory))
        yield directory


def cargo(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """cargo on the user's tree with a target directory of its own (never Rusta's)."""
    environment = {
        **os.environ,
        "CARGO_TARGET_DIR": str(root.parent / f"{root.name}-verify-target"),
        "CARGO_NET_OFFLINE": "true",
        "CARGO_TERM_COLOR": "never",
    }
    return subprocess.run(
        ["cargo", *arguments],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def compiles_and_passes(root: Path) -> tuple[bool, str]:
    done = cargo(root, "test", "--all-targets")
    return done.returncode == 0 and "test result: ok" in done.stdout, done.stdout + done.stderr


def clippy_codes(root: Path) -> list[str]:
    done = cargo(root, "clippy", "--all-targets", "--message-format=json")
    assert done.returncode == 0, done.stderr
    codes = []
    for line in done.stdout.splitlines():
        record = json.loads(line)
        if record.get("reason") == "compiler-message":
            code = (record["message"].get("code") or {}).get("code")
            if code:
                codes.append(code)
    return codes


@dataclass
class Episode:
    root: Path
    home: Path
    before: dict[str, bytes]
    after: dict[str, bytes]
    outcome: Outcome
    # for each trace event: its kind and whether the user's tree was untouched at that moment
    observed: list[tuple[str, bool]] = field(default_factory=list)

    def events(self) -> list[dict[str, Any]]:
        path = self.home / "traces" / f"{self.outcome.trace_id}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run_on(
    directory: Path, name: str, source: str, *, dry_run: bool = False, watch: bool = False
) -> Episode:
    root = write_crate(directory / name, {"src/lib.rs": source})
    before = tree(root)
    observed: list[tuple[str, bool]] = []

    def watcher(event: Event) -> None:
        observed.append((event.kind, tree(root) == before))

    with private_home(directory / "home"):
        outcome = run_episode(
            root,
            load_settings(root),
            rusta_home(),
            dry_run=dry_run,
            sinks=[watcher] if watch else (),
        )
    return Episode(root, directory / "home", before, tree(root), outcome, observed)


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Episode:
    return run_on(tmp_path_factory.mktemp("moved"), "moved", MOVED)


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory) -> Episode:
    return run_on(tmp_path_factory.mktemp("multi"), "multi", MULTI, watch=True)


@pytest.fixture(scope="module")
def unfixable(tmp_path_factory: pytest.TempPathFactory) -> Episode:
    return run_on(tmp_path_factory.mktemp("unfixable"), "unfixable", UNFIXABLE)


@pytest.fixture(scope="module")
def linty(tmp_path_factory: pytest.TempPathFactory) -> Episode:
    return run_on(tmp_path_factory.mktemp("linty"), "linty", LINTY)


@pytest.fixture(scope="module")
def verified() -> Callable[[Path], tuple[bool, str]]:
    """compiles_and_passes, run at most once per crate in this module."""
    results: dict[Path, tuple[bool, str]] = {}

    def verify(root: Path) -> tuple[bool, str]:
        if root not in results:
            results[root] = compiles_and_passes(root)
        return results[root]

    return verify


# --- one move error ------------------------------------------------------------------------


def test_use_after_move_is_fixed_applied_and_small(moved: Episode) -> None:
    outcome = moved.outcome

    assert outcome.status == "green", outcome.reason
    assert outcome.applied
    assert outcome.error_codes == ("E0382",)
    assert 0 < outcome.changed_lines <= 3
    assert outcome.steps and outcome.steps[0].candidate.move.startswith("E0382/")
    assert outcome.tests_run == ("src/lib.rs::tests::counts_letters_and_words",)
    assert moved.after != moved.before
    assert set(moved.after) == set(moved.before)  # only edits, no new files in the tree


def test_the_applied_fix_compiles_and_passes_the_tests(
    moved: Episode, verified: Callable[[Path], tuple[bool, str]]
) -> None:
    ok, output = verified(moved.root)

    assert ok, output


def test_the_trace_records_every_stage(moved: Episode) -> None:
    events = moved.events()
    kinds = [event["kind"] for event in events]

    assert {"intake", "probe", "plan", "patch", "validate", "commit", "log"} <= set(kinds)
    assert kinds[0] == "intake" and kinds[-1] == "log"
    assert all(event["trace"] == moved.outcome.trace_id for event in events)
    assert [event["seq"] for event in events] == list(range(1, len(events) + 1))


def test_probing_happens_before_any_patch(moved: Episode) -> None:
    kinds = [event["kind"] for event in moved.events()]

    assert "probe" in kinds[: kinds.index("patch")]


def test_the_commit_event_and_log_agree_with_the_outcome(moved: Episode) -> None:
    events = moved.events()
    (commit,) = [e for e in events if e["kind"] == "commit"]
    log = events[-1]

    assert commit["files"] == ["src/lib.rs"]
    assert commit["changed_lines"] == moved.outcome.changed_lines
    assert Path(commit["undo"]).is_file()
    assert log["status"] == "green" and log["applied"] is True
    assert log["candidates_validated"] == moved.outcome.candidates_validated


def test_sandbox_copies_are_removed_and_target_dirs_kept(moved: Episode) -> None:
    copies = [p for p in (moved.home / "sandboxes").glob("*/slot-*") if p.is_dir()]
    targets = [p for p in (moved.home / "targets").glob("*/slot-*") if p.is_dir()]

    assert (moved.home / "sandboxes").is_dir()
    assert copies == []
    assert targets, "the per-slot target directories should outlive the copies"


# --- several errors ------------------------------------------------------------------------


def test_several_errors_are_all_fixed(
    multi: Episode, verified: Callable[[Path], tuple[bool, str]]
) -> None:
    outcome = multi.outcome
    text = (multi.root / "src/lib.rs").read_text(encoding="utf-8")

    assert outcome.status == "green", outcome.reason
    assert outcome.applied
    assert outcome.error_codes == ("E0308", "E0384")
    assert "let mut total = 0;" in text
    assert "let message: String = name;" not in text
    ok, output = verified(multi.root)
    assert ok, output


def test_the_tree_is_written_once_at_the_end(multi: Episode) -> None:
    kinds = [kind for kind, _ in multi.observed]
    commit_at = kinds.index("commit")

    # every intermediate step happened in sandboxes: the user's tree was untouched until the
    # final apply, and fully fixed from then on
    assert kinds.count("validate") >= 2
    assert all(untouched for _, untouched in multi.observed[:commit_at])
    assert not any(untouched for _, untouched in multi.observed[commit_at:])


# --- dry run -------------------------------------------------------------------------------


def test_dry_run_proves_a_fix_and_writes_nothing(tmp_path: Path) -> None:
    episode = run_on(tmp_path, "dry", MOVED, dry_run=True)

    assert episode.outcome.status == "green"
    assert not episode.outcome.applied
    assert episode.outcome.diff.startswith("diff --git a/src/lib.rs b/src/lib.rs")
    assert episode.outcome.changed_lines > 0
    assert episode.after == episode.before
    assert "commit" not in [e["kind"] for e in episode.events()]
    assert not (episode.home / "undo").exists() or not list((episode.home / "undo").iterdir())


def test_a_file_with_crlf_line_endings_is_fixed_and_keeps_them(tmp_path: Path) -> None:
    episode = run_on(tmp_path, "crlf", MOVED.replace("\n", "\r\n"))

    assert episode.outcome.status == "green", episode.outcome.reason
    fixed = (episode.root / "src/lib.rs").read_bytes()
    assert fixed.count(b"\r\n") == fixed.count(b"\n")
    assert undo(episode.home, episode.root) == ["src/lib.rs"]
    assert tree(episode.root) == episode.before


def test_a_module_named_target_is_part_of_the_crate(tmp_path: Path) -> None:
    root = write_crate(
        tmp_path / "modtarget", {"src/lib.rs": "pub mod target;\n", "src/target/mod.rs": MOVED}
    )

    with private_home(tmp_path / "home"):
        outcome = run_episode(root, load_settings(root), rusta_home())

    assert outcome.status == "green", outcome.reason
    assert outcome.applied


# --- abstain -------------------------------------------------------------------------------


def test_an_unfixable_crate_abstains_and_changes_nothing(unfixable: Episode) -> None:
    outcome = unfixable.outcome

    assert outcome.status == "abstain"
    assert not outcome.applied
    assert outcome.reason
    assert outcome.next_probes
    assert "rustc --explain E0425" in outcome.next_probes
    assert outcome.error_codes == ("E0425",)
    assert [d.code for d in outcome.remaining if d.is_error] == ["E0425"]
    assert outcome.diff == "" and outcome.commit == ""
    assert unfixable.after == unfixable.before


def test_abstaining_is_traced(unfixable: Episode) -> None:
    events = unfixable.events()
    (abstain,) = [e for e in events if e["kind"] == "abstain"]

    assert abstain["reason"] == unfixable.outcome.reason
    assert "commit" not in [e["kind"] for e in events]
    assert events[-1]["kind"] == "log" and events[-1]["status"] == "abstain"


# --- lints ---------------------------------------------------------------------------------


def test_lint_mode_fixes_a_clippy_warning(
    linty: Episode, verified: Callable[[Path], tuple[bool, str]]
) -> None:
    outcome = linty.outcome

    assert clippy_codes(linty.root) == []  # also: no error and no other warning
    assert outcome.status == "green", outcome.reason
    assert outcome.applied
    assert outcome.error_codes == ("clippy::needless_return",)
    assert "return" not in (linty.root / "src/lib.rs").read_text(encoding="utf-8")
    ok, output = verified(linty.root)
    assert ok, output


def test_lint_mode_is_recorded_in_the_trace(linty: Episode) -> None:
    (probe, *_) = [e for e in linty.events() if e["kind"] == "probe"]

    assert probe["clippy"] is True


# --- the safety property -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["moved", "multi", "unfixable", "linty"])
def test_whatever_is_applied_compiles_and_passes(
    name: str,
    request: pytest.FixtureRequest,
    verified: Callable[[Path], tuple[bool, str]],
) -> None:
    episode: Episode = request.getfixturevalue(name)

    if episode.outcome.applied:
        ok, output = verified(episode.root)
        assert ok, output
    else:
        assert episode.after == episode.before


# E0004: rustc's only suggestion is a `todo!()` arm; the test never reaches `Rect`.
NON_EXHAUSTIVE = """\
pub enum Shape {
    Square(f64),
    Rect(f64, f64),
}

pub fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Square(side) => side * side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square() {
        assert_eq!(area(&Shape::Square(2.0)), 4.0);
    }
}
"""


def test_a_todo_placeholder_is_never_applied_as_a_fix(tmp_path: Path) -> None:
    episode = run_on(tmp_path, "placeholder", NON_EXHAUSTIVE)

    assert episode.outcome.status == "abstain"
    assert episode.after == episode.before
    assert "todo!()" not in json.dumps([e for e in episode.events() if e["kind"] == "patch"])
    assert any("Shape::Rect(_, _) => todo!()" in p for p in episode.outcome.next_probes)


# E0384, and a test that fails on odd runs: a flaky test is never proof, Rusta abstains.
FLAKY = """\
pub fn bump(x: u32) -> u32 {
    let y = x;
    y += 1;
    y
}

#[cfg(test)]
mod tests {
    #[test]
    fn bumps() {
        assert_eq!(super::bump(1), 2);
    }

    #[test]
    fn wobbles() {
        let path = "COUNTER";
        let runs: u32 = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(0)
            + 1;
        std::fs::write(path, runs.to_string()).unwrap();
        assert!(runs % 2 == 0, "run {runs}");
    }
}
"""


def test_a_flaky_test_makes_rusta_abstain_rather_than_guess(tmp_path: Path) -> None:
    counter = tmp_path / "runs.txt"
    episode = run_on(tmp_path, "flaky", FLAKY.replace("COUNTER", str(counter)))

    assert episode.outcome.status == "abstain"
    assert "flaky" in episode.outcome.reason and "wobbles" in episode.outcome.reason
    assert episode.after == episode.before
    assert counter.read_text() == "3"  # failed, passed on the rerun, failed on the third run
