"""Moves for type mismatches (E0308 and friends): convert the value to the expected type.

The mismatch names both types; the expression under the primary span is converted with the
conversion a Rust developer would write for that pair (`.to_string()`, `&`, `*`, `as`,
`Some(..)`, `Ok(..)`, `?`, `.into()` ...). Several may compile; the tests pick.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rusta.proposers.moves.arity import enclosing_fn, zero_of
from rusta.proposers.moves.common import expected_found, expression_start, wrap
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import line_start, matching_close
from rusta.types import Candidate, ErrorClass

TYPE_OR_OTHER = (ErrorClass.TYPE, ErrorClass.OTHER)

_NUMERIC = {
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
}


# Integer widths; usize/isize are at least 16 bits, and std's From impls assume no more.
_BITS = {"8": 8, "16": 16, "32": 32, "64": 64, "128": 128, "size": 16}


def _lossless(found: str, expected: str) -> bool:
    """Whether std has `impl From<found> for expected` among the numeric types."""
    if expected in {"f32", "f64"}:
        limit = 24 if expected == "f32" else 53  # mantissa bits
        if found in {"f32", "f64"}:
            return found == "f32" and expected == "f64"
        return found[1:] != "size" and _BITS[found[1:]] < limit
    if found in {"f32", "f64"} or (expected[1:] == "size" and found[1:] not in {"8", "16"}):
        return False
    if found[1:] == "size":
        return False
    wider = _BITS[expected[1:]] > _BITS[found[1:]]
    if found[0] == expected[0]:
        return wider
    return found[0] == "u" and expected[0] == "i" and wider


def conversions(expected: str, found: str, expression: str) -> list[tuple[str, str, float]]:
    """(new expression, move name, prior) for turning `found` into `expected`."""
    e = wrap(expression)
    options: list[tuple[str, str, float]] = []
    stripped_found = found.removeprefix("&").removeprefix("mut ").strip()
    if expected == "String" and found in {"&str", "&String", "&&str", "str"}:
        options += [(f"{e}.to_string()", "to-string", 0.6), (f"{e}.to_owned()", "to-owned", 0.3)]
    if expected == "&str" and found in {"String", "&String"}:
        options += [(f"{e}.as_str()", "as-str", 0.5), (f"&{e}", "borrow", 0.5)]
    if expected in _NUMERIC and found in _NUMERIC:
        if _lossless(found, expected):  # `u64::from(x)` says it cannot lose anything
            options += [
                (f"{expected}::from({expression})", "from", 0.55),
                (f"{e} as {expected}", "as-cast", 0.5),
            ]
        elif "f" in expected or "f" in found:
            options.append((f"{e} as {expected}", "as-cast", 0.55))  # no TryFrom for floats
        else:  # `as` would truncate silently; try_from says so and stops
            options += [
                (f"{expected}::try_from({expression}).unwrap()", "try-from", 0.5),
                (f"{e} as {expected}", "as-cast", 0.45),
            ]
    if expected.startswith("&") and expected.lstrip("&").removeprefix("mut ").strip() == found:
        prefix = "&mut " if expected.startswith("&mut") else "&"
        options.append((f"{prefix}{e}", "borrow", 0.55))
    if found.startswith("&") and stripped_found == expected:
        options += [(f"*{e}", "deref", 0.5), (f"{e}.clone()", "clone", 0.4)]
    if found.startswith("&&") and found.lstrip("&") == expected.lstrip("&"):
        options.append((f"*{e}", "deref", 0.5))
    inner = _generic_inner(expected, "Option")
    if inner is not None and _same_type(inner, found):
        options.append((f"Some({expression})", "wrap-some", 0.55))
    inner = _generic_inner(expected, "Result")
    if inner is not None and _same_type(inner.split(",")[0], found):
        options.append((f"Ok({expression})", "wrap-ok", 0.55))
    inner = _generic_inner(found, "Option")
    if inner is not None and _same_type(inner, expected):
        options += [
            (f"{e}?", "question-mark", 0.35),
            (f"{e}.unwrap()", "unwrap", 0.3),
            (f"{e}.unwrap_or_default()", "unwrap-or-default", 0.2),
        ]
    inner = _generic_inner(found, "Result")
    if inner is not None and _same_type(inner.split(",")[0], expected):
        options += [(f"{e}?", "question-mark", 0.45), (f"{e}.unwrap()", "unwrap", 0.25)]
    inner_expected = _generic_inner(expected, "Option")
    inner_found = _generic_inner(found, "Option")
    if inner_expected and inner_found and inner_found.lstrip("&") == inner_expected:
        options += [(f"{e}.cloned()", "option-cloned", 0.5), (f"{e}.copied()", "copied", 0.3)]
    if (
        inner_expected
        and inner_found
        and inner_expected.startswith("&")
        and inner_expected.lstrip("&") == inner_found
    ):
        options += [(f"{e}.as_ref()", "option-as-ref", 0.45)]
    if inner_expected == "&str" and inner_found == "String":
        options += [(f"{e}.as_deref()", "option-as-deref", 0.5)]
    if expected == "bool" and found == "()":
        pass  # `=` for `==`: rustc suggests it
    if re.fullmatch(r"'(\\.|[^'\\])'", expression) and expected.lstrip("&") in {"str", "String"}:
        options.append((f'"{expression[1:-1]}"', "char-to-str-literal", 0.5))
    if re.fullmatch(r'"(\\.|[^"\\])"', expression) and expected == "char":
        options.append((f"'{expression[1:-1]}'", "str-to-char-literal", 0.5))
    if not options and expected != "()" and found != "()":
        options += [(f"{e}.into()", "into", 0.2)]
    return options


def _generic_inner(type_text: str, name: str) -> str | None:
    match = re.fullmatch(rf"(?:std::\w+::)?{name}<(.+)>", type_text.strip())
    return match.group(1).strip() if match else None


def _same_type(a: str, b: str) -> bool:
    norm = lambda t: re.sub(r"\s+", "", t).replace("std::string::", "")  # noqa: E731
    return norm(a) == norm(b) or a.strip() == "_" or b.strip().startswith("{")


_Site = tuple[tuple[str, str] | None, str, int, int]


def _site(m: MoveContext) -> _Site | None:
    """((expected, found) or None, the text at the error, its start and end), in the crate."""
    if not m.in_crate:
        return None
    span = m.diagnostic.primary
    start, end = m.context.span_chars(span)
    return expected_found(m.diagnostic), m.context.span_text(span), start, end


_TABLE = {
    "to-string": 0.6,
    "to-owned": 0.3,
    "as-str": 0.5,
    "borrow": 0.55,
    "from": 0.55,
    "as-cast": 0.5,
    "try-from": 0.5,
    "deref": 0.5,
    "clone": 0.4,
    "wrap-some": 0.55,
    "wrap-ok": 0.55,
    "question-mark": 0.45,
    "unwrap": 0.3,
    "unwrap-or-default": 0.2,
    "option-cloned": 0.5,
    "copied": 0.3,
    "option-as-ref": 0.45,
    "option-as-deref": 0.5,
    "char-to-str-literal": 0.5,
    "str-to-char-literal": 0.5,
    "into": 0.2,
}


@move(
    "convert",
    example="examples/dev3/type/03-floor-plan-area-widths",
    classes=TYPE_OR_OTHER,
    prior=0.5,
    variants=_TABLE,
    doc="A type mismatch `expected X, found Y` on an expression: the conversions of the table "
    "in `conversions()` (`.to_string()`, `&x`, `u64::from(x)`, `Some(x)`, `x?`, `.cloned()` "
    "...), each a variant with the prior the table gives it for the pair of types.",
)
def convert(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is None:
        return
    context, span = m.context, m.diagnostic.primary
    pair, text, start, end = site
    is_item = re.match(r"\s*(pub(\([^)]*\))?\s+)?(async\s+)?fn\b", text) is not None
    is_type = pair is not None and re.sub(r"\s", "", text) == re.sub(r"\s", "", pair[0])
    # a literal pattern (`"http" => ..`) cannot be converted; the scrutinee can (below)
    is_pattern = re.match(r"\s*(=>|\|)", context.text(span.file)[end:]) is not None
    if pair and text and "\n" not in text and len(text) <= 100 and not (is_item or is_type):
        expected, found = pair
        for replacement, name, prior in conversions(expected, found, text):
            if is_pattern and not _LITERAL.fullmatch(replacement):
                continue  # a pattern can be respelled (`'+'` → `"+"`), not converted
            yield m.candidate(
                f"convert `{text}` from `{found}` to `{expected}`",
                [context.replace_expression(span.file, start, end, replacement)],
                variant=name,
                prior=prior,
            )


@move(
    "widen-operands",
    example="examples/dev3/type/03-floor-plan-area-widths",
    codes=("E0308",),
    classes=TYPE_OR_OTHER,
    prior=0.6,
    doc="`a * b` of u32s returned as u64: widen each operand before the arithmetic, so the "
    "result cannot overflow in the narrow type first (casting the product would).",
)
def widen_operands(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None and site[0]:
        yield from _widen_operands(m, site[2], site[3], *site[0])


@move(
    "unwrap-receiver",
    example="examples/dev/type/04-polygon-optional-name",
    codes=("E0599",),
    classes=(ErrorClass.UNRESOLVED, ErrorClass.TYPE, ErrorClass.OTHER),
    prior=0.45,
    variants={
        "option-propagate": 0.45,
        "option-deref-or-default": 0.45,
        "option-unwrap-or-default": 0.35,
        "result-propagate": 0.45,
        "result-unwrap-or-default": 0.35,
    },
    doc="A method of the inner type called on an `Option`/`Result`: propagate with `?` where the "
    "function returns the same wrapper, or take the inner value or its default "
    "(`as_deref()` first for an owned String/Vec).",
)
def unwrap_receiver_move(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None:
        yield from unwrap_receiver(m, site[2])


@move(
    "borrow-scrutinee",
    example="examples/suite/type/02-url-builder-strings",
    codes=("E0308",),
    classes=TYPE_OR_OTHER,
    prior=0.55,
    doc='`match self.scheme { "http" => .. }` with a String scheme: view the scrutinee as the '
    "borrowed type (`.as_str()`, `.as_deref()`, `.as_slice()`), since a literal cannot become a "
    "String.",
)
def borrow_scrutinee(m: MoveContext) -> Iterator[Candidate]:
    if m.once(_site) is not None:
        yield from _borrowed_scrutinee(m)


@move(
    "join-pieces",
    example="examples/dev2/type/05-url-builder-query-join",
    classes=TYPE_OR_OTHER,
    prior=0.4,
    doc="A `Vec<String>` where a `String` is due: join the pieces, by the separators the crate's "
    'string literals use first (`.join(", ")`, `.concat()`).',
)
def join_pieces(m: MoveContext) -> Iterator[Candidate]:
    site = m.once(_site)
    if site is None or not site[0]:
        return
    expected, found = site[0]
    if expected == "String" and re.fullmatch(r"Vec<(String|&str|&'\w+ str)>", found):
        yield from _join_pieces(m, site[3])


@move(
    "annotate-number",
    example="examples/dev2/type/04-matrix-f32-norm-mean",
    codes=("E0282", "E0283"),
    classes=TYPE_OR_OTHER,
    prior=0.45,
    doc="`let total = xs.iter().sum();` needs the sum's type: annotate it with the number types "
    "the file stores (`Vec<f32>`, `: u64`), most used first.",
)
def annotate_number(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None:
        yield from _annotate_number(m, site[2])


@move(
    "else-zero",
    example="examples/dev2/type/02-text-wrap-hanging-indent",
    codes=("E0317",),
    classes=TYPE_OR_OTHER,
    prior=0.5,
    doc="`let pad = if cond { x };` has no value when `cond` is false: an `else` with the zero "
    "of the expected type.",
)
def else_zero(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None:
        yield from _else_branch(m, site[2])


@move(
    "error-type",
    example="examples/suite/type/10-rpn-calculator-result-arity",
    codes=("E0107",),
    classes=TYPE_OR_OTHER,
    prior=0.4,
    doc="`Result<T>` where no alias exists: fill rustc's `Result<T, E>` with the crate's own "
    "error types, then `String`.",
)
def error_type(m: MoveContext) -> Iterator[Candidate]:
    if m.once(_site) is not None:
        yield from _missing_generic(m)


@move(
    "tuple-field",
    example="tests/data/crates/moves_extra",
    codes=("E0608",),
    classes=TYPE_OR_OTHER,
    prior=0.6,
    doc="`pair[0]` on a tuple: tuples are indexed with a field, `pair.0`.",
)
def tuple_field(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None:
        yield from _tuple_index(m, site[2], site[3])


@move(
    "drop-deref",
    example="tests/data/crates/moves_extra",
    codes=("E0614",),
    classes=TYPE_OR_OTHER,
    prior=0.55,
    doc="`*x` where `x` is already a value: drop the `*`.",
)
def drop_deref(m: MoveContext) -> Iterator[Candidate]:
    if (site := m.once(_site)) is not None:
        yield from _needless_deref(m, site[2], site[3])


@move(
    "add-semicolon",
    example="tests/data/crates/moves_extra",
    classes=TYPE_OR_OTHER,
    prior=0.35,
    doc="`expected (), found T` at the end of a statement: end the expression with `;`.",
)
def add_semicolon(m: MoveContext) -> Iterator[Candidate]:
    site = m.once(_site)
    if site is not None and site[0] and site[0][0] == "()" and site[0][1] != "()":
        yield from _terminate_statement(m, site[3])


@move(
    "return-tail",
    example="examples/dev/type/04-polygon-optional-name",
    classes=TYPE_OR_OTHER,
    prior=0.4,
    variants={"remove-semicolon": 0.4, "tail-ok": 0.4, "tail-none": 0.15},
    doc="A body that should produce a value ends in `;` or nothing: return the last expression "
    "(remove-semicolon), or end it with `Ok(())` (tail-ok) or `None` (tail-none).",
)
def return_tail(m: MoveContext) -> Iterator[Candidate]:
    site = m.once(_site)
    if site is not None and site[0] and site[0][1] == "()" and site[0][0] != "()":
        yield from _return_tail(m, site[2], site[3], site[0][0])


def _terminate_statement(m: MoveContext, end: int) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    yield m.candidate("end the expression with `;`", [context.insert(file, end, ";")])


def _return_tail(m: MoveContext, start: int, end: int, expected: str) -> Iterator[Candidate]:
    """A body that should produce a value ends in `;` or nothing: give it its value back."""
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    brace = text.find("{", start)
    close = matching_close(text, brace)
    if close < 0:
        return
    body = text[brace + 1 : close].rstrip()
    if body.endswith(";"):
        at = brace + 1 + len(body) - 1
        yield m.candidate(
            "return the last expression",
            [context.edit(file, at, at + 1, "")],
            variant="remove-semicolon",
        )
    line_begin = text.rfind("\n", 0, close) + 1
    indent = text[line_begin:close] if not text[line_begin:close].strip() else ""
    tails = []
    if _generic_inner(expected, "Result") is not None:
        tails.append(("tail-ok", "Ok(())", 0.4))
    if _generic_inner(expected, "Option") is not None:
        tails.append(("tail-none", "None", 0.15))
    for name, value, prior in tails:
        yield m.candidate(
            f"end the body with `{value}`",
            [context.insert(file, line_begin, f"{indent}    {value}\n")],
            variant=name,
            prior=prior,
        )


def _missing_generic(m: MoveContext) -> Iterator[Candidate]:
    """`Result<T>` where no alias exists: rustc suggests `Result<T, E>` with `E` a placeholder;
    try the crate's own error types, then `String`."""
    context, diagnostic = m.context, m.diagnostic
    errors = sorted(
        s.name
        for s in context.symbols.symbols
        if s.kind in {"struct", "enum"} and s.name.endswith("Error")
    )
    for suggestion in diagnostic.suggestions:
        for edit in suggestion.edits:
            match = re.search(r",\s*([A-Z])>?\s*$", edit.replacement)
            if not match or not context.owns(edit.file):
                continue
            for rank, error in enumerate([*errors[:3], "String"]):
                replacement = (
                    edit.replacement[: match.start(1)] + error + edit.replacement[match.end(1) :]
                )
                yield m.candidate(
                    f"name the error type: `{error}`",
                    [type(edit)(edit.file, edit.byte_start, edit.byte_end, replacement)],
                    lower=0.05 * rank,
                )


