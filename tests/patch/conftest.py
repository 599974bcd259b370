"""Fixtures for the patch tests: build a file tree, and snapshot one byte for byte."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

# A snapshot maps each relative path to ("dir",) or (contents, permission bits).
Snapshot = dict[str, tuple[object, ...]]


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Create `files` (relative path -> text or bytes) under `root`."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)


def snapshot(root: Path) -> Snapshot:
    """Every file and directory under `root` (symlinks as their link text), for equality."""
    result: Snapshot = {}
    for directory, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(directory) / name
            relative = path.relative_to(root).as_posix()
            if path.is_symlink():
                result[relative] = ("link", os.readlink(path))
            elif path.is_dir():
                result[relative] = ("dir",)
            else:
                result[relative] = (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
    return result


@pytest.fixture
def make_tree(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    """A function creating a crate-like tree under tmp_path/crate and returning its root."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        root = tmp_path / "crate"
        root.mkdir(exist_ok=True)
        write_tree(root, files)
        return root

    return make


@pytest.fixture
def take_snapshot() -> Callable[[Path], Snapshot]:
    """The `snapshot` function, as a fixture (test modules here are not a package)."""
    return snapshot


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A directory next to the crate, with a secret file an escape would reach."""
    directory = tmp_path / "outside"
    directory.mkdir()
    (directory / "secret.txt").write_text("do not touch\n")
    return directory
