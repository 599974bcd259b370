"""Typed trace events (SPEC §7): one stream, many sinks (STYLE.md §12).

Every stage of an episode calls `tracer.emit(kind, **data)`; the tracer stamps the event and
hands it to each sink (the JSONL file, the terminal narrator, later the server's WebSocket).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rusta.protocols import TraceSink

KINDS = (
    "intake",
    "plan",
    "probe",
    "decide",
    "patch",
    "validate",
    "reflect",
    "commit",
    "undo",
    "abstain",
    "log",
)


@dataclass(frozen=True)
class Event:
    trace_id: str
    seq: int
    kind: str
    ts: float
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "trace": self.trace_id,
            "seq": self.seq,
            "kind": self.kind,
            "ts": self.ts,
            **self.data,
        }


class Tracer:
    def __init__(self, sinks: Sequence[TraceSink] = (), trace_id: str | None = None) -> None:
        self.trace_id = trace_id or time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:8]
        self.sinks = list(sinks)
        self._seq = 0

    def emit(self, kind: str, **data: Any) -> Event:
        if kind not in KINDS:
            raise ValueError(f"unknown trace event kind {kind!r}")
        self._seq += 1
        event = Event(self.trace_id, self._seq, kind, time.time(), data)
        for sink in self.sinks:
            sink(event)
        return event
