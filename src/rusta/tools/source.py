"""The one way Rusta reads Rust source: a file's exact text, rustc's offsets, its items.

A `SourceFile` is the text as it is on disk (CRLF kept: rustc's byte offsets count the `\\r`
bytes, and a text read with universal newlines would put every later span in the wrong place).
It converts between rustc's coordinates (UTF-8 byte offsets, 1-based lines and character
columns) and Python's code-point indices, lists the items (fns, methods, structs, enums,
unions, traits, impls, mods, consts, statics, types, macros, uses, fields, variants) with
their spans, finds the fn enclosing an offset, and gives the tokens and identifiers outside
comments and strings.

Items come from the tree-sitter parse; when tree-sitter cannot parse a file cleanly (a syntax
error, or syntax newer than the grammar) they come from the forgiving lexer instead, so a
broken file still has its items. Everything is computed once per text: `SourceFile.of(text)`
returns the cached object, and moves ask the same file many times per step.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from rusta.tools.lexer import (
    CLOSERS,
    OPENERS,
    Imbalance,
    Token,
    find_imbalance,
    indentation,
    line_of,
    line_start,
    matching_close,
    tokenize,
)

__all__ = [
    "CLOSERS",
    "OPENERS",
    "Imbalance",
    "Item",
    "SourceFile",
    "Token",
    "find_imbalance",
    "indentation",
    "line_of",
    "line_start",
    "matching_close",
    "node_name",
    "read_source",
    "source_of",
    "tokenize",
]

# the kinds an Item can have; "method" is a fn in an impl or trait body
KINDS = (
    "fn", "method", "struct", "enum", "union", "trait", "impl", "mod", "const", "static",
    "type", "macro", "use", "field", "variant",
)  # fmt: skip

_NODE_KINDS = {
    "function_item": "fn",
    "function_signature_item": "fn",
    "struct_item": "struct",
    "enum_item": "enum",
    "union_item": "union",
    "trait_item": "trait",
    "impl_item": "impl",
    "mod_item": "mod",
    "const_item": "const",
    "static_item": "static",
    "type_item": "type",
    "associated_type": "type",
    "macro_definition": "macro",
    "use_declaration": "use",
    "field_declaration": "field",
    "enum_variant": "variant",
}
_KEYWORDS = {
    "fn": "fn",
    "struct": "struct",
    "enum": "enum",
    "union": "union",
    "trait": "trait",
    "impl": "impl",
    "mod": "mod",
    "const": "const",
    "static": "static",
    "type": "type",
    "macro": "macro_rules!",
    "use": "use",
}
_SCOPE_NODES = {"mod_item", "impl_item", "trait_item"}


@dataclass(frozen=True)
class Item:
    """One item of a file. Offsets are code-point indices into the text (`SourceFile.byte_of`
    gives rustc's byte offsets)."""

    name: str  # a use's name is its path text, an impl's the type it is for
    kind: str  # one of KINDS
    start: int  # where the item starts: its `pub`, qualifiers or keyword (not attributes)
    end: int  # just past its closing `}` or `;`
    keyword_at: int  # the keyword (`fn`, `struct`...), or the name of a field or variant
    attrs_at: int  # where the `#[...]` attributes directly above it start, or -1
    outer_start: int  # start with attributes and `///` docs included (an item's whole span)
    is_pub: bool
    owner: str = ""  # the struct of a field, the enum of a variant, the impl type of a method
    container: str = ""  # the enclosing mod/impl/trait names, "inner::Point"
    modules: tuple[str, ...] = ()  # the inline `mod` blocks the item sits in


class SourceFile:
    """A Rust file's text exactly as on disk, with its offsets, items and tokens."""

    def __init__(self, text: str) -> None:
        self.text = text

    @staticmethod
    def of(text: str) -> SourceFile:
        """The cached SourceFile of this text (parsed at most once while it is in use)."""
        return source_of(text)

    @staticmethod
    def from_bytes(data: bytes) -> SourceFile:
        return source_of(data.decode("utf-8"))

    # --- offsets: rustc counts UTF-8 bytes, Python indexes code points ---------------------

    @cached_property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    @cached_property
    def _wide(self) -> tuple[list[int], list[int], list[int]]:
        """For each non-ASCII character in order: its code-point index, its byte offset, and
        the extra bytes (UTF-8 length minus one) of it and all before it."""
        chars: list[int] = []
        offsets: list[int] = []
        extra: list[int] = []
        total = 0
        if not self.text.isascii():
            for index, char in enumerate(self.text):
                if ord(char) >= 0x80:
                    chars.append(index)
                    offsets.append(index + total)
                    total += len(char.encode("utf-8")) - 1
                    extra.append(total)
        return chars, offsets, extra

    def byte_of(self, index: int) -> int:
        """UTF-8 byte offset of the code-point index `index` (clamped to the text)."""
        chars, _, extra = self._wide
        index = min(max(index, 0), len(self.text))
        before = bisect.bisect_left(chars, index)  # wide characters before the index
        return index + (extra[before - 1] if before else 0)

    def char_of(self, offset: int) -> int:
        """Code-point index of a byte offset (an offset inside a character gives its start;
        one past the end, the end)."""
        chars, offsets, extra = self._wide
        offset = min(max(offset, 0), len(self.text) + (extra[-1] if extra else 0))
        before = bisect.bisect_left(offsets, offset)  # wide characters starting before it
        if not before:
            return offset
        if offset <= offsets[before - 1] + extra[before - 1] - (
            extra[before - 2] if before > 1 else 0
        ):
            return chars[before - 1]  # inside the last wide character
        return offset - extra[before - 1]

    def chars_of(self, byte_start: int, byte_end: int) -> tuple[int, int]:
        return self.char_of(byte_start), self.char_of(byte_end)

    def text_of(self, byte_start: int, byte_end: int) -> str:
        """The text between two byte offsets (a rustc span)."""
        start, end = self.chars_of(byte_start, byte_end)
        return self.text[start:end]

    # --- lines and columns: 1-based, columns in characters, as rustc reports them ----------

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        return starts

    def line_col(self, index: int) -> tuple[int, int]:
        """(line, column) of a code-point index, both 1-based."""
        line = bisect.bisect_right(self._line_starts, index)
        return line, index - self._line_starts[line - 1] + 1

    def index_at(self, line: int, column: int) -> int:
        """The code-point index of a 1-based (line, column)."""
        return self._line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """Line `line` (1-based) without its line ending."""
        starts = self._line_starts
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[starts[line - 1] : end].removesuffix("\r")

    # --- tokens ------------------------------------------------------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        """Tokens outside comments (strings are single tokens)."""
        return tokenize(self.text)

    @cached_property
    def identifiers(self) -> frozenset[str]:
        """Every identifier outside comments and strings."""
        return frozenset(t.text for t in self.tokens if t.kind == "ident")

    # --- structure ---------------------------------------------------------------------------

    @cached_property
    def tree(self) -> Any | None:
        """The tree-sitter parse, or None when tree-sitter is not available."""
        return _parse(self.data)

    @cached_property
    def parsed_cleanly(self) -> bool:
        return self.tree is not None and not self.tree.root_node.has_error

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """Every item in text order (members after their struct or enum)."""
        if self.parsed_cleanly:
            return tuple(_tree_items(self, self.tree.root_node))
        return tuple(_lexed_items(self.text, self.tokens))

    def items_of(self, *kinds: str) -> list[Item]:
        return [item for item in self.items if item.kind in kinds]

    def enclosing(self, index: int, kinds: tuple[str, ...] = ("fn", "method")) -> Item | None:
        """The innermost item of these kinds whose span holds the index."""
        best: Item | None = None
        for item in self.items:
            inside = item.kind in kinds and item.start <= index < item.end
            if inside and (best is None or item.start >= best.start):
                best = item
        return best

    def enclosing_fn(self, index: int) -> Item | None:
        return self.enclosing(index)

    def is_test_item(self, file: str, item: Item) -> bool:
        """A test fn, anything in a `#[cfg(test)]` module, or anything in an integration test
        or bench file: code a fix never rewrites (tests pin the behaviour)."""
        if file.startswith(("tests/", "benches/")):
            return True
        if "#[test]" in self.text[max(item.outer_start, 0) : item.start]:
            return True
        return self.in_test_module(item.start)

    def in_test_module(self, index: int) -> bool:
        for module in self.items_of("mod"):
            attrs = self.text[max(module.outer_start, 0) : module.start]
            if "cfg(test)" in attrs and module.start <= index < module.end:
                return True
        return False


def read_source(path: Path) -> SourceFile:
    """Read a Rust file from disk as rustc sees it: bytes decoded, line endings kept."""
    return source_of(path.read_bytes().decode("utf-8"))


# --- the cache: moves ask about the same texts many times per step -------------------------

_CACHE_SIZE = 512
_cache: OrderedDict[str, SourceFile] = OrderedDict()
_cache_lock = threading.Lock()


def source_of(text: str) -> SourceFile:
    with _cache_lock:
        found = _cache.get(text)
        if found is not None:
            _cache.move_to_end(text)
            return found
        found = _cache[text] = SourceFile(text)
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
        return found


# --- tree-sitter ---------------------------------------------------------------------------

_local = threading.local()  # a Parser is not safe to share between threads


def _parse(data: bytes) -> Any | None:
    parser = getattr(_local, "parser", None)
    if parser is None:
        try:
            import tree_sitter_rust
            from tree_sitter import Language, Parser
        except ImportError:
            return None
        parser = _local.parser = Parser(Language(tree_sitter_rust.language()))
    return parser.parse(data)


def _tree_items(source: SourceFile, root: Any) -> list[Item]:
    found: list[Item] = []
    stack = list(reversed(root.named_children))
    while stack:  # depth first, in text order
        node = stack.pop()
        kind = _NODE_KINDS.get(node.type)
        if kind is not None and _counts(node, kind):
            found.append(_tree_item(source, node, kind))
        if kind != "use":
            stack.extend(reversed(node.named_children))
    return found


def _counts(node: Any, kind: str) -> bool:
    """Fields of structs and unions only (an enum variant's fields are not a type's fields)."""
    if kind == "field":
        holder = node.parent.parent if node.parent is not None else None
        return holder is not None and holder.type in {"struct_item", "union_item"}
    return True


def _tree_item(source: SourceFile, node: Any, kind: str) -> Item:
    char = source.char_of
    scopes = _scopes(node)
    owner = ""
    parent = node.parent
    if kind == "fn" and parent is not None and parent.type == "declaration_list":
        holder = parent.parent
        if holder is not None and holder.type in {"impl_item", "trait_item"}:
            kind, owner = "method", node_name(holder)
    elif kind in {"field", "variant"}:
        holder = parent.parent if parent is not None else None
        owner = node_name(holder) if holder is not None else ""
    keyword = _keyword(node, kind)
    attrs, outer = _attributes(node)
    return Item(
        name=node_name(node),
        kind=kind,
        start=char(node.start_byte),
        end=char(node.end_byte),
        keyword_at=char(keyword.start_byte),
        attrs_at=char(attrs.start_byte) if attrs is not None else -1,
        outer_start=char(outer.start_byte),
        is_pub=kind in {"variant", "macro"} or _is_pub(node),
        owner=owner,
        container="::".join(name for _, name in scopes),
        modules=tuple(name for node_type, name in scopes if node_type == "mod_item"),
    )


def _scopes(node: Any) -> list[tuple[str, str]]:
    """The mod/impl/trait nodes around `node`, outermost first, as (node type, name)."""
    found: list[tuple[str, str]] = []
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.type in _SCOPE_NODES:
            found.append((ancestor.type, node_name(ancestor)))
        ancestor = ancestor.parent
    return found[::-1]


def node_name(node: Any) -> str:
    """The name of an item node (an impl: the last segment of the type it is for)."""
    if node.type == "impl_item":
        target = node.child_by_field_name("type")
        return _last(_text(target)) if target is not None else "impl"
    if node.type == "use_declaration":
        argument = node.child_by_field_name("argument")
        return _text(argument) if argument is not None else ""
    named = node.child_by_field_name("name")
    if named is None and node.type == "enum_variant":
        named = node.named_children[0] if node.named_children else None
    return _text(named) if named is not None else node.type


def _keyword(node: Any, kind: str) -> Any:
    """The keyword token of an item; for a field or variant, its name."""
    if kind in {"field", "variant"}:
        return node.child_by_field_name("name") or node
    wanted = _KEYWORDS["fn" if kind == "method" else kind]
    return next((c for c in node.children if c.type == wanted), node)


def _is_pub(node: Any) -> bool:
    return any(child.type == "visibility_modifier" for child in node.children)


def _attributes(node: Any) -> tuple[Any | None, Any]:
    """The first `#[...]` directly above the item (comments between are skipped), and the
    start of the item's whole span: its attributes and `///` doc comments (tree-sitter makes
    them siblings of the item, so an edit adding a derive belongs before the item node)."""
    first_attribute = None
    outer = node
    outer_done = False
    previous = node.prev_named_sibling
    while previous is not None and previous.type in {
        "attribute_item",
        "line_comment",
        "block_comment",
    }:
        is_doc = previous.type == "line_comment" and _text(previous).startswith("///")
        if previous.type == "attribute_item":
            first_attribute = previous
        if not outer_done and (previous.type == "attribute_item" or is_doc):
            outer = previous
        elif not outer_done:
            outer_done = True  # a plain comment ends the item's own prelude
        previous = previous.prev_named_sibling
    return first_attribute, outer


def _text(node: Any) -> str:
    return node.text.decode("utf-8", "replace")


def _last(path: str) -> str:
    """`std::fmt::Display` → `Display`; `Vec<T>` → `Vec`; `&'a mut Point<T>` → `Point`."""
    head = path.split("<", 1)[0].rsplit("::", 1)[-1].strip()
    return head.rsplit(" ", 1)[-1].lstrip("&") if head.startswith("&") else head


# --- the lexer's items: for files tree-sitter cannot parse cleanly ---------------------------

_ITEM_KEYWORDS = {"struct", "enum", "trait", "fn", "const", "static", "type", "mod", "union"}
_QUALIFIERS = {"async", "unsafe", "const", "extern", "default"}


def _lexed_items(text: str, tokens: list[Token]) -> list[Item]:
    """Items found by keyword, with scopes tracked by braces: forgiving of any syntax error."""
    closes = _pairs(tokens)
    found: list[Item] = []
    scopes: list[tuple[str, str]] = []  # per open brace: mod/impl/trait/struct/enum/block
    pending: tuple[str, str] | None = None
    for index, token in enumerate(tokens):
        if token.kind == "ident" and token.text in _ITEM_KEYWORDS | {"impl", "use"}:
            item, pending_scope = _lexed_item(tokens, index, text, scopes, closes)
            if item:
                found.append(item)
            if pending_scope:
                pending = pending_scope
        elif token.kind == "ident" and token.text == "macro_rules" and index + 2 < len(tokens):
            end = _item_end(tokens, index + 2, closes)
            found.append(
                Item(
                    tokens[index + 2].text,
                    "macro",
                    token.start,
                    end,
                    token.start,
                    -1,
                    token.start,
                    True,
                    container=_container(scopes),
                    modules=_modules(scopes),
                )
            )
        elif token.text == "{" and token.kind == "punct":
            scopes.append(pending or ("block", ""))
            if pending and pending[0] in {"struct", "enum"}:
                found.extend(_lexed_members(tokens, index, scopes, pending))
            pending = None
        elif token.text == "}" and token.kind == "punct":
            if scopes:
                scopes.pop()
        elif token.text == ";":
            pending = None
    return found


def _pairs(tokens: list[Token]) -> dict[int, int]:
    """Token index of each opening delimiter → index of its closer (unclosed: the last)."""
    closes: dict[int, int] = {}
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind != "punct":
            continue
        if token.text in OPENERS:
            stack.append(index)
        elif token.text in CLOSERS and stack:
            closes[stack.pop()] = index
    for index in stack:
        closes[index] = len(tokens) - 1
    return closes


def _item_end(tokens: list[Token], index: int, closes: dict[int, int]) -> int:
    """Just past the item's body `{...}` or its `;` (skipping nested delimiters)."""
    j = index
    while j < len(tokens):
        token = tokens[j]
        if token.kind == "punct" and token.text == "{":
            return tokens[closes.get(j, len(tokens) - 1)].end
        if token.kind == "punct" and token.text in {"(", "["}:
            j = closes.get(j, len(tokens) - 1)
        elif token.text == ";" or (token.kind == "punct" and token.text == "}"):
            return token.end if token.text == ";" else token.start
        j += 1
    return tokens[-1].end if tokens else 0


def _lexed_item(
    tokens: list[Token],
    index: int,
    text: str,
    scopes: list[tuple[str, str]],
    closes: dict[int, int],
) -> tuple[Item | None, tuple[str, str] | None]:
    keyword = tokens[index].text
    if index > 0 and tokens[index - 1].text in {"&", "<", "(", "impl", "dyn", ",", ":", "->"}:
        return None, None  # a type position: `fn` pointers, `-> impl Trait`, `&mut dyn T`...
    name = _impl_type(tokens, index) if keyword == "impl" else ""
    if keyword == "use":
        name = "".join(t.text for t in tokens[index + 1 : _use_end(tokens, index)])
    elif keyword != "impl":
        name_token = tokens[index + 1] if index + 1 < len(tokens) else None
        if name_token is None or name_token.kind != "ident":
            return None, None
        name = name_token.text
    start, is_pub = _visibility_start(tokens, index)
    kind, owner = keyword, ""
    enclosing = next((s for s in reversed(scopes) if s[0] != "block"), None)
    if keyword == "fn" and enclosing and enclosing[0] in {"impl", "trait"}:
        kind, owner = "method", enclosing[1]
    attrs_at = _attrs_start(tokens, start)
    item = Item(
        name,
        kind,
        start,
        _item_end(tokens, index + 1, closes),
        tokens[index].start,
        attrs_at,
        _with_docs(text, attrs_at if attrs_at >= 0 else start),
        is_pub,
        owner,
        _container(scopes),
        _modules(scopes),
    )
    scoped = {"mod", "struct", "enum", "trait", "impl"}
    return item, ((keyword, name) if keyword in scoped else None)


def _use_end(tokens: list[Token], index: int) -> int:
    j = index + 1
    while j < len(tokens) and tokens[j].text != ";":
        j += 1
    return j


def _container(scopes: list[tuple[str, str]]) -> str:
    return "::".join(name for kind, name in scopes if kind in {"mod", "impl", "trait"})


def _modules(scopes: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(name for kind, name in scopes if kind == "mod")


def _with_docs(text: str, start: int) -> int:
    """Extend a start over the `///` doc lines directly above it."""
    first, line = start, line_start(text, start)
    while line > 0:
        above = line_start(text, line - 1)
        if not text[above:line].lstrip().startswith("///"):
            break
        first, line = above + indentation(text[above:line]), above
    return first


def _visibility_start(tokens: list[Token], index: int) -> tuple[int, bool]:
    """Start of the item including `pub`, `pub(crate)`, `async`, `unsafe`, `const`..."""
    j = index - 1
    while j >= 0 and tokens[j].text in _QUALIFIERS:
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


def _attrs_start(tokens: list[Token], item_start: int) -> int:
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


def _lexed_members(
    tokens: list[Token], brace: int, scopes: list[tuple[str, str]], owner: tuple[str, str]
) -> list[Item]:
    """Fields of a struct (`pub name: Type`) or variants of an enum, at depth one."""
    members: list[Item] = []
    depth, j = 0, brace
    expect_member = True
    kind = "variant" if owner[0] == "enum" else "field"
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
            if kind == "variant" or is_field:
                start, is_pub = _visibility_start(tokens, j)
                end = _member_end(tokens, j)
                attrs_at = _attrs_start(tokens, start)
                members.append(
                    Item(
                        token.text,
                        kind,
                        start,
                        end,
                        token.start,
                        attrs_at,
                        attrs_at if attrs_at >= 0 else start,
                        is_pub or kind == "variant",
                        owner[1],
                        _container(scopes),
                        _modules(scopes),
                    )
                )
                expect_member = False
        j += 1
    return members


def _member_end(tokens: list[Token], index: int) -> int:
    """End of a field or variant: before the `,` or closing brace at its depth."""
    depth, j = 0, index
    while j < len(tokens):
        token = tokens[j]
        if token.kind == "punct" and token.text in OPENERS:
            depth += 1
        elif token.kind == "punct" and token.text in CLOSERS:
            if depth == 0:
                return tokens[j - 1].end
            depth -= 1
        elif depth == 0 and token.text == ",":
            return tokens[j - 1].end
        j += 1
    return tokens[-1].end
