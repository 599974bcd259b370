"""Issue 20: git history tells which side of a root cause moved (real git, real cargo)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import MovesProposer
from rusta.tools.diagnostics import parse_cargo_stream
from rusta.tools.history import committed_reader

MANIFEST = '[package]\nname = "history"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
LIB = """pub fn shout(text: &str) -> String {
    text.to_uppercase()
}

pub fn both(a: &str, b: &str) -> String {
    shout(a) + &shout(b)
}
"""


def _git(root: Path, *arguments: str) -> None:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    subprocess.run(["git", *arguments], cwd=root, env=environment, check=True, capture_output=True)


def _context(root: Path, committed: bool) -> ProposalContext:
    environment = {**os.environ, "CARGO_TARGET_DIR": str(root / "target")}
    done = subprocess.run(
        ["cargo", "check", "--message-format=json", "--offline"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return ProposalContext(
        read=lambda name: (root / name).read_text(encoding="utf-8"),
        files=["src/lib.rs"],
        diagnostics=parse_cargo_stream(done.stdout),
        committed=committed_reader(root) if committed else None,
    )


def _sides(context: ProposalContext) -> dict[str, tuple[str, float]]:
    found = {}
    for diagnostic in context.diagnostics:
        for candidate in MovesProposer().propose(context, diagnostic):
            name = candidate.move.split("/", 1)[1]
            if name in ("retype-parameter", "adapt-every-use"):
                found.setdefault(name, (candidate.intent, candidate.prior))
    return found


def test_a_definition_changed_since_the_commit_is_the_odd_one_out(tmp_path: Path) -> None:
    root = tmp_path / "history"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_text(MANIFEST)
    (root / ".gitignore").write_text("target\n")
    (root / "src" / "lib.rs").write_text(LIB)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "start")
    (root / "src" / "lib.rs").write_text(LIB.replace("shout(text: &str)", "shout(text: String)"))

    without = _sides(_context(root, committed=False))
    with_git = _sides(_context(root, committed=True))

    definition, uses = with_git["retype-parameter"], with_git["adapt-every-use"]
    assert "git: the definition changed since the last commit" in definition[0]
    assert "git:" not in uses[0]
    assert definition[1] > without["retype-parameter"][1]  # the odd one out first
    assert uses[1] < without["adapt-every-use"][1]  # the other side still proposed, later
    assert committed_reader(root)("src/missing.rs") is None
