"""/jobs: submit work, follow it, and review a dry-run fix (apply / revert)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query

from rusta.errors import UsageError
from rusta.patch.paths import resolve_inside
from rusta.server import jobs, registry, review
from rusta.server.deps import DbDep, HomeDep, TokenDep
from rusta.server.schemas import JobCreated, JobRequest

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.post("", status_code=202, dependencies=[TokenDep])
def submit_job(request: JobRequest, home: HomeDep, db: DbDep) -> JobCreated:
    """Queue a job on a registered repository; follow it with GET /jobs/{id} or WS /stream."""
    repo = registry.resolve(home, request.repo)
    if request.kind != "eval" and repo.kind != "crate":
        raise UsageError(f"{repo.path} is a suite of crates: only eval jobs run on it")
    target = _checked_target(repo.path, request.target) if request.kind == "explain" else ""
    job = jobs.submit(db, request.kind, str(repo.path), request.dry_run, target)
    return JobCreated(id=job.id, status=job.status)


@router.get("")
def list_jobs(
    db: DbDep,
    repo: str | None = None,
    limit: int = Query(50, ge=1, le=500),
) -> list[dict[str, Any]]:
    """Newest first."""
    return [job.to_json() for job in jobs.recent(db, limit, repo)]


@router.get("/{job_id}")
def get_job(job_id: str, db: DbDep) -> dict[str, Any]:
    """Status, result and trace id of one job."""
    return jobs.get(db, job_id).to_json()


@router.get("/{job_id}/events")
def job_events(
    job_id: str, db: DbDep, after: int = Query(0, ge=0), limit: int = Query(500, ge=1, le=5000)
) -> list[dict[str, Any]]:
    """The job's events so far (what WS /stream sent), oldest first."""
    jobs.get(db, job_id)
    return jobs.events_after(db, after, limit, job_id)


@router.post("/{job_id}/apply", dependencies=[TokenDep])
def apply_job(
    job_id: str, home: HomeDep, db: DbDep, answer: int | None = Query(None, ge=1)
) -> dict[str, Any]:
    """Apply a reviewed dry-run fix to the tree (journaled, with an undo record); when the
    fix job asked which proven fix was meant, `answer` (1-based) names the option."""
    return review.apply_reviewed(home, db, job_id, answer).to_json()


@router.post("/{job_id}/revert", dependencies=[TokenDep])
def revert_job(job_id: str, home: HomeDep, db: DbDep) -> dict[str, Any]:
    """Undo a fix applied through /apply, if the files have not changed since."""
    return review.revert_reviewed(home, db, job_id).to_json()


def _checked_target(root: Path, target: str) -> str:
    """An error code passes as is; FILE[:LINE] must name a file inside the repo."""
    if not target or (target[:1] == "E" and target[1:].isdigit()):
        return target
    name = target.rsplit(":", 1)[0] if target.rsplit(":", 1)[-1].isdigit() else target
    resolve_inside(root, name)
    return target
