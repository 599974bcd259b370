"""Signals the conductor raises to end an episode early; each carries its payload."""

from __future__ import annotations


class Abstain(Exception):
    """Nothing went green within budget: apply nothing and say what to probe next."""

    def __init__(self, reason: str, next_probes: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.next_probes = next_probes
