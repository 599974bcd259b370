"""A failing test in the editor (issue 13): `rusta lsp` publishes it where the test panicked
and at the test's own line, with the assertion's values in the message and the suspects as
related information; resolving the code action proves a repair. A real LSP session over
stdio (pygls's client), real cargo, a real crate.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pygls.uris import from_fs_path

from tests.lsp.test_lsp_session import NEVER, Session, apply_edits, editor_capabilities

LIB = """\
pub fn shipping(weight: u32) -> u32 {
    if weight <= 10 {
        500
    } else {
        900
    }
}

pub fn label(weights: &[u32]) -> u32 {
    weights[weights.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_kilos_ship_as_heavy() {
        assert_eq!(shipping(10), 900);
        assert_eq!(shipping(11), 900);
    }

    #[test]
    fn light_parcels_are_cheap() {
        assert_eq!(shipping(9), 500);
    }

    #[test]
    fn labels_the_last() {
        assert_eq!(label(&[1, 2]), 2);
    }
}
"""


async def _session(root: Path) -> dict[str, Any]:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source)) or ""
    session = Session()
    await session.start(root, editor_capabilities(resolve=True, progress=True))
    await session.open(source)
    found: dict[str, Any] = {"published": list(session.published[uri])}
    failing = [d for d in found["published"] if d.code == "failing-test"]
    labels = next(d for d in failing if "labels_the_last` failed" in d.message)
    [unproven] = await session.actions(uri, labels)
    found["unproven_title"] = unproven.title
    await session.stop()
    return found


def test_failing_tests_are_published_at_the_panic_and_the_test(
    make_crate: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUSTA_DOCS", "none")
    root = make_crate({"src/lib.rs": LIB}, name="parcels")
    found = asyncio.run(asyncio.wait_for(_session(root), NEVER))
    failing = [d for d in found["published"] if d.code == "failing-test"]
    by_line = {d.range.start.line + 1: d for d in failing}
    # the assertion that failed: its values are in the message
    shipping = by_line[19]
    assert "src/lib.rs::tests::ten_kilos_ship_as_heavy" in shipping.message
    assert "left: 500" in shipping.message and "right: 900" in shipping.message
    related = [(r.location.range.start.line + 1, r.message) for r in shipping.related_information]
    assert related[0][1].startswith("suspect #1")
    assert 2 in [line for line, _ in related[:3]]  # `if weight <= 10 {`, the bug
    # a panic inside the crate: marked where it happened, and at the test's own line
    assert "index out of bounds" in by_line[10].message
    assert "failed here: it panicked at src/lib.rs:10" in by_line[30].message
    assert all(d.severity == 1 for d in failing)  # errors: a failing test is not clean
    assert "light_parcels_are_cheap" not in " ".join(d.message for d in failing)
    assert found["unproven_title"].startswith("Rusta: find a verified fix")


async def _repair(root: Path) -> str:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source)) or ""
    session = Session()
    await session.start(root, editor_capabilities(resolve=True, progress=False))
    await session.open(source)
    shipping = next(
        d for d in session.published[uri] if "ten_kilos_ship_as_heavy` failed" in d.message
    )
    [unproven] = await session.actions(uri, shipping)
    resolved = await session.resolve(unproven)
    await session.stop()
    assert resolved.edit is not None, resolved.title
    return apply_edits(source.read_text(), resolved.edit.changes[uri])


def test_resolving_the_action_proves_a_repair(
    make_crate: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUSTA_DOCS", "none")
    one_bug = LIB.replace("weights[weights.len()]", "weights[weights.len() - 1]")
    root = make_crate({"src/lib.rs": one_bug}, name="parcels")
    fixed = asyncio.run(asyncio.wait_for(_repair(root), NEVER))
    assert "if weight <= 10 {" not in fixed
    assert "#[test]" in fixed and fixed.count("assert_eq!") == 4  # the tests are untouched
