"""The few seams of Rusta (STYLE.md §1). Cargo is a concrete module, not a protocol."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rusta.proposers.context import ProposalContext
    from rusta.trace.events import Event
    from rusta.types import Candidate, Diagnostic


class Proposer(Protocol):
    """Turns one diagnostic (with its context) into candidate patches."""

    name: str

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterable[Candidate]: ...


class TraceSink(Protocol):
    """Receives every event of an episode: the JSONL file, the narrator, a WebSocket."""

    def __call__(self, event: Event) -> None: ...


class ModelBackend(Protocol):
    """A language model that completes prompts (issue 7 brings the real backends)."""

    name: str

    def complete(self, prompt: str, n: int = 1, max_tokens: int = 512) -> list[str]: ...
