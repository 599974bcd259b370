"""Moves for parse errors: insert the token the parser expected, remove a stray one, and
balance delimiters by the code's indentation (not only where rustc's hint points).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from rusta.proposers.moves.registry import MoveContext, move
from rusta.tools.source import CLOSERS, OPENERS, Token, indentation, line_start, tokenize
from rusta.types import Candidate, ErrorClass

_INSERTABLE = [";", ",", ")", "]", "}", "=>", "=", ">", ":", "::", "{", "("]
_NAMES = {
    ";": "semicolon",
    ",": "comma",
    ")": "paren",
    "]": "bracket",
    "}": "brace",
    "=>": "fat-arrow",
    "=": "equals",
    ">": "angle",
    ":": "colon",
    "::": "path-sep",
    "{": "open-brace",
    "(": "open-paren",
}
PARSE = (ErrorClass.SYNTAX, ErrorClass.OTHER)
_INSERT = {f"insert-{name}": 0.5 for name in _NAMES.values()}
_INSERT_EARLIER = {f"insert-{_NAMES[c]}-earlier": 0.3 for c in (">", ")", "]")}
_REPLACE = {f"replace-with-{name}": 0.4 for name in _NAMES.values()}


@move(
    "insert-token",
    example="examples/suite/syntax/10-inverted-index-generic-angle",
    classes=PARSE,
    prefix="syntax",
    prior=0.5,
    variants={**_INSERT, **_INSERT_EARLIER},
    doc="`expected one of `,`, `;` ..., found X`: insert each expected token after the "
    "previous token (insert-semicolon, insert-comma, ...), or a closer `>`/`)`/`]` earlier "
    "on the line where the line's brackets balance (insert-angle-earlier, ...).",
)
def _expected_token(m: MoveContext) -> Iterator[Candidate]:
    """`expected one of `,`, `;` ..., found X`: insert each after the previous token."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    match = re.match(r"expected (?:one of )?(.*?), found", diagnostic.message)
    if not match:
        return
    expected = re.findall(r"`([^`]+)`", match.group(1))
    text = context.text(span.file)
    start, _ = context.span_chars(span)
    previous_end = len(text[:start].rstrip())
    rank = 0
    for token in _INSERTABLE:
        if token not in expected:
            continue
        for at in dict.fromkeys((previous_end, start)):
            yield m.candidate(
                f"insert the missing `{token}`",
                [context.insert(span.file, at, token)],
                variant=f"insert-{_name(token)}",
                lower=0.05 * rank,
            )
        rank += 1
    for token in (">", ")", "]"):
        if token in expected:
            for distance, at in enumerate(_boundaries_before(text, previous_end)):
                # where the line's brackets balance and a type or argument list ends, the
                # closer most likely belongs: `HashMap<String, BTreeSet<usize>| = ..`
                segment = text[line_start(text, at) : at]
                others = [c for c in (">", ")", "]") if c != token]
                balances = (
                    _open_depth(segment, token) == 1
                    and all(_open_depth(segment, c) == 0 for c in others)
                    and re.match(r"\s*(=[^=>]|[;{,)\]])", text[at:])
                )
                yield m.candidate(
                    f"close with `{token}` earlier on the line",
                    [context.insert(span.file, at, token)],
                    variant=f"insert-{_name(token)}-earlier",
                    prior=0.55 if balances else 0.3 - 0.03 * distance,
                )


def _open_depth(segment: str, closer: str) -> int:
    """Unclosed openers of `closer`'s kind in `segment` (arrows and comparisons ignored)."""
    opener = {">": "<", ")": "(", "]": "["}[closer]
    if closer == ">":
        segment = re.sub(r"->|=>|>=|<=|<<|>>", "", segment)
    return segment.count(opener) - segment.count(closer)


def _boundaries_before(text: str, position: int, limit: int = 6) -> list[int]:
    """Ends of the tokens on the line before `position`, nearest first: where a closer that
    the parser missed could have belonged."""
    begin = line_start(text, position)
    ends = [begin + t.end for t in tokenize(text[begin:position]) if t.kind != "comment"]
    return [e for e in reversed(ends[:-1]) if text[e : e + 1] in " ,;=)]>"][:limit]


@move(
    "replace-found",
    example="examples/suite/syntax/10-inverted-index-generic-angle",
    classes=PARSE,
    prefix="syntax",
    prior=0.4,
    variants={**_REPLACE, "delete-stray": 0.3},
    doc="`->` where `=>` belongs, `:` where `::` belongs: write the expected token instead "
    "(replace-with-fat-arrow, ...), or delete a stray one (delete-stray).",
)
def _replace_found(m: MoveContext) -> Iterator[Candidate]:
    """`->` where `=>` belongs, `:` where `::` belongs, a stray token: replace or delete it."""
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    span = diagnostic.primary
    found = re.search(r"found `([^`]+)`", diagnostic.message)
    expected = re.findall(r"`([^`]+)`", diagnostic.message.split(", found")[0])
    start, end = context.span_chars(span)
    text = context.span_text(span)
    if not found or text != found.group(1):
        return
    for token in expected:
        if token in _INSERTABLE and token != text and len(text) <= 3:
            yield m.candidate(
                f"write `{token}`, not `{text}`",
                [context.edit(span.file, start, end, token)],
                variant=f"replace-with-{_name(token)}",
            )
    if len(text) <= 2 and not text.isalnum():
        yield m.candidate(
            f"remove the stray `{text}`",
            [context.edit(span.file, start, end, "")],
            variant="delete-stray",
        )


