"""Code from intent (issue 14): TODOs in a crate that compiles and passes its tests.

With a model plugged in, each TODO is a problem (knowledge.todos); the proof is compile,
tests, and `cargo run` exiting 0 for a binary without tests. Recorded answers stand in for
the model (the real llama.cpp server is in test_llm_e2e.py); crates, cargo, git and the
sandbox are real.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.config import load_settings, rusta_home
from rusta.eval.repairs import task_done
from rusta.eval.suites import Case
from rusta.knowledge.todos import only_comments_changed, todo_diagnostics
from rusta.loop.episode import run_episode
from rusta.proposers.context import ProposalContext
from rusta.proposers.intent import drop_todo_comment, splice, tasks_for

SQUARES = """\
fn main() {
    // TODO: fill `squares` with the squares of 1 through 5, in order.
    let squares: Vec<u64> = Vec::new();
    assert_eq!(squares, vec![1, 4, 9, 16, 25]);
    println!("{squares:?}");
}
"""
WRONG = """```rust
fn main() {
    let squares: Vec<u64> = (1..5).map(|n| n * n).collect();
    assert_eq!(squares, vec![1, 4, 9, 16, 25]);
    println!("{squares:?}");
}
```"""
RIGHT = WRONG.replace("(1..5)", "(1..=5)")
ONLY_THE_COMMENT_GONE = """```rust
fn main() {
    let squares: Vec<u64> = Vec::new();
    assert_eq!(squares, vec![1, 4, 9, 16, 25]);
    println!("{squares:?}");
}
```"""
LIB = """\
/// A point in the plane.
pub struct Point {
    pub x: f64,
    pub y: f64,
}

// TODO: write `distance(a: &Point, b: &Point) -> f64`, the straight-line distance.
// Use f64::hypot.

