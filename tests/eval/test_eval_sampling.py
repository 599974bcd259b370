"""`--classes` with `--limit` samples across the classes asked for (stratified), on the
built-in suite and on a suite of case directories written here (no cargo needed: discovery
reads case.toml)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rusta.errors import UsageError
from rusta.eval.suites import discover

MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n'


def write_cases(root: Path, counts: dict[str, int]) -> Path:
    for error_class, count in counts.items():
        for index in range(count):
            crate = root / error_class / f"{index:02d}-case"
            crate.mkdir(parents=True)
            (crate / "Cargo.toml").write_text(
                MANIFEST.format(name=f"{error_class}{index}"), encoding="utf-8"
            )
            (crate / "case.toml").write_text(f'class = "{error_class}"\n', encoding="utf-8")
    return root


def test_the_builtin_suite_limit_is_shared_by_the_classes_asked_for() -> None:
    cases = discover(None, ("type", "borrow"), 6)

    assert Counter(case.error_class for case in cases) == {"type": 3, "borrow": 3}
    names = [case.name for case in cases]
    assert names == sorted(names)  # still in suite order
    assert "borrow/01-inventory-reorder" in names  # each class starts from its first case


def test_uneven_classes_give_the_rest_to_the_larger_class(tmp_path: Path) -> None:
    suite = write_cases(tmp_path, {"borrow": 8, "type": 2, "move": 5})

    cases = discover(suite, ("type", "borrow"), 6)

    assert Counter(case.error_class for case in cases) == {"borrow": 4, "type": 2}
    assert [c.name for c in cases if c.error_class == "borrow"] == [
        f"borrow/{i:02d}-case" for i in range(4)
    ]


def test_a_limit_without_classes_samples_every_class(tmp_path: Path) -> None:
    suite = write_cases(tmp_path, {"borrow": 5, "move": 5, "type": 5})

    cases = discover(suite, (), 3)

    assert Counter(case.error_class for case in cases) == {"borrow": 1, "move": 1, "type": 1}


def test_an_unknown_class_names_the_classes_there_are(tmp_path: Path) -> None:
    suite = write_cases(tmp_path, {"borrow": 1, "type": 1})

    expected = r"no case of class lifetme \(classes here: borrow, type\)"
    with pytest.raises(UsageError, match=expected):
        discover(suite, ("borrow", "lifetme"), 4)


def test_a_limit_below_one_is_refused(tmp_path: Path) -> None:
    suite = write_cases(tmp_path, {"borrow": 2})

    with pytest.raises(UsageError, match="--limit 0"):
        discover(suite, (), 0)
