"""Issue 19: work the search and the validator no longer do twice (real cargo, real sandboxes).

- a join of two causes' winners is not validated while one candidate already fixes every
  error (its check would run before the winner's proof);
- a failed test is re-run in the slot whose test binary the first run built, not rebuilt in
  the first slot.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.config import Settings, load_settings, rusta_home
from rusta.loop.context import pristine_reader
from rusta.loop.episode import run_episode
from rusta.loop.validate import Validator
from rusta.profile import Profile
from rusta.sandbox.slots import pool
from rusta.trace.events import Tracer
from rusta.types import Status

# `impl` lost its `<'a>`: rustc reports the undeclared lifetime at each use (two errors, two
# causes), and its suggestion to declare it on the impl fixes both at once
WORDS = """pub struct Words<'a> {
    rest: &'a str,
}

pub fn words(text: &str) -> Words<'_> {
    Words { rest: text }
}

impl Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.rest.trim_start();
        if text.is_empty() {
            return None;
        }
        let end = text.find(' ').unwrap_or(text.len());
        let (word, rest) = text.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

#[test]
fn splits_on_spaces() {
    assert_eq!(words(" a bc  d").collect::<Vec<_>>(), vec!["a", "bc", "d"]);
}
"""

ADDS = "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n"
ADD_TEST = "\n#[test]\nfn adds() {\n    assert_eq!(add(2, 2), 4);\n}\n"


def test_no_join_is_checked_when_one_candidate_fixes_everything(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    root = make_crate({"src/lib.rs": WORDS}, name="words")
    outcome = run_episode(root, load_settings(root), rusta_home(), dry_run=True)

    assert outcome.status is Status.GREEN, outcome.reason
    assert "impl<'a> Iterator for Words<'a>" in outcome.files["src/lib.rs"]
    trace = isolated_rusta_home / "traces" / f"{outcome.trace_id}.jsonl"
    events = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    plan = next(e for e in events if e["kind"] == "plan")
    assert len(plan["causes"]) >= 2  # there were causes to join
    patched = [e["move"] for e in events if e["kind"] == "patch"]
    assert patched and not any("+" in move for move in patched), patched


def test_a_failed_test_is_rerun_where_its_binary_was_built(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    root = make_crate({"src/lib.rs": ADDS + ADD_TEST})
    wrong = {"src/lib.rs": ADDS.replace("a + b", "a - b") + ADD_TEST}
    with pool(isolated_rusta_home, root, 2) as slots:
        for slot in slots:
            slot.profile = Profile()
        validator = Validator(slots, Settings(), Tracer(), pristine_reader(root))
        try:
            # slot 0 checks the state while slot 1 runs its tests ahead (`_test_ahead`)
            (verdict,) = validator.judge([wrong], [])
            proof = validator.prove(wrong, guess=False)
        finally:
            validator.close()
    assert verdict.errors_after == 0
    assert not proof.green and not proof.flaky
    assert proof.report is not None and "src/lib.rs::adds" in proof.report.failed
    assert validator.test_runs == 2  # the run and its rerun alone
    first, second = (slot.profile.payload() for slot in slots)
    assert "cargo.test.calls" not in first  # slot 0 built no test binary of its own
    assert second["cargo.test.calls"] == 2  # the run taken ahead, then the rerun beside it


def test_the_head_start_launches_cargo_before_the_parsers_load() -> None:
    """What `cli/headstart.py` imports before it starts `cargo check` (the slots and cargo's
    launcher) must not pull in the vocabulary's types or the diagnostics parser."""
    probe = (
        "import sys, rusta.cli.headstart, rusta.sandbox.slots; "
        "print(sorted(m for m in ('rusta.types', 'rusta.tools.diagnostics') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
