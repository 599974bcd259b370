"""p(green) for a candidate (SPEC §9): a prior per move, updated from Rusta's own outcomes.

Each move key ("E0382/clone-at-use", "E0308/suggestion:...") keeps (successes, trials) in
RUSTA_HOME/priors.json. The estimate shrinks the observed rate toward the move's hand-set
prior with a pseudo-count, so a move seen twice does not jump to 0 or 1. Writes are atomic.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from rusta.types import Candidate

PSEUDO_COUNT = 3.0


class Priors:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.stats: dict[str, list[float]] = self._load()

    def _load(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {
            k: [float(v[0]), float(v[1])]
            for k, v in data.items()
            if isinstance(v, list) and len(v) == 2
        }

    def estimate(self, candidate: Candidate) -> float:
        """The shrunk success rate of the candidate's move, for ranking and calibration."""
        successes, trials = self.stats.get(_key(candidate), [0.0, 0.0])
        general = self.stats.get(_general_key(candidate))
        base = candidate.prior
        if general and general[1] >= 3:
            base = (general[0] + PSEUDO_COUNT * base) / (general[1] + PSEUDO_COUNT)
        return (successes + PSEUDO_COUNT * base) / (trials + PSEUDO_COUNT)

    def record(self, candidate: Candidate, green: bool) -> None:
        with self._lock:
            for key in (_key(candidate), _general_key(candidate)):
                entry = self.stats.setdefault(key, [0.0, 0.0])
                entry[0] += 1.0 if green else 0.0
                entry[1] += 1.0

    def save(self) -> None:
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".priors-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.stats, handle, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)


def _key(candidate: Candidate) -> str:
    return candidate.move


def _general_key(candidate: Candidate) -> str:
    """The move without its error code: `clone-at-use` learns across E0382 and E0505."""
    name = candidate.move.split("/", 1)[-1]
    if name.startswith("suggestion:"):
        return f"{candidate.proposer}:suggestion"
    return f"{candidate.proposer}:{name}"
