"""Moves on real diagnostics (one `cargo check` per tiny crate), and the shared helpers.

A ProposalContext is built over in-memory texts, exactly as the search builds it over a
sandbox state; each candidate is applied with the real TextEdit machinery to see what it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from rusta.patch.textedit import apply_edits
from rusta.proposers.compiler import CompilerSuggestions
from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import MovesProposer
from rusta.proposers.moves.common import add_derive, add_use, levenshtein, similar_names
from rusta.tools import cargo
from rusta.tools.source import find_imbalance
from rusta.types import Candidate, Diagnostic

MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# Four independent errors rustc reports in one pass: E0425, E0603, E0277, E0308.
MIXED = {
    "src/lib.rs": """\
mod model;
mod secrets;

pub fn show(point: &model::Point) -> String {
    format!("{:?}", point)
}

pub fn reveal() -> i32 {
    secrets::hidden_value()
}

pub fn bump() -> i32 {
    let total = 3;
    totl + 1
}

pub struct User {
    pub name: String,
}

pub fn make_user(name: &str) -> User {
    User { name }
}
""",
    "src/model.rs": """\
#[derive(Clone)]
pub struct Point {
    pub x: i32,
}
""",
    "src/secrets.rs": """\
fn hidden_value() -> i32 {
    42
}
""",
}

UNCLOSED = {
    "src/lib.rs": """\
