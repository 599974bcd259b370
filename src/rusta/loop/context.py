"""What one episode holds (SPEC §2), handed from stage to stage.

`episode.open_episode` builds it and closes it; each stage module reads what it needs from it
(the validator for the slots, the searcher for what was tried, the tracer, memory).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rusta.config import Settings
from rusta.learn.priors import Priors
from rusta.loop import intake
from rusta.loop.probe import ProbeBudget
from rusta.loop.search import Searcher
from rusta.loop.validate import Validator
from rusta.memory.scope import MemoryScope
from rusta.profile import Profile
from rusta.trace.events import Tracer
from rusta.types import Outcome

Mode = Literal["fix", "research"]


@dataclass
class Episode:
    task: intake.Task
    mode: Mode
    tracer: Tracer
    priors: Priors
    memory: MemoryScope
    validator: Validator
    searcher: Searcher
    started: float
    probe_budget: ProbeBudget  # SPEC §2 Think: how much probing before deciding
    profile: Profile  # where the time goes: stages and sandbox calls (issue 19)
    outcome: Outcome | None = None  # set by the stage that ends the episode
    experiments: int = 0  # research: hypotheses tried

    @property
    def settings(self) -> Settings:
        return self.task.settings

    def pristine(self, name: str) -> str:
        return self.validator.read_pristine(name)

    def finish(self, outcome: Outcome) -> Outcome:
        self.outcome = outcome
        return outcome


def pristine_reader(root: Path) -> Callable[[str], str]:
    def read_pristine(name: str) -> str:
        return (root / name).read_bytes().decode("utf-8")  # keep CRLF: rustc counts its bytes

    return read_pristine
