"""Live events for WS /stream: one tailer watches the events table, every client follows it.

Workers write events to SQLite; the tailer polls `MAX(id)` and wakes the clients when it
grows. Each client then reads the rows between its own cursor and that id from the database
(see `db`: every id at or below a committed MAX(id) is final), so a slow client never loses an
event and the server holds no per-client buffer. A client that reconnects with `?after=ID`
resumes exactly where it stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from rusta.server import jobs
from rusta.server.db import open_database

POLL_SECONDS = 0.05


class EventHub:
    def __init__(self, home: Path, poll_seconds: float = POLL_SECONDS) -> None:
        self.home = home
        self.poll_seconds = poll_seconds
        self.latest = 0
        self._changed: asyncio.Condition | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._changed = asyncio.Condition()
        self.latest = await asyncio.to_thread(self._read_latest)
        self._task = asyncio.create_task(self._tail(), name="rusta-event-tailer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def wait_beyond(self, cursor: int) -> int:
        """Wait until events past `cursor` exist; return the newest id known to be final."""
        assert self._changed is not None, "EventHub.start() was not awaited"
        async with self._changed:
            await self._changed.wait_for(lambda: self.latest > cursor)
            return self.latest

    async def _tail(self) -> None:
        connection = await asyncio.to_thread(open_database, self.home)
        try:
            while True:
                latest = await asyncio.to_thread(jobs.last_event_id, connection)
                if latest > self.latest:
                    assert self._changed is not None
                    async with self._changed:
                        self.latest = latest
                        self._changed.notify_all()
                await asyncio.sleep(self.poll_seconds)
        finally:
            connection.close()

    def _read_latest(self) -> int:
        connection = open_database(self.home)
        try:
            return jobs.last_event_id(connection)
        finally:
            connection.close()
