"""Commands started ahead (issue 19): a slot's check or tests begun before they are asked for,
taken by the next `check()`/`test()` of the same state, killed when the state changes; and the
head start, a first slot copied and checking before the episode opens its pool."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rusta.profile import Profile
from rusta.sandbox import slots as slots_module
from rusta.sandbox.slots import head_start, pool, release_lent

LIB = "pub fn one() -> u32 {\n    1\n}\n"
TESTED = LIB + "\n#[test]\nfn one_is_one() {\n    assert_eq!(one(), 1);\n}\n"
BROKEN = 'pub fn one() -> u32 {\n    "one"\n}\n'
DOC_TESTED = "/// ```\n/// assert_eq!(demo::one(), 1);\n/// ```\n" + LIB


@pytest.fixture
def crate(make_crate: Callable[..., Path]) -> Path:
    return make_crate({"src/lib.rs": TESTED})


def test_a_check_started_ahead_is_the_one_check_takes(
    crate: Path, isolated_rusta_home: Path
) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        slot.profile = Profile()
        slot.start_check()
        assert slot.ahead == ("check", "")
        result = slot.check(60)
        assert result.success and not result.errors
        assert slot.ahead is None
        calls = slot.profile.payload()
        assert calls["cargo.check.ahead.calls"] == 1  # taken, not run a second time
        assert calls["cargo.check.calls"] == 1


def test_a_sync_that_changes_a_file_kills_what_ran_ahead(
    crate: Path, isolated_rusta_home: Path
) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        slot.profile = Profile()
        slot.start_check()
        running = slot._ahead[2]
        slot.sync({"src/lib.rs": BROKEN})
        assert slot.ahead is None and running.finished
        result = slot.check(60)  # a fresh check of the new state, not the old one's answer
        assert not result.success
        assert [d.code for d in result.errors] == ["E0308"]
        assert "cargo.check.ahead" not in slot.profile.payload()


def test_a_sync_to_the_same_state_keeps_it(crate: Path, isolated_rusta_home: Path) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        slot.sync({"src/lib.rs": BROKEN})
        slot.start_test("s1")
        slot.sync({"src/lib.rs": BROKEN})  # nothing to write: what runs ahead stays
        assert slot.ahead == ("test", "s1")
        report = slot.test(120)
        assert not report.compiled


def test_tests_started_ahead_report_the_state_they_ran_on(
    crate: Path, isolated_rusta_home: Path
) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        slot.profile = Profile()
        slot.start_test("pristine")
        report = slot.test(120)
        assert report.compiled and report.passed == frozenset({"src/lib.rs::one_is_one"})
        assert slot.profile.payload()["cargo.test.ahead.calls"] == 1
        # anything else asked of the slot first kills the run it does not want
        slot.start_test("pristine")
        assert slot.check(60).success
        assert slot.ahead is None


def test_doc_tests_run_when_the_sources_may_hold_them(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    root = make_crate({"src/lib.rs": TESTED})
    with pool(isolated_rusta_home, root, 1) as (slot,):
        assert not slot.may_hold_doc_tests()
        plain = slot.test(120)
        assert "Doc-tests" not in plain.output_tail  # `cargo test --tests`: no rustdoc pass
        assert plain.passed == frozenset({"src/lib.rs::one_is_one"})
        slot.sync({"src/lib.rs": DOC_TESTED})
        assert slot.may_hold_doc_tests()
        documented = slot.test(120)
        assert "Doc-tests" in documented.output_tail
        assert any(name.startswith("doc") for name in documented.passed)
        slot.sync({})  # restored: the pristine file has no doc test again
        assert not slot.may_hold_doc_tests()


def test_the_head_start_slot_and_its_check_go_to_the_episode(
    crate: Path, isolated_rusta_home: Path
) -> None:
    head_start(isolated_rusta_home, crate)
    with pool(isolated_rusta_home, crate, 2) as slots:
        assert slots[0].ahead == ("check", "")  # the copy made ahead, still checking
        assert slots[0].root.name == "slot-0" and slots[1].root.name == "slot-1"
        slots[0].profile = Profile()
        assert slots[0].check(60).success
        assert slots[0].profile.payload()["cargo.check.ahead.calls"] == 1
    assert not slots_module._LENT


def test_a_file_saved_after_the_head_start_sends_its_copy_back(
    crate: Path, isolated_rusta_home: Path
) -> None:
    head_start(isolated_rusta_home, crate)
    (crate / "src" / "lib.rs").write_text(BROKEN)  # the user saves while Rusta starts
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        assert slot.ahead is None  # a fresh copy, not the one made before the save
        assert (slot.root / "src" / "lib.rs").read_text() == BROKEN
        assert [d.code for d in slot.check(60).errors] == ["E0308"]


def test_a_head_start_no_episode_takes_is_released(crate: Path, isolated_rusta_home: Path) -> None:
    head_start(isolated_rusta_home, crate)
    (lent,) = slots_module._LENT.values()
    copy = lent[0]._slots[0].root
    assert copy.is_dir()
    release_lent()
    assert not copy.exists() and not slots_module._LENT
