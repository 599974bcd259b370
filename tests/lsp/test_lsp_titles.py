"""Titles and actions read off an outcome: each proven fix says what it changes.

An outcome without a title (an episode from before titles, or one that gave none) still gets
a title from its diff, and every alternative becomes its own action with its own edit. The
crate is real and the diffs are the ones Rusta's patch room writes for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pygls.uris import from_fs_path

from rusta.lsp.server import diff_title, outcome_actions
from rusta.patch.diff import unified_diff
from rusta.types import Alternative, Outcome, Question

BEFORE = """\
pub fn total() -> u32 {
    let total = 0;
    total += 1;
    total
}
"""
WITH_MUT = BEFORE.replace("let total", "let mut total")
SHADOWED = BEFORE.replace("    total += 1;\n", "    let total = total + 1;\n")


def _outcome(root: Path) -> Outcome:
    old = {"src/lib.rs": BEFORE}
    return Outcome(
        status="green",
        applied=False,
        diff=unified_diff(old, {"src/lib.rs": WITH_MUT}),
        changed_lines=2,
        error_codes=("E0384",),
        steps=(),
        candidates_validated=2,
        tests_run=("tests::adds",),
        title="",  # no title from the episode: the LSP reads one off the diff
        alternatives=(
            Alternative(
                title="",
                move="E0384/shadow",
                diff=unified_diff(old, {"src/lib.rs": SHADOWED}),
                files={"src/lib.rs": SHADOWED},
                changed_lines=2,
                p_green=0.4,
                tests_run=("tests::adds", "tests::zero"),
            ),
        ),
    )


def test_an_outcome_without_titles_gets_them_from_its_diffs(
    make_crate: Callable[..., Path],
) -> None:
    root = make_crate({"src/lib.rs": BEFORE}, name="titles")
    outcome = _outcome(root)

    # the wording is the patch room's (patch/describe.py); here: it names the change and place
    title = diff_title(root, outcome.diff)
    assert title.startswith("add `mut") and "total" in title and "src/lib.rs:2" in title

    chosen, other = outcome_actions(root, outcome)
    assert chosen.title == f"Rusta: {title} (verified, 1 test)"
    assert chosen.is_preferred and not other.is_preferred
    assert other.title.startswith("Rusta: ") and other.title.endswith("(verified, 2 tests)")
    assert other.title != chosen.title and "total" in other.title
    assert other.data["move"] == "E0384/shadow"
    uri = from_fs_path(str(root / "src" / "lib.rs"))
    assert chosen.edit.changes[uri][0].new_text == "    let mut total = 0;\n"
    assert other.edit.changes[uri][0].new_text == "    let total = total + 1;\n"


def test_a_question_becomes_one_action_per_answer_and_none_is_preferred(
    make_crate: Callable[..., Path],
) -> None:
    """Rusta asks (issue 12): the editor shows each proven answer as its own action, and the
    quick-fix key does not pick one for the developer."""
    root = make_crate({"src/lib.rs": BEFORE}, name="question")
    green = _outcome(root)
    options = (
        Alternative(
            title="add `mut` to `total`",
            move="E0384/add-mut",
            diff=green.diff,
            files={"src/lib.rs": WITH_MUT},
            changed_lines=2,
            p_green=0.6,
            tests_run=("tests::adds",),
            intent="declare `total` as `mut`",
        ),
        green.alternatives[0],
    )
    asked = replace(
        green,
        status="ask",
        questions=(Question("cannot assign twice at src/lib.rs:3: mut, or shadow?", options),),
        alternatives=(),
    )
    first, second = outcome_actions(root, asked)
    assert not first.is_preferred and not second.is_preferred
    assert first.title.startswith("Rusta: declare `total` as `mut` (answers: cannot assign")
    assert (first.data["answer"], second.data["answer"]) == (1, 2)
    uri = from_fs_path(str(root / "src" / "lib.rs"))
    assert second.edit.changes[uri][0].new_text == "    let total = total + 1;\n"