def _tuple_index(m: MoveContext, start: int, end: int) -> Iterator[Candidate]:
    """`pair[0]` on a tuple: tuples are indexed with a field, `pair.0`."""
    context, diagnostic = m.context, m.diagnostic
    if "(" not in diagnostic.message:  # "cannot index into a value of type `(&str, &str)`"
        return
    text = context.text(diagnostic.primary.file)
    if text[start : start + 1] == "[":  # newer rustc points at `[0]` only: take the tuple too
        start = expression_start(text, start)
    match = re.fullmatch(r"(.+)\[\s*(\d+)\s*\]", text[start:end], re.S)
    if match:
        yield m.candidate(
            "index a tuple with `.N`",
            [
                context.edit(
                    diagnostic.primary.file, start, end, f"{match.group(1)}.{match.group(2)}"
                )
            ],
        )


def _needless_deref(m: MoveContext, start: int, end: int) -> Iterator[Candidate]:
    """`*x` where `x` is already a value: drop the `*` (the span is the dereference)."""
    context, diagnostic = m.context, m.diagnostic
    text = context.text(diagnostic.primary.file)
    expression = text[start:end]
    at = start if expression.startswith("*") else text.rfind("*", max(0, start - 2), start + 1)
    if at >= 0 and text[at] == "*":
        yield m.candidate(
            "drop the `*`: the value is not a reference",
            [context.edit(diagnostic.primary.file, at, at + 1, "")],
        )


