"""Proposer 1 (SPEC §3): every suggestion rustc and clippy attach to a diagnostic.

`cargo fix` applies only MachineApplicable suggestions and never runs the tests; Rusta
tries suggestions of every applicability, fills simple placeholders, and proves each one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rusta.proposers.context import ProposalContext, is_shorthand_field
from rusta.types import Applicability, Candidate, Diagnostic, Suggestion, TextEdit

PRIOR = {
    Applicability.MACHINE_APPLICABLE: 0.70,
    Applicability.MAYBE_INCORRECT: 0.40,
    Applicability.HAS_PLACEHOLDERS: 0.15,
    Applicability.UNSPECIFIED: 0.30,
}
# Placeholders rustc writes into HasPlaceholders suggestions, and what compiles in their place.
_FILLERS = {
    "/* value */": "Default::default()",
    "/* expr */": "Default::default()",
    "/* fields */": "",
    "/* Type */": "_",
}
_PLACEHOLDER = re.compile(r"/\*[^*]*\*/")


class CompilerSuggestions:
    name = "compiler"
    tier = 0

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterable[Candidate]:
        for suggestion in diagnostic.suggestions:
            edits = _filled(suggestion)
            if edits is None or not all(context.owns(edit.file) for edit in edits):
                continue
            if not any(edit.replacement.rstrip().endswith(":") for edit in edits):
                edits = tuple(_shorthand_safe(context, edit) for edit in edits)
            edits = tuple(_prelude_names(edit) for edit in edits)
            yield Candidate(
                proposer=self.name,
                move=f"{diagnostic.code or 'syntax'}/suggestion:{_slug(suggestion.message)}",
                intent=f"apply the compiler's suggestion: {suggestion.message}",
                edits=edits,
                prior=PRIOR[suggestion.applicability],
                targets=(diagnostic.code,) if diagnostic.code else (),
            )


# rustc spells traits by their full path in suggestions (`T: std::cmp::PartialOrd`); the
# prelude already names these, and a Rust developer writes the short name.
_PRELUDE_PATH = re.compile(
    r"\b(?:std|core)::(?:cmp|clone|marker|default|convert|iter|ops|string|borrow)::"
    r"(PartialOrd|Ord|PartialEq|Eq|Clone|Copy|Send|Sync|Sized|Unpin|Default|From|Into|TryFrom|"
    r"TryInto|AsRef|AsMut|Iterator|IntoIterator|Extend|DoubleEndedIterator|ExactSizeIterator|"
    r"ToString|ToOwned|Drop|Fn|FnMut|FnOnce)\b(?!::)"
)


def _prelude_names(edit: TextEdit) -> TextEdit:
    short = _PRELUDE_PATH.sub(r"\1", edit.replacement)
    return edit if short == edit.replacement else replace(edit, replacement=short)


def machine_applicable_bundle(
    diagnostics: Iterable[Diagnostic], context: ProposalContext
) -> Candidate | None:
    """Every MachineApplicable suggestion at once, non-overlapping: what `cargo fix` would do."""
    chosen: list[TextEdit] = []
    codes: list[str] = []
    for diagnostic in diagnostics:
        for suggestion in diagnostic.suggestions:
            if suggestion.applicability != Applicability.MACHINE_APPLICABLE:
                continue
            if any(_overlaps(edit, other) for edit in suggestion.edits for other in chosen):
                continue
            if all(context.owns(edit.file) for edit in suggestion.edits):
                chosen.extend(suggestion.edits)
                codes.append(diagnostic.code)
                break
    if len(codes) < 2:
        return None  # a single one is already proposed on its own
    return Candidate(
        "compiler",
        "bundle/machine-applicable",
        f"apply all {len(codes)} machine-applicable suggestions together",
        tuple(chosen),
        PRIOR[Applicability.MACHINE_APPLICABLE],
        tuple(codes),
    )


def _filled(suggestion: Suggestion) -> tuple[TextEdit, ...] | None:
    edits = []
    for edit in suggestion.edits:
        replacement = edit.replacement
        for placeholder in set(_PLACEHOLDER.findall(replacement)):
            if placeholder not in _FILLERS:
                return None
            replacement = replacement.replace(placeholder, _FILLERS[placeholder])
        edits.append(TextEdit(edit.file, edit.byte_start, edit.byte_end, replacement))
    return tuple(edits)


def _shorthand_safe(context: ProposalContext, edit: TextEdit) -> TextEdit:
    """rustc sometimes suggests `last_error.cloned()` for a shorthand field `last_error`."""
    text = context.text(edit.file)
    start, end = context.source(edit.file).chars_of(edit.byte_start, edit.byte_end)
    name = text[start:end]
    if start == end and edit.replacement.startswith("."):  # an insertion after an identifier
        match = re.search(r"[a-z_]\w*$", text[:start])
        if match and is_shorthand_field(text, match.start(), start):
            name = match.group(0)
            return context.edit(
                edit.file, match.start(), start, f"{name}: {name}{edit.replacement}"
            )
    if (
        name
        and edit.replacement.startswith(name)
        and not edit.replacement.startswith(f"{name}:")
        and edit.replacement != name
        and is_shorthand_field(text, start, end)
    ):
        return context.edit(edit.file, start, end, f"{name}: {edit.replacement}")
    return edit


def _overlaps(a: TextEdit, b: TextEdit) -> bool:
    return (a.file == b.file and a.byte_start < b.byte_end and b.byte_start < a.byte_end) or (
        a.file == b.file and a.byte_start == b.byte_start
    )


def _slug(message: str) -> str:
    words = re.sub(r"`[^`]*`", "", message.lower())
    return "-".join(re.findall(r"[a-z]+", words)[:5]) or "help"
