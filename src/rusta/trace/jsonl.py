"""The JSONL trace sink: one event per line under RUSTA_HOME/traces/<trace-id>.jsonl.

Lines are appended and flushed as they happen, so a killed episode still leaves a readable
trace up to its last event.
"""

from __future__ import annotations

import json
from pathlib import Path

from rusta.trace.events import Event


class JsonlSink:
    def __init__(self, directory: Path, trace_id: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"{trace_id}.jsonl"

    def __call__(self, event: Event) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(event.to_json(), sort_keys=True, default=str) + "\n")
