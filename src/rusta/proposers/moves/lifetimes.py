"""Moves for lifetime errors beyond rustc's own suggestions (E0515, E0106, E0597).

rustc's suggestions cover most lifetime annotations (`<'a>`, `&'a T`, `+ '_`, `T: 'static`);
these moves add the two rewrites it does not offer: return an owned value instead of a
reference to a local, and annotate every reference of a signature with one named lifetime.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.moves.arity import field_types
from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import matching_close
from rusta.types import Candidate, ErrorClass

LIFETIME = (ErrorClass.LIFETIME,)

_OWNED = [
    (r"&(?:'\w+\s+)?str\b", "String"),
    (r"&(?:'\w+\s+)?\[([^\]]+)\]", r"Vec<\1>"),
    (r"&(?:'\w+\s+)?(?:mut\s+)?([A-Z]\w*(?:<[^>]*>)?)", r"\1"),
]


def _enclosing_signature(text: str, at: int) -> re.Match[str] | None:
    found = None
    for match in re.finditer(
        r"\bfn\s+\w+\s*(<[^>{]*>)?\s*\(([^{]*?)\)\s*(->\s*([^{]+?))?\s*"
        r"(where[^{]*)?\{",
        text[:at],
    ):
        found = match
    return found


@move(
    "return-owned",
    example="examples/suite/lifetime/06-theme-scope-fallback",
    codes=("E0515",),
    classes=LIFETIME,
    prior=0.35,
    doc="A function returns a reference to a local: return the owned value instead (the return "
    "type loses its `&`, the body its borrow).",
)
def _return_owned(m: MoveContext) -> Iterator[Candidate]:
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    start, end = context.span_chars(diagnostic.primary)
    signature = _enclosing_signature(text, start)
    if signature is None or signature.group(4) is None:
        return
    returned = signature.group(4)
    expression = text[start:end]
    for pattern, owned in _OWNED:
        new_type = re.sub(pattern, owned, returned, count=1)
        if new_type == returned:
            continue
        edits = [context.edit(file, signature.start(4), signature.end(4), new_type.strip())]
        value = re.sub(r"^&(mut\s+)?", "", expression)
        value = re.sub(r"\.(as_str|as_slice|as_ref)\(\)$", "", value)
        if value == expression and value.rstrip().endswith(")") and "\n" not in value:
            # a borrowing method of the local (`out.trim()`) gives a reference: own its result
            value += {"String": ".to_string()", r"Vec<\1>": ".to_vec()"}.get(owned, ".to_owned()")
        if value != expression:
            edits.append(context.edit(file, start, end, value))
        yield m.candidate(
            f"return an owned `{new_type.strip()}` instead of a reference to a local",
            edits,
        )
        return


@move(
    "one-lifetime",
    example="tests/data/crates/moves_extra",
    codes=("E0106",),
    classes=LIFETIME,
    prior=0.3,
    doc="`fn f(a: &str, b: &str) -> &str` → one `'a` on every reference of the signature.",
)
def _one_lifetime(m: MoveContext) -> Iterator[Candidate]:
    """`fn f(a: &str, b: &str) -> &str` → one `'a` on every reference of the signature."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    start, _ = context.span_chars(diagnostic.primary)
    # rustc points at the `&` inside the signature: the signature is the one whose body opens
    # at the next `{` (searching only the text before the `&` finds the previous function)
    signature = _enclosing_signature(text, text.find("{", start) + 1)
    if signature is None or not signature.start() <= start < signature.end():
        return
    head = text[signature.start() : signature.end()]
    if "'a" in head:
        return
    new_head = re.sub(r"&(?!')(\s*mut\b)?", lambda m: "&'a" + (m.group(1) or "") + " ", head)
    new_head = re.sub(r"&'a\s+mut\s+", "&'a mut ", new_head).replace("&'a  ", "&'a ")
    new_head = new_head.replace("&'a self", "&'a self")
    if signature.group(1):
        new_head = new_head.replace(signature.group(1), signature.group(1)[:-1] + ", 'a>", 1)
        new_head = new_head.replace("<, 'a>", "<'a>")
    else:
        new_head = re.sub(r"(fn\s+\w+)", r"\1<'a>", new_head, count=1)
    yield m.candidate(
        "tie every reference to one lifetime `'a`",
        [context.edit(file, signature.start(), signature.end(), new_head)],
    )


