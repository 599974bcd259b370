"""A read-only crate (issue 11 #3): sandbox copies are writable whatever the source modes are,
a broken slot never blocks the next run, and a fix to a read-only crate is refused clearly.

Root ignores write bits, and the tests run as root here and in CI. So the mode bits of the
copies are checked directly, and the behaviour itself is checked in a child process running as
`nobody` (setpriv) with the system python3 and a copy of the package that `nobody` can read:
the venv lives under a directory `nobody` cannot enter. Without such a way the test is skipped
and says why.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import rusta
from rusta.sandbox.slots import crate_key, pool

LIB = "pub fn one() -> u32 {\n    1\n}\n"
COPIED = "src/deep/mod.rs"
CHILD = Path(__file__).with_name("readonly_child.py")
NOBODY = 65534
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _walk(root: Path) -> Iterator[Path]:
    yield root
    for directory, names, files in os.walk(root):
        for name in names + files:
            yield Path(directory) / name


def read_only(root: Path) -> None:
    """chmod -R a-w, as the user did."""
    for path in sorted(_walk(root), reverse=True):  # children first: dirs lose w last
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)


def writable_again(root: Path) -> None:
    for path in _walk(root):
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR)


@pytest.fixture
def crate(make_crate: Callable[..., Path]) -> Iterator[Path]:
    root = make_crate({"src/lib.rs": LIB, "src/deep/mod.rs": "// deep\n"}, name="frozen")
    read_only(root)
    yield root
    writable_again(root)


def test_a_read_only_crate_is_copied_with_every_file_and_dir_user_writable(
    crate: Path, isolated_rusta_home: Path
) -> None:
    assert not (crate / "src" / "lib.rs").stat().st_mode & 0o222  # the source really is a-w

    with pool(isolated_rusta_home, crate, 2) as slots:
        for slot in slots:
            modes = {
                path.relative_to(slot.root).as_posix(): path.stat().st_mode
                for path in _walk(slot.root)
            }
            assert set(modes) == {".", "Cargo.toml", "src", "src/lib.rs", "src/deep", COPIED}
            assert {name for name, mode in modes.items() if not mode & stat.S_IWUSR} == set()
            assert all(mode & stat.S_IRUSR for mode in modes.values())


def test_a_broken_slot_left_behind_is_replaced_not_a_file_exists_error(
    crate: Path, isolated_rusta_home: Path
) -> None:
    # A killed run can leave anything at a slot's path; one that rmtree cannot remove (here a
    # symlink where the copy should be, and a read-only half copy beside it) must not wedge
    # every later run with `[Errno 17] File exists`.
    sandboxes = isolated_rusta_home / "sandboxes" / crate_key(crate)
    sandboxes.mkdir(parents=True)
    (sandboxes / "slot-0").symlink_to(sandboxes / "gone")
    half = sandboxes / "slot-1"
    (half / "src").mkdir(parents=True)
    (half / "src" / "lib.rs").write_text("// half a copy\n")
    read_only(half)

    with pool(isolated_rusta_home, crate, 2) as slots:
        assert [s.root.name for s in slots] == ["slot-0", "slot-1"]
        for slot in slots:
            assert not slot.root.is_symlink()
            assert (slot.root / "src" / "lib.rs").read_text() == LIB
            slot.sync({"src/lib.rs": LIB.replace("1", "2")})
    assert not (sandboxes / "slot-0").exists() and not (sandboxes / "slot-1").exists()


def _unprivileged_python() -> list[str]:
    """The command prefix that runs a python as a user write bits apply to, or skip."""
    if os.geteuid() != 0:
        return [sys.executable]  # already unprivileged: the test needs nothing more
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: no way to act as a non-root user")
    if not SYSTEM_PYTHON.is_file():
        pytest.skip("running as root and no /usr/bin/python3 that the user nobody could run")
    version = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info >= (3, 11))"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if version.stdout.strip() != "True":
        pytest.skip("running as root and /usr/bin/python3 is older than Rusta needs (3.11)")
    ids = [f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return [setpriv, *ids, str(SYSTEM_PYTHON)]


@pytest.fixture
def nobody_workspace() -> Iterator[Path]:
    """A directory the user nobody can read: a copy of the package, the child, a home."""
    work = Path(tempfile.mkdtemp(prefix="rusta-read-only-"))
    work.chmod(0o755)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(Path(rusta.__file__).parent, work / "lib" / "rusta", ignore=ignore)
    shutil.copy(CHILD, work / "child.py")
    for path in _walk(work):
        path.chmod(0o755 if path.is_dir() else 0o644)
    try:
        yield work
    finally:
        writable_again(work)
        shutil.rmtree(work, ignore_errors=True)


def _run_child(work: Path, mode: str, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Write the crate (owned by nobody when we are root), make it a-w, run the child."""
    home, crate = work / "home", work / "frozen"
    for relative, text in {"Cargo.toml": '[package]\nname = "frozen"\n', **files}.items():
        (crate / relative).parent.mkdir(parents=True, exist_ok=True)
        (crate / relative).write_text(text, encoding="utf-8")
    home.mkdir()
    if os.geteuid() == 0:
        for path in [*_walk(home), *_walk(crate)]:
            os.chown(path, NOBODY, NOBODY)
    read_only(crate)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(work / "lib")}
    env["HOME"] = str(home)
    python = _unprivileged_python()
    probe = subprocess.run(
        [*python, "-c", "import rusta.loop.commit, rusta.sandbox.slots"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    missing = re.search(r"No module named '([^']+)'", probe.stderr)
    if missing and not missing.group(1).startswith("rusta"):
        pytest.skip(f"the unprivileged python lacks {missing.group(1)!r}, which Rusta imports")
    return subprocess.run(
        [*python, str(work / "child.py"), mode, str(home), str(crate)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_as_a_non_root_user_a_read_only_crate_and_a_broken_slot_do_not_wedge_the_pool(
    nobody_workspace: Path,
) -> None:
    done = _run_child(nobody_workspace, "slots", {"src/lib.rs": LIB})

    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stdout + done.stderr


def test_as_a_non_root_user_a_fix_to_a_read_only_crate_is_refused_naming_the_users_file(
    nobody_workspace: Path,
) -> None:
    done = _run_child(nobody_workspace, "apply", {"src/lib.rs": LIB})

    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stdout + done.stderr
