"""An interactive `rusta teach` session in a real terminal (a pseudo-terminal), answered live."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path


class Terminal:
    """`rusta` on the slave side of a pty; the test reads and types on the master side."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "rusta"), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=env,
            close_fds=True,
        )
        os.close(slave)
        self.screen = ""

    def expect(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen:
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {text!r}; screen ends with:\n{self.screen[-800:]}")
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    self.screen += os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:  # the child closed the terminal
                    if self.process.poll() is not None:
                        continue

    def type(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def close(self) -> int:
        try:
            code = self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()  # only our own child: never leave it holding the terminal
            code = self.process.wait()
        os.close(self.master)
        return code


def test_teach_runs_interactively_in_a_terminal(tmp_path: Path, isolated_rusta_home: Path) -> None:
    terminal = Terminal(["teach", "mutability", "--dir", "exercise"], tmp_path)
    try:
        for _ in range(3):
            terminal.expect("Does this make sense? [y/n]")
            terminal.type("y")
            terminal.screen = terminal.screen.replace("Does this make sense?", "(answered)")
        terminal.expect("Will this compile? [y/n]")
        terminal.type("n")
        terminal.expect("Why?")
        terminal.type("count is not declared mut")
        terminal.expect("Quiz: 1/1 right.")
        terminal.expect("saved as a didactic DevLog")
    finally:
        code = terminal.close()

    assert code == 0
    assert "rustc says it does not compile: error[E0384]" in terminal.screen
    assert (tmp_path / "exercise" / "src" / "lib.rs").is_file()
    assert len(list((isolated_rusta_home / "devlogs" / "didactic").glob("*.md"))) == 1