@move(
    "borrowed-sort-key",
    example="examples/suite/lifetime/08-playlist-sort-key",
    classes=LIFETIME,
    prefix="lifetime",
    prior=0.45,
    variants={"sort-by-compare": 0.45, "sort-key-clone": 0.3},
    doc="`sort_by_key(|t| &t.name)` cannot return a borrow of its argument: compare with "
    "`sort_by(|a, b| a.name.cmp(&b.name))` (sort-by-compare), or clone the key "
    "(sort-key-clone).",
)
def _borrowed_sort_key(m: MoveContext) -> Iterator[Candidate]:
    """`sort_by_key(|t| &t.name)` cannot return a borrow of its argument: compare with
    `sort_by` instead, or clone the key."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    start, end = context.span_chars(diagnostic.primary)
    line_begin = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_begin : line_end if line_end >= 0 else len(text)]
    match = re.search(r"\.(sort_by_key|sort_unstable_by_key)\(\s*\|(\w+)\|\s*&([^()]+?)\s*\)", line)
    if not match:
        return
    method, variable, key = match.groups()
    compare = method.replace("_by_key", "_by")
    field = key.removeprefix(f"{variable}.") if key.startswith(f"{variable}.") else None
    at, until = line_begin + match.start(), line_begin + match.end()
    if field is not None:
        yield m.candidate(
            "compare the borrowed keys with `sort_by` instead of returning a borrow",
            [context.edit(file, at, until, f".{compare}(|a, b| a.{field}.cmp(&b.{field}))")],
            variant="sort-by-compare",
        )
    yield m.candidate(
        "sort by an owned copy of the key",
        [context.edit(file, at, until, f".{method}(|{variable}| {key}.clone())")],
        variant="sort-key-clone",
    )


@move(
    "borrow-field",
    example="examples/suite/lifetime/06-theme-scope-fallback",
    codes=("E0515",),
    classes=LIFETIME,
    prior=0.4,
    doc="`return &Style::default()` in a method of a type that owns a `Style` field: return a "
    "reference to that field, which lives as long as `self`.",
)
def _borrow_a_field(m: MoveContext) -> Iterator[Candidate]:
    """`return &Style::default()` in a method of a type that owns a `Style` field: return a
    reference to that field, which lives as long as `self`."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    start, end = context.span_chars(diagnostic.primary)
    expression = text[start:end]
    created = re.match(r"&\s*(?:mut\s+)?([A-Z]\w*)(?:::\w+\s*\(|\s*\{)", expression)
    owner = None
    for match in re.finditer(
        r"\bimpl(?:<[^>]*>)?\s+(?:[\w:<>, ]+\s+for\s+)?([A-Z]\w*)", text[:start]
    ):
        owner = match.group(1)
    if not created or owner is None:
        return
    wanted = created.group(1)
    for field, type_text in field_types(context, owner).items():
        if re.sub(r"<.*", "", type_text.strip()) == wanted:
            yield m.candidate(
                f"return a reference to the `{wanted}` that `self.{field}` already owns",
                [context.edit(file, start, end, f"&self.{field}")],
            )


