"""Helpers the moves share: names, distances, expressions, derives, `pub`, `use` lines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rusta.knowledge.symbols import Symbol
from rusta.proposers.context import ProposalContext
from rusta.tools.source import indentation, line_start, matching_close, tokenize
from rusta.types import Diagnostic, Span, TextEdit

DERIVABLE = ("Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default")
# A derive needs its supertraits derived too (Copy needs Clone, Ord needs Eq + PartialOrd ...).
DERIVE_NEEDS = {
    "Copy": ("Clone",),
    "Eq": ("PartialEq",),
    "PartialOrd": ("PartialEq",),
    "Ord": ("PartialOrd", "Eq", "PartialEq"),
    "Hash": ("PartialEq", "Eq"),
}
BINARY_OP_TRAIT = {
    "==": "PartialEq",
    "!=": "PartialEq",
    "<": "PartialOrd",
    ">": "PartialOrd",
    "<=": "PartialOrd",
    ">=": "PartialOrd",
}


def levenshtein(a: str, b: str) -> int:
    """Edit distance where swapping two adjacent letters counts as one edit (optimal string
    alignment), as rustc's own name suggestions do: `cuont` is one edit from `count`."""
    if a == b:
        return 0
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[i - 2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def similar_names(name: str, pool: Iterable[str], limit: int = 3) -> list[str]:
    """Names within a typo's distance of `name`, closest first (case changes count as near)."""
    budget = max(1, min(3, len(name) // 3))
    scored = []
    for other in set(pool):
        if other == name or not other:
            continue
        distance = levenshtein(name.lower(), other.lower())
        if distance <= budget or _same_words(name, other):
            scored.append((distance, abs(len(other) - len(name)), other))
    return [other for *_, other in sorted(scored)[:limit]]


def _same_words(a: str, b: str) -> bool:
    """`parse_bool` ~ `parse_boolean`, `Transation` ~ `Transaction` by prefix."""
    shorter, longer = sorted((a.lower(), b.lower()), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 4


def identifiers(context: ProposalContext, files: Iterable[str]) -> set[str]:
    names: set[str] = set()
    for file in files:
        names.update(t.text for t in tokenize(context.text(file)) if t.kind == "ident")
    return names


def base_type(type_text: str) -> str:
    """`&mut crate::model::Foo<T>` → `Foo`."""
    text = re.sub(r"^(&\s*(mut\s+)?|\*(const|mut)\s+)+", "", type_text.strip())
    text = text.split("<", 1)[0]
    return text.rsplit("::", 1)[-1].strip()


def needs_parens(expression: str) -> bool:
    """Whether `expression` must be wrapped before `.method()` or a prefix operator applies."""
    depth = 0
    for token in tokenize(expression):
        if token.text in "([{":
            depth += 1
        elif token.text in ")]}":
            depth -= 1
        elif depth == 0 and (
            token.text
            in {
                "+",
                "-",
                "*",
                "/",
                "%",
                "as",
                "&&",
                "||",
                "==",
                "!=",
                "<",
                ">",
                "<=",
                ">=",
                "..",
                "..=",
                "&",
                "|",
                "^",
                "=",
                "!",
                "?",
            }
            or token.text == "move"
        ):
            if token.text == "?" and expression.rstrip().endswith("?"):
                continue
            return True
    return False


def wrap(expression: str) -> str:
    return f"({expression})" if needs_parens(expression) else expression


def crate_definition(context: ProposalContext, name: str, kinds: Iterable[str]) -> Symbol | None:
    found = context.symbols.named(name, kinds)
    return found[0] if len(found) >= 1 else None


def add_derive(context: ProposalContext, symbol: Symbol, traits: Iterable[str]) -> TextEdit | None:
    """Add traits to the item's `#[derive(...)]`, or a new derive line above it."""
    text = context.text(symbol.file)
    wanted = _with_supertraits(traits)
    start = symbol.attrs_at if symbol.attrs_at >= 0 else symbol.start
    region = text[start : symbol.start]
    # every derive attribute counts (an earlier step may have added its own `#[derive(Eq)]`
    # line): deriving a trait twice is E0119, so only what none of them lists is added
    attributes = list(re.finditer(r"#\[derive\(([^)]*)\)\]", region))
    if attributes:
        listed = [t.strip() for a in attributes for t in a.group(1).split(",") if t.strip()]
        present = {t.rsplit("::", 1)[-1] for t in listed}
        missing = [t for t in wanted if t not in present]
        if not missing:
            return None
        existing = attributes[-1]
        kept = [t.strip() for t in existing.group(1).split(",") if t.strip()]
        joined = ", ".join([*kept, *missing])
        at = start + existing.start()
        return context.edit(symbol.file, at, start + existing.end(), f"#[derive({joined})]")
    line_at = line_start(text, symbol.start)
    indent = text[line_at : symbol.start]
    indent = indent if not indent.strip() else " " * indentation(indent)
    return context.insert(symbol.file, line_at, f"{indent}#[derive({', '.join(wanted)})]\n")


def _with_supertraits(traits: Iterable[str]) -> list[str]:
    ordered: list[str] = []
    for trait in traits:
        for needed in (*DERIVE_NEEDS.get(trait, ()), trait):
            if needed not in ordered:
                ordered.append(needed)
    order = {name: i for i, name in enumerate(DERIVABLE)}
    return sorted(ordered, key=lambda t: order.get(t, 99))


def make_public(context: ProposalContext, symbol: Symbol, visibility: str = "pub") -> TextEdit:
    """Insert `pub` before the item, or widen `pub(...)` to `visibility`."""
    text = context.text(symbol.file)
    restricted = re.match(r"pub\s*\([^)]*\)\s*", text[symbol.start :])
    if restricted:
        return context.edit(
            symbol.file, symbol.start, symbol.start + restricted.end(), f"{visibility} "
        )
    return context.insert(symbol.file, symbol.start, f"{visibility} ")


def add_use(context: ProposalContext, file: str, path: str, near: int = 0) -> TextEdit:
    """`use path;` after the existing `use` lines of the module that encloses `near`."""
    text = context.text(file)
    block_start, indent = _enclosing_module_body(text, near)
    body = text[block_start:]
    last_use = None
    for match in re.finditer(r"(?m)^[ \t]*(pub(\([^)]*\))?\s+)?use\s[^;]*;[ \t]*\n", body):
        if indentation(match.group(0)) == len(indent):
            last_use = match
        elif last_use is not None:
            break
    if last_use is not None:
        at = block_start + last_use.end()
    else:
        at = block_start + _after_header(body)
    return context.insert(file, at, f"{indent}use {path};\n")


def _enclosing_module_body(text: str, near: int) -> tuple[int, str]:
    """(start of the body, indent) of the inline `mod x {` around `near`, or of the file."""
    best = (0, "")
    for match in re.finditer(r"(?m)^([ \t]*)(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{[ \t]*\n", text):
        open_at = match.end() - 1
        if open_at < near and _after_close(text, match.end() - 2) > near:
            best = (match.end(), match.group(1) + "    ")
    return best


def _after_header(body: str) -> int:
    """Past inner doc comments (`//!`) and inner attributes (`#![...]`) at the top."""
    position = 0
    for line in body.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(("//!", "#![")) or (not stripped and position == 0):
            position += len(line)
            continue
        break
    return position


def short_expression(context: ProposalContext, span: Span) -> tuple[str, int, int] | None:
    """(text, start, end) of a one-line expression under `span` in the crate's own code, or
    None: the ownership moves rewrite expressions, never whole blocks or foreign files."""
    if not context.owns(span.file):
        return None
    text = context.span_text(span)
    if not text or "\n" in text or len(text) > 80:
        return None
    start, end = context.span_chars(span)
    return text, start, end


def span_label(diagnostic: Diagnostic, pattern: str) -> list[Span]:
    """Secondary spans whose label matches `pattern` (e.g. "value moved here")."""
    return [s for s in diagnostic.spans if s.label and re.search(pattern, s.label)]


def expected_found(diagnostic: Diagnostic) -> tuple[str, str] | None:
    """(expected, found) types of a mismatch, from the primary label or the notes."""
    texts = [s.label or "" for s in diagnostic.spans if s.is_primary] + list(diagnostic.children)
    texts.append(diagnostic.message)
    for text in texts:
        match = re.search(r"expected (?:type )?`(.+?)`, found (?:type )?`(.+?)`", text, re.S)
        if match:
            return match.group(1), match.group(2)
    joined = "\n".join(diagnostic.children)
    expected = re.search(r"expected (?:type|enum|struct|reference|unit type)? ?`(.+?)`", joined)
    found = re.search(r"found (?:type|enum|struct|reference|unit type)? ?`(.+?)`", joined)
    if expected and found:
        return expected.group(1), found.group(1)
    return None


def _after_close(text: str, brace: int) -> int:
    close = matching_close(text, brace)
    return close + 1 if close >= 0 else len(text)


def expression_start(text: str, end: int) -> int:
    """Start of the postfix expression (`a.b(c)[d]`) that ends at `end`."""
    index = end
    while index > 0:
        char = text[index - 1]
        if char in ")]":
            depth, opener = 0, "(" if char == ")" else "["
            while index > 0:
                index -= 1
                if text[index] == char:
                    depth += 1
                elif text[index] == opener:
                    depth -= 1
                    if depth == 0:
                        break
        elif char.isalnum() or char in "_.:":
            index -= 1
        else:
            break
    return index
