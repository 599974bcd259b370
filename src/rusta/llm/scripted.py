"""A backend that replays recorded completions: for tests and for replaying a trace.

Each call consumes the next recorded answer set. Recordings are a JSON list (each item a
string or a list of strings) or a Rusta trace (JSONL), whose `model` events carry the
completions of every model call, so an episode can be re-run without the model.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rusta.errors import ConfigError
from rusta.llm.base import CompletesByGenerating, Completion, estimate_tokens


class ScriptedBackend(CompletesByGenerating):
    """Answers from a script, in order; an exhausted script answers with nothing."""

    def __init__(self, answers: Iterable[str | Sequence[str]], name: str = "scripted") -> None:
        self.name = name
        self._answers: deque[tuple[str, ...]] = deque(
            (item,) if isinstance(item, str) else tuple(item) for item in answers
        )
        self.prompts: list[str] = []  # what was asked, for tests and for inspection

    @classmethod
    def from_file(cls, path: Path) -> ScriptedBackend:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"scripted model: cannot read {path} ({error.strerror})") from error
        answers = _from_trace(text) if path.suffix == ".jsonl" else _from_json(text, path)
        return cls(answers, name=f"scripted {path.name}")

    def generate(
        self,
        prompt: str,
        n: int = 1,
        max_tokens: int = 512,
        temperature: float | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Completion:
        self.prompts.append(prompt)
        texts = self._answers.popleft()[:n] if self._answers else ()
        tokens = sum(estimate_tokens(text) for text in texts)
        return Completion(texts, estimate_tokens(prompt), tokens, 0.0, self.name)


def _from_json(text: str, path: Path) -> list[str | list[str]]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ConfigError(f"scripted model: {path} is not JSON ({error})") from error
    if not isinstance(data, list):
        raise ConfigError(f"scripted model: {path} must hold a list of answers")
    return data


def _from_trace(text: str) -> list[list[str]]:
    """The completions of every `model` event of a trace, in the order they were made."""
    answers = []
    for line in text.splitlines():
        event = json.loads(line) if line.strip() else {}
        if event.get("kind") == "model":
            answers.append([str(item) for item in event.get("completions", [])])
    return answers