pub fn sign(x: i32) -> i32 {
    if x < 0 {
        -1
    } else {
        1

}

pub fn zero() -> i32 {
    0
}
""",
}


@dataclass
class Checked:
    texts: dict[str, str]
    diagnostics: tuple[Diagnostic, ...]

    def context(self) -> ProposalContext:
        return ProposalContext(
            read=self.texts.__getitem__, files=sorted(self.texts), diagnostics=self.diagnostics
        )

    def one(self, code: str) -> Diagnostic:
        (found,) = [d for d in self.diagnostics if d.code == code and d.is_error]
        return found


def check_crate(directory: Path, name: str, texts: Mapping[str, str]) -> Checked:
    root = directory / name
    for relative, text in {"Cargo.toml": MANIFEST.format(name=name), **texts}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    result = cargo.check(root, directory / "target", timeout=240)
    return Checked(dict(texts), result.diagnostics)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("mixed"), "mixed", MIXED)


@pytest.fixture(scope="module")
def unclosed(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("unclosed"), "unclosed", UNCLOSED)


def moves(context: ProposalContext, diagnostic: Diagnostic) -> list[Candidate]:
    return list(MovesProposer().propose(context, diagnostic))


def applied(context: ProposalContext, candidate: Candidate) -> dict[str, str]:
    return apply_edits(context.text, candidate.edits)


def line_of(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


# --- moves on real diagnostics -------------------------------------------------------------


def test_the_mixed_crate_reports_the_four_errors(mixed: Checked) -> None:
    assert sorted(d.code for d in mixed.diagnostics if d.is_error) == [
        "E0277",
        "E0308",
        "E0425",
        "E0603",
    ]


def test_a_missing_debug_is_derived_at_the_definition_in_the_other_file(mixed: Checked) -> None:
    context = mixed.context()
    diagnostic = mixed.one("E0277")
    assert diagnostic.primary is not None and diagnostic.primary.file == "src/lib.rs"

    (derive,) = [c for c in moves(context, diagnostic) if c.move == "E0277/add-derive"]

    assert {edit.file for edit in derive.edits} == {"src/model.rs"}
    after = applied(context, derive)
    assert after["src/model.rs"] == MIXED["src/model.rs"].replace(
        "#[derive(Clone)]", "#[derive(Clone, Debug)]"
    )


def test_a_private_function_is_made_pub_where_it_is_defined(mixed: Checked) -> None:
    context = mixed.context()

    candidates = moves(context, mixed.one("E0603"))
    by_move = {c.move: c for c in candidates}

    assert {"E0603/make-pub", "E0603/make-pub-crate"} <= set(by_move)
    after = applied(context, by_move["E0603/make-pub"])
    assert set(after) == {"src/secrets.rs"}
    assert after["src/secrets.rs"].startswith("pub fn hidden_value() -> i32 {\n")
    crate_only = applied(context, by_move["E0603/make-pub-crate"])["src/secrets.rs"]
    assert crate_only.startswith("pub(crate) fn hidden_value()")


def test_a_typo_of_a_local_variable_gets_the_right_name(mixed: Checked) -> None:
    context = mixed.context()

    typos = [c for c in moves(context, mixed.one("E0425")) if c.move == "E0425/typo"]

    assert typos
    best = applied(context, typos[0])["src/lib.rs"]
    assert line_of(best, "+ 1") == "    total + 1"
    assert best.replace("    total + 1\n", "    totl + 1\n", 1) == MIXED["src/lib.rs"]


def test_a_shorthand_field_is_expanded_when_converted(mixed: Checked) -> None:
    context = mixed.context()

    conversions = [c for c in moves(context, mixed.one("E0308")) if c.move == "E0308/to-string"]

    assert conversions
    for candidate in conversions:
        line = line_of(applied(context, candidate)["src/lib.rs"], "User { ")
        assert line == "    User { name: name.to_string() }"


def test_the_compiler_shorthand_suggestion_is_not_doubled(mixed: Checked) -> None:
    context = mixed.context()

    suggestions = list(CompilerSuggestions().propose(context, mixed.one("E0308")))

    assert suggestions
    for candidate in suggestions:
        line = line_of(applied(context, candidate)["src/lib.rs"], "User { ")
        assert line == "    User { name: name.to_string() }"


def test_an_unclosed_brace_gets_a_balancing_candidate(unclosed: Checked) -> None:
    context = unclosed.context()
    (diagnostic,) = [d for d in unclosed.diagnostics if d.is_error]
    assert find_imbalance(UNCLOSED["src/lib.rs"]) is not None

    balancing = [c for c in moves(context, diagnostic) if c.move == "syntax/balance-delimiters"]

    assert balancing
    results = [applied(context, c)["src/lib.rs"] for c in balancing]
    assert all(find_imbalance(text) is None for text in results)
    # the closer the indentation asks for: before `}` that ends `sign`, at the `if`'s indent
    assert UNCLOSED["src/lib.rs"].replace("        1\n\n}", "        1\n\n    }\n}") in results


# --- common: names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("abc", "", 3),
        ("", "abc", 3),
        ("same", "same", 0),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("total", "totl", 1),
        ("count", "cuont", 1),  # an adjacent swap is one edit (optimal string alignment)
    ],
)
def test_levenshtein(a: str, b: str, distance: int) -> None:
    assert levenshtein(a, b) == distance
    assert levenshtein(b, a) == distance


def test_similar_names_closest_first_and_never_the_name_itself() -> None:
    pool = ["totals", "total", "totl", "tot", "unrelated", ""]

    assert similar_names("totl", pool) == ["tot", "total"]
    assert similar_names("total", pool) == ["totals", "totl"]
    assert similar_names("zzz", pool) == []


def test_similar_names_counts_case_changes_as_near_and_honours_the_limit() -> None:
    assert similar_names("hashmap", ["HashMap", "Hash"])[0] == "HashMap"
    assert similar_names("ab", ["aa", "ac", "ad", "ae"], limit=2) == ["aa", "ac"]


def test_similar_names_knows_longer_spellings_of_the_same_word() -> None:
    assert similar_names("parse_bool", ["parse_boolean", "parse"]) == ["parse_boolean"]
    assert similar_names("Transation", ["Transaction"]) == ["Transaction"]


def test_similar_names_treats_swapped_letters_as_one_typo() -> None:
    assert similar_names("cuont", ["count"]) == ["count"]
    assert similar_names("lenght", ["height", "length"])[0] == "length"


# --- common: add_use -----------------------------------------------------------------------

WITH_TESTS = """\
//! A crate.
use std::fmt;
use std::io;

pub fn first() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_a_map() {
        let _ = HashMap::<u8, u8>::new();
    }
}
"""


def context_over(text: str, file: str = "src/lib.rs") -> ProposalContext:
    texts = {file: text}
    return ProposalContext(read=texts.__getitem__, files=[file], diagnostics=[])


def with_edit(context: ProposalContext, edit: object, file: str = "src/lib.rs") -> str:
    return apply_edits(context.text, [edit])[file]  # type: ignore[list-item]


def test_add_use_goes_after_the_existing_use_lines() -> None:
    context = context_over(WITH_TESTS)

    edit = add_use(context, "src/lib.rs", "std::collections::HashMap", WITH_TESTS.index("pub fn"))

    assert with_edit(context, edit) == WITH_TESTS.replace(
        "use std::io;\n", "use std::io;\nuse std::collections::HashMap;\n"
    )


def test_add_use_inside_an_inline_module_goes_into_that_module() -> None:
    context = context_over(WITH_TESTS)

    edit = add_use(context, "src/lib.rs", "std::collections::HashMap", WITH_TESTS.index("HashMap"))

    assert with_edit(context, edit) == WITH_TESTS.replace(
        "    use super::*;\n", "    use super::*;\n    use std::collections::HashMap;\n"
    )


def test_add_use_in_a_module_without_use_lines_opens_its_body() -> None:
    text = "pub fn a() {}\n\nmod inner {\n    pub fn b() -> Rc<u8> {\n        todo!()\n    }\n}\n"
    context = context_over(text)

    edit = add_use(context, "src/lib.rs", "std::rc::Rc", text.index("Rc<"))

    assert with_edit(context, edit) == text.replace(
        "mod inner {\n", "mod inner {\n    use std::rc::Rc;\n"
    )


def test_add_use_skips_inner_attributes_and_doc_comments() -> None:
    text = "#![allow(dead_code)]\n//! Docs.\n\npub fn a() {}\n"
    context = context_over(text)

    edit = add_use(context, "src/lib.rs", "std::fmt")

    assert (
        with_edit(context, edit)
        == "#![allow(dead_code)]\n//! Docs.\nuse std::fmt;\n\npub fn a() {}\n"
    )


# --- common: add_derive --------------------------------------------------------------------

SHAPES = """\
#[derive(Debug)]
pub struct Point {
    x: i32,
}

pub struct Unit;

mod inner {
    pub enum Kind {
        A,
    }
}
"""


def derived(name: str, traits: list[str]) -> str | None:
    context = context_over(SHAPES)
    (symbol,) = context.symbols.named(name, ["struct", "enum"])
    edit = add_derive(context, symbol, traits)
    return None if edit is None else with_edit(context, edit)


def test_add_derive_extends_an_existing_derive() -> None:
    assert derived("Point", ["Clone"]) == SHAPES.replace(
        "#[derive(Debug)]", "#[derive(Debug, Clone)]"
    )


def test_add_derive_adds_the_supertraits_ord_and_copy_need() -> None:
    assert derived("Point", ["Ord"]) == SHAPES.replace(
        "#[derive(Debug)]", "#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]"
    )
    assert derived("Unit", ["Copy"]) == SHAPES.replace(
        "pub struct Unit;", "#[derive(Clone, Copy)]\npub struct Unit;"
    )


def test_add_derive_writes_a_new_line_at_the_item_indentation() -> None:
    assert derived("Kind", ["PartialEq"]) == SHAPES.replace(
        "    pub enum Kind", "    #[derive(PartialEq)]\n    pub enum Kind"
    )


def test_add_derive_returns_none_when_everything_is_derived() -> None:
    assert derived("Point", ["Debug"]) is None


def test_add_derive_counts_every_derive_attribute_of_the_item() -> None:
    # an earlier step added `#[derive(Eq)]` on its own line: Ord must not derive Eq twice
    source = "#[derive(Debug, PartialEq)]\n#[derive(Eq)]\npub struct Point;\n"
    context = context_over(source)
    (symbol,) = context.symbols.named("Point", ["struct"])
    edit = add_derive(context, symbol, ["Ord"])
    assert edit is not None
    assert with_edit(context, edit) == source.replace(
        "#[derive(Eq)]", "#[derive(Eq, PartialOrd, Ord)]"
    )
    assert add_derive(context, symbol, ["PartialEq"]) is None


# --- shapes after a refactor: E0063, E0061, E0277 (`?` on a Result in an Option fn) --------

REFACTORED = {
    "src/lib.rs": """\
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    Get,
    Post,
}

pub struct Route {
    pub method: Method,
    pub path: String,
}

pub struct Router {
    pub routes: Vec<Route>,
}

