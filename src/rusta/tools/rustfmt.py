"""rustfmt on a file's text (SPEC §2 Do: format only if the file was rustfmt-clean before).

Formatting a file that was not clean would rewrite lines the user never asked Rusta to touch,
so the policy needs two answers from rustfmt: is this text already formatted, and what does
this text look like formatted. Both come from formatting the text through stdin, in the
directory of the file so that the crate's own rustfmt.toml applies; the file is never written.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from rusta.errors import EnvironmentProblem
from rusta.tools.run import run


def formatted(text: str, cwd: Path, edition: str, timeout: float = 20.0) -> str | None:
    """`text` as rustfmt would write it, or None when rustfmt is missing or cannot parse it."""
    try:
        done = run(
            ["rustfmt", "--edition", edition, "--emit", "stdout"], cwd, timeout=timeout, input=text
        )
    except EnvironmentProblem:
        return None
    if done.returncode != 0 or done.timed_out:
        return None
    return done.stdout


def edition_for(source: Path, root: Path) -> str:
    """The edition of the package that owns `source` (cargo's default when none is set)."""
    for directory in source.parents:
        manifest = directory / "Cargo.toml"
        if manifest.is_file():
            try:
                package = tomllib.loads(manifest.read_text()).get("package") or {}
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                return "2015"
            edition = package.get("edition", "2015") if isinstance(package, dict) else "2015"
            if isinstance(edition, dict) and edition.get("workspace"):
                return _workspace_edition(root)
            return edition if isinstance(edition, str) else "2015"
        if directory == root:
            break
    return "2015"


def _workspace_edition(root: Path) -> str:
    """`edition.workspace = true`: the edition in the workspace's [workspace.package]."""
    try:
        manifest = tomllib.loads((root / "Cargo.toml").read_text())
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return "2015"
    edition = ((manifest.get("workspace") or {}).get("package") or {}).get("edition", "2015")
    return edition if isinstance(edition, str) else "2015"
