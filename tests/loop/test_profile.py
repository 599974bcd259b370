"""Where an episode's time goes (issue 19): every trace's `log` event carries the profile.

Real cargo on a real crate; the eval's per-class medians are computed from case records.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from rusta.config import load_settings, rusta_home
from rusta.eval.metrics import profile_by_class
from rusta.eval.report import profile_markdown
from rusta.loop.episode import run_episode
from rusta.profile import Profile

BROKEN = "pub fn twice(x: i32) -> i32 {\n    let y = x * 2\n    y\n}\n"
TESTS = "#[test]\nfn doubles() {\n    assert_eq!(prof::twice(4), 8);\n}\n"


def _log(trace_id: str) -> dict[str, object]:
    path = rusta_home() / "traces" / f"{trace_id}.jsonl"
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return next(e for e in reversed(events) if e["kind"] == "log")


def test_a_fix_episode_says_how_long_each_stage_and_each_cargo_call_took(
    make_crate: Callable[..., Path],
) -> None:
    crate = make_crate({"src/lib.rs": BROKEN, "tests/t.rs": TESTS}, name="prof")
    settings = load_settings(crate, {"clippy": False})

    outcome = run_episode(crate, settings, rusta_home())

    assert outcome.status == "green"
    profile = _log(outcome.trace_id)["profile"]
    assert isinstance(profile, dict)
    stages = {k for k in profile if k.startswith("stage.")}
    assert {"stage.open", "stage.baseline", "stage.probe", "stage.search", "stage.commit"} <= stages
    assert profile["cargo.check.calls"] >= 2  # the untouched crate, then the candidate
    assert profile["cargo.test.calls"] >= 1  # the proof
    assert profile["cargo.test"] > 0
    assert sum(v for k, v in profile.items() if k.startswith("stage.")) <= outcome.seconds + 0.05
    # the cargo calls happen inside the stages: they cannot add up to more than those
    assert profile["cargo.check"] + profile["cargo.test"] <= sum(
        v for k, v in profile.items() if k.startswith("stage.")
    )


def test_calls_from_several_threads_are_summed_and_counted() -> None:
    from concurrent.futures import ThreadPoolExecutor

    profile = Profile()

    def one(_: int) -> None:
        with profile.call("check"):
            pass

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, range(40)))
    with profile.stage("search"):
        pass

    payload = profile.payload()
    assert payload["cargo.check.calls"] == 40.0 and "stage.search" in payload


def test_eval_profile_takes_medians_per_class() -> None:
    def case(cls: str, seconds: float, search: float, checks: float) -> dict[str, object]:
        profile = {"stage.search": search, "stage.open": 0.1, "cargo.check": search / 2}
        profile["cargo.check.calls"] = checks
        return {"class": cls, "rusta": {"seconds": seconds, "profile": profile}}

    cases = [case("borrow", 1.0, 0.5, 2), case("borrow", 3.0, 2.5, 4), case("type", 2.0, 1.0, 3)]
    cases.append({"class": "type", "rusta": {"seconds": 9.0}})  # an old trace: no profile

    table = profile_by_class(cases)

    assert list(table) == ["borrow", "type", "overall"]
    assert table["borrow"]["stage.search"] == 1.5 and table["borrow"]["cases"] == 2
    assert table["type"]["untracked"] == 0.9  # 2.0 s minus 1.1 s of stages
    assert table["overall"]["cargo.check.calls"] == 3
    text = profile_markdown({"cases": cases})
    assert "| borrow | 2 | 2.00 |" in text and "check s (n)" in text
