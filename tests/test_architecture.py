"""The dependency rule of docs/architecture.md, enforced on the imports of every module.

    cli · server · lsp · eval                                 faces
    loop                                                      the only place that sequences stages
    proposers · knowledge · memory · trace · learn            knowledge and state
    tools · sandbox · patch · llm                             hands
    types · protocols · errors · config · fs · redact · home · sqlite · profile   vocabulary

The arrows are data: `ALLOWED` says, for each room, which other rooms it may import, and the
table "Who may import whom" in docs/architecture.md must say the same (a test compares them).
A face never imports another face except through an entry of `FACE_ENTRIES` (the CLI starts
the server and the LSP, and is the eval's command line; the server runs eval jobs).

Every import counts, also one inside a function or under `if TYPE_CHECKING:` (a type-only
import is still a dependency of the design). The module graph has no cycles. Heavy libraries
are imported only in their rooms, and `rusta --help` loads none of them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "rusta"

VOCABULARY = {
    "types",
    "protocols",
    "errors",
    "config",
    "fs",
    "redact",
    "home",
    "sqlite",
    "profile",
    "__init__",
}
HANDS = {"tools", "sandbox", "patch", "llm"}
KNOWLEDGE = {"proposers", "knowledge", "memory", "trace", "learn"}
LOOP = {"loop"}
FACES = {"cli", "server", "lsp", "eval"}
BESIDE = {"data", "train"}  # package data and training scripts, beside the stack

# room → the other rooms it may import (its own room is always allowed).
ALLOWED: dict[str, set[str]] = {
    **{room: VOCABULARY for room in VOCABULARY},
    "tools": VOCABULARY,
    "patch": VOCABULARY,
    "sandbox": VOCABULARY | {"tools"},
    "llm": VOCABULARY | {"tools", "patch"},
    "trace": VOCABULARY | HANDS,
    "memory": VOCABULARY | HANDS,
    "knowledge": VOCABULARY | HANDS | {"memory"},  # never proposers: knowledge is what they read
    "learn": VOCABULARY | HANDS | {"proposers"},  # priors key on the move registry's names
    "proposers": VOCABULARY | HANDS | {"knowledge", "memory", "learn"},
    "loop": VOCABULARY | HANDS | KNOWLEDGE,
    **{face: VOCABULARY | HANDS | KNOWLEDGE | LOOP for face in FACES},
    "data": VOCABULARY | {"memory"},
    "train": VOCABULARY | {"memory"},
}
# The only arrows between faces: (importing room, imported module or package), and why.
FACE_ENTRIES: dict[tuple[str, str], str] = {
    ("cli", "rusta.server.app"): "`rusta serve` starts the server face",
    ("cli", "rusta.server.deps"): "`rusta serve` prints the token the server checks",
    ("cli", "rusta.server.registry"): "`rusta repo` edits the server's repo registry",
    ("cli", "rusta.lsp.server"): "`rusta lsp` starts the language server",
    ("cli", "rusta.eval"): "`rusta eval` is the eval's command line",
    ("server", "rusta.eval"): "eval jobs run the eval; the eval view reads its reports",
}
# Heavy libraries and the rooms that may import them.
HEAVY: dict[str, set[str]] = {
    "torch": {"llm", "train"},
    "transformers": {"llm", "train"},
    "peft": {"llm", "train"},
    "fastapi": {"server"},
    "uvicorn": {"server"},
}


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


MODULES = sorted(SOURCE.rglob("*.py"))
MODULE_NAMES = {_module_name(path) for path in MODULES}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The modules an import statement loads: `from rusta.loop import policy` loads the module
    rusta.loop.policy; `from rusta.loop.policy import problems` loads rusta.loop.policy."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: resolve against the importing package
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
    submodules = [f"{base}.{alias.name}" for alias in node.names]
    if base == "rusta":  # `from rusta import errors` imports the room rusta.errors
        return [name if name in MODULE_NAMES else base for name in submodules]
    found = [name for name in submodules if name in MODULE_NAMES]
    return found if len(found) == len(submodules) else [*found, base]


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


IMPORTS = [item for path in MODULES for item in _imports_of(path)]


def _is_face_entry(item: Import) -> bool:
    return any(
        item.room == room and (item.target == entry or item.target.startswith(entry + "."))
        for room, entry in FACE_ENTRIES
    )


def _forbidden(item: Import) -> bool:
    room, target = item.room, item.target_room
    if target is None or target == room:
        return False
    if room in FACES and target in FACES:
        return not _is_face_entry(item)
    return target not in ALLOWED[room]


# --- the scanner -----------------------------------------------------------------------------


def test_the_scanner_sees_imports_everywhere() -> None:
    edges = {(i.module, i.target) for i in IMPORTS}

    assert ("rusta.cli.app", "rusta.errors") in edges
    assert ("rusta.cli.fix", "rusta.loop.episode") in edges
    assert ("rusta.cli.serve_cmd", "rusta.server.app") in edges  # inside a function
    assert ("rusta.protocols", "rusta.types") in edges  # under TYPE_CHECKING
    assert any(not i.module_level for i in IMPORTS)


@pytest.mark.parametrize(
    ("source", "module", "is_package", "expected"),
    [
        ("from .run import run", "rusta.tools.cargo", False, ["rusta.tools.run"]),
        ("from . import cargo", "rusta.tools", True, ["rusta.tools.cargo"]),
        ("from .. import errors", "rusta.tools.cargo", False, ["rusta.errors"]),
        ("from rusta import errors, types", "rusta.fs", False, ["rusta.errors", "rusta.types"]),
        ("from rusta import __version__", "rusta.cli.app", False, ["rusta"]),
        ("from rusta.loop import policy", "rusta.loop.replay", False, ["rusta.loop.policy"]),
        ("from rusta.loop.policy import problems", "rusta.x", False, ["rusta.loop.policy"]),
        ("import torch.nn", "rusta.llm.local", False, ["torch.nn"]),
    ],
)
def test_import_targets_resolve(
    source: str, module: str, is_package: bool, expected: list[str]
) -> None:
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.Import | ast.ImportFrom)

    assert _targets(node, module, is_package) == expected


def test_every_room_has_a_place_in_the_table() -> None:
    rooms = {room_of(name) for name in MODULE_NAMES}

    assert rooms <= set(ALLOWED)
    assert set(ALLOWED) == VOCABULARY | HANDS | KNOWLEDGE | LOOP | FACES | BESIDE


# --- the arrows ------------------------------------------------------------------------------


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_each_room_imports_only_what_the_table_allows(room: str) -> None:
    assert [str(i) for i in IMPORTS if i.room == room and _forbidden(i)] == []


def test_the_table_forbids_what_the_rule_forbids() -> None:
    """The arrows a reader of docs/architecture.md expects to be refused, refused."""

    def refused(module: str, target: str) -> bool:
        return _forbidden(Import(module, target, 1, True))

    assert refused("rusta.tools.cargo", "rusta.memory.cache")  # hands never reach up
    assert refused("rusta.trace.events", "rusta.memory.devlog")  # trace: vocabulary and hands
    assert refused("rusta.knowledge.symbols", "rusta.proposers.context")
    assert refused("rusta.memory.cache", "rusta.loop.policy")  # state never imports verbs
    assert refused("rusta.loop.episode", "rusta.cli.fix")
    assert refused("rusta.cli.fix", "rusta.server.jobs")  # face → face, no entry
    assert refused("rusta.lsp.server", "rusta.cli.app")
    assert refused("rusta.eval.run", "rusta.server.db")
    assert not refused("rusta.cli.serve_cmd", "rusta.server.app")  # an explicit entry
    assert not refused("rusta.loop.replay", "rusta.loop.policy")


def test_every_face_entry_is_used() -> None:
    unused = [entry for entry in FACE_ENTRIES if not any(_uses(entry, i) for i in IMPORTS)]

    assert unused == []


def _uses(entry: tuple[str, str], item: Import) -> bool:
    room, target = entry
    return item.room == room and (item.target == target or item.target.startswith(target + "."))


DOC_ROW = re.compile(r"^\| `?([a-z_]+)`? \| (.*) \|$")


def _documented_table() -> dict[str, set[str]]:
    """docs/architecture.md, "Who may import whom": `| room | rooms, comma-separated |`."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Who may import whom", 1)[1].split("\n## ", 1)[0]
    table: dict[str, set[str]] = {}
    for line in section.splitlines():
        match = DOC_ROW.match(line.strip())
        if match and match.group(1) != "room":
            names = {name.strip(" `") for name in match.group(2).split(",")}
            table[match.group(1)] = names - {"", "—"}
    return table


