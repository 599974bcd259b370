"""/evals: the latest eval report (from an eval job) and its HTML page with the plots."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from rusta.home import Home
from rusta.server import jobs
from rusta.server.deps import DbDep, HomeDep
from rusta.server.errors import NotFound

router = APIRouter(prefix="/evals", tags=["evals"])


@router.get("/latest")
def latest_eval(home: HomeDep, db: DbDep) -> dict[str, Any]:
    """The newest finished eval job's report document and where its HTML page is."""
    for job in jobs.recent(db, 500):
        report = Home.of(home).eval_job(job.id) / "eval.json"
        if job.kind == "eval" and job.status == "done" and report.is_file():
            document = json.loads(report.read_text(encoding="utf-8"))
            return {"job": job.id, "html": f"/evals/{job.id}/report", "document": document}
    raise NotFound("no eval report yet: submit an eval job")


@router.get("/{job_id}/report", response_class=HTMLResponse)
def eval_page(job_id: str, home: HomeDep, db: DbDep) -> HTMLResponse:
    """The eval's HTML report (tables and SVG plots)."""
    job = jobs.get(db, job_id)  # only ids of real jobs reach the file system
    page = Home.of(home).eval_job(job.id) / "eval.html"
    if job.kind != "eval" or not page.is_file():
        raise NotFound(f"job {job_id} has no eval report")
    return HTMLResponse(page.read_text(encoding="utf-8"))
