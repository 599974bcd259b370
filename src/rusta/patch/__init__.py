"""Edits to a user's crate: parse them, check them, apply them all-or-nothing.

    paths.py           which files an edit may touch (PathEscape, UnsafeFile)
    diff.py            unified diffs: write, parse (diff_parse.py), apply in memory
    search_replace.py  aider-style SEARCH/REPLACE blocks, applied in memory
    textedit.py        rustc's byte-offset suggestions, applied in memory
    count.py           how many lines a change touches
    shrink.py          drop the hunks a working patch does not need
    apply.py           write a change set atomically; journal.py recovers after a crash

Everything except apply.py only computes new file contents; apply.py is the one writer.
"""