impl Router {
    pub fn add(&mut self, method: Method, path: &str) {
        self.routes.push(Route { path: path.to_string() });
    }
}

pub fn build() -> Router {
    let mut router = Router { routes: Vec::new() };
    router.add(Method::Get, "/a");
    router.add("/b");
    router.add(Method::Get, "/c");
    router.add(Method::Post, "/d");
    router
}

pub fn minutes(text: &str) -> Option<u32> {
    let value: u32 = text.trim().parse()?;
    Some(value)
}

pub struct Label {
    pub name: Option<String>,
}

impl Label {
    pub fn width(&self) -> usize {
        self.name.chars().count()
    }
}

pub fn port(scheme: String) -> u16 {
    match scheme {
        "http" => 80,
        _ => 443,
    }
}
""",
}


@pytest.fixture(scope="module")
def refactored(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("refactored"), "refactored", REFACTORED)


def test_a_new_field_takes_the_parameter_named_like_it(refactored: Checked) -> None:
    context = refactored.context()

    fills = [c for c in moves(context, refactored.one("E0063")) if c.move == "E0063/fill-fields"]

    line = line_of(applied(context, fills[0])["src/lib.rs"], "push(Route")
    assert line == "        self.routes.push(Route { path: path.to_string(), method });"


def test_a_missing_argument_is_what_the_updated_calls_pass(refactored: Checked) -> None:
    context = refactored.context()

    siblings = [
        c
        for c in moves(context, refactored.one("E0061"))
        if c.move == "E0061/argument-like-siblings"
    ]

    lines = [line_of(applied(context, c)["src/lib.rs"], '"/b"') for c in siblings]
    assert lines == ['    router.add(Method::Get, "/b");', '    router.add(Method::Post, "/b");']


def test_a_result_question_mark_in_an_option_fn_discards_the_error(refactored: Checked) -> None:
    context = refactored.context()
    (diagnostic,) = [d for d in refactored.diagnostics if "not `Result`s" in d.message]

    (ok,) = [c for c in moves(context, diagnostic) if c.move == "E0277/result-ok"]

    line = line_of(applied(context, ok)["src/lib.rs"], "parse")
    assert line == "    let value: u32 = text.trim().parse().ok()?;"


# --- impls by analogy: E0369 (`Sub` like the `Add` beside it), E0277 (`Default` as `new()`) --

ANALOGY = {
    "src/lib.rs": """\
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct V {
    pub x: f64,
}

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V { x: self.x + o.x }
    }
}

impl Mul<f64> for V {
    type Output = V;
    fn mul(self, k: f64) -> V {
        V { x: self.x * k }
    }
}

pub fn delta(a: V, b: V) -> V {
    a - b
}

pub struct Policy {
    pub tries: u32,
}

impl Policy {
    pub fn new() -> Self {
        Policy { tries: 3 }
    }
}

#[derive(Default)]
pub struct Settings {
    pub policy: Policy,
}
""",
}


@pytest.fixture(scope="module")
def analogy(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("analogy"), "analogy", ANALOGY)


def test_a_missing_operator_impl_mirrors_its_counterpart(analogy: Checked) -> None:
    context = analogy.context()

    (impl,) = [c for c in moves(context, analogy.one("E0369")) if "analogy" in c.move]

    after = applied(context, impl)["src/lib.rs"]
    assert after.startswith("use std::ops::{Add, Mul, Sub};\n")
    assert "impl Sub for V {\n    type Output = V;\n    fn sub(self, o: V) -> V {\n" in after
    assert "        V { x: self.x - o.x }\n" in after
    assert "V { x: self.x * k }" in after  # the Mul impl is not touched


def test_default_is_implemented_as_an_argument_free_new(analogy: Checked) -> None:
    context = analogy.context()

    (default,) = [c for c in moves(context, analogy.one("E0277")) if "from-new" in c.move]

    after = applied(context, default)["src/lib.rs"]
    assert "impl Default for Policy {\n    fn default() -> Self {\n        Self::new()\n" in after


def test_a_str_method_on_an_optional_string_reads_through_as_deref(refactored: Checked) -> None:
    context = refactored.context()

    candidates = {c.move: c for c in moves(context, refactored.one("E0599"))}

    line = line_of(
        applied(context, candidates["E0599/option-deref-or-default"])["src/lib.rs"], "chars"
    )
    assert line == "        self.name.as_deref().unwrap_or_default().chars().count()"
    assert "E0599/option-propagate" not in candidates  # `width` returns usize, not an Option


# --- order mistakes: reorder statements, defer growth, store owned (E0499, E0382, E0597) ---

ORDER = {
    "src/lib.rs": """\
