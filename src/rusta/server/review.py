"""Apply and revert a reviewed dry-run fix (POST /jobs/{id}/apply, /revert).

A dry run proved its diff green against the files as they were. Apply re-checks that every
file the diff touches still has the bytes it was proven on (else the proof says nothing and
the user is told to run the fix again), then writes through `loop.commit.apply_to_tree`: the
journaled atomic apply, a git commit with the provenance footer when the files were clean,
and an undo record. Revert undoes exactly that record with `loop.commit.undo`, and only while
it is the latest Rusta change to the crate (undo always reverts the latest one).

Both run in the server process under one lock: they are short, and two reviews racing on one
job must not both win.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

from rusta.loop.commit import FOOTER_KEY, apply_to_tree, latest_record, undo
from rusta.patch.diff import apply_unified_diff
from rusta.patch.paths import resolve_inside
from rusta.server import jobs
from rusta.server.errors import ReviewConflict
from rusta.server.jobs import Job

_REVIEW_LOCK = threading.Lock()


def apply_reviewed(
    home: Path, connection: sqlite3.Connection, job_id: str, answer: int | None = None
) -> Job:
    """Apply a dry run's proven fix, or (the fix job asked) the proven fix `answer` names."""
    with _REVIEW_LOCK:
        job = jobs.get(connection, job_id)
        _refuse_unless_applicable(connection, job)
        result = job.result or {}
        root = Path(job.repo)
        _refuse_if_changed(root, result.get("base", {}))
        files = apply_unified_diff(root, _chosen_diff(job, answer))
        if any(text is None for text in files.values()):
            raise ReviewConflict(f"job {job.id}: the diff deletes a file; refusing to apply it")
        footer = {
            FOOTER_KEY: job.trace_id,
            "Rusta-Changed-Lines": str(result.get("changed_lines", "")),
            "Rusta-Error-Codes": ", ".join(result.get("error_codes", [])),
            "Rusta-Reviewed-Job": job.id,
        }
        message = f"rusta: {(result.get('intents') or ['reviewed fix'])[0]}"
        applied = apply_to_tree(home, root, files, message, footer)  # type: ignore[arg-type]
        return jobs.set_review(connection, job.id, "applied", str(applied.record))


def revert_reviewed(home: Path, connection: sqlite3.Connection, job_id: str) -> Job:
    with _REVIEW_LOCK:
        job = jobs.get(connection, job_id)
        if job.review != "applied":
            raise ReviewConflict(f"job {job.id} is not applied (review state: {_state(job)})")
        root = Path(job.repo)
        latest = latest_record(home, root)
        if latest is None or str(latest[0]) != job.undo_record:
            raise ReviewConflict(
                f"job {job.id}: a later Rusta change to {root} must be reverted first"
            )
        undo(home, root)  # UndoRefused (409) when the files changed since the apply
        return jobs.set_review(connection, job.id, "reverted")


def _chosen_diff(job: Job, answer: int | None) -> str:
    """The diff to apply: the proven fix, or the answer to the job's question."""
    result = job.result or {}
    if result.get("status") != "ask":
        if answer is not None:
            raise ReviewConflict(f"job {job.id} asked no question; apply it without an answer")
        return str(result["diff"])
    options = result["questions"][0]["options"]
    if answer is None or not 1 <= answer <= len(options):
        raise ReviewConflict(
            f"job {job.id} asks which fix you mean: answer with one of 1..{len(options)}"
        )
    return str(options[answer - 1]["diff"])


def _refuse_unless_applicable(connection: sqlite3.Connection, job: Job) -> None:
    result = job.result or {}
    asked = result.get("status") == "ask"  # nothing was applied, dry run or not
    if job.kind != "fix" or not (job.dry_run or asked):
        raise ReviewConflict(f"job {job.id} is not a dry-run fix; only those are reviewed")
    if job.status != "done" or result.get("status") not in ("green", "ask"):
        raise ReviewConflict(
            f"job {job.id} has no proven fix to apply (status {job.status}"
            + (f", outcome {result['status']})" if "status" in result else ")")
        )
    if job.review == "applied":
        raise ReviewConflict(f"job {job.id} is already applied")
    busy = [
        other
        for other in jobs.recent(connection, limit=200, repo=job.repo)
        if other.status == "running" and other.writes_tree
    ]
    if busy:
        raise ReviewConflict(f"{job.repo}: job {busy[0].id} is writing this crate; try later")


def _refuse_if_changed(root: Path, base: dict[str, str]) -> None:
    for name, sha in sorted(base.items()):
        path = resolve_inside(root, name)
        current = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        if current != sha:
            raise ReviewConflict(
                f"{name} changed since the dry run proved this fix; run the fix again"
            )


def _state(job: Job) -> str:
    return job.review or "not reviewed"
