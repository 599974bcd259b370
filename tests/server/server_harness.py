"""Real servers for the server tests: `rusta serve` in a subprocess on a free 127.0.0.1 port.

(A module with a unique name, imported by the tests and by conftest.py: test modules cannot
import a conftest reliably when several directories have one.)

Every server gets its own RUSTA_HOME (outside tmp_path) and repositories are registered with
the real `rusta repo add`, as a user would. Cargo work is kept small: one sandbox slot per
episode (config.toml), tiny crates, and the bundled doc set for explain (RUSTA_DOCS=none).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

RUSTA = Path(sys.executable).with_name("rusta")
MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# E0384: a missing `mut`; the compiler's own suggestion fixes it in one validation.
MISSING_MUT = """\
pub fn count_up(n: u32) -> u32 {
    let total = 0;
    for i in 0..n {
        total += i;
    }
    total
}
"""
FIXED_MUT = MISSING_MUT.replace("let total = 0;", "let mut total = 0;")
CLEAN = "pub fn double(x: u32) -> u32 {\n    x * 2\n}\n"


# Two proven fixes that behave differently (issue 12 Ask): casting the `u32` product to `u64`
# overflows in `u32` first, widening both operands does not; the one test passes for both.
TILES = """\
pub struct Room {
    pub width: u32,
    pub depth: u32,
}

impl Room {
    pub fn tiles(&self) -> u64 {
        self.width * self.depth
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_room() {
        let room = super::Room { width: 3, depth: 4 };
        assert_eq!(room.tiles(), 12);
    }
}
"""
WIDENED = "u64::from(self.width) * u64::from(self.depth)"


def write_crate(root: Path, source: str, name: str | None = None) -> Path:
    """A one-file library crate at `root`."""
    (root / "src").mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(MANIFEST.format(name=name or root.name), encoding="utf-8")
    (root / "src" / "lib.rs").write_text(source, encoding="utf-8")
    return root


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    home: Path
    workers: int
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        return (self.home / "token").read_text(encoding="utf-8").strip()

    @property
    def env(self) -> dict[str, str]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith("RUSTA_")}
        return {**clean, "RUSTA_HOME": str(self.home), "RUSTA_DOCS": "none"}

    def start(self) -> Server:
        self.home.mkdir(parents=True, exist_ok=True)
        config = self.home / "config.toml"
        if not config.exists():
            config.write_text("slots = 1\n", encoding="utf-8")
        self.log = self.home / f"serve-{self.port}.log"
        command = [str(RUSTA), "serve", "--port", str(self.port), "--workers", str(self.workers)]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self._wait_until_up()
        return self

    def _wait_until_up(self, seconds: float = 90.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(f"rusta serve exited early:\n{self.log_text()}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        pytest.fail(f"rusta serve did not answer within {seconds} s:\n{self.log_text()}")

    def stop(self) -> None:
        """Ctrl-C, as a user would; the workers finish or requeue their jobs."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log else ""

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def register(self, *paths: Path) -> subprocess.CompletedProcess[str]:
        """`rusta repo add PATH...`, the real command."""
        return subprocess.run(
            [str(RUSTA), "repo", "add", *map(str, paths)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def wait_for(self, client: httpx.Client, job_id: str, seconds: float = 120) -> dict[str, Any]:
        """The job once it is done or failed."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            job = client.get(f"/jobs/{job_id}").json()
            if job["status"] in ("done", "failed"):
                return job
            time.sleep(0.1)
        pytest.fail(f"job {job_id} did not finish in {seconds} s:\n{self.log_text()}")
