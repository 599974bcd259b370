"""Proofs for the editor: dry-run episodes off the request path, narrated and abandonable.

A code action must answer at once (an editor asks for them on every cursor move), so no
episode runs inside `textDocument/codeAction`. The episode runs when the user picks the action
(codeAction/resolve or the `rusta.fix` command), on one worker thread (episodes share sandbox
slots), and the editor sees it as a cancellable work-done progress: each trace event becomes a
progress report. Cancelling stops waiting at once; the episode is a dry run in a sandbox, so
abandoning it changes nothing in the user's tree, and it stops at its next trace event.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from rusta.trace.events import Event
from rusta.types import Outcome


class Abandoned(Exception):
    """Raised inside an episode's trace sink: every editor waiting for this proof cancelled."""


@dataclass
class Proof:
    """One episode for one state of a crate's sources: running, or done."""

    future: Future[Outcome] = field(default_factory=Future)
    abandoned: threading.Event = field(default_factory=threading.Event)
    listeners: list[Callable[[str], None]] = field(default_factory=list)
    waiters: int = 0

    def __call__(self, event: Event) -> None:
        """The episode's trace sink: narrate the event to whoever waits, or stop the episode."""
        if self.abandoned.is_set():
            raise Abandoned
        words = narrate(event)
        if words:
            for listener in list(self.listeners):
                listener(words)

    def wait_with(self, listener: Callable[[str], None]) -> None:
        self.waiters += 1
        self.listeners.append(listener)

    def stop_waiting(self, listener: Callable[[str], None], cancelled: bool) -> None:
        """One waiter leaves; when the last one left by cancelling, the episode is abandoned."""
        self.waiters -= 1
        if listener in self.listeners:
            self.listeners.remove(listener)
        if cancelled and self.waiters <= 0 and not self.future.done():
            self.abandoned.set()


def narrate(event: Event) -> str:
    """One short progress line per trace event that a person waiting would care about."""
    data = event.data
    if event.kind == "intake":
        return f"reading {data.get('crate', 'the crate')} ({data.get('files', 0)} file(s))"
    if event.kind == "decide" and data.get("intent"):
        return str(data["intent"])
    if event.kind == "plan":
        return f"step {data.get('step', 1)}: {data.get('candidates', 0)} candidate(s)"
    if event.kind == "patch":
        return f"checking `{data.get('move', '?')}` in the sandbox"
    if event.kind == "validate" and data.get("stage") == "tests":
        verdict = "pass" if data.get("green") else f"fail: {data.get('reason', '')}"
        return f"tests: {data.get('passed', 0)} passed, {verdict}".rstrip(": ")
    if event.kind == "validate":
        return f"`{data.get('move', '?')}` {'compiles' if data.get('green') else 'rejected'}"
    return ""


def tests_phrase(count: int) -> str:
    """The proof in a title: how many tests passed on the patched crate."""
    if count == 0:
        return "verified, no tests"
    return f"verified, {count} test{'s' if count != 1 else ''}"
