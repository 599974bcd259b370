"""p(green) for a candidate (SPEC §9): a prior per move, updated from Rusta's own outcomes.

Each move key ("E0382/clone-at-use", "E0308/suggestion:...") keeps (successes, trials) in
RUSTA_HOME/priors.json. The keys of the moves library are built from the move registry's names
(proposers/moves/registry.py); a renamed move's old keys are read under its new name. The
estimate shrinks the observed rate toward a base with a pseudo-count, so a move seen twice does
not jump to 0 or 1. The base is the move's hand-set prior, first shrunk toward the shipped
statistics (`rusta/data/priors.json`, trained by `scripts/train_priors.py` on the development
sets' outcomes, never on the suite or the held-out set), so a fresh home starts calibrated.
Writes are atomic.

What counts (issue 11 #4): every sandbox validation is evidence, a dry run's included (the
candidate was proven, or not, whether or not the user applies it); a fix the user undoes
counts once more against each of its moves (`record_move(..., green=False)` from
`rusta undo`), so the confidence shown for that move drops.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from pathlib import Path

from rusta.fs import atomic_write
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
        return migrated(
            {
                k: [float(v[0]), float(v[1])]
                for k, v in data.items()
                if isinstance(v, list) and len(v) == 2
            }
        )

    def estimate(self, candidate: Candidate) -> float:
        """The shrunk success rate of the candidate's move, for ranking and calibration:
        the hand-set prior, then what the shipped statistics say, then this home's own."""
        base = candidate.prior
        for stats in (shipped(), self.stats):
            general = stats.get(_general_key(candidate))
            if general and general[1] >= 3:
                base = _shrunk(general, base)
            base = _shrunk(stats.get(_key(candidate), [0.0, 0.0]), base)
        return base

    def record(self, candidate: Candidate, green: bool) -> None:
        self.record_move(candidate.move, candidate.proposer, green)

    def record_move(self, move: str, proposer: str, green: bool) -> None:
        """One more outcome of `move` (by `proposer`), for what knows the move but no longer
        its candidate (an undo reads the moves from the episode's DevLog)."""
        with self._lock:
            for key in (move, _general_move_key(move, proposer)):
                entry = self.stats.setdefault(key, [0.0, 0.0])
                entry[0] += 1.0 if green else 0.0
                entry[1] += 1.0

    def save(self) -> None:
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(self.stats, sort_keys=True).encode())


def _shrunk(entry: list[float], base: float) -> float:
    successes, trials = entry
    return (successes + PSEUDO_COUNT * base) / (trials + PSEUDO_COUNT)


@cache
def shipped() -> dict[str, list[float]]:
    """The statistics that ship with Rusta ({} when the file is absent or unreadable)."""
    try:
        data = json.loads(resources.files("rusta.data").joinpath("priors.json").read_text())
    except (OSError, ValueError):
        return {}
    return migrated({k: [float(v[0]), float(v[1])] for k, v in data.items() if len(v) == 2})


def migrated(stats: dict[str, list[float]]) -> dict[str, list[float]]:
    """Statistics read under the moves' current names: a key of a renamed move (its old name
    is in the registration's `formerly=`) is counted under the new key, added to any counts
    the new key already has, so what a home learned follows the move."""
    from rusta.proposers.moves.registry import formerly_keys  # the registry names the moves

    for old, new in formerly_keys(list(stats)).items():
        counts = stats.pop(old)
        entry = stats.setdefault(new, [0.0, 0.0])
        entry[0] += counts[0]
        entry[1] += counts[1]
    return stats


def _key(candidate: Candidate) -> str:
    return candidate.move


def _general_key(candidate: Candidate) -> str:
    return _general_move_key(candidate.move, candidate.proposer)


def _general_move_key(move: str, proposer: str) -> str:
    """The move without its error code: `clone-at-use` learns across E0382 and E0505."""
    name = move.split("/", 1)[-1]
    if name.startswith("suggestion:"):
        return f"{proposer}:suggestion"
    return f"{proposer}:{name}"
