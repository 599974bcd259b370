"""Moves for trait errors (E0277, E0369, E0599-with-bounds, E0046, E0404/E0405).

A missing trait is most often a missing `#[derive]` at the type's definition (wherever in the
crate it lives), a missing bound on a generic parameter, or `{}` where only `{:?}` exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, backticked
from rusta.proposers.moves.common import (
    BINARY_OP_TRAIT,
    DERIVABLE,
    add_derive,
    base_type,
    crate_definition,
    expression_start,
    wrap,
)
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close, tokenize
from rusta.types import Candidate, Diagnostic, ErrorClass

TRAITS = (ErrorClass.TRAIT, ErrorClass.TYPE, ErrorClass.UNRESOLVED)

_TRAIT_OF_METHOD = {
    "clone": "Clone",
    "cmp": "Ord",
    "partial_cmp": "PartialOrd",
    "eq": "PartialEq",
    "hash": "Hash",
    "default": "Default",
    "fmt": "Debug",
    "to_owned": "Clone",
    "cloned": "Clone",
    "sort": "Ord",
    "max": "Ord",
    "min": "Ord",
    "contains": "PartialEq",
    "dedup": "PartialEq",
    "sort_unstable": "Ord",
    "binary_search": "Ord",
}
_TYPE_TRAIT_PATTERNS = [
    r"the trait bound `(?P<type>[^`:]+): (?:[\w:]+::)?(?P<trait>\w+)(?:<[^`]*>)?` is not satisfied",
    r"the trait `(?:[\w:]+::)?(?P<trait>\w+)(?:<[^`]*>)?` is not implemented for `(?P<type>[^`]+)`",
    r"`(?P<type>[^`]+)` doesn't implement `(?:[\w:]+::)?(?P<trait>\w+)`",
    r"`(?P<type>[^`]+)` cannot be (?:formatted|compared|hashed)[^`]*`(?:[\w:]+::)?(?P<trait>\w+)`",
    r"`(?P<type>[^`]+)`: `?(?:[\w:]+::)?(?P<trait>\w+)`? (?:is not satisfied|which is required)",
]


def _pairs(m: MoveContext) -> list[tuple[str, str]]:
    return _type_trait_pairs(m.diagnostic)


@move(
    "add-derive",
    example="examples/dev/trait/06-client-settings-default-debug",
    classes=TRAITS,
    prior=0.55,
    doc="`T` lacks a derivable trait (`Debug`, `Clone`, `PartialEq`, `Hash` ...): derive it, "
    "with the supertraits it needs, at `T`'s definition in the crate.",
)
def add_derive_move(m: MoveContext) -> Iterator[Candidate]:
    for type_name, trait in m.once(_pairs):
        yield from _derive(m, type_name, trait)


@move(
    "add-bound",
    example="examples/suite/trait/07-lru-cache-hash-bound",
    classes=TRAITS,
    prior=0.45,
    doc="A generic `T` lacks `Trait`: add `T: Trait` to the nearest generic declaration of `T`.",
)
def add_bound(m: MoveContext) -> Iterator[Candidate]:
    for type_name, trait in m.once(_pairs):
        yield from _bound(m, type_name, trait)


@move(
    "debug-format",
    example="examples/dev2/trait/02-expense-split-amount-display",
    classes=TRAITS,
    prior=0.3,
    doc="`T` is not `Display` in a format string: print it with `{:?}`.",
)
def debug_format(m: MoveContext) -> Iterator[Candidate]:
    for _, trait in m.once(_pairs):
        if trait == "Display":
            yield from _debug_format(m)


def _type_trait_pairs(diagnostic: Diagnostic) -> list[tuple[str, str]]:
    texts = [diagnostic.message, *diagnostic.children, *(s.label or "" for s in diagnostic.spans)]
    pairs: list[tuple[str, str]] = []
    for text in texts:
        for pattern in _TYPE_TRAIT_PATTERNS:
            for match in re.finditer(pattern, text):
                pair = (match.group("type"), match.group("trait"))
                if pair not in pairs:
                    pairs.append(pair)
    if diagnostic.code == "E0369":
        names = backticked(diagnostic.message)
        if len(names) >= 2 and names[0] in BINARY_OP_TRAIT:
            pairs.append((names[1], BINARY_OP_TRAIT[names[0]]))
        elif len(names) >= 2:
            pairs.append((names[1], _op_trait(names[0])))
    if diagnostic.code == "E0599":
        method = re.search(r"method (?:named )?`(\w+)`", diagnostic.message)
        owner = re.search(
            r"for (?:struct|enum|type parameter|reference) `([^`]+)`", diagnostic.message
        )
        if method and owner and method.group(1) in _TRAIT_OF_METHOD:
            pairs.append((owner.group(1), _TRAIT_OF_METHOD[method.group(1)]))
        for note in diagnostic.children:
            for match in re.finditer(r"`(\w+(?:<[^`]*>)?): (\w+)`", note):
                pairs.append((match.group(1), match.group(2)))
    return pairs


def _op_trait(op: str) -> str:
    return {
        "+": "Add",
        "-": "Sub",
        "*": "Mul",
        "/": "Div",
        "%": "Rem",
        "+=": "AddAssign",
        "-=": "SubAssign",
    }.get(op, "")


def _derive(m: MoveContext, type_name: str, trait: str) -> Iterator[Candidate]:
    context, _diagnostic = m.context, m.diagnostic
    if trait not in DERIVABLE:
        return
    symbol = crate_definition(context, base_type(type_name), ("struct", "enum", "union"))
    if symbol is None:
        return
    edit = add_derive(context, symbol, [trait])
    if edit:
        yield m.candidate(f"derive `{trait}` for `{symbol.name}` at its definition", [edit])


def _bound(m: MoveContext, type_name: str, trait: str) -> Iterator[Candidate]:
    """`T` lacks `Trait`: add `T: Trait` to the nearest generic declaration of `T`."""
    context, diagnostic = m.context, m.diagnostic
    parameter = type_name.strip()
    if not re.fullmatch(r"[A-Z]\w*", parameter) or not trait:
        return
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    at, _ = context.span_chars(span)
    path = _trait_path(diagnostic, trait)
    declarations = list(re.finditer(r"<([^<>]*(?:<[^<>]*>[^<>]*)*)>", text[:at]))
    for declaration in reversed(declarations[-6:]):
        inner = declaration.group(1)
        match = re.search(rf"(?:^|,)\s*{parameter}\b(\s*:\s*[^,>]+)?", inner)
        if not match:
            continue
        if (
            re.search(
                r"\b(fn|impl|struct|enum|trait)\s*\w*\s*$",
                text[max(0, declaration.start() - 40) : declaration.start()],
            )
            is None
        ):
            continue
        end = declaration.start(1) + match.end()
        addition = f" + {path}" if match.group(1) else f": {path}"
        yield m.candidate(
            f"require `{parameter}: {path}`",
            [context.insert(span.file, end, addition)],
        )
        return


def _trait_path(diagnostic: Diagnostic, trait: str) -> str:
    for text in [diagnostic.message, *diagnostic.children]:
        match = re.search(rf"`((?:\w+::)*{trait}(?:<[^`]*>)?)`", text)
        if match and "::" in match.group(1):
            return match.group(1)
    return trait


def _debug_format(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    at, _ = context.span_chars(span)
    line_begin = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_begin : line_end if line_end >= 0 else len(text)]
    for match in re.finditer(r"\{(\w*)\}", line):
        name = match.group(1)
        yield m.candidate(
            "format with `{:?}` (Debug)",
            [
                context.edit(
                    span.file, line_begin + match.start(), line_begin + match.end(), f"{{{name}:?}}"
                )
            ],
        )


@move(
    "index-as-usize",
    example="examples/dev3/type/03-floor-plan-area-widths",
    classes=TRAITS,
    prior=0.45,
    doc="A slice indexed with a non-`usize` integer (`the type [T] cannot be indexed by u32`): "
    "index with `i as usize`.",
)
def _index_cast(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    if "cannot be indexed by" not in diagnostic.message or diagnostic.primary is None:
        return
    span = diagnostic.primary
    if not context.owns(span.file):
        return
    text = context.span_text(span)
    start, end = context.span_chars(span)
    inner = re.match(r"^(.*)\[(.+)\]$", text, re.S)
    if inner:
        offset = start + len(inner.group(1)) + 1
        index = inner.group(2)
        start, end, text = offset, offset + len(index), index
    yield m.candidate(
        "index with a `usize`",
        [context.edit(span.file, start, end, f"{wrap(text)} as usize")],
    )


@move(
    "collect-owned",
    example="examples/dev3/type/05-blog-tags-collect-str",
    classes=TRAITS,
    prior=0.35,
    doc="Collecting an iterator of `&T` into a container of `T`: `.cloned()` before `.collect()`.",
)
def _collect_cloned(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    if (
        "cannot be built from" not in diagnostic.message
        and "FromIterator" not in diagnostic.message
    ):
        return
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    region_start = text.rfind("\n", 0, start) + 1
    region_end = text.find(";", end)
    region = text[region_start : region_end if region_end > 0 else end]
    hit = region.find(".collect")
    if hit < 0:
        return
    for adapter in (".cloned()", ".copied()", ".map(|x| x.to_string())"):
        yield m.candidate(
            f"collect owned items with `{adapter}`",
            [context.insert(span.file, region_start + hit, adapter)],
        )


@move(
    "rc-to-arc",
    example="examples/suite/trait/02-parallel-word-count",
    classes=TRAITS,
    prior=0.45,
    doc="`Rc<T>` cannot be sent between threads: share it with `Arc` (and its `use`).",
)
def _rc_to_arc(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    if "cannot be sent between threads safely" not in diagnostic.message:
        return
    if "Rc<" not in diagnostic.message:
        return
    for file in context.files:
        text = context.text(file)
        edits = [
            context.edit(file, t.start, t.end, "Arc")
            for t in tokenize(text)
            if t.kind == "ident" and t.text == "Rc"
        ]
        edits += [
            context.edit(file, m.start(), m.end(), "std::sync")
            for m in re.finditer(r"std::rc(?=::(?:\{|Arc|Rc))", text)
        ]
        if edits:
            yield m.candidate("share across threads with `Arc`", edits)


@move(
    "associated-type",
    example="examples/suite/trait/06-paragraph-iterator",
    codes=("E0046",),
    classes=TRAITS,
    prior=0.45,
    doc="`missing: `Item`` in an impl: declare the associated type from the impl's own "
    "signatures (`fn next(&mut self) -> Option<T>` gives `type Item = T`).",
)
def _associated_type(m: MoveContext) -> Iterator[Candidate]:
    """`missing: `Item`` in an impl: declare the associated type from the impl's own signatures
    (`fn next(&mut self) -> Option<T>` gives `type Item = T`, `fn add(..) -> T` gives Output)."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    missing = re.search(r"missing: `(\w+)`", diagnostic.message)
    if span is None or missing is None or not context.owns(span.file):
        return
    name = missing.group(1)
    if not name[:1].isupper():
        return  # a missing method needs a body: not something to guess
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    brace = text.find("{", start)
    if brace < 0:
        return
    body_end = matching_close(text, brace) + 1 or len(text)
    body = text[brace:body_end]
    types: list[str] = []
    for match in re.finditer(r"->\s*([^{;]+?)\s*(?:where\b[^{]*)?\{", body):
        returned = match.group(1).strip()
        option = re.fullmatch(r"Option<(.+)>", returned)
        for option_type in ([option.group(1)] if option else []) + [returned]:
            if "Self::" not in option_type and option_type not in types:
                types.append(option_type)
    line_end = text.find("\n", brace)
    indent = re.match(r"\s*", text[text.rfind("\n", 0, start) + 1 :]).group(0) + "    "
    for rank, type_text in enumerate(types[:3]):
        yield m.candidate(
            f"declare `type {name} = {type_text}`",
            [context.insert(span.file, line_end + 1, f"{indent}type {name} = {type_text};\n")],
            lower=0.1 * rank,
        )


