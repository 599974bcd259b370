"""WS /stream: every event of every job, live, in order (the token is checked by `guard`).

Query: `after=ID` replays the events after ID first (0: everything), else only new events
flow; `job=ID` follows one job. The first message is `{"type": "hello", "cursor": ID}`;
every later one is an event with its `id`, so a client that reconnects with `after=<last id>`
misses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from rusta.server import jobs
from rusta.server.db import open_database
from rusta.server.stream import EventHub

router = APIRouter(tags=["stream"])

PAGE = 1000


@router.websocket("/stream")
async def stream(websocket: WebSocket, after: int | None = None, job: str | None = None) -> None:
    hub: EventHub = websocket.app.state.hub
    await websocket.accept()
    cursor = hub.latest if after is None else max(0, after)
    await websocket.send_json({"type": "hello", "cursor": cursor})
    connection = await asyncio.to_thread(open_database, websocket.app.state.home)
    sender = asyncio.create_task(_send_events(websocket, hub, connection, cursor, job))
    listener = asyncio.create_task(_until_closed(websocket))
    try:
        await asyncio.wait({sender, listener}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sender, listener):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError):
                await task
        connection.close()


async def _send_events(
    websocket: WebSocket,
    hub: EventHub,
    connection: sqlite3.Connection,
    cursor: int,
    job: str | None,
) -> None:
    while True:
        final = await hub.wait_beyond(cursor)
        while cursor < final:
            page = await asyncio.to_thread(_page, connection, cursor, final, job)
            for event in page:
                await websocket.send_text(json.dumps(event, default=str))
            cursor = page[-1]["id"] if len(page) == PAGE else final


def _page(
    connection: sqlite3.Connection, cursor: int, final: int, job: str | None
) -> list[dict[str, object]]:
    return [e for e in jobs.events_after(connection, cursor, PAGE, job) if e["id"] <= final]


async def _until_closed(websocket: WebSocket) -> None:
    """Read (and ignore) what the client sends; return when it disconnects."""
    with contextlib.suppress(WebSocketDisconnect):
        while True:
            await websocket.receive_text()
