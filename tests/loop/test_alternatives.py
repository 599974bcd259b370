"""Choice and idiom (issue 11 #8): other proven fixes are shown and can be picked, and at
equal proof the more idiomatic patch wins.

Seen before: on a push-while-iterating error, `items.clone().iter()` won although a
collect-then-extend fix was also green, and nothing told the user. Real cargo, real crates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rusta.proposers.moves.conversions import conversions

RUSTA = Path(sys.executable).parent / "rusta"

GROWING = """\
pub fn doubled(items: &mut Vec<u32>) {
    for item in items.iter() {
        if *item < 10 {
            items.push(item * 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_doubles_of_small_items() {
        let mut items = vec![1, 20, 3];
        doubled(&mut items);
        assert_eq!(items, vec![1, 20, 3, 2, 6]);
    }
}
"""

LARGEST = """\
pub fn largest<T>(values: &[T]) -> &T {
    let mut best = &values[0];
    for value in values {
        if value > best {
            best = value;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_largest() {
        assert_eq!(*super::largest(&[3, 9, 2]), 9);
    }
}
"""


def _rusta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUSTA), *args], capture_output=True, text=True, timeout=300, check=False
    )


def test_restructure_beats_clone_and_the_clone_is_offered(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": GROWING}, name="growing")
    done = _rusta("fix", "--dry-run", "--json", str(crate))
    assert done.returncode == 0, done.stdout + done.stderr  # a dry run that found a fix: 0
    summary = json.loads(done.stdout)
    assert summary["status"] == "green" and not summary["applied"]
    assert ".clone()" not in summary["diff"] and "extend" in summary["diff"]
    clones = [a for a in summary["alternatives"] if ".clone()" in a["diff"]]
    assert clones and clones[0]["pick"] >= 1 and clones[0]["tests"] == 1
    assert "clone" in clones[0]["title"]
    assert (crate / "src" / "lib.rs").read_text() == GROWING
    plain = _rusta("fix", "--dry-run", str(crate))
    assert "also proven" in plain.stdout and "--pick" in plain.stdout


def test_pick_applies_the_chosen_alternative(git_crate: Callable) -> None:
    crate = git_crate({"src/lib.rs": GROWING}, "growing")
    listed = json.loads(_rusta("fix", "--dry-run", "--json", str(crate)).stdout)
    number = next(a["pick"] for a in listed["alternatives"] if ".clone()" in a["diff"])
    done = _rusta("fix", "--pick", str(number), "--json", str(crate))
    assert done.returncode == 0, done.stdout + done.stderr
    summary = json.loads(done.stdout)
    assert summary["applied"] and summary["commit"]
    assert "items.clone().iter()" in (crate / "src" / "lib.rs").read_text()
    tests = subprocess.run(["cargo", "test", "-q"], cwd=crate, capture_output=True, check=False)
    assert tests.returncode == 0


def test_pick_out_of_range_is_a_usage_error_that_changes_nothing(git_crate: Callable) -> None:
    crate = git_crate({"src/lib.rs": GROWING}, "growing")
    done = _rusta("fix", "--pick", "9", str(crate))
    assert done.returncode == 2
    assert "--pick 9" in done.stdout + done.stderr
    assert (crate / "src" / "lib.rs").read_text() == GROWING


def test_a_trait_bound_uses_the_prelude_name(make_crate: Callable) -> None:
    crate = make_crate({"src/lib.rs": LARGEST}, name="largest")
    summary = json.loads(_rusta("fix", "--yes", "--json", str(crate)).stdout)
    assert summary["status"] == "green", summary["reason"]
    assert "PartialOrd" in summary["diff"]
    assert "std::cmp::PartialOrd" not in summary["diff"]


def test_numeric_conversions_prefer_from_and_try_from_to_as() -> None:
    widening = [move for _, move, _ in conversions("u64", "u32", "x")]
    assert widening[0] == "from" and "as-cast" in widening
    narrowing = conversions("u32", "u64", "x")
    assert narrowing[0][1] == "try-from" and narrowing[0][0] == "u32::try_from(x).unwrap()"
    assert conversions("f64", "f32", "x")[0][1] == "from"
