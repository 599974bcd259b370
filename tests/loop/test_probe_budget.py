"""Probe budget (settings `probe_budget`, `probe_seconds`): how many error-index entries an
episode looks up before deciding. Real `rustc --explain`, a real tracer."""

from __future__ import annotations

import time

import pytest

from rusta.config import load_settings
from rusta.loop.probe import ProbeBudget, evidence
from rusta.trace.events import Event, Tracer
from rusta.types import Diagnostic, ErrorClass, Level

CODES = ("E0382", "E0308", "E0599", "E0425")


def _lookups(budget: ProbeBudget) -> list[str]:
    events: list[Event] = []
    targets = [
        Diagnostic(Level.ERROR, f"error {code}", code, ErrorClass.TYPE, ()) for code in CODES
    ]
    evidence(Tracer([events.append]), targets, targets, False, budget)
    return [str(e.data["probe"]) for e in events if str(e.data["probe"]).startswith("rustc")]


@pytest.mark.parametrize("lookups", [0, 1, 3])
def test_at_most_probe_budget_codes_are_looked_up(
    lookups: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUSTA_PROBE_BUDGET", str(lookups))

    found = _lookups(ProbeBudget.from_settings(load_settings()))

    assert found == [f"rustc --explain {code}" for code in CODES[:lookups]]


def test_no_lookup_starts_after_probe_seconds() -> None:
    spent = ProbeBudget(lookups=10, seconds=30.0, started=time.monotonic() - 60)

    assert _lookups(spent) == []
    assert _lookups(ProbeBudget(lookups=10, seconds=30.0)) == [
        f"rustc --explain {c}" for c in CODES
    ]
