"""Where an episode's time goes (issue 19): wall seconds per stage and per sandbox call.

Vocabulary, like `redact`: the loop times its stages with it and the sandbox its calls.
The conductor wraps each stage (`open`, `baseline`, `probe`, `search`, `polish`, `decide`,
`commit`) in `profile.stage(...)`; the sandbox slots report each call they make (`check`,
`clippy`, `test`, `run`, `asm`, and `sync`, the writes that move a copy to a state) through
`profile.call(...)`. Slots are used from the validator's thread pool, so calls are counted
under a lock and summed: `cargo.check` is the total seconds of every check the episode ran,
in parallel or not, and `cargo.check.calls` how many there were.

The closing `log` event carries `payload()`, a flat {name: number} map, so every trace says
where its time went and `rusta eval --profile` can take medians per class.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("open", "baseline", "probe", "search", "polish", "decide", "commit")


class Profile:
    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.calls: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        finally:
            self.add(name, time.monotonic() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    @contextmanager
    def call(self, kind: str) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        finally:
            self.record(kind, time.monotonic() - started)

    def record(self, kind: str, seconds: float) -> None:
        """A call timed elsewhere (a command started ahead: `Slot.start_check`)."""
        with self._lock:
            self.calls[kind] = self.calls.get(kind, 0.0) + seconds
            self.counts[kind] = self.counts.get(kind, 0) + 1

    def payload(self) -> dict[str, float]:
        """`stage.search`: seconds; `cargo.test`: seconds; `cargo.test.calls`: how many."""
        found: dict[str, float] = {f"stage.{k}": round(v, 3) for k, v in self.stages.items()}
        with self._lock:
            for kind, seconds in sorted(self.calls.items()):
                found[f"cargo.{kind}"] = round(seconds, 3)
                found[f"cargo.{kind}.calls"] = float(self.counts[kind])
        return found


NO_PROFILE = Profile()  # for a slot used outside an episode (`rusta check`, the LSP)
