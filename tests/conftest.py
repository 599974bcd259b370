"""Fixtures every test shares: a private RUSTA_HOME, tiny crates on disk, captured cargo output.

No test may touch the real ~/.rusta (STYLE.md §9), so RUSTA_HOME points at a fresh directory
for every test, and RUSTA_* settings from the caller's shell are removed so a developer's
environment cannot change a result.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
CRATES = DATA / "crates"
CAPTURES = DATA / "cargo"

DEFAULT_MANIFEST = """\
[package]
name = "{name}"
version = "0.1.0"
edition = "2021"

[dependencies]
"""

# A snapshot maps each relative path to ("dir",), ("link", target) or ("file", bytes).
Snapshot = dict[str, tuple[object, ...]]


@pytest.fixture(autouse=True)
def isolated_rusta_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fresh RUSTA_HOME for this test (outside tmp_path, so crate snapshots never see it)."""
    for name in list(os.environ):
        if name.startswith("RUSTA_"):
            monkeypatch.delenv(name)
    directory = tmp_path_factory.mktemp("rusta-home")
    monkeypatch.setenv("RUSTA_HOME", str(directory))
    return directory


@pytest.fixture
def make_crate(tmp_path: Path) -> Callable[..., Path]:
    """Write a crate under tmp_path from {relative path: text} and return its root.

    A default Cargo.toml (edition 2021, no dependencies) is added unless `files` has one;
    `name` is the package name and the directory name.
    """

    def make(files: Mapping[str, str], name: str = "demo") -> Path:
        root = tmp_path / name
        contents = {"Cargo.toml": DEFAULT_MANIFEST.format(name=name), **files}
        for relative, text in contents.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make


def commit_all(root: Path) -> None:
    """Make `root` a git repository whose one commit holds everything in it."""
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com", "commit", "-qm", "x"],
    ):
        subprocess.run(command, cwd=root, check=True, capture_output=True)


@pytest.fixture
def git_crate(make_crate: Callable[..., Path]) -> Callable[..., Path]:
    """`make_crate`, then everything committed in a fresh git repository."""

    def make(files: Mapping[str, str], name: str = "demo") -> Path:
        root = make_crate(files, name=name)
        commit_all(root)
        return root

    return make


@pytest.fixture
def copy_crate(tmp_path: Path) -> Callable[[str], Path]:
    """Copy tests/data/crates/<name> (the crates the captures come from) under tmp_path."""

    def copy(name: str) -> Path:
        return Path(shutil.copytree(CRATES / name, tmp_path / name))

    return copy


@pytest.fixture(scope="session")
def captured() -> Callable[[str], str]:
    """The text of tests/data/cargo/<name> (regenerate with tests/data/capture_cargo.py)."""

    def read(name: str) -> str:
        return (CAPTURES / name).read_text(encoding="utf-8")

    return read


def snapshot(root: Path) -> Snapshot:
    """Every file, directory and symlink under `root` with its contents, for equality checks."""
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
                result[relative] = ("file", path.read_bytes())
    return result


@pytest.fixture
def snapshot_tree() -> Callable[[Path], Snapshot]:
    """The `snapshot` function as a fixture (test modules are not a package)."""
    return snapshot
