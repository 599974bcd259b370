"""The doc index: extraction into sections, BM25 search, incremental builds, the fallback set."""

from __future__ import annotations

from pathlib import Path

from rusta.knowledge.docindex import (
    DocIndex,
    Section,
    bundled_notes,
    html_sections,
    pieces,
    span_text,
)


def test_html_sections_cut_main_at_headings_and_keep_code_lines(docs_root: Path) -> None:
    page = (docs_root / "book/ch04-01-what-is-ownership.html").read_text()

    sections = html_sections(page)

    assert [s.anchor for s in sections] == ["what-is-ownership", "details"]
    assert "sidebar" not in sections[0].text
    assert "fn main() {\n    let v = vec![1];\n}" in sections[0].text


def test_long_sections_are_cited_in_pieces_that_resolve_back() -> None:
    section = Section("long", "Long", "\n\n".join(f"Paragraph {i}. " * 40 for i in range(12)))

    parts = pieces(section)

    assert len(parts) > 1
    assert "".join(text for _, text in parts) == section.text
    assert all(span_text([section], span) == text for span, text in parts)


def test_build_search_and_incremental_update(docs_root: Path, tmp_path: Path) -> None:
    index = DocIndex(tmp_path / "home")

    first = index.build(docs_root)
    hits = index.search("value moved ownership", ("book", "reference"))
    second = index.build(docs_root)
    (docs_root / "reference/visibility.html").unlink()
    page = docs_root / "book/ch04-01-what-is-ownership.html"
    page.write_text(page.read_text().replace("Each value", "Every value"))
    third = index.build(docs_root)

    assert first.files_indexed == 3 + len(list(bundled_notes()))
    assert hits[0].chunk.path == "book/ch04-01-what-is-ownership.html"
    assert hits[0].chunk.span == "#what-is-ownership"
    assert (second.files_indexed, second.files_skipped) == (0, 3)
    assert (third.files_indexed, third.files_skipped, third.files_removed) == (1, 1, 1)
    assert index.search("private items", ("reference",)) == []
    assert "Every value" in index.chunks_of("book/ch04-01-what-is-ownership.html")[0].text
    assert index.is_built()


def test_without_docs_the_bundled_notes_are_the_index(tmp_path: Path) -> None:
    index = DocIndex(tmp_path / "home")

    report = index.build(None)

    assert report.origin == "bundled fallback set"
    assert set(index.stats()) == {"rusta-notes"}
    assert index.search("borrow mutable", ())[0].chunk.path.startswith("docs/")
