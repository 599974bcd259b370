"""The few seams of Rusta (STYLE.md §1). Cargo is a concrete module, not a protocol."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rusta.types import Candidate, Diagnostic

# The context a proposer reads (proposers.context.ProposalContext) and the events a sink
# receives (trace.events.Event) live in their rooms; the vocabulary names them structurally.


class Proposer(Protocol):
    """Turns one diagnostic (with its context) into candidate patches.

    `tier` orders the asking: 0 is cheap (the compiler's suggestions, the moves, memory), 1 is
    costly (a model call takes seconds) and is asked only when the cheap tier found no fix."""

    name: str
    tier: int

    def propose(self, context: Any, diagnostic: Diagnostic) -> Iterable[Candidate]: ...


class TraceSink(Protocol):
    """Receives every event of an episode: the JSONL file, the narrator, a WebSocket."""

    def __call__(self, event: Any) -> None: ...


class ModelBackend(Protocol):
    """A language model that completes prompts (issue 7 brings the real backends)."""

    name: str

    def complete(self, prompt: str, n: int = 1, max_tokens: int = 512) -> list[str]: ...
