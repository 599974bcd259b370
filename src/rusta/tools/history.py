"""What the crate's files said at the last commit (issue 20: who is the odd one out).

When one edit breaks every use, git tells which side moved: a definition that differs from
HEAD while its uses do not is the edit to put back; uses that changed against an untouched
definition are the ones to adapt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rusta.tools.run import run


def committed_reader(root: Path) -> Callable[[str], str | None]:
    """`read(name)`: the text of `name` (relative to the crate root) at HEAD, or None when it
    is not tracked (or the crate is not in a git repository). Each file is asked once."""
    texts: dict[str, str | None] = {}

    def read(name: str) -> str | None:
        if name not in texts:
            done = run(["git", "show", f"HEAD:./{name}"], root, timeout=30)
            texts[name] = done.stdout if done.returncode == 0 else None
        return texts[name]

    return read
