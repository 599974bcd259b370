"""Root causes (issue 20, SPEC §2 blast radius): which errors point at the same definition.

One edit to a definition (a parameter's type, a field's or a method's name, `self` taken by
value) makes rustc report an error at every use, none of them on the line that changed. This
module groups a state's errors by what they point at, so the search can fix the one cause
instead of each symptom:

- `signature` — E0308/E0061 whose note says "function defined here" / "method defined here":
  the notes' spans are the definition (and the parameter) in the crate;
- `fields` / `methods` — "no field `x` on type `T`", "struct `T` has no field named `x`",
  "no method named `m` found for `T`": the same type, found in the symbol index (the items
  the project graph stores);
- `receiver` — a move whose note says "`T::m` takes ownership of the receiver `self`";
- `trait` — a trait method renamed in the trait only: its impls define a method that "is not
  a member of trait `T`" (E0407), miss the one the trait declares (E0046), and the calls of
  the impls' name find no method (E0599);
- `expected` — mismatches whose "expected due to this" span is the same place;
- `name` — the same unresolved name (a missing `use` reported at each use);
- `single` — everything else, one error each (an independent problem).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rusta.knowledge.symbols import SymbolIndex
from rusta.tools.source import source_of
from rusta.types import TEST_FAILURE_CODE, Diagnostic, Span

DEFINED_HERE = ("function defined here", "method defined here", "associated function defined here")
_FIELD = (
    re.compile(r"no field `(?P<name>\w+)` on type `(?P<type>[^`]+)`"),
    re.compile(r"struct `(?P<type>[^`]+)` has no field named `(?P<name>\w+)`"),
    re.compile(r"struct `(?P<type>[^`]+)` does not have a field named `(?P<name>\w+)`"),
    re.compile(r"missing fields? `(?P<name>\w+)`.* in initializer of `(?P<type>[^`]+)`"),
)
_METHOD = re.compile(
    r"no (?:method|function or associated item|variant or associated item|variant) named "
    r"`(?P<name>\w+)` found for (?:\w+ )*`(?P<type>[^`]+)`"
)
_RECEIVER = re.compile(r"`(?P<path>[\w:]+)` takes ownership of the receiver `self`")
_UNRESOLVED = re.compile(
    r"(?:cannot find (?:value|type|function|struct|macro|trait) `(?P<a>\w+)`"
    r"|use of undeclared (?:type|crate or module) `(?P<b>\w+)`"
    r"|unresolved import `(?:[\w:]+::)?(?P<c>\w+)`)"
)
_EXPECTED_LABELS = ("expected due to this", "expected because of return type")
_NOT_MEMBER = re.compile(r"method `(?P<name>\w+)` is not a member of trait `(?P<trait>\w+)`")
_MISSING_ITEMS = re.compile(r"not all trait items implemented, missing: (?P<names>.+)$")
_IMPL_OF = re.compile(r"\bimpl\b(?:\s*<.*?>)?\s+(?:[\w:]+::)?(?P<trait>\w+)(?:<.*?>)?\s+for\b")


@dataclass(frozen=True)
class Cause:
    """Errors that one definition (or one missing thing) explains."""

    # signature | fields | methods | receiver | returns | trait | expected | name | single
    kind: str
    subject: str  # the fn, type, method path or name the errors point at
    members: tuple[Diagnostic, ...]
    definition: Span | None = None  # where the definition is, when rustc pointed at it

    @property
    def sites(self) -> int:
        return len(self.members)

    @property
    def grouped(self) -> bool:
        """More than one error with one cause: a definition and its uses disagree."""
        return self.kind != "single" and self.sites >= 2

    def summary(self) -> str:
        """One line in Rusta's voice, without the count (`describe` adds it)."""
        n = self.sites
        if self.kind == "signature":
            return _signature_summary(self)
        if self.kind == "fields":
            names = ", ".join(f"`{x}`" for x in sorted(spelled_names(self)))
            return f"`{self.subject}` has no field {names} that its uses spell"
        if self.kind == "methods":
            names = ", ".join(f"`{x}`" for x in sorted(spelled_names(self)))
            return f"`{self.subject}` has no method {names} that its callers call"
        if self.kind == "receiver" and self.members[0].code == "E0596":
            return f"`{self.subject}` needs `&mut self` where its callers hold a `&`"
        if self.kind == "receiver":
            return f"`{self.subject}` takes `self` by value where its callers borrow"
        if self.kind == "returns":
            return f"what `{self.subject}` returns is not what its callers expect"
        if self.kind == "trait":
            return _trait_summary(self)
        if self.kind == "expected":
            return f"{n} values disagree with the type expected at {self.subject}"
        if self.kind == "name":
            return f"`{self.subject}` is not in scope (a missing `use` or definition)"
        return self.members[0].message


