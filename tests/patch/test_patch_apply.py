"""apply_atomically and recover, in-process: validation, rollback, mtimes, modes, journals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rusta.errors import PatchError, PathEscape, UnsafeFile
from rusta.fs import atomic_write
from rusta.patch.apply import apply_atomically, recover

OLD = {
    "Cargo.toml": '[package]\nname = "demo"\n',
    "src/lib.rs": "pub mod util;\n",
    "src/util.rs": "pub fn one() -> i32 { 1 }\n",
    "src/old.rs": "// obsolete\n",
}
CHANGES: dict[str, str | bytes | None] = {
    "src/lib.rs": "pub mod util;\npub mod new;\n",
    "src/util.rs": b"pub fn one() -> i32 { 2 }\n",
    "src/old.rs": None,
    "src/new/deep/mod.rs": "pub fn fresh() {}\n",
}


NEW = {
    "Cargo.toml": OLD["Cargo.toml"],
    "src/lib.rs": "pub mod util;\npub mod new;\n",
    "src/util.rs": "pub fn one() -> i32 { 2 }\n",
    "src/new/deep/mod.rs": "pub fn fresh() {}\n",
}


def texts(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_applies_every_change_and_leaves_no_journal(make_tree, tmp_path):
    root = make_tree(OLD)
    journal_dir = tmp_path / "journal"
    apply_atomically(root, CHANGES, journal_dir)
    assert texts(root) == NEW
    assert list(journal_dir.iterdir()) == []
    assert recover(journal_dir) == []


def test_unchanged_content_and_absent_deletions_touch_nothing(make_tree, tmp_path):
    root = make_tree(OLD)
    before = (root / "src/lib.rs").stat().st_mtime_ns
    apply_atomically(root, {"src/lib.rs": OLD["src/lib.rs"], "nope.rs": None}, tmp_path / "j")
    assert (root / "src/lib.rs").stat().st_mtime_ns == before
    assert not (tmp_path / "j").exists()


def test_new_mtime_is_newer_even_when_the_old_one_is_in_the_future(make_tree, tmp_path):
    root = make_tree(OLD)
    future = (root / "src/lib.rs").stat().st_mtime_ns + 5_000_000_000
    os.utime(root / "src/lib.rs", ns=(future, future))
    apply_atomically(root, {"src/lib.rs": "changed\n"}, tmp_path / "journal")
    assert (root / "src/lib.rs").stat().st_mtime_ns > future


def test_permission_bits_are_kept(make_tree, tmp_path):
    root = make_tree({**OLD, "build.sh": "#!/bin/sh\n"})
    (root / "build.sh").chmod(0o751)
    apply_atomically(root, {"build.sh": "#!/bin/sh\necho hi\n"}, tmp_path / "journal")
    assert (root / "build.sh").stat().st_mode & 0o777 == 0o751


@pytest.mark.parametrize(
    ("bad_change", "error"),
    [
        ({"../escape.rs": "x"}, PathEscape),
        ({"/etc/passwd": "x"}, PathEscape),
        ({"link-dir/secret.txt": "x"}, PathEscape),
        ({"link-file.rs": "x"}, PathEscape),
        ({"blob.bin": "x"}, UnsafeFile),
        ({"huge.rs": "x"}, UnsafeFile),
        ({"blob.bin": None}, UnsafeFile),
        ({"src": "x"}, UnsafeFile),
        ({"src/lib.rs/inner.rs": "x"}, UnsafeFile),
        ({"./src/util.rs": "x"}, PatchError),
    ],
)
def test_refusals_write_nothing(make_tree, take_snapshot, outside, tmp_path, bad_change, error):
    root = make_tree({**OLD, "blob.bin": b"\x89PNG\x00\x00", "huge.rs": b"// x\n" * 200_001})
    (root / "link-dir").symlink_to(outside, target_is_directory=True)
    (root / "link-file.rs").symlink_to(outside / "secret.txt")
    journal_dir = tmp_path / "journal"
    before = take_snapshot(tmp_path)
    with pytest.raises(error):
        apply_atomically(root, {**CHANGES, **bad_change}, journal_dir)
    assert take_snapshot(tmp_path) == before  # crate, outside dir, and no journal dir


class Boom(Exception):
    """Raised by a step hook to simulate a failure inside the protocol."""


def fail_at(name: str):
    def step(current: str) -> None:
        if current == name:
            raise Boom(current)

    return step


@pytest.mark.parametrize(
    "where",
    ["journal written", "staged src/util.rs", "committing", "replaced src/old.rs"],
)
def test_exception_mid_apply_restores_everything(make_tree, take_snapshot, tmp_path, where):
    root = make_tree(OLD)
    journal_dir = tmp_path / "journal"
    before = take_snapshot(root)
    with pytest.raises(Boom):
        apply_atomically(root, CHANGES, journal_dir, step=fail_at(where))
    assert take_snapshot(root) == before
    assert list(journal_dir.iterdir()) == []


def test_restored_files_get_a_newer_mtime_than_the_new_content_had(make_tree, tmp_path):
    root = make_tree(OLD)
    seen: dict[str, int] = {}

    def step(name: str) -> None:
        if name == "replaced src/util.rs":
            seen["new"] = (root / "src/lib.rs").stat().st_mtime_ns
            raise Boom(name)

    with pytest.raises(Boom):
        apply_atomically(root, CHANGES, tmp_path / "journal", step=step)
    assert (root / "src/lib.rs").read_text() == OLD["src/lib.rs"]
    assert (root / "src/lib.rs").stat().st_mtime_ns > seen["new"]


def test_recover_moves_an_unreadable_journal_aside(tmp_path):
    journal_dir = tmp_path / "journal"
    journal_dir.mkdir()
    (journal_dir / "0001-abcd.json").write_text("{not json")
    (journal_dir / ".0002-ef.json.1234.tmp").write_text("half a journal")
    (message,) = recover(journal_dir)
    assert "unreadable journal" in message
    assert sorted(path.name for path in journal_dir.iterdir()) == ["0001-abcd.corrupt"]


def test_recover_refuses_a_journal_pointing_outside_its_root(tmp_path, outside):
    journal_dir = tmp_path / "journal"
    journal_dir.mkdir()
    (journal_dir / "0001-abcd.json").write_text(
        '{"version": 1, "transaction": "0001-abcd", "root": "/nonexistent/root",'
        ' "state": "rolling_back", "created_dirs": [], "changes": [{"path": "x",'
        f' "target": "{outside / "secret.txt"}", "old_text": null, "old_mode": null,'
        ' "temp": null, "new_sha256": null}]}'
    )
    (message,) = recover(journal_dir)
    assert "outside" in message
    assert (outside / "secret.txt").read_text() == "do not touch\n"


def test_atomic_write_replaces_keeps_mode_and_leaves_no_temp(tmp_path):
    target = tmp_path / "config.toml"
    atomic_write(target, b"one\n")
    target.chmod(0o600)
    atomic_write(target, b"two\n")
    assert target.read_bytes() == b"two\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["config.toml"]
