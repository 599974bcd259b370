"""Whether a crate may have doc tests: when none of its sources can, `cargo test --tests`
runs exactly the tests `cargo test` would, without rustdoc's pass over the crate.

rustdoc finds doc tests only in code blocks of doc comments (``` or ~~~ fences) and in
`#[doc = ...]` attributes (`#![doc = include_str!("../README.md")]` pulls a README's blocks
in). The scan is textual and errs one way: a fence or a `doc` attribute anywhere in a file,
even inside a string, counts as a doc test, so the full `cargo test` runs. Without doc tests,
`cargo test` otherwise differs from `--tests` only by building the examples, which the
validator's `cargo check --all-targets` has already compiled (issue 19: the plain library
build and the rustdoc pass are about a fifth of a small crate's cold test run).
"""

from __future__ import annotations

import re

_DOC_TEST_SIGNS = re.compile(r"```|~~~|#!?\[\s*doc\b|\bdoc\s*=")


def may_hold_doc_tests(text: str) -> bool:
    return _DOC_TEST_SIGNS.search(text) is not None
