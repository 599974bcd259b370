"""The `rusta` and `cargo-rusta` executables: give `rusta fix` its head start, then run the
command line (cli/app.py). Only the head start's own imports come before it."""

from __future__ import annotations

import sys

from rusta.cli import headstart


def main() -> None:
    headstart.begin(sys.argv[1:])
    from rusta.cli.app import main as run

    run()


def cargo_main() -> None:
    """`cargo rusta ARGS...` (cargo passes its subcommand's name first: see app.cargo_main)."""
    headstart.begin(sys.argv[2:] if sys.argv[1:2] == ["rusta"] else sys.argv[1:])
    from rusta.cli.app import cargo_main as run

    run()
