"""What an episode records about the crate so `rusta trace replay` can rebuild and compare it.

A green apply changes the user's tree, so the trace keeps the sha256 of every source file as
intake saw it, and the final diff: replay reverses the diff on the files it touched and checks
the result against these hashes before it trusts the rebuilt state. Diagnostics are compared by
their keys (code, message, file, line), which are stable across builds of the same tree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from rusta.types import Diagnostic

MANIFEST = "Cargo.toml"

DiagnosticKey = tuple[str, str, str, int]


def file_hashes(root: Path, rust_files: Iterable[str]) -> dict[str, str]:
    """sha256 of each Rust file and of the root manifest: the state a replay must rebuild."""
    names = sorted({*rust_files, MANIFEST})
    return {name: sha256_file(root / name) for name in names if (root / name).is_file()}


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def diagnostic_keys(diagnostics: Sequence[Diagnostic]) -> list[list[str | int]]:
    """The keys of `diagnostics`, sorted, as JSON-ready lists (order is not part of identity)."""
    return [list(key) for key in sorted(d.key() for d in diagnostics)]
