"""Issue 20: a trait method renamed in the trait only, fixed from either side in one
candidate (real cargo on a real crate)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import MovesProposer
from rusta.tools.diagnostics import parse_cargo_stream
from rusta.types import Candidate

MANIFEST = '[package]\nname = "shapes"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
FILES = {
    "src/lib.rs": """pub mod shapes;
use shapes::{Area, Circle, Square};
pub fn total(c: &Circle, s: &Square) -> f64 {
    c.area() + s.area()
}
pub fn biggest(items: &[Box<dyn Area>]) -> f64 {
    items.iter().map(|i| i.area()).fold(0.0, f64::max)
}
""",
    "src/shapes.rs": """pub trait Area {
    fn surface(&self) -> f64;
}
pub struct Circle(pub f64);
pub struct Square(pub f64);
impl Area for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
}
impl Area for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}
""",
}


def _check(root: Path) -> list:
    environment = {**os.environ, "CARGO_TARGET_DIR": str(root / "target")}
    done = subprocess.run(
        ["cargo", "check", "--message-format=json", "--offline"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return parse_cargo_stream(done.stdout)


def _apply(root: Path, candidate: Candidate) -> None:
    by_file: dict[str, list] = {}
    for edit in candidate.edits:
        by_file.setdefault(edit.file, []).append(edit)
    for file, edits in by_file.items():
        data = (root / file).read_bytes()
        for edit in sorted(edits, key=lambda e: e.byte_start, reverse=True):
            data = data[: edit.byte_start] + edit.replacement.encode() + data[edit.byte_end :]
        (root / file).write_bytes(data)


@pytest.fixture(scope="module")
def crate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Candidate]]:
    root = tmp_path_factory.mktemp("shapes")
    for name, text in {"Cargo.toml": MANIFEST, **FILES}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    diagnostics = _check(root)
    context = ProposalContext(
        read=lambda name: (root / name).read_text(encoding="utf-8"),
        files=sorted(FILES),
        diagnostics=diagnostics,
    )
    found: dict[str, Candidate] = {}
    for diagnostic in diagnostics:
        for candidate in MovesProposer().propose(context, diagnostic):
            name = candidate.move.split("/", 1)[1]
            if name in ("rename-trait-method", "respell-trait-impls"):
                assert name not in found, "one candidate per cause, not one per error"
                found[name] = candidate
    return root, found


def test_the_trait_side_is_one_edit(crate: tuple[Path, dict[str, Candidate]]) -> None:
    _root, found = crate
    edits = found["rename-trait-method"].edits
    assert [(e.file, e.replacement) for e in edits] == [("src/shapes.rs", "area")]


def test_the_use_side_respells_every_impl_and_call(
    crate: tuple[Path, dict[str, Candidate]],
) -> None:
    _root, found = crate
    edits = found["respell-trait-impls"].edits
    assert sorted(e.file for e in edits) == ["src/lib.rs"] * 3 + ["src/shapes.rs"] * 2
    assert {e.replacement for e in edits} == {"surface"}


@pytest.mark.parametrize("move", ["rename-trait-method", "respell-trait-impls"])
def test_each_side_compiles(
    crate: tuple[Path, dict[str, Candidate]], tmp_path: Path, move: str
) -> None:
    root, found = crate
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ["Cargo.toml", *FILES]:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes((root / name).read_bytes())
    _apply(copy, found[move])
    assert [d for d in _check(copy) if d.is_error] == []
