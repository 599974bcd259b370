"""Root causes (issue 20) on real rustc output: errors grouped by the definition they point at."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rusta.knowledge.rootcause import Cause, describe, group
from rusta.knowledge.symbols import build_index
from rusta.tools.diagnostics import parse_cargo_stream

MANIFEST = '[package]\nname = "causes"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# One crate, five causes: `parse` now takes `String` (three calls in two files), `Item::label`
# was renamed `name` (two uses), `Acc::add` was renamed `add_amount` (two calls),
# `Item::describe` takes `self` by value (two borrowing callers), and one unrelated typo.
FILES = {
    "src/lib.rs": """pub mod model;
pub mod report;
use model::{parse, Acc, Item};
pub fn totals(lines: &[&str]) -> u32 {
    lines.iter().map(|l| parse(l).qty).sum()
}
pub fn first(line: &str) -> Item { parse(line) }
pub fn label_of(i: &Item) -> String { i.label.clone() }
pub fn both(a: &mut Acc) { a.add(1); a.add(2); }
pub fn shown(i: &Item) -> String { i.describe() }
pub fn typo(n: u32) -> u32 { n + nmber }
""",
    "src/model.rs": """pub struct Item { pub name: String, pub qty: u32 }
impl Item {
    pub fn describe(self) -> String { format!("{} x{}", self.name, self.qty) }
}
#[derive(Default)]
pub struct Acc { pub total: u64 }
impl Acc {
    pub fn add_amount(&mut self, n: u64) { self.total += n; }
}
pub fn parse(line: String) -> Item {
    let (n, q) = line.split_once(',').unwrap();
    Item { name: n.to_string(), qty: q.trim().parse().unwrap() }
}
""",
    "src/report.rs": """use crate::model::{parse, Item};
pub fn loud(i: &Item) -> String { i.describe().to_uppercase() }
pub fn pair(a: &str, b: &str) -> String { format!("{}{}", parse(a).label, parse(b).qty) }
""",
}


def _check(root: Path) -> list:
    environment = {
        **os.environ,
        "CARGO_TARGET_DIR": str(root / "target"),
        "CARGO_NET_OFFLINE": "true",
    }
    done = subprocess.run(
        ["cargo", "check", "--message-format=json"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return parse_cargo_stream(done.stdout)


@pytest.fixture(scope="module")
def causes(tmp_path_factory: pytest.TempPathFactory) -> list[Cause]:
    root = tmp_path_factory.mktemp("causes")
    for name, text in {"Cargo.toml": MANIFEST, **FILES}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    diagnostics = _check(root)
    return group(diagnostics, lambda name: (root / name).read_text(encoding="utf-8"))


def _by_kind(causes: list[Cause]) -> dict[tuple[str, str], int]:
    return {(c.kind, c.subject): c.sites for c in causes}


def test_every_use_of_one_definition_is_one_cause(causes: list[Cause]) -> None:
    found = _by_kind(causes)
    assert found[("signature", "parse")] == 4  # three calls in two files, one per argument
    assert found[("fields", "Item")] == 2
    assert found[("methods", "Acc")] == 2
    assert found[("receiver", "Item::describe")] == 2


def test_the_signature_cause_points_at_the_definition(causes: list[Cause]) -> None:
    signature = next(c for c in causes if c.kind == "signature")
    assert signature.definition is not None
    assert signature.definition.file == "src/model.rs"
    assert signature.definition.line_start == 10
    assert {m.primary.file for m in signature.members if m.primary} == {
        "src/lib.rs",
        "src/report.rs",
    }


def test_an_independent_error_is_its_own_cause(causes: list[Cause]) -> None:
    singles = [c for c in causes if not c.grouped]
    assert [c.members[0].code for c in singles] == ["E0425"]
    assert sum(c.sites for c in causes) == 11


def test_the_description_names_each_cause_and_its_size(causes: list[Cause]) -> None:
    text = describe(causes)
    assert text.startswith("11 error(s), 5 causes: ")
    assert "`parse` takes `String` where its calls pass `&str` (4)" in text
    assert "`Item` has no field `label` that its uses spell (2)" in text
    assert "`Item::describe` takes `self` by value where its callers borrow (2)" in text


# `Bag::count` now returns `u32`, and `spend` takes `i32` while its body adds it to `i64`:
# the callers' mismatches are one `returns` cause (found through the symbol index), the
# body's errors join the `signature` cause of the parameter they name.
RETURNS = {
    "src/lib.rs": """pub struct Bag { items: Vec<u8>, spent: i64 }
impl Bag {
    pub fn count(&self) -> u32 { self.items.len() as u32 }
    pub fn spend(&mut self, amount: i32) { self.spent = self.spent + amount; }
}
pub fn full(b: &Bag, capacity: usize) -> bool { b.count() >= capacity }
pub fn room(b: &Bag, capacity: usize) -> usize { capacity.saturating_sub(b.count()) }
pub fn pay(b: &mut Bag, x: i64, y: i64) { b.spend(x); b.spend(y); }
""",
}


def test_a_changed_return_type_and_a_body_error_join_their_causes(tmp_path: Path) -> None:
    root = tmp_path / "causes"
    for name, text in {"Cargo.toml": MANIFEST, **RETURNS}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    read = lambda name: (root / name).read_text(encoding="utf-8")  # noqa: E731
    diagnostics = _check(root)
    causes = group(diagnostics, read, build_index(["src/lib.rs"], read))
    found = _by_kind(causes)
    assert found[("returns", "Bag::count")] == 2
    assert found[("signature", "spend")] == 4  # two calls; the body's `+ amount` (E0308, E0277)
    assert sum(c.sites for c in causes) == sum(d.is_error for d in diagnostics)


# `Area::area` was renamed `surface` in the trait only: both impls still define `area`
# (E0407) and miss `surface` (E0046), and three calls of `area` on two types and a trait
# object find no method (E0599). One cause, the trait.
TRAIT = {
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


def test_a_trait_method_renamed_in_the_trait_only_is_one_cause(tmp_path: Path) -> None:
    root = tmp_path / "causes"
    for name, text in {"Cargo.toml": MANIFEST, **TRAIT}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    read = lambda name: (root / name).read_text(encoding="utf-8")  # noqa: E731
    diagnostics = _check(root)
    causes = group(diagnostics, read, build_index(sorted(TRAIT), read))
    assert _by_kind(causes) == {("trait", "Area"): 7}
    assert (
        sorted(d.code for d in causes[0].members) == ["E0046"] * 2 + ["E0407"] * 2 + ["E0599"] * 3
    )
    assert describe(causes) == (
        "7 error(s), 1 cause: `Area` declares `surface` where its impls define "
        "(and callers call) `area` (7)"
    )
