"""The dashboard's eval view (SPEC §7 "eval dashboard with plots"): /eval, and the runs it shows.

A run is an eval job's report (RUSTA_HOME/evals/<job>/eval.json, id: the job's id) or a
report on disk that `rusta eval` wrote (listed in RUSTA_HOME/eval-reports.json by the CLI,
id `file-<hash of its path>`). The view shows the same body as eval.html (eval/page.py:
charts and sortable tables), with the per-case diff and trace links pointing here. Only
documents in those two places are read: an HTTP request names a run by id, never by path.
"""

from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, PlainTextResponse, Response

from rusta.eval import catalog, charts, compare, page
from rusta.home import Home
from rusta.server import jobs
from rusta.server.deps import DbDep, HomeDep
from rusta.server.errors import NotFound
from rusta.server.routes.pages import STATIC

router = APIRouter(tags=["evals"])

RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")  # a job id, or file-<key>
CASE_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(diff|trace\.jsonl)$")
MAX_JOBS = 500
_render_lock = threading.Lock()  # matplotlib's rcParams are process-wide


@router.get("/eval", include_in_schema=False)
def eval_view() -> FileResponse:
    return FileResponse(STATIC / "eval.html")


@router.get("/evals/view/report.css", include_in_schema=False)
def report_css() -> Response:
    return Response(page.REPORT_CSS, media_type="text/css")


@router.get("/evals/view/report.js", include_in_schema=False)
def report_js() -> Response:
    return Response(page.SORT_JS, media_type="text/javascript")


@router.get("/evals/runs")
def list_runs(home: HomeDep, db: DbDep) -> list[dict[str, Any]]:
    """Every eval run the view can show, newest first: eval jobs, then reports on disk."""
    runs = []
    for run_id, path, when, title in _runs(home, db):
        summary = _summary(path)
        if summary is not None:
            runs.append({"id": run_id, "when": when, **summary, "title": title})
    return sorted(runs, key=lambda run: run["when"] or 0.0, reverse=True)


@router.get("/evals/runs/{run_id}")
def show_run(run_id: str, home: HomeDep, db: DbDep) -> dict[str, Any]:
    """One run: its summary and the report body (charts and tables) as HTML."""
    path = _document_path(run_id, home, db)
    summary = _summary(path)
    if summary is None:
        raise NotFound(f"run {run_id}: its eval document is gone or unreadable")
    stat = path.stat()
    title = summary["title"]
    if not run_id.startswith("file-"):
        title = f"eval job on {Path(jobs.get(db, run_id).repo).name}"
    body = _body(run_id, str(path), stat.st_mtime_ns)
    return {"id": run_id, **summary, "title": title, "html": body}


@router.get("/evals/runs/{run_id}/cases/{index}/{kind}", response_class=PlainTextResponse)
def case_file(run_id: str, index: int, kind: str, home: HomeDep, db: DbDep) -> str:
    """The winning diff or the trace (JSONL) of case number `index` of a run."""
    doc = _load(_document_path(run_id, home, db))
    if not 0 <= index < len(doc["cases"]) or kind not in ("diff", "trace"):
        raise NotFound(f"run {run_id} has no case {index} {kind}")
    case = doc["cases"][index]
    if kind == "diff":
        diff = page.case_diff(doc, case)
        if not diff:
            raise NotFound(f"case {case['name']}: no fix, so no diff")
        return diff
    trace = page.trace_path(doc, case)
    if trace is None:
        raise NotFound(f"case {case['name']}: its trace is not in the eval home any more")
    return trace.read_text(encoding="utf-8")


@router.get("/evals/compare")
def compare_runs(
    home: HomeDep, db: DbDep, a: str = Query(description="run id"), b: str = Query()
) -> dict[str, Any]:
    """What changed from run A to run B (the body of `rusta eval --compare`)."""
    path_a, path_b = _document_path(a, home, db), _document_path(b, home, db)
    comparison = compare.compare(_load(path_a), _load(path_b))
    with _render_lock:
        body = compare.body(comparison, f"{a} ({_title(path_a)})", f"{b} ({_title(path_b)})")
    return {"a": a, "b": b, "overall": comparison["overall"], "html": body}


