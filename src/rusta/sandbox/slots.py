"""Sandbox slots: disposable copies of the user's crate where every candidate is proven.

Each slot is a copy at a stable path (RUSTA_HOME/sandboxes/<crate-key>/slot-N) with its own
target directory (RUSTA_HOME/targets/<crate-key>/slot-N) that outlives the copy, so the
next episode on the same crate re-checks incrementally. A target directory is never shared
between two copies (cargo's fingerprints ignore where a crate lives: see ECOSYSTEM.md), and a
slot is held by an exclusive file lock while in use. Copies are deleted after use and stale
ones (no lock holder) are deleted on start.

A copy is always writable by its owner, whatever the modes of the user's files (a read-only
crate still needs a writable copy: candidates are written into it, cargo writes Cargo.lock).
Whatever a killed run left at a slot's path (a half copy, read-only directories, a file or a
symlink) is removed before the slot is copied again, or moved aside when it cannot be, so a
broken slot never blocks the runs after it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import stat
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from rusta.errors import EnvironmentProblem, RustaError
from rusta.home import Home
from rusta.profile import NO_PROFILE, Profile
from rusta.tools import cargo
from rusta.tools.cargo import CheckResult
from rusta.tools.crate import BUILD_AND_VCS
from rusta.types import TestReport


def _skip_for(root: Path):
    """Skip build output and VCS data at the crate root only (src/target/ is source)."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        return BUILD_AND_VCS & set(names) if Path(directory) == root else set()

    return ignore


def crate_key(root: Path) -> str:
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:12]
    return f"{root.name}-{digest}"


class Slot:
    """One copy of the crate. `sync(files)` moves it to the state `files` describes."""

    def __init__(
        self, root: Path, target_dir: Path, lock: IO[str], origin: Path | None = None
    ) -> None:
        self.root = root
        self.origin = origin  # the user's crate this is a copy of
        self.target_dir = target_dir
        self._lock = lock
        self._written: dict[str, str] = {}  # files whose content differs from the pristine copy
        self._pristine: dict[str, str | None] = {}
        self.profile: Profile = NO_PROFILE  # the episode's, where its calls are timed

    def read(self, relative: str) -> str:
        if relative in self._written:
            return self._written[relative]
        return (self.root / relative).read_bytes().decode("utf-8")

    def sync(self, files: Mapping[str, str]) -> None:
        """Make the copy equal pristine + `files`, writing only what differs (keeps cargo warm)."""
        with self.profile.call("sync"):
            for relative in list(self._written):
                if relative not in files:
                    self._restore(relative)
            for relative, text in files.items():
                if self._written.get(relative) != text:
                    self._write(relative, text)

    def check(self, timeout: float, clippy: bool = False) -> CheckResult:
        with self._users_paths(), self.profile.call("clippy" if clippy else "check"):
            return cargo.check(self.root, self.target_dir, timeout=timeout, clippy=clippy)

    def test(self, timeout: float, only: tuple[str, ...] = ()) -> TestReport:
        """The crate's tests; `only` names tests (libtest names, exact) to run alone."""
        filters = ("--", "--exact", *only) if only else ()
        with self._users_paths(), self.profile.call("test"):
            return cargo.test(self.root, self.target_dir, timeout=timeout, filters=filters)

    @contextmanager
    def _users_paths(self) -> Iterator[None]:
        """An error about the copy is an error about the user's crate: name their files
        (`/home/me/app/Cargo.toml`), never the sandbox's."""
        try:
            yield
        except RustaError as error:
            if self.origin is None or str(self.root) not in str(error):
                raise
            text = str(error).replace(str(self.root), str(self.origin))
            raise type(error)(text) from error

    def machine_code(self, timeout: float) -> str | None:
        """The copy's optimised machine code (see `cargo.machine_code`)."""
        with self._users_paths(), self.profile.call("asm"):
            return cargo.machine_code(self.root, self.target_dir, timeout)

    def run_program(self, timeout: float) -> cargo.ProgramRun:
        """Run the copy's binary once, stdin closed (evidence for crates without tests)."""
        with self.profile.call("run"):
            return cargo.run_program(self.root, self.target_dir, timeout)

    def _write(self, relative: str, text: str) -> None:
        path = self.root / relative
        if relative not in self._pristine:
            self._pristine[relative] = path.read_bytes().decode("utf-8") if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        _bump_mtime(path)
        self._written[relative] = text

    def _restore(self, relative: str) -> None:
        path = self.root / relative
        original = self._pristine.get(relative)
        if original is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(original.encode("utf-8"))
            _bump_mtime(path)
        del self._written[relative]


def _bump_mtime(path: Path) -> None:
    """Cargo rebuilds by mtime: a restored file must look newer than the last build."""
    now = time.time_ns()
    previous = path.stat().st_mtime_ns
    stamp = max(now, previous + 1_000_000)
    os.utime(path, ns=(stamp, stamp))


