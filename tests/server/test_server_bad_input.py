"""Bad input against a real server (SPEC §13): every refusal is a 4xx with one clear line, and
nothing changes — no job, no event, no byte of the registered crate.

The server runs without workers, so even a request that slipped through could not run.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import MISSING_MUT, Server, write_crate
from websockets.asyncio.client import connect as websocket_connect
from websockets.exceptions import InvalidStatus


@pytest.fixture(scope="module")
def server(start_server: Callable[..., Server]) -> Server:
    return start_server(workers=0)


@pytest.fixture(scope="module")
def crate(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("bad")
    root = write_crate(base / "registered", MISSING_MUT)
    assert server.register(root).returncode == 0
    write_crate(base / "stranger", MISSING_MUT)
    (root / "escape").symlink_to(base / "stranger")
    return root


@pytest.fixture
def unchanged(server: Server, crate: Path) -> Iterator[None]:
    """Asserts after the test that the database and the crate are exactly as before."""
    before = _state(server, crate)
    yield
    assert _state(server, crate) == before


def _state(server: Server, crate: Path) -> tuple[Any, ...]:
    with sqlite3.connect(server.home / "server.sqlite") as connection:
        jobs = connection.execute("SELECT COUNT(*), MAX(seq) FROM jobs").fetchone()
        events = connection.execute("SELECT COUNT(*), MAX(id) FROM events").fetchone()
        reviews = connection.execute("SELECT id, review FROM jobs ORDER BY seq").fetchall()
    files = sorted((str(p), p.read_bytes()) for p in crate.rglob("*") if p.is_file())
    return jobs, events, reviews, files


def post(server: Server, path: str, *, token: str | None = "good", **kwargs: Any) -> httpx.Response:
    headers = kwargs.pop("headers", {})
    if token is not None:
        headers["Authorization"] = f"Bearer {server.token if token == 'good' else token}"
    return httpx.post(server.url + path, headers=headers, timeout=30, **kwargs)


def refused(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and words in detail, detail


@pytest.mark.usefixtures("unchanged")
def test_malformed_json_is_a_400(server: Server) -> None:
    response = post(
        server,
        "/jobs",
        content=b'{"kind": "fix", "repo":',
        headers={"Content-Type": "application/json"},
    )
    refused(response, 400, "malformed JSON body")


@pytest.mark.usefixtures("unchanged")
def test_a_body_that_is_not_declared_json_is_a_415(server: Server, crate: Path) -> None:
    response = post(server, "/jobs", data={"kind": "check", "repo": str(crate)})
    refused(response, 415, "must be JSON")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"kind": "rm -rf", "repo": "/"}, "body.kind"),
        ({"kind": "check"}, "body.repo: Field required"),
        ({"kind": "check", "repo": "/x", "sudo": True}, "body.sudo: Extra inputs"),
        ([1, 2, 3], "valid dictionary"),
    ],
)
def test_json_that_is_not_a_job_request_is_a_422(server: Server, body: Any, words: str) -> None:
    refused(post(server, "/jobs", json=body), 422, words)


@pytest.mark.usefixtures("unchanged")
def test_an_oversized_body_is_a_413(server: Server, crate: Path) -> None:
    body = {"kind": "check", "repo": str(crate), "target": "x" * 100_000}
    refused(post(server, "/jobs", json=body), 413, "request body over")


@pytest.mark.usefixtures("unchanged")
def test_an_oversized_streamed_body_is_a_413(server: Server) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b" " * 1024  # no Content-Length: the guard counts as it reads

    refused(post(server, "/jobs", content=chunks()), 413, "request body over")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("authorization", "status", "words"),
    [
        (None, 401, "missing token"),
        ("Bearer not-the-token", 403, "wrong token"),
        ("Bearer", 401, "missing token"),
        ("Token {token}", 401, "missing token"),  # the right secret, the wrong scheme
    ],
)
def test_every_mutating_call_needs_the_token(
    server: Server, crate: Path, authorization: str | None, status: int, words: str
) -> None:
    headers = {"Authorization": authorization.format(token=server.token)} if authorization else {}
    for path in ("/jobs", "/jobs/job-0123456789abcdef/apply", "/jobs/job-0123456789abcdef/revert"):
        body = {"kind": "check", "repo": str(crate)}
        response = post(server, path, token=None, json=body, headers=headers)
        refused(response, status, words)


@pytest.mark.usefixtures("unchanged")
def test_a_basic_auth_header_is_not_a_token(server: Server, crate: Path) -> None:
    response = httpx.post(
        server.url + "/jobs", json={"kind": "check", "repo": str(crate)}, auth=("user", "pw")
    )
    refused(response, 401, "missing token")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("repo", "status", "words"),
    [
        ("/etc", 403, "not inside a registered repository"),
        ("{crate}/../stranger", 403, "not inside a registered repository"),
        ("{crate}/../../../../../../etc", 403, "not inside a registered repository"),
        ("{crate}/escape", 403, "not inside a registered repository"),  # a symlink out
        ("relative/path", 400, "absolute path"),
        ("{crate}\x00/etc", 400, "NUL"),
    ],
)
def test_unregistered_repos_and_path_traversal_are_refused(
    server: Server, crate: Path, repo: str, status: int, words: str
) -> None:
    response = post(server, "/jobs", json={"kind": "fix", "repo": repo.format(crate=crate)})
    refused(response, status, words)


@pytest.mark.usefixtures("unchanged")
def test_an_explain_target_outside_the_repo_is_refused(server: Server, crate: Path) -> None:
    body = {"kind": "explain", "repo": str(crate), "target": "../stranger/src/lib.rs:1"}
    refused(post(server, "/jobs", json=body), 400, "'..' components are refused")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/traces/..%2F..%2Fserver.sqlite", 404),
        ("/traces/a..b", 400),
        ("/traces/20200101-000000-00000000", 404),
        ("/jobs/..%2F..%2Fetc", 404),
        ("/evals/..%2Ftoken/report", 404),
    ],
)
def test_reads_never_leave_their_directories(server: Server, path: str, status: int) -> None:
    response = httpx.get(server.url + path)
    assert response.status_code == status, response.text
    assert server.token not in response.text


@pytest.mark.usefixtures("unchanged")
def test_unknown_jobs_cannot_be_applied(server: Server) -> None:
    refused(post(server, "/jobs/job-0123456789abcdef/apply"), 404, "no job")


@pytest.mark.usefixtures("unchanged")
def test_a_foreign_host_name_is_refused(server: Server) -> None:
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must get nothing."""
    response = httpx.get(server.url + "/jobs", headers={"Host": "evil.example"})
    refused(response, 421, "loopback host names")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("query", ["", "?token=wrong"])
def test_the_stream_needs_the_token(server: Server, query: str) -> None:
    async def connect() -> None:
        async with websocket_connect(f"ws://127.0.0.1:{server.port}/stream{query}"):
            pass

    with pytest.raises(InvalidStatus) as refused_handshake:
        asyncio.run(connect())
    assert refused_handshake.value.response.status_code == 403


def test_refusals_leave_a_valid_request_working(server: Server, crate: Path) -> None:
    response = post(server, "/jobs", json={"kind": "check", "repo": str(crate / "src")})

    assert response.status_code == 202, response.text
    assert httpx.get(f"{server.url}/jobs/{response.json()['id']}").json()["repo"] == str(crate)