@move(
    "match-trait-signature",
    example="examples/suite/trait/12-shell-command-arity",
    codes=(
        "E0050",
        "E0053",
    ),
    classes=TRAITS,
    prior=0.45,
    doc="E0050/E0053: the impl's parameters disagree with the trait's: take the trait's list, "
    "keeping the impl's own names where the types agree.",
)
def signature_from_trait(m: MoveContext) -> Iterator[Candidate]:
    """E0050/E0053: the impl's parameters disagree with the trait's: take the trait's list,
    keeping the impl's own names where the types agree (unused new ones get a `_` prefix)."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    declaration = next(
        (
            s
            for s in diagnostic.spans
            if not s.is_primary and s.label and re.search(r"trait requires|type in trait", s.label)
        ),
        None,
    )
    if span is None or declaration is None or not context.owns(span.file):
        return
    if not context.owns(declaration.file):
        return
    trait_text = context.text(declaration.file)
    trait_at, _ = context.span_chars(declaration)
    trait_params = _parameter_list(trait_text, trait_at)
    impl_text = context.text(span.file)
    impl_at, _ = context.span_chars(span)
    impl_params = _parameter_list(impl_text, impl_at)
    if trait_params is None or impl_params is None:
        return
    impl_parts = _params(impl_text[impl_params[0] : impl_params[1]])
    available = {type_text: name for name, type_text in impl_parts}
    merged = []
    for name, type_text in _params(trait_text[trait_params[0] : trait_params[1]]):
        if not type_text:
            merged.append(name)  # self, &self, &mut self
        elif type_text in available:
            merged.append(f"{available.pop(type_text)}: {type_text}")
        else:
            merged.append(f"_{name.lstrip('_')}: {type_text}")
    yield m.candidate(
        "take the parameters the trait declares",
        [context.edit(span.file, impl_params[0], impl_params[1], ", ".join(merged))],
    )


def _parameter_list(text: str, near: int) -> tuple[int, int] | None:
    """(start, end) of the parameter list of the `fn` at or just before `near`."""
    fn_at = text.rfind("fn ", 0, near + 3)
    if fn_at < 0:
        return None
    open_at = text.find("(", fn_at)
    depth = 0
    for index in range(open_at, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return open_at + 1, index
    return None


def _params(text: str) -> list[tuple[str, str]]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "<([":
            depth += 1
        elif char in ">)]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    result = []
    for part in (p.strip() for p in parts if p.strip()):
        name, _, type_text = part.partition(":")
        result.append((name.strip().removeprefix("mut "), type_text.strip()))
    return result


_MISSING_VARIANT = re.compile(r"missing|notfound|absent|empty|required|unknown", re.I)


@move(
    "option-ok-or",
    example="examples/suite/trait/08-config-option-question",
    codes=("E0277",),
    classes=TRAITS,
    prior=0.4,
    doc="`opt?` in a function returning `Result<_, E>`: turn the `None` into an error with "
    '`.ok_or(..)?`, built from E\'s "missing"-like variant, or `.ok_or_else(|| '
    '"...".to_string())?`.',
)
def question_on_option(m: MoveContext) -> Iterator[Candidate]:
    """`opt?` in a function returning `Result<_, E>`: turn the `None` into an error with
    `.ok_or(..)?`, built from E's "missing"-like variant (with the looked-up key when the
    expression names one), or `.ok_or_else(|| "...".to_string())?` for a String error."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if (
        span is None
        or not context.owns(span.file)
        or "on `Result`s, not `Option`s" not in (diagnostic.message)
    ):
        return
    error_type = _result_error_type(diagnostic)
    text = context.text(span.file)
    start, end = context.span_chars(span)
    if text[start:end] == "?":  # the span is the `?` itself: the receiver is before it
        start = expression_start(text, start)
    expression = text[start:end]
    if not expression.endswith("?"):
        return
    inner = expression[:-1]
    key = re.search(r"\(\s*(\"[^\"]*\")\s*\)\s*$", inner)
    options = []
    if error_type == "String":
        message = f"missing {key.group(1)[1:-1]}" if key else "missing value"
        options.append(f'.ok_or_else(|| "{message}".to_string())?')
    for variant, payload in _variants(context, error_type):
        if not _MISSING_VARIANT.search(variant):
            continue
        if payload is None:
            options.append(f".ok_or({error_type}::{variant})?")
        elif key and "str" in payload:
            options.append(f".ok_or({error_type}::{variant}({key.group(1)}))?")
        elif key and "String" in payload:
            options.append(f".ok_or_else(|| {error_type}::{variant}({key.group(1)}.to_string()))?")
    for rank, option in enumerate(options[:3]):
        yield m.candidate(
            f"turn `None` into an error: `{option}`",
            [context.edit(span.file, start, end, inner + option)],
            lower=0.05 * rank,
        )


