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
        cases.append(case)
    if not cases:
        raise UsageError(f"{root}: no crates found (expected DIR/<crate>/Cargo.toml)")
    if classes:
        known = sorted({case.error_class for case in cases if case.error_class})
        unknown = [name for name in classes if name not in known]
        if unknown:
            raise UsageError(
                f"{root}: no case of class {', '.join(unknown)} "
                f"(classes here: {', '.join(known) or 'none declared in case.toml'})"
            )
        cases = [case for case in cases if case.error_class in classes]
    return stratified(cases, limit) if limit is not None else cases


def stratified(cases: list[Case], limit: int) -> list[Case]:
    """At most `limit` cases, taken round-robin across the classes (each class in suite
    order), so `--classes type,borrow --limit 6` runs three of each, not six borrow cases."""
    if limit < 1:
        raise UsageError(f"--limit {limit}: give a positive number of cases")
    groups: dict[str, list[Case]] = {}
    for case in cases:
        groups.setdefault(case.error_class, []).append(case)
    chosen: list[Case] = []
    for rank in range(max(len(members) for members in groups.values())):
        for members in groups.values():
            if rank < len(members) and len(chosen) < limit:
                chosen.append(members[rank])
    order = {case.name: index for index, case in enumerate(cases)}
    return sorted(chosen, key=lambda case: order[case.name])


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
