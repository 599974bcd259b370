"""SPEC §2 Do: a patched file is formatted only if it was rustfmt-clean before.

Real rustfmt and cargo on tiny crates. The clean crate's fix (`.clone()` at the move) pushes
a line past rustfmt's width, so the applied file must be exactly what rustfmt writes; the
untidy crate has a badly spaced function the fix does not touch, which must stay as it was.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from rusta.config import load_settings, rusta_home
from rusta.loop.episode import run_episode

MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'

# E0382: the vector is moved into the call and used afterwards; the line is 95 columns wide.
CLEAN = """\
pub fn summarize_quarterly_figures_for_region(figures: Vec<u32>, quarter: usize) -> u32 {
    figures.iter().skip(quarter * 3).take(3).sum()
}

pub fn report(regional_sales_figures: Vec<u32>, quarter_index: usize) -> (u32, usize) {
    let report = summarize_quarterly_figures_for_region(regional_sales_figures, quarter_index);
    (report, regional_sales_figures.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_quarter() {
        assert_eq!(report(vec![1, 2, 3, 4, 5, 6], 1), (15, 6));
    }
}
"""

UNTIDY_HELPER = "pub fn   helper( x:u32 )->u32 { x+1 }\n"


def rustfmt(text: str) -> str:
    done = subprocess.run(
        ["rustfmt", "--edition", "2021", "--emit", "stdout"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def fix(root: Path, source: str) -> tuple[str, str]:
    root.mkdir(parents=True)
    (root / "Cargo.toml").write_text(MANIFEST.format(name=root.name))
    (root / "src").mkdir()
    (root / "src/lib.rs").write_text(source)
    outcome = run_episode(root, load_settings(root), rusta_home())
    assert outcome.status == "green", outcome.reason
    return outcome.diff, (root / "src/lib.rs").read_text()


def test_a_clean_file_is_formatted_after_the_fix(tmp_path: Path) -> None:
    assert rustfmt(CLEAN) == CLEAN
    diff, fixed = fix(tmp_path / "clean", CLEAN)

    assert "regional_sales_figures.clone()" in fixed
    assert fixed == rustfmt(fixed)
    assert "+    let report =\n" in diff  # rustfmt wrapped the widened line


def test_an_untidy_file_keeps_its_formatting(tmp_path: Path) -> None:
    source = UNTIDY_HELPER + CLEAN
    assert rustfmt(source) != source
    _, fixed = fix(tmp_path / "untidy", source)

    assert "regional_sales_figures.clone()" in fixed
    assert fixed.startswith(UNTIDY_HELPER)
    before, after = source.splitlines(), fixed.splitlines()
    assert len(before) == len(after)
    assert sum(1 for old, new in zip(before, after, strict=True) if old != new) == 1
