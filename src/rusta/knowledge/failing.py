"""A failing test as a Diagnostic (SPEC §2 Failing tests), so every room that reads problems
(the search, the moves registry, `check`, the LSP, the dashboard) reads it too.

The diagnostic's message names only the test ("test `tests/api.rs::sums` failed"): it stays
the same while a repair changes the values the assertion prints, so the search's progress rule
(fewer problems, none new) counts tests. Its primary span is where the test panicked; the
assertion's text (`left`/`right` values, the panic message) is in its children; its other
spans are the suspects fault localization ranked, each labelled with why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rusta.knowledge.localize import Localization, Suspect
from rusta.tools.source import SourceFile, source_of
from rusta.types import TEST_FAILURE_CODE, Diagnostic, ErrorClass, Level, Span, TestCase

SHOWN_SUSPECTS = 5  # in the rendering and the abstention
SUSPECT_SPANS = 20  # as spans: what the repair templates and an editor read


def failure_diagnostic(
    case: TestCase, localization: Localization, read: Callable[[str], str]
) -> Diagnostic:
    message = f"test `{case.name}` failed"
    detail = case.message.strip() or "it panicked"
    spans: list[Span] = []
    primary = _span(case.location, read, True, detail.splitlines()[0])
    if primary is not None:
        spans.append(primary)
    for rank, suspect in enumerate(localization.suspects[:SUSPECT_SPANS], 1):
        span = _line_span(suspect, read, f"suspect #{rank} ({suspect.score:.2f}): {suspect.why}")
        if span is not None and not any(
            s.file == span.file and s.line_start == span.line_start for s in spans
        ):
            spans.append(span)
    if primary is None and spans:  # the panic was outside the crate: point at the top suspect
        spans[0] = replace(spans[0], is_primary=True)
    children = tuple(line for line in detail.splitlines() if line.strip())
    frames = tuple(
        f"backtrace: `{frame.function}` at {frame.file}:{frame.line}" for frame in case.frames
    )
    return Diagnostic(
        level=Level.ERROR,
        message=message,
        code=TEST_FAILURE_CODE,
        error_class=ErrorClass.LOGIC,
        spans=tuple(spans),
        children=children + frames,
        rendered=render(case, localization),
    )


def assertion_diagnostic(case: TestCase, read: Callable[[str], str]) -> Diagnostic | None:
    """Where the failing test itself stands when it panicked deeper (`values[3]` in the
    crate, called from the test's line): the test's own frame, for an editor to mark too."""
    own = case.frames[-1] if case.frames else None
    if own is None or f"{own.file}:{own.line}:" in f"{case.location}:":
        return None
    span = _span(f"{own.file}:{own.line}:{own.column or 1}", read, True, "the failing test")
    if span is None:
        return None
    return Diagnostic(
        level=Level.ERROR,
        message=f"test `{case.name}` failed here: it panicked at {case.location}",
        code=TEST_FAILURE_CODE,
        error_class=ErrorClass.LOGIC,
        spans=(span,),
        children=tuple(line for line in case.message.splitlines() if line.strip()),
    )


def timed_out_diagnostic() -> Diagnostic:
    """The tests did not finish: a problem a candidate introduced (a loop that never ends)."""
    return Diagnostic(
        level=Level.ERROR,
        message="the tests timed out",
        code=TEST_FAILURE_CODE,
        error_class=ErrorClass.LOGIC,
        spans=(),
        rendered="error[failing-test]: the tests timed out\n",
    )


def render(case: TestCase, localization: Localization) -> str:
    """A rustc-like rendering: what failed, where it panicked, the values, the suspects."""
    lines = [f"error[{TEST_FAILURE_CODE}]: test `{case.name}` failed"]
    if case.location:
        lines.append(f"  --> {case.location}")
    lines += [f"   | {line}" for line in case.message.splitlines() if line.strip()]
    for frame in case.frames:
        lines.append(f"   = backtrace: `{frame.function}` at {frame.file}:{frame.line}")
    for rank, suspect in enumerate(localization.suspects[:SHOWN_SUSPECTS], 1):
        lines.append(f"   = suspect #{rank}: {suspect.describe()}")
    return "\n".join(lines) + "\n"


def _span(location: str, read: Callable[[str], str], primary: bool, label: str) -> Span | None:
    """`src/lib.rs:7:17` → a Span at that point (to the end of its line), if the file is the
    crate's own."""
    parts = location.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit() or location.startswith("/"):
        return None
    file, line, column = parts[0], int(parts[1]), int(parts[2]) if parts[2].isdigit() else 1
    source = _source(file, read)
    if source is None:
        return None
    return _span_at(source, file, line, column, primary, label)


def _line_span(suspect: Suspect, read: Callable[[str], str], label: str) -> Span | None:
    source = _source(suspect.file, read)
    if source is None:
        return None
    text = source.line_text(suspect.line)
    column = len(text) - len(text.lstrip()) + 1
    return _span_at(source, suspect.file, suspect.line, column, False, label)


def _span_at(
    source: SourceFile, file: str, line: int, column: int, primary: bool, label: str
) -> Span | None:
    text = source.line_text(line)
    if not text and line > 1:
        return None
    column = max(1, min(column, len(text) + 1))
    start = source.index_at(line, column)
    end = start + len(text) - (column - 1)
    return Span(
        file=file,
        line_start=line,
        line_end=line,
        column_start=column,
        column_end=len(text) + 1,
        byte_start=source.byte_of(start),
        byte_end=source.byte_of(end),
        is_primary=primary,
        label=label,
        text=text,
    )


def _source(file: str, read: Callable[[str], str]) -> SourceFile | None:
    try:
        return source_of(read(file))
    except (OSError, UnicodeDecodeError, KeyError):
        return None
