"""resolve_inside and check_editable: hostile paths and unsafe files are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rusta.errors import PatchError, PathEscape, UnsafeFile
from rusta.patch.paths import check_editable, read_editable, resolve_inside


def test_plain_relative_path_resolves_inside(make_tree):
    root = make_tree({"src/lib.rs": "fn f() {}\n"})
    assert resolve_inside(root, "src/lib.rs") == (root / "src/lib.rs").resolve()
    assert resolve_inside(root, Path("./src//new.rs")) == (root / "src/new.rs").resolve()


@pytest.mark.parametrize(
    ("hostile", "said"),
    [
        ("../x", "../x: '..'"),
        ("src/../../x", "src/../../x: '..'"),
        ("src/../lib.rs", "src/../lib.rs: '..'"),
        ("..\\x", "'..'"),
        ("/etc/passwd", "/etc/passwd: absolute"),
        ("", "empty"),
        (".", "empty"),
        ("  ", "empty"),
        ("a\x00b", "NUL"),
    ],
)
def test_hostile_spellings_are_refused(make_tree, hostile, said):
    root = make_tree({"src/lib.rs": ""})
    with pytest.raises(PathEscape) as caught:
        resolve_inside(root, hostile)
    assert said in caught.value.message


def test_symlinked_directory_leading_outside_is_refused(make_tree, outside):
    root = make_tree({"src/lib.rs": ""})
    (root / "vendor").symlink_to(outside, target_is_directory=True)
    with pytest.raises(PathEscape, match=r"vendor/secret\.txt"):
        resolve_inside(root, "vendor/secret.txt")
    with pytest.raises(PathEscape):
        resolve_inside(root, "vendor/new_file.rs")


def test_symlinked_file_leading_outside_is_refused(make_tree, outside):
    root = make_tree({"src/lib.rs": ""})
    (root / "src/evil.rs").symlink_to(outside / "secret.txt")
    (root / "src/dangling.rs").symlink_to(outside / "not-yet-there.txt")
    for name in ("src/evil.rs", "src/dangling.rs"):
        with pytest.raises(PathEscape, match="outside"):
            resolve_inside(root, name)


def test_symlink_staying_inside_resolves_to_its_target(make_tree):
    root = make_tree({"src/lib.rs": "x\n"})
    (root / "alias.rs").symlink_to(root / "src/lib.rs")
    assert resolve_inside(root, "alias.rs") == (root / "src/lib.rs").resolve()


def test_symlink_loop_is_refused(make_tree):
    root = make_tree({})
    (root / "a").symlink_to(root / "b")
    (root / "b").symlink_to(root / "a")
    with pytest.raises(PathEscape):
        resolve_inside(root, "a")


def test_errors_are_patch_errors():
    assert issubclass(PathEscape, PatchError) and issubclass(UnsafeFile, PatchError)


def test_text_file_is_editable(make_tree):
    root = make_tree({"src/lib.rs": "fn é() {}\r\n"})
    check_editable(root / "src/lib.rs")
    assert read_editable(root / "src/lib.rs") == "fn é() {}\r\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x7fELF\x00\x01", "binary"),
        (b"fn f() {}\n\xff\xfe\n", "UTF-8"),
        (b"x" * 2001, "limit"),
    ],
)
def test_unsafe_files_are_refused(make_tree, content, reason):
    root = make_tree({"f.rs": content})
    with pytest.raises(UnsafeFile, match=reason):
        check_editable(root / "f.rs", max_bytes=2000)


def test_default_limit_is_one_megabyte(make_tree):
    root = make_tree({"big.rs": b"// x\n" * 200_001})
    with pytest.raises(UnsafeFile, match="1000000-byte limit"):
        check_editable(root / "big.rs")


def test_directory_and_fifo_are_not_regular_files(make_tree):
    root = make_tree({"src/lib.rs": ""})
    os.mkfifo(root / "pipe")
    for name in ("src", "pipe"):
        with pytest.raises(UnsafeFile, match="not a regular file"):
            check_editable(root / name)
