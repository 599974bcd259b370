"""The JSONL trace sink: one event per line under RUSTA_HOME/traces/<trace-id>.jsonl.

Lines are appended and flushed as they happen, so a killed episode still leaves a readable
trace up to its last event. The `log` event ends an episode: the sink then seals the file
into the ledger (content hash + manifest line), after which it is never written again.
"""

from __future__ import annotations

import json
from pathlib import Path

from rusta.trace.events import Event
from rusta.trace.ledger import Ledger


class JsonlSink:
    def __init__(self, directory: Path, trace_id: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"{trace_id}.jsonl"
        self.ledger = Ledger(directory)

    def __call__(self, event: Event) -> None:
        # Secrets never reach the disk (SPEC §13): Tracer.emit already redacted the event, with
        # the code-safe rule for diffs (the prose rule would mangle `Token::Plus` and break replay).
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(event.to_json(), sort_keys=True, default=str) + "\n")
        if event.kind == "log":
            self.ledger.seal(event.trace_id)
