"""Regenerate the captured toolchain output under tests/data/cargo/ (STYLE.md §15).

The crates live in tests/data/crates/<name>/; each is copied to a temporary directory and the
real toolchain is run on it, so the captures are exactly what cargo, clippy and rustc print on
this machine. Absolute temporary paths are replaced by `/CAPTURE` so the files do not change
from one capture to the next.

    .venv/bin/python tests/data/capture_cargo.py            # re-capture the toolchain output
    .venv/bin/python tests/data/capture_cargo.py --goldens  # ... and rewrite *.expected.json

`--goldens` writes the summaries the *current* parser produces: review `git diff
tests/data/cargo` before committing them, since a golden is only as good as its review.
Re-capture after a toolchain upgrade; the tests will say which messages changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rusta.tools.diagnostics import parse_cargo_stream
from rusta.tools.run import offline_env

DATA = Path(__file__).resolve().parent
CRATES = DATA / "crates"
OUTPUT = DATA / "cargo"
PLACEHOLDER = "/CAPTURE"

CHECK = ["cargo", "check", "--workspace", "--all-targets", "--message-format=json"]
# --keep-going: the lib and lib-test units both finish, so every capture holds the duplicate
# reports that parse_cargo_stream must fold.
CHECK_ALL = [*CHECK, "--keep-going"]
CLIPPY = ["cargo", "clippy", "--workspace", "--all-targets", "--message-format=json"]
RUSTC = ["rustc", "--error-format=json", "--crate-type=lib", "--emit=metadata", "src/lib.rs"]
TEST = ["cargo", "test", "--workspace", "--no-fail-fast"]

# (capture file, crate, command, stream): "stdout" for JSON streams; rustc prints its JSON on
# stderr; cargo test's "Running <target>" lines are on stderr and the test lines on stdout, so
# that capture merges both in the order they were written.
CAPTURES = [
    ("three_classes.jsonl", "three_classes", CHECK_ALL, "stdout"),
    ("three_classes.rustc.jsonl", "three_classes", RUSTC, "stderr"),
    ("parse_error.jsonl", "parse_error", CHECK_ALL, "stdout"),
    ("visibility.jsonl", "visibility", CHECK_ALL, "stdout"),
    ("more_classes.jsonl", "more_classes", CHECK_ALL, "stdout"),
    ("lints_clippy.jsonl", "lints", CLIPPY, "stdout"),
    ("tests_mixed.txt", "tests_mixed", TEST, "merged"),
]


def capture(crate: str, command: list[str], stream: str, workdir: Path) -> str:
    """Run `command` on a fresh copy of `crate` and return the chosen output stream."""
    root = workdir / crate
    if not root.exists():
        shutil.copytree(CRATES / crate, root)
    env = {"CARGO_TARGET_DIR": str(workdir / "target" / crate)}
    done = subprocess.run(
        command,
        cwd=root,
        env=offline_env(env),  # Rusta's own environment: offline, no colour
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if stream == "merged" else subprocess.PIPE,
        text=True,
        check=False,
    )
    text = done.stderr if stream == "stderr" else done.stdout
    return text.replace(str(workdir), PLACEHOLDER)


def summary_file(capture_name: str) -> Path:
    return OUTPUT / capture_name.replace(".jsonl", ".expected.json")


def summarize(stdout: str) -> list[dict[str, object]]:
    """What a golden pins down about each parsed diagnostic (tests/tools/test_diagnostics.py)."""
    result = []
    for diagnostic in parse_cargo_stream(stdout):
        span = diagnostic.primary
        result.append(
            {
                "code": diagnostic.code,
                "level": diagnostic.level.value,
                "class": diagnostic.error_class.value,
                "file": span.file if span else None,
                "line": span.line_start if span else None,
                "message": diagnostic.message,
                "suggestions": [
                    {"applicability": s.applicability.value, "edits": len(s.edits)}
                    for s in diagnostic.suggestions
                ],
            }
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goldens", action="store_true", help="rewrite *.expected.json too")
    arguments = parser.parse_args()
    OUTPUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rusta-capture-") as temporary:
        workdir = Path(temporary).resolve()
        for name, crate, command, stream in CAPTURES:
            text = capture(crate, command, stream, workdir)
            (OUTPUT / name).write_text(text, encoding="utf-8")
            print(f"captured {name}: {len(text.splitlines())} lines", file=sys.stderr)
            if arguments.goldens and name.endswith(".jsonl") and stream == "stdout":
                golden = json.dumps(summarize(text), indent=2, ensure_ascii=False) + "\n"
                summary_file(name).write_text(golden, encoding="utf-8")


if __name__ == "__main__":
    main()
