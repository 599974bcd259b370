"""The SQLite job queue: it survives a server restart, never runs two writers on one tree, and
recovers the jobs of a worker that died."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from server_harness import CLEAN, Server, write_crate

from rusta.server import jobs
from rusta.server.db import opened


def test_queued_jobs_survive_a_restart_of_the_server(
    start_server: Callable[..., Server], tmp_path: Path
) -> None:
    crate = write_crate(tmp_path / "survivor", CLEAN)
    first = start_server(workers=0)  # accepts jobs, runs none
    assert first.register(crate).returncode == 0
    with first.client() as client:
        ids = [client.post("/jobs", json={"kind": "check", "repo": str(crate)}).json()["id"]]
        ids += [client.post("/jobs", json={"kind": "check", "repo": str(crate)}).json()["id"]]
    first.stop()

    second = start_server(workers=2, home=first.home)
    with second.client() as client:
        finished = [second.wait_for(client, job_id) for job_id in ids]

    assert [job["status"] for job in finished] == ["done", "done"]
    assert all(job["attempts"] == 1 for job in finished)


def test_a_job_that_writes_the_tree_runs_alone_on_its_repo(tmp_path: Path) -> None:
    with opened(tmp_path) as connection:
        check = jobs.submit(connection, "check", "/repo", dry_run=True)
        write = jobs.submit(connection, "fix", "/repo", dry_run=False)
        later = jobs.submit(connection, "check", "/repo", dry_run=True)
        elsewhere = jobs.submit(connection, "check", "/other", dry_run=True)

        first = jobs.claim(connection, pid=1)
        second = jobs.claim(connection, pid=1)
        jobs.finish(connection, check.id, "done")
        third = jobs.claim(connection, pid=1)
        blocked = jobs.claim(connection, pid=1)
        waiting = jobs.get(connection, later.id)

    assert first is not None and first.id == check.id
    assert second is not None and second.id == elsewhere.id  # the writer waits for the check
    assert third is not None and third.id == write.id
    assert blocked is None  # nothing else starts on /repo while the writer runs
    assert waiting.status == "queued"


@pytest.mark.parametrize(("attempts", "status"), [(1, "queued"), (jobs.MAX_ATTEMPTS, "failed")])
def test_the_job_of_a_dead_worker_is_queued_again_then_given_up(
    tmp_path: Path, attempts: int, status: str
) -> None:
    dead_pid = 2**22 + 12345  # above Linux's default pid_max: no such process
    with opened(tmp_path) as connection:
        job = jobs.submit(connection, "check", "/repo", dry_run=True)
        for _ in range(attempts):
            claimed = jobs.claim(connection, pid=dead_pid)
            assert claimed is not None
            if _ < attempts - 1:
                jobs.requeue(connection, job.id, "test")
        recovered = jobs.recover_orphans(connection)
        after = jobs.get(connection, job.id)
        statuses = [e["status"] for e in jobs.events_after(connection, 0, job_id=job.id)]

    assert recovered == [job.id]
    assert after.status == status
    assert statuses[-1] == status
