"""shrink: drop the hunks a working patch does not need, never returning a bad candidate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rusta.patch.count import changed_lines_total
from rusta.patch.shrink import LineHunk, apply_line_hunks, hunks_between, shrink

OLD = "".join(f"{number}\n" for number in range(1, 21))


def edited(text: str, replacements: dict[str, str]) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(replacements.get(line, line) for line in lines)


def test_hunks_between_and_back():
    new = edited(OLD, {"3\n": "three\n", "10\n": "", "15\n": "15\nextra\n"})
    hunks = hunks_between(OLD, new)
    assert hunks == [
        LineHunk(2, 3, ("three\n",)),
        LineHunk(9, 10, ()),
        LineHunk(15, 15, ("extra\n",)),
    ]
    assert apply_line_hunks(OLD, hunks) == new
    assert apply_line_hunks(OLD, hunks[1:2]) == OLD.replace("10\n", "")


def test_shrink_keeps_only_the_needed_hunk_across_files():
    old = {"lib.rs": OLD, "main.rs": "fn main() {}\n", "gone.rs": "x\n"}
    new = {
        "lib.rs": edited(OLD, {"3\n": "three\n", "10\n": "FIX\n", "18\n": "eighteen\n"}),
        "main.rs": "fn main() { noise(); }\n",
        "added.rs": "pub fn noise() {}\n",
    }
    calls: list[dict[str, str]] = []

    def still_good(files: dict[str, str]) -> bool:
        calls.append(files)
        return "FIX\n" in files["lib.rs"]

    result = shrink(old, new, still_good)
    assert result == {
        "lib.rs": OLD.replace("10\n", "FIX\n"),
        "main.rs": "fn main() {}\n",
        "gone.rs": "x\n",
    }
    assert len(calls) <= 32


def test_nothing_droppable_returns_new_files_unchanged():
    old, new = {"a.rs": "a\nb\nc\n"}, {"a.rs": "A\nb\nC\n"}
    assert shrink(old, new, lambda files: files == new) == new
    assert shrink(old, {"a.rs": "A\nb\nc\n"}, lambda files: False) == {"a.rs": "A\nb\nc\n"}


def test_trial_budget_is_respected():
    new = "".join(f"{number} changed\n" if number % 2 else f"{number}\n" for number in range(1, 21))
    calls: list[dict[str, str]] = []

    def never_good(files: dict[str, str]) -> bool:
        calls.append(files)
        return False

    assert shrink({"f": OLD}, {"f": new}, never_good, max_trials=5) == {"f": new}
    assert len(calls) == 5
    assert len({candidate["f"] for candidate in calls}) == 5  # no candidate asked twice


LINES = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=12)


@settings(max_examples=60, deadline=None)
@given(old=LINES, new=LINES, required=st.sets(st.integers(0, 11), max_size=3))
def test_result_is_good_and_no_bigger(old, new, required):
    old_files = {"f.rs": "".join(line + "\n" for line in old)}
    new_text = "".join(f"{line}\n" for line in new)
    new_files = {"f.rs": new_text}
    needed = [line for index, line in enumerate(new_text.splitlines(True)) if index in required]
    verdicts: dict[str, bool] = {}

    def still_good(files: dict[str, str]) -> bool:
        good = all(needed_line in files["f.rs"] for needed_line in needed)
        verdicts[files["f.rs"]] = good
        return good

    result = shrink(old_files, new_files, still_good, max_trials=16)
    assert verdicts.get(result["f.rs"], True)  # never one that was judged bad
    assert result == new_files or verdicts[result["f.rs"]]
    assert changed_lines_total(old_files, result) <= changed_lines_total(old_files, new_files)
