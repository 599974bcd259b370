"""Code from intent (issue 14): the TODOs of a crate that compiles, as problems for a model.

A `// TODO: ...` comment, or a `todo!()` / `unimplemented!()` that no test reaches, is work
the developer wrote down and did not do. With a model plugged in, each one is a Diagnostic
(code `todo`, class logic) so the search, the model's item tasks and `check` read it like
any other problem: its primary span is the marker, its message says what the TODO asks
("TODO in `fn main`: create an array `a` with at least 100 elements"), and the comment's
continuation lines are its children. The message names the item, not the line, so it stays
the same while an answer moves the code around it.

Test code is never a task (a test's TODO is the test author's), and neither is a TODO in a
file outside the crate's sources. A task is done when its marker is gone *and* the code
changed (deleting the comment is not doing the work): see `only_comments_changed`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rusta.tools.lexer import Token, tokenize
from rusta.tools.source import Item, SourceFile, source_of
from rusta.types import TODO_CODE, Diagnostic, ErrorClass, Level, Span

_COMMENT_TODO = re.compile(r"^(?://[/!]?|/\*+!?)\s*TODO\b[:\s-]*(.*)", re.S)
_PLACEHOLDERS = ("todo", "unimplemented")
_SOURCE_DIRS = ("tests/", "benches/", "examples/")


@dataclass(frozen=True)
class Todo:
    file: str
    start: int  # code points: the marker (the comment with its continuation lines, or the
    end: int  # macro's name to its closing parenthesis)
    what: str  # what it asks for, one line ("" for a bare `todo!()`)
    detail: tuple[str, ...]  # the comment's continuation lines
    owner: str  # the enclosing item ("fn main", "impl Stack"), "" at module level
    macro: str  # "todo!()" or "unimplemented!()" for a placeholder, "" for a comment


def todos(files: Sequence[str], read: Callable[[str], str]) -> list[Todo]:
    """Every TODO outside test code, in file order."""
    found: list[Todo] = []
    for name in files:
        if not name.endswith(".rs") or name.startswith(_SOURCE_DIRS):
            continue
        try:
            text = read(name)
        except FileNotFoundError:
            continue
        if "TODO" not in text and "todo!" not in text and "unimplemented!" not in text:
            continue
        found += _todos_of(name, source_of(text))
    return found


def todo_diagnostics(files: Sequence[str], read: Callable[[str], str]) -> list[Diagnostic]:
    return [diagnostic(todo, read(todo.file)) for todo in todos(files, read)]


def diagnostic(todo: Todo, text: str) -> Diagnostic:
    source = source_of(text)
    line, column = source.line_col(todo.start)
    end_line, end_column = source.line_col(todo.end)
    where = f" in `{todo.owner}`" if todo.owner else ""
    if todo.macro:
        message = f"`{todo.macro}`{where} is not written yet" + (
            f": {todo.what}" if todo.what else ""
        )
    else:
        message = f"TODO{where}: {todo.what}" if todo.what else f"TODO{where}"
    span = Span(
        file=todo.file,
        byte_start=source.byte_of(todo.start),
        byte_end=source.byte_of(todo.end),
        line_start=line,
        line_end=end_line,
        column_start=column,
        column_end=end_column,
        is_primary=True,
        label="the work this asks for is not done yet",
        text=source.line_text(line),
    )
    rendered = f"error[{TODO_CODE}]: {message}\n --> {todo.file}:{line}:{column}\n"
    return Diagnostic(
        level=Level.ERROR,
        message=message,
        code=TODO_CODE,
        error_class=ErrorClass.LOGIC,
        spans=(span,),
        children=todo.detail,
        rendered=rendered,
    )


def only_comments_changed(old: str, new: str) -> bool:
    """The two texts hold the same code once comments are left out: a patch that only
    deletes a TODO comment has not done what it asked."""
    return [t.text for t in tokenize(old)] == [t.text for t in tokenize(new)]


# --- reading one file --------------------------------------------------------------------


def _todos_of(name: str, source: SourceFile) -> list[Todo]:
    found: list[Todo] = []
    tokens = tokenize(source.text, keep_comments=True)
    for index, token in enumerate(tokens):
        if token.kind == "comment":
            marker = _COMMENT_TODO.match(token.text)
            if marker is None or _in_tests(name, source, token.start):
                continue
            what, detail, end = _comment_text(source.text, marker.group(1), tokens, index)
            found.append(
                Todo(name, token.start, end, what, detail, _owner(source, token.start), "")
            )
        elif token.kind == "ident" and token.text in _PLACEHOLDERS:
            following = tokens[index + 1 : index + 3]
            if [t.text for t in following] != ["!", "("] or _in_tests(name, source, token.start):
                continue
            close = source.text.find(")", following[-1].end)
            end = close + 1 if close >= 0 else following[-1].end
            what = source.text[following[-1].end : max(end - 1, following[-1].end)].strip()
            found.append(
                Todo(
                    name,
                    token.start,
                    end,
                    what.strip("\"'"),
                    (),
                    _owner(source, token.start),
                    f"{token.text}!()",
                )
            )
    return found


def _comment_text(
    text: str, first: str, tokens: list[Token], index: int
) -> tuple[str, tuple[str, ...], int]:
    """The TODO's own text, the plain comment lines straight after it (its continuation,
    until a blank line, code or another TODO), and where the last of them ends."""
    first = first.rstrip("*/ \n").strip()
    lines = [line.strip(" */") for line in first.split("\n")]
    what, detail = lines[0], [line for line in lines[1:] if line]
    previous = tokens[index]
    for token in tokens[index + 1 :]:
        gap = _gap(text, previous, token)
        if token.kind != "comment" or not token.text.startswith("//") or gap != "\n":
            break
        if token.text.startswith(("///", "//!")) != previous.text.startswith(("///", "//!")):
            break  # a doc comment below a plain one documents the item, not the TODO
        line = token.text.lstrip("/!").strip()
        if not line or line.startswith("TODO"):
            break
        detail.append(line)
        previous = token
    return what, tuple(detail), previous.end


def _gap(text: str, before: Token, after: Token) -> str:
    """The line breaks between two neighbouring tokens: "" on one line, "\n" when `after` is
    on the next line, "\n\n" past a blank line."""
    return "\n" * min(2, text.count("\n", before.end, after.start))


def _in_tests(name: str, source: SourceFile, index: int) -> bool:
    item = source.enclosing(index, ("fn", "method"))
    if item is not None and source.is_test_item(name, item):
        return True
    return source.in_test_module(index)


_OWNERS = ("fn", "method", "impl", "trait", "struct", "enum")


def _owner(source: SourceFile, index: int) -> str:
    """The item the TODO sits in, or the one its comment stands right above."""
    item = item_below(source, index) or source.enclosing(index, _OWNERS)
    if item is None:
        return ""
    if item.kind in ("fn", "method"):
        return f"fn {item.name}"
    return f"{item.kind} {item.name}"


def item_below(source: SourceFile, index: int) -> Item | None:
    """The item that starts right after the comment block at `index` (only comments between,
    no blank line): a TODO written above the fn (or method) it is about."""
    after, previous = -1, None
    for token in tokenize(source.text[index:], keep_comments=True):
        if previous is not None and _gap(source.text[index:], previous, token) == "\n\n":
            return None  # a blank line: the TODO is about the module, not the item below
        if token.kind != "comment":
            after = index + token.start
            break
        previous = token
    if after < 0:
        return None
    candidates = [i for i in source.items if i.kind in _OWNERS]
    return next((i for i in candidates if max(i.outer_start, 0) <= after <= i.keyword_at), None)
