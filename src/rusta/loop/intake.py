"""Intake (SPEC §2): find the crate, open the trace, clean up after crashes, take the baseline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rusta.config import Settings
from rusta.home import Home
from rusta.patch.apply import recover
from rusta.sandbox.slots import clean_stale
from rusta.tools.crate import Crate, locate, rust_files
from rusta.tools.run import run


@dataclass(frozen=True)
class Task:
    crate: Crate
    settings: Settings
    home: Path
    rust_files: tuple[str, ...]
    git_head: str
    git_dirty: bool


def start(path: Path, settings: Settings, home: Path) -> Task:
    crate = locate(path)
    home.mkdir(parents=True, exist_ok=True)
    recover(Home.of(home).journal)  # finish or roll back an apply a crash interrupted
    clean_stale(home)
    head = run(["git", "rev-parse", "HEAD"], crate.root, timeout=30)
    status = run(["git", "status", "--porcelain"], crate.root, timeout=30)
    return Task(
        crate=crate,
        settings=settings,
        home=home,
        rust_files=tuple(rust_files(crate.root)),
        git_head=head.stdout.strip() if head.returncode == 0 else "",
        git_dirty=bool(status.stdout.strip()) if status.returncode == 0 else False,
    )
