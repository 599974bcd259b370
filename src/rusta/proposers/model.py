"""Proposer 4 (SPEC §3, §8): patches written by a local language model.

The seam is `ModelBackend` (protocols.py); the backends and the prompt/parse pipeline come
with the model issue. Without a configured model this proposer is not constructed at all:
model-free Rusta never imports a model library.
"""

from __future__ import annotations

from collections.abc import Iterator

from rusta.proposers.context import ProposalContext
from rusta.protocols import ModelBackend
from rusta.types import Candidate, Diagnostic


class ModelProposer:
    name = "model"

    def __init__(self, backend: ModelBackend) -> None:
        self.backend = backend

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        return iter(())
