"""p(green) per move: the hand-set prior, the shipped statistics, then the home's own outcomes."""

from __future__ import annotations

from pathlib import Path

import pytest

import rusta.learn.priors as priors_module
from rusta.learn.priors import Priors, shipped
from rusta.types import Candidate


def move(name: str = "E0382/clone-at-use", prior: float = 0.5) -> Candidate:
    return Candidate(proposer="moves", move=name, intent="", edits=(), prior=prior)


def test_without_any_statistics_the_estimate_is_the_hand_set_prior(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(priors_module, "shipped", dict)
    assert Priors(tmp_path / "priors.json").estimate(move(prior=0.42)) == pytest.approx(0.42)


def test_outcomes_pull_the_estimate_toward_the_observed_rate_but_not_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(priors_module, "shipped", dict)
    priors = Priors(tmp_path / "priors.json")
    for _ in range(3):
        priors.record(move(), False)
    low = priors.estimate(move())
    assert 0.0 < low < 0.5
    for _ in range(30):
        priors.record(move(), True)
    assert low < priors.estimate(move()) < 1.0


def test_shipped_statistics_start_a_fresh_home_and_its_own_outcomes_come_on_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(priors_module, "shipped", lambda: {"E0382/clone-at-use": [1.0, 20.0]})
    priors = Priors(tmp_path / "priors.json")
    fresh = priors.estimate(move(prior=0.5))
    assert fresh < 0.15  # 1 green in 20 outweighs the hand-set 0.5
    for _ in range(20):
        priors.record(move(), True)
    assert priors.estimate(move()) > 0.5  # this home's own record wins over time


def test_a_move_learns_from_its_general_form_across_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(priors_module, "shipped", dict)
    priors = Priors(tmp_path / "priors.json")
    for _ in range(10):
        priors.record(move("E0505/clone-at-use"), True)
    assert priors.estimate(move("E0382/clone-at-use", prior=0.3)) > 0.6


def test_statistics_survive_a_save_and_load(tmp_path: Path) -> None:
    priors = Priors(tmp_path / "priors.json")
    priors.record(move(), True)
    priors.save()
    assert Priors(tmp_path / "priors.json").stats == priors.stats


def test_the_shipped_file_is_well_formed() -> None:
    stats = shipped()
    assert stats, "rusta/data/priors.json is missing: run scripts/train_priors.py"
    assert all(0 <= s <= t for s, t in stats.values())
