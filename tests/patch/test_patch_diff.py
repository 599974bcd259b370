"""Unified diffs: the text we write, what we tolerate reading, and how hunks find their place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rusta.errors import EditFailed, PathEscape, UnsafeFile
from rusta.patch.diff import (
    FileDiff,
    Hunk,
    apply_file_diff,
    apply_unified_diff,
    parse_unified_diff,
    unified_diff,
)

LIB = "".join(f"line {number}\n" for number in range(1, 11))


def test_unified_diff_is_git_style():
    text = unified_diff({"src/lib.rs": LIB}, {"src/lib.rs": LIB.replace("line 5\n", "five\n")})
    assert text == (
        "diff --git a/src/lib.rs b/src/lib.rs\n"
        "--- a/src/lib.rs\n"
        "+++ b/src/lib.rs\n"
        "@@ -2,7 +2,7 @@\n"
        " line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n"
    )


def test_added_and_deleted_files_use_dev_null_in_sorted_order():
    text = unified_diff({"b.rs": "gone\n", "e.rs": ""}, {"a.rs": "new", "e.rs": ""})
    assert text == (
        "diff --git a/a.rs b/a.rs\nnew file mode 100644\n--- /dev/null\n+++ b/a.rs\n"
        "@@ -0,0 +1 @@\n+new\n\\ No newline at end of file\n"
        "diff --git a/b.rs b/b.rs\ndeleted file mode 100644\n--- a/b.rs\n+++ /dev/null\n"
        "@@ -1 +0,0 @@\n-gone\n"
    )
    assert [(f.old_path, f.new_path) for f in parse_unified_diff(text)] == [
        (None, "a.rs"),
        ("b.rs", None),
    ]


def test_parse_tolerates_git_headers_prose_and_missing_counts():
    text = (
        "Here is the fix:\n\n```diff\n"
        "diff --git a/src/lib.rs b/src/lib.rs\n"
        "index 356ad60..3286914 100644\n"
        "--- a/src/lib.rs\t2024-01-01 00:00:00\n"
        "+++ b/src/lib.rs\n"
        "@@ -3 +3 @@ fn section() {\n"
        "-line 3\n"
        "+three\n"
        "```\n"
    )
    (file_diff,) = parse_unified_diff(text)
    assert file_diff == FileDiff(
        "src/lib.rs", "src/lib.rs", (Hunk(3, 1, 3, 1, ("-line 3", "+three")),)
    )
    assert apply_file_diff(LIB, file_diff) == LIB.replace("line 3\n", "three\n")


def test_blank_context_line_that_lost_its_space_still_counts():
    original = "a\n\nb\n"
    text = "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n"
    assert apply_file_diff(original, parse_unified_diff(text)[0]) == "a\n\nc\n"


def test_no_newline_markers_round_trip():
    old, new = {"f": "a\nb"}, {"f": "a\nb\nc"}
    (file_diff,) = parse_unified_diff(unified_diff(old, new))
    assert apply_file_diff(old["f"], file_diff) == new["f"]


def test_crlf_diff_applies_to_crlf_and_to_lf_files():
    text = "--- a/f\r\n+++ b/f\r\n@@ -1,2 +1,2 @@\r\n one\r\n-two\r\n+deux\r\n"
    (file_diff,) = parse_unified_diff(text)
    assert apply_file_diff("one\r\ntwo\r\n", file_diff) == "one\r\ndeux\r\n"
    assert apply_file_diff("one\ntwo\n", file_diff) == "one\ndeux\n"


def test_lf_diff_keeps_a_crlf_file_crlf():
    (file_diff,) = parse_unified_diff("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n one\n-two\n+2\n+3\n")
    assert apply_file_diff("one\r\ntwo\r\n", file_diff) == "one\r\n2\r\n3\r\n"


def test_hunk_found_at_an_offset_and_bare_hunks_anywhere():
    moved = "// header\n// more\n" + LIB
    text = "--- a/f\n+++ b/f\n@@ -4,3 +4,3 @@\n line 4\n-line 5\n+five\n line 6\n"
    assert apply_file_diff(moved, parse_unified_diff(text)[0]) == moved.replace(
        "line 5\n", "five\n"
    )
    bare = "--- a/f\n+++ b/f\n@@ ... @@\n line 8\n-line 9\n+nine\n"
    assert apply_file_diff(LIB, parse_unified_diff(bare)[0]) == LIB.replace("line 9\n", "nine\n")


def test_whitespace_tolerant_match_when_indentation_differs():
    original = "fn f() {\n    let x = 1;\n    x\n}\n"
    text = "--- a/f\n+++ b/f\n@@ -2,2 +2,2 @@\n let  x = 1;\n-x\n+    x + 1\n"
    assert apply_file_diff(original, parse_unified_diff(text)[0]) == (
        "fn f() {\n    let x = 1;\n    x + 1\n}\n"
    )


def test_hunk_failure_names_the_hunk_and_shows_the_closest_lines():
    text = (
        "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-line 1\n+one\n@@ -5,2 +5,2 @@\n line 5\n-line six\n+six\n"
    )
    with pytest.raises(EditFailed) as caught:
        apply_file_diff(LIB, parse_unified_diff(text)[0])
    message = caught.value.message
    assert "hunk 2 of f" in message
    assert "closest lines in f are lines 5-6:\nline 5\nline 6\n" in message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("just some prose\n", "no file diff found"),
        ("", "no file diff found"),
        ("@@ -1 +1 @@\n-a\n+b\n", "before any file header"),
        ("--- a/f\n+++ b/f\n@@ -x +y @@\n", "malformed hunk header"),
        ("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n", "truncated, or miscounted"),
        ("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n+c\n", "does not count it"),
        ("diff --git a/x b/x\nBinary files a/x and b/x differ\n", "binary"),
        ("--- a/f\n+++ \n@@ -1 +1 @@\n-a\n+b\n", "has no path"),
    ],
)
def test_garbage_is_refused_with_a_helpful_message(text, said):
    with pytest.raises(EditFailed, match=said):
        parse_unified_diff(text)


def test_apply_unified_diff_computes_without_writing(make_tree, take_snapshot):
    root = make_tree({"src/lib.rs": LIB, "src/old.rs": "bye\n", "src/keep.rs": "k\n"})
    before = take_snapshot(root)
    new = {"src/lib.rs": LIB.replace("line 2\n", ""), "src/new.rs": "hi\n", "src/keep.rs": "k\n"}
    text = unified_diff({"src/lib.rs": LIB, "src/old.rs": "bye\n", "src/keep.rs": "k\n"}, new)
    assert apply_unified_diff(root, text) == {
        "src/lib.rs": new["src/lib.rs"],
        "src/new.rs": "hi\n",
        "src/old.rs": None,
    }
    assert take_snapshot(root) == before


def test_apply_unified_diff_handles_renames_and_repeated_files(make_tree):
    root = make_tree({"a.rs": "x\n"})
    text = (
        "diff --git a/a.rs b/b.rs\nsimilarity index 100%\nrename from a.rs\nrename to b.rs\n"
        "diff --git a/c.rs b/c.rs\n--- a/c.rs\n+++ b/c.rs\n@@ -0,0 +1 @@\n+c\n"
    )
    with pytest.raises(EditFailed, match=r"c\.rs does not exist"):
        apply_unified_diff(root, text)
    fixed = text.replace("--- a/c.rs", "--- /dev/null")
    assert apply_unified_diff(root, fixed) == {"a.rs": None, "b.rs": "x\n", "c.rs": "c\n"}


@pytest.mark.parametrize(
    ("files", "text", "error"),
    [
        ({}, "--- /dev/null\n+++ b/../escape.rs\n@@ -0,0 +1 @@\n+x\n", PathEscape),
        ({}, "--- a//etc/passwd\n+++ b//etc/passwd\n@@ -1 +1 @@\n-r\n+x\n", PathEscape),
        ({"bin.rs": b"\x00\x01"}, "--- a/bin.rs\n+++ b/bin.rs\n@@ -1 +1 @@\n-a\n+b\n", UnsafeFile),
        ({"a.rs": "a\n"}, "--- /dev/null\n+++ b/a.rs\n@@ -0,0 +1 @@\n+b\n", EditFailed),
        ({"a.rs": "a\nb\n"}, "--- a/a.rs\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", EditFailed),
    ],
)
def test_refusals_write_nothing(make_tree, take_snapshot, outside, files, text, error):
    root = make_tree(files)
    (root / "link").symlink_to(outside, target_is_directory=True)
    before = take_snapshot(root.parent)
    with pytest.raises(error):
        apply_unified_diff(root, text)
    assert take_snapshot(root.parent) == before


def test_symlink_out_of_the_root_is_refused(make_tree, outside):
    root = make_tree({})
    (root / "link").symlink_to(outside, target_is_directory=True)
    text = "--- a/link/secret.txt\n+++ b/link/secret.txt\n@@ -1 +1 @@\n-do not touch\n+x\n"
    with pytest.raises(PathEscape):
        apply_unified_diff(root, text)


# Few distinct lines so texts repeat lines (the hard case for placing hunks), some with CR,
# trailing blanks or no final newline.
LINE = st.sampled_from(["a", "b", "c", "", "  indented", "x\r", "tail "])
TEXT = st.builds(
    lambda lines, final: "\n".join(lines) + ("\n" if final and lines else ""),
    st.lists(LINE, max_size=14),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(old=TEXT, new=TEXT, context=st.sampled_from([0, 1, 3]))
def test_round_trip_through_text(old, new, context):
    if old == new:
        return
    (file_diff,) = parse_unified_diff(unified_diff({"f": old}, {"f": new}, context=context))
    assert apply_file_diff(old, file_diff) == new


@settings(max_examples=40, deadline=None)
@given(files=st.dictionaries(st.sampled_from(["a.rs", "b.rs", "src/c.rs"]), TEXT, max_size=3))
def test_round_trip_of_many_files_with_adds_and_deletes(files):
    old = dict(files)
    new = {path: text + "added\n" for path, text in files.items() if path != "b.rs"}
    new["new.rs"] = "fresh\n"
    expected = {
        path: new.get(path) for path in set(old) | set(new) if old.get(path) != new.get(path)
    }
    result = {}
    for file_diff in parse_unified_diff(unified_diff(old, new)):
        path = file_diff.new_path or file_diff.old_path
        text = apply_file_diff(old.get(file_diff.old_path or "", ""), file_diff)
        result[path] = None if file_diff.new_path is None else text
    assert result == expected
