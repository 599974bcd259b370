"""/devlogs: search and timeline of the diary (SPEC §5.1), through the memory room's index."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from rusta.memory import index
from rusta.server.deps import HomeDep

router = APIRouter(prefix="/devlogs", tags=["devlogs"])


@router.get("")
def search_devlogs(
    home: HomeDep,
    q: str = Query("", max_length=500, description="Words to search for; empty: timeline."),
    tag: list[str] = Query([], description="Only entries with every one of these tags."),
    type: list[str] = Query([], description="episodic, semantic, procedural, ..."),
    limit: int = Query(50, ge=1, le=500),
) -> list[dict[str, Any]]:
    """Best matches first for `q`; newest first without it."""
    if q.strip() or tag:
        hits = index.search(home, q, tags=tag, types=type, limit=limit)
    else:
        hits = index.timeline(home, types=type, limit=limit)
    return [hit.to_json() for hit in hits]
