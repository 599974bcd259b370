"""No unsafe applies (issue 11 #5): a patch that compiles but makes the program wrong is red.

Seen on an exercise crate: a call to a function that does not exist yet was "fixed" by
renaming the call to `main`; it compiled, and the program then recursed forever. Each test
here was green (applied) before: a rename or typo fix to `main`, a rename to the enclosing
function (`unconditional_recursion` on the patched line), and an `.unwrap()` that makes a
test-less binary panic on the line the patch changed. Real cargo on real crates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.loop.policy import new_correctness_warnings
from rusta.types import Diagnostic, ErrorClass, Level, Span

RUSTA = Path(sys.executable).parent / "rusta"


def _fix(crate: Path) -> dict:
    done = subprocess.run(
        [str(RUSTA), "fix", "--yes", "--json", str(crate)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.stdout, done.stderr
    return json.loads(done.stdout)


def test_a_missing_function_is_never_renamed_to_main(make_crate: Callable) -> None:
    main = 'fn main() {\n    let total = man(3);\n    println!("{total}");\n}\n'
    crate = make_crate({"src/main.rs": main}, name="exercise")
    summary = _fix(crate)
    assert summary["status"] == "abstain", summary["diff"]
    assert "main()" not in summary["diff"]
    assert (crate / "src" / "main.rs").read_text() == main


def test_a_rename_to_the_enclosing_function_is_red(make_crate: Callable) -> None:
    lib = "pub fn count_items(values: &[u32]) -> usize {\n    count_item(values)\n}\n"
    crate = make_crate({"src/lib.rs": lib}, name="counting")
    summary = _fix(crate)
    assert summary["status"] == "abstain"
    assert (crate / "src" / "lib.rs").read_text() == lib
    assert "unconditional_recursion" in summary["reason"], summary


def test_a_binary_without_tests_must_not_panic_on_the_patched_line(make_crate: Callable) -> None:
    main = (
        "fn main() {\n"
        '    let raw = "forty-two";\n'
        "    let answer: u32 = raw.parse();\n"
        '    println!("answer: {answer}");\n'
        "}\n"
    )
    crate = make_crate({"src/main.rs": main}, name="parsing")
    summary = _fix(crate)
    assert summary["status"] == "green" and summary["applied"], summary["reason"]
    assert "E0308/unwrap" in [t["move"] for t in summary["tried"]]  # tried, and red
    assert "E0308/unwrap" not in summary["moves"]
    run = subprocess.run(
        ["cargo", "run", "--quiet"], cwd=crate, capture_output=True, text=True, check=False
    )
    assert "panicked" not in run.stderr, run.stderr


def _warning(code: str, line: int, secondary: int | None = None) -> Diagnostic:
    spans = [Span("src/lib.rs", line, line, 1, 5, 0, 4)]
    if secondary is not None:
        spans.append(Span("src/lib.rs", secondary, secondary, 5, 9, 0, 4, is_primary=False))
    return Diagnostic(Level.WARNING, f"{code} here", code, ErrorClass.LINT, tuple(spans))


def test_only_new_correctness_warnings_on_changed_lines_count() -> None:
    recursion = _warning("unconditional_recursion", 1, secondary=2)
    assert new_correctness_warnings([], [recursion], {"src/lib.rs": {2}}) == [recursion]
    assert new_correctness_warnings([], [recursion], {"src/lib.rs": {7}}) == []
    assert new_correctness_warnings([recursion], [recursion], {"src/lib.rs": {2}}) == []
    unused = _warning("unused_variables", 2)
    assert new_correctness_warnings([], [unused], {"src/lib.rs": {2}}) == []
