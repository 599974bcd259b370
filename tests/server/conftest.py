"""Fixtures of the server tests (the helpers live in server_harness.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from server_harness import Server


@pytest.fixture(scope="module")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Server]]:
    """Start servers (stopped at the end of the module); `home=` reuses a home (restarts)."""
    started: list[Server] = []

    def start(workers: int = 2, home: Path | None = None) -> Server:
        server = Server(home or tmp_path_factory.mktemp("serve-home"), workers).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server with two workers for the modules whose jobs do not disturb each other
    (starting `rusta serve` costs seconds on a busy machine)."""
    server = Server(tmp_path_factory.mktemp("shared-serve-home"), workers=2).start()
    yield server
    server.stop()