@move(
    "result-ok",
    example="examples/dev/type/05-track-duration-option-question",
    codes=("E0277",),
    classes=TRAITS,
    prior=0.6,
    doc="`res?` in a function returning `Option`: drop the error with `.ok()?`, as rustc's "
    "label says.",
)
def result_in_option(m: MoveContext) -> Iterator[Candidate]:
    """`res?` in a function returning `Option`: drop the error with `.ok()?`, as rustc's label
    says and as the neighbouring code usually does (a parse inside an Option-returning helper)."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if (
        span is None
        or not context.owns(span.file)
        or "on `Option`s, not `Result`s" not in diagnostic.message
    ):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    question = text.rfind("?", start, end)
    if question < 0:
        return
    yield m.candidate(
        "discard the error and propagate `None`: `.ok()?`",
        [context.insert(span.file, question, ".ok()")],
    )


@move(
    "map-err-variant",
    example="examples/dev2/trait/05-job-timeout-parse-int-from",
    codes=(
        "E0277",
        "E0271",
    ),
    classes=TRAITS,
    prior=0.55,
    doc="`s.parse()?` where the function's error enum has a variant wrapping the failing error "
    "(`BadNumber(ParseIntError)`) but no `From` impl: "
    "`.map_err(DurationError::BadNumber)?`.",
)
def map_err_to_variant(m: MoveContext) -> Iterator[Candidate]:
    """`s.parse()?` where the function's error enum has a variant that wraps the failing error
    (`BadNumber(ParseIntError)`) but no `From` impl: `.map_err(DurationError::BadNumber)?`."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    texts = " ".join([diagnostic.message, *(s.label or "" for s in diagnostic.spans)])
    pair = re.search(r"expected `(?:[\w:]+::)?(\w+)`, found `(?:[\w:]+::)?(\w+)`", texts)
    couldnt = re.search(r"couldn't convert the error to `(?:[\w:]+::)?(\w+)`", texts)
    found = re.search(r"the trait `From<(?:[\w:]+::)?(\w+)>` is not implemented", texts)
    if pair:
        target, source = pair.groups()
    elif couldnt and found:
        target, source = couldnt.group(1), found.group(1)
    else:
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    question = text.find("?", start, text.find("\n", end) if "\n" in text[end:] else len(text))
    if question < 0:
        return
    for variant, payload in _variants(context, target):
        if payload and re.fullmatch(rf"\s*(?:[\w:]+::)?{re.escape(source)}\s*", payload):
            yield m.candidate(
                f"wrap the `{source}` in `{target}::{variant}` before `?`",
                [context.insert(span.file, question, f".map_err({target}::{variant})")],
            )


def _result_error_type(diagnostic: Diagnostic) -> str:
    for text in [*(s.label or "" for s in diagnostic.spans), *diagnostic.children]:
        match = re.search(r"Result<[^`]*?,\s*([\w:]+)>", text)
        if match:
            return match.group(1).rsplit("::", 1)[-1]
    return ""


def _variants(context: ProposalContext, enum: str) -> list[tuple[str, str | None]]:
    found = []
    for symbol in context.symbols.named(enum, ["enum"]):
        text = context.text(symbol.file)
        brace = text.find("{", symbol.keyword_at)
        body = text[brace + 1 : matching_close(text, brace)]
        for match in re.finditer(r"(?m)^\s*([A-Z]\w*)\s*(\(([^)]*)\))?\s*,?", body):
            found.append((match.group(1), match.group(3)))
    return found
