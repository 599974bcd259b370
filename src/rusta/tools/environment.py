"""What this machine offers Rusta: toolchain, optional tools, offline docs, Debian crates."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from rusta.tools import cargo
from rusta.tools.run import run

DEBIAN_REGISTRY = Path("/usr/share/cargo/registry")
DEBIAN_SOURCE_REPLACEMENT = f"""[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "{DEBIAN_REGISTRY}"
[net]
offline = true"""


@dataclass(frozen=True)
class Tool:
    name: str
    version: str | None

    @property
    def present(self) -> bool:
        return self.version is not None


def toolchain() -> list[Tool]:
    names = ["rustc", "cargo", "cargo clippy", "rustfmt", "cargo miri", "rust-analyzer"]
    return [Tool(name, cargo.version(name) if _on_path(name) else None) for name in names]


def _on_path(name: str) -> bool:
    return shutil.which(name.split()[0]) is not None


def sysroot() -> Path | None:
    if not _on_path("rustc"):
        return None
    done = run(["rustc", "--print", "sysroot"], Path.cwd(), timeout=30)
    return Path(done.stdout.strip()) if done.returncode == 0 else None


def offline_docs() -> Path | None:
    """rustup's rust-docs component: the Book, the Reference, std, the error index..."""
    root = sysroot()
    docs = root / "share" / "doc" / "rust" / "html" if root else None
    return docs if docs and (docs / "error_codes").is_dir() else None


def debian_crates() -> int:
    """How many crates Debian's librust-*-dev packages put in the offline registry."""
    if not DEBIAN_REGISTRY.is_dir():
        return 0
    return sum(1 for entry in DEBIAN_REGISTRY.iterdir() if entry.is_dir())