def _signature_summary(cause: Cause) -> str:
    """ "`parse` takes `String` where its calls pass `&str`", when the calls agree."""
    pairs, arities = set(), set()
    for member in cause.members:
        for span in member.spans:
            found = re.search(r"expected `([^`]+)`, found `([^`]+)`", span.label or "")
            if span.is_primary and found:
                pairs.add((found[1], re.sub(r"^&&+", "&", found[2])))
        counted = re.search(
            r"takes (\d+ arguments?) but (\d+) arguments? (?:was|were)", member.message
        )
        if counted:
            arities.add((counted[1], counted[2]))
    if len(pairs) == 1 and not arities:
        expected, passed = next(iter(pairs))
        return f"`{cause.subject}` takes `{expected}` where its calls pass `{passed}`"
    if len(arities) == 1 and not pairs:
        takes, passed = next(iter(arities))
        return f"`{cause.subject}` takes {takes} where its calls pass {passed}"
    return f"`{cause.subject}`'s signature disagrees with what its calls pass"


def _trait_summary(cause: Cause) -> str:
    """ "`Area` declares `surface` where its impls define (and callers call) `area`"."""
    defined, missing = trait_names(cause)
    if len(defined) == 1 and len(missing) == 1:
        return (
            f"`{cause.subject}` declares `{next(iter(missing))}` where its impls define "
            f"(and callers call) `{next(iter(defined))}`"
        )
    return f"the impls of `{cause.subject}` and the trait disagree on its methods"


def trait_names(cause: Cause) -> tuple[set[str], set[str]]:
    """A `trait` cause's method names: those its impls define that the trait lacks (E0407),
    and those the trait declares that its impls lack (E0046)."""
    defined, missing = set(), set()
    for member in cause.members:
        found = _NOT_MEMBER.search(member.message)
        if found is not None:
            defined.add(found["name"])
        listed = _MISSING_ITEMS.search(member.message)
        if listed is not None and member.code == "E0046":
            missing.update(re.findall(r"`(\w+)`", listed["names"]))
    return defined, missing


def describe(causes: Sequence[Cause]) -> str:
    """ "14 errors, 2 causes: `parse`'s signature ... (12); `HashMap` is not in scope (2)"."""
    errors = sum(c.sites for c in causes)
    parts = "; ".join(f"{c.summary()} ({c.sites})" for c in causes)
    plural = "cause" if len(causes) == 1 else "causes"
    return f"{errors} error(s), {len(causes)} {plural}: {parts}"


