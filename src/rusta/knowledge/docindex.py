"""The doc index (SPEC §6): chunks of the toolchain's offline docs, searchable with BM25.

Sources are rustup's rust-docs HTML (the Book, the Reference, the Nomicon, Rust by Example, the
error-code index, clippy's book and std's module pages) or, when those are missing, the small
set of notes bundled in `rusta/data/docs/`. Each page is cut into sections at its headings
(long sections into pieces at paragraph breaks); a chunk's place is (source, path, span) and its
text is hashed, so a citation of it is an anchor that can be checked later (`anchors.py`).

The index lives in RUSTA_HOME/docindex.sqlite (FTS5, porter stemming). It is derived: it is
built once, updated incrementally (a file whose size and mtime did not change is skipped) and
can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

from rusta import sqlite
from rusta.home import Home

NOTES_SOURCE = "rusta-notes"
DOC_SECTION_SOURCES = ("book", "reference", "nomicon")
PIECE_CHARS = 3000  # sections longer than this are cited in pieces (a citation stays readable)

# source name → folder under the docs root. std is limited to module pages: all of std is
# 120 MB of item pages, and explanations cite the language docs, not API listings.
DOC_FOLDERS = {
    "book": "book",
    "reference": "reference",
    "nomicon": "nomicon",
    "rust-by-example": "rust-by-example",
    "error-index": "error_codes",
    "clippy": "clippy",
    "std": "std",
}
_SKIP_PAGES = {
    "print.html",
    "toc.html",
    "404.html",
    "SUMMARY.html",
    "index.html",
    "README.html",
    "test-summary.html",
}
_TRANSLATIONS = {"es", "ja", "ko", "zh", "zh-CN", "zh-TW", "fr", "de", "pt-BR", "ru"}
_BREAKING_TAGS = {"p", "li", "pre", "div", "tr", "br", "blockquote", "dt", "dd", "table"}
_HEADINGS = {"h1", "h2", "h3"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, source TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, path TEXT NOT NULL, span TEXT NOT NULL,
    title TEXT NOT NULL, text TEXT NOT NULL, sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_place ON chunks (path, span);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    title, text, content='chunks', content_rowid='id', tokenize='porter unicode61'
);
"""


@dataclass(frozen=True)
class Section:
    """A heading and the text under it, up to the next heading of any level."""

    anchor: str  # the heading's id ("references-and-borrowing"), "" before the first heading
    title: str
    text: str


@dataclass(frozen=True)
class Chunk:
    source: str
    path: str  # relative to the docs root (or to rusta/data for the bundled notes)
    span: str  # "#heading-id" or "#heading-id@start-end" (character offsets in the section)
    title: str
    text: str

    @property
    def sha256(self) -> str:
        return digest(self.text)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # bm25: lower is better


@dataclass(frozen=True)
class BuildReport:
    files_indexed: int
    files_skipped: int
    files_removed: int
    chunks: int
    seconds: float
    origin: str  # "rustup docs at PATH" or "bundled fallback set"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- extraction ------------------------------------------------------------------------------


class _MainText(HTMLParser):
    """Text of a page's <main>, cut into sections at h1-h3; code blocks keep their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = []
        self._anchor = ""
        self._title = ""
        self._parts: list[str] = []
        self._heading: list[str] | None = None
        self._heading_id = ""
        self._pre = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "nav", "button"):
            self._skip += 1
        elif tag in _HEADINGS:
            self._flush()
            self._heading, self._heading_id = [], dict(attrs).get("id") or ""
        elif tag == "pre":
            self._pre += 1
            self._parts.append("\n")
        elif tag in _BREAKING_TAGS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "nav", "button"):
            self._skip = max(0, self._skip - 1)
        elif tag in _HEADINGS and self._heading is not None:
            self._title = " ".join("".join(self._heading).split())
            self._anchor = self._heading_id or _slug(self._title)
            self._heading = None
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._heading is not None:
            self._heading.append(data)
        else:
            self._parts.append(data if self._pre else re.sub(r"\s+", " ", data))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = _tidy("".join(self._parts))
        if text or self._title:
            self.sections.append(Section(self._anchor, self._title, text))
        self._parts = []


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9_]+", title.lower())) or "top"


def html_sections(page: str) -> list[Section]:
    """The sections of an HTML page's main content (mdbook and rustdoc both use <main>)."""
    start = page.find("<main")
    end = page.rfind("</main>")
    if start < 0:
        return []
    parser = _MainText()
    parser.feed(page[start : end if end > start else len(page)])
    parser.close()
    return [s for s in parser.sections if s.text]


