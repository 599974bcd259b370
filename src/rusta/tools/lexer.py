"""A small, forgiving Rust lexer: enough to balance delimiters and find items and names.

It never fails: unknown characters become single-character punctuation, an unterminated
string or comment runs to the end of the file. Offsets are code-point indices into the text.
Read it through `rusta.tools.source`, which re-exports it beside the parsed `SourceFile`: the
lexer serves where no structure is needed (tokens, delimiters) and as the fallback for files
tree-sitter cannot parse cleanly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_IDENT = re.compile(r"(?:r#)?[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?[A-Za-z0-9_]*|0x[0-9a-fA-F_]+\w*")
_LIFETIME = re.compile(r"'[A-Za-z_][A-Za-z0-9_]*(?!')")
_CHAR = re.compile(r"b?'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'")
_RAW_STRING = re.compile(r'b?r(#*)"')
_PUNCT3 = ("..=", "...", "<<=", ">>=")
_PUNCT2 = (
    "::",
    "->",
    "=>",
    "==",
    "!=",
    "<=",
    ">=",
    "&&",
    "||",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "^=",
    "&=",
    "|=",
    "<<",
    ">>",
    "..",
)
OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {v: k for k, v in OPENERS.items()}


@dataclass(frozen=True)
class Token:
    kind: str  # ident | lifetime | string | char | number | punct | comment
    text: str
    start: int
    end: int


def tokenize(text: str, keep_comments: bool = False) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        end, kind = _scan(text, i)
        if kind != "comment" or keep_comments:
            tokens.append(Token(kind, text[i:end], i, end))
        i = end
    return tokens


def _scan(text: str, i: int) -> tuple[int, str]:
    c = text[i]
    rest2 = text[i : i + 2]
    if rest2 == "//":
        end = text.find("\n", i)
        return (len(text) if end < 0 else end), "comment"
    if rest2 == "/*":
        return _block_comment_end(text, i), "comment"
    if match := _RAW_STRING.match(text, i):
        closing = '"' + match.group(1)
        end = text.find(closing, match.end())
        return (len(text) if end < 0 else end + len(closing)), "string"
    if c == '"' or (c == "b" and text[i + 1 : i + 2] == '"'):
        return _string_end(text, i + (2 if c == "b" else 1)), "string"
    if c == "'" or (c == "b" and text[i + 1 : i + 2] == "'"):
        if match := _CHAR.match(text, i):
            return match.end(), "char"
        if match := _LIFETIME.match(text, i):
            return match.end(), "lifetime"
        return i + 1, "punct"
    if match := _IDENT.match(text, i):
        return match.end(), "ident"
    if c.isdigit() and (match := _NUMBER.match(text, i)):
        return match.end(), "number"
    for group in (_PUNCT3, _PUNCT2):
        for punct in group:
            if text.startswith(punct, i):
                return i + len(punct), "punct"
    return i + 1, "punct"


def _block_comment_end(text: str, i: int) -> int:
    depth, j = 0, i
    while j < len(text):
        if text.startswith("/*", j):
            depth += 1
            j += 2
        elif text.startswith("*/", j):
            depth -= 1
            j += 2
            if depth == 0:
                return j
        else:
            j += 1
    return len(text)


def _string_end(text: str, j: int) -> int:
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text[j] == '"':
            return j + 1
        else:
            j += 1
    return len(text)


@dataclass(frozen=True)
class Imbalance:
    """The first delimiter problem: an unmatched closer, or an opener never closed."""

    kind: str  # "unclosed" | "unexpected" | "mismatched"
    token: Token
    expected: str = ""  # for mismatched/unclosed: the closer that was due


def find_imbalance(text: str) -> Imbalance | None:
    stack: list[Token] = []
    for token in tokenize(text):
        if token.kind != "punct":
            continue
        if token.text in OPENERS:
            stack.append(token)
        elif token.text in CLOSERS:
            if not stack:
                return Imbalance("unexpected", token)
            opener = stack.pop()
            if OPENERS[opener.text] != token.text:
                return Imbalance("mismatched", token, OPENERS[opener.text])
    if stack:
        return Imbalance("unclosed", stack[-1], OPENERS[stack[-1].text])
    return None


def line_of(text: str, index: int) -> int:
    """1-based line number of a code-point index."""
    return text.count("\n", 0, index) + 1


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def matching_close(text: str, open_at: int) -> int:
    """Index of the delimiter that closes the one at `open_at` (strings, chars and comments
    skipped), or -1 when it is never closed."""
    if open_at < 0 or open_at >= len(text) or text[open_at] not in OPENERS:
        return -1
    opener, closer = text[open_at], OPENERS[text[open_at]]
    depth = 0
    for token in tokenize(text[open_at:]):
        if token.kind != "punct":
            continue
        if token.text == opener:
            depth += 1
        elif token.text == closer:
            depth -= 1
            if depth == 0:
                return open_at + token.start
    return -1
