"""/repos: the registered repositories with their latest diagnostics and suggestions (read-only;
registering happens at the terminal with `rusta repo add`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from rusta.server import jobs, registry
from rusta.server.deps import DbDep, HomeDep

router = APIRouter(prefix="/repos", tags=["repos"])


@router.get("")
def list_repos(home: HomeDep, db: DbDep) -> list[dict[str, Any]]:
    """Each repo with the result of its latest finished check and fix (the dashboard's feed)."""
    return [_feed(repo, jobs.recent(db, 100, str(repo.path))) for repo in registry.all_repos(home)]


def _feed(repo: registry.Repo, recent: list[jobs.Job]) -> dict[str, Any]:
    def latest(kind: str) -> dict[str, Any] | None:
        job = next((j for j in recent if j.kind == kind and j.status in jobs.FINISHED), None)
        return job.to_json() if job else None

    return {**repo.to_json(), "check": latest("check"), "fix": latest("fix")}
