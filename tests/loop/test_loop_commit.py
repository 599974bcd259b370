"""Commit and undo on real trees: a git commit with a provenance footer, `rusta undo` as the
user runs it (a subprocess), refusals when the files changed, and no commit of dirty work.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from rusta.config import load_settings, rusta_home
from rusta.loop.commit import FOOTER_KEY, apply_to_tree, undo
from rusta.loop.episode import run_episode
from rusta.memory import devlog
from rusta.types import Outcome

RUSTA = Path(sys.executable).parent / "rusta"
USER = ("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false")

BROKEN = """\
pub fn total_length(words: Vec<String>) -> usize {
    let mut total = 0;
    for word in words {
        total += word.len();
    }
    total + words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_letters_and_words() {
        let words = vec!["ab".to_string(), "c".to_string()];
        assert_eq!(total_length(words), 5);
    }
}
"""


# The proven state of BROKEN: tests of git mechanics apply it the way the episode's commit
# stage does, without running cargo again.
FIXED = BROKEN.replace("for word in words {", "for word in &words {")
TRACE = "20260101-000000-0123abcd"


def git(root: Path, *arguments: str) -> str:
    done = subprocess.run(
        ["git", *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def rusta(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *map(str, arguments)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def sources(root: Path) -> dict[str, bytes]:
    """The crate's files outside .git (byte-identical means equal)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


def fix(root: Path) -> Outcome:
    return run_episode(root, load_settings(root), rusta_home())


def commit_fixed(root: Path) -> str:
    """What a green episode hands to the commit stage (no cargo): returns Rusta's commit."""
    footer = {FOOTER_KEY: TRACE, "Rusta-Changed-Lines": "2"}
    applied = apply_to_tree(rusta_home(), root, {"src/lib.rs": FIXED}, "rusta: fix E0382", footer)
    return applied.commit


