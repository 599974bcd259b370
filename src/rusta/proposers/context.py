"""What a proposer may look at: the current sources, the diagnostics, the symbol index.

Texts are read as on disk (CRLF kept) and seen through `rusta.tools.source`, so a rustc span's
byte offsets land on the same characters a move edits."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rusta.knowledge.symbols import SymbolIndex, build_index
from rusta.tools.source import SourceFile, source_of
from rusta.types import Candidate, Diagnostic, Span, TextEdit


@dataclass
class ProposalContext:
    """Read-only view of the sandbox state a step starts from."""

    read: Callable[[str], str]
    files: Sequence[str]  # every .rs file of the crate, relative to its root
    diagnostics: Sequence[Diagnostic]  # all diagnostics of the current state
    # the text of a file at the last commit (None: untracked, no git): who changed (issue 20)
    committed: Callable[[str], str | None] | None = None
    _cache: dict[str, str] = field(default_factory=dict)
    # The sandbox, for a proposer that iterates on feedback (the model's item mode): the
    # diagnostics of the current state with these files changed, and the failing tests'
    # messages ("" when every test passes). None where no sandbox is at hand.
    check: Callable[[Mapping[str, str]], Sequence[Diagnostic]] | None = None
    test: Callable[[Mapping[str, str]], str] | None = None

    def text(self, file: str) -> str:
        if file not in self._cache:
            self._cache[file] = self.read(file)
        return self._cache[file]

    def source(self, file: str) -> SourceFile:
        """The parsed file (offsets, lines, items, tokens), cached per text."""
        return source_of(self.text(file))

    @cached_property
    def symbols(self) -> SymbolIndex:
        return build_index(self.files, self.text)

    def owns(self, file: str) -> bool:
        """True for the crate's own files (not std sources or macro expansions)."""
        return file in self.files

    # --- coordinates: moves think in code points, edits travel in bytes -------------------

    def span_chars(self, span: Span) -> tuple[int, int]:
        return self.source(span.file).chars_of(span.byte_start, span.byte_end)

    def span_text(self, span: Span) -> str:
        start, end = self.span_chars(span)
        return self.text(span.file)[start:end]

    def edit(self, file: str, start: int, end: int, replacement: str) -> TextEdit:
        """A TextEdit from code-point offsets."""
        source = self.source(file)
        return TextEdit(file, source.byte_of(start), source.byte_of(end), replacement)

    def insert(self, file: str, at: int, text: str) -> TextEdit:
        return self.edit(file, at, at, text)

    def replace_expression(self, file: str, start: int, end: int, replacement: str) -> TextEdit:
        """Replace an expression; a struct-literal shorthand field `x` becomes `x: <new>`."""
        text = self.text(file)
        name = text[start:end]
        if re.fullmatch(r"[a-z_]\w*", name) and is_shorthand_field(text, start, end):
            replacement = f"{name}: {replacement}"
        return self.edit(file, start, end, replacement)


def is_shorthand_field(text: str, start: int, end: int) -> bool:
    """`Point { x, y }`: an identifier directly inside a struct literal's braces."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if not before.endswith(("{", ",")) or not after.startswith((",", "}")):
        return False
    depth = 0
    for position in range(len(before) - 1, -1, -1):
        char = before[position]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth == 0:
                if char != "{":
                    return False
                head = before[:position].rstrip()
                return re.search(r"(\b[A-Z]\w*|\bSelf)(::<[^>]*>)?$", head) is not None
            depth -= 1
    return False


def candidate(
    move: str,
    intent: str,
    edits: Sequence[TextEdit],
    prior: float,
    diagnostic: Diagnostic,
    proposer: str = "moves",
) -> Candidate:
    return Candidate(
        proposer, move, intent, tuple(edits), prior, (diagnostic.code,) if diagnostic.code else ()
    )


def backticked(message: str) -> list[str]:
    """The `quoted` names in a compiler message, in order."""
    return re.findall(r"`([^`]+)`", message)
