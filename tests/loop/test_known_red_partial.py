"""The mistake ledger never skips the first half of a composite fix (real cargo, one home).

Making `next_line` pub removes its E0624 but reveals E0451 (`entries` is private too): alone
it is red, with its follow-up it is the fix. Before, the ledger recorded the first half as a
mistake, so a second episode on the same code skipped it and abstained (holdout
visibility/03 was fixed on a first run and lost on the next one in the same home).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rusta.config import load_settings, rusta_home
from rusta.loop.episode import run_episode

LIB = """pub mod scanner;
pub mod section;

pub fn load(text: &str) -> section::Section {
    let mut scanner = scanner::Scanner::new(text);
    let mut entries = Vec::new();
    while let Some(line) = scanner.next_line() {
        entries.push(line);
    }
    section::Section { entries }
}
"""
SCANNER = """pub struct Scanner {
    lines: Vec<String>,
}

impl Scanner {
    pub fn new(text: &str) -> Self {
        Scanner { lines: text.lines().rev().map(String::from).collect() }
    }

    fn next_line(&mut self) -> Option<String> {
        self.lines.pop()
    }
}
"""
SECTION = """pub struct Section {
    entries: Vec<String>,
}

impl Section {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}
"""
TESTS = '#[test]\nfn loads_every_line() {\n    assert_eq!(ini::load("a=1\\nb=2").len(), 2);\n}\n'
FILES = {"src/lib.rs": LIB, "src/scanner.rs": SCANNER, "src/section.rs": SECTION}


def test_a_second_episode_in_the_same_home_still_finds_the_composite_fix(
    make_crate: Callable[..., Path],
) -> None:
    outcomes = []
    for name in ("first", "second"):
        crate = make_crate({**FILES, "tests/load.rs": TESTS}, name=name)
        (crate / "Cargo.toml").write_text(
            '[package]\nname = "ini"\nversion = "0.1.0"\nedition = "2021"\n', encoding="utf-8"
        )
        settings = load_settings(crate, {"clippy": False})
        outcomes.append(run_episode(crate, settings, rusta_home(), dry_run=True))

    statuses = [(o.status, o.reason) for o in outcomes]
    assert all(o.status in ("green", "ask") for o in outcomes), statuses
    assert "+E0451/" in outcomes[1].steps[0].candidate.move or len(outcomes[1].steps) == 2
