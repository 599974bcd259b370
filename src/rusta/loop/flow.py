"""Signals the conductor raises to end an episode early; each carries its payload."""

from __future__ import annotations

from rusta.types import TestCase


class Abstain(Exception):
    """Nothing went green within budget: apply nothing and say what to probe next."""

    def __init__(
        self,
        reason: str,
        next_probes: tuple[str, ...] = (),
        failing_tests: tuple[TestCase, ...] = (),
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.next_probes = next_probes
        self.failing_tests = failing_tests
