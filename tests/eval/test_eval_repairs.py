"""The eval's test-repair measures (issue 13) on a real logic-bug case: the repair is green,
its held-back tests are run on it (plausible-but-wrong or not), no test was edited, and the
gold line is among the suspects. Real cargo; the case is written to a temporary directory.
"""

from __future__ import annotations

from pathlib import Path

from rusta.config import Settings
from rusta.eval.repairs import gold_lines, repair_record, summary
from rusta.eval.run import EvalOptions, run_case
from rusta.eval.suites import discover

LIB = """\
pub fn discount(gross: u32) -> u32 {
    if gross > 1000 {
        gross / 10
    } else {
        0
    }
}
"""
TESTS = """\
#[test]
fn the_discount_starts_at_a_thousand() {
    assert_eq!(tiers::discount(1000), 100);
}

#[test]
fn small_orders_pay_full_price() {
    assert_eq!(tiers::discount(300), 0);
}
"""
# held back from Rusta: a repair that only made 1000 work (`gross > 999`) would pass the
# visible tests; this one pins the boundary from below as well as above
HOLDBACK = """\
#[test]
fn just_below_the_threshold_pays_full_price() {
    assert_eq!(tiers::discount(999), 0);
    assert_eq!(tiers::discount(2000), 200);
}
"""
GOLD = """\
--- a/src/lib.rs
+++ b/src/lib.rs
@@ -1,5 +1,5 @@
 pub fn discount(gross: u32) -> u32 {
-    if gross > 1000 {
+    if gross >= 1000 {
         gross / 10
     } else {
         0
"""


def _suite(root: Path) -> Path:
    case = root / "suite" / "relational" / "01-tiers"
    files = {
        "Cargo.toml": '[package]\nname = "tiers"\nversion = "0.1.0"\nedition = "2021"\n',
        "src/lib.rs": LIB,
        "tests/tiers.rs": TESTS,
        "holdback/extra.rs": HOLDBACK,
        "gold.diff": GOLD,
        "case.toml": 'class = "logic"\nkind = "relational"\ncodes = ["failing-test"]\n',
    }
    for name, text in files.items():
        (case / name).parent.mkdir(parents=True, exist_ok=True)
        (case / name).write_text(text)
    return root / "suite"


def test_a_logic_case_is_measured_for_overfitting_and_localization(tmp_path: Path) -> None:
    [case] = discover(_suite(tmp_path))
    assert gold_lines(case) == {("src/lib.rs", 2)}
    options = EvalOptions(tmp_path / "home", Settings(slots=2), baselines=False)
    result = run_case(case, options)
    rusta = result["rusta"]
    assert rusta["fixed"] and not rusta["unsafe"], rusta["reason"]
    repair = rusta["repair"]
    assert repair["kind"] == "relational"
    assert repair["edits_tests"] is False
    assert repair["plausible_wrong"] is False  # the held-back tests pass on the repair
    assert repair["localized"]["top5"] is True
    # the held-back tests were copied in only for the check, never left in the crate
    assert not list((tmp_path / "home").rglob("holdback_extra.rs"))
    table = summary([result])
    assert table["by_kind"]["relational"]["fixed"] == 1
    assert table["overall"]["plausible_wrong_pct"] == 0.0


def test_a_repair_the_held_back_tests_reject_is_plausible_but_wrong(tmp_path: Path) -> None:
    """`gross >= 999` makes the visible tests pass too; the held-back test at 999 says it is
    not the fix the author meant."""
    [case] = discover(_suite(tmp_path))
    crate = tmp_path / "repaired"
    crate.mkdir()
    for name in ("Cargo.toml", "src/lib.rs", "tests/tiers.rs"):
        (crate / name).parent.mkdir(parents=True, exist_ok=True)
        (crate / name).write_text((case.path / name).read_text())
    (crate / "src/lib.rs").write_text(LIB.replace("gross > 1000", "gross >= 999"))
    diff = GOLD.replace("gross >= 1000", "gross >= 999")
    record = repair_record(
        case, crate, diff, True, tmp_path / "no-trace.jsonl", tmp_path / "target", 120.0
    )
    assert record["plausible_wrong"] is True
    assert record["edits_tests"] is False and record["localized"] is None  # no trace here
    assert sorted(p.name for p in (crate / "tests").iterdir()) == ["tiers.rs"]
