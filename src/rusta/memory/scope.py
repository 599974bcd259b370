"""What an episode may remember, by `--memory short|project|full` (SPEC §5.2).

- short: nothing persists across episodes but the diary (no recall, no ledger, no graph);
- project: the episodic cache recalls fixes from this repository only; ledger and graph on;
- full: fixes from every repository this home has seen (this repository's first).

Opening a scope also invalidates this repository's cached fixes when its manifest changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rusta.memory.cache import EpisodicCache, manifest_hash
from rusta.memory.graph import ProjectGraph
from rusta.memory.mistakes import MistakeLedger


@dataclass(frozen=True)
class MemoryScope:
    scope: str
    repo: str  # the crate root: fixes, mistakes and graph rows are keyed by it
    manifest: str
    cache: EpisodicCache | None
    ledger: MistakeLedger | None
    graph: ProjectGraph | None


def open_scope(home: Path, root: Path, scope: str) -> MemoryScope:
    repo, manifest = str(root.resolve()), manifest_hash(root)
    if scope == "short":
        return MemoryScope(scope, repo, manifest, None, None, None)
    cache = EpisodicCache(home)
    cache.invalidate(repo, manifest)
    return MemoryScope(scope, repo, manifest, cache, MistakeLedger(home), ProjectGraph(home))
