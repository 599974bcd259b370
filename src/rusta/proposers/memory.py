"""Proposer 3 (SPEC §3): fixes that went green before for the same diagnostic fingerprint.

The episodic cache (rusta.memory.cache) keeps each green step as anchored line hunks; here
they are re-applied at the new diagnostic's location, with the names the new message quotes
substituted for the old ones. A cached fix carries a high prior, so it is ranked, and
validated, first — also ahead of another proposer's identical edit, which the ranking would
otherwise keep in its place (candidates are deduplicated by the state they lead to): when
memory is right, the second fix of the same mistake costs one check.
Without a cache (memory off, or `--memory short`) it proposes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from rusta.memory.cache import CachedFix, EpisodicCache, adapt
from rusta.proposers.context import ProposalContext
from rusta.types import Candidate, Diagnostic

PRIOR_SAME_REPO = 0.99
PRIOR_OTHER_REPO = 0.85


class MemoryProposer:
    name = "memory"
    tier = 0

    def __init__(
        self, cache: EpisodicCache | None = None, repo: str = "", scope: str = "full"
    ) -> None:
        self.cache = cache
        self.repo = repo
        self.scope = scope

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        if self.cache is None or self.scope == "short":
            return
        for fix in self.cache.lookup(diagnostic, self.repo, self.scope)[:4]:
            candidate = self._candidate(fix, context, diagnostic)
            if candidate is not None:
                yield candidate

    def _candidate(
        self, fix: CachedFix, context: ProposalContext, diagnostic: Diagnostic
    ) -> Candidate | None:
        placed = adapt(fix, diagnostic, context.text)
        if placed is None or not all(context.owns(file) for file, *_ in placed):
            return None
        edits = tuple(context.edit(file, start, end, text) for file, start, end, text in placed)
        where = "this repository" if fix.repo == self.repo else "another repository"
        return Candidate(
            proposer="memory",
            move=f"memory/{fix.move}",
            intent=f"reuse the fix `{fix.move}` that went green for this diagnostic in {where}",
            edits=edits,
            prior=PRIOR_SAME_REPO if fix.repo == self.repo else PRIOR_OTHER_REPO,
            targets=(diagnostic.code,) if diagnostic.code else (),
        )