pub struct Account {
    pub balance: u64,
}

pub fn transfer(accounts: &mut [Account], from: usize, to: usize, amount: u64) {
    let source = &mut accounts[from];
    let target = &mut accounts[to];
    if source.balance < amount {
        return;
    }
    source.balance -= amount;
    target.balance += amount;
}

pub struct Draft {
    pub subject: String,
    pub body: String,
}

impl Draft {
    pub fn valid(&self) -> bool {
        !self.subject.is_empty()
    }
}

pub fn send(draft: Draft) -> (String, bool) {
    let pair = (draft.subject, draft.body);
    let ok = draft.valid();
    (pair.0, ok)
}

pub fn halves(items: &mut Vec<u32>) {
    for item in items.iter_mut() {
        if *item > 10 {
            items.push(*item / 2);
        }
    }
}

pub fn loudest(names: &[&str]) -> usize {
    let mut best: Option<&str> = None;
    for name in names {
        let upper = name.to_uppercase();
        best = Some(&upper);
    }
    best.map_or(0, |b| b.len())
}

pub struct Scanner<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn rest(&mut self, keep: impl Fn(&str) -> bool) -> &str {
        let rest = &self.src[self.pos..];
        self.pos = if keep(rest) { self.pos } else { self.src.len() };
        rest
    }

    pub fn word(&mut self) -> &'a str {
        self.rest(|_| true)
    }
}

pub fn pieces(lines: &[String]) -> usize {
    let mut all: Vec<&str> = Vec::new();
    for line in lines {
        let lower = line.to_lowercase();
        all.extend(lower.split(' '));
    }
    all.len()
}
""",
}


@pytest.fixture(scope="module")
def order(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("order"), "order", ORDER)


def only(checked: Checked, code: str, needle: str) -> Diagnostic:
    (found,) = [
        d
        for d in checked.diagnostics
        if d.code == code and d.primary is not None and needle in d.primary.text
    ]
    return found


def test_the_second_borrow_moves_after_the_first_ones_last_use(order: Checked) -> None:
    context = order.context()
    diagnostic = only(order, "E0499", "let target")

    (sink,) = [c for c in moves(context, diagnostic) if c.move == "E0499/reorder-borrows"]

    after = applied(context, sink)["src/lib.rs"]
    assert (
        "    source.balance -= amount;\n    let target = &mut accounts[to];\n"
        "    target.balance += amount;\n"
    ) in after
    assert after.count("let target") == 1


def test_a_use_after_a_partial_move_is_hoisted_above_the_move(order: Checked) -> None:
    context = order.context()
    diagnostic = only(order, "E0382", "draft.valid()")

    (hoist,) = [c for c in moves(context, diagnostic) if c.move == "E0382/use-before-move"]

    after = applied(context, hoist)["src/lib.rs"]
    assert "    let ok = draft.valid();\n    let pair = (draft.subject, draft.body);\n" in after


def test_pushing_while_iterating_is_deferred_until_after_the_loop(order: Checked) -> None:
    context = order.context()
    diagnostic = only(order, "E0499", "items.push")

    (defer,) = [c for c in moves(context, diagnostic) if c.move == "E0499/defer-growth"]

    after = applied(context, defer)["src/lib.rs"]
    assert (
        "    let mut pending = Vec::new();\n    for item in items.iter_mut() {\n"
        "        if *item > 10 {\n            pending.push(*item / 2);\n        }\n    }\n"
        "    items.extend(pending);\n"
    ) in after


def test_a_string_made_in_the_loop_is_stored_owned(order: Checked) -> None:
    context = order.context()
    diagnostic = only(order, "E0597", "&upper")

    (owned,) = [c for c in moves(context, diagnostic) if c.move == "E0597/store-owned"]

    after = applied(context, owned)["src/lib.rs"]
    assert "    let mut best: Option<String> = None;\n" in after
    assert "        best = Some(upper);\n" in after


# --- clippy::map_entry without a clippy suggestion (the occupied case updates in `else`) ---

ENTRY = """\
use std::collections::HashMap;

