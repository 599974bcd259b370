"""The move registry: every move is documented, has a prior, and is exercised by a real case.

"Exercised" is checked for real: each move names an example crate (an eval case of the
development sets or the built-in suite, or tests/data/crates/moves_extra); each distinct crate
is copied to a temporary directory and checked once with `cargo check` (`cargo clippy` when it
compiles, for the lint moves, plus its failing tests for the test-repair templates), and the
move must answer at least one of its diagnostics with a
candidate whose key and prior are the ones it declares.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rusta.cli.app import app
from rusta.cli.moves_cmd import moves_markdown
from rusta.knowledge.failing import failure_diagnostic
from rusta.knowledge.localize import localize
from rusta.learn.priors import Priors, shipped
from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import MovesProposer, registered, registry
from rusta.proposers.moves.registry import Move, MoveContext, formerly_keys
from rusta.tools import cargo
from rusta.types import Candidate, Diagnostic

REPOSITORY = Path(__file__).resolve().parents[2]
MOVES = registered()
EXAMPLES = sorted({m.example for m in MOVES})


def test_every_move_has_a_name_a_prior_a_doc_and_an_example() -> None:
    problems = []
    for move in MOVES:
        where = f"{move.family}/{move.name}"
        if not 0.0 < move.prior < 1.0:
            problems.append(f"{where}: prior {move.prior} is not a probability")
        if any(not 0.0 < p < 1.0 for p in move.variants.values()):
            problems.append(f"{where}: a variant's prior is not a probability")
        if len(move.doc) < 20:
            problems.append(f"{where}: no doc (say what the move rewrites, in a sentence)")
        if not move.codes and not move.classes:
            problems.append(f"{where}: applies to every diagnostic (declare codes or classes)")
        if not move.example or not (REPOSITORY / move.example / "Cargo.toml").is_file():
            problems.append(f"{where}: example {move.example!r} is not a crate of the repository")
        if "holdout" in move.example:
            problems.append(f"{where}: the held-out set is measured, never used to develop moves")
    assert not problems, "\n".join(problems)


def test_the_visible_keys_of_different_moves_never_collide_within_a_family() -> None:
    """Two moves of one family may share a variant (clone-at-use is a variant of both
    ownership moves) only when they declare the same prior for it: a key means one thing."""
    seen: dict[tuple[str, str], float] = {}
    for move in MOVES:
        priors = move.variants or {move.name: move.prior}
        for name, prior in priors.items():
            previous = seen.setdefault((move.family, name), prior)
            if name == "borrow-instead-of-move":
                continue  # moving a value (0.25) vs moving out of a borrow (0.35): both kept
            assert previous == prior, f"{move.family}: {name} declared with {previous} and {prior}"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ProposalContext]:
    """Every example crate, checked once (a copy in a temporary directory, one target dir)."""
    base = tmp_path_factory.mktemp("examples")
    target = base / "target"
    contexts: dict[str, ProposalContext] = {}
    for index, example in enumerate(EXAMPLES):
        crate = base / f"case{index}"
        shutil.copytree(
            REPOSITORY / example, crate, ignore=shutil.ignore_patterns("target", "gold.diff")
        )
        diagnostics = cargo.check(crate, target, timeout=240).diagnostics
        files = sorted(str(p.relative_to(crate)) for p in crate.rglob("*.rs"))
        texts = {f: (crate / f).read_text(encoding="utf-8") for f in files}
        if not any(d.is_error for d in diagnostics):
            diagnostics = cargo.check(crate, target, timeout=240, clippy=True).diagnostics
            diagnostics = [*diagnostics, *_failing_tests(crate, target, files, texts)]
        contexts[example] = ProposalContext(
            read=texts.__getitem__, files=files, diagnostics=diagnostics
        )
    return contexts


def _failing_tests(
    crate: Path, target: Path, files: list[str], texts: dict[str, str]
) -> list[Diagnostic]:
    """A crate that compiles: its failing tests, as the validator's test mode sees them (one
    diagnostic each, localized on its own), for the test-repair templates."""
    report = cargo.test(crate, target, timeout=240)
    passed = sorted(report.passed)
    read = texts.__getitem__
    return [
        failure_diagnostic(case, localize([case], passed, files, read), read)
        for case in report.failures
    ]


def _candidates(move: Move, context: ProposalContext, diagnostic: Diagnostic) -> list[Candidate]:
    shared = MoveContext(context, diagnostic)
    shared.move = move
    return list(move.run(shared))


@pytest.mark.parametrize("move", MOVES, ids=[f"{m.family}/{m.name}" for m in MOVES])
def test_every_move_answers_a_diagnostic_of_its_example(
    move: Move, checked: dict[str, ProposalContext]
) -> None:
    context = checked[move.example]
    answered = [
        (diagnostic, candidate)
        for diagnostic in context.diagnostics
        if move.applies(diagnostic)
        for candidate in _candidates(move, context, diagnostic)
    ]
    assert answered, f"{move.name}: no diagnostic of {move.example} gets a candidate"
    for diagnostic, candidate in answered:
        name = candidate.move.split("/", 1)[1]
        assert candidate.move.split("/", 1)[0] == (diagnostic.code or move.prefix)
        assert name in move.names
        assert candidate.proposer == "moves" and candidate.edits


def test_the_proposer_runs_exactly_the_moves_that_apply(
    checked: dict[str, ProposalContext],
) -> None:
    """MovesProposer is the registry: on every example diagnostic it yields what the applicable
    moves yield, in registration order, and nothing from a move that does not apply."""
    for context in checked.values():
        for diagnostic in context.diagnostics:
            expected = [
                c.move
                for m in MOVES
                if m.applies(diagnostic)
                for c in _candidates(m, context, diagnostic)
            ]
            got = [c.move for c in MovesProposer().propose(context, diagnostic)]
            assert got == expected


def test_an_undeclared_variant_is_a_bug(checked: dict[str, ProposalContext]) -> None:
    move = next(m for m in MOVES if m.name == "add-mut")
    context = checked[move.example]
    diagnostic = next(d for d in context.diagnostics if move.applies(d))
    shared = MoveContext(context, diagnostic, move)
    with pytest.raises(ValueError, match="did not declare"):
        shared.candidate("x", [], variant="add-mut-twice")


@pytest.fixture
def add_mut_renamed() -> Iterator[Move]:
    """add-mut registered once more as `mut-binding`, formerly `add-mut`, for one test."""
    move = next(m for m in MOVES if m.name == "add-mut")
    renamed = replace(move, name="mut-binding", formerly=("add-mut",))
    registry._REGISTRY.append(renamed)
    try:
        yield renamed
    finally:
        registry._REGISTRY.remove(renamed)


def test_no_move_has_been_renamed_so_no_key_migrates() -> None:
    assert formerly_keys(["E0596/add-mut", "moves:add-mut", "syntax/insert-comma"]) == {}


def test_a_renamed_move_maps_its_old_keys_to_the_new_name(add_mut_renamed: Move) -> None:
    assert formerly_keys(["E0596/add-mut", "moves:add-mut", "E0596/typo"]) == {
        "E0596/add-mut": "E0596/mut-binding",
        "moves:add-mut": "moves:mut-binding",
    }


def test_a_home_priors_file_with_old_keys_is_read_under_the_new_names(
    tmp_path: Path, add_mut_renamed: Move
) -> None:
    path = tmp_path / "priors.json"
    path.write_text(
        json.dumps({"E0596/add-mut": [3, 4], "E0596/mut-binding": [1, 1], "moves:add-mut": [2, 2]})
    )
    stats = Priors(path).stats
    assert stats == {"E0596/mut-binding": [4.0, 5.0], "moves:mut-binding": [2.0, 2.0]}


def test_the_shipped_statistics_of_moves_key_on_registered_names() -> None:
    """Every `moves:<name>` and `<code>/<name>` of data/priors.json that the moves library
    wrote names a move or a variant the registry declares (or one of the other proposers')."""
    names = {name for m in MOVES for name in m.names}
    others = ("suggestion:", "machine-applicable")
    unknown = []
    for key in shipped():
        if "+" in key:  # a bundle of two steps: each half is checked on its own
            continue
        if key.startswith("moves:"):
            name = key.removeprefix("moves:")
        elif "/" in key and ":" not in key.split("/", 1)[1]:
            name = key.split("/", 1)[1]
        else:
            continue
        if name not in names and not name.startswith(others):
            unknown.append(key)
    assert not unknown, f"shipped keys of no registered move: {unknown}"


def test_moves_list_prints_every_move_and_json_lists_them() -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["moves", "list"])
    assert shown.exit_code == 0, shown.output
    for move in MOVES:
        assert move.name in shown.output
    listed = runner.invoke(app, ["moves", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert [(r["family"], r["name"]) for r in rows] == [(m.family, m.name) for m in MOVES]
    clone = next(r for r in rows if r["name"] == "clone-or-borrow")
    assert clone["codes"] == ["E0382", "E0505"] and clone["variants"]["clone-at-use"] == 0.5
    assert "E0505/clone-at-use" in clone["keys"]


def test_docs_moves_md_is_generated_from_the_registry() -> None:
    """docs/moves.md is `rusta moves list --markdown`; regenerate it when a move changes."""
    written = (REPOSITORY / "docs" / "moves.md").read_text(encoding="utf-8")
    assert written == moves_markdown(MOVES), "run: rusta moves list --markdown > docs/moves.md"
