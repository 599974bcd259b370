"""Find and validate the crate or workspace a user points Rusta at (SPEC §13: bad input).

Every refusal is a one-line CrateError before anything runs: a path that does not exist, a
directory with no Cargo.toml above it, a manifest that is not valid TOML or declares neither
a package nor a workspace.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import CrateError
from rusta.tools.run import run


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
    """The workspace root cargo itself would use (it knows `exclude` and nested workspaces)."""
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
