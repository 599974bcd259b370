"""changed_lines: removed plus added lines, symmetric, zero exactly for equal texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rusta.patch.count import changed_lines, changed_lines_total


def test_counts_removed_plus_added_lines():
    assert changed_lines("a\nb\nc\n", "a\nB\nc\n") == 2
    assert changed_lines("", "a\nb\n") == 2
    assert changed_lines("a\nb\n", "a\nb") == 2  # the last line lost its newline
    assert changed_lines("same\n", "same\n") == 0


def test_total_counts_added_and_deleted_files():
    old = {"a.rs": "x\n", "gone.rs": "1\n2\n", "same.rs": "s\n"}
    new = {"a.rs": "y\n", "new.rs": "n\n", "same.rs": "s\n", "gone.rs": None}
    assert changed_lines_total(old, new) == 2 + 2 + 1


TEXT = st.lists(st.sampled_from(["a", "b", "c", "d", ""]), max_size=20).map(
    lambda lines: "".join(line + "\n" for line in lines)
)


@settings(max_examples=200, deadline=None)
@given(old=TEXT, new=TEXT)
def test_symmetric_and_zero_iff_equal(old, new):
    count = changed_lines(old, new)
    assert count == changed_lines(new, old)
    assert (count == 0) == (old == new)
    assert count <= len(old.splitlines()) + len(new.splitlines())
