"""What every backend returns, and the richer seam the model proposer talks to.

`protocols.ModelBackend.complete` returns bare texts; the proposer also needs what a call
cost (tokens, seconds) so model calls can be traced and eval can report cost per fix.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

from rusta.protocols import ModelBackend


@dataclass(frozen=True)
class Completion:
    """The answers to one prompt and what producing them cost."""

    texts: tuple[str, ...]
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    model: str = ""


class Backend(ModelBackend, Protocol):
    """A ModelBackend that also reports usage; every backend in this room is one."""

    def generate(
        self,
        prompt: str,
        n: int = 1,
        max_tokens: int = 512,
        temperature: float | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Completion:
        """`n` answers to `prompt`; `schema` asks for JSON matching it where supported."""
        ...


class CompletesByGenerating:
    """The ModelBackend seam (`complete`) in terms of `generate`, once for every backend."""

    def complete(self, prompt: str, n: int = 1, max_tokens: int = 512) -> list[str]:
        return list(self.generate(prompt, n, max_tokens).texts)  # type: ignore[attr-defined]


def prompt_hash(prompt: str) -> str:
    """A short stable id for a prompt: traces record it instead of the prompt's full text."""
    return hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:16]


def estimate_tokens(text: str) -> int:
    """Roughly 3.5 characters per token for code and English (used when a backend is silent)."""
    return max(1, round(len(text) / 3.5)) if text else 0