def _groups(rooms: set[str]) -> set[str]:
    """A room set as the docs write it: a whole layer by its name, else its rooms."""
    layers = {"vocabulary": VOCABULARY, "hands": HANDS, "knowledge and state": KNOWLEDGE}
    named = {name for name, members in layers.items() if members <= rooms}
    covered = set().union(*(layers[name] for name in named)) if named else set()
    return named | (rooms - covered)


def test_the_documented_table_is_the_enforced_one() -> None:
    documented = _documented_table()
    enforced = {room: _groups(ALLOWED[room] - {room}) for room in ALLOWED if room not in VOCABULARY}
    enforced["vocabulary"] = {"vocabulary"}

    assert documented == enforced


# --- cycles ----------------------------------------------------------------------------------


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULE_NAMES}
    for item in IMPORTS:
        target = _containing_module(item.target)
        if target is not None and target != item.module:
            graph[item.module].add(target)
    return graph


def _containing_module(target: str) -> str | None:
    parts = target.split(".")
    while parts and ".".join(parts) not in MODULE_NAMES:
        parts.pop()
    return ".".join(parts) or None


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the components of more than one module (the cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            successor = next(successors, None)
            if successor is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif successor not in index:
                index[successor] = low[successor] = len(index)
                stack.append(successor)
                on_stack.add(successor)
                work.append((successor, iter(sorted(graph[successor]))))
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}

    assert strongly_connected(graph) == [["a", "b", "c"]]


