"""`rusta fix` as a user runs it: a subprocess on real crates, its JSON, exit codes and prompt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.config import rusta_home

RUSTA = Path(sys.executable).parent / "rusta"
JSON_KEYS = {
    "applied",
    "diff",
    "changed_lines",
    "error_codes",
    "candidates_validated",
    "proposers",
    "tests",
    "confidence",
    "trace",
}

BROKEN = """\
pub fn shout(name: String) -> String {
    let upper = name;
    format!("{}! ({} letters)", upper.to_uppercase(), name.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouts() {
        assert_eq!(shout("ab".to_string()), "AB! (2 letters)");
    }
}
"""

UNFIXABLE = """\
pub fn double(x: i32) -> i32 {
    x * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tripling() {
        assert_eq!(triple(3), 9);
    }
}
"""


def rusta(
    *arguments: str | Path, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    return subprocess.run(
        [str(RUSTA), *map(str, arguments)],
        cwd=cwd,
        env=environment,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_fix_json_reports_a_proven_applied_fix(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": BROKEN})

    done = rusta("fix", "--json", "--yes", root)

    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)  # exactly one JSON document on stdout
    assert set(summary) >= JSON_KEYS
    assert summary["applied"] is True
    assert summary["error_codes"] == ["E0382"]
    assert summary["diff"].startswith("diff --git a/src/lib.rs b/src/lib.rs")
    assert 0 < summary["changed_lines"] <= 3
    assert summary["candidates_validated"] >= 1
    assert summary["proposers"]
    for counts in summary["proposers"].values():
        assert set(counts) == {"candidates", "winners"}
        assert 0 <= counts["winners"] <= counts["candidates"]
    assert sum(c["winners"] for c in summary["proposers"].values()) == len(summary["moves"])
    assert (
        sum(c["candidates"] for c in summary["proposers"].values())
        == (summary["candidates_validated"])
    )
    assert summary["tests"] == {"passed": 1, "names": ["src/lib.rs::tests::shouts"]}
    assert 0 < summary["confidence"] <= 1
    assert (rusta_home() / "traces" / f"{summary['trace']}.jsonl").is_file()
    text = (root / "src/lib.rs").read_text(encoding="utf-8")
    added = [line[1:] for line in summary["diff"].splitlines() if line.startswith("+ ")]
    assert added and all(line in text for line in added)


def test_fix_json_on_an_unfixable_crate_exits_1(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": UNFIXABLE})
    before = files(root)

    done = rusta("fix", "--json", "--yes", root)

    assert done.returncode == 1, done.stderr
    summary = json.loads(done.stdout)
    assert summary["applied"] is False
    assert summary["status"] == "abstain"
    assert summary["reason"] and summary["next_probes"]
    assert files(root) == before


def test_fix_on_a_clean_crate_has_nothing_to_do(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n"})
    before = files(root)

    done = rusta("fix", "--json", root)

    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["status"] == "nothing-to-do"
    assert summary["applied"] is False and summary["diff"] == ""
    assert files(root) == before


def test_fix_on_a_directory_that_is_not_a_crate_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not rust\n", encoding="utf-8")

    done = rusta("fix", "--json", "--yes", tmp_path)

    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("rusta: ") and "not a Rust crate" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_fix_without_a_path_works_on_the_current_directory(
    make_crate: Callable[..., Path],
) -> None:
    root = make_crate({"src/lib.rs": BROKEN})

    done = rusta("fix", "--yes", "--quiet", cwd=root / "src")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "green" in done.stdout and "applied" in done.stdout
    assert files(root)["src/lib.rs"] != BROKEN.encode()


def test_dry_run_shows_the_fix_and_changes_nothing(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": BROKEN})
    before = files(root)

    done = rusta("fix", "--dry-run", "--json", root)

    assert done.returncode == 0, done.stderr  # a dry run that found a proven fix (README)
    summary = json.loads(done.stdout)
    assert summary["status"] == "green"
    assert summary["applied"] is False
    assert summary["diff"]
    assert summary["commit"] == ""
    assert files(root) == before
    assert not (rusta_home() / "undo").exists() or not list((rusta_home() / "undo").iterdir())


def test_declining_the_prompt_changes_nothing(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": BROKEN})
    before = files(root)

    done = rusta("fix", "--quiet", root, stdin="n\n")

    assert done.returncode == 1, done.stderr
    assert "Apply this proven fix?" in done.stdout
    assert files(root) == before


def test_a_dirty_tree_says_why_no_commit_was_made(git_crate: Callable[..., Path]) -> None:
    root = git_crate({"src/lib.rs": BROKEN})
    (root / "src" / "lib.rs").write_text(BROKEN + "\n// work in progress\n", encoding="utf-8")

    done = rusta("fix", "--yes", root)

    assert done.returncode == 0, done.stdout + done.stderr
    said = " ".join(done.stdout.split())
    assert "no git commit" in said and "uncommitted changes" in said