def group(
    diagnostics: Iterable[Diagnostic],
    read: Callable[[str], str],
    symbols: SymbolIndex | None = None,
) -> list[Cause]:
    """The errors of a state by root cause, the biggest cause first (ties: first reported).
    With the symbol index (the items the project graph stores), a mismatch or a missing
    method at a call of a crate fn also joins that fn's `returns` cause."""
    keyed: dict[tuple[str, str], list[Diagnostic]] = {}
    definitions: dict[tuple[str, str], Span | None] = {}
    # compiler errors only: a failing test (issue 13) is repaired by its own search
    errors = (d for d in diagnostics if d.is_error and d.code != TEST_FAILURE_CODE)
    for index, diagnostic in enumerate(errors):
        kind, subject, definition = _key(diagnostic, read)
        if kind == "single" and symbols is not None:
            kind, subject = _called(diagnostic, read, symbols) or (kind, subject)
        key = (kind, subject if kind != "single" else f"{subject}#{index}")
        keyed.setdefault(key, []).append(diagnostic)
        definitions.setdefault(key, definition)
    causes = [
        Cause(kind, subject.split("#", 1)[0] if kind == "single" else subject, tuple(ms), d)
        for (kind, subject), ms in keyed.items()
        for d in [definitions[(kind, subject)]]
    ]
    causes = _bodies_joined(causes, read)
    causes = _trait_calls_joined(causes)
    # a lone error of a groupable kind is its own independent cause
    causes = [c if c.sites > 1 or c.kind == "single" else _single(c) for c in causes]
    order = {id(c): i for i, c in enumerate(causes)}
    return sorted(causes, key=lambda c: (-c.sites, order[id(c)]))


def _bodies_joined(causes: list[Cause], read: Callable[[str], str]) -> list[Cause]:
    """An error inside the body of a fn whose changed parameter its calls disagree with,
    on a line that names that parameter, has the same cause (`self.spent + amount` once
    `amount` became `i32`)."""
    joined = list(causes)
    for index, cause in enumerate(joined):
        if cause.kind != "signature" or cause.definition is None:
            continue
        body = _body_of(cause.definition, read)
        names = _parameter_names(cause, read)
        if body is None or not names:
            continue
        taken = [
            other
            for other in joined
            if other.kind == "single"
            and other.sites == 1
            and _inside(other.members[0], cause.definition.file, body)
            and names & set(re.findall(r"\w+", _line_of(other.members[0])))
        ]
        members = cause.members + tuple(m for other in taken for m in other.members)
        joined[index] = Cause(cause.kind, cause.subject, members, cause.definition)
        joined = [c for c in joined if c not in taken]
    return joined


def _trait_calls_joined(causes: list[Cause]) -> list[Cause]:
    """Calls of a method that a trait's impls define but the trait no longer declares find
    no method (E0599, one per receiver type): they have the trait's cause."""
    joined = list(causes)
    for index, cause in enumerate(joined):
        if cause.kind != "trait":
            continue
        defined, _missing = trait_names(cause)
        taken = [
            other
            for other in joined
            if other.kind in ("methods", "single")
            and all(m.code == "E0599" and _called_name(m) in defined for m in other.members)
        ]
        if not taken:
            continue
        members = cause.members + tuple(m for other in taken for m in other.members)
        joined[index] = Cause(cause.kind, cause.subject, members, cause.definition)
        joined = [c for c in joined if c not in taken]
    return joined


def _called_name(diagnostic: Diagnostic) -> str:
    found = _METHOD.search(diagnostic.message)
    return found["name"] if found is not None else ""


def _body_of(definition: Span, read: Callable[[str], str]) -> tuple[int, int] | None:
    """Byte range of the fn whose name the span is."""
    try:
        source = source_of(read(definition.file))
    except (OSError, UnicodeDecodeError):
        return None
    item = source.enclosing(source.char_of(definition.byte_start))
    if item is None:
        return None
    return source.byte_of(item.start), source.byte_of(item.end)


def _parameter_names(cause: Cause, read: Callable[[str], str]) -> set[str]:
    names = set()
    for member in cause.members:
        for span in parameter_spans(member):
            name = _name_at(span, read).split(":", 1)[0].strip().removeprefix("mut ")
            if name.isidentifier():
                names.add(name)
    return names


def _inside(diagnostic: Diagnostic, file: str, body: tuple[int, int]) -> bool:
    span = diagnostic.primary
    return span is not None and span.file == file and body[0] <= span.byte_start < body[1]