class SandboxPool:
    """The slots of one crate under RUSTA_HOME; `slot()` lends one, exclusively."""

    def __init__(self, home: Path | Home, crate_root: Path) -> None:
        self.crate_root = crate_root
        key = crate_key(crate_root)
        self.sandboxes = Home.of(home).sandboxes / key
        self.targets = Home.of(home).targets / key
        self._slots: list[Slot] = []

    def open_slots(self, count: int) -> list[Slot]:
        """Copy the crate into `count` free slots (lock each); close() releases them."""
        index = 0
        while len(self._slots) < count:
            lock = self._try_lock(index)
            if lock is not None:
                self._slots.append(self._make_slot(index, lock))
            index += 1
        return self._slots

    def close(self) -> None:
        for slot in self._slots:
            remove_tree(slot.root)
            with suppress(OSError):
                fcntl.flock(slot._lock, fcntl.LOCK_UN)
            slot._lock.close()
        self._slots = []

    def _try_lock(self, index: int) -> IO[str] | None:
        self.sandboxes.mkdir(parents=True, exist_ok=True)
        handle = open(self.sandboxes / f"slot-{index}.lock", "w")  # noqa: SIM115 - held open
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        return handle

    def _make_slot(self, index: int, lock: IO[str]) -> Slot:
        root = self.sandboxes / f"slot-{index}"
        _clear(root)
        try:
            # copy, not copy2: fresh mtimes, so cargo never trusts a build of other contents
            shutil.copytree(
                self.crate_root,
                root,
                ignore=_skip_for(self.crate_root),
                copy_function=shutil.copy,
                symlinks=True,
            )
            _make_writable(root)
        except OSError as exc:
            remove_tree(root)  # a half copy must not be what the next run finds
            where = str(exc).replace(str(root), str(self.crate_root))
            raise EnvironmentProblem(
                f"cannot copy {self.crate_root} into a sandbox: {where}"
            ) from exc
        target = self.targets / f"slot-{index}"
        target.mkdir(parents=True, exist_ok=True)
        return Slot(root, target, lock, self.crate_root)


@contextmanager
def pool(home: Path | Home, crate_root: Path, count: int) -> Iterator[list[Slot]]:
    sandbox_pool = SandboxPool(home, crate_root)
    try:
        yield sandbox_pool.open_slots(count)
    finally:
        sandbox_pool.close()


def clean_stale(home: Path | Home) -> int:
    """Remove slot copies nobody holds (left by a crash or kill); returns how many."""
    removed, sandboxes = 0, Home.of(home).sandboxes
    for lock_path in sandboxes.glob("*/slot-*.lock"):
        with open(lock_path, "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            copy = lock_path.with_suffix("")
            if copy.exists() or copy.is_symlink():
                _clear(copy)
                removed += 1
            fcntl.flock(handle, fcntl.LOCK_UN)
    for aside in sandboxes.glob(f"*/{_ASIDE}*"):
        remove_tree(aside)  # slots a run could not remove, moved aside; nobody uses them
    return removed


# --- modes and removal: whatever the user's modes, a copy is writable and removable ----------

_ASIDE = ".broken-"


def _make_writable(root: Path, strict: bool = True) -> None:
    """Give the owner read and write on every file and directory of a copy (and search on
    directories): the copy is Rusta's, the user's read-only modes protect only their tree.
    Top-down, so each directory is opened up before it is entered; `strict=False` goes on
    past a path it cannot change (removing what it can is better than nothing)."""
    for directory, names, files in os.walk(root):
        here = Path(directory)
        changes = [(here, stat.S_IRWXU)]
        changes += [(here / name, stat.S_IRUSR | stat.S_IWUSR) for name in files]
        changes += [(here / name, stat.S_IRWXU) for name in names]
        for path, bits in changes:
            try:
                _add_mode(path, bits)
            except OSError:
                if strict:
                    raise


def _add_mode(path: Path, bits: int) -> None:
    if path.is_symlink():
        return  # chmod would change what the link points at, maybe outside the copy
    mode = stat.S_IMODE(path.lstat().st_mode)
    if mode & bits != bits:
        path.chmod(mode | bits)


def remove_tree(path: Path) -> None:
    """Remove a copy even when its directories are read-only (a non-root user cannot unlink in
    a directory without write permission); a symlink or file at the path is unlinked. What
    cannot be removed stays, for the caller to see."""
    if path.is_symlink() or path.is_file():
        with suppress(OSError):
            path.unlink()
        return
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():
        _make_writable(path, strict=False)
        shutil.rmtree(path, ignore_errors=True)


def _clear(root: Path) -> None:
    """Make sure nothing is at a slot's path: remove what a killed run left there, or move it
    aside (a rename needs only the sandboxes folder, which is Rusta's) for `clean_stale`."""
    remove_tree(root)
    if root.exists() or root.is_symlink():
        aside = root.with_name(f"{_ASIDE}{root.name}-{uuid.uuid4().hex[:8]}")
        try:
            root.rename(aside)
        except OSError as exc:
            raise EnvironmentProblem(
                f"a sandbox copy left by an earlier run cannot be removed or moved: {root}: "
                f"{exc}; remove it by hand"
            ) from exc
        remove_tree(aside)