def _name(token: str) -> str:
    return _NAMES.get(token, "token")


@move(
    "balance-delimiters",
    example="examples/suite/syntax/02-csv-column-unclosed-paren",
    classes=PARSE,
    prefix="syntax",
    prior=0.4,
    doc="Unclosed or mismatched delimiters: close the opener at its indentation, before the "
    "next item, at the end of its line, or remove the unmatched closer, reading the code's "
    "indentation (not only where rustc's hint points).",
)
def _balance(m: MoveContext) -> Iterator[Candidate]:
    if not m.in_crate:
        return
    context, diagnostic = m.context, m.diagnostic
    if not re.search(
        r"delimiter|unclosed|unexpected closing|expected one of .*[)}\]]", diagnostic.message
    ):
        return
    file = diagnostic.primary.file
    text = context.text(file)
    tokens = [
        t for t in tokenize(text) if t.kind == "punct" and (t.text in OPENERS or t.text in CLOSERS)
    ]
    edits = itertools.islice(_balance_edits(text, tokens), 10)
    for yielded, (start, replacement, why) in enumerate(edits):
        end = start + (len(replacement[1]) if isinstance(replacement, tuple) else 0)
        new = replacement[0] if isinstance(replacement, tuple) else replacement
        yield m.candidate(
            why,
            [context.edit(file, start, end, new)],
            lower=0.05 * min(yielded, 4),
        )


def _balance_edits(text: str, tokens: list[Token]) -> Iterator[tuple[int, object, str]]:
    stack: list[Token] = []
    for token in tokens:
        if token.text in OPENERS:
            stack.append(token)
            continue
        if not stack:
            yield token.start, ("", token.text), f"remove the unmatched `{token.text}`"
            return
        opener = stack.pop()
        if OPENERS[opener.text] != token.text:
            yield from _close_before(text, opener, token)
            yield (
                token.start,
                (OPENERS[opener.text], token.text),
                f"close `{opener.text}` with `{OPENERS[opener.text]}`",
            )
            yield token.start, ("", token.text), f"remove the unmatched `{token.text}`"
            return
        if (
            token.text == "}"
            and _first_on_line(text, token)
            and _line_indent(text, token.start) < _line_indent(text, opener.start)
        ):
            # a `}` less indented than its `{`: an inner block lost its closer above
            yield from _close_before(text, opener, token)
        if (
            token.text == "}"
            and _first_on_line(text, token)
            and _line_indent(text, token.start) > _line_indent(text, opener.start)
        ):
            yield token.start, ("", "}"), "remove the extra `}`"
    for opener in reversed(stack):
        yield from _close_after(text, opener)
        return


def _close_before(text: str, opener: Token, closer: Token) -> Iterator[tuple[int, object, str]]:
    """Insert the opener's closer on its own line, at the opener's indentation, before `closer`,
    or at the end of the opener's line for `(` and `[`."""
    want = OPENERS[opener.text]
    if want == "}":
        at = line_start(text, closer.start)
        indent = " " * _line_indent(text, opener.start)
        yield at, f"{indent}}}\n", "close the `{` opened on its line at its indentation"
    else:
        yield from _close_on_line(text, opener)


def _close_after(text: str, opener: Token) -> Iterator[tuple[int, object, str]]:
    want = OPENERS[opener.text]
    if want != "}":
        yield from _close_on_line(text, opener)
        return
    indent = _line_indent(text, opener.start)
    position = text.find("\n", opener.start) + 1
    while 0 < position < len(text):
        line_end = text.find("\n", position)
        line = text[position : line_end if line_end >= 0 else len(text)]
        if line.strip() and indentation(line) <= indent and not line.strip().startswith("}"):
            yield position, " " * indent + "}\n", "close the `{` before the next item"
            break
        position = line_end + 1 if line_end >= 0 else len(text)
    yield len(text), "\n" + " " * indent + "}\n", "close the `{` at the end of the file"


def _close_on_line(text: str, opener: Token) -> Iterator[tuple[int, object, str]]:
    want = OPENERS[opener.text]
    line_end = text.find("\n", opener.start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[opener.start : line_end]
    body = line.rstrip()
    stop = len(body)
    for suffix in (";", " {", "{", ",", "?;", "?"):
        if body.endswith(suffix):
            stop = len(body) - len(suffix)
            break
    yield opener.start + stop, want, f"close `{opener.text}` before the end of its line"
    if stop != len(body):
        yield opener.start + len(body), want, f"close `{opener.text}` at the end of its line"
    for hit in re.finditer(r"[;,)\]]| [-+*/%]=? | (?:==|!=|<=|>=|&&|\|\|) ", line[1:]):
        at = opener.start + 1 + hit.start()
        if at < opener.start + stop:
            yield at, want, f"close `{opener.text}` before `{hit.group(0).strip()}`"


def _first_on_line(text: str, token: Token) -> bool:
    return not text[line_start(text, token.start) : token.start].strip()


def _line_indent(text: str, index: int) -> int:
    begin = line_start(text, index)
    end = text.find("\n", begin)
    return indentation(text[begin : end if end >= 0 else len(text)])
