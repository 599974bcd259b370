"""Issue 20: when code that compiles already calls a method by its current name, the calls
that misspell it are the odd ones out: the definition is not renamed (real cargo).

Before, `rename-method` renamed the definition to the misspelling, which broke the good call
and needed a second step to respell it (suite case unresolved/08: 5 changed lines where 3
were needed).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from rusta.proposers.context import ProposalContext
from rusta.proposers.moves import MovesProposer
from rusta.tools.diagnostics import parse_cargo_stream

MANIFEST = '[package]\nname = "graph"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
LIB = """pub struct Graph(pub Vec<Vec<usize>>);
impl Graph {
    pub fn neighbours(&self, node: usize) -> &[usize] {
        &self.0[node]
    }
}
pub fn degree(graph: &Graph, node: usize) -> usize {
    graph.neighbours(node).len()
}
pub fn first(graph: &Graph, node: usize) -> Option<usize> {
    graph.neighbors(node).first().copied()
}
pub fn last(graph: &Graph, node: usize) -> Option<usize> {
    graph.neighbors(node).last().copied()
}
"""


def test_a_method_the_crate_still_calls_by_its_name_is_not_renamed(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "Cargo.toml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "src/lib.rs").write_text(LIB, encoding="utf-8")
    env = {**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "target")}
    done = subprocess.run(
        ["cargo", "check", "--message-format=json", "--offline"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    diagnostics = parse_cargo_stream(done.stdout)
    context = ProposalContext(
        read=lambda name: (tmp_path / name).read_text(encoding="utf-8"),
        files=["src/lib.rs"],
        diagnostics=diagnostics,
    )

    moves = {
        candidate.move.split("/", 1)[1]
        for diagnostic in diagnostics
        for candidate in MovesProposer().propose(context, diagnostic)
    }

    assert "rename-method" not in moves
    assert "respell-method-calls" in moves
