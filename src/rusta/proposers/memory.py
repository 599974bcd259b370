"""Proposer 3 (SPEC §3): fixes that went green before for the same diagnostic fingerprint.

The interface is in place; the episodic cache that fills it comes with the memory issue.
Until then it proposes nothing, and the conductor treats it like any other proposer.
"""

from __future__ import annotations

from collections.abc import Iterator

from rusta.proposers.context import ProposalContext
from rusta.types import Candidate, Diagnostic


class MemoryProposer:
    name = "memory"

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        return iter(())