def _line_of(diagnostic: Diagnostic) -> str:
    span = diagnostic.primary
    return span.text if span is not None else ""


def cause_of(causes: Sequence[Cause], diagnostic: Diagnostic) -> Cause | None:
    return next((c for c in causes if diagnostic in c.members), None)


def spelled_names(cause: Cause) -> set[str]:
    """The field or method names the uses of a `fields`/`methods` cause spell."""
    names = set()
    for member in cause.members:
        match = _field_or_method(member.message)
        if match is not None and not member.message.startswith(("missing field", "pattern")):
            names.add(match[1])
    return names


def base_type(text: str) -> str:
    """`&mut model::Item<'a>` → `Item`: the type name the symbol index knows."""
    text = re.sub(r"^(?:&(?:'\w+\s+)?(?:mut\s+)?)+", "", text.strip())
    text = re.sub(r"<.*>$", "", text)
    return text.rsplit("::", 1)[-1]


def _single(cause: Cause) -> Cause:
    return Cause("single", cause.members[0].code, cause.members, cause.definition)


def _key(diagnostic: Diagnostic, read: Callable[[str], str]) -> tuple[str, str, Span | None]:
    defined = _defined_here(diagnostic)
    if defined is not None and diagnostic.code in ("E0308", "E0061", "E0060"):
        return "signature", _name_at(defined, read) or defined.file, defined
    signature = next(
        (s for s in diagnostic.spans if s.label == "found signature defined here"), None
    )
    named = re.search(r"\bfn\s+(\w+)", _name_at(signature, read)) if signature else None
    if signature is not None and named is not None and not signature.file.startswith("/"):
        return "signature", named[1], signature  # a fn passed as a value (`.map(parse)`)
    found = _field_or_method(diagnostic.message)
    if found is not None:
        kind, _name, type_name = found
        return kind, base_type(type_name), None
    trait = _trait_of(diagnostic, read)
    if trait:
        return "trait", trait, None
    if diagnostic.code == "E0027":
        literal = _literal_type(diagnostic, read)
        if literal:
            return "fields", literal, None
    receiver = _receiver(diagnostic)
    if receiver is not None:
        return "receiver", receiver[0], receiver[1]
    expected = next(
        (s for s in diagnostic.spans if not s.is_primary and s.label in _EXPECTED_LABELS), None
    )
    if expected is not None and diagnostic.code == "E0308":
        return "expected", f"{expected.file}:{expected.line_start}", expected
    unresolved = _UNRESOLVED.search(diagnostic.message)
    if unresolved is not None:
        return "name", next(g for g in unresolved.groups() if g), None
    return "single", diagnostic.code, None


_CALLS = re.compile(r"(\w+)\s*(?:::<[^>]*>)?\s*\(")
_RECEIVER_CALL = re.compile(r"(\w+)\s*\([^()]*\)\s*\.\s*$")
_CALLED_CODES = ("E0308", "E0277", "E0369", "E0599", "E0624", "E0614", "E0596")


def _called(
    diagnostic: Diagnostic, read: Callable[[str], str], symbols: SymbolIndex
) -> tuple[str, str] | None:
    """`returns`/`receiver` of the one crate fn or method called in the code the error's
    spans cover (`b.count()` where a `usize` is due, `t.lookup(id).len()`, `m.fib(10)`)."""
    if diagnostic.code not in _CALLED_CODES:
        return None
    names: set[str] = set()
    spans = [s for s in (*diagnostic.spans, *diagnostic.related) if not s.file.startswith("/")]
    for span in spans:
        code = _name_at(span, read)
        names.update(_CALLS.findall(code))
        if span.is_primary and diagnostic.code in ("E0599", "E0624"):
            line = _line_before(span, read)
            names.update(m[1] for m in [_RECEIVER_CALL.search(line)] if m)
        if diagnostic.code == "E0596":  # `m.fib(10)` where the span is `m`
            names.update(m[1] for m in [_METHOD_AFTER.match(_line_after(span, read))] if m)
    defined = [symbol for name in sorted(names) for symbol in symbols.named(name, ("fn", "method"))]
    if len({(s.owner, s.name) for s in defined}) != 1:
        return None
    symbol = defined[0]
    subject = f"{symbol.owner}::{symbol.name}" if symbol.owner else symbol.name
    return ("receiver" if diagnostic.code == "E0596" else "returns"), subject


