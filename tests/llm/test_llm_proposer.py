"""The model proposer with recorded completions: prompts, parsing, feedback, trace, episode.

The scripted backend stands in for a model here (the real server is in test_llm_e2e.py); the
crates, cargo and the sandbox are real in the episode test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rusta.config import Settings, load_settings, rusta_home
from rusta.errors import EditFailed, EnvironmentProblem
from rusta.llm.answers import minimal_edits, parse_answer
from rusta.llm.base import Completion
from rusta.llm.prompts import PromptParts, build_repair_prompt, code_windows
from rusta.llm.scripted import ScriptedBackend
from rusta.loop.episode import run_episode
from rusta.patch.textedit import apply_edits
from rusta.proposers.context import ProposalContext
from rusta.proposers.model import ModelProposer
from rusta.types import Diagnostic, ErrorClass, Level, Span

SOURCE = """\
pub fn area(width: u32, height: u32) -> u32 {
    width * heigth
}
"""
FIXED = SOURCE.replace("heigth", "height")
BLOCK = (
    "src/lib.rs\n<<<<<<< SEARCH\n    width * heigth\n=======\n    width * height\n>>>>>>> REPLACE\n"
)


def diagnostic() -> Diagnostic:
    start = SOURCE.index("heigth")
    span = Span("src/lib.rs", 2, 2, 13, 19, start, start + 6, True, "not found in this scope")
    rendered = "error[E0425]: cannot find value `heigth` in this scope\n --> src/lib.rs:2:13"
    return Diagnostic(
        Level.ERROR, "cannot find value `heigth` in this scope", "E0425",
        ErrorClass.UNRESOLVED, (span,), rendered=rendered,
    )  # fmt: skip


def context(files: dict[str, str] | None = None) -> ProposalContext:
    texts = files or {"src/lib.rs": SOURCE}
    return ProposalContext(read=texts.__getitem__, files=list(texts), diagnostics=[diagnostic()])


def proposer(answers: list[Any], events: list[dict[str, Any]], **settings: Any) -> ModelProposer:
    def emit(kind: str, **data: Any) -> None:
        events.append({"kind": kind, **data})

    return ModelProposer(
        ScriptedBackend(answers),
        Settings(model="scripted:x", **({"model_format": "text"} | settings)),
        emit,
        explain=lambda code: f"{code}: a name was used that is not in scope.",
    )


def test_a_search_replace_answer_becomes_a_proven_style_candidate() -> None:
    events: list[dict[str, Any]] = []
    model = proposer([[BLOCK]], events)

    candidates = list(model.propose(context(), diagnostic()))

    assert len(candidates) == 1
    candidate = candidates[0]
    assert candidate.proposer == "model" and candidate.move == "E0425/model-patch"
    assert apply_edits({"src/lib.rs": SOURCE}.__getitem__, candidate.edits) == {"src/lib.rs": FIXED}
    (call,) = events
    assert call["kind"] == "model" and len(call["prompt_hash"]) == 16
    assert call["candidates"] == 1 and call["completions"] == [BLOCK]
    assert call["prompt_tokens"] > 0 and call["completion_tokens"] > 0


def test_the_prompt_has_diagnostic_numbered_code_and_the_error_index_anchor() -> None:
    backend = ScriptedBackend([[BLOCK]])
    model = ModelProposer(
        backend, Settings(model_format="text"), explain=lambda code: f"{code} index entry"
    )

    list(model.propose(context(), diagnostic()))

    (prompt,) = backend.prompts
    assert "error[E0425]: cannot find value `heigth`" in prompt
    assert "src/lib.rs (lines 1-3):" in prompt and "2 |     width * heigth" in prompt
    assert "## Error index (rustc --explain E0425)\nE0425 index entry" in prompt
    assert "<<<<<<< SEARCH" in prompt


def test_an_unusable_answer_is_feedback_for_the_next_attempt_never_a_crash() -> None:
    events: list[dict[str, Any]] = []
    wrong = BLOCK.replace("    width * heigth\n=", "    width * nothing_like_this\n=")
    model = proposer([["Sure! The fix is easy."], [wrong], [BLOCK]], events)

    first = list(model.propose(context(), diagnostic()))
    second = list(model.propose(context(), diagnostic()))

    assert first == []  # two attempts, both unusable: no candidate, no exception
    assert "no SEARCH/REPLACE block" in events[0]["feedback"]
    prompts = model.backend.prompts  # type: ignore[attr-defined]
    assert "no SEARCH/REPLACE block" in prompts[1]
    assert "does not match" in prompts[2]  # the feedback survives into a later step
    assert len(second) == 1


@pytest.mark.parametrize(
    "answer",
    [
        "```diff\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,3 +1,3 @@\n pub fn area(width: u32,"
        " height: u32) -> u32 {\n-    width * heigth\n+    width * height\n }\n```\n",
        '{"edits": [{"file": "src/lib.rs", "first_line": 2, "last_line": 2, '
        '"replacement": "    width * height"}]}',
        "lib.rs\n<<<<<<< SEARCH\nwidth  *  heigth\n=======\n    width * height\n>>>>>>> REPLACE\n",
    ],
    ids=["unified-diff", "json-line-edit", "loose-match-and-short-path"],
)
def test_every_answer_shape_parses_to_the_same_file(answer: str) -> None:
    assert parse_answer(answer, {"src/lib.rs": SOURCE}.__getitem__, ["src/lib.rs"]) == {
        "src/lib.rs": FIXED
    }


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (BLOCK.replace("src/lib.rs", "../../etc/passwd"), "not one of the crate's source files"),
        (BLOCK.replace("heigth\n=", "height\n="), "does not match"),
        ('{"edits": [{"file": "src/lib.rs", "first_line": 9, "last_line": 9}]}', "past its end"),
        ("```rust\nfn main() {}\n```", "no SEARCH/REPLACE block"),
    ],
    ids=["path-escape", "no-match", "out-of-range", "prose"],
)
def test_bad_answers_are_edit_failures_written_for_the_model(answer: str, message: str) -> None:
    with pytest.raises(EditFailed, match=message):
        parse_answer(answer, {"src/lib.rs": SOURCE}.__getitem__, ["src/lib.rs"])


def test_minimal_edits_touch_only_the_changed_lines() -> None:
    (edit,) = minimal_edits("src/lib.rs", SOURCE, FIXED)

    assert SOURCE.encode()[edit.byte_start : edit.byte_end] == b"    width * heigth\n"
    assert edit.replacement == "    width * height\n"


def test_a_backend_that_does_not_answer_yields_nothing_and_is_not_asked_again() -> None:
    class Down:
        name = "down"

        def complete(self, prompt: str, n: int = 1, max_tokens: int = 512) -> list[str]:
            raise AssertionError("not used")

        def generate(self, prompt: str, *args: Any, **kwargs: Any) -> Completion:
            self.calls = getattr(self, "calls", 0) + 1
            raise EnvironmentProblem("model server at http://127.0.0.1:9 does not answer")

    events: list[dict[str, Any]] = []
    backend = Down()
    model = ModelProposer(backend, Settings(), lambda kind, **d: events.append(d))

    assert list(model.propose(context(), diagnostic())) == []
    assert list(model.propose(context(), diagnostic())) == []
    assert backend.calls == 1 and "does not answer" in events[0]["error"]


def test_the_prompt_keeps_the_code_when_the_budget_is_small() -> None:
    window = code_windows(diagnostic(), {"src/lib.rs": SOURCE}.__getitem__, lambda f: True)
    parts = PromptParts((diagnostic(),), window, "rustc --explain E0425", "long text\n" * 2000)

    prompt = build_repair_prompt(parts, budget_tokens=300, answer="text")

    assert "2 |     width * heigth" in prompt and "<<<<<<< SEARCH" in prompt
    assert len(prompt) < 300 * 3.5 + 700  # the anchor was cut, the required parts stayed


def test_an_episode_with_a_scripted_model_applies_only_a_proven_model_patch(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    source = SOURCE.replace("heigth", "hieght_of_the_box")  # no typo move reaches this name
    right = BLOCK.replace("width * heigth", "width * hieght_of_the_box")
    wrong_fix = right.replace("width * height", "width * undefined_name")
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([[wrong_fix, right]]), encoding="utf-8")
    crate = make_crate({"src/lib.rs": source})
    settings = load_settings(
        crate, {"model": f"scripted:{script}", "clippy": False, "model_format": "text"}
    )

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green" and outcome.applied
    assert outcome.proposer_counts["model"]["winners"] == 1
    assert (crate / "src/lib.rs").read_text(encoding="utf-8") == FIXED
    trace = rusta_home() / "traces" / f"{outcome.trace_id}.jsonl"
    events = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [e["samples"] for e in events if e["kind"] == "model"] == [2]
    replayed = ScriptedBackend.from_file(trace)  # the trace holds what the model said
    assert replayed.complete("any prompt", n=2) == [wrong_fix, right]


def test_the_model_is_not_asked_when_the_model_free_search_fixes_the_crate(
    make_crate: Callable[..., Path], tmp_path: Path
) -> None:
    # `heigth` is one typo away from `height`: the typo move fixes it without the model
    script = tmp_path / "answers.json"
    script.write_text(json.dumps([[BLOCK]]), encoding="utf-8")
    crate = make_crate({"src/lib.rs": SOURCE})
    settings = load_settings(
        crate, {"model": f"scripted:{script}", "clippy": False, "model_format": "text"}
    )

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green"
    assert (crate / "src/lib.rs").read_text(encoding="utf-8") == FIXED
    trace = rusta_home() / "traces" / f"{outcome.trace_id}.jsonl"
    kinds = [json.loads(line)["kind"] for line in trace.read_text().splitlines()]
    assert "model" not in kinds
    assert outcome.proposer_counts.get("model", {}).get("candidates", 0) == 0
