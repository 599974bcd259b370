"""The dashboard's check job does not call a red test suite clean (issue 11 #2): a crate that
compiles but fails a test reports the failing test, its panic message and location. Real
`rusta serve`, real worker, real cargo."""

from __future__ import annotations

import httpx
import pytest
from server_harness import Server, write_crate

FAILING = """\
pub fn double(x: i32) -> i32 {
    x + 2
}

#[cfg(test)]
mod tests {
    #[test]
    fn doubles_three() {
        assert_eq!(super::double(3), 6);
    }
}
"""


@pytest.fixture(scope="module")
def client(shared_server: Server):
    with shared_server.client() as client:
        yield client


def test_a_check_job_lists_failing_tests(
    shared_server: Server, client: httpx.Client, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = write_crate(tmp_path_factory.mktemp("red") / "doubler", FAILING)
    assert shared_server.register(root).returncode == 0
    response = client.post("/jobs", json={"kind": "check", "repo": str(root)})
    assert response.status_code == 202, response.text
    job = shared_server.wait_for(client, response.json()["id"])
    assert job["status"] == "done", job["error"]
    assert job["result"]["errors"] == 0
    [failing] = job["result"]["failing_tests"]
    assert failing["name"] == "src/lib.rs::tests::doubles_three"
    assert "left: 5" in failing["message"] and "right: 6" in failing["message"]
    assert failing["location"].startswith("src/lib.rs:9:")