pub fn count(words: Vec<String>) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in words {
        if !counts.contains_key(&word) {
            counts.insert(word, 1);
        } else {
            *counts.get_mut(&word).unwrap() += 1;
        }
    }
    counts
}
"""


def test_map_entry_becomes_one_entry_lookup(tmp_path: Path) -> None:
    root = tmp_path / "entry"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(MANIFEST.format(name="entry"))
    (root / "src/lib.rs").write_text(ENTRY)
    diagnostics = cargo.check(root, tmp_path / "target", timeout=240, clippy=True).diagnostics
    context = ProposalContext(
        read={"src/lib.rs": ENTRY}.__getitem__, files=["src/lib.rs"], diagnostics=diagnostics
    )
    (lint,) = [d for d in diagnostics if d.code == "clippy::map_entry"]

    candidates = [c for c in moves(context, lint) if c.move == "clippy::map_entry/entry"]

    (entry,) = candidates
    assert applied(context, entry)["src/lib.rs"] == ENTRY.replace(
        """        if !counts.contains_key(&word) {
            counts.insert(word, 1);
        } else {
            *counts.get_mut(&word).unwrap() += 1;
        }
""",
        "        counts.entry(word).and_modify(|value| *value += 1).or_insert(1);\n",
    )


# --- clippy::needless_range_loop over a slice parameter (`&mut v` would be `&mut &mut [T]`) ---

RANGE_LOOP = """\
pub fn normalize(samples: &mut [f64], peak: f64) {
    for i in 0..samples.len() {
        samples[i] /= peak;
    }
}
"""


def test_a_range_loop_over_a_slice_parameter_iterates_it_in_one_step(tmp_path: Path) -> None:
    root = tmp_path / "ranges"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(MANIFEST.format(name="ranges"))
    (root / "src/lib.rs").write_text(RANGE_LOOP)
    target = tmp_path / "target"
    diagnostics = cargo.check(root, target, timeout=240, clippy=True).diagnostics
    context = ProposalContext(
        read={"src/lib.rs": RANGE_LOOP}.__getitem__, files=["src/lib.rs"], diagnostics=diagnostics
    )
    (lint,) = [d for d in diagnostics if d.code == "clippy::needless_range_loop"]
    (candidate,) = [
        c for c in moves(context, lint) if c.move == "clippy::needless_range_loop/iterate-items"
    ]

    fixed = applied(context, candidate)["src/lib.rs"]
    assert "for item in samples.iter_mut() {" in fixed and "*item /= peak;" in fixed
    (root / "src/lib.rs").write_text(fixed)
    after = cargo.check(root, target, timeout=240, clippy=True)
    assert after.success and not after.diagnostics, [d.message for d in after.diagnostics]


def test_an_iterator_of_borrowed_pieces_is_stored_owned(order: Checked) -> None:
    context = order.context()
    diagnostic = only(order, "E0597", "lower.split")

    (owned,) = [c for c in moves(context, diagnostic) if c.move == "E0597/store-owned"]

    after = applied(context, owned)["src/lib.rs"]
    assert "    let mut all: Vec<String> = Vec::new();\n" in after
    assert "        all.extend(lower.split(' ').map(String::from));\n" in after


def test_a_string_matched_against_literals_is_matched_as_str(refactored: Checked) -> None:
    context = refactored.context()

    candidates = moves(context, refactored.one("E0308"))

    (view,) = [c for c in candidates if c.move == "E0308/borrow-scrutinee"]
    assert line_of(applied(context, view)["src/lib.rs"], "match") == "    match scheme.as_str() {"
    assert not [c for c in candidates if c.move == "E0308/to-string"]  # not in a pattern


def test_a_helper_returning_data_of_the_outer_lifetime_names_it(order: Checked) -> None:
    context = order.context()
    (diagnostic,) = [d for d in order.diagnostics if "may not live long enough" in d.message]

    (named,) = [c for c in moves(context, diagnostic) if c.move.endswith("outer-lifetime-return")]

    after = applied(context, named)["src/lib.rs"]
    assert "    fn rest(&mut self, keep: impl Fn(&str) -> bool) -> &'a str {\n" in after


# --- parse errors: the missing `>` belongs where the line's angle brackets balance --------

ANGLE = {
    "src/lib.rs": """\
