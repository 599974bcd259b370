"""SEARCH/REPLACE blocks: parsing the ways models write them, applying, and the feedback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rusta.errors import EditFailed, PathEscape, UnsafeFile
from rusta.patch.search_replace import SearchReplace, apply_blocks, format_blocks, parse_blocks

SOURCE = 'fn main() {\n    let x = 1;\n    println!("{x}");\n}\n'


def block(path: str, search: str, replace: str) -> str:
    return f"{path}\n<<<<<<< SEARCH\n{search}=======\n{replace}>>>>>>> REPLACE\n"


def test_parse_plain_fenced_and_path_reusing_blocks():
    text = (
        "I will change two files.\n\n"
        "src/main.rs\n```rust\n<<<<<<< SEARCH\n    let x = 1;\n=======\n    let x = 2;\n"
        ">>>>>>> REPLACE\n<<<<<<< SEARCH\n}\n=======\n}\n// end\n>>>>>>> REPLACE\n```\n\n"
        "```rust\n`src/lib.rs`:\n<<<<<<< SEARCH\n=======\npub mod a;\n>>>>>>> REPLACE\n```\n"
    )
    assert parse_blocks(text) == [
        SearchReplace("src/main.rs", "    let x = 1;\n", "    let x = 2;\n"),
        SearchReplace("src/main.rs", "}\n", "}\n// end\n"),
        SearchReplace("src/lib.rs", "", "pub mod a;\n"),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("no blocks here", "no SEARCH/REPLACE block found"),
        ("<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n", "block 1 has no file path"),
        ("Change it like this:\n<<<<<<< SEARCH\na\n=======\n", "has no file path"),
        ("f.rs\n<<<<<<< SEARCH\na\n>>>>>>> REPLACE\n", r"block 1 \(f.rs\): no '======='"),
        ("f.rs\n<<<<<<< SEARCH\na\n=======\nb\n", "no '>>>>>>> REPLACE'"),
    ],
)
def test_malformed_blocks_are_refused(text, said):
    with pytest.raises(EditFailed, match=said):
        parse_blocks(text)


def test_apply_exact_and_create_without_writing(make_tree, take_snapshot):
    root = make_tree({"src/main.rs": SOURCE})
    before = take_snapshot(root)
    text = block("src/main.rs", "    let x = 1;\n", "    let x = 2;\n") + block(
        "src/new.rs", "", "pub fn new() {}\n"
    )
    assert apply_blocks(root, parse_blocks(text)) == {
        "src/main.rs": SOURCE.replace("= 1", "= 2"),
        "src/new.rs": "pub fn new() {}\n",
    }
    assert take_snapshot(root) == before


def test_blocks_apply_in_sequence_on_the_same_file(make_tree):
    root = make_tree({"a.rs": "one\ntwo\n"})
    text = block("a.rs", "one\n", "uno\n") + block("a.rs", "uno\ntwo\n", "uno\ndos\n")
    assert apply_blocks(root, parse_blocks(text)) == {"a.rs": "uno\ndos\n"}


def test_whitespace_insensitive_match_keeps_crlf_and_missing_final_newline(make_tree):
    root = make_tree({"a.rs": "fn f() {\r\n    call( 1 );\r\n}"})
    text = block("a.rs", "call(1 );\n}\n", "    call(2);\n}\n")
    assert apply_blocks(root, parse_blocks(text)) == {"a.rs": "fn f() {\r\n    call(2);\r\n}"}


def test_no_match_feedback_says_which_block_and_did_you_mean(make_tree):
    root = make_tree({"src/main.rs": SOURCE})
    text = block("src/main.rs", "    let x = 1;\n", "    let x = 3;\n") + block(
        "src/main.rs", '    let y = 1;\n    println!("{y}");\n', "    // gone\n"
    )
    with pytest.raises(EditFailed) as caught:
        apply_blocks(root, parse_blocks(text))
    message = caught.value.message
    assert message.startswith("block 2 of 2 for src/main.rs failed")
    # block 2 sees block 1's result: "let x = 3"
    assert "Did you mean to match these lines (2-3)?\n    let x = 3;\n    println!" in message
    assert "No file was changed" in message


def test_already_applied_block_is_pointed_out(make_tree):
    root = make_tree({"a.rs": "new\n"})
    with pytest.raises(EditFailed, match=r"already in a\.rs"):
        apply_blocks(root, parse_blocks(block("a.rs", "old\n", "new\n")))


def test_ambiguous_search_is_refused(make_tree):
    root = make_tree({"a.rs": "}\nx\n}\n"})
    with pytest.raises(EditFailed, match=r"matches 2 places \(starting at lines 1, 3\)"):
        apply_blocks(root, parse_blocks(block("a.rs", "}\n", "};\n")))


def test_missing_file_with_search_text_is_refused(make_tree):
    root = make_tree({})
    with pytest.raises(EditFailed, match="leave the SEARCH section empty"):
        apply_blocks(root, parse_blocks(block("nope.rs", "a\n", "b\n")))


def test_empty_search_appends_to_an_existing_file(make_tree):
    root = make_tree({"a.rs": "a"})
    assert apply_blocks(root, parse_blocks(block("a.rs", "", "b\n"))) == {"a.rs": "a\nb\n"}


@pytest.mark.parametrize(
    ("path", "error"),
    [("../escape.rs", PathEscape), ("/etc/passwd", PathEscape), ("link/secret.txt", PathEscape)],
)
def test_hostile_paths_are_refused_before_anything(make_tree, take_snapshot, outside, path, error):
    root = make_tree({"a.rs": "a\n"})
    (root / "link").symlink_to(outside, target_is_directory=True)
    before = take_snapshot(root.parent)
    text = block("a.rs", "a\n", "b\n") + block(path, "", "x\n")
    with pytest.raises(error):
        apply_blocks(root, parse_blocks(text))
    assert take_snapshot(root.parent) == before


def test_binary_file_is_refused(make_tree):
    root = make_tree({"blob.rs": b"\x00\x01\x02"})
    with pytest.raises(UnsafeFile):
        apply_blocks(root, parse_blocks(block("blob.rs", "a\n", "b\n")))


LINES = st.lists(st.sampled_from(["fn a() {", "}", "", "    x += 1;", "let y = 2;"]), max_size=10)


@settings(max_examples=80, deadline=None)
@given(old=LINES.filter(bool), replace=LINES, data=st.data())
def test_round_trip_through_text(old, replace, data):
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    old_text = "".join(line + "\n" for line in old)
    search = "".join(line + "\n" for line in old[start:end])
    assume(search.strip())  # a blank SEARCH means "create or append", as in aider
    new = "".join(line + "\n" for line in [*old[:start], *replace, *old[end:]])
    text = format_blocks([SearchReplace("src/lib.rs", search, new_part(replace))])
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        (root / "src").mkdir()
        (root / "src/lib.rs").write_text(old_text)
        occurrences = sum(
            old[index : index + end - start] == old[start:end] for index in range(len(old))
        )
        if occurrences > 1:
            with pytest.raises(EditFailed, match="places"):
                apply_blocks(root, parse_blocks(text))
        else:
            assert apply_blocks(root, parse_blocks(text)) == {"src/lib.rs": new}


def new_part(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)
