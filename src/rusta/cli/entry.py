"""The `rusta` and `cargo-rusta` executables: give `rusta fix` its head start, then run the
command line (cli/app.py). Only the head start's own imports come before it."""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Callable

from rusta.cli import headstart


def main() -> None:
    headstart.begin(sys.argv[1:])
    from rusta.cli.app import main as run

    _finish(run)


def cargo_main() -> None:
    """`cargo rusta ARGS...` (cargo passes its subcommand's name first: see app.cargo_main)."""
    headstart.begin(sys.argv[2:] if sys.argv[1:2] == ["rusta"] else sys.argv[1:])
    from rusta.cli.app import cargo_main as run

    _finish(run)


def _finish(run: Callable[[], None]) -> None:
    """Run the command, then leave at once (issue 19).

    Tearing the interpreter down (every module's objects freed one by one) takes longer than
    many a `cargo check` of a small crate, and nothing in it is work Rusta needs done: every
    file, journal and SQLite database is written and closed inside the command. So once it has
    returned, the exit handlers run (the head start's slot release among them), the output is
    flushed and the process ends with the command's exit status. With another thread still
    running — nothing Rusta leaves, but a library might — it exits the ordinary way, which
    waits for that thread."""
    try:
        run()
        code: object = 0
    except SystemExit as exit_:
        code = exit_.code
    if threading.active_count() > 1:
        sys.exit(code)
    status = _status(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: Python's own exit would say 120 too
            status = status or 120
    os._exit(status)


def _status(code: object) -> int:
    """The exit status `sys.exit(code)` would give (a message is printed, status 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1
