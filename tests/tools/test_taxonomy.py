"""The error-class taxonomy (SPEC §11): codes, messages and notes → exactly one class."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

import pytest

from rusta.tools.diagnostics import parse_cargo_stream
from rusta.tools.taxonomy import classify, code_table
from rusta.types import ErrorClass


@pytest.mark.parametrize(
    ("code", "message", "notes", "expected"),
    [
        ("E0382", "borrow of moved value: `names`", "", ErrorClass.MOVE),
        (
            "E0502",
            "cannot borrow `v` as mutable because it is also borrowed",
            "",
            ErrorClass.BORROW,
        ),
        ("E0106", "missing lifetime specifier", "", ErrorClass.LIFETIME),
        ("E0596", "cannot borrow `v` as mutable, as it is not declared", "", ErrorClass.MUTABILITY),
        ("E0277", "the trait bound `String: From<u32>` is not satisfied", "", ErrorClass.TRAIT),
        ("E0308", "mismatched types", "", ErrorClass.TYPE),
        ("E0425", "cannot find value `x` in this scope", "", ErrorClass.UNRESOLVED),
        ("E0603", "function `hidden` is private", "", ErrorClass.VISIBILITY),
        ("clippy::needless_return", "unneeded `return` statement", "", ErrorClass.LINT),
        ("clippy::x", "anything", "", ErrorClass.LINT),
        ("unused_variables", "unused variable: `spare`", "", ErrorClass.LINT),
        ("dead_code", "function `f` is never used", "", ErrorClass.LINT),
        ("", "expected expression, found `;`", "", ErrorClass.SYNTAX),
        ("", "this file contains an unclosed delimiter", "", ErrorClass.SYNTAX),
        ("", "lifetime may not live long enough", "", ErrorClass.LIFETIME),
        ("", "something else entirely", "", ErrorClass.OTHER),
        (
            "E0599",
            "the method `duplicate` exists for struct `Wrapper<Plain>`, but its trait bounds "
            "were not satisfied",
            "the following trait bounds were not satisfied:\n`Plain: Clone`",
            ErrorClass.TRAIT,
        ),
        ("E0599", "no method named `lenght` found for struct `String`", "", ErrorClass.UNRESOLVED),
        ("E9999", "a code the table does not know", "", ErrorClass.OTHER),
    ],
)
def test_classify(code: str, message: str, notes: str, expected: ErrorClass) -> None:
    assert classify(code, message, notes) == expected


def test_every_code_in_the_shipped_table_maps_to_a_valid_class() -> None:
    text = resources.files("rusta.data").joinpath("error_classes.json").read_text()
    table = json.loads(text)
    valid = {member.value for member in ErrorClass}

    assert table == code_table()
    assert len(table) > 400  # derived from the whole error index, not a hand-picked few
    assert all(code[0] == "E" and code[1:].isdigit() and len(code) == 5 for code in table)
    assert {code: c for code, c in table.items() if c not in valid} == {}


def test_real_compiler_output_is_classified_end_to_end(captured: Callable[[str], str]) -> None:
    streams = ["three_classes.jsonl", "more_classes.jsonl", "visibility.jsonl"]
    found = {
        (d.code, d.message.split("`")[1] if "`" in d.message else ""): d.error_class
        for name in streams
        for d in parse_cargo_stream(captured(name))
    }

    assert found == {
        ("E0382", "names"): ErrorClass.MOVE,
        ("E0308", ""): ErrorClass.TYPE,
        ("E0425", "undefined_value"): ErrorClass.UNRESOLVED,
        ("E0106", ""): ErrorClass.LIFETIME,
        ("E0277", "String: From<u32>"): ErrorClass.TRAIT,
        ("E0502", "items"): ErrorClass.BORROW,
        ("E0596", "items"): ErrorClass.MUTABILITY,
        ("E0425", "Ordering"): ErrorClass.UNRESOLVED,
        ("E0603", "hidden"): ErrorClass.VISIBILITY,
        ("E0599", "duplicate"): ErrorClass.TRAIT,
        ("E0599", "lenght"): ErrorClass.UNRESOLVED,
    }
