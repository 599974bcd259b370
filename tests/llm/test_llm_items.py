"""The model's item mode (issue 14): whole-item tasks, tolerant answers, the feedback loop.

Recorded answers stand in for the model here (the real llama.cpp server is in
test_llm_e2e.py); crates, cargo and the sandbox are real in the episode tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from rusta.config import load_settings, rusta_home
from rusta.errors import EditFailed
from rusta.llm.answers import item_code
from rusta.loop.episode import run_episode
from rusta.proposers.context import ProposalContext
from rusta.proposers.intent import FAILING_TEST, ItemTask, splice, tasks_for
from rusta.types import Diagnostic, ErrorClass, Level, Span

LIB = """\
/// One line of a shopping basket.
pub struct Line {
    pub price_cents: u64,
    pub quantity: u32,
}

// TODO: `basket_total(lines)`: the sum of price times quantity over all lines, in cents.
"""
TESTS = """\
use basket::{basket_total, Line};

#[test]
fn totals_every_line() {
    let lines = [Line { price_cents: 250, quantity: 2 }, Line { price_cents: 100, quantity: 3 }];
    assert_eq!(basket_total(&lines), 800);
    assert_eq!(basket_total(&[]), 0);
}
"""
RED = """```rust
/// The total.
pub fn basket_total(lines: &[Line]) -> u64 {
    lines.total_cents()
}
```"""
NEARLY = """```rust
/// The total.
pub fn basket_total(lines: &[Line]) -> u64 {
    let total = 0;
    for l in lines {
        total += l.price_cents * u64::from(l.quantity);
    }
    total
}
```"""
GREEN = """Here is the function:

