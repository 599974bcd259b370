"""Child process of the fault-injection test: run apply_atomically or recover, die at a step.

    python -S crash_child.py apply ROOT JOURNAL_DIR CHANGES_JSON KILL_AT
    python -S crash_child.py recover ROOT JOURNAL_DIR - KILL_AT

KILL_AT is the 1-based number of the step hook call at which the process sends itself SIGKILL
(0: never). Before starting the work it prints "ready", so the parent can also kill it after
a random delay. Run with -S (no site) for a fast start, so rusta is imported from src/.
"""

import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from rusta.patch.apply import apply_atomically, recover


def main() -> None:
    """Parse argv, arm the step counter, do the work."""
    mode, root, journal_dir, changes_file, kill_at = sys.argv[1:6]
    calls = 0

    def step(name: str) -> None:
        nonlocal calls
        calls += 1
        if calls == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)

    changes = json.loads(Path(changes_file).read_text()) if mode == "apply" else {}
    print("ready", flush=True)
    if mode == "apply":
        apply_atomically(Path(root), changes, Path(journal_dir), step=step)
    else:
        recover(Path(journal_dir), step=step)


if __name__ == "__main__":
    main()
