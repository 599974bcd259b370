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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rusta.errors import EnvironmentProblem, RustaError
from rusta.home import Home
from rusta.profile import NO_PROFILE, Profile
from rusta.tools import cargo
from rusta.tools.cargo import CheckResult
from rusta.tools.crate import BUILD_AND_VCS
from rusta.tools.doctests import may_hold_doc_tests
from rusta.tools.run import Completed, Running

if TYPE_CHECKING:
    from rusta.types import TestReport

# Below this many lines of Rust a crate's test builds are not incremental (Slot.incremental_tests)
SMALL_CRATE_LINES = 3000


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
        self._ahead: tuple[tuple[str, ...], str, Running] | None = None  # start_check
        self._doc_tests: dict[str, bool] | None = None  # per .rs file: may hold doc tests
        self._lines = 0  # lines of Rust in the copy's first state (incremental_tests)
        self._tested: dict[str, str] | None = None  # the state the last test build was of

    def read(self, relative: str) -> str:
        if relative in self._written:
            return self._written[relative]
        return (self.root / relative).read_bytes().decode("utf-8")

    def sync(self, files: Mapping[str, str]) -> None:
        """Make the copy equal pristine + `files`, writing only what differs (keeps cargo warm)."""
        with self.profile.call("sync"):
            stale = [r for r in self._written if r not in files]
            changed = [r for r, text in files.items() if self._written.get(r) != text]
            if stale or changed:
                self.cancel()  # a command still reading the old state must not see the new
            for relative in stale:
                self._restore(relative)
            for relative in changed:
                self._write(relative, files[relative])

    def holds(self, files: Mapping[str, str]) -> bool:
        """Whether the copy is pristine + `files` now (what `sync(files)` would leave)."""
        return self._written == dict(files)

    def tested(self, files: Mapping[str, str]) -> bool:
        """Whether the copy holds `files` and its last test build was of them: its test
        binary is current, so running tests again here costs no build."""
        return self.holds(files) and self._tested == self._written

    def check(self, timeout: float, clippy: bool = False) -> CheckResult:
        verb = "clippy" if clippy else "check"
        running = self._adopt((verb,))
        with self._users_paths(), self.profile.call(verb):
            if running is None:
                return cargo.check(self.root, self.target_dir, timeout=timeout, clippy=clippy)
            return cargo.check_result(self._taken(verb, running, timeout), self.root)

    def test(self, timeout: float, only: tuple[str, ...] = ()) -> TestReport:
        """The crate's tests; `only` names tests (libtest names, exact) to run alone."""
        filters = ("--", "--exact", *only) if only else ()
        doc_tests, incremental = self.may_hold_doc_tests(), self.incremental_tests()
        running = self._adopt(("test", str(doc_tests), *filters))
        self._tested = dict(self._written)
        with self._users_paths(), self.profile.call("test"):
            if running is None:
                return cargo.test(
                    self.root, self.target_dir, timeout, filters, doc_tests, incremental
                )
            return cargo.test_result(self._taken("test", running, timeout), self.root)

    def may_hold_doc_tests(self) -> bool:
        """Whether the copy, as it stands, may have doc tests (tools.doctests)."""
        return any(self._scan().values())

    def incremental_tests(self) -> bool:
        """Whether test builds here are incremental: not for a small crate (issue 19). A
        cold incremental test build of a few hundred lines takes half again as long as a plain
        one (it writes the incremental cache), and the one warm rebuild it speeds up is only
        a few hundredths of a second faster; a big crate rebuilds warm far more cheaply
        with it. Decided once, from the copy's first state, so it never flips between builds
        (a change of the setting would rebuild the crate)."""
        self._scan()
        return self._lines > SMALL_CRATE_LINES

    def _scan(self) -> dict[str, bool]:
        if self._doc_tests is None:
            texts = {
                str(path.relative_to(self.root)): path.read_bytes().decode(errors="replace")
                for path in self.root.rglob("*.rs")
            }
            self._doc_tests = {name: may_hold_doc_tests(text) for name, text in texts.items()}
            self._lines = sum(text.count("\n") for text in texts.values())
        return self._doc_tests

    def _note_text(self, relative: str, text: str | None) -> None:
        if self._doc_tests is not None and relative.endswith(".rs"):
            self._doc_tests[relative] = text is not None and may_hold_doc_tests(text)

    # --- one command ahead (issue 19): started now, its answer taken by check() or test() ---

    def start_check(self, label: str = "", clippy: bool = False) -> None:
        """Start this copy's `cargo check` (or clippy) now; the next `check()` waits for it
        instead of starting its own. A `sync` that changes a file, or any other command here,
        kills it first. `label` names the state it runs on (`ahead`)."""
        verb = "clippy" if clippy else "check"
        self._start((verb,), label, lambda: cargo.start_check(self.root, self.target_dir, clippy))

    def start_test(self, label: str = "") -> None:
        """Start this copy's `cargo test` now, for the next `test()` (as `start_check`)."""
        doc_tests, incremental = self.may_hold_doc_tests(), self.incremental_tests()
        self._start(
            ("test", str(doc_tests)),
            label,
            lambda: cargo.start_test(self.root, self.target_dir, (), doc_tests, incremental),
        )

    @property
    def ahead(self) -> tuple[str, str] | None:
        """What runs ahead here and its label (`("test", state)`), or None."""
        return (self._ahead[0][0], self._ahead[1]) if self._ahead else None

    def cancel(self) -> None:
        """Kill whatever was started ahead and not taken."""
        if self._ahead is not None:
            self._ahead[2].kill()
            self._ahead = None

    def _start(self, what: tuple[str, ...], label: str, begin: Callable[[], Running]) -> None:
        self.cancel()
        self._ahead = (what, label, begin())

    def _taken(self, kind: str, running: Running, timeout: float) -> Completed:
        """Its output; the profile counts the wait under `kind` and the whole run (started
        ahead, so partly hidden behind other work) under `kind.ahead`."""
        done = running.wait(timeout)
        self.profile.record(f"{kind}.ahead", done.seconds)
        return done

    def _adopt(self, what: tuple[str, ...]) -> Running | None:
        """The command started ahead, when it is `what` of the current state; anything else
        started ahead is killed first (two cargos in one target dir only wait for each other)."""
        if self._ahead is not None and self._ahead[0] == what:
            running, self._ahead = self._ahead[2], None
            return running
        self.cancel()
        return None

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
        self.cancel()
        with self._users_paths(), self.profile.call("asm"):
            return cargo.machine_code(self.root, self.target_dir, timeout)

    def run_program(self, timeout: float) -> cargo.ProgramRun:
        """Run the copy's binary once, stdin closed (evidence for crates without tests)."""
        self.cancel()
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
        self._note_text(relative, text)

    def _restore(self, relative: str) -> None:
        path = self.root / relative
        original = self._pristine.get(relative)
        if original is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(original.encode("utf-8"))
            _bump_mtime(path)
        del self._written[relative]
        self._note_text(relative, original)


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
            slot.cancel()
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
    """`count` slots of the crate, for one episode; a pool lent ahead (`lend`) is taken
    when it is of this crate and the crate has not changed since it was copied."""
    sandbox_pool = _take_lent(home, crate_root) or SandboxPool(home, crate_root)
    try:
        yield sandbox_pool.open_slots(count)
    finally:
        sandbox_pool.close()


