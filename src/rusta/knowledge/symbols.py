"""The symbol index of a crate: where items, fields and methods are defined, by name.

Probes and moves need to know where `struct Config` lives (to add a derive or `pub` at the
definition, even in another file) and which names exist (for imports and typo fixes). The
index is a view over the items of `rusta.tools.source` (the tree-sitter parse, or the lexer
for a file that does not parse), the same items the project graph stores: each file's items
are computed once per text and shared by every step that reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from rusta.tools.source import Item, source_of

# the item kinds the index answers for (impl blocks and use declarations are not symbols)
SYMBOL_KINDS = frozenset(
    {"struct", "enum", "trait", "fn", "method", "const", "static", "type", "mod", "union"}
    | {"field", "variant", "macro"}
)


@dataclass(frozen=True)
class Symbol:
    name: str
    # struct | enum | trait | fn | method | const | static | type | mod | field | variant | macro
    # | union
    kind: str
    file: str
    start: int  # code-point index where the item starts (its `pub`, or the keyword)
    keyword_at: int  # index of the keyword (or the field name)
    module: str  # "crate::model::shapes"
    is_pub: bool
    owner: str = ""  # the struct of a field, the impl type of a method
    attrs_at: int = -1  # index where the item's attributes start (for derives), or -1


@dataclass
class SymbolIndex:
    symbols: list[Symbol]

    def named(self, name: str, kinds: Iterable[str] | None = None) -> list[Symbol]:
        wanted = set(kinds) if kinds else None
        return [s for s in self.symbols if s.name == name and (wanted is None or s.kind in wanted)]

    def names(self, kinds: Iterable[str] | None = None) -> set[str]:
        wanted = set(kinds) if kinds else None
        return {s.name for s in self.symbols if wanted is None or s.kind in wanted}


def module_of(file: str) -> str:
    """src/lib.rs → crate; src/model/mod.rs → crate::model; src/model/a.rs → crate::model::a."""
    parts = list(PurePosixPath(file).parts)
    if parts and parts[0] == "src":
        parts = parts[1:]
    if not parts:
        return "crate"
    last = parts[-1].removesuffix(".rs")
    parts = parts[:-1] if last in {"lib", "main", "mod"} else [*parts[:-1], last]
    if parts and parts[0] == "bin":
        return "crate"
    return "::".join(["crate", *parts])


def build_index(files: Iterable[str], read: Callable[[str], str]) -> SymbolIndex:
    symbols: list[Symbol] = []
    for file in files:
        try:
            text = read(file)
        except (OSError, UnicodeDecodeError):
            continue
        base = module_of(file)
        symbols.extend(
            _symbol(file, base, item) for item in source_of(text).items if item.kind in SYMBOL_KINDS
        )
    return SymbolIndex(symbols)


def _symbol(file: str, base: str, item: Item) -> Symbol:
    return Symbol(
        item.name,
        item.kind,
        file,
        item.start,
        item.keyword_at,
        "::".join([base, *item.modules]),
        item.is_pub,
        item.owner,
        item.attrs_at,
    )
