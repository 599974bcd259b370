"""Rough edges a new user hit (issue 11 #9), each on a real crate with real cargo.

- An invalid manifest (`edition = "2099"`) was reported with a sandbox path and without
  cargo's reason: now the user's Cargo.toml is named and cargo is quoted, and nothing changes.
- Narration followed a diagnostic into `/rustc/<hash>/library/...`: a primary span outside
  the crate gives way to the crate's own span.
- An abstention said "tried 10" and listed 8: the rest are counted.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.cli.fix import _show
from rusta.types import Diagnostic, ErrorClass, Level, Outcome, Span

RUSTA = Path(sys.executable).parent / "rusta"
BAD_MANIFEST = '[package]\nname = "future"\nversion = "0.1.0"\nedition = "2099"\n'


def _rusta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_an_invalid_manifest_names_the_users_file_and_quotes_cargo(
    make_crate: Callable,
) -> None:
    crate = make_crate({"Cargo.toml": BAD_MANIFEST, "src/lib.rs": "pub fn f() {}\n"}, "future")
    for command in (("check",), ("fix", "--yes")):
        done = _rusta(*command, str(crate))
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 2, said
        assert f"{crate}/Cargo.toml" in said
        assert "`2099` is unknown" in said
        assert "sandboxes" not in said and "slot-" not in said
    assert sorted(p.name for p in crate.iterdir()) == ["Cargo.toml", "src"]
    assert (crate / "Cargo.toml").read_text() == BAD_MANIFEST


def _span(file: str, primary: bool) -> Span:
    return Span(file, 3, 3, 1, 4, 10, 13, is_primary=primary)


def test_a_primary_span_in_the_standard_library_gives_way_to_the_crates() -> None:
    library = "/rustc/59807616e1fa/library/core/src/ops/arith.rs"
    diagnostic = Diagnostic(
        Level.ERROR,
        "cannot multiply `u64` by `u32`",
        "E0277",
        ErrorClass.TRAIT,
        (_span(library, True), _span("src/lib.rs", False)),
    )
    assert diagnostic.primary.file == "src/lib.rs"
    only_library = Diagnostic(Level.ERROR, "x", "E0277", ErrorClass.TRAIT, (_span(library, True),))
    assert only_library.primary.file == library


def test_an_abstention_counts_what_it_does_not_list(capsys) -> None:
    tried = tuple((f"E0308/move-{i}", "no progress (1 problems remain)") for i in range(10))
    outcome = Outcome("abstain", False, "", 0, ("E0308",), (), 10, tried=tried, trace_id="t1")
    _show(outcome)
    printed = capsys.readouterr().out
    assert "tried 10 candidate(s)" in printed
    assert printed.count("no progress") == 8
    assert "and 2 more" in printed