use std::collections::{BTreeSet, HashMap};

pub fn build() -> usize {
    let postings: HashMap<String, BTreeSet<usize> = HashMap::new();
    postings.len()
}
""",
}


def test_a_missing_angle_goes_where_the_generics_balance(tmp_path: Path) -> None:
    checked = check_crate(tmp_path, "angle", ANGLE)
    context = checked.context()
    first = next(d for d in checked.diagnostics if d.is_error)

    best = max(moves(context, first), key=lambda c: c.prior)

    line = line_of(applied(context, best)["src/lib.rs"], "let postings")
    assert line == "    let postings: HashMap<String, BTreeSet<usize>> = HashMap::new();"


# --- more shapes from the second development set ---------------------------------------------

SHAPES2 = {
    "src/lib.rs": """\
mod model;

use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Minutes(pub u32);

impl Add for Minutes {
    type Output = Minutes;
    fn add(self, o: Minutes) -> Minutes {
        Minutes(self.0 + o.0)
    }
}

pub fn total(parts: &[Minutes]) -> Minutes {
    let mut sum = Minutes(0);
    for part in parts {
        sum += *part;
    }
    sum
}

pub fn pad(first: bool, indent: usize) -> usize {
    let width = if !first { indent };
    width
}

pub fn mean(data: &[f32]) -> f32 {
    let total = data.iter().sum();
    total / data.len() as f32
}

pub fn query(pairs: &[(String, String)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<String>>()
}

#[derive(Debug)]
pub enum ParseError {
    BadNumber(std::num::ParseIntError),
}

pub fn seconds(text: &str) -> Result<u64, ParseError> {
    let n: u64 = text.parse()?;
    Ok(n)
}

pub struct Settings {
    pub name: String,
}

impl Settings {
    pub fn name_or<'a, 'b>(&'a self, fallback: &'b str) -> &'a str {
        if self.name.is_empty() { fallback } else { &self.name }
    }
}

pub fn next(state: OrderState) -> OrderState {
    match state {
        OrderState::Placed => OrderState::Paid,
        OrderState::Paid => OrderState::Paid,
    }
}
""",
    "src/model.rs": """\
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status {
    Placed,
    Paid,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Small,
    Large,
}
""",
}


@pytest.fixture(scope="module")
def shapes2(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("shapes2"), "shapes2", SHAPES2)


def by_move(checked: Checked, code: str, move: str) -> list[dict[str, str]]:
    """The files after each candidate of `move` for the errors with `code`."""
    context = checked.context()
    return [
        applied(context, candidate)
        for diagnostic in checked.diagnostics
        if diagnostic.code == code and diagnostic.is_error
        for candidate in moves(context, diagnostic)
        if candidate.move == move
    ]


def test_a_compound_assignment_without_its_trait_is_expanded(shapes2: Checked) -> None:
    (after,) = by_move(shapes2, "E0368", "E0368/expand-compound-assign")
    assert "        sum = sum + *part;\n" in after["src/lib.rs"]


def test_an_if_used_as_a_value_gets_an_else_with_the_zero(shapes2: Checked) -> None:
    (after,) = by_move(shapes2, "E0317", "E0317/else-zero")
    assert "    let width = if !first { indent } else { 0 };\n" in after["src/lib.rs"]


def test_a_sum_is_annotated_with_the_number_type_the_file_uses(shapes2: Checked) -> None:
    first = by_move(shapes2, "E0283", "E0283/annotate-number")[0]
    assert "    let total: f32 = data.iter().sum();\n" in first["src/lib.rs"]


def test_pieces_where_a_string_is_due_are_joined(shapes2: Checked) -> None:
    joined = [a["src/lib.rs"] for a in by_move(shapes2, "E0308", "E0308/join-pieces")]
    # no separator appears in the crate's string literals, so concatenation ranks first
    assert ".collect::<Vec<String>>().concat()\n" in joined[0]
    assert '.collect::<Vec<String>>().join(" ")\n' in joined[1]
    assert len(joined) == 4


def test_a_question_mark_maps_the_error_into_the_variant_that_wraps_it(shapes2: Checked) -> None:
    (after,) = by_move(shapes2, "E0277", "E0277/map-err-variant") or by_move(
        shapes2, "E0271", "E0271/map-err-variant"
    )
    assert "    let n: u64 = text.parse().map_err(ParseError::BadNumber)?;\n" in after["src/lib.rs"]


def test_two_lifetimes_that_must_be_one_are_unified(shapes2: Checked) -> None:
    (after,) = by_move(shapes2, "", "lifetime/unify-lifetimes")
    assert (
        "    pub fn name_or<'a>(&'a self, fallback: &'a str) -> &'a str {\n" in after["src/lib.rs"]
    )


def test_a_renamed_enum_is_renamed_everywhere_and_imported(shapes2: Checked) -> None:
    candidates = by_move(shapes2, "E0425", "E0425/renamed-everywhere")
    best = candidates[0]["src/lib.rs"]  # Status has the variants the code names; Kind has not
    assert "pub fn next(state: Status) -> Status {" in best
    assert "        Status::Placed => Status::Paid,\n" in best
    assert "use crate::model::Status;" in best
    assert "OrderState" not in best


# --- shapes from the third development set -------------------------------------------------

SHAPES3 = {
    "src/lib.rs": """\
