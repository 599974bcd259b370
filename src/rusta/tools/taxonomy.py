"""Which class a diagnostic belongs to (SPEC §11): borrow, lifetime, move, ... or other.

The code → class table is derived from the toolchain's error index by
`scripts/derive_taxonomy.py` and shipped in `rusta/data/error_classes.json`. A few codes
mean different things depending on the message (E0599 "no method named" is usually a typo,
but "the trait bounds were not satisfied" is a missing derive), so the message refines them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from rusta.types import TEST_FAILURE_CODE, ErrorClass

_SYNTAX = re.compile(
    r"expected .*(found|one of)|unclosed delimiter|unexpected closing delimiter|"
    r"mismatched closing delimiter|expected expression|expected item|expected pattern|"
    r"expected type|unexpected token|missing `|this file contains an unclosed|"
    r"expected `[^`]+`, found|unknown start of token|unterminated|invalid .*literal|"
    r"missing (condition|semicolon|comma)|suffix .* is invalid|unexpected end of macro|"
    r"expected identifier|leading `\+`|`=` used|struct literal body without path|"
    r"comparison operators cannot be chained|invalid left-hand side"
)
_LIFETIME_MESSAGE = re.compile(r"lifetime may not live long enough|borrowed data escapes")


@cache
def code_table() -> dict[str, str]:
    text = resources.files("rusta.data").joinpath("error_classes.json").read_text()
    return json.loads(text)


def classify(code: str, message: str, notes: str = "") -> ErrorClass:
    """The class of a diagnostic from its code, message and the text of its notes."""
    if code == TEST_FAILURE_CODE:
        return ErrorClass.LOGIC
    if code.startswith("clippy::") or (code and not code.startswith("E")):
        return ErrorClass.LINT  # clippy lints and rustc lints (unused_variables, dead_code)
    if code == "E0599":
        return _method_not_found_class(message, notes)
    if code:
        return ErrorClass(code_table().get(code, ErrorClass.OTHER.value))
    if _LIFETIME_MESSAGE.search(message):
        return ErrorClass.LIFETIME
    if _SYNTAX.search(message):
        return ErrorClass.SYNTAX
    return ErrorClass.OTHER


# Methods that exist only through a derivable or std trait: missing means a missing impl.
_TRAIT_METHODS = {
    "clone",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "hash",
    "fmt",
    "default",
    "to_owned",
    "lt",
    "le",
    "gt",
    "ge",
    "max",
    "min",
}


def _method_not_found_class(message: str, notes: str) -> ErrorClass:
    method = re.search(r"method named `(\w+)`", message)
    if method and method.group(1) in _TRAIT_METHODS:
        return ErrorClass.TRAIT
    if re.search(r"trait bounds? (was|were) not satisfied|doesn't satisfy|derive", notes):
        return ErrorClass.TRAIT
    if re.search(r"items from traits can only be used if the trait is", notes):
        return ErrorClass.UNRESOLVED  # missing `use Trait;` is an import problem
    return ErrorClass.UNRESOLVED