_WRAPPED_RECEIVER = re.compile(r"no method named `\w+` found for enum `(Option|Result)<")
_RECEIVER_TYPE = re.compile(r"method not found in `(?:[\w:]+::)?(Option|Result)<(.+)>`")


# what `as_deref` turns the owned inner type into, so `unwrap_or_default` needs no move
_DEREF_OWNED = re.compile(r"^(String|Vec<.*>|Box<.*>|PathBuf|OsString)$")


def unwrap_receiver(m: MoveContext, method_at: int) -> Iterator[Candidate]:
    """A method of the inner type called on an `Option`/`Result` (a field or a return value
    became optional): propagate with `?` where the function returns the same wrapper, or take
    the inner value with its default in place of `None` (`as_deref()` first for an owned
    String/Vec, so nothing moves out of a borrow)."""
    context, diagnostic = m.context, m.diagnostic
    labelled = [_RECEIVER_TYPE.search(s.label or "") for s in diagnostic.spans]
    match = next((m for m in labelled if m), None)
    file = diagnostic.primary.file
    text = context.text(file)
    dot = method_at - 1
    if not _WRAPPED_RECEIVER.search(diagnostic.message) or text[dot : dot + 1] != ".":
        return
    wrapper, inner = (match.group(1), match.group(2)) if match else ("Option", "T")
    if not match:
        wrapper = "Result" if "enum `Result<" in diagnostic.message else "Option"
    if wrapper == "Result":
        inner = inner.rsplit(",", 1)[0].strip()
    start = expression_start(text, dot)
    receiver = text[start:dot]
    if not receiver.strip():
        return
    options: list[tuple[str, str, float]] = []
    scope = enclosing_fn(text, start)
    header = scope[: scope.find("{")] if "{" in scope else scope
    if re.search(rf"->\s*(?:[\w:]+::)?{wrapper}\s*<", header):
        options.append((f"{receiver}?", "propagate", 0.45))
    if wrapper == "Option" and _DEREF_OWNED.match(inner):
        options.append((f"{receiver}.as_deref().unwrap_or_default()", "deref-or-default", 0.45))
    options.append((f"{receiver}.unwrap_or_default()", "unwrap-or-default", 0.35))
    for replacement, name, prior in options:
        yield m.candidate(
            f"call the method on the value inside the `{wrapper}`: `{replacement}`",
            [context.edit(file, start, dot, replacement)],
            variant=f"{wrapper.lower()}-{name}",
            prior=prior,
        )