pub mod geo;
pub mod units;

use std::collections::HashMap;

pub struct Bank {
    pub fee: u64,
    pub balances: Vec<u64>,
}

impl Bank {
    fn slot(&mut self, id: usize) -> &mut u64 {
        &mut self.balances[id]
    }

    pub fn withdraw(&mut self, id: usize, amount: u64) {
        let slot = self.slot(id);
        let needed = amount + self.fee;
        *slot -= needed;
    }
}

pub fn relax(dist: &mut HashMap<String, u64>, a: &str, b: &str) {
    let Some(da) = dist.get(a) else {
        return;
    };
    let db = dist.entry(b.to_string()).or_insert(u64::MAX);
    *db = (*db).min(da + 1);
}

pub fn setting<'a>(values: &'a HashMap<String, String>, key: &str) -> &'a str {
    values.get(key).unwrap_or(&String::new())
}

pub fn area(width: u32, depth: u32) -> u64 {
    width * depth
}
""",
    "src/units.rs": "pub struct Meters(pub f64);\n",
    "src/geo/mod.rs": "pub mod route;\n",
    "src/geo/route.rs": (
        "use super::units::Meters;\n\npub fn zero() -> Meters {\n    Meters(0.0)\n}\n"
    ),
}


@pytest.fixture(scope="module")
def shapes3(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    return check_crate(tmp_path_factory.mktemp("shapes3"), "shapes3", SHAPES3)


def test_a_read_of_self_while_a_borrow_lives_is_hoisted_above_it(shapes3: Checked) -> None:
    (after,) = by_move(shapes3, "E0503", "E0503/hoist-second-borrow")
    assert (
        "        let needed = amount + self.fee;\n        let slot = self.slot(id);\n"
        in after["src/lib.rs"]
    )


def test_a_looked_up_value_is_copied_out_so_the_borrow_ends(shapes3: Checked) -> None:
    (copied,) = by_move(shapes3, "E0502", "E0502/copy-out-pattern")
    assert "    let Some(&da) = dist.get(a) else {\n" in copied["src/lib.rs"]


def test_a_temporary_default_becomes_a_literal(shapes3: Checked) -> None:
    (after,) = by_move(shapes3, "E0515", "E0515/static-default")
    assert '    values.get(key).map(String::as_str).unwrap_or("")\n' in after["src/lib.rs"]


def test_narrow_operands_are_widened_before_the_arithmetic(shapes3: Checked) -> None:
    (after,) = by_move(shapes3, "E0308", "E0308/widen-operands")
    assert "    u64::from(width) * u64::from(depth)\n" in after["src/lib.rs"]


def test_a_wrong_relative_import_path_is_made_absolute(shapes3: Checked) -> None:
    (after,) = by_move(shapes3, "E0432", "E0432/fix-import-path")
    assert after["src/geo/route.rs"].startswith("use crate::units::Meters;\n")
