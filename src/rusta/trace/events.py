"""Typed trace events (SPEC §7): one stream, many sinks (STYLE.md §12).

Every stage of an episode calls `tracer.emit(kind, **data)`; the tracer redacts secrets
(SPEC §13), stamps the event and hands it to each sink (the JSONL file, the terminal narrator,
the server's WebSocket), so every sink sees the same, safe event. The payload of each kind is
described in `kinds.py` (Trace v1).
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rusta.protocols import TraceSink
from rusta.redact import redact
from rusta.trace.kinds import PAYLOADS

KINDS = tuple(PAYLOADS)

# Fields that carry source code. The prose redactor reads `token: &str` or `Token::Plus` as a
# credential assignment; in code only long, secret-shaped words are looked at (a key, a token).
CODE_FIELDS = frozenset({"diff", "completions", "option_diffs"})
_SECRET_SHAPED = re.compile(r"[A-Za-z0-9_\-.+/=~]{12,}")


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
        """Emit one event. `data` is checked against the kind's payload class in kinds.py:
        an unknown or missing field is a TypeError at the call, not a trace that fails
        validation later; the event carries exactly the fields the caller named."""
        payload = PAYLOADS.get(kind)
        if payload is None:
            raise ValueError(f"unknown trace event kind {kind!r}")
        payload(**data)
        self._seq += 1
        event = Event(self.trace_id, self._seq, kind, time.time(), redacted(data))
        for sink in self.sinks:
            sink(event)
        return event


def redacted(value: Any, key: str = "") -> Any:
    """`value` with secrets masked in every string, however deeply nested."""
    if isinstance(value, str):
        return redact_code(value) if key in CODE_FIELDS else redact(value)
    if isinstance(value, dict):
        return {name: redacted(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [redacted(item, key) for item in value]
    return value


def redact_code(text: str) -> str:
    return _SECRET_SHAPED.sub(lambda match: redact(match.group()), text)