def test_no_module_imports_itself_back() -> None:
    assert strongly_connected(_graph()) == []


# --- heavy libraries -------------------------------------------------------------------------


def test_heavy_libraries_are_imported_only_in_their_rooms() -> None:
    heavy = [
        str(i)
        for i in IMPORTS
        if i.target.split(".")[0] in HEAVY and i.room not in HEAVY[i.target.split(".")[0]]
    ]

    assert heavy == []


def test_the_command_line_starts_without_any_heavy_library() -> None:
    """What `import rusta.cli.app` loads, transitively, at module level."""
    level: dict[str, set[str]] = {name: set() for name in MODULE_NAMES}
    for item in IMPORTS:
        if item.module_level:
            level[item.module].add(item.target)
    seen, todo = set(), ["rusta.cli.app"]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo += [_containing_module(t) or t for t in level.get(module, ()) if t.startswith("rusta")]
    loaded = {t.split(".")[0] for m in seen for t in level.get(m, ())}

    assert loaded & set(HEAVY) == set()


# --- one home per rule -----------------------------------------------------------------------

ONE_HOME = {  # a call spelled `<module>.<name>(...)` → the only module that may make it
    ("os", "fsync"): "rusta.fs",  # durable writes: fs.atomic_write / write_new_file
    ("tempfile", "mkstemp"): "rusta.fs",
    ("sqlite3", "connect"): "rusta.sqlite",  # every database opens through rusta.sqlite
}


def test_durable_writes_and_database_connections_have_one_home() -> None:
    elsewhere = []
    for path in MODULES:
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            key = (owner.id if isinstance(owner, ast.Name) else "", node.func.attr)
            if key in ONE_HOME and module != ONE_HOME[key]:
                elsewhere.append(f"{module}:{node.lineno} calls {'.'.join(key)}")

    assert elsewhere == []