def commit_all(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, *USER, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


@dataclass
class Repo:
    root: Path
    user_head: str
    before: dict[str, bytes]


@pytest.fixture
def repo(make_crate: Callable[..., Path]) -> Repo:
    """A broken crate committed by its user in a fresh git repository."""
    root = make_crate({"src/lib.rs": BROKEN}, name="inrepo")
    git(root, "init", "-q")
    head = commit_all(root, "user work")
    return Repo(root, head, sources(root))


def episode_entry(trace: str) -> dict[str, object]:
    """The front matter of the episodic DevLog entry of `trace`."""
    for path in devlog.entry_files(rusta_home()):
        front = devlog.read(path)[0]
        if path.parent.name == "episodic" and front.get("trace") == trace:
            return front
    raise AssertionError(f"no episodic entry for {trace}")


def no_git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine where git knows no identity and must not guess one."""
    empty = tmp_path / "empty.gitconfig"
    empty.write_text("", encoding="utf-8")
    for name in list(os.environ):
        if name.startswith(("GIT_AUTHOR_", "GIT_COMMITTER_")) or name == "EMAIL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def test_a_fix_in_git_is_one_commit_with_a_provenance_footer(repo: Repo) -> None:
    git(repo.root, "config", "user.name", "Ada Lovelace")
    git(repo.root, "config", "user.email", "ada@example.org")

    outcome = fix(repo.root)

    assert outcome.status == "green" and outcome.applied
    assert git(repo.root, "rev-list", "--count", "HEAD").strip() == "2"
    assert git(repo.root, "rev-parse", "HEAD~1").strip() == repo.user_head
    assert outcome.commit == git(repo.root, "rev-parse", "HEAD").strip()
    message = git(repo.root, "log", "-1", "--format=%B")
    assert message.startswith("rusta:")
    assert f"{FOOTER_KEY}: {outcome.trace_id}" in message.splitlines()
    footer = dict(line.split(": ", 1) for line in message.splitlines() if line.startswith("Rusta-"))
    assert footer["Rusta-Changed-Lines"] == str(outcome.changed_lines)
    assert footer["Rusta-Error-Codes"] == "E0382"
    assert footer["Rusta-Tests"] == "1 passed"
    assert git(repo.root, "show", "--name-only", "--format=", "HEAD").split() == ["src/lib.rs"]
    # the commit is the user's, with Rusta named as co-author (issue 11 #9)
    assert git(repo.root, "log", "-1", "--format=%an <%ae>|%cn").strip() == (
        "Ada Lovelace <ada@example.org>|Ada Lovelace"
    )
    assert message.rstrip().splitlines()[-1] == "Co-authored-by: Rusta <rusta@localhost>"
    assert git(repo.root, "status", "--porcelain") == ""
    # the diary names Rusta's commit, and the HEAD the episode started from (issue 11 #4)
    entry = episode_entry(outcome.trace_id)
    assert (entry["commit"], entry["head"]) == (outcome.commit, repo.user_head)
    assert (entry["state"], entry["applied"]) == ("applied", True)
    assert outcome.commit_note == ""


def test_a_repository_without_a_git_identity_gets_rustas_own(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_git_identity(tmp_path, monkeypatch)
    git(repo.root, "config", "user.useConfigOnly", "true")

    commit = commit_fixed(repo.root)

    assert commit == git(repo.root, "rev-parse", "HEAD").strip()
    assert git(repo.root, "log", "-1", "--format=%an <%ae>").strip() == "Rusta <rusta@localhost>"
    assert "Co-authored-by" not in git(repo.root, "log", "-1", "--format=%B")


def test_undo_restores_the_files_and_removes_the_commit(repo: Repo) -> None:
    fix(repo.root)
    assert sources(repo.root) != repo.before

    done = rusta("undo", repo.root)

    assert done.returncode == 0, done.stderr
    assert "src/lib.rs" in done.stdout
    assert sources(repo.root) == repo.before
    assert git(repo.root, "rev-parse", "HEAD").strip() == repo.user_head
    assert git(repo.root, "status", "--porcelain") == ""

    again = rusta("undo", repo.root)

    assert again.returncode == 1
    assert again.stdout == ""
    assert again.stderr.strip().splitlines() == [
        f"rusta: {repo.root.resolve()}: no Rusta change to undo"
    ]
    assert sources(repo.root) == repo.before


def test_undo_refuses_after_the_user_edited_a_fixed_file(repo: Repo) -> None:
    outcome = fix(repo.root)
    fixed = repo.root / "src/lib.rs"
    fixed.write_text(fixed.read_text(encoding="utf-8") + "// mine\n", encoding="utf-8")
    edited = sources(repo.root)

    done = rusta("undo", repo.root)

    assert done.returncode == 1
    assert "src/lib.rs changed since" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert sources(repo.root) == edited
    assert git(repo.root, "rev-parse", "HEAD").strip() == outcome.commit


def test_undo_after_a_later_user_commit_records_a_revert(repo: Repo) -> None:
    git(repo.root, "config", "user.name", "t")
    git(repo.root, "config", "user.email", "t@t")
    commit = commit_fixed(repo.root)
    (repo.root / "NOTES.md").write_text("notes\n", encoding="utf-8")
    later = commit_all(repo.root, "user notes")

    assert undo(rusta_home(), repo.root) == ["src/lib.rs"]

    assert (repo.root / "src/lib.rs").read_bytes() == repo.before["src/lib.rs"]
    assert git(repo.root, "rev-parse", "HEAD~1").strip() == later
    message = git(repo.root, "log", "-1", "--format=%B")
    assert message.startswith(f"Revert Rusta fix {commit[:12]}")
    assert f"{FOOTER_KEY}: {TRACE}" in message
    assert git(repo.root, "status", "--porcelain") == ""


def test_undo_revert_commit_needs_no_user_identity(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_git_identity(tmp_path, monkeypatch)
    git(repo.root, "config", "user.useConfigOnly", "true")
    assert commit_fixed(repo.root)  # Rusta's own commit carries Rusta's identity
    (repo.root / "NOTES.md").write_text("notes\n", encoding="utf-8")
    commit_all(repo.root, "user notes")

    assert undo(rusta_home(), repo.root) == ["src/lib.rs"]

    assert (repo.root / "src/lib.rs").read_bytes() == repo.before["src/lib.rs"]
    assert git(repo.root, "log", "-1", "--format=%s").startswith("Revert Rusta fix")
    assert git(repo.root, "status", "--porcelain") == ""


def test_undo_never_rewrites_a_pushed_commit(repo: Repo, tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(repo.root, "remote", "add", "origin", str(remote))
    git(repo.root, "push", "-q", "-u", "origin", "HEAD")
    commit = commit_fixed(repo.root)
    git(repo.root, "push", "-q", "origin", "HEAD")

    undo(rusta_home(), repo.root)

    ancestor = subprocess.run(
        ["git", "merge-base", "--is-ancestor", commit, "HEAD"],
        cwd=repo.root,
        check=False,
        capture_output=True,
    )
    assert ancestor.returncode == 0, "the pushed Rusta commit is no longer in the history"


def test_outside_git_fix_then_undo_restores_the_bytes(make_crate: Callable[..., Path]) -> None:
    root = make_crate({"src/lib.rs": BROKEN}, name="plain")
    before = sources(root)

    outcome = fix(root)

    assert outcome.status == "green" and outcome.applied
    assert outcome.commit == ""
    assert sources(root) != before
    done = rusta("undo", cwd=root)
    assert done.returncode == 0, done.stderr
    assert sources(root) == before


def test_dirty_work_in_a_touched_file_is_never_committed(repo: Repo) -> None:
    lib = repo.root / "src/lib.rs"
    mine = "// the user's work in progress\n" + lib.read_text(encoding="utf-8")
    lib.write_text(mine, encoding="utf-8")
    dirty = sources(repo.root)

    outcome = fix(repo.root)

    assert outcome.status == "green" and outcome.applied
    assert outcome.commit == ""
    # why no commit was made, for the CLI to say (issue 11 #9)
    assert outcome.commit_note.startswith("no git commit: src/lib.rs had uncommitted changes")
    assert git(repo.root, "rev-parse", "HEAD").strip() == repo.user_head
    text = lib.read_text(encoding="utf-8")
    assert text.startswith("// the user's work in progress\n")
    assert text != mine
    assert git(repo.root, "status", "--porcelain").splitlines() == [" M src/lib.rs"]
    assert undo(rusta_home(), repo.root) == ["src/lib.rs"]
    assert sources(repo.root) == dirty
    assert git(repo.root, "rev-parse", "HEAD").strip() == repo.user_head


def test_git_in_a_parent_directory_still_gets_one_commit(tmp_path: Path) -> None:
    root = tmp_path / "monorepo" / "crates" / "member"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(
        '[package]\nname = "member"\nversion = "0.1.0"\nedition = "2021"\n', encoding="utf-8"
    )
    (root / "src/lib.rs").write_text(BROKEN, encoding="utf-8")
    top = tmp_path / "monorepo"
    git(top, "init", "-q")
    head = commit_all(top, "user work")

    assert commit_fixed(root)

    assert git(top, "rev-parse", "HEAD~1").strip() == head
    changed = git(top, "show", "--name-only", "--format=", "HEAD").split()
    assert changed == ["crates/member/src/lib.rs"]
    assert undo(rusta_home(), root) == ["src/lib.rs"]
    assert git(top, "rev-parse", "HEAD").strip() == head
    assert git(top, "status", "--porcelain") == ""


def test_undo_takes_the_latest_of_two_applies_in_the_same_second(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for attempt in range(20):
        root = tmp_path / f"crate-{attempt}"
        root.mkdir()
        (root / "a.rs").write_text("one\n", encoding="utf-8")
        # trace ids end in random hex: these two sort against the order they were made in
        first = apply_to_tree(home, root, {"a.rs": "two\n"}, "m", {FOOTER_KEY: "t-ffffffff"})
        second = apply_to_tree(home, root, {"a.rs": "three\n"}, "m", {FOOTER_KEY: "t-00000000"})
        if first.record.name[:15] == second.record.name[:15]:  # the same second
            break
    else:
        pytest.skip("could not make two applies within one second")

    assert undo(home, root) == ["a.rs"]
    assert (root / "a.rs").read_text(encoding="utf-8") == "two\n"