def markdown_sections(text: str) -> list[Section]:
    """Sections of a bundled markdown note, at `#`, `##` and `###` headings."""
    sections: list[Section] = []
    title, body = "", []
    for line in text.splitlines():
        heading = re.match(r"^#{1,3} (.+)$", line)
        if heading:
            if "".join(body).strip():
                sections.append(Section(_slug(title), title, _tidy("\n".join(body))))
            title, body = heading.group(1).strip(), []
        else:
            body.append(line)
    if "".join(body).strip():
        sections.append(Section(_slug(title), title, _tidy("\n".join(body))))
    return sections


def pieces(section: Section) -> list[tuple[str, str]]:
    """(span, text) of a section: whole when short, else cut at paragraph breaks."""
    if len(section.text) <= PIECE_CHARS:
        return [(f"#{section.anchor}", section.text)]
    result = []
    start = 0
    while start < len(section.text):
        end = min(len(section.text), start + PIECE_CHARS)
        if end < len(section.text):
            cut = section.text.rfind("\n\n", start + PIECE_CHARS // 3, end)
            end = cut if cut > start else end
        result.append((f"#{section.anchor}@{start}-{end}", section.text[start:end]))
        start = end
    return result


def span_text(sections: Sequence[Section], span: str) -> str | None:
    """The text a span names in freshly extracted sections, or None when it is gone."""
    match = re.fullmatch(r"#([^@]*)(?:@(\d+)-(\d+))?", span)
    if not match:
        return None
    anchor, start, end = match.groups()
    section = next((s for s in sections if s.anchor == anchor), None)
    if section is None:
        return None
    return section.text[int(start) : int(end)] if start is not None else section.text


def page_chunks(source: str, path: str, sections: Sequence[Section]) -> list[Chunk]:
    chunks = []
    for section in sections:
        for span, text in pieces(section):
            chunks.append(Chunk(source, path, span, section.title, text))
    return chunks


# --- where the documents are -----------------------------------------------------------------


def doc_files(docs_root: Path, include_std: bool = False) -> Iterator[tuple[str, Path]]:
    """(source, file) for every page the index covers, in a stable order."""
    for source, folder in DOC_FOLDERS.items():
        if source == "std":
            if include_std:
                yield from ((source, p) for p in sorted((docs_root / folder).glob("*/index.html")))
            continue
        for page in sorted((docs_root / folder).rglob("*.html")):
            relative = page.relative_to(docs_root / folder)
            if page.name in _SKIP_PAGES or relative.parts[0] in _TRANSLATIONS:
                continue
            yield source, page


def bundled_notes() -> Iterator[tuple[str, str]]:
    """(path, text) of the notes written for Rusta, shipped in rusta/data/docs/."""
    folder = resources.files("rusta.data").joinpath("docs")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".md"):
            yield f"docs/{entry.name}", entry.read_text(encoding="utf-8")


def bundled_note(path: str) -> str | None:
    entry = resources.files("rusta.data").joinpath(path)
    return entry.read_text(encoding="utf-8") if entry.is_file() else None


# --- the index -------------------------------------------------------------------------------


