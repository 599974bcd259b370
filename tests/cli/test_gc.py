"""`rusta gc` (issue 11 #10): RUSTA_HOME's build caches within a size and an age.

Real `rusta check` runs on tiny crates make real slot target directories; a crash is played by
leaving a sandbox copy behind with nobody holding its lock; an episode in progress is played by
holding a slot's lock (flock, as slots.py does) from the test. Ages are set with os.utime (the
test does not wait), and the memory beside the caches (traces, DevLogs, priors) must survive.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rusta.sandbox.gc import parse_age, parse_size, survey
from rusta.sandbox.slots import crate_key

RUSTA = Path(sys.executable).parent / "rusta"
LIB = "pub fn double(x: u32) -> u32 {\n    x * 2\n}\n"
DAY = 86400.0


def _rusta(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, timeout=300, check=False, env=env
    )


def _checked_crate(make_crate: Callable[..., Path], name: str) -> Path:
    """A crate `rusta check` has built once: RUSTA_HOME/targets/<key>/slot-0 exists."""
    crate = make_crate({"src/lib.rs": LIB}, name)
    done = _rusta("check", str(crate))
    assert done.returncode == 0, done.stdout + done.stderr
    return crate


def _target(home: Path, crate: Path) -> Path:
    target = home / "targets" / crate_key(crate) / "slot-0"
    assert (target / "debug").is_dir()
    return target


def _age(root: Path, days: float) -> None:
    """Make everything under root look last written `days` ago."""
    stamp = time.time() - days * DAY
    for directory, names, files in os.walk(root):
        for name in names + files:
            os.utime(Path(directory) / name, (stamp, stamp), follow_symlinks=False)
    os.utime(root, (stamp, stamp))


def _stale_copy(home: Path, crate: Path, index: int) -> Path:
    """What a killed episode leaves: a slot copy and its lock file, nobody holding it."""
    sandboxes = home / "sandboxes" / crate_key(crate)
    copy = sandboxes / f"slot-{index}"
    (copy / "src").mkdir(parents=True)
    (copy / "Cargo.toml").write_text((crate / "Cargo.toml").read_text())
    (copy / "src" / "lib.rs").write_text(LIB)
    (sandboxes / f"slot-{index}.lock").touch()
    return copy


@contextmanager
def _episode_holds(home: Path, crate: Path, index: int) -> Iterator[None]:
    lock = home / "sandboxes" / crate_key(crate) / f"slot-{index}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _memory(home: Path) -> dict[str, bytes]:
    """Every file of RUSTA_HOME outside the two cache folders (memory, indexes, config)."""
    kept = {}
    for path in sorted(home.rglob("*")):
        relative = path.relative_to(home)
        if path.is_file() and relative.parts[0] not in ("targets", "sandboxes"):
            kept[relative.as_posix()] = path.read_bytes()
    return kept


def test_gc_removes_old_targets_and_stale_copies_and_says_what_it_freed(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    old = _checked_crate(make_crate, "oldcrate")
    fresh = _checked_crate(make_crate, "freshcrate")
    old_target, fresh_target = _target(home, old), _target(home, fresh)
    _age(old_target, 30)
    copy = _stale_copy(home, fresh, 3)
    (home / "priors.json").write_text("{}\n")
    (home / "devlogs" / "episodic").mkdir(parents=True, exist_ok=True)
    (home / "devlogs" / "episodic" / "note.md").write_text("---\ntype: episodic\n---\nkept\n")
    (home / "traces").mkdir(exist_ok=True)
    (home / "traces" / "old.jsonl").write_text("{}\n")
    _age(home / "traces", 400)
    memory = _memory(home)
    old_bytes = next(e.bytes for e in survey(home) if e.path == old_target)

    done = _rusta("gc", "--max-age", "7d")

    said = done.stdout
    assert done.returncode == 0, said + done.stderr
    assert not old_target.exists() and not copy.exists()
    assert (fresh_target / "debug").is_dir()  # used today, within 5 GiB: kept
    assert f"removed targets/{crate_key(old)}/slot-0 (target directory," in said
    assert "last used 30 days ago" in said
    assert f"removed sandboxes/{crate_key(fresh)}/slot-3 (stale sandbox copy" in said
    assert "kept 1 cached directory" in said
    assert "freed " in said and old_bytes > 0
    assert _memory(home) == memory  # traces, DevLogs, priors: memory, never collected


def test_a_dry_run_names_what_would_go_and_removes_nothing(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    crate = _checked_crate(make_crate, "drycrate")
    target = _target(home, crate)
    copy = _stale_copy(home, crate, 1)
    before = sorted(p.relative_to(home) for p in home.rglob("*"))

    done = _rusta("gc", "--dry-run", "--max-size", "0")

    assert done.returncode == 0, done.stderr
    assert f"would remove targets/{crate_key(crate)}/slot-0" in done.stdout
    assert f"would remove sandboxes/{crate_key(crate)}/slot-1" in done.stdout
    assert "dry run: nothing was removed" in done.stdout
    assert target.is_dir() and copy.is_dir()
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == before


def test_a_slot_in_use_is_never_removed_whatever_the_limits(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    crate = _checked_crate(make_crate, "busycrate")
    target = _target(home, crate)
    _age(target, 100)
    busy_copy = _stale_copy(home, crate, 0)  # the copy of the slot the "episode" holds

    with _episode_holds(home, crate, 0):
        done = _rusta("gc", "--max-size", "0", "--max-age", "0")

    assert done.returncode == 0, done.stderr
    assert (target / "debug").is_dir() and busy_copy.is_dir()
    assert "removed" not in done.stdout
    assert "kept 2 cached directories" in done.stdout and "2 in use" in done.stdout
    assert "freed 0 B" in done.stdout


def test_over_the_size_limit_the_least_recently_used_go_first(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    older = _checked_crate(make_crate, "usedbefore")
    newer = _checked_crate(make_crate, "usedlater")
    older_target, newer_target = _target(home, older), _target(home, newer)
    _age(older_target, 2)
    _age(newer_target, 1)
    sizes = {entry.path: entry.bytes for entry in survey(home)}

    done = _rusta("gc", "--max-size", str(sizes[newer_target]))

    assert done.returncode == 0, done.stderr
    assert not older_target.exists()
    assert (newer_target / "debug").is_dir()


def test_the_limits_come_from_config_toml(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    crate = _checked_crate(make_crate, "configured")
    target = _target(home, crate)
    _age(target, 3)
    (home / "config.toml").write_text("gc_max_age_days = 2\n")

    done = _rusta("gc")

    assert done.returncode == 0, done.stderr
    assert not target.exists()
    assert "2 days" in done.stdout


def test_gc_never_follows_a_symlink_out_of_rusta_home(
    tmp_path: Path, isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    outside = tmp_path / "precious"
    (outside / "slot-0").mkdir(parents=True)
    (outside / "slot-0" / "data.bin").write_bytes(b"x" * 10_000)
    (home / "targets").mkdir()
    (home / "targets" / "linked-000000000000").symlink_to(outside, target_is_directory=True)
    (home / "eval").mkdir()
    (home / "eval" / "targets").symlink_to(tmp_path, target_is_directory=True)

    done = _rusta("gc", "--max-size", "0", "--max-age", "0")

    assert done.returncode == 0, done.stderr
    assert (outside / "slot-0" / "data.bin").read_bytes() == b"x" * 10_000
    assert (home / "targets" / "linked-000000000000").is_symlink()


def test_the_eval_home_inside_rusta_home_is_collected_too(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    eval_home = home / "eval"
    target = eval_home / "targets" / "case-0123456789ab" / "slot-0"
    (target / "debug").mkdir(parents=True)
    (target / "debug" / "libcase.rlib").write_bytes(b"r" * 50_000)
    (eval_home / "traces").mkdir()
    (eval_home / "traces" / "t.jsonl").write_text("{}\n")
    _age(target, 20)

    done = _rusta("gc")

    assert done.returncode == 0, done.stderr
    assert "removed eval/targets/case-0123456789ab/slot-0" in done.stdout
    assert not target.exists()
    assert (eval_home / "traces" / "t.jsonl").read_text() == "{}\n"


def test_bad_limits_are_usage_errors_that_change_nothing(
    make_crate: Callable[..., Path], isolated_rusta_home: Path
) -> None:
    home = isolated_rusta_home
    copy = _stale_copy(home, make_crate({"src/lib.rs": LIB}, "badlimits"), 0)
    for flag, value in (("--max-size", "lots"), ("--max-age", "soon")):
        done = _rusta("gc", flag, value)
        assert done.returncode == 2, done.stdout + done.stderr
        assert f"rusta: {flag} {value}:" in done.stderr and "Traceback" not in done.stderr
    assert copy.is_dir()


def test_sizes_and_ages_read_as_people_write_them() -> None:
    assert parse_size("500M") == 500 * 1024**2
    assert parse_size("5G") == parse_size("5GiB") == parse_size("5gb") == 5 * 1024**3
    assert parse_size("2048") == 2048
    assert parse_age("14d") == parse_age("14") == 14 * DAY
    assert parse_age("12h") == 12 * 3600.0 and parse_age("30m") == 1800.0