_METHOD_AFTER = re.compile(r"\s*\.\s*(\w+)\s*\(")


def _line_after(span: Span, read: Callable[[str], str]) -> str:
    try:
        data = read(span.file).encode()
    except (OSError, UnicodeDecodeError):
        return ""
    end = data.find(b"\n", span.byte_end)
    return data[span.byte_end : end if end >= 0 else len(data)].decode(errors="replace")


def _line_before(span: Span, read: Callable[[str], str]) -> str:
    try:
        data = read(span.file).encode()
    except (OSError, UnicodeDecodeError):
        return ""
    start = data.rfind(b"\n", 0, span.byte_start) + 1
    return data[start : span.byte_start].decode(errors="replace")


def _trait_of(diagnostic: Diagnostic, read: Callable[[str], str]) -> str:
    """The trait an impl error names: "method `m` is not a member of trait `T`" (E0407), or
    the `impl T for X` header a "not all trait items implemented" error underlines (E0046)."""
    if diagnostic.code == "E0407":
        found = _NOT_MEMBER.search(diagnostic.message)
        return found["trait"] if found is not None else ""
    span = diagnostic.primary
    if diagnostic.code != "E0046" or span is None or span.file.startswith(("/", "<")):
        return ""
    header = _IMPL_OF.search(_name_at(span, read))
    return header["trait"] if header is not None else ""


def _defined_here(diagnostic: Diagnostic) -> Span | None:
    """The definition's name span of a "function defined here" note, when it is in the crate."""
    return next(
        (
            s
            for s in diagnostic.related
            if s.is_primary and s.label in DEFINED_HERE and not s.file.startswith(("/", "<"))
        ),
        None,
    )


def parameter_spans(diagnostic: Diagnostic) -> list[Span]:
    """The parameters a "defined here" note underlines (the ones the call gets wrong)."""
    defined = _defined_here(diagnostic)
    if defined is None:
        return []
    return [
        s
        for s in diagnostic.related
        if not s.is_primary and s.file == defined.file and s.label in ("", *DEFINED_HERE)
    ]


def _field_or_method(message: str) -> tuple[str, str, str] | None:
    for pattern in _FIELD:
        match = pattern.search(message)
        if match is not None:
            return "fields", match["name"], match["type"]
    match = _METHOD.search(message)
    if match is not None:
        return "methods", match["name"], match["type"]
    return None


def _receiver(diagnostic: Diagnostic) -> tuple[str, Span | None] | None:
    for text in diagnostic.children:
        match = _RECEIVER.search(text)
        if match is not None:
            span = next(
                (s for s in diagnostic.related if s.label and match[0] in s.label),
                None,
            )
            return "::".join(match["path"].split("::")[-2:]), span
    return None


def _name_at(span: Span, read: Callable[[str], str]) -> str:
    try:
        data = read(span.file).encode()
    except (OSError, UnicodeDecodeError):
        return ""
    return data[span.byte_start : span.byte_end].decode(errors="replace")


def _literal_type(diagnostic: Diagnostic, read: Callable[[str], str]) -> str:
    """`P { w }` (a pattern missing a field) → `P`."""
    span = diagnostic.primary
    if span is None:
        return ""
    match = re.match(r"\s*([\w:]+)\s*\{", _name_at(span, read))
    return base_type(match[1]) if match else ""
