"""The Trace Server's API against a real `rusta serve` with two worker processes and real cargo:
every job kind, the events of a job, review (apply / revert) of a dry-run fix, traces, DevLog
search, the eval report, and the OpenAPI docs."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import FIXED_MUT, MISSING_MUT, Server, write_crate


@pytest.fixture(scope="module")
def server(shared_server: Server) -> Server:
    return shared_server


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture(scope="module")
def broken(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_crate(tmp_path_factory.mktemp("api") / "counter", MISSING_MUT)
    assert server.register(root).returncode == 0
    return root


@pytest.fixture(scope="module")
def dry_run(server: Server, client: httpx.Client, broken: Path) -> dict[str, Any]:
    """One dry-run fix of the broken crate, shared by the tests that read it."""
    return server.wait_for(client, submit(client, kind="fix", repo=str(broken), dry_run=True))


def submit(client: httpx.Client, **request: Any) -> str:
    response = client.post("/jobs", json=request)
    assert response.status_code == 202, response.text
    return response.json()["id"]


def test_a_check_job_reports_the_diagnostics_and_its_events(
    server: Server, client: httpx.Client, broken: Path
) -> None:
    job = server.wait_for(client, submit(client, kind="check", repo=str(broken)))
    events = client.get(f"/jobs/{job['id']}/events").json()

    assert job["status"] == "done", job["error"]
    assert job["result"]["errors"] == 1
    assert job["result"]["diagnostics"][0]["code"] == "E0384"
    assert [e["status"] for e in events if e["type"] == "job"] == ["queued", "running", "done"]
    assert [e["event"]["kind"] for e in events if e["type"] == "trace"] == [
        "intake",
        "probe",
        "log",
    ]
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)


def test_a_dry_run_fix_changes_nothing_until_it_is_applied_and_reverts_cleanly(
    client: httpx.Client, broken: Path, dry_run: dict[str, Any]
) -> None:
    source = broken / "src" / "lib.rs"
    job = dry_run

    assert job["status"] == "done", job["error"]
    assert job["result"]["status"] == "green"
    assert "+    let mut total = 0;" in job["result"]["diff"]
    assert source.read_text(encoding="utf-8") == MISSING_MUT

    applied = client.post(f"/jobs/{job['id']}/apply")
    assert applied.status_code == 200, applied.text
    assert applied.json()["review"] == "applied"
    assert source.read_text(encoding="utf-8") == FIXED_MUT

    again = client.post(f"/jobs/{job['id']}/apply")
    assert again.status_code == 409
    assert "already applied" in again.json()["detail"]

    reverted = client.post(f"/jobs/{job['id']}/revert")
    assert reverted.status_code == 200, reverted.text
    assert reverted.json()["review"] == "reverted"
    assert source.read_text(encoding="utf-8") == MISSING_MUT


def test_apply_refuses_when_the_file_changed_since_the_dry_run(
    client: httpx.Client, broken: Path, dry_run: dict[str, Any]
) -> None:
    source = broken / "src" / "lib.rs"
    edited = MISSING_MUT + "// the user kept typing\n"
    source.write_text(edited, encoding="utf-8")
    try:
        refused = client.post(f"/jobs/{dry_run['id']}/apply")
        after = source.read_text(encoding="utf-8")
    finally:
        source.write_text(MISSING_MUT, encoding="utf-8")

    assert refused.status_code == 409
    assert "changed since the dry run" in refused.json()["detail"]
    assert after == edited


def test_the_fix_trace_is_listed_and_readable(
    client: httpx.Client, dry_run: dict[str, Any]
) -> None:
    job = dry_run
    listed = client.get("/traces").json()
    trace = client.get(f"/traces/{job['trace_id']}").json()
    by_content_id = client.get(f"/traces/{trace['id'][:12]}").json()

    assert job["trace_id"] in [t["trace"] for t in listed]
    assert trace["events"][0]["kind"] == "intake"
    assert trace["events"][-1]["kind"] == "log"
    assert trace["sealed"] and by_content_id["trace"] == job["trace_id"]


def test_the_devlog_of_a_fix_is_found_by_search(
    client: httpx.Client, dry_run: dict[str, Any]
) -> None:
    hits = client.get("/devlogs", params={"q": "E0384"}).json()
    timeline = client.get("/devlogs").json()

    assert any("E0384" in hit["error_codes"] for hit in hits)
    assert timeline and timeline[0]["date"] >= timeline[-1]["date"]


def test_explain_cites_the_error_index(server: Server, client: httpx.Client, broken: Path) -> None:
    job = server.wait_for(client, submit(client, kind="explain", repo=str(broken), target="E0384"))

    assert job["status"] == "done", job["error"]
    explanation = job["result"]["explanations"][0]
    assert explanation["code"] == "E0384"
    assert any(anchor["source"] == "error-index" for anchor in explanation["anchors"])


def test_an_eval_job_writes_a_report_the_dashboard_can_show(
    server: Server, client: httpx.Client, tmp_path: Path
) -> None:
    root = write_crate(tmp_path / "suite-of-one", MISSING_MUT)
    server.register(root)
    before = hashlib.sha256((root / "src" / "lib.rs").read_bytes()).hexdigest()

    job = server.wait_for(client, submit(client, kind="eval", repo=str(root)))
    latest = client.get("/evals/latest").json()
    page = client.get(latest["html"])

    assert job["status"] == "done", job["error"]
    assert latest["job"] == job["id"]
    assert latest["document"]["overall"]["fixed"] == 1
    assert page.status_code == 200 and "<svg" in page.text
    assert hashlib.sha256((root / "src" / "lib.rs").read_bytes()).hexdigest() == before


def test_only_a_dry_run_fix_can_be_reviewed(
    server: Server, client: httpx.Client, broken: Path
) -> None:
    check = server.wait_for(client, submit(client, kind="check", repo=str(broken)))

    refused = client.post(f"/jobs/{check['id']}/apply")
    not_applied = client.post(f"/jobs/{check['id']}/revert")

    assert refused.status_code == 409
    assert "not a dry-run fix" in refused.json()["detail"]
    assert not_applied.status_code == 409
    assert (broken / "src" / "lib.rs").read_text(encoding="utf-8") == MISSING_MUT


def test_repos_feed_shows_the_latest_check_and_fix(
    server: Server, client: httpx.Client, broken: Path
) -> None:
    server.wait_for(client, submit(client, kind="check", repo=str(broken)))
    repos = {repo["path"]: repo for repo in client.get("/repos").json()}

    feed = repos[str(broken)]
    assert feed["kind"] == "crate"
    assert feed["check"]["result"]["diagnostics"][0]["code"] == "E0384"


def test_openapi_documents_every_endpoint(server: Server) -> None:
    schema = httpx.get(server.url + "/openapi.json").json()
    docs = httpx.get(server.url + "/docs")

    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert {
        "/jobs",
        "/jobs/{job_id}",
        "/jobs/{job_id}/apply",
        "/jobs/{job_id}/revert",
        "/traces",
        "/traces/{ref}",
        "/devlogs",
        "/repos",
        "/evals/latest",
    } <= set(schema["paths"])
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
