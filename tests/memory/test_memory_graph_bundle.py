"""Project graph (tree-sitter), deterministic bundles, compaction and redaction."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from rusta.config import rusta_home
from rusta.errors import UsageError
from rusta.memory import bundle, devlog, index
from rusta.memory.cache import EpisodicCache, hunks_between
from rusta.memory.compact import Budgets, compact
from rusta.memory.graph import ProjectGraph
from rusta.memory.mistakes import MistakeLedger, mistake
from rusta.trace.events import Tracer
from rusta.trace.jsonl import JsonlSink
from rusta.types import Diagnostic, ErrorClass, Level, Span

LIB = """\
use std::fmt;

/// A point.
#[derive(Debug)]
pub struct Point { pub x: i32 }

pub trait Area { fn area(&self) -> i32; }

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.x) }
}

pub fn origin() -> Point { Point { x: helper() } }

fn helper() -> i32 { 0 }

mod inner { pub const LIMIT: u8 = 3; macro_rules! twice { ($e:expr) => { $e * 2 } } }
"""
USER = "use crate::Point;\npub fn shift(p: Point) -> Point { crate::origin() }\n"


def test_graph_symbols_edges_and_incremental_updates() -> None:
    graph = ProjectGraph(rusta_home())
    files = {"src/lib.rs": LIB, "src/user.rs": USER}
    first = graph.update("/repo", sorted(files), lambda f: files[f].encode())
    assert (first.parsed, first.unchanged) == (2, 0)
    kinds = {(s.name, s.kind) for s in graph.symbols("/repo")}
    assert {
        ("Point", "struct"),
        ("Area", "trait"),
        ("Point", "impl"),
        ("origin", "fn"),
        ("inner", "module"),
        ("LIMIT", "const"),
        ("twice", "macro"),
        ("fmt", "fn"),
    } <= kinds
    [point] = graph.definitions("/repo", "Point")
    assert (point.file, point.line_start, point.line_end) == ("src/lib.rs", 3, 5)  # doc + derive
    edges = {(e.source, e.kind, e.target) for e in graph.edges("/repo", "Display")}
    assert ("Point", "impls", "Display") in edges
    radius = graph.blast_radius("/repo", ["helper"])
    assert radius.dependents == ("origin",) and radius.files == ("src/lib.rs",)
    assert set(graph.blast_radius("/repo", ["Point"]).files) == {"src/lib.rs", "src/user.rs"}
    files["src/user.rs"] = USER + "pub fn more() {}\n"
    second = graph.update("/repo", sorted(files), lambda f: files[f].encode())
    assert (second.parsed, second.unchanged) == (1, 1)
    assert len(graph.history("/repo", "src/user.rs")) == 2
    assert graph.update("/repo", ["src/lib.rs"], lambda f: files[f].encode()).removed == 1


def fill(home: Path) -> None:
    for number in range(3):
        index.record(home, devlog.Entry("episodic", f"Fixed E038{number}", "body", ("green",)))
    index.record(home, devlog.Entry("semantic", "Borrowck notes", "token=abcdef123456 leaks"))
    span = Span("src/lib.rs", 2, 2, 1, 5, 0, 0, True, None, "x")
    target = Diagnostic(
        Level.ERROR, "cannot assign twice to `x`", "E0384", ErrorClass.MUTABILITY, (span,)
    )
    hunks = hunks_between(
        {"src/lib.rs": "fn f() {\n    let x = 1;\n}\n"},
        {"src/lib.rs": "fn f() {\n    let mut x = 1;\n}\n"},
        target,
    )
    EpisodicCache(home).record(target, "/repo", "m", "E0384/add-mut", hunks, now=1.5)
    MistakeLedger(home).record(mistake("fp", "s", "sig", "move"), now=2.0)
    ProjectGraph(home).update("/repo", ["src/lib.rs"], lambda f: LIB.encode())


def test_bundle_round_trip_is_byte_identical(tmp_path: Path) -> None:
    home, empty = tmp_path / "home", tmp_path / "empty"
    fill(home)
    bundle.export_bundle(home, tmp_path / "a.tar.gz")
    bundle.export_bundle(home, tmp_path / "again.tar.gz")
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "again.tar.gz").read_bytes()
    report = bundle.import_bundle(empty, tmp_path / "a.tar.gz")
    assert report.entries_added == 4 and report.rows_added["fixes"] == 1
    bundle.export_bundle(empty, tmp_path / "b.tar.gz")
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()
    assert [h.title for h in index.search(empty, "Borrowck")] == ["Borrowck notes"]
    assert bundle.import_bundle(empty, tmp_path / "a.tar.gz").entries_added == 0  # idempotent


def test_hostile_bundles_are_refused_before_any_write(tmp_path: Path) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w:gz") as archive:
        info = tarfile.TarInfo("devlogs/episodic/../../escape.md")
        info.size = 1
        archive.addfile(info, io.BytesIO(b"x"))
    (tmp_path / "evil.tar.gz").write_bytes(raw.getvalue())
    with pytest.raises(UsageError):
        bundle.import_bundle(tmp_path / "home", tmp_path / "evil.tar.gz")
    assert not (tmp_path / "home").exists() and not (tmp_path / "escape.md").exists()


def test_compaction_applies_ttls_and_budgets(tmp_path: Path) -> None:
    home = tmp_path / "home"
    fill(home)
    report = compact(home, Budgets(episodic_max=1), now=100 * 86400.0)
    assert (report.fixes_removed, report.mistakes_removed, report.entries_archived) == (1, 1, 2)
    assert len(list((home / "devlogs" / "archive" / "episodic").glob("*.md"))) == 2
    assert len(index.search(home, "Fixed")) == 1


def test_secrets_are_redacted_from_devlogs_and_traces() -> None:
    home = rusta_home()
    key = "sk-" + "a1B2" * 8
    path = devlog.write(
        home,
        devlog.Entry(
            "episodic",
            "leak",
            f"password = hunter22xyz and {key}",
            extra={"context": {"auth": f"Bearer {key}"}},
        ),
    )
    text = path.read_text()
    assert "hunter22xyz" not in text and key not in text and "[REDACTED]" in text
    tracer = Tracer()
    tracer.sinks = [JsonlSink(home / "traces", tracer.trace_id)]
    # nested values are redacted too: a list of strings, a dict of lists
    token = f"GITHUB_TOKEN={'ghp_' + 'x' * 30}"
    tracer.emit("probe", probe="env", codes=[token], definitions={"k": [key]})
    line = (home / "traces" / f"{tracer.trace_id}.jsonl").read_text()
    assert "ghp_" not in line and key not in line
    assert json.loads(line)["codes"][0] == "GITHUB_TOKEN=[REDACTED]"
