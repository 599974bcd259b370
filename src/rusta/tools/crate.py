"""Find and validate the crate or workspace a user points Rusta at (SPEC §13: bad input).

Every refusal is a one-line CrateError before anything runs: a path that does not exist, a
directory with no Cargo.toml above it, a manifest that is not valid TOML or declares neither
a package nor a workspace.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import CrateError
from rusta.tools.run import run

# Build output and version-control data at a crate's root: never source, never copied into a
# sandbox. Only at the root: `src/target/` is an ordinary module directory.
BUILD_AND_VCS = frozenset({"target", ".git", ".hg", ".svn"})
# Anywhere in the tree, directories whose .rs files are not the crate's sources: hidden ones
# (editor and tool state) and vendored JavaScript packages.
_NEVER_SOURCE = "node_modules"


@dataclass(frozen=True)
class Crate:
    root: Path  # the directory cargo runs in: the workspace root when there is one
    name: str
    is_workspace: bool


def locate(path: Path) -> Crate:
    """The crate or workspace containing `path` (a directory or a file inside a crate)."""
    path = path.expanduser()
    if not path.exists():
        raise CrateError(f"{path}: no such file or directory")
    start = path if path.is_dir() else path.parent
    manifest_dir = _nearest_manifest(start.resolve())
    if manifest_dir is None:
        raise CrateError(f"{path}: not a Rust crate (no Cargo.toml here or in a parent directory)")
    manifest = _read_manifest(manifest_dir / "Cargo.toml")
    root = _workspace_root(manifest_dir) or manifest_dir
    if root != manifest_dir:
        manifest = _read_manifest(root / "Cargo.toml")
    package = manifest.get("package") or {}
    name = package.get("name") if isinstance(package, dict) else None
    return Crate(root=root, name=str(name or root.name), is_workspace="workspace" in manifest)


def _nearest_manifest(start: Path) -> Path | None:
    for candidate in (start, *start.parents):
        if (candidate / "Cargo.toml").is_file():
            return candidate
    return None


def _workspace_root(member: Path) -> Path | None:
    """The workspace root cargo itself would use (it knows `exclude` and nested workspaces).

    Asked once per state of the manifests: `rusta fix` locates its crate three times (the
    head start, the command, intake) and `cargo locate-project` costs a cargo start-up each
    time. The answer is kept while no Cargo.toml from `member` up has changed."""
    if _standalone(member):
        return None
    key = (member, _manifest_stamps(member))
    if key not in _WORKSPACE_ROOTS:
        _WORKSPACE_ROOTS.clear()  # one crate per command; the LSP's crate changes rarely
        _WORKSPACE_ROOTS[key] = _ask_cargo_for_workspace_root(member)
    return _WORKSPACE_ROOTS[key]


_WORKSPACE_ROOTS: dict[tuple[Path, tuple[int, ...]], Path | None] = {}


def _standalone(member: Path) -> bool:
    """No Cargo.toml above `member` and no `package.workspace` key: cargo's search for a
    workspace root finds nothing to join, so the package is its own root (asking cargo
    costs a cargo start-up, a tenth of a small crate's whole check)."""
    if any((parent / "Cargo.toml").exists() for parent in member.parents):
        return False
    try:
        manifest = tomllib.loads((member / "Cargo.toml").read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return False
    package = manifest.get("package")
    return isinstance(package, dict) and "workspace" not in package


def _manifest_stamps(member: Path) -> tuple[int, ...]:
    """The modification times of every Cargo.toml from `member` up (-1: none there)."""
    stamps = []
    for directory in (member, *member.parents):
        try:
            stamps.append((directory / "Cargo.toml").stat().st_mtime_ns)
        except OSError:
            stamps.append(-1)
    return tuple(stamps)


def _ask_cargo_for_workspace_root(member: Path) -> Path | None:
    done = run(
        ["cargo", "locate-project", "--workspace", "--message-format", "plain"], member, timeout=60
    )
    if done.returncode == 0 and done.stdout.strip():
        return Path(done.stdout.strip()).parent
    return _nearest_workspace(member)


def _nearest_workspace(member: Path) -> Path | None:
    """Fallback when cargo cannot tell: the nearest parent manifest with a [workspace]."""
    for parent in member.parents:
        manifest_path = parent / "Cargo.toml"
        if not manifest_path.is_file():
            continue
        try:
            manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            return None
        if "workspace" in manifest:
            return parent
    return None


def _read_manifest(path: Path) -> dict[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CrateError(f"{path}: cannot read the manifest ({exc.__class__.__name__})") from exc
    try:
        manifest = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CrateError(f"{path}: malformed Cargo.toml ({exc})") from exc
    if "package" not in manifest and "workspace" not in manifest:
        raise CrateError(f"{path}: Cargo.toml declares neither [package] nor [workspace]")
    return manifest


def rust_files(root: Path) -> list[str]:
    """Every .rs file of the crate at `root`, relative to it (POSIX separators), sorted.

    The one rule for which files belong to a crate (intake hashes them, the LSP keys on them,
    replay removes the others from its copy, eval snapshots them): not under the root's
    build output or VCS data, not in a hidden directory, not in node_modules.
    """
    found = []
    for directory, subdirectories, files in os.walk(root):
        here = Path(directory)
        subdirectories[:] = sorted(d for d in subdirectories if _is_source_dir(d, here == root))
        found += [
            (here / n).relative_to(root).as_posix() for n in sorted(files) if n.endswith(".rs")
        ]
    return found


def _is_source_dir(name: str, at_root: bool) -> bool:
    if at_root and name in BUILD_AND_VCS:
        return False
    return not name.startswith(".") and name != _NEVER_SOURCE
