"""The head start of `rusta fix` (issue 19): its first `cargo check` begins before the rest of
Rusta is imported.

Importing the loop, the moves and the command line takes a few hundred milliseconds, about
what the first check of a small crate takes. On two cores they need not wait for each other:
`begin` reads the command line just far enough to find the crate, copies it into its first
sandbox slot and starts `cargo check` there (`sandbox.slots.head_start`); the episode's
baseline then takes that check instead of starting one. Anything unusual — another command,
`--help`, an option this module does not know, a crash journal to recover first, a crate that
cannot be located — means no head start, and the command runs exactly as it would without
one. The episode never trusts the copy blindly: a file changed since it was made sends it
back (`slots._take_lent`).
"""

from __future__ import annotations

import atexit
from pathlib import Path

# `rusta fix`'s options (cli/fix.py; tests/test_headstart.py keeps the two in step)
VALUE_OPTIONS = frozenset({"--memory", "--model", "--pick", "--answer"})
FLAGS = frozenset({"--yes", "-y", "--dry-run", "--json", "--lints", "--no-lints", "--quiet", "-q"})


def begin(argv: list[str]) -> None:
    """Start the first check of the crate `rusta fix ARGS` will work on, if that is clear."""
    path = crate_argument(argv)
    if path is None:
        return
    try:
        _start(path)
    except Exception:  # the command itself reports whatever is wrong, in its own words
        return


def crate_argument(argv: list[str]) -> Path | None:
    """The PATH of `fix [OPTIONS] [PATH]` (default "."), or None when `argv` is anything else."""
    if not argv or argv[0] != "fix":
        return None
    positional: list[str] = []
    tokens = iter(argv[1:])
    for token in tokens:
        if token == "--":
            positional += list(tokens)
        elif token in VALUE_OPTIONS:
            if next(tokens, None) is None:
                return None
        elif token in FLAGS or token.split("=", 1)[0] in VALUE_OPTIONS:
            continue  # a flag, or `--model=local`
        elif token.startswith("-"):
            return None  # --help, or an option typer will refuse: no head start
        else:
            positional.append(token)
    if len(positional) > 1:
        return None
    return Path(positional[0] if positional else ".")


def _start(path: Path) -> None:
    from rusta.home import Home, rusta_home
    from rusta.sandbox.slots import head_start, release_lent
    from rusta.tools.crate import locate

    home = Home.of(rusta_home())
    if any(home.journal.glob("*.json")):
        return  # intake recovers an interrupted apply first; the tree may be half patched
    crate = locate(path)
    atexit.register(release_lent)  # the command may end before its episode takes the slot
    head_start(home, crate.root)
