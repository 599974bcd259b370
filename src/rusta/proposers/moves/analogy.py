"""Moves that write a missing impl by analogy with code the crate already has.

When a type has `impl Add for Vec2` and the code now subtracts two `Vec2`s (E0369), the
`Sub` impl it needs is the `Add` impl with the operator swapped; when a struct has a
`fn new() -> Self` without arguments and something needs `T: Default`, `Default` is `new()`
(clippy's new_without_default says the same). Both are proven in the sandbox like any move:
a swapped operator that does not mean the inverse fails the crate's tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves.common import base_type, crate_definition
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass

TRAIT_OR_TYPE = (ErrorClass.TRAIT, ErrorClass.TYPE)

# trait -> (its counterpart, method, counterpart's method, operator, counterpart's operator)
_COUNTERPARTS = {
    "Sub": ("Add", "add", "sub", "+", "-"),
    "Add": ("Sub", "sub", "add", "-", "+"),
    "Div": ("Mul", "mul", "div", "*", "/"),
    "Mul": ("Div", "div", "mul", "/", "*"),
    "SubAssign": ("AddAssign", "add_assign", "sub_assign", "+=", "-="),
    "AddAssign": ("SubAssign", "sub_assign", "add_assign", "-=", "+="),
    "DivAssign": ("MulAssign", "mul_assign", "div_assign", "*=", "/="),
    "MulAssign": ("DivAssign", "div_assign", "mul_assign", "/=", "*="),
}
_OPERATOR_TRAIT = {
    "-": "Sub",
    "+": "Add",
    "*": "Mul",
    "/": "Div",
    "-=": "SubAssign",
    "+=": "AddAssign",
    "*=": "MulAssign",
    "/=": "DivAssign",
}


_VERB_TRAIT = {"add": "Add", "subtract": "Sub", "multiply": "Mul", "divide": "Div"}


def _operator_trait(message: str) -> tuple[str, str] | None:
    """(left operand's type, operator trait) from E0369's wording."""
    applied = re.search(r"binary operation `([^`]+)` cannot be applied to type `([^`]+)`", message)
    if applied and applied.group(1) in _OPERATOR_TRAIT:
        return base_type(applied.group(2)), _OPERATOR_TRAIT[applied.group(1)]
    # "cannot add `B` to `A`", "cannot subtract `B` from `A`": the left operand is named last;
    # "cannot multiply `A` by `B`", "cannot divide `A` by `B`": it is named first
    verb = re.search(
        r"cannot (add|subtract|multiply|divide)(-assign)? `([^`]+)` (to|from|by) `([^`]+)`", message
    )
    if not verb:
        return None
    trait = _VERB_TRAIT[verb.group(1)] + ("Assign" if verb.group(2) else "")
    left = verb.group(3) if verb.group(4) == "by" else verb.group(5)
    return base_type(left), trait


@move(
    "impl-by-analogy",
    example="examples/dev/trait/02-steering-vec2-sub",
    codes=("E0369",),
    classes=TRAIT_OR_TYPE,
    prior=0.45,
    doc="A missing operator impl (`Sub for Vec2`) written from its counterpart the crate has "
    "(`Add for Vec2`), the method and operator swapped.",
)
def impl_by_analogy(m: MoveContext) -> Iterator[Candidate]:
    context = m.context
    operand_trait = _operator_trait(m.diagnostic.message)
    if not operand_trait:
        return
    type_name, trait = operand_trait
    counterpart, method, new_method, operator, new_operator = _COUNTERPARTS[trait]
    header = re.compile(
        rf"(?m)^([ \t]*)impl\s+((?:[\w:]+::)?){counterpart}(\s*<[^{{]*>)?"
        rf"\s+for\s+{re.escape(type_name)}\s*\{{"
    )
    for file in context.files:
        text = context.text(file)
        if re.search(
            rf"\bimpl\s+(?:[\w:]+::)?{trait}\b[^{{]*\bfor\s+{re.escape(type_name)}\b", text
        ):
            return  # already implemented (for some other right-hand side): not this move
        for match in header.finditer(text):
            close = matching_close(text, match.end() - 1)
            if close < 0:
                continue
            block = text[match.start() : close + 1]
            body = re.sub(rf"\bfn\s+{method}\b", f"fn {new_method}", block, count=1)
            body = body.replace(f"{match.group(2)}{counterpart}", f"{match.group(2)}{trait}", 1)
            body = _swap_operator(body, operator, new_operator)
            edits = [context.insert(file, close + 1, "\n\n" + body)]
            if not match.group(2) and not _in_scope(text, trait):
                imported = _import(context, file, counterpart, trait)
                if imported is None:
                    continue
                edits.append(imported)
            yield m.candidate(
                f"implement `{trait}` for `{type_name}` like its `{counterpart}`", edits
            )
            return


def _swap_operator(block: str, operator: str, new_operator: str) -> str:
    """The operator inside the method body, not `->`, `+=` or a doubled `**`."""
    brace = block.find("{", block.find("fn "))
    head, body = block[:brace], block[brace:]
    if len(operator) == 1:
        pattern = (
            rf"(?<![{re.escape(operator)}=<>!-]){re.escape(operator)}(?![{re.escape(operator)}=>])"
        )
    else:
        pattern = re.escape(operator)
    return head + re.sub(pattern, new_operator, body)


def _in_scope(text: str, trait: str) -> bool:
    return bool(re.search(rf"use\s+(?:std|core)::ops::(?:{trait}\s*;|\{{[^}}]*\b{trait}\b)", text))


def _import(context: ProposalContext, file: str, have: str, want: str):
    """Extend the `use std::ops::…` that brought `have` into scope to bring `want` too."""
    text = context.text(file)
    grouped = re.search(r"use\s+(?:std|core)::ops::\{([^}]*)\}\s*;", text)
    if grouped and re.search(rf"\b{have}\b", grouped.group(1)):
        names = [n.strip() for n in grouped.group(1).split(",") if n.strip()]
        start, end = grouped.span(1)
        return context.edit(file, start, end, ", ".join([*names, want]))
    single = re.search(rf"(?m)^([ \t]*)use\s+((?:std|core)::ops::){have}\s*;", text)
    if single:
        return context.insert(
            file, single.end(), f"\n{single.group(1)}use {single.group(2)}{want};"
        )
    return None


@move(
    "default-from-new",
    example="examples/dev/trait/06-client-settings-default-debug",
    codes=("E0277",),
    classes=TRAIT_OR_TYPE,
    prior=0.5,
    doc="`T: Default` is required and `T` has an argument-free `fn new() -> Self`: implement "
    "`Default` as `Self::new()` (what clippy's new_without_default asks for).",
)
def default_from_new(m: MoveContext) -> Iterator[Candidate]:
    texts = " ".join([m.diagnostic.message, *m.diagnostic.children])
    types = re.findall(r"`([\w:<>, ]+): (?:std::default::)?Default`", texts)
    types += re.findall(r"the trait `(?:[\w:]+::)?Default` is not implemented for `([^`]+)`", texts)
    for type_name in dict.fromkeys(base_type(t) for t in types):
        yield from _default_impl(m, type_name)


def _default_impl(m: MoveContext, type_name: str) -> Iterator[Candidate]:
    context = m.context
    symbol = crate_definition(context, type_name, ("struct", "enum"))
    if symbol is None:
        return
    for method in context.symbols.named("new", ["method"]):
        if method.owner != type_name or method.file != symbol.file:
            continue
        text = context.text(method.file)
        if not re.match(
            rf"fn\s+new\s*\(\s*\)\s*->\s*(?:Self|{re.escape(type_name)})\b",
            text[method.keyword_at :],
        ):
            continue
        for block in re.finditer(rf"(?m)^([ \t]*)impl\s+{re.escape(type_name)}\s*\{{", text):
            close = matching_close(text, block.end() - 1)
            if not block.end() < method.keyword_at < close:
                continue
            indent = block.group(1)
            impl = (
                f"\n\n{indent}impl Default for {type_name} {{\n"
                f"{indent}    fn default() -> Self {{\n"
                f"{indent}        Self::new()\n{indent}    }}\n{indent}}}"
            )
            yield m.candidate(
                f"implement `Default` for `{type_name}` as its `new()`",
                [context.insert(method.file, close + 1, impl)],
            )
            return