@router.get("/evals/{job_id}/cases/{name}", include_in_schema=False)
def job_case_file(job_id: str, name: str, home: HomeDep, db: DbDep) -> PlainTextResponse:
    """The cases/ files beside an eval job's eval.html, so its relative links work when the
    page is served at /evals/<job>/report."""
    job = jobs.get(db, job_id)
    path = Home.of(home).eval_job(job.id) / "cases" / name
    if job.kind != "eval" or not CASE_FILE.match(name) or not path.is_file():
        raise NotFound(f"job {job_id} has no case file {name!r}")
    return PlainTextResponse(path.read_text(encoding="utf-8"))


# --- runs ------------------------------------------------------------------------------------


def _runs(home: Path, db: Any) -> list[tuple[str, Path, float | None, str]]:
    """(run id, document, when, title) of every run: eval jobs, then reports on disk."""
    found: list[tuple[str, Path, float | None, str]] = []
    for job in jobs.recent(db, MAX_JOBS):
        path = Home.of(home).eval_job(job.id) / "eval.json"
        if job.kind == "eval" and job.status == "done" and path.is_file():
            title = f"eval job on {Path(job.repo).name}"
            found.append((job.id, path, job.finished, title))
    for entry in catalog.entries(home):
        path = Path(entry["path"])
        found.append(
            (f"file-{catalog.key(entry['path'])}", path, entry.get("written"), _title(path))
        )
    return found


def _document_path(run_id: str, home: Path, db: Any) -> Path:
    if RUN_ID.match(run_id) is None:
        raise NotFound(f"no eval run {run_id!r}")
    if not run_id.startswith("file-"):
        job = jobs.get(db, run_id)  # only ids of real jobs reach the file system
        path = Home.of(home).eval_job(job.id) / "eval.json"
        if job.kind == "eval" and path.is_file():
            return path
        raise NotFound(f"job {run_id} has no eval report")
    key = run_id.removeprefix("file-")
    for entry in catalog.entries(home):
        if catalog.key(entry["path"]) == key:
            return Path(entry["path"])
    raise NotFound(f"no eval run {run_id!r}")


def _load(path: Path) -> dict[str, Any]:
    try:
        return compare.load(path)
    except Exception as error:  # a report deleted or rewritten since it was listed
        raise NotFound(f"{path.name}: {error}") from None


def _summary(path: Path) -> dict[str, Any] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _cached_summary(str(path), stat.st_mtime_ns)


@lru_cache(maxsize=512)
def _cached_summary(path: str, mtime_ns: int) -> dict[str, Any] | None:
    try:
        doc = compare.load(Path(path))
    except Exception:
        return None
    overall = doc["overall"]
    classes = sorted({case.get("class") or "unknown" for case in doc["cases"]})
    names = "\n".join(sorted(case["name"] for case in doc["cases"]))
    return {
        "suite": catalog.key(names),  # runs of the same cases share it (the view pairs them)
        "title": _title(Path(path)),
        "path": path,
        "cases": overall.get("cases"),
        "fixed": overall.get("fixed"),
        "tests_pass": overall.get("tests_pass"),
        "baselines": charts.tools_of(doc)[1:],
        "classes": classes,
    }


@lru_cache(maxsize=16)
def _body(run_id: str, path: str, mtime_ns: int) -> str:
    """The report body of a run (matplotlib takes a second or two: cached per file version)."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))

    def links(index: int, case: dict[str, Any]) -> tuple[str | None, str | None]:
        base = f"/evals/runs/{run_id}/cases/{index}"
        diff = f"{base}/diff" if page.case_diff(doc, case) else None
        trace = f"{base}/trace" if page.trace_path(doc, case) else None
        return diff, trace

    with _render_lock:
        return page.body(doc, links)


def _title(path: Path) -> str:
    """A report directory's eval.json is named by its directory; a JSON file by its name."""
    if path.name == "eval.json":
        return f"{path.parent.name}/eval.json"
    return path.name