#[cfg(test)]
mod tests {
    // TODO: test the origin too
    #[test]
    fn makes_points() {
        let p = super::Point { x: 1.0, y: 2.0 };
        assert_eq!(p.x + p.y, 3.0);
    }
}
"""


def _commit_all(root: Path) -> None:
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com", "commit", "-qm", "x"],
    ):
        subprocess.run(command, cwd=root, check=True, capture_output=True)


def _events(trace_id: str) -> list[dict[str, object]]:
    path = rusta_home() / "traces" / f"{trace_id}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _script(tmp_path: Path, *answers: str) -> str:
    script = tmp_path / "answers.json"
    script.write_text(json.dumps(list(answers)), encoding="utf-8")
    return f"scripted:{script}"


def test_todos_are_read_with_their_owner_and_continuation_and_never_from_tests() -> None:
    found = todo_diagnostics(["src/lib.rs"], {"src/lib.rs": LIB}.__getitem__)

    assert [d.message for d in found] == [
        "TODO: write `distance(a: &Point, b: &Point) -> f64`, the straight-line distance."
    ]
    assert found[0].code == "todo" and found[0].is_error
    assert found[0].children == ("Use f64::hypot.",)
    assert found[0].primary is not None and found[0].primary.line_start == 7
    assert found[0].primary.line_end == 8  # the span holds the continuation line too


def test_a_todo_macro_names_its_fn_and_a_comment_above_an_item_belongs_to_it() -> None:
    text = (
        "// TODO: the Gregorian rule\n/// Leap?\nfn leap(y: u32) -> bool {\n    y % 4 == 0\n}\n\n"
        '/// Half.\npub fn half(x: u32) -> u32 {\n    todo!("divide by two")\n}\n'
    )
    found = todo_diagnostics(["src/lib.rs"], {"src/lib.rs": text}.__getitem__)

    assert [d.message for d in found] == [
        "TODO in `fn leap`: the Gregorian rule",
        "`todo!()` in `fn half` is not written yet: divide by two",
    ]
    context = ProposalContext({"src/lib.rs": text}.__getitem__, ["src/lib.rs"], tuple(found))
    task = tasks_for(context, found[0])[0]
    assert task.kind == "rewrite" and task.name == "fn leap" and task.start == 0  # with the TODO
    answer = (
        "/// Leap?\nfn leap(y: u32) -> bool {\n    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)\n}"
    )
    new = splice(text, task, answer)
    assert new.startswith("/// Leap?\nfn leap") and "TODO" not in new


def test_a_todo_between_items_is_replaced_by_the_code_it_asks_for() -> None:
    found = todo_diagnostics(["src/lib.rs"], {"src/lib.rs": LIB}.__getitem__)
    context = ProposalContext({"src/lib.rs": LIB}.__getitem__, ["src/lib.rs"], tuple(found))
    task = tasks_for(context, found[0])[0]
    code = (
        "/// Distance.\npub fn distance(a: &Point, b: &Point) -> f64 {\n"
        "    (a.x - b.x).hypot(a.y - b.y)\n}"
    )

    new = drop_todo_comment(splice(LIB, task, code), found[0])

    assert task.kind == "add-item"
    assert "pub fn distance" in new and "TODO: write" not in new and "Use f64::hypot" not in new
    assert "TODO: test the origin too" in new  # the test's own TODO is not the task's


def test_deleting_only_the_comment_is_not_code_changed() -> None:
    assert only_comments_changed(SQUARES, SQUARES.replace("    // TODO: fill", "    // fill"))
    assert not only_comments_changed(SQUARES, SQUARES.replace("Vec::new()", "vec![1]"))


def test_a_binary_todo_is_proven_by_cargo_run_exiting_0_after_feedback(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = make_crate({"src/main.rs": SQUARES}, name="squares")
    _commit_all(crate)
    settings = load_settings(crate, {"model": _script(tmp_path, WRONG, RIGHT), "clippy": False})

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    text = (crate / "src/main.rs").read_text(encoding="utf-8")
    assert "(1..=5)" in text and "TODO" not in text
    calls = [e for e in _events(outcome.trace_id) if e["kind"] == "model"]
    assert [c["checked"] for c in calls] == ["tests fail", "green"]
    assert "exits 101" in str(calls[0]["feedback"]) and "left: [1, 4, 9, 16]" in str(
        calls[0]["feedback"]
    )
    assert outcome.confidence <= 0.8  # nothing but a clean exit judged it
    message = subprocess.run(
        ["git", "log", "-1", "--format=%B"], cwd=crate, capture_output=True, text=True, check=True
    ).stdout
    assert "Rusta-Behaviour-Change: yes" in message
    assert "Rusta-Done-Todos: TODO in `fn main`: fill `squares`" in message


def test_an_answer_that_only_deletes_the_todo_is_refused_and_nothing_changes(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = make_crate({"src/main.rs": SQUARES}, name="squares")
    model = _script(tmp_path, *[ONLY_THE_COMMENT_GONE] * 6)
    settings = load_settings(crate, {"model": model, "clippy": False, "model_samples": 1})

    outcome = run_episode(crate, settings, rusta_home())

    assert not outcome.applied
    assert (crate / "src/main.rs").read_text(encoding="utf-8") == SQUARES
    reasons = [e.get("reason", "") for e in _events(outcome.trace_id) if e["kind"] == "validate"]
    assert any("deletes the TODO and writes no code" in str(r) for r in reasons)


def test_without_a_model_a_todo_is_named_as_work_for_one(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate({"src/main.rs": SQUARES}, name="squares")
    settings = load_settings(crate, {"clippy": False})

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "nothing-to-do" and not outcome.applied
    assert "1 TODO(s) are work for a model (first: src/main.rs:2)" in outcome.reason
    assert (crate / "src/main.rs").read_text(encoding="utf-8") == SQUARES


def test_the_eval_judges_a_task_by_its_holdback_tests_not_rusta_s_proof(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    done = LIB.replace(
        "// TODO: write `distance(a: &Point, b: &Point) -> f64`, the straight-line distance.\n"
        "// Use f64::hypot.\n",
        "pub fn distance(a: &Point, b: &Point) -> f64 {\n    (a.x - b.x).hypot(a.y - b.y)\n}\n",
    )
    case_dir = tmp_path / "case"
    (case_dir / "holdback").mkdir(parents=True)
    (case_dir / "holdback" / "distance.rs").write_text(
        "use points::{distance, Point};\n#[test]\nfn five() {\n"
        "    let (a, b) = (Point { x: 0.0, y: 0.0 }, Point { x: 3.0, y: 4.0 });\n"
        "    assert_eq!(distance(&a, &b), 5.0);\n}\n",
        encoding="utf-8",
    )
    case = Case("task/points", case_dir, "task", ("todo",))
    target = tmp_path / "target"

    manifest = '[package]\nname = "points"\nversion = "0.1.0"\nedition = "2021"\n'
    right = make_crate({"Cargo.toml": manifest, "src/lib.rs": done}, name="right")
    wrong_code = done.replace("hypot(a.y - b.y)", "max(a.y - b.y)")
    wrong = make_crate({"Cargo.toml": manifest, "src/lib.rs": wrong_code}, name="wrong")
    untouched = make_crate({"Cargo.toml": manifest, "src/lib.rs": LIB}, name="untouched")

    # one target directory each: cargo would take the three same-named crates for one
    assert task_done(case, right, target / "right", 120)["done"]
    assert task_done(case, wrong, target / "wrong", 120) == {
        "done": False,
        "todos_left": 0,
        "holdback_passes": False,
        "program_exits_0": None,
    }
    assert task_done(case, untouched, target / "untouched", 120)["todos_left"] == 1


def test_check_lists_todos_as_work_for_a_model_and_exits_0(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate({"src/main.rs": SQUARES}, name="squares")
    rusta = Path(sys.executable).parent / "rusta"

    done = subprocess.run([str(rusta), "check", str(crate)], capture_output=True, text=True)

    assert done.returncode == 0, done.stdout + done.stderr  # a TODO is not an error
    assert "1 TODO(s), work for a model" in done.stdout
    assert "TODO in `fn main`: fill `squares`" in done.stdout and "src/main.rs:2" in done.stdout
