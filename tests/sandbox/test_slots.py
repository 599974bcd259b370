"""Sandbox slots: locked copies of the crate with their own lasting target directories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rusta.sandbox.slots import SandboxPool, Slot, clean_stale, crate_key, pool

LIB = "pub fn one() -> u32 {\n    1\n}\n"


@pytest.fixture
def crate(make_crate: Callable[..., Path]) -> Path:
    """A crate with the things a copy must leave behind: a build and a git directory."""
    root = make_crate({"src/lib.rs": LIB, "src/util.rs": "// helpers\n", "README.md": "demo\n"})
    (root / "target" / "debug").mkdir(parents=True)
    (root / "target" / "debug" / "huge.rlib").write_bytes(b"\0" * 1024)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_slots_are_copies_without_target_or_git(crate: Path, isolated_rusta_home: Path) -> None:
    key = crate_key(crate)
    expected = {k: v for k, v in _files(crate).items() if not k.startswith(("target/", ".git/"))}

    with pool(isolated_rusta_home, crate, 2) as slots:
        assert [s.root for s in slots] == [
            isolated_rusta_home / "sandboxes" / key / f"slot-{i}" for i in range(2)
        ]
        assert [s.target_dir for s in slots] == [
            isolated_rusta_home / "targets" / key / f"slot-{i}" for i in range(2)
        ]
        for slot in slots:
            assert _files(slot.root) == expected
            assert slot.target_dir.is_dir()
        assert slots[0].target_dir != slots[1].target_dir


def test_crate_key_is_stable_and_distinguishes_paths(tmp_path: Path) -> None:
    assert crate_key(tmp_path / "a" / "demo") == crate_key(tmp_path / "a" / "demo")
    assert crate_key(tmp_path / "a" / "demo") != crate_key(tmp_path / "b" / "demo")
    assert crate_key(tmp_path / "a" / "demo").startswith("demo-")


def test_a_module_directory_named_target_is_copied(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    root = make_crate({"src/lib.rs": "mod target;\n", "src/target/mod.rs": "pub fn t() {}\n"})

    with pool(isolated_rusta_home, root, 1) as (slot,):
        assert (slot.root / "src" / "target" / "mod.rs").is_file()


def _mtime(path: Path) -> int:
    return path.stat().st_mtime_ns


def test_sync_writes_only_differing_files_and_restores_the_rest(
    crate: Path, isolated_rusta_home: Path
) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        lib, util = slot.root / "src" / "lib.rs", slot.root / "src" / "util.rs"
        untouched = {p: _mtime(p) for p in (slot.root / "Cargo.toml", util)}
        edited = LIB.replace("1", "2")

        slot.sync({"src/lib.rs": edited, "src/new.rs": "pub fn new() {}\n"})

        assert lib.read_text() == edited and slot.read("src/lib.rs") == edited
        assert (slot.root / "src" / "new.rs").is_file()
        assert {p: _mtime(p) for p in untouched} == untouched
        written = _mtime(lib)

        slot.sync({"src/lib.rs": edited})  # same content again: nothing is written

        assert _mtime(lib) == written
        assert not (slot.root / "src" / "new.rs").exists()  # a file pristine lacked goes away

        slot.sync({})

        assert lib.read_text() == LIB and slot.read("src/lib.rs") == LIB
        assert _mtime(lib) > written  # cargo must see the restored file as newer than the build
        assert {p: _mtime(p) for p in untouched} == untouched


def test_a_second_pool_on_the_same_crate_gets_the_next_free_slot(
    crate: Path, isolated_rusta_home: Path
) -> None:
    with pool(isolated_rusta_home, crate, 1) as (first,):
        with pool(isolated_rusta_home, crate, 1) as (second,):
            assert (first.root.name, second.root.name) == ("slot-0", "slot-1")
        with pool(isolated_rusta_home, crate, 1) as (third,):
            assert third.root.name == "slot-1"  # slot-1 was released, slot-0 is still held
    with pool(isolated_rusta_home, crate, 1) as (fourth,):
        assert fourth.root.name == "slot-0"


def test_close_removes_the_copies_and_keeps_the_target_dirs(
    crate: Path, isolated_rusta_home: Path
) -> None:
    sandbox_pool = SandboxPool(isolated_rusta_home, crate)
    slots = sandbox_pool.open_slots(2)
    (slots[0].target_dir / "marker").write_text("build output\n")

    sandbox_pool.close()

    assert not any(s.root.exists() for s in slots)
    assert all(s.target_dir.is_dir() for s in slots)
    assert (slots[0].target_dir / "marker").is_file()
    assert (crate / "target" / "debug" / "huge.rlib").is_file()  # the user's tree is untouched


def test_clean_stale_removes_unlocked_copies_and_keeps_locked_ones(
    crate: Path, isolated_rusta_home: Path
) -> None:
    key = crate_key(crate)
    leftover = isolated_rusta_home / "sandboxes" / key / "slot-5"  # as a killed run leaves it
    (leftover / "src").mkdir(parents=True)
    (leftover / "src" / "lib.rs").write_text(LIB)
    (leftover.parent / "slot-5.lock").write_text("")

    with pool(isolated_rusta_home, crate, 1) as (held,):
        removed = clean_stale(isolated_rusta_home)

        assert removed == 1
        assert not leftover.exists()
        assert (held.root / "src" / "lib.rs").is_file()

    assert clean_stale(isolated_rusta_home) == 0  # close() already removed the held copy


def _check(slot: Slot, label: str) -> float:
    result = slot.check(timeout=240)
    assert result.success and result.errors == [], result.diagnostics
    print(f"{label} check in a slot: {result.seconds:.2f}s")
    return result.seconds


def test_a_warm_recheck_after_a_one_line_edit(crate: Path, isolated_rusta_home: Path) -> None:
    with pool(isolated_rusta_home, crate, 1) as (slot,):
        _check(slot, "cold")
        slot.sync({"src/lib.rs": LIB.replace("1\n", "2\n")})
        _check(slot, "warm")
        assert (slot.target_dir / "debug").is_dir()
        assert not (slot.root / "target").exists()  # the build lives in the slot's target dir