@move(
    "keep-borrowing",
    example="examples/suite/borrow/12-stack-vm-jumps",
    codes=("E0597",),
    classes=LIFETIME,
    prior=0.35,
    doc="`let line = line.trim().to_string();` makes a short-lived owner that later borrows "
    "outlive: drop the conversion so the binding borrows from the longer-lived original.",
)
def _keep_the_longer_borrow(m: MoveContext) -> Iterator[Candidate]:
    """`let line = line.trim().to_string();` makes a short-lived owner that later borrows
    outlive: drop the conversion so the binding borrows from the longer-lived original."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    declared = next((s for s in diagnostic.spans if s.label and "declared here" in s.label), None)
    if declared is None or not context.owns(declared.file):
        return
    text = context.text(declared.file)
    start, _ = context.span_chars(declared)
    line_begin = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_begin : line_end if line_end >= 0 else len(text)]
    match = re.search(
        r"=\s*(.+?)(\.to_string\(\)|\.to_owned\(\)|\.clone\(\)|\.to_vec\(\))\s*;", line
    )
    if not match:
        return
    at = line_begin + match.start(2)
    yield m.candidate(
        f"drop `{match.group(2)}`: borrow from the longer-lived value",
        [context.edit(declared.file, at, line_begin + match.end(2), "")],
    )


@move(
    "store-owned",
    example="examples/suite/lifetime/04-longest-words-reader",
    codes=("E0597",),
    classes=LIFETIME,
    prior=0.45,
    doc="A longer-lived variable keeps borrows of a String that dies each loop iteration "
    "(`Option<(f64, &str)>`, `Vec<&str>`): let the variable own its text (`&str` becomes "
    "`String`).",
)
def _store_owned(m: MoveContext) -> Iterator[Candidate]:
    """A longer-lived variable keeps borrows of a String that dies each loop iteration:
    `best = Some((d, &label))` into an `Option<(f64, &str)>`, `words.extend(line.split(..))`
    into a `Vec<&str>`. Let the variable own its text: `&str` becomes `String` where it is
    declared, and what is stored becomes owned (the String moved or cloned in, a borrowed
    piece `.to_string()`, an iterator of pieces `.map(String::from)`)."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    name = re.match(r"`(\w+)` does not live long enough", diagnostic.message)
    primary = diagnostic.primary
    text = context.text(primary.file)
    start, end = context.span_chars(primary)
    if name is None:
        return
    value = name.group(1)
    line_at = text.rfind("\n", 0, start) + 1
    labelled = [
        re.search(r"variable `(\w+)` declared here", s.label or "") for s in diagnostic.spans
    ]
    holder_match = next((m for m in labelled if m), None)
    statement = re.match(r"\s*(\w+)(?:\s*=|\.(push|insert|extend)\s*\()", text[line_at:])
    holder = holder_match.group(1) if holder_match else statement.group(1) if statement else ""
    if not holder:
        return
    edits = []
    declared = None
    for match in re.finditer(rf"\blet\s+(?:mut\s+)?{holder}\s*:\s*([^=;]+?)\s*=", text[:line_at]):
        declared = match
    if declared is not None:
        if len(re.findall(r"&(?:'\w+\s+)?str\b", declared.group(1))) != 1:
            return
        typed = re.sub(r"&(?:'\w+\s+)?str\b", "String", declared.group(1))
        edits.append(context.edit(primary.file, declared.start(1), declared.end(1), typed))
    if text[start:end].strip() == f"&{value}":
        later = re.search(rf"\b{value}\b", text[end : _block_end(text, start)])
        edits.append(context.edit(primary.file, start, end, f"{value}.clone()" if later else value))
    else:
        call = re.compile(rf"\b{holder}\.(push|extend)\s*\(")
        found = [
            m for m in call.finditer(text, 0, start) if matching_close(text, m.end() - 1) > start
        ]
        if not found:
            return
        opening = found[-1].end() - 1
        argument = text[opening + 1 : matching_close(text, opening)]
        body = argument.rstrip()
        if body.endswith(","):
            body = body[:-1]
        owned = ".to_string()" if found[-1].group(1) == "push" else ".map(String::from)"
        if found[-1].group(1) == "extend" and "\n" in body:
            indent = re.search(r"\n([ \t]*)\.", body)
            owned = f"\n{indent.group(1) if indent else ''}.map(String::from)"
        at = opening + 1 + len(body)
        edits.append(context.insert(primary.file, at, owned))
    yield m.candidate(f"let `{holder}` own its text instead of borrowing `{value}`", edits)


