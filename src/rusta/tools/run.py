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
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=offline_env(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
            stdin=subprocess.DEVNULL if input is None else subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise EnvironmentProblem(f"`{command[0]}` is not installed or not on PATH") from exc
    try:
        stdout, stderr = process.communicate(input=input, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        _kill_group(process)
        stdout, stderr = process.communicate()
        timed_out = True
    return Completed(
        tuple(command),
        process.returncode if not timed_out else -9,
        stdout,
        stderr or "",
        time.monotonic() - started,
        timed_out,
    )


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
    """The process exists and has not exited (a zombie waiting to be reaped counts as gone)."""
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
    return stat.rpartition(")")[2].split()[0] != "Z"


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
