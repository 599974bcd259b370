"""Moves for lifetime errors beyond rustc's own suggestions (E0515, E0106, E0597).

rustc's suggestions cover most lifetime annotations (`<'a>`, `&'a T`, `+ '_`, `T: 'static`);
these moves add the two rewrites it does not offer: return an owned value instead of a
reference to a local, and annotate every reference of a signature with one named lifetime.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, candidate
from rusta.types import Candidate, Diagnostic

_OWNED = [
    (r"&(?:'\w+\s+)?str\b", "String"),
    (r"&(?:'\w+\s+)?\[([^\]]+)\]", r"Vec<\1>"),
    (r"&(?:'\w+\s+)?(?:mut\s+)?([A-Z]\w*(?:<[^>]*>)?)", r"\1"),
]


def propose(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    if diagnostic.code == "E0515":
        yield from _return_owned(context, diagnostic)
    if diagnostic.code == "E0106":
        yield from _one_lifetime(context, diagnostic)


def _enclosing_signature(text: str, at: int) -> re.Match[str] | None:
    found = None
    for match in re.finditer(
        r"\bfn\s+\w+\s*(<[^>{]*>)?\s*\(([^{]*?)\)\s*(->\s*([^{]+?))?\s*"
        r"(where[^{]*)?\{",
        text[:at],
    ):
        found = match
    return found


def _return_owned(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
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
        if value != expression:
            edits.append(context.edit(file, start, end, value))
        yield candidate(
            f"{diagnostic.code}/return-owned",
            f"return an owned `{new_type.strip()}` instead of a reference to a local",
            edits,
            0.35,
            diagnostic,
        )
        return


def _one_lifetime(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """`fn f(a: &str, b: &str) -> &str` → one `'a` on every reference of the signature."""
    file = diagnostic.primary.file
    text = context.text(file)
    start, _ = context.span_chars(diagnostic.primary)
    signature = _enclosing_signature(text, start + 1)
    if signature is None or signature.end() < start:
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
    yield candidate(
        f"{diagnostic.code}/one-lifetime",
        "tie every reference to one lifetime `'a`",
        [context.edit(file, signature.start(), signature.end(), new_head)],
        0.3,
        diagnostic,
    )
