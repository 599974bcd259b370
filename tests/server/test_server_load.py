"""Load: 52 jobs submitted at once while 20 WebSocket clients listen (issue 6, deliverable 5).

Every job must finish, and every client must receive every event the server recorded while it
listened — no loss, no duplicate, in order — and each job's trace must arrive whole (sequence
numbers 1..n ending in `log`). The figures are printed (run with -s to see them); nothing is
timed in an assertion.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import CLEAN, MISSING_MUT, Server, write_crate
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as websocket_connect

CLIENTS = 20
CHECKS_PER_CRATE = 16
CHECK_CRATES = 3
FIXES = 4
JOBS = CHECKS_PER_CRATE * CHECK_CRATES + FIXES


@pytest.fixture(scope="module")
def server(shared_server: Server) -> Server:
    return shared_server


def test_fifty_jobs_and_twenty_listeners_lose_nothing(server: Server, tmp_path: Path) -> None:
    crates = [write_crate(tmp_path / f"tiny{n}", CLEAN) for n in range(CHECK_CRATES)]
    broken = write_crate(tmp_path / "broken", MISSING_MUT)
    assert server.register(*crates, broken).returncode == 0
    requests = [{"kind": "check", "repo": str(c)} for c in crates] * CHECKS_PER_CRATE
    requests += [{"kind": "fix", "repo": str(broken), "dry_run": True}] * FIXES

    started = time.monotonic()
    received, cursors, job_ids = asyncio.run(_load(server, requests))
    seconds = time.monotonic() - started

    recorded = _recorded_events(server)
    jobs = [httpx.get(f"{server.url}/jobs/{job_id}").json() for job_id in job_ids]
    lost = 0
    for client, events in enumerate(received):
        expected = [e for e in recorded if e["id"] > cursors[client]]
        assert [e["id"] for e in events] == [e["id"] for e in expected], f"client {client}"
        lost += len(expected) - len(events)
    _assert_every_job_is_whole(job_ids, received[0])
    print(
        f"\nload: {len(jobs)} jobs ({JOBS - FIXES} check, {FIXES} dry-run fix), "
        f"{CLIENTS} WebSocket clients, {len(received[0])} events per client "
        f"({sum(map(len, received))} delivered), {lost} lost, "
        f"{sum(j['status'] == 'done' for j in jobs)} done, wall {seconds:.1f} s, 2 workers"
    )
    assert len(job_ids) == JOBS >= 50
    assert all(job["status"] == "done" for job in jobs), [j["error"] for j in jobs]
    assert all(job["result"]["status"] == "green" for job in jobs if job["kind"] == "fix")
    assert lost == 0


async def _load(
    server: Server, requests: list[dict[str, Any]]
) -> tuple[list[list[dict[str, Any]]], list[int], list[str]]:
    url = f"ws://127.0.0.1:{server.port}/stream?token={server.token}"
    sockets = [await websocket_connect(url, max_size=None) for _ in range(CLIENTS)]
    cursors = [json.loads(await socket.recv())["cursor"] for socket in sockets]
    received: list[list[dict[str, Any]]] = [[] for _ in sockets]
    readers = [
        asyncio.create_task(_read(socket, into))
        for socket, into in zip(sockets, received, strict=True)
    ]
    headers = {"Authorization": f"Bearer {server.token}"}
    async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=60) as client:
        responses = await asyncio.gather(*(client.post("/jobs", json=r) for r in requests))
        assert all(r.status_code == 202 for r in responses), [r.text for r in responses]
        job_ids = [r.json()["id"] for r in responses]
        await _until_finished(client, job_ids)
    final = _recorded_events(server)[-1]["id"]
    await asyncio.wait_for(_until_delivered(received, final), timeout=60)
    for reader in readers:
        reader.cancel()
    for socket in sockets:
        await socket.close()
    return received, cursors, job_ids


async def _read(socket: ClientConnection, into: list[dict[str, Any]]) -> None:
    async for message in socket:
        into.append(json.loads(message))


async def _until_finished(client: httpx.AsyncClient, job_ids: list[str]) -> None:
    deadline = time.monotonic() + 300
    wanted = set(job_ids)
    while time.monotonic() < deadline:
        listed = (await client.get("/jobs", params={"limit": 500})).json()
        finished = {j["id"] for j in listed if j["status"] in ("done", "failed")} & wanted
        if finished == wanted:
            return
        await asyncio.sleep(0.2)
    pytest.fail(f"jobs did not finish: {len(wanted - finished)} left")


async def _until_delivered(received: list[list[dict[str, Any]]], final: int) -> None:
    while not all(events and events[-1]["id"] >= final for events in received):
        await asyncio.sleep(0.05)


def _recorded_events(server: Server) -> list[dict[str, Any]]:
    with sqlite3.connect(server.home / "server.sqlite") as connection:
        rows = connection.execute("SELECT id, job FROM events ORDER BY id").fetchall()
    return [{"id": row[0], "job": row[1]} for row in rows]


def _assert_every_job_is_whole(job_ids: list[str], events: list[dict[str, Any]]) -> None:
    statuses: dict[str, list[str]] = defaultdict(list)
    sequences: dict[str, list[int]] = defaultdict(list)
    last_kind: dict[str, str] = {}
    for event in events:
        if event["type"] == "job":
            statuses[event["job"]].append(event["status"])
        elif event["type"] == "trace":
            sequences[event["event"]["trace"]].append(event["event"]["seq"])
            last_kind[event["event"]["trace"]] = event["event"]["kind"]
    for job_id in job_ids:
        assert statuses[job_id] == ["queued", "running", "done"], job_id
    for trace, numbers in sequences.items():
        assert numbers == list(range(1, len(numbers) + 1)), trace
        assert last_kind[trace] == "log", trace
    assert len(sequences) == len(job_ids)  # one trace per job, each seen whole