_LITERAL = re.compile(r"b?\"(?:[^\"\\]|\\.)*\"|b?'(?:[^'\\]|\\.)+'|-?\d[\w.]*")

# a scrutinee of an owned type matched against literal patterns: view it as the borrowed type
_SCRUTINEE_VIEW = {"String": ".as_str()", "Option<String>": ".as_deref()", "Vec<": ".as_slice()"}


def _borrowed_scrutinee(m: MoveContext) -> Iterator[Candidate]:
    """`match self.scheme { "http" => .. }` with a String scheme: a literal pattern cannot
    become a String, the scrutinee can become a `&str` (`.as_str()`, `.as_deref()`)."""
    context, diagnostic = m.context, m.diagnostic
    for span in diagnostic.spans:
        label = re.fullmatch(r"this expression has type `(.+)`", span.label or "")
        if span.is_primary or label is None or not context.owns(span.file):
            continue
        view = next((v for t, v in _SCRUTINEE_VIEW.items() if label.group(1).startswith(t)), None)
        if view is None:
            continue
        start, end = context.span_chars(span)
        expression = context.text(span.file)[start:end]
        if "\n" in expression or not re.fullmatch(r"[\w.()&*]+", expression):
            continue
        yield m.candidate(
            f"match on `{expression}{view}` so the literal patterns fit",
            [context.insert(span.file, end, view)],
        )


