"""The dashboard (static files, no build step) and a health probe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from rusta import __version__
from rusta.server import jobs
from rusta.server.deps import DbDep

STATIC = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(tags=["dashboard"])


@router.get("/", include_in_schema=False)
def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html")


@router.get("/health")
def health(request: Request, db: DbDep) -> dict[str, Any]:
    """Liveness, version, worker pids and job counts by status."""
    pool = request.app.state.pool
    return {
        "ok": True,
        "version": __version__,
        "workers": pool.pids if pool else [],
        "jobs": jobs.counts(db),
    }
