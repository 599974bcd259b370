"""`run.alive` on a process whose first thread has exited while others still run: the kernel
shows that leader as a zombie, yet the process is not gone until its last thread is (a
multi-threaded server stopping: `rusta model stop` must not report it stopped before then).
A real child process; its main thread leaves through pthread_exit."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from rusta.tools import run

LEADER_LEAVES_FIRST = """
import ctypes, threading, time
threading.Thread(target=time.sleep, args=(3,)).start()
time.sleep(0.2)
ctypes.CDLL(None).pthread_exit(None)
"""


def _state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]


def test_a_zombie_leader_with_a_live_thread_is_alive_until_the_thread_ends() -> None:
    # started by another process, as `rusta model stop` sees the server: not our child
    shell = subprocess.Popen(
        ["sh", "-c", f'{sys.executable} -c "$0" & echo $!; wait', LEADER_LEAVES_FIRST],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert shell.stdout is not None
        pid = int(shell.stdout.readline())
        deadline = time.monotonic() + 10
        while _state(pid) != "Z" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _state(pid) == "Z"  # the leader has exited; its second thread still sleeps
        assert run.alive(pid)
        shell.wait(timeout=30)  # the thread ends, the process exits, the shell reaps it
        assert not run.alive(pid)
    finally:
        shell.kill()
        shell.wait()
        if shell.stdout is not None:
            shell.stdout.close()
