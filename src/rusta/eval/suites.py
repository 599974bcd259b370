"""Eval suites: directories whose subdirectories are crates (SPEC §11).

The built-in suite ships in the repository (examples/suite/<class>/<case>/, each with a
case.toml naming its class and codes, and a gold.diff). `--suite DIR` accepts any directory
of crates, nested one or two levels deep; without case.toml the class is read from the
crate's first diagnostic at run time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import UsageError

BUILTIN = Path(__file__).resolve().parents[3] / "examples" / "suite"


@dataclass(frozen=True)
class Case:
    name: str  # "borrow/01-inventory-reorder"
    path: Path
    error_class: str  # "" when unknown until the crate is checked
    codes: tuple[str, ...]


def discover(
    directory: Path | None = None, classes: tuple[str, ...] = (), limit: int | None = None
) -> list[Case]:
    root = (directory or builtin_suite()).expanduser()
    if not root.is_dir():
        raise UsageError(f"{root}: not a directory of crates")
    cases = []
    for manifest in sorted(root.glob("*/Cargo.toml")) + sorted(root.glob("*/*/Cargo.toml")):
        crate = manifest.parent
        meta = _meta(crate)
        case = Case(
            str(crate.relative_to(root)), crate, meta.get("class", ""), tuple(meta.get("codes", ()))
        )
        if not classes or case.error_class in classes:
            cases.append(case)
    if not cases:
        raise UsageError(f"{root}: no crates found (expected DIR/<crate>/Cargo.toml)")
    return cases[:limit] if limit else cases


def builtin_suite() -> Path:
    if not BUILTIN.is_dir():
        raise UsageError(
            "the built-in suite is not available in this installation; pass --suite DIR"
        )
    return BUILTIN


def _meta(crate: Path) -> dict[str, object]:
    path = crate / "case.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError:
        return {}
