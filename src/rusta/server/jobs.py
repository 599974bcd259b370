"""The job queue (a SQLite table that survives restarts) and the worker processes that drain it.

Life of a job:  queued → running → done | failed.  A dry-run fix that went green can then be
reviewed: review "" → applied → reverted (→ applied again).

- `submit` writes the job and its first event in one transaction.
- A worker `claim`s the oldest queued job it may run. A job that writes the user's tree (a
  fix without dry_run) never runs beside another job on the same repo, and nothing starts on
  a repo while one runs: two writers on one tree would race.
- A job whose worker died (crash, kill, server restart) is found by `recover_orphans`
  (`running` with a pid that is gone) and queued again, at most `MAX_ATTEMPTS` times.
- Every state change appends an event; workers append the episode's trace events too. The
  server tails the events table for WS /stream (see `db` for why nothing is missed).

`WorkerPool` runs the workers as separate processes (sharing nothing with the server's
threads) and a supervisor thread that replaces dead workers and recovers their jobs.
They are stopped with signals: SIGUSR1 asks a worker to
finish its job and exit, SIGTERM interrupts the job (which is queued again).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rusta.server.db import opened
from rusta.server.errors import NotFound
from rusta.sqlite import transaction

KINDS = ("fix", "explain", "check", "eval")
FINISHED = ("done", "failed")
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Job:
    id: str
    seq: int
    kind: str
    repo: str
    dry_run: bool
    target: str
    status: str
    review: str
    created: float
    started: float | None
    finished: float | None
    worker_pid: int | None
    attempts: int
    trace_id: str
    result: dict[str, Any] | None
    error: str
    undo_record: str

    @property
    def writes_tree(self) -> bool:
        return self.kind == "fix" and not self.dry_run

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "repo": self.repo,
            "dry_run": self.dry_run,
            "target": self.target,
            "status": self.status,
            "review": self.review,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
            "attempts": self.attempts,
            "trace_id": self.trace_id,
            "result": self.result,
            "error": self.error,
        }


# --- the queue -------------------------------------------------------------------------------


def submit(
    connection: sqlite3.Connection, kind: str, repo: str, dry_run: bool, target: str = ""
) -> Job:
    if kind not in KINDS:
        raise ValueError(f"unknown job kind {kind!r}")
    job_id = "job-" + uuid.uuid4().hex[:16]
    with transaction(connection):
        connection.execute(
            "INSERT INTO jobs(id, kind, repo, dry_run, target, status, review, created) "
            "VALUES (?, ?, ?, ?, ?, 'queued', '', ?)",
            (job_id, kind, repo, int(dry_run), target, time.time()),
        )
        job = get(connection, job_id)
        _job_event(connection, job)
    return job


def get(connection: sqlite3.Connection, job_id: str) -> Job:
    row = connection.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        raise NotFound(f"no job {job_id!r}")
    return _job(row)


def recent(connection: sqlite3.Connection, limit: int = 50, repo: str | None = None) -> list[Job]:
    """Newest first."""
    if repo is None:
        rows = connection.execute("SELECT * FROM jobs ORDER BY seq DESC LIMIT ?", (limit,))
    else:
        rows = connection.execute(
            "SELECT * FROM jobs WHERE repo = ? ORDER BY seq DESC LIMIT ?", (repo, limit)
        )
    return [_job(row) for row in rows.fetchall()]


def counts(connection: sqlite3.Connection) -> dict[str, int]:
    rows = connection.execute("SELECT status, COUNT(*) FROM jobs GROUP BY status").fetchall()
    return {status: number for status, number in rows}


def claim(connection: sqlite3.Connection, pid: int) -> Job | None:
    """Take the oldest queued job this worker may run now, or None."""
    with transaction(connection):
        running = [_job(r) for r in connection.execute("SELECT * FROM jobs WHERE status='running'")]
        queued = connection.execute("SELECT * FROM jobs WHERE status='queued' ORDER BY seq")
        waiting_behind_a_writer: set[str] = set()  # FIFO per repo, so a writer never starves
        for row in queued.fetchall():
            job = _job(row)
            if job.repo in waiting_behind_a_writer:
                continue
            if _blocked(job, running):
                if job.writes_tree:
                    waiting_behind_a_writer.add(job.repo)
                continue
            connection.execute(
                "UPDATE jobs SET status='running', started=?, worker_pid=?, attempts=attempts+1 "
                "WHERE id = ?",
                (time.time(), pid, job.id),
            )
            claimed = get(connection, job.id)
            _job_event(connection, claimed)
            return claimed
    return None


def _blocked(job: Job, running: list[Job]) -> bool:
    same_repo = [other for other in running if other.repo == job.repo]
    return any(job.writes_tree or other.writes_tree for other in same_repo)


def finish(
    connection: sqlite3.Connection,
    job_id: str,
    status: str,
    *,
    result: dict[str, Any] | None = None,
    trace_id: str = "",
    error: str = "",
) -> Job:
    if status not in FINISHED:
        raise ValueError(f"a job finishes as done or failed, not {status!r}")
    with transaction(connection):
        connection.execute(
            "UPDATE jobs SET status=?, finished=?, result=?, trace_id=?, error=? WHERE id=?",
            (status, time.time(), _dumps(result), trace_id, error, job_id),
        )
        job = get(connection, job_id)
        _job_event(connection, job)
    return job


def requeue(connection: sqlite3.Connection, job_id: str, why: str) -> Job:
    """Put a running job back (its worker stopped before finishing it)."""
    with transaction(connection):
        connection.execute(
            "UPDATE jobs SET status='queued', worker_pid=NULL, started=NULL, error=? "
            "WHERE id=? AND status='running'",
            (why, job_id),
        )
        job = get(connection, job_id)
        _job_event(connection, job)
    return job


def recover_orphans(connection: sqlite3.Connection) -> list[str]:
    """Requeue running jobs whose worker process is gone (or fail them after MAX_ATTEMPTS)."""
    rows = connection.execute("SELECT * FROM jobs WHERE status='running'").fetchall()
    recovered = []
    for job in (_job(row) for row in rows):
        if job.worker_pid is not None and _alive(job.worker_pid):
            continue
        if job.attempts >= MAX_ATTEMPTS:
            finish(
                connection,
                job.id,
                "failed",
                error=f"the worker running this job died {job.attempts} times; giving up",
            )
        else:
            requeue(connection, job.id, "its worker stopped; queued again")
        recovered.append(job.id)
    return recovered


def set_review(
    connection: sqlite3.Connection, job_id: str, review: str, undo_record: str = ""
) -> Job:
    with transaction(connection):
        connection.execute(
            "UPDATE jobs SET review=?, undo_record=? WHERE id=?", (review, undo_record, job_id)
        )
        job = get(connection, job_id)
        _job_event(connection, job)
    return job


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _job(row: sqlite3.Row) -> Job:
    return Job(
        id=row["id"],
        seq=row["seq"],
        kind=row["kind"],
        repo=row["repo"],
        dry_run=bool(row["dry_run"]),
        target=row["target"],
        status=row["status"],
        review=row["review"],
        created=row["created"],
        started=row["started"],
        finished=row["finished"],
        worker_pid=row["worker_pid"],
        attempts=row["attempts"],
        trace_id=row["trace_id"],
        result=json.loads(row["result"]) if row["result"] else None,
        error=row["error"],
        undo_record=row["undo_record"],
    )


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, default=str)


# --- events ----------------------------------------------------------------------------------


def add_event(connection: sqlite3.Connection, job_id: str, body: dict[str, Any]) -> int:
    cursor = connection.execute(
        "INSERT INTO events(job, ts, body) VALUES (?, ?, ?)",
        (job_id, time.time(), json.dumps(body, sort_keys=True, default=str)),
    )
    return int(cursor.lastrowid or 0)


def _job_event(connection: sqlite3.Connection, job: Job) -> None:
    add_event(
        connection,
        job.id,
        {
            "type": "job",
            "job": job.id,
            "kind": job.kind,
            "repo": job.repo,
            "dry_run": job.dry_run,
            "status": job.status,
            "review": job.review,
            "trace_id": job.trace_id,
            "error": job.error,
        },
    )


def events_after(
    connection: sqlite3.Connection, after: int, limit: int = 500, job_id: str | None = None
) -> list[dict[str, Any]]:
    """Events with id > `after`, oldest first, each with its `id` and `ts`."""
    if job_id is None:
        rows = connection.execute(
            "SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
        )
    else:
        rows = connection.execute(
            "SELECT * FROM events WHERE job = ? AND id > ? ORDER BY id LIMIT ?",
            (job_id, after, limit),
        )
    return [{"id": row["id"], "ts": row["ts"], **json.loads(row["body"])} for row in rows]


def last_event_id(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT MAX(id) FROM events").fetchone()
    return int(row[0] or 0)


# --- worker processes ------------------------------------------------------------------------


class WorkerPool:
    """`count` worker processes plus a supervisor thread that keeps them (and their jobs) alive.

    A worker is `python -m rusta.server.worker HOME`, a long-lived child rather than a command
    (so not `tools.run`): it imports only what jobs need, never the web stack or the CLI.
    """

    def __init__(self, home: Path, count: int, poll_seconds: float = 0.5) -> None:
        self.home = home
        self.count = count
        self.poll_seconds = poll_seconds
        self._processes: list[subprocess.Popen[bytes]] = []
        self._supervisor: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p.poll() is None]

    def start(self) -> None:
        with opened(self.home) as connection:
            recover_orphans(connection)  # jobs left running by a previous server
        self._processes = [self._spawn() for _ in range(self.count)]
        self._supervisor = threading.Thread(target=self._supervise, name="rusta-supervisor")
        self._supervisor.daemon = True
        self._supervisor.start()

    def stop(self, grace_seconds: float = 2.0) -> None:
        """Ask workers to stop; a worker still inside a job after `grace_seconds` is
        terminated (SIGTERM: the episode's `finally` runs and the job is queued again)."""
        self._stopping.set()
        if self._supervisor is not None:
            self._supervisor.join()
        for process in self._processes:
            if process.poll() is None:
                process.send_signal(signal.SIGUSR1)  # finish the current job, then exit
        deadline = time.monotonic() + grace_seconds
        for process in self._processes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(max(0.0, deadline - time.monotonic()))
        for process in self._processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "rusta.server.worker", str(self.home)],
            stdin=subprocess.DEVNULL,
        )

    def _supervise(self) -> None:
        while not self._stopping.wait(self.poll_seconds):
            for index, process in enumerate(self._processes):
                if process.poll() is not None and not self._stopping.is_set():
                    self._processes[index] = self._spawn()
            with opened(self.home) as connection:
                recover_orphans(connection)
