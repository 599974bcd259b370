"""`rusta eval` when Rusta asks (issue 12): the simulated developer answers as the case's author
would, with the proven option closest to the gold patch, and the record says it was asked
and which answer was taken. Real subprocess, real cargo, a one-case suite.

The case: a private helper called from outside its module. `pub` and `pub(crate)` both fix it
and pass the test, and they compile differently (the symbol is exported or not), so Rusta
asks; the author's gold patch says `pub(crate)`, which is not Rusta's first option.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUSTA = Path(sys.executable).parent / "rusta"
MANIFEST = '[package]\nname = "geo"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
SOURCE = """\
pub mod geo {
    fn distance(a: u32, b: u32) -> u32 {
        a.abs_diff(b)
    }
}

pub fn trip(stops: &[u32]) -> u32 {
    stops.windows(2).map(|w| geo::distance(w[0], w[1])).sum()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sums_legs() {
        assert_eq!(super::trip(&[1, 4, 2]), 5);
    }
}
"""
GOLD = """\
--- a/src/lib.rs
+++ b/src/lib.rs
@@ -1,5 +1,5 @@
 pub mod geo {
-    fn distance(a: u32, b: u32) -> u32 {
+    pub(crate) fn distance(a: u32, b: u32) -> u32 {
         a.abs_diff(b)
     }
 }
"""


def test_an_asked_case_is_answered_with_the_option_closest_to_gold(tmp_path: Path) -> None:
    case = tmp_path / "suite" / "visibility" / "01-geo"
    (case / "src").mkdir(parents=True)
    (case / "Cargo.toml").write_text(MANIFEST)
    (case / "src" / "lib.rs").write_text(SOURCE)
    (case / "case.toml").write_text('class = "visibility"\ncodes = ["E0603"]\n')
    (case / "gold.diff").write_text(GOLD)
    report = tmp_path / "report.json"
    suite, home = str(tmp_path / "suite"), str(tmp_path / "home")
    done = subprocess.run(
        [
            str(RUSTA),
            "eval",
            "--suite",
            suite,
            "--no-baselines",
            "--home",
            home,
            "--json",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [record] = json.loads(report.read_text())["cases"]
    rusta = record["rusta"]
    assert rusta["asked"] is True and rusta["answer"] == 2  # not Rusta's recommendation
    assert rusta["fixed"] and not rusta["unsafe"]
    assert "+    pub(crate) fn distance" in rusta["diff"]
    assert (case / "src" / "lib.rs").read_text() == SOURCE  # the suite itself is untouched
    overall = json.loads(report.read_text())["overall"]
    assert (overall["asked"], overall["asked_other"]) == (1, 1)
    assert "Asked which proven fix was meant: 1 case(s)" in " ".join(done.stdout.split())