def _block_end(text: str, at: int) -> int:
    """Index of the `}` closing the innermost block around `at` (end of text if none)."""
    depth = 0
    for index in range(at, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            if depth == 0:
                return index
            depth -= 1
    return len(text)


@move(
    "outer-lifetime-return",
    example="examples/dev2/lifetime/02-settings-default-two-lifetimes",
    classes=LIFETIME,
    prefix="lifetime",
    prior=0.5,
    doc="`fn next(&mut self) -> Token<'a>` calls a helper whose elided `-> &str` is tied to "
    "`&mut self`: name `'a` in the helper's return type (rustc: lifetime may not live long "
    "enough).",
)
def _callee_returns_outer_lifetime(m: MoveContext) -> Iterator[Candidate]:
    """`fn next(&mut self) -> Token<'a>` returns `self.take_while(..)`, whose elided `-> &str`
    is tied to `&mut self`, not to the `'a` the data really lives for: name `'a` in the
    helper's return type (rustc: "supposed to return data with lifetime `'a`")."""
    if not m.in_crate or "lifetime may not live long enough" not in m.diagnostic.message:
        return
    context, diagnostic = m.context, m.diagnostic
    wanted = re.search(
        r"return data with lifetime `('\w+)`", " ".join(s.label or "" for s in diagnostic.spans)
    )
    if wanted is None or wanted.group(1) == "'static":
        return
    lifetime = wanted.group(1)
    primary = diagnostic.primary
    called = set(re.findall(r"self\.(\w+)\s*\(", primary.text or context.span_text(primary)))
    for method in sorted(called):
        for symbol in context.symbols.named(method, ["method"]):
            text = context.text(symbol.file)
            opening = text.find("(", symbol.keyword_at)
            closing = matching_close(text, opening) if opening >= 0 else -1
            tail = re.match(r"\s*->\s*([^{;]+?)\s*(?:where\b|\{)", text[closing + 1 :])
            receiver = text[opening + 1 : closing] if closing > 0 else ""
            if tail is None or not re.match(r"\s*&(mut\s+)?self", receiver):
                continue
            returned = tail.group(1)
            if not re.search(r"&(?!')", returned):
                continue
            typed = re.sub(r"&(?!')\s*", f"&{lifetime} ", returned)
            at = closing + 1 + tail.start(1)
            yield m.candidate(
                f"`{method}` returns data that lives for `{lifetime}`, not for the borrow of self",
                [context.edit(symbol.file, at, at + len(returned), typed)],
            )


@move(
    "unify-lifetimes",
    example="examples/dev2/lifetime/02-settings-default-two-lifetimes",
    classes=LIFETIME,
    prefix="lifetime",
    prior=0.5,
    doc="`fn get_or<'a, 'b>(&'a self, default: &'b str) -> &'a str` returns `default`: the two "
    "lifetimes must be one; rename `'b` to `'a` and drop it from the list.",
)
def _unify_lifetimes(m: MoveContext) -> Iterator[Candidate]:
    """`fn get_or<'a, 'b>(&'a self, default: &'b str) -> &'a str` can return `default`: the two
    lifetimes must be one. Rename `'b` to `'a` in the signature and drop it from the list."""
    if not m.in_crate or "lifetime may not live long enough" not in m.diagnostic.message:
        return
    context, diagnostic = m.context, m.diagnostic
    labels = " ".join(s.label or "" for s in diagnostic.spans)
    pair = re.search(
        r"return data with lifetime `('\w+)` but it is returning data with lifetime `('\w+)`",
        labels,
    )
    if pair is None:
        return
    wanted, returned = pair.groups()
    if not re.fullmatch(r"'[a-z_]\w*", returned) or wanted == "'static":
        return
    file = diagnostic.primary.file
    text = context.text(file)
    start, _ = context.span_chars(diagnostic.primary)
    signature = _enclosing_signature(text, start)
    if signature is None or returned not in signature.group(0):
        return
    unified = re.sub(rf"{returned}\b", wanted, signature.group(0))
    generics = re.search(r"fn\s+\w+\s*<([^>]*)>", unified)
    if generics:  # `<'a, 'a, T>` → `<'a, T>`
        params = list(dict.fromkeys(p.strip() for p in generics.group(1).split(",") if p.strip()))
        unified = unified[: generics.start(1)] + ", ".join(params) + unified[generics.end(1) :]
    yield m.candidate(
        f"the result may come from `{returned}` data: make `{returned}` the same as `{wanted}`",
        [context.edit(file, signature.start(), signature.end(), unified)],
    )


# `.unwrap_or(&String::new())` borrows a temporary; the borrowed view has a 'static default
_TEMPORARY_DEFAULTS = [
    (r"\.unwrap_or\(\s*&String::new\(\)\s*\)", '.map(String::as_str).unwrap_or("")'),
    (r"\.unwrap_or\(\s*&Vec::new\(\)\s*\)", ".map(Vec::as_slice).unwrap_or(&[])"),
    (r'\.unwrap_or\(\s*&"([^"]*)"\.to_string\(\)\s*\)', r'.map(String::as_str).unwrap_or("\1")'),
]


@move(
    "static-default",
    example="examples/dev3/lifetime/01-config-get-empty-temporary",
    codes=("E0515",),
    classes=LIFETIME,
    prior=0.55,
    doc="`map.get(k).unwrap_or(&String::new())` returned as `&str`: the default is a "
    "temporary; borrow the found value as `&str` and fall back to a literal, which lives "
    "forever.",
)
def _borrowed_default(m: MoveContext) -> Iterator[Candidate]:
    """`map.get(k).unwrap_or(&String::new())` returned as `&str`: the default is a temporary.
    Borrow the found value as `&str` and fall back to a literal, which lives forever."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    start, end = context.span_chars(diagnostic.primary)
    text = context.text(file)
    for pattern, replacement in _TEMPORARY_DEFAULTS:
        match = re.search(pattern, text[start:end])
        if match:
            yield m.candidate(
                "borrow the value and fall back to a literal, not to a temporary",
                [
                    context.edit(
                        file, start + match.start(), start + match.end(), match.expand(replacement)
                    )
                ],
            )
