"""The only place Rusta starts a subprocess (STYLE.md §7).

cargo spawns rustc, build scripts and test binaries; if a timeout killed only cargo, the
orphans would keep the target-directory lock and poison the next check. So every command runs
in its own session and a timeout kills the whole process group. The environment is offline
(SPEC §1.5): cargo is told not to touch the network.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rusta.errors import EnvironmentProblem

OFFLINE_ENV = {
    "CARGO_NET_OFFLINE": "true",
    "CARGO_TERM_COLOR": "never",
    "CARGO_TERM_PROGRESS_WHEN": "never",
    "RUST_BACKTRACE": "0",
}


@dataclass(frozen=True)
class Completed:
    command: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False


def offline_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, **OFFLINE_ENV}
    if extra:
        env.update(extra)
    return env


def run(
    command: Sequence[str],
    cwd: Path,
    timeout: float = 300.0,
    env: Mapping[str, str] | None = None,
    merge_stderr: bool = False,
    input: str | None = None,
) -> Completed:
    """Run `command` in `cwd`, capture its output, and kill its whole group on timeout.

    `merge_stderr` interleaves stderr into stdout in the order it was written (cargo test
    prints "Running <target>" on stderr and the test results on stdout). `input` is written to
    the command's stdin (rustfmt formats a file's text that way without touching the file).
    """
    return start(command, cwd, env, merge_stderr, input is not None).wait(timeout, input)


class Running:
    """A command started by `start`: `wait` for what it printed, or `kill` it.

    The latency work of issue 19 overlaps cargo with Python: the first `cargo check` runs
    while the rest of Rusta is imported, a candidate's tests while its check runs. A command
    started in the background has its output read by a thread as it comes (cargo's JSON of a
    big crate would fill the pipe and stall cargo until `wait` reads it)."""

    def __init__(self, command: Sequence[str], process: subprocess.Popen[str]) -> None:
        self.command = tuple(command)
        self.process = process
        self.started = time.monotonic()
        self._completed: Completed | None = None
        self._reader: threading.Thread | None = None
        self._output: tuple[str, str] = ("", "")

    def read_in_background(self) -> Running:
        def read() -> None:
            with contextlib.suppress(OSError, ValueError):
                stdout, stderr = self.process.communicate()
                self._output = (stdout or "", stderr or "")

        self._reader = threading.Thread(target=read, daemon=True)
        self._reader.start()
        return self

    @property
    def finished(self) -> bool:
        return self._completed is not None or self.process.poll() is not None

    def wait(self, timeout: float, input: str | None = None) -> Completed:
        """What the command printed once it ended (`seconds`: since it started); its whole
        group is killed if it is still running `timeout` seconds from now."""
        if self._completed is not None:
            return self._completed
        if self._reader is not None:
            self._reader.join(timeout)
            timed_out = self._reader.is_alive()
            if timed_out:
                _kill_group(self.process)
                self._reader.join()
            stdout, stderr = self._output
        else:
            try:
                stdout, stderr = self.process.communicate(input=input, timeout=timeout)
                timed_out = False
            except subprocess.TimeoutExpired:
                _kill_group(self.process)
                stdout, stderr = self.process.communicate()
                timed_out = True
        self._completed = Completed(
            self.command,
            self.process.returncode if not timed_out else -9,
            stdout,
            stderr or "",
            time.monotonic() - self.started,
            timed_out,
        )
        return self._completed

    def kill(self) -> None:
        """Stop it and everything it started (cargo's rustc, a test binary), and reap it."""
        if self._completed is not None:
            return
        if self.process.poll() is None:
            _kill_group(self.process)
        self.wait(timeout=30.0)


def start(
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    merge_stderr: bool = False,
    stdin: bool = False,
) -> Running:
    """Start `command` in its own session (a timeout or `kill` ends its whole group) and
    return at once; `stdin`: the caller writes to it through `wait(input=...)`. For a
    command left running while Rusta does other work, `.read_in_background()`."""
    try:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=offline_env(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            text=True,
            errors="replace",
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise EnvironmentProblem(f"`{command[0]}` is not installed or not on PATH") from exc
    return Running(command, process)


def spawn(
    command: Sequence[str], cwd: Path, log: Path, env: Mapping[str, str] | None = None
) -> int:
    """Start a long-lived `command` detached from Rusta (its own session, so it outlives the
    command that started it and `stop_group` ends it with its children); its output goes to
    `log`. Returns its pid. For a managed server, never for a tool whose output Rusta reads."""
    log.parent.mkdir(parents=True, exist_ok=True)
    try:
        with log.open("ab") as output:
            process = subprocess.Popen(
                list(command),
                cwd=cwd,
                env=offline_env(env),
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
    except FileNotFoundError as exc:
        raise EnvironmentProblem(f"`{command[0]}` is not installed or not on PATH") from exc
    _SPAWNED.append(process)  # kept so its exit status is collected (no zombie in long runs)
    return process.pid


def alive(pid: int) -> bool:
    """The process exists and has not exited (a zombie waiting to be reaped counts as gone,
    once all its threads have ended)."""
    for process in _SPAWNED:
        if process.pid == pid:
            return process.poll() is None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    if stat.rpartition(")")[2].split()[0] != "Z":
        return True
    # a zombie leader may still have threads on their way out (a multi-threaded server such
    # as llama.cpp's): the process is gone only when its last thread is
    try:
        return len(os.listdir(f"/proc/{pid}/task")) > 1
    except OSError:
        return False


def stop_group(pid: int, grace: float = 10.0) -> None:
    """End a spawned process group: SIGTERM, then SIGKILL after `grace` seconds."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if alive(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)


_SPAWNED: list[subprocess.Popen[bytes]] = []


def _kill_group(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