class DocIndex:
    """The SQLite FTS5 index of doc chunks under RUSTA_HOME."""

    def __init__(self, home: Path) -> None:
        self.path = Home.of(home).docindex_db
        self._connection: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = sqlite.connect(
                self.path, lambda connection: connection.executescript(SCHEMA), autocommit=False
            )
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def is_built(self) -> bool:
        return self.path.is_file() and self.meta("built") is not None

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, int]:
        rows = self.db.execute("SELECT source, count(*) FROM chunks GROUP BY source").fetchall()
        return {source: count for source, count in rows}

    def build(
        self,
        docs_root: Path | None,
        include_std: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> BuildReport:
        """Index the docs (or the bundled notes when `docs_root` is None), incrementally."""
        started = time.monotonic()
        files = list(doc_files(docs_root, include_std)) if docs_root else []
        origin = f"rustup docs at {docs_root}" if docs_root else "bundled fallback set"
        if self.meta("origin") not in (None, origin):
            self._clear()  # another docs root (or none): nothing carries over
        known = dict(self.db.execute("SELECT path, size || ':' || mtime_ns FROM files"))
        seen: set[str] = set()
        indexed = skipped = 0
        with self.db:
            for done, (source, page) in enumerate(files, 1):
                relative = str(page.relative_to(docs_root)) if docs_root else ""
                seen.add(relative)
                stat = page.stat()
                if known.get(relative) == f"{stat.st_size}:{stat.st_mtime_ns}":
                    skipped += 1
                else:
                    text = page.read_text(encoding="utf-8", errors="replace")
                    self._replace(
                        relative, source, page_chunks(source, relative, html_sections(text))
                    )
                    self._remember(relative, source, stat.st_size, stat.st_mtime_ns)
                    indexed += 1
                if progress:
                    progress(done, len(files))
            indexed += self._index_notes(seen)
            removed = [path for path in known if path not in seen]
            for path in removed:
                self._replace(path, "", [])
                self.db.execute("DELETE FROM files WHERE path = ?", (path,))
            self._set_meta("origin", origin)
            self._set_meta("built", time.strftime("%Y-%m-%dT%H:%M:%S"))
        chunks = self.db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        seconds = time.monotonic() - started
        self._set_meta("build_seconds", f"{seconds:.2f}")
        self.db.commit()
        return BuildReport(indexed, skipped, len(removed), chunks, seconds, origin)

    def _index_notes(self, seen: set[str]) -> int:
        """The bundled notes are always indexed: they carry Rusta's fix-and-trade-off notes."""
        count = 0
        for path, text in bundled_notes():
            seen.add(path)
            key = digest(text)
            row = self.db.execute("SELECT size FROM files WHERE path = ?", (path,)).fetchone()
            if row and self.meta(f"note:{path}") == key:
                continue
            self._replace(
                path, NOTES_SOURCE, page_chunks(NOTES_SOURCE, path, markdown_sections(text))
            )
            self._remember(path, NOTES_SOURCE, len(text), 0)
            self._set_meta(f"note:{path}", key)
            count += 1
        return count

    def _replace(self, path: str, source: str, chunks: Sequence[Chunk]) -> None:
        old = self.db.execute("SELECT id, title, text FROM chunks WHERE path = ?", (path,))
        for rowid, title, text in old.fetchall():
            self.db.execute(
                "INSERT INTO chunks_fts(chunks_fts, rowid, title, text) VALUES('delete', ?, ?, ?)",
                (rowid, title, text),
            )
        self.db.execute("DELETE FROM chunks WHERE path = ?", (path,))
        for chunk in chunks:
            cursor = self.db.execute(
                "INSERT INTO chunks (source, path, span, title, text, sha256) VALUES (?,?,?,?,?,?)",
                (chunk.source, chunk.path, chunk.span, chunk.title, chunk.text, chunk.sha256),
            )
            self.db.execute(
                "INSERT INTO chunks_fts(rowid, title, text) VALUES (?, ?, ?)",
                (cursor.lastrowid, chunk.title, chunk.text),
            )

    def _remember(self, path: str, source: str, size: int, mtime_ns: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files (path, source, size, mtime_ns) VALUES (?,?,?,?)",
            (path, source, size, mtime_ns),
        )

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _clear(self) -> None:
        with self.db:
            for table in ("chunks", "files", "meta"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES('rebuild')")

    # --- queries -----------------------------------------------------------------------------

    def search(self, query: str, sources: Sequence[str] = (), limit: int = 5) -> list[Hit]:
        """Best chunks for the words of `query` (any of them), BM25-ranked, titles weighted."""
        words = list(dict.fromkeys(re.findall(r"[A-Za-z][A-Za-z0-9_]{2,}", query.lower())))
        if not words:
            return []
        match = " OR ".join(f'"{word}"' for word in words[:24])
        sql = (
            "SELECT c.source, c.path, c.span, c.title, c.text, bm25(chunks_fts, 4.0, 1.0) AS s "
            "FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid WHERE chunks_fts MATCH ?"
        )
        parameters: list[object] = [match]
        if sources:
            sql += f" AND c.source IN ({','.join('?' * len(sources))})"
            parameters += list(sources)
        sql += " ORDER BY s LIMIT ?"
        parameters.append(limit)
        rows = self.db.execute(sql, parameters).fetchall()
        return [Hit(Chunk(*row[:5]), row[5]) for row in rows]

    def chunks_of(self, path: str) -> list[Chunk]:
        rows = self.db.execute(
            "SELECT source, path, span, title, text FROM chunks WHERE path = ? ORDER BY id", (path,)
        ).fetchall()
        return [Chunk(*row) for row in rows]
