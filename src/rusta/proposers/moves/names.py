"""Moves for unresolved names and visibility (E0425, E0412, E0433, E0432, E0599, E0609,
E0560, E0603, E0616, E0624, E0451...).

Names: fix a typo against the names that exist (in the file, the crate, the type's fields and
methods, well-known std items), or import the item from where it is defined. Visibility:
make the item public at its definition, even in another file of the crate.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import NamedTuple

from rusta.proposers.context import ProposalContext, backticked
from rusta.proposers.moves.common import (
    add_use,
    base_type,
    identifiers,
    make_public,
    similar_names,
)
from rusta.proposers.moves.registry import MoveContext, move
from rusta.types import GUESS_SUFFIX, Candidate, ErrorClass, TextEdit

STD_ITEMS = {
    "HashMap": "std::collections::HashMap",
    "HashSet": "std::collections::HashSet",
    "BTreeMap": "std::collections::BTreeMap",
    "BTreeSet": "std::collections::BTreeSet",
    "VecDeque": "std::collections::VecDeque",
    "BinaryHeap": "std::collections::BinaryHeap",
    "Rc": "std::rc::Rc",
    "Weak": "std::rc::Weak",
    "Arc": "std::sync::Arc",
    "Mutex": "std::sync::Mutex",
    "RwLock": "std::sync::RwLock",
    "RefCell": "std::cell::RefCell",
    "Cell": "std::cell::Cell",
    "fmt": "std::fmt",
    "Display": "std::fmt::Display",
    "Formatter": "std::fmt::Formatter",
    "Ordering": "std::cmp::Ordering",
    "Reverse": "std::cmp::Reverse",
    "Hash": "std::hash::Hash",
    "Hasher": "std::hash::Hasher",
    "FromStr": "std::str::FromStr",
    "Path": "std::path::Path",
    "PathBuf": "std::path::PathBuf",
    "File": "std::fs::File",
    "fs": "std::fs",
    "io": "std::io",
    "Read": "std::io::Read",
    "Write": "std::io::Write",
    "BufRead": "std::io::BufRead",
    "BufReader": "std::io::BufReader",
    "Duration": "std::time::Duration",
    "Instant": "std::time::Instant",
    "thread": "std::thread",
    "mpsc": "std::sync::mpsc",
    "PhantomData": "std::marker::PhantomData",
    "mem": "std::mem",
    "Add": "std::ops::Add",
    "Sub": "std::ops::Sub",
    "Mul": "std::ops::Mul",
    "Div": "std::ops::Div",
    "Neg": "std::ops::Neg",
    "Index": "std::ops::Index",
    "IndexMut": "std::ops::IndexMut",
    "Deref": "std::ops::Deref",
    "DerefMut": "std::ops::DerefMut",
    "Range": "std::ops::Range",
    "AddAssign": "std::ops::AddAssign",
    "Entry": "std::collections::hash_map::Entry",
    "Error": "std::error::Error",
    "Cow": "std::borrow::Cow",
    "Borrow": "std::borrow::Borrow",
    "Peekable": "std::iter::Peekable",
    "Chars": "std::str::Chars",
    "Write_": "std::fmt::Write",
    "AtomicUsize": "std::sync::atomic::AtomicUsize",
    "AtomicBool": "std::sync::atomic::AtomicBool",
    "Any": "std::any::Any",
    "TypeId": "std::any::TypeId",
    "Sum": "std::iter::Sum",
    "FromIterator": "std::iter::FromIterator",
    "ParseIntError": "std::num::ParseIntError",
    "NonZeroUsize": "std::num::NonZeroUsize",
    "Infallible": "std::convert::Infallible",
}
STD_METHODS = frozenset(
    {
        "len",
        "is_empty",
        "push",
        "pop",
        "insert",
        "remove",
        "get",
        "get_mut",
        "contains",
        "contains_key",
        "iter",
        "iter_mut",
        "into_iter",
        "map",
        "filter",
        "filter_map",
        "fold",
        "collect",
        "sum",
        "count",
        "enumerate",
        "zip",
        "chain",
        "rev",
        "skip",
        "take",
        "first",
        "last",
        "sort",
        "sort_by",
        "sort_by_key",
        "sort_unstable",
        "dedup",
        "retain",
        "extend",
        "clear",
        "clone",
        "to_string",
        "to_owned",
        "to_lowercase",
        "to_uppercase",
        "trim",
        "trim_start",
        "trim_end",
        "split",
        "split_whitespace",
        "lines",
        "chars",
        "bytes",
        "starts_with",
        "ends_with",
        "find",
        "replace",
        "parse",
        "unwrap",
        "unwrap_or",
        "unwrap_or_else",
        "unwrap_or_default",
        "expect",
        "ok_or",
        "ok_or_else",
        "map_err",
        "and_then",
        "or_else",
        "as_str",
        "as_ref",
        "as_mut",
        "as_deref",
        "is_some",
        "is_none",
        "is_ok",
        "is_err",
        "entry",
        "or_insert",
        "or_insert_with",
        "or_default",
        "keys",
        "values",
        "values_mut",
        "drain",
        "truncate",
        "split_off",
        "join",
        "concat",
        "windows",
        "chunks",
        "any",
        "all",
        "position",
        "max",
        "min",
        "max_by_key",
        "min_by_key",
        "peek",
        "next",
        "nth",
        "last_mut",
        "first_mut",
        "push_str",
        "push_back",
        "push_front",
        "pop_back",
        "pop_front",
        "front",
        "back",
        "swap",
        "reverse",
        "abs",
        "pow",
        "sqrt",
        "floor",
        "ceil",
        "round",
        "clamp",
        "checked_add",
        "checked_sub",
        "saturating_sub",
        "wrapping_add",
        "signum",
        "to_vec",
        "cloned",
        "copied",
        "flatten",
        "flat_map",
        "take_while",
        "skip_while",
        "step_by",
        "binary_search",
        "capacity",
        "with_capacity",
        "borrow",
        "borrow_mut",
        "lock",
        "read",
        "write",
        "format",
        "strip_prefix",
        "strip_suffix",
        "char_indices",
        "split_once",
        "rsplit_once",
        "is_digit",
        "is_alphabetic",
        "is_alphanumeric",
        "is_whitespace",
        "to_digit",
        "get_or_insert_with",
    }
)


NAMED = (ErrorClass.TRAIT, ErrorClass.UNRESOLVED)
_MEMBER_CODES = {"E0599", "E0609", "E0560", "E0610"}


def _missing(m: MoveContext) -> tuple[list[str], str] | None:
    """(the backticked names of the message, the name that is missing), or None."""
    if not m.in_crate or not (names := backticked(m.diagnostic.message)):
        return None
    if _not_an_iterator(m):
        return None
    missing = names[0].rsplit("::", 1)[-1]
    if m.diagnostic.code == "E0560" and len(names) >= 2:
        missing = names[-1]  # "struct `Entry` has no field named `proj`": the field
    if not re.fullmatch(r"[A-Za-z_]\w*", missing):
        return None
    return names, missing


def _not_an_iterator(m: MoveContext) -> bool:
    # `inv.count(sku)` after `count` was renamed: rustc reads it as Iterator::count
    return m.diagnostic.code == "E0599" and "is not an iterator" in m.diagnostic.message


class _Fix(NamedTuple):
    """A fix of an import path, before it is a candidate (`renamed` asks whether any exist)."""

    intent: str
    edits: list[TextEdit]
    variant: str
    lower: float = 0.0


def _import_fixes(m: MoveContext) -> list[_Fix]:
    if m.diagnostic.code != "E0432" or (found := m.once(_missing)) is None:
        return []
    return list(_fix_import_path(m, found[0][0]))


@move(
    "fix-import-path",
    example="examples/suite/unresolved/03-inventory-module-path",
    codes=("E0432",),
    classes=NAMED,
    prior=0.5,
    variants={"fix-import-path": 0.5, "typo": 0.5},
    doc="An unresolved import of an item the crate defines elsewhere: import it from where it "
    "is (fix-import-path), or correct a misspelt segment of the path (typo).",
)
def fix_import_path(m: MoveContext) -> Iterator[Candidate]:
    for fix in m.once(_import_fixes):
        yield m.candidate(fix.intent, fix.edits, variant=fix.variant, lower=fix.lower)


@move(
    "add-use",
    example="examples/suite/visibility/12-cache-stats-mixed",
    classes=NAMED,
    prior=0.5,
    doc="A name that is not in scope but defined in the crate or std: `use` it, after the "
    "module's existing `use` lines.",
)
def add_use_move(m: MoveContext) -> Iterator[Candidate]:
    found = m.once(_missing)
    if (
        found is not None
        and m.diagnostic.code != "E0432"
        and m.diagnostic.code not in _MEMBER_CODES
    ):
        yield from _import(m, found[1])


@move(
    "typo",
    example="examples/suite/visibility/12-cache-stats-mixed",
    classes=NAMED,
    prior=0.5,
    doc="A name within a typo's distance of one in scope (a local, an item, or a field or method "
    "of the type for E0599/E0609/E0560/E0610): use that name, closest first.",
)
def typo(m: MoveContext) -> Iterator[Candidate]:
    found = m.once(_missing)
    if found is None or m.diagnostic.code == "E0432":
        return
    member = m.diagnostic.code in _MEMBER_CODES
    yield from _typo(m, found[1], _member_pool(m) if member else _name_pool(m))


@move(
    "renamed",
    example="examples/suite/visibility/12-cache-stats-mixed",
    classes=NAMED,
    prior=0.2,
    variants={"renamed": 0.2, "renamed" + GUESS_SUFFIX: 0.05, "renamed-everywhere": 0.3},
    doc="The item was renamed: offer the crate's items of the right kind, best fitting first "
    "(renamed; a name with no evidence is a guess, renamed-guess, green only when a test "
    "confirms it), renaming every mention in the file at once when there is evidence "
    "(renamed-everywhere). Ranked below every typo.",
)
def renamed(m: MoveContext) -> Iterator[Candidate]:
    if _not_an_iterator(m) and m.in_crate and (names := backticked(m.diagnostic.message)):
        method = m.context.span_text(m.diagnostic.primary).strip()
        if re.fullmatch(r"[a-z_]\w*", method):
            yield from _renamed(m, method, kinds=("method",), owner=base_type(names[0]))
        return
    found = m.once(_missing)
    if found is None or (m.diagnostic.code == "E0432" and m.once(_import_fixes)):
        return
    yield from _renamed(m, found[1])


# What a missing name must be, read from the message, and the symbol kinds that can stand in.
_RENAME_KINDS = [
    (r"no field|has no field named|unknown field", ("field",)),
    (r"no method named|no function or associated item", ("method",)),
    (r"no variant", ("variant",)),
    (r"cannot find function", ("fn",)),
    (r"cannot find (?:struct|type)|struct, variant or union", ("struct", "enum", "type")),
    (r"cannot find trait", ("trait",)),
    (r"cannot find tuple struct or tuple variant|unit struct", ("variant", "struct")),
    (r"cannot find macro", ("macro",)),
    (r"unresolved import", ("struct", "enum", "trait", "fn", "const", "static", "type", "mod")),
]


def _renamed(
    m: MoveContext,
    missing: str,
    kinds: tuple[str, ...] = (),
    owner: str | None = None,
) -> Iterator[Candidate]:
    """The item was probably renamed. Offer the crate's items of the right kind (on the right
    type, for fields and methods; in the right module for `module::name`), best fitting first:
    an enum that has the variants the code names, a struct with the fields a literal sets,
    then the most similar name. The tests decide."""
    context, diagnostic = m.context, m.diagnostic
    kinds = kinds or next(
        (k for pattern, k in _RENAME_KINDS if re.search(pattern, diagnostic.message)), ()
    )
    if not kinds:
        return
    if owner is None:
        owner_match = re.search(r"(?:type|struct|enum|variant) `([^`]+)`", diagnostic.message)
        owner = base_type(owner_match.group(1)) if owner_match else ""
    module = re.search(r"in module `(?:crate::)?([\w:]+)`", diagnostic.message)
    pool = {
        s.name
        for s in context.symbols.symbols
        if s.kind in kinds
        and (not owner or s.kind not in {"field", "method"} or s.owner == owner)
        and (module is None or s.module.endswith(module.group(1)))
    }
    pool.discard(missing)
    if not pool or len(pool) > 12:
        return
    span = diagnostic.primary
    text_of_file = context.text(span.file)
    fields = _literal_fields(context, span.file, context.span_chars(span)[1])
    used_variants = set(re.findall(rf"\b{re.escape(missing)}::(\w+)", text_of_file))
    pool.discard("main")  # nothing calls `main`: renaming a call to it recurses forever
    plausible = {
        n
        for n in pool
        if _plausible_rename(
            context,
            missing,
            n,
            _variant_fit(context, n, used_variants) + _field_fit(context, n, fields),
        )
    }
    ranked = sorted(
        pool,
        key=lambda n: (
            n not in plausible,
            -_variant_fit(context, n, used_variants),
            -_field_fit(context, n, fields),
            -difflib.SequenceMatcher(a=missing, b=n).ratio(),
            n,  # the pool is a set: without a last key, ties would follow the hash seed
        ),
    )
    if not ranked:
        return
    if not set(kinds) & {"field", "method", "variant"}:
        # renaming every mention at once needs evidence; a single site may be a guess
        evidenced = [n for n in ranked if n in plausible]
        yield from _renamed_everywhere(m, missing, evidenced[:3])
    text = context.span_text(span)
    start, _ = context.span_chars(span)
    where = text.rfind(missing)
    if where < 0:
        return
    for rank, name in enumerate(ranked[:6]):
        # a name with no evidence of being the new one is a guess: only tests can confirm it
        suffix = "" if name in plausible else GUESS_SUFFIX
        yield m.candidate(
            f"`{missing}` does not exist: perhaps it was renamed to `{name}`",
            [context.edit(span.file, start + where, start + where + len(missing), name)],
            variant=f"renamed{suffix}",
            prior=(0.2 if name in plausible else 0.05) - 0.02 * rank,
        )


def _plausible_rename(context: ProposalContext, missing: str, name: str, fit: int) -> bool:
    """Is `name` plausibly what `missing` was renamed to? It compiling is no evidence: any
    function of the right arity compiles (a call renamed to `main` makes `main` recurse
    forever). Evidence is a structural fit (the variants or fields the code names), a
    similar spelling or a shared word (`load_cfg` → `load_config`), or a name the crate
    defines but never uses, as a renamed item is left once its uses broke."""
    if name == "main":
        return False
    if fit > 0 or similar_names(missing, [name]) or _shared_word(missing, name):
        return True
    if difflib.SequenceMatcher(a=missing.lower(), b=name.lower()).ratio() >= 0.6:
        return True
    return not _used_anywhere(context, name)


def _words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()
    return {word for word in spaced.split("_") if len(word) >= 3}


def _shared_word(a: str, b: str) -> bool:
    return bool(_words(a) & _words(b))


def _used_anywhere(context: ProposalContext, name: str) -> bool:
    """Whether any file of the crate uses `name` other than where it is defined or set: a
    call `name(`, a method call or field read `.name`, a path `name::` or `::name`, or a
    mention as a type."""
    word = re.escape(name)
    definition = re.compile(
        rf"\b(?:fn|struct|enum|trait|type|const|static|mod|macro_rules!)\s+{word}\b"
        rf"|\b{word}\s*:(?!:)"  # a field declared or set in a literal
    )
    mention = re.compile(rf"(?<![\w\"']){word}\b")
    for file in context.files:
        text = context.text(file)
        mentions = len(mention.findall(text))
        if mentions > len(definition.findall(text)):
            return True
    return False


def _variant_fit(context: ProposalContext, name: str, used: set[str]) -> int:
    """How many of the variants the code names (`Old::Paid`) the enum `name` has."""
    if not used:
        return 0
    variants = {s.name for s in context.symbols.symbols if s.kind == "variant" and s.owner == name}
    return len(used & variants)


def _renamed_everywhere(m: MoveContext, missing: str, ranked: list[str]) -> Iterator[Candidate]:
    """A renamed type or function is usually named many times in the file that lost it:
    rename every mention at once (and import the new name when it lives elsewhere), instead of
    one step per mention."""
    context, diagnostic = m.context, m.diagnostic
    file = diagnostic.primary.file
    text = context.text(file)
    mentions = [m for m in re.finditer(rf"(?<![\w\"']){re.escape(missing)}\b", text)]
    if len(mentions) < 2:
        return
    for rank, name in enumerate(ranked):
        edits = [context.edit(file, m.start(), m.end(), name) for m in mentions]
        symbol = next(
            (
                s
                for s in context.symbols.named(name)
                if s.kind in {"struct", "enum", "trait", "type", "fn"}
            ),
            None,
        )
        if (
            symbol is not None
            and symbol.file != file
            and not re.search(rf"\b{re.escape(name)}\b", text)
        ):
            edits.append(add_use(context, file, f"{symbol.module}::{name}", mentions[0].start()))
        yield m.candidate(
            f"`{missing}` was renamed to `{name}`: rename its {len(mentions)} mentions here",
            edits,
            variant="renamed-everywhere",
            lower=0.03 * rank,
        )


def _member_pool(m: MoveContext) -> set[str]:
    context, diagnostic = m.context, m.diagnostic
    owner_match = re.search(r"(?:type|struct|enum|variant) `([^`]+)`", diagnostic.message)
    owner = base_type(owner_match.group(1)) if owner_match else ""
    symbols = context.symbols.symbols
    if diagnostic.code in {"E0609", "E0560"}:
        pool = {s.name for s in symbols if s.kind == "field" and (s.owner == owner or not owner)}
        return pool or {s.name for s in symbols if s.kind == "field"}
    pool = {s.name for s in symbols if s.kind == "method" and (s.owner == owner or not owner)}
    pool |= {s.name for s in symbols if s.kind in {"variant", "method", "fn"}}
    return pool | set(STD_METHODS)


def _name_pool(m: MoveContext) -> set[str]:
    context, diagnostic = m.context, m.diagnostic
    return (
        identifiers(context, [diagnostic.primary.file]) | context.symbols.names() | set(STD_ITEMS)
    )


def _typo(m: MoveContext, missing: str, pool: set[str]) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    text = context.span_text(span)
    start, end = context.span_chars(span)
    where = text.rfind(missing)
    if where < 0:
        return
    for rank, name in enumerate(similar_names(missing, pool)):
        yield m.candidate(
            f"`{missing}` looks like a typo of `{name}`",
            [context.edit(span.file, start + where, start + where + len(missing), name)],
            lower=0.1 * rank,
        )


def _literal_fields(context: ProposalContext, file: str, end: int) -> set[str]:
    """`Name { a, b: x }` → {a, b}: the field names of a struct literal right after `end`."""
    text = context.text(file)
    match = re.match(r"\s*\{([^{}]*)\}", text[end:])
    if not match:
        return set()
    return set(re.findall(r"(?:^|,)\s*([a-z_]\w*)\s*(?=[:,]|$)", match.group(1).strip()))


def _field_fit(context: ProposalContext, struct: str, fields: set[str]) -> int:
    if not fields:
        return 0
    owned = {s.name for s in context.symbols.symbols if s.kind == "field" and s.owner == struct}
    return len(fields & owned) - len(fields - owned)


def _import(m: MoveContext, missing: str) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    at, _ = context.span_chars(span)
    paths = []
    for symbol in context.symbols.named(missing):
        if symbol.kind in {"field", "method", "variant"}:
            continue
        paths.append(f"{symbol.module}::{symbol.name}")
    for symbol in context.symbols.named(missing, ["variant"]):
        enum = context.symbols.named(symbol.owner, ["enum"])
        if enum:
            paths.append(f"{enum[0].module}::{symbol.owner}::{symbol.name}")
    if missing in STD_ITEMS:
        paths.append(STD_ITEMS[missing])
    for path in dict.fromkeys(paths):
        yield m.candidate(f"import `{path}`", [add_use(context, span.file, path, at)])


def _fix_import_path(m: MoveContext, path: str) -> Iterator[_Fix]:
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    text = context.span_text(span)
    start, end = context.span_chars(span)
    last = path.rsplit("::", 1)[-1]
    defined = [s for s in context.symbols.named(last) if s.kind not in {"field", "method"}]
    whole = context.text(span.file)
    line_at = whole.rfind("\n", 0, start) + 1
    line_end = whole.find("\n", end) if "\n" in whole[end:] else len(whole)
    for symbol in defined[:3]:
        new_path = f"{symbol.module}::{symbol.name}"
        if text.endswith(path) or text == path:
            yield _Fix(
                f"import from `{new_path}`",
                [context.edit(span.file, start, end, text.replace(path, new_path))],
                variant="fix-import-path",
            )
        elif text == last and path in whole[line_at:line_end] and path != new_path:
            # the span is the segment rustc could not find (`units` of `super::units`): the
            # module exists, the path to it is wrong (code moved one module deeper)
            at = whole.index(path, line_at)
            yield _Fix(
                f"import from `{new_path}`",
                [context.edit(span.file, at, at + len(path), new_path)],
                variant="fix-import-path",
            )
    segments = path.split("::")
    modules = context.symbols.names(["mod"]) | context.symbols.names()
    for index, segment in enumerate(segments):
        for name in similar_names(segment, modules, limit=2):
            fixed = "::".join([*segments[:index], name, *segments[index + 1 :]])
            if text == segment:  # the span is just the segment rustc could not find
                yield _Fix(
                    f"import `{fixed}`",
                    [context.edit(span.file, start, end, name)],
                    variant="typo",
                )
            elif path in text:
                yield _Fix(
                    f"import `{fixed}`",
                    [context.edit(span.file, start, end, text.replace(path, fixed))],
                    variant="typo",
                    lower=0.05,
                )


VISIBILITY = (ErrorClass.VISIBILITY,)


@move(
    "make-pub",
    example="examples/suite/visibility/12-cache-stats-mixed",
    classes=VISIBILITY,
    prior=0.5,
    variants={"make-pub": 0.5, "make-pub-crate": 0.4},
    doc="A private item used from outside its module: make it `pub` (make-pub) or `pub(crate)` "
    "(make-pub-crate) where it is defined, or widen its `pub(...)`.",
)
def make_pub(m: MoveContext) -> Iterator[Candidate]:
    context, diagnostic = m.context, m.diagnostic
    names = backticked(diagnostic.message)
    if not names:
        return
    name = names[0].rsplit("::", 1)[-1]
    kinds = {"E0616": ["field"], "E0451": ["field"], "E0624": ["method", "fn"]}.get(
        diagnostic.code, ["fn", "struct", "enum", "trait", "const", "static", "type", "mod"]
    )
    owner = base_type(names[1]) if len(names) > 1 and diagnostic.code == "E0616" else ""
    symbols = [s for s in context.symbols.named(name, kinds) if not owner or s.owner == owner]
    for symbol in symbols[:3]:
        if symbol.is_pub and diagnostic.code not in {"E0603"}:
            continue
        for visibility, prior in (("pub", 0.5), ("pub(crate)", 0.4)):
            yield m.candidate(
                f"make `{name}` {visibility} where it is defined ({symbol.file})",
                [make_public(context, symbol, visibility)],
                variant=f"make-{visibility.replace('(', '-').rstrip(')')}",
                prior=prior,
            )


@move(
    "use-getter",
    example="examples/suite/visibility/01-sensor-reading-getter",
    codes=("E0616",),
    classes=VISIBILITY,
    prior=0.5,
    doc="`x.field` of a private field → `x.field()` when a method of that name exists.",
)
def use_getter(m: MoveContext) -> Iterator[Candidate]:
    if m.in_crate and (names := backticked(m.diagnostic.message)):
        yield from _getter(m, names[0].rsplit("::", 1)[-1])


@move(
    "use-constructor",
    example="examples/suite/visibility/04-selection-rect-literal",
    codes=("E0451",),
    classes=VISIBILITY,
    prior=0.5,
    doc="`Rect { x, y, w, h }` with private fields → `Rect::new(x, y, w, h)` when the type has a "
    "constructor taking those fields (by name, else by count and order).",
)
def use_constructor(m: MoveContext) -> Iterator[Candidate]:
    if m.in_crate:
        yield from _constructor(m)


def _getter(m: MoveContext, field: str) -> Iterator[Candidate]:
    """`x.field` → `x.field()` when a method of that name exists."""
    context, diagnostic = m.context, m.diagnostic
    if not context.symbols.named(field, ["method"]):
        return
    span = diagnostic.primary
    _, end = context.span_chars(span)
    yield m.candidate(f"call the getter `{field}()`", [context.insert(span.file, end, "()")])


def _constructor(m: MoveContext) -> Iterator[Candidate]:
    """`Rect { x, y, w, h }` with private fields → `Rect::new(x, y, w, h)` when the type has a
    constructor taking those fields (by name, else by count and order)."""
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    literal = re.compile(r"([A-Z]\w*)\s*\{([^{}]*)\}")
    match = literal.match(text, start) or next(
        (m for m in literal.finditer(text, max(0, start - 80), start + 400) if m.end() > start),
        None,
    )
    if match is None:
        return
    struct, body = match.group(1), match.group(2)
    fields: dict[str, str] = {}
    for part in (p.strip() for p in body.split(",") if p.strip()):
        key, _, value = part.partition(":")
        fields[key.strip()] = value.strip() or key.strip()
    for constructor in ("new", "from_parts", "with"):
        symbols = [s for s in context.symbols.named(constructor, ["method"]) if s.owner == struct]
        if not symbols:
            continue
        source = context.text(symbols[0].file)
        signature = re.match(
            r"fn\s+\w+\s*(?:<[^>]*>)?\s*\(([^)]*)\)", source[symbols[0].keyword_at :]
        )
        if not signature:
            continue
        params = [p.split(":")[0].strip() for p in signature.group(1).split(",") if ":" in p]
        if set(params) == set(fields):
            arguments = [fields[p] for p in params]
        elif len(params) == len(fields):
            arguments = list(fields.values())
        else:
            continue
        yield m.candidate(
            f"build `{struct}` through `{struct}::{constructor}`",
            [
                context.edit(
                    span.file,
                    match.start(),
                    match.end(),
                    f"{struct}::{constructor}({', '.join(arguments)})",
                )
            ],
        )
        return
