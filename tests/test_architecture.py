"""The dependency rule of ARCHITECTURE.md, enforced on the imports of every module in src/rusta.

    cli · server · lsp · eval                          faces
    loop                                               the only place that sequences stages
    proposers · knowledge · memory · trace · learn     knowledge and state
    tools · sandbox · patch · llm                      hands
    types · protocols · errors · config · fs           vocabulary

A room may import its own layer and the layers below; `data/` and `train/` sit beside the stack.
Every import counts, also one inside a function or under `if TYPE_CHECKING:` (a type-only
import is still a dependency of the design); only the heavy-import rule is about module level,
because that rule is about start-up time.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "rusta"

VOCABULARY = {
    "types",
    "protocols",
    "errors",
    "config",
    "fs",
    "redact",
    "home",
    "sqlite",
    "__init__",
}  # __init__: rusta itself
HANDS = {"tools", "sandbox", "patch", "llm"}
KNOWLEDGE = {"proposers", "knowledge", "memory", "trace", "learn"}
LOOP = {"loop"}
FACES = {"cli", "server", "lsp", "eval"}
BESIDE = {"data", "train"}
HEAVY = {"torch", "transformers", "peft", "fastapi", "uvicorn"}
HEAVY_ALLOWED = {"llm", "train", "server"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, "rusta.tools.cargo"
    target: str  # the imported module, "rusta.errors" or "torch.nn"
    line: int
    module_level: bool  # runs when the module is imported (not in a function, not TYPE_CHECKING)

    @property
    def room(self) -> str:
        return room_of(self.module)

    @property
    def target_room(self) -> str | None:
        return room_of(self.target) if self.target.split(".")[0] == "rusta" else None

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def room_of(module: str) -> str:
    """ "rusta.tools.cargo" → "tools"; "rusta.types" → "types"; "rusta" → "__init__"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: resolve against the importing package
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
    if base == "rusta":  # `from rusta import errors` imports the room rusta.errors
        return [f"rusta.{alias.name}" for alias in node.names]
    return [base]


class _Collector(ast.NodeVisitor):
    """Every import of one module, remembering whether it runs at import time."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.is_package = is_package
        self.module_level = True
        self.found: list[Import] = []

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        for target in _targets(node, self.module, self.is_package):
            self.found.append(Import(self.module, target, node.lineno, self.module_level))

    visit_ImportFrom = visit_Import

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._not_at_import_time(node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node):
            self.generic_visit(node)
            return
        self._not_at_import_time(node.body)
        for statement in node.orelse:
            self.visit(statement)

    def _not_at_import_time(self, statements: list[ast.stmt]) -> None:
        saved, self.module_level = self.module_level, False
        for statement in statements:
            self.visit(statement)
        self.module_level = saved


def _imports_of(path: Path) -> list[Import]:
    collector = _Collector(_module_name(path), path.name == "__init__.py")
    collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return collector.found


MODULES = sorted(SOURCE.rglob("*.py"))
IMPORTS = [item for path in MODULES for item in _imports_of(path)]


def _violations(rooms: set[str], forbidden: set[str]) -> list[str]:
    return [str(i) for i in IMPORTS if i.room in rooms and i.target_room in forbidden]


def test_the_scanner_sees_imports_everywhere() -> None:
    edges = {(i.module, i.target) for i in IMPORTS}

    assert ("rusta.loop.episode", "rusta.sandbox.slots") in edges
    assert ("rusta.cli.app", "rusta.errors") in edges
    assert ("rusta.cli.fix", "rusta.loop.episode") in edges
    assert ("rusta.loop.probe", "rusta.loop.search") in edges  # under TYPE_CHECKING
    assert any(not i.module_level for i in IMPORTS)


def test_every_room_has_a_place_in_the_diagram() -> None:
    rooms = {room_of(_module_name(path)) for path in MODULES}

    assert rooms <= VOCABULARY | HANDS | KNOWLEDGE | LOOP | FACES | BESIDE


VOCABULARY_MODULES = sorted(
    {_module_name(p) for p in MODULES if room_of(_module_name(p)) in VOCABULARY}
)
KNOWN_VOCABULARY_VIOLATIONS: dict[str, str] = {}


@pytest.mark.parametrize(
    "module",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(reason=KNOWN_VOCABULARY_VIOLATIONS[name], strict=True),
        )
        if name in KNOWN_VOCABULARY_VIOLATIONS
        else name
        for name in VOCABULARY_MODULES
    ],
)
def test_the_vocabulary_imports_only_the_vocabulary(module: str) -> None:
    outside = [
        str(i)
        for i in IMPORTS
        if i.module == module and i.target_room is not None and i.target_room not in VOCABULARY
    ]

    assert outside == []


def test_hands_never_reach_up() -> None:
    assert _violations(HANDS, KNOWLEDGE | LOOP | FACES) == []


def test_knowledge_and_state_never_import_the_loop_or_the_faces() -> None:
    assert _violations(KNOWLEDGE, LOOP | FACES) == []


def test_the_loop_never_imports_a_face() -> None:
    assert _violations(LOOP, FACES) == []


def test_nothing_outside_cli_imports_cli() -> None:
    rooms = {room_of(_module_name(p)) for p in MODULES} - {"cli"}

    assert _violations(rooms, {"cli"}) == []


def test_data_and_train_use_only_the_vocabulary_and_memory() -> None:
    assert _violations(BESIDE, HANDS | KNOWLEDGE - {"memory"} | LOOP | FACES) == []


def test_heavy_libraries_stay_in_their_rooms() -> None:
    heavy = [
        str(i)
        for i in IMPORTS
        if i.module_level and i.target.split(".")[0] in HEAVY and i.room not in HEAVY_ALLOWED
    ]

    assert heavy == []


@pytest.mark.parametrize(
    ("source", "module", "is_package", "expected"),
    [
        ("from .run import run", "rusta.tools.cargo", False, ["rusta.tools.run"]),
        ("from . import cargo", "rusta.tools", True, ["rusta.tools"]),
        ("from .. import errors", "rusta.tools.cargo", False, ["rusta.errors"]),
        ("from rusta import errors, types", "rusta.fs", False, ["rusta.errors", "rusta.types"]),
        ("import torch.nn", "rusta.llm.local", False, ["torch.nn"]),
    ],
)
def test_import_targets_resolve(
    source: str, module: str, is_package: bool, expected: list[str]
) -> None:
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.Import | ast.ImportFrom)

    assert _targets(node, module, is_package) == expected