# --- a head start (issue 19): slot 0 copied and checking before the episode opens ------------

_LENT: dict[tuple[Path, Path], tuple[SandboxPool, dict[str, tuple[int, int]]]] = {}


def head_start(home: Path | Home, crate_root: Path) -> None:
    """Copy the crate into its first free slot and start that copy's `cargo check` now; the
    next `pool()` of the crate takes the slot and its check, so the compiler works while the
    rest of Rusta is still being imported. What the crate's files were before the copy is
    noted: a file the user saves in between sends the copy back instead of into the episode."""
    stamps = _stamps(crate_root)
    sandbox_pool = SandboxPool(home, crate_root)
    try:
        sandbox_pool.open_slots(1)[0].start_check()
    except BaseException:
        sandbox_pool.close()
        raise
    _LENT[(sandbox_pool.sandboxes, sandbox_pool.crate_root)] = (sandbox_pool, stamps)


def release_lent() -> None:
    """Close every pool lent and not taken (the command ended before its episode)."""
    while _LENT:
        _, (sandbox_pool, _) = _LENT.popitem()
        sandbox_pool.close()


def _take_lent(home: Path | Home, crate_root: Path) -> SandboxPool | None:
    key = (Home.of(home).sandboxes / crate_key(crate_root), crate_root)
    lent = _LENT.pop(key, None)
    if lent is None:
        return None
    sandbox_pool, stamps = lent
    if _stamps(crate_root) != stamps:
        sandbox_pool.close()
        return None
    return sandbox_pool


def _stamps(root: Path) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file a slot copy takes from `root`."""
    found: dict[str, tuple[int, int]] = {}
    skip = _skip_for(root)
    for directory, names, files in os.walk(root):
        names[:] = [n for n in names if n not in skip(directory, names)]
        for name in files:
            path = Path(directory, name)
            with suppress(OSError):
                info = path.lstat()
                found[str(path.relative_to(root))] = (info.st_mtime_ns, info.st_size)
    return found


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
