"""/traces: the trace ledger (RUSTA_HOME/traces, see `trace.ledger`), read-only.

Sealed traces are listed from the manifest (with their content ids); traces still being
written (an episode running now) are listed as unsealed and readable as they grow.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query

from rusta.errors import PathEscape, TraceError
from rusta.home import Home
from rusta.patch.paths import resolve_inside
from rusta.server.deps import HomeDep
from rusta.server.errors import NotFound
from rusta.trace.ledger import MANIFEST, Ledger

router = APIRouter(prefix="/traces", tags=["traces"])

# A trace id ("20260101-120000-1a2b3c4d") or a content-id prefix; anything else is refused
# before it gets near the file system.
TRACE_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


@router.get("")
def list_traces(home: HomeDep, limit: int = Query(100, ge=1, le=1000)) -> list[dict[str, Any]]:
    """Newest first: sealed traces (with content id) and unsealed ones (still running)."""
    ledger = Ledger(Home.of(home).traces)
    sealed = [
        {
            "trace": e.trace,
            "id": e.id,
            "crate": e.crate,
            "status": e.status,
            "events": e.events,
            "started": e.started,
            "sealed": True,
        }
        for e in ledger.entries()
    ]
    running = [
        _unsealed(ledger.path_for(trace))
        for trace in ledger.unsealed()
        if trace != Path(MANIFEST).stem  # the manifest is a .jsonl file too, not a trace
    ]
    every = sorted(sealed + running, key=lambda t: t["started"] or 0.0, reverse=True)
    return every[:limit]


@router.get("/{ref}")
def get_trace(ref: str, home: HomeDep) -> dict[str, Any]:
    """Every event of one trace (by trace id or a 6+ digit prefix of its content id)."""
    if not TRACE_REF.match(ref) or ".." in ref:
        raise PathEscape(f"{ref!r} is not a trace id (letters, digits, '.', '-' and '_')")
    ledger = Ledger(Home.of(home).traces)
    try:
        entry = ledger.resolve(ref)
        trace, content_id = entry.trace, entry.id
    except TraceError:
        trace, content_id = ref, ""
    path = resolve_inside(ledger.directory, f"{trace}.jsonl")
    if not path.is_file():
        raise NotFound(f"no trace {ref!r}")
    return {"trace": trace, "id": content_id, "sealed": bool(content_id), "events": _events(path)}


def _events(path: Path) -> list[dict[str, Any]]:
    events = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut short by a kill: the trace up to it is still readable
    return events


def _unsealed(path: Path) -> dict[str, Any]:
    events = _events(path) if path.is_file() else []
    first = events[0] if events else {}
    return {
        "trace": path.stem,
        "id": "",
        "crate": first.get("crate", ""),
        "status": "running",
        "events": len(events),
        "started": first.get("ts"),
        "sealed": False,
    }