```rust
/// The total.
pub fn basket_total(lines: &[Line]) -> u64 {
    lines.iter().map(|l| l.price_cents * u64::from(l.quantity)).sum()
}
```
It multiplies each price by its quantity."""
WRONG = NEARLY.replace("let total = 0", "let mut total = 0").replace(" * ", " + ")


def _diagnostic(file: str, text: str, needle: str, code: str, message: str) -> Diagnostic:
    start = text.index(needle)
    line = text[:start].count("\n") + 1
    span = Span(file, line, line, 1, 1, start, start + len(needle), True, "")
    return Diagnostic(Level.ERROR, message, code, ErrorClass.UNRESOLVED, (span,))


def _context(files: dict[str, str], *diagnostics: Diagnostic) -> ProposalContext:
    return ProposalContext(read=files.__getitem__, files=list(files), diagnostics=diagnostics)


def test_a_missing_function_is_written_into_the_library_before_its_tests() -> None:
    lib = LIB + "\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n"
    files = {"src/lib.rs": lib, "tests/basket.rs": TESTS}
    missing = _diagnostic(
        "tests/basket.rs", TESTS, "basket_total", "E0432",
        "unresolved import `basket::basket_total`",
    )  # fmt: skip

    (task,) = tasks_for(_context(files, missing), missing)

    assert (task.kind, task.file, task.name) == ("add-fn", "src/lib.rs", "basket_total")
    related = "\n".join(code for _, code in task.related)
    assert "assert_eq!(basket_total(&lines), 800);" in related  # the test says what it does
    new = splice(lib, task, item_code(GREEN))
    assert new.index("pub fn basket_total") < new.index("#[cfg(test)]")
    assert new.count("pub struct Line") == 1


def test_missing_trait_items_rewrite_the_impl_and_show_the_trait() -> None:
    lib = (
        "/// A figure.\npub trait Shape {\n    /// The area.\n    fn area(&self) -> f64;\n}\n\n"
        "pub struct Sq(pub f64);\n\nimpl Shape for Sq {}\n"
    )
    missing = _diagnostic(
        "src/lib.rs", lib, "impl Shape for Sq", "E0046", "not all trait items implemented"
    )

    (task,) = tasks_for(_context({"src/lib.rs": lib}, missing), missing)

    assert task.kind == "rewrite" and task.name == "impl Shape for Sq"
    assert any("fn area(&self) -> f64;" in code for _, code in task.related)
    only_method = "```rust\nfn area(&self) -> f64 {\n    self.0 * self.0\n}\n```"
    assert (
        "impl Shape for Sq {\n\n    fn area(&self) -> f64 {\n        self.0 * self.0\n    }\n}"
        in (splice(lib, task, item_code(only_method)))
    )
    whole = (
        "```rust\nimpl Shape for Sq {\n    fn area(&self) -> f64 {\n        self.0\n    }\n}\n```"
    )
    assert splice(lib, task, item_code(whole)).count("impl Shape for Sq") == 1


def test_a_failing_test_in_a_todo_body_rewrites_that_fn_and_never_the_test() -> None:
    lib = (
        "/// Twice `x`.\npub fn double(x: i32) -> i32 {\n    todo!()\n}\n\n"
        "#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n"
        "    fn doubles() {\n        assert_eq!(double(2), 4);\n    }\n}\n"
    )
    failing = _diagnostic(
        "src/lib.rs", lib, "todo!()", FAILING_TEST, "test `tests::doubles` failed: not yet"
    )
    in_test = _diagnostic(
        "src/lib.rs", lib, "assert_eq!", FAILING_TEST, "test `tests::doubles` failed: 2 != 4"
    )

    (task,) = tasks_for(_context({"src/lib.rs": lib}, failing), failing)
    (callee,) = tasks_for(_context({"src/lib.rs": lib}, in_test), in_test)

    assert task.name == callee.name == "fn double"  # the test itself is never the task
    assert any("assert_eq!(double(2), 4);" in code for _, code in task.related)
    new = splice(lib, task, item_code("```rust\npub fn double(x: i32) -> i32 {\n    x * 2\n}\n```"))
    assert "/// Twice `x`.\npub fn double(x: i32) -> i32 {\n    x * 2\n}" in new  # docs kept


@pytest.mark.parametrize(
    "answer",
    [
        "```rust\n fn f() -> u8 {\n     1\n }\n```",
        "```\n1 | fn f() -> u8 {\n2 |     1\n3 | }\n```",  # the prompt's gutter copied
        "fn f() -> u8 {\n    1\n}",  # no fence at all
        "Sure:\n```rust\nfn f() -> u8 {\n    1\n}",  # an unclosed fence
    ],
)
def test_item_answers_are_read_tolerantly(answer: str) -> None:
    assert item_code(answer).strip().replace("\n ", "\n").startswith("fn f() -> u8 {")


def test_an_answer_without_code_is_feedback() -> None:
    with pytest.raises(EditFailed, match="one ```rust code block"):
        item_code("I cannot help with that.")


def test_a_method_answer_wrapped_in_its_impl_is_unwrapped() -> None:
    lib = "pub struct C(u8);\n\nimpl C {\n    pub fn get(&self) -> u8 {\n        0\n    }\n}\n"
    start = lib.index("    pub fn get") + 4
    end = lib.index("    }\n}") + 5
    task = ItemTask("src/lib.rs", start, end, "rewrite", "fn get", "", "", inner_start=start)
    answer = "```rust\nimpl C {\n    pub fn get(&self) -> u8 {\n        self.0\n    }\n}\n```"

    new = splice(lib, task, item_code(answer))

    assert new.count("impl C") == 1 and "        self.0\n    }\n}" in new


def _crate(make_crate: Callable[..., Path]) -> Path:
    return make_crate(
        {"src/lib.rs": LIB, "tests/basket.rs": TESTS},
        name="basket",
    )


def test_the_feedback_loop_sends_rustc_errors_back_and_proves_the_result(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = _crate(make_crate)
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([RED, GREEN]), encoding="utf-8")
    settings = load_settings(crate, {"model": f"scripted:{script}", "clippy": False})

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    assert outcome.proposer_counts["model"]["winners"] == 1
    text = (crate / "src/lib.rs").read_text(encoding="utf-8")
    assert "u64::from(l.quantity)" in text and "todo!" not in text
    events = _events(outcome.trace_id)
    calls = [e for e in events if e["kind"] == "model"]
    assert [(c["round"], c["checked"]) for c in calls] == [(1, "1 errors"), (2, "green")]
    assert "total_cents" in str(calls[0]["feedback"])  # rustc's words went back
    assert all(c["mode"] == "item" and c["task"] == "add-fn:src/lib.rs:basket_total" for c in calls)


def test_rustc_suggestions_finish_an_answer_before_another_model_call(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = _crate(make_crate)
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([NEARLY]), encoding="utf-8")  # rustc: make it `mut`
    settings = load_settings(crate, {"model": f"scripted:{script}", "clippy": False})

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    calls = [e for e in _events(outcome.trace_id) if e["kind"] == "model"]
    assert [(c["round"], c["checked"]) for c in calls] == [(1, "green")]  # one call only
    assert "todo!" not in (crate / "src/lib.rs").read_text(encoding="utf-8")


def test_code_that_compiles_but_fails_the_tests_is_never_applied(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = _crate(make_crate)
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([WRONG] * 8), encoding="utf-8")
    settings = load_settings(
        crate, {"model": f"scripted:{script}", "clippy": False, "model_samples": 1}
    )

    outcome = run_episode(crate, settings, rusta_home())

    assert not outcome.applied
    assert (crate / "src/lib.rs").read_text(encoding="utf-8") == LIB
    calls = [e for e in _events(outcome.trace_id) if e["kind"] == "model"]
    assert calls[0]["checked"] == "tests fail"
    assert len(calls) == 2  # the same answer again: a new sample would be next, not round 3


def _events(trace_id: str) -> list[dict[str, object]]:
    path = rusta_home() / "traces" / f"{trace_id}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_model_only_asks_the_model_alone_and_still_proves_it(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    crate = _crate(make_crate)
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([GREEN]), encoding="utf-8")
    settings = load_settings(
        crate, {"model": f"scripted:{script}", "clippy": False, "model_only": True}
    )

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    assert set(outcome.proposer_counts) == {"model"}  # no model-free proposer was asked
    events = _events(outcome.trace_id)
    assert {e["proposer"] for e in events if e["kind"] == "patch"} == {"model"}


def test_a_todo_body_a_test_reaches_is_written_by_the_model_alone(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    """A failing test (issue 13's test mode) panicking in `todo!()` is a task for the model;
    model-only, nothing else is asked, and the proof is the tests."""
    lib = "/// Twice `x`.\npub fn double(x: i32) -> i32 {\n    todo!()\n}\n"
    tests = "#[test]\nfn doubles() {\n    assert_eq!(twice::double(21), 42);\n}\n"
    crate = make_crate({"src/lib.rs": lib, "tests/twice.rs": tests}, name="twice")
    script = tmp_path / "answers.json"
    script.write_text(json.dumps(["```rust\npub fn double(x: i32) -> i32 {\n    x * 2\n}\n```"]))
    settings = load_settings(
        crate, {"model": f"scripted:{script}", "clippy": False, "model_only": True}
    )

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    assert "x * 2" in (crate / "src/lib.rs").read_text(encoding="utf-8")
    calls = [e for e in _events(outcome.trace_id) if e["kind"] == "model"]
    assert calls[0]["task"] == "rewrite:src/lib.rs:fn double"


def test_model_passes_stop_when_no_task_of_the_last_pass_has_rounds_left() -> None:
    """A task of a state the search no longer reaches never finishes; it must not keep the
    model passes going (each pass would spin over the same states without a call)."""
    from rusta.llm.scripted import ScriptedBackend
    from rusta.proposers.model import ModelProposer, _Progress

    proposer = ModelProposer(ScriptedBackend([]))
    proposer._progress[("old state", "add-fn:src/lib.rs:f")] = _Progress(pass_number=1)
    proposer.begin_pass()
    proposer.begin_pass()

    assert not proposer.pending  # asked two passes ago, unreachable since
    proposer._progress[("new state", "add-fn:src/lib.rs:f")] = _Progress(pass_number=proposer._pass)
    assert proposer.pending
