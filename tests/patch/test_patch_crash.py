"""Fault injection: SIGKILL a real process anywhere inside apply_atomically, then recover.

After `recover`, the tree must be byte for byte (contents, permission bits, directories, no
stray temp files) exactly the old tree or exactly the new one, and no journal may remain.

Most runs fork the test process (a fork is ~2 ms; an exec'd interpreter importing rusta costs
~150 ms on a busy machine): the child runs apply_atomically and is killed with SIGKILL either
by itself at a chosen step hook call, or by the parent after a random delay, which also lands
inside the fsyncs and renames between hooks. Every third interrupted run also kills a recovery
attempt before the final one, since recovery must survive its own crash. A smaller batch runs
tests/patch/crash_child.py in a fresh interpreter, so the protocol is also exercised without
anything inherited from the test process.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from rusta.patch.apply import apply_atomically, recover

OLD = {
    "Cargo.toml": '[package]\nname = "demo"\nversion = "0.1.0"\n',
    "src/lib.rs": "pub mod util;\npub mod old;\n",
    "src/util.rs": "pub fn one() -> i32 {\n    1\n}\n",
    "src/old.rs": "// to be deleted\n",
    "src/main.rs": 'fn main() {\r\n    println!("{}", demo::util::one());\r\n}\r\n',
    "scripts/gen.sh": "#!/bin/sh\necho old\n",
}
CHANGES: dict[str, str | None] = {
    "src/lib.rs": "pub mod util;\npub mod nested;\npub mod fresh;\n",
    "src/util.rs": "pub fn one() -> i32 {\n    2\n}\n",
    "src/old.rs": None,
    "src/main.rs": 'fn main() {\r\n    println!("{}", demo::util::one() + 1);\r\n}\r\n',
    "scripts/gen.sh": "#!/bin/sh\necho new\n",
    "src/fresh.rs": "pub fn fresh() {}\n",
    "src/nested/deep/mod.rs": "pub fn deep() {}\n",
}
FORKED_STEP_RUNS = 160
FORKED_DELAY_RUNS = 80
EXEC_RUNS = 24
CHILD = Path(__file__).with_name("crash_child.py")

Snapshot = dict[str, tuple[object, ...]]


class Lab:
    """A pristine template, a working root reset before each run, and the two legal outcomes."""

    def __init__(self, base: Path, snapshot: Callable[[Path], Snapshot]) -> None:
        self.snapshot = snapshot
        self.template, self.root, self.journal_dir = base / "template", base / "root", base / "j"
        for relative, text in OLD.items():
            path = self.template / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode())
        (self.template / "scripts/gen.sh").chmod(0o755)
        self.reset()
        self.old = snapshot(self.root)
        self.steps: list[str] = []
        apply_atomically(self.root, CHANGES, self.journal_dir, step=self.steps.append)
        self.new = snapshot(self.root)
        self.changes_file = base / "changes.json"
        self.changes_file.write_text(json.dumps(CHANGES))

    def reset(self) -> None:
        """Put the old tree back (modes included) and drop any journal."""
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.journal_dir, ignore_errors=True)
        shutil.copytree(self.template, self.root)

    def outcome(self) -> str:
        """Classify the tree after recovery."""
        if self.journal_dir.exists() and any(self.journal_dir.iterdir()):
            return "inconsistent"
        current = self.snapshot(self.root)
        return (
            "all-old"
            if current == self.old
            else "all-new"
            if current == self.new
            else ("inconsistent")
        )


def killer_step(kill_at: int) -> Callable[[str], None]:
    """A step hook that SIGKILLs its own process on its `kill_at`-th call (0: never)."""
    calls = 0

    def step(name: str) -> None:
        nonlocal calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    return step


def fork_and_kill(work: Callable[[], object], delay: float | None) -> bool:
    """Run `work` in a forked child, SIGKILL it after `delay` s (None: it may kill itself).

    True when the child died by SIGKILL; an exception in the child fails the test.
    """
    pid = os.fork()
    if pid == 0:  # the child must never return into pytest
        try:
            work()
        except BaseException:
            os._exit(1)
        os._exit(0)
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, "the child raised"
    return False


def interrupted_recovery(lab: Lab, rng: random.Random, restore_window: float = 0.004) -> bool:
    """Kill a recovery attempt part-way (by step or by delay); True if one was run."""
    if not any(lab.journal_dir.glob("*.json")):
        return False
    if rng.random() < 0.5:
        step = killer_step(rng.randint(1, 2 * len(CHANGES) + 1))
        fork_and_kill(lambda: recover(lab.journal_dir, step=step), None)
    else:
        fork_and_kill(lambda: recover(lab.journal_dir), rng.uniform(0, restore_window))
    return True


def exec_child(lab: Lab, kill_at: int) -> bool:
    """Run crash_child.py in a fresh interpreter, killed at step `kill_at`; True if killed."""
    arguments = [str(lab.root), str(lab.journal_dir), str(lab.changes_file), str(kill_at)]
    completed = subprocess.run(
        [sys.executable, "-S", str(CHILD), "apply", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode in (0, -signal.SIGKILL), completed.stderr
    return completed.returncode == -signal.SIGKILL


def interrupted_apply(lab: Lab, kind: str, kill_at: int, delay: float) -> bool:
    """One apply, killed as `kind` says; True if it was killed before finishing."""
    if kind == "exec":
        return exec_child(lab, kill_at)
    step = killer_step(kill_at if kind == "step" else 0)
    return fork_and_kill(
        lambda: apply_atomically(lab.root, CHANGES, lab.journal_dir, step=step),
        delay if kind == "delay" else None,
    )


@pytest.fixture
def lab(tmp_path: Path, take_snapshot: Callable[[Path], Snapshot]) -> Lab:
    return Lab(tmp_path, take_snapshot)


def test_sigkill_anywhere_leaves_all_old_or_all_new(lab: Lab, capsys: pytest.CaptureFixture[str]):
    seed = int(os.environ.get("RUSTA_CRASH_SEED", random.randrange(2**32)))  # to replay a run
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    steps = len(lab.steps)
    plans = [("step", index % (steps + 1) + 1) for index in range(FORKED_STEP_RUNS)]
    plans += [("delay", 0)] * FORKED_DELAY_RUNS
    plans += [("exec", rng.randint(1, steps + 1)) for _ in range(EXEC_RUNS)]
    rng.shuffle(plans)
    apply_seconds, first_failure = 0.02, ""
    for kind, kill_at in plans:
        lab.reset()
        started = time.perf_counter()
        killed = interrupted_apply(lab, kind, kill_at, rng.uniform(0, apply_seconds))
        if kind == "delay" and not killed:  # aim the random delays at the apply's duration
            apply_seconds = max(apply_seconds * 0.9, time.perf_counter() - started)
        counts["killed"] += killed
        counts["journal left"] += any(lab.journal_dir.glob("*.json"))
        if rng.random() < 1 / 3:
            counts["recoveries killed"] += interrupted_recovery(lab, rng)
        recover(lab.journal_dir)
        outcome = lab.outcome()
        counts[outcome] += 1
        if outcome == "inconsistent" and not first_failure:
            first_failure = f"{kind} {kill_at}: {lab.snapshot(lab.root)}"
    with capsys.disabled():
        print(
            f"\nfault injection (seed {seed}): {len(plans)} runs ({FORKED_STEP_RUNS} killed at "
            f"one of {steps} steps or not at all, {FORKED_DELAY_RUNS} after random delays, "
            f"{EXEC_RUNS} in a fresh interpreter); {counts['killed']} killed mid-apply, "
            f"{counts['journal left']} left a journal, {counts['recoveries killed']} recoveries "
            f"killed too: all-old {counts['all-old']}, all-new {counts['all-new']}, "
            f"inconsistent {counts['inconsistent']}"
        )
    assert counts["inconsistent"] == 0, first_failure
    assert counts["all-old"] and counts["all-new"]


def test_commit_that_cannot_roll_forward_is_rolled_back(lab: Lab):
    """A staged temp lost after the commit point: recovery restores every file from backups."""
    lab.reset()
    commit_step = lab.steps.index("committing") + 1
    replaced_one = commit_step + 1
    assert fork_and_kill(
        lambda: apply_atomically(
            lab.root, CHANGES, lab.journal_dir, step=killer_step(replaced_one)
        ),
        None,
    )
    staged = sorted(lab.root.rglob(".*.tmp"))
    assert staged
    staged[0].unlink()
    (message,) = recover(lab.journal_dir)
    assert "rolled back" in message
    assert lab.outcome() == "all-old"


def test_kill_before_commit_then_after_commit_messages(lab: Lab):
    lab.reset()
    fork_and_kill(
        lambda: apply_atomically(lab.root, CHANGES, lab.journal_dir, step=killer_step(3)), None
    )
    (message,) = recover(lab.journal_dir)
    assert "interrupted before commit" in message and lab.outcome() == "all-old"
    lab.reset()
    after_commit = lab.steps.index("committing") + 2
    fork_and_kill(
        lambda: apply_atomically(
            lab.root, CHANGES, lab.journal_dir, step=killer_step(after_commit)
        ),
        None,
    )
    (message,) = recover(lab.journal_dir)
    assert "finished" in message and lab.outcome() == "all-new"


RESTORE_RUNS = 40


def test_sigkill_during_restore_from_backups_still_ends_all_old(lab: Lab):
    """Force the restore path (a staged temp lost after the commit) and kill recovery in it."""
    rng = random.Random(int(os.environ.get("RUSTA_CRASH_SEED", random.randrange(2**32))))
    committing = lab.steps.index("committing") + 1
    last_replace = len(lab.steps) - 1  # before "done"
    outcomes: Counter[str] = Counter()
    for _ in range(RESTORE_RUNS):
        lab.reset()
        kill_at = rng.randint(committing, last_replace - 1)  # at least one temp still staged
        work = partial(
            apply_atomically, lab.root, CHANGES, lab.journal_dir, step=killer_step(kill_at)
        )
        assert fork_and_kill(work, None)
        rng.choice(sorted(lab.root.rglob(".*.rusta-*.tmp"))).unlink()
        for _ in range(rng.randint(1, 3)):
            interrupted_recovery(lab, rng, restore_window=0.01)
        recover(lab.journal_dir)
        outcomes[lab.outcome()] += 1
    assert outcomes == {"all-old": RESTORE_RUNS}


def test_journal_of_a_vanished_root_is_set_aside(lab: Lab):
    lab.reset()
    assert fork_and_kill(
        lambda: apply_atomically(lab.root, CHANGES, lab.journal_dir, step=killer_step(4)), None
    )
    shutil.rmtree(lab.root)
    (message,) = recover(lab.journal_dir)
    assert "no longer exists" in message
    assert [path.suffix for path in lab.journal_dir.iterdir()] == [".orphaned"]
