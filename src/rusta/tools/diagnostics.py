"""rustc's JSON diagnostics → `Diagnostic` values (pure; golden-tested on captured output).

cargo prints one JSON object per line; compiler messages carry rustc's own diagnostic JSON
under "message". A crate checked with `--all-targets` reports an error once per target that
compiles the file (lib and lib-test), so duplicates are folded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from rusta.tools.taxonomy import classify
from rusta.types import Applicability, Diagnostic, Level, Span, Suggestion, TextEdit

_SUMMARY_PREFIXES = ("aborting due to", "For more information about", "Some errors have")
_LEVELS = {level.value: level for level in Level}


def parse_cargo_stream(stdout: str) -> list[Diagnostic]:
    """Every distinct compiler message in a `cargo ... --message-format=json` stream."""
    found: dict[tuple[object, ...], Diagnostic] = {}
    for record in _json_lines(stdout):
        if record.get("reason") != "compiler-message":
            continue
        diagnostic = parse_message(record["message"], record.get("package_id", ""))
        if diagnostic is None:
            continue
        span = diagnostic.primary
        identity = (diagnostic.code, diagnostic.message, span and (span.file, span.byte_start))
        found.setdefault(identity, diagnostic)
    return list(found.values())


def parse_message(message: dict[str, Any], package: str = "") -> Diagnostic | None:
    """One rustc diagnostic object; None for summaries ("aborting due to ...")."""
    level = _LEVELS.get(message.get("level", ""))
    text = message.get("message", "")
    if level is None or text.startswith(_SUMMARY_PREFIXES):
        return None
    code = (message.get("code") or {}).get("code") or ""
    children = message.get("children") or []
    notes = tuple(child.get("message", "") for child in children)
    spans = tuple(_span(raw) for raw in message.get("spans") or [])
    return Diagnostic(
        level=level,
        message=text,
        code=code,
        error_class=classify(code, text, "\n".join(notes)),
        spans=spans,
        suggestions=tuple(_suggestions(message)),
        children=notes,
        rendered=message.get("rendered") or "",
        package=_package_name(package),
        related=tuple(_related(children)),
    )


def _related(children: list[dict[str, Any]]) -> Iterable[Span]:
    """The spans of the `note:` children, labelled with the note when they have no label."""
    for child in children:
        if child.get("level") != "note":
            continue
        for raw in child.get("spans") or []:
            span = _span(raw)
            yield span if span.label else replace(span, label=child.get("message", ""))


def _span(raw: dict[str, Any]) -> Span:
    lines = raw.get("text") or []
    return Span(
        file=raw["file_name"],
        line_start=raw["line_start"],
        line_end=raw["line_end"],
        column_start=raw["column_start"],
        column_end=raw["column_end"],
        byte_start=raw["byte_start"],
        byte_end=raw["byte_end"],
        is_primary=bool(raw.get("is_primary")),
        label=raw.get("label"),
        text="\n".join(line.get("text", "") for line in lines),
    )


def _suggestions(message: dict[str, Any]) -> Iterable[Suggestion]:
    """A suggestion per `help:` child whose spans carry replacements.

    rustc puts alternatives ("consider importing one of these items") in one child as spans
    over the same range; those become separate suggestions, since applying all would insert
    every alternative at once.
    """
    for child in [message, *(message.get("children") or [])]:
        raw_edits = [
            raw for raw in child.get("spans") or [] if raw.get("suggested_replacement") is not None
        ]
        if not raw_edits:
            continue
        ranges = [(r["file_name"], r["byte_start"], r["byte_end"]) for r in raw_edits]
        groups = [[r] for r in raw_edits] if len(set(ranges)) < len(ranges) else [raw_edits]
        for group in groups:
            edits = tuple(
                TextEdit(r["file_name"], r["byte_start"], r["byte_end"], r["suggested_replacement"])
                for r in group
            )
            applicability = _applicability(group[-1].get("suggestion_applicability"))
            yield Suggestion(child.get("message", ""), applicability, edits)


def _applicability(raw: str | None) -> Applicability:
    try:
        return Applicability(raw or "Unspecified")
    except ValueError:
        return Applicability.UNSPECIFIED


def _package_name(package_id: str) -> str:
    # "path+file:///tmp/x#demo@0.1.0" or "demo 0.1.0 (path+file:///...)"
    if "#" in package_id:
        head, tail = package_id.rsplit("#", 1)
        if "@" in tail:
            return tail.split("@", 1)[0]
        return head.rstrip("/").rsplit("/", 1)[-1]  # "path+file:///x/lints#0.1.0": dir name
    return package_id.split(" ", 1)[0]


def _json_lines(stdout: str) -> Iterable[dict[str, Any]]:
    for line in stdout.splitlines():
        if line.startswith("{"):
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue
