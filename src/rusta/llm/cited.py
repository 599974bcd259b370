"""Model-written prose held to its sources (SPEC §6, anchor fidelity).

The model sees numbered sources and must end every sentence with the [n] it comes from. A
sentence without a citation, or citing a number that does not verify, is dropped: Rusta
would rather say less than say something it cannot point to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rusta.llm.base import Backend
from rusta.llm.prompts import build_explain_prompt

_CITATION = re.compile(r"\[(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?\]])\s+(?=[A-Z`*(])")


def cited_sentences(answer: str, verified: Callable[[int], bool]) -> list[str]:
    """The sentences of `answer` that cite at least one source, all of them verified."""
    kept = []
    for sentence in _SENTENCE_END.split(" ".join(answer.split())):
        numbers = [int(n) for n in _CITATION.findall(sentence)]
        if numbers and all(verified(n) for n in numbers):
            kept.append(sentence.strip())
    return kept


def write_cited(
    backend: Backend,
    question: str,
    sources: Sequence[str],
    verified: Callable[[int], bool],
    max_tokens: int = 320,
    budget_tokens: int = 3000,
) -> list[str]:
    """Ask the model for cited prose about `question`; only verifiable sentences come back."""
    prompt = build_explain_prompt(question, sources, budget_tokens)
    completion = backend.generate(prompt, n=1, max_tokens=max_tokens, temperature=0.2)
    return cited_sentences(completion.texts[0] if completion.texts else "", verified)