def _else_branch(m: MoveContext, start: int) -> Iterator[Candidate]:
    """`let pad = if cond { x };` has no value when `cond` is false: give it the zero of the
    expected type in an `else` (rustc: "`if` may be missing an `else` clause")."""
    context, diagnostic = m.context, m.diagnostic
    expected = re.search(
        r"expected `([^`]+)`, found `\(\)`", " ".join(s.label or "" for s in diagnostic.spans)
    )
    text = context.text(diagnostic.primary.file)
    head = re.match(r"if\b[^{]*\{", text[start:])
    if expected is None or head is None:
        return
    close = matching_close(text, start + head.end() - 1)
    if close < 0 or re.match(r"\s*else\b", text[close + 1 :]):
        return
    zero = zero_of(expected.group(1))
    yield m.candidate(
        f"give the `if` an `else` with `{zero}`",
        [context.insert(diagnostic.primary.file, close + 1, f" else {{ {zero} }}")],
    )


@move(
    "expand-compound-assign",
    example="examples/dev2/trait/06-timesheet-minutes-add-assign",
    codes=("E0368",),
    classes=(ErrorClass.TRAIT, ErrorClass.TYPE),
    prior=0.5,
    doc="`total += x` on a type that implements `Add` but not `AddAssign`: `total = total + x`.",
)
def expand_compound_assign(m: MoveContext) -> Iterator[Candidate]:
    """`total += x` on a type that implements `Add` but not `AddAssign`: `total = total + x`."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    text = context.text(span.file)
    start = line_start(text, context.span_chars(span)[0])
    start += len(text[start:]) - len(text[start:].lstrip())
    statement = re.match(r"([\w.\[\]]+)\s*([-+*/%])=\s*(.+?);", text[start:])
    if statement is None or "\n" in statement.group(0):
        return
    target, op, value = statement.groups()
    operand = f"({value})" if re.search(r"\s[-+*/%<>=&|]+\s", value) else value
    yield m.candidate(
        f"write `{target} = {target} {op} ..`: the type has `{op}` but not `{op}=`",
        [
            context.edit(
                diagnostic.primary.file,
                start,
                start + statement.end(),
                f"{target} = {target} {op} {operand};",
            )
        ],
    )


_NUMBERS = ("f64", "f32", "i64", "i32", "u64", "u32", "usize", "isize", "u8", "i8", "u16", "i16")


def _annotate_number(m: MoveContext, start: int) -> Iterator[Candidate]:
    """`let total = xs.iter().sum();` needs the sum's type: the number types the file stores
    (`Vec<f32>`, `: u64`) first, most used first."""
    context, diagnostic = m.context, m.diagnostic
    text = context.text(diagnostic.primary.file)
    line_at = line_start(text, start)
    binding = re.match(
        r"(\s*let\s+(?:mut\s+)?\w+)(\s*=\s*[^;]*\.(?:sum|product)\s*\(\s*\))", text[line_at:]
    )
    if binding is None:
        return
    used = Counter(re.findall(rf"\b({'|'.join(_NUMBERS)})\b", text))
    ranked = [t for t, _ in used.most_common()] or ["f64", "i64", "usize"]
    at = line_at + binding.end(1)
    for rank, number in enumerate(ranked[:3]):
        yield m.candidate(
            f"say which number the sum is: `{number}`",
            [context.insert(diagnostic.primary.file, at, f": {number}")],
            lower=0.05 * rank,
        )


_SEPARATORS = ("", " ", ", ", ",", "\\n", "&", ";", "/", "-", "|", ":")


def _join_pieces(m: MoveContext, end: int) -> Iterator[Candidate]:
    """A `Vec<String>` where a `String` is due: the pieces were meant to be joined. By what,
    the crate says: separators that appear in its string literals (tests included) rank first."""
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    literals = Counter(
        piece
        for name in context.files
        for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', context.text(name))
        for piece in _SEPARATORS
        if piece and piece in literal
    )
    ranked = sorted(_SEPARATORS, key=lambda sep: -literals[sep] if sep else 0)
    for rank, separator in enumerate(ranked[:4]):
        yield m.candidate(
            f'join the pieces with "{separator}"',
            [context.insert(file, end, f'.join("{separator}")' if separator else ".concat()")],
            lower=0.05 * rank,
        )


_WIDER = {
    "u64": ("u8", "u16", "u32"),
    "u128": ("u8", "u16", "u32", "u64"),
    "i64": ("i8", "i16", "i32", "u8", "u16", "u32"),
    "i128": ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"),
    "u32": ("u8", "u16"),
    "i32": ("i8", "i16", "u8", "u16"),
    "f64": ("f32",),
}


def _widen_operands(
    m: MoveContext,
    start: int,
    end: int,
    expected: str,
    found: str,
) -> Iterator[Candidate]:
    """`a * b` of u32s returned as u64: widen each operand before the arithmetic, so the
    result cannot overflow in the narrow type first (casting the product would)."""
    context, diagnostic = m.context, m.diagnostic
    if found not in _WIDER.get(expected, ()):
        return
    text = context.text(diagnostic.primary.file)[start:end]
    parts = re.fullmatch(r"\s*([\w.()]+?)\s*([-+*])\s*([\w.()]+?)\s*", text)
    if parts is None:
        return
    left, op, right = parts.groups()
    yield m.candidate(
        f"widen both operands to `{expected}` before `{op}`",
        [
            context.edit(
                diagnostic.primary.file,
                start,
                end,
                f"{expected}::from({left}) {op} {expected}::from({right})",
            )
        ],
    )
