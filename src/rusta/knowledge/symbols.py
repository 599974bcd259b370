"""A light symbol index of a crate: where items, fields and methods are defined.

Probes and moves need to know where `struct Config` lives (to add a derive or `pub` at the
definition, even in another file) and which names exist (for imports and typo fixes). This
index is built from the lexer in a few milliseconds; the tree-sitter project graph of the
memory issue can replace it behind the same queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from rusta.knowledge.rustlex import Token, tokenize

ITEM_KEYWORDS = {"struct", "enum", "trait", "fn", "const", "static", "type", "mod", "union"}


@dataclass(frozen=True)
class Symbol:
    name: str
    # struct | enum | trait | fn | method | const | static | type | mod | field | variant | macro
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
        symbols.extend(_file_symbols(file, text))
    return SymbolIndex(symbols)


def _file_symbols(file: str, text: str) -> list[Symbol]:
    tokens = tokenize(text)
    found: list[Symbol] = []
    scopes: list[tuple[str, str]] = []  # (kind, name) per open brace: mod/impl/struct/trait/other
    pending: tuple[str, str] | None = None
    base = module_of(file)
    for index, token in enumerate(tokens):
        if token.kind == "ident" and token.text in ITEM_KEYWORDS | {"impl"}:
            symbol, pending_scope = _item_at(tokens, index, file, text, base, scopes)
            if symbol:
                found.append(symbol)
            if pending_scope:
                pending = pending_scope
        elif token.kind == "ident" and token.text == "macro_rules" and index + 2 < len(tokens):
            name = tokens[index + 2]
            found.append(
                Symbol(
                    name.text,
                    "macro",
                    file,
                    token.start,
                    token.start,
                    _module_path(base, scopes),
                    True,
                )
            )
        elif token.text == "{":
            scopes.append(pending or ("block", ""))
            if pending and pending[0] in {"struct", "enum"}:
                found.extend(_members(tokens, index, file, text, base, scopes, pending))
            pending = None
        elif token.text == "}":
            if scopes:
                scopes.pop()
        elif token.text == ";":
            pending = None
    return found


def _item_at(
    tokens: list[Token], index: int, file: str, text: str, base: str, scopes: list[tuple[str, str]]
) -> tuple[Symbol | None, tuple[str, str] | None]:
    keyword = tokens[index].text
    if keyword == "impl":
        return None, ("impl", _impl_type(tokens, index))
    name_token = tokens[index + 1] if index + 1 < len(tokens) else None
    if name_token is None or name_token.kind != "ident":
        return None, None
    if index > 0 and tokens[index - 1].text in {"&", "<", "(", "impl", "dyn", ",", ":"}:
        return None, None  # `fn` in a type position (fn pointer), `&mut dyn Trait`...
    start, is_pub = _visibility_start(tokens, index)
    kind = keyword
    owner = ""
    enclosing = next((s for s in reversed(scopes) if s[0] != "block"), None)
    if keyword == "fn" and enclosing and enclosing[0] in {"impl", "trait"}:
        kind, owner = "method", enclosing[1]
    symbol = Symbol(
        name_token.text,
        kind,
        file,
        start,
        tokens[index].start,
        _module_path(base, scopes),
        is_pub,
        owner,
        _attrs_start(tokens, start, text),
    )
    pending = (keyword, name_token.text) if keyword in {"mod", "struct", "enum", "trait"} else None
    return symbol, pending


def _visibility_start(tokens: list[Token], index: int) -> tuple[int, bool]:
    """Start of the item including `pub`, `pub(crate)`, `async`, `unsafe`, `const`..."""
    j = index - 1
    while j >= 0 and tokens[j].text in {"async", "unsafe", "const", "extern", "default"}:
        j -= 1
    if j >= 0 and tokens[j].text == ")" and j >= 2 and tokens[j - 2].text == "(":
        # pub(crate) / pub(super) / pub(in path) is short: look back a few tokens
        k = j
        while k >= 0 and tokens[k].text != "pub" and j - k < 6:
            k -= 1
        if k >= 0 and tokens[k].text == "pub":
            return tokens[k].start, True
    if j >= 0 and tokens[j].text == "pub":
        return tokens[j].start, True
    return tokens[j + 1].start, False


def _attrs_start(tokens: list[Token], item_start: int, text: str) -> int:
    """Where `#[...]` attributes directly above the item begin (or -1)."""
    position = next((i for i, t in enumerate(tokens) if t.start == item_start), None)
    if position is None:
        return -1
    earliest = -1
    j = position - 1
    while j >= 0 and tokens[j].text == "]":
        depth, k = 0, j
        while k >= 0:
            if tokens[k].text == "]":
                depth += 1
            elif tokens[k].text == "[":
                depth -= 1
                if depth == 0:
                    break
            k -= 1
        if k >= 1 and tokens[k - 1].text == "#":
            earliest = tokens[k - 1].start
            j = k - 2
        else:
            break
    return earliest


def _impl_type(tokens: list[Token], index: int) -> str:
    """`impl<T> Trait for Type<T> {` → Type; `impl Type {` → Type."""
    j, depth, last_ident = index + 1, 0, ""
    while j < len(tokens) and tokens[j].text != "{":
        text = tokens[j].text
        if text == "<":
            depth += 1
        elif text == ">":
            depth -= 1
        elif text == "for" and depth == 0:
            last_ident = ""
        elif text == "where" and depth == 0:
            break
        elif tokens[j].kind == "ident" and depth == 0 and text not in {"dyn", "mut"}:
            last_ident = text
        j += 1
    return last_ident


def _members(
    tokens: list[Token],
    brace: int,
    file: str,
    text: str,
    base: str,
    scopes: list[tuple[str, str]],
    owner: tuple[str, str],
) -> list[Symbol]:
    """Fields of a struct (`pub name: Type`) or variants of an enum, at depth one."""
    members: list[Symbol] = []
    depth, j = 0, brace
    expect_member = True
    while j < len(tokens):
        token = tokens[j]
        if token.text in "({[" and token.kind == "punct":
            depth += 1
        elif token.text in ")}]" and token.kind == "punct":
            depth -= 1
            if depth == 0:
                break
        elif depth == 1 and token.text == ",":
            expect_member = True
        elif depth == 1 and expect_member and token.kind == "ident" and token.text != "pub":
            is_field = j + 1 < len(tokens) and tokens[j + 1].text == ":"
            if owner[0] == "enum" or is_field:
                start, is_pub = _visibility_start(tokens, j)
                kind = "variant" if owner[0] == "enum" else "field"
                members.append(
                    Symbol(
                        token.text,
                        kind,
                        file,
                        start,
                        token.start,
                        _module_path(base, scopes),
                        is_pub or kind == "variant",
                        owner[1],
                    )
                )
                expect_member = False
        j += 1
    return members


def _module_path(base: str, scopes: list[tuple[str, str]]) -> str:
    inline = [name for kind, name in scopes if kind == "mod"]
    return "::".join([base, *inline])
