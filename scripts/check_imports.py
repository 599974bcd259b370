#!/usr/bin/env python3
"""Every third-party import in src/rusta is declared in pyproject.toml, in the right place.

Two checks, both run on a plain install (`make demo` runs them on the base install alone):

- **static**: every import in every module (module level or inside a function) names a
  distribution that pyproject.toml declares: in the base dependencies, or in an optional extra
  that the module's room is allowed to need (server → `server`, llm → `llm`). A package that is
  imported but only arrives transitively (as `click` once came with typer) is a defect: the next
  release of the package that pulled it in may stop doing so.
- **import** (`--import`): every module that needs only the base dependencies imports on this
  interpreter. With the base install alone this is what a fresh machine's `rusta` runs.

Exit 1 with one line per problem; 0 when every import is declared.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "rusta"
# Rooms whose modules may import the packages of an optional extra (lazily or not).
EXTRAS_OF_ROOM = {
    "server": {"server"},
    "llm": {"llm", "train"},
    "train": {"train"},
    "eval": {"report"},  # matplotlib, for the report's charts
}
# Rooms whose extras may be imported only inside functions: their modules must still import on
# the base install (`rusta eval` without --report never needs matplotlib).
LAZY_EXTRA_ROOMS = {"eval"}
# Installed by the Makefile with a pin before the extras, never declared (an unpinned torch
# requirement pulls a multi-GB CUDA build: ECOSYSTEM.md). Only the llm room may import it.
PINNED_OUTSIDE = {"torch": {"llm", "train"}}
# Import names that are not on PyPI under a distribution (stdlib-like or part of a package).
IMPORT_ALIASES = {"yaml": "pyyaml", "tree_sitter_rust": "tree-sitter-rust"}


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return normalized(re.split(r"[\s<>=!~;\[]", requirement.strip(), maxsplit=1)[0])


def declared(pyproject: Path = ROOT / "pyproject.toml") -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    base = {requirement_name(r) for r in project.get("dependencies", [])}
    extras = {
        extra: {requirement_name(r) for r in requirements}
        for extra, requirements in project.get("optional-dependencies", {}).items()
    }
    return base, extras


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def third_party_imports(path: Path) -> set[str]:
    """Top-level package names imported anywhere in the file, stdlib and rusta excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "rusta"}


def distribution_of(package: str) -> str:
    if package in IMPORT_ALIASES:
        return IMPORT_ALIASES[package]
    owners = importlib.metadata.packages_distributions().get(package, [])
    return normalized(owners[0]) if owners else normalized(package)


def static_problems(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    base, extras = declared(pyproject)
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        module = module_name(path)
        room = room_of(module)
        allowed = set(base)
        for extra in EXTRAS_OF_ROOM.get(room, set()):
            allowed |= extras.get(extra, set())
        for package in sorted(third_party_imports(path)):
            if room in PINNED_OUTSIDE.get(package, set()):
                continue
            distribution = distribution_of(package)
            if distribution not in allowed:
                where = [name for name, members in extras.items() if distribution in members]
                hint = f" (declared only in extra {', '.join(where)})" if where else ""
                problems.append(
                    f"{path.relative_to(ROOT)}: imports {package} ({distribution}), "
                    f"not declared for room {room!r}{hint}"
                )
    return problems


def import_problems() -> list[str]:
    """Import every module that needs only the base install; report what fails."""
    problems = []
    for path in sorted(SOURCE.rglob("*.py")):
        module = module_name(path)
        if room_of(module) in EXTRAS_OF_ROOM and room_of(module) not in LAZY_EXTRA_ROOMS:
            continue  # may need an extra at import time; the static check covers it
        try:
            importlib.import_module(module)
        except ImportError as error:
            problems.append(f"{module}: {type(error).__name__}: {error}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import", dest="do_import", action="store_true")
    args = parser.parse_args()
    problems = static_problems() + (import_problems() if args.do_import else [])
    for problem in problems:
        print(problem)
    if not problems:
        print("imports: every third-party import is declared")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
