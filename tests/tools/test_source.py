"""The source model: rustc's offsets on CRLF and non-ASCII files, items, enclosing fns, and the
symbol index and project graph reading the same items."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rusta.config import rusta_home
from rusta.knowledge.symbols import build_index
from rusta.memory.graph import ProjectGraph
from rusta.proposers.context import ProposalContext
from rusta.tools import cargo
from rusta.tools.source import SourceFile, read_source, source_of

# Non-ASCII before the errors (2-, 3- and 4-byte characters, in a comment, a string and an
# identifier), CRLF line endings throughout: every later byte offset shifts by both.
CRLF_LIB = (
    "// Größe, naïve — 📏 measures\r\n"
    "pub fn label() -> &'static str {\r\n"
    '    "Grüße 🌍"\r\n'
    "}\r\n"
    "\r\n"
    "pub fn größe(width: u32) -> u64 {\r\n"
    "    let área: u32 = width * 2;\r\n"
    "    área\r\n"
    "}\r\n"
    "\r\n"
    "pub fn total() -> u32 {\r\n"
    "    let count = 3;\r\n"
    "    cuont + 1\r\n"
    "}\r\n"
)


@pytest.fixture(scope="module")
def crlf_check(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, cargo.CheckResult]:
    """A real crate written byte for byte with CRLF endings, checked once by real cargo."""
    root = tmp_path_factory.mktemp("crlf") / "crlf_demo"
    (root / "src").mkdir(parents=True)
    (root / "Cargo.toml").write_bytes(
        b'[package]\r\nname = "crlf_demo"\r\nversion = "0.1.0"\r\nedition = "2021"\r\n'
    )
    (root / "src" / "lib.rs").write_bytes(CRLF_LIB.encode("utf-8"))
    return root, cargo.check(root, root / "target")


def test_rustc_spans_land_on_their_text_in_a_crlf_non_ascii_file(
    crlf_check: tuple[Path, cargo.CheckResult],
) -> None:
    root, result = crlf_check
    by_code = {d.code: d for d in result.errors}
    assert {"E0308", "E0425"} <= set(by_code), [d.message for d in result.errors]
    source = read_source(root / "src" / "lib.rs")
    assert "\r\n" in source.text  # read as on disk

    typo = by_code["E0425"].primary  # cannot find value `cuont`
    mismatch = by_code["E0308"].primary  # expected `u64`, found `u32`: the tail `área`
    assert typo is not None and mismatch is not None
    assert source.text_of(typo.byte_start, typo.byte_end) == "cuont"
    assert source.text_of(mismatch.byte_start, mismatch.byte_end) == "área"
    for span in (typo, mismatch):
        start, end = source.chars_of(span.byte_start, span.byte_end)
        # rustc's line and (character) column agree with the model's, start and end
        assert source.line_col(start) == (span.line_start, span.column_start)
        assert source.line_col(end) == (span.line_end, span.column_end)
        assert source.index_at(span.line_start, span.column_start) == start
        assert source.byte_of(start) == span.byte_start
        assert span.text and source.line_text(span.line_start) == span.text
    # the enclosing fns, from rustc's offsets
    assert source.enclosing_fn(source.char_of(typo.byte_start)).name == "total"
    assert source.enclosing_fn(source.char_of(mismatch.byte_start)).name == "größe"

    # A universal-newline read (CRLF → LF) puts the same offsets elsewhere: the bug this
    # model exists to prevent.
    lf = SourceFile((root / "src" / "lib.rs").read_text(encoding="utf-8"))
    assert lf.text_of(typo.byte_start, typo.byte_end) != "cuont"


def test_a_moves_edit_from_rustc_offsets_replaces_exactly_the_span(
    crlf_check: tuple[Path, cargo.CheckResult],
) -> None:
    """ProposalContext converts through the model: the edit a move builds from rustc's span
    covers the same bytes rustc named, and the rest of the file (CRLF included) is kept."""
    root, result = crlf_check
    typo = next(d for d in result.errors if d.code == "E0425")
    context = ProposalContext(
        read=lambda name: (root / name).read_bytes().decode("utf-8"),
        files=["src/lib.rs"],
        diagnostics=result.diagnostics,
    )
    assert context.span_text(typo.primary) == "cuont"
    start, end = context.span_chars(typo.primary)
    edit = context.edit("src/lib.rs", start, end, "count")
    assert (edit.byte_start, edit.byte_end) == (typo.primary.byte_start, typo.primary.byte_end)
    data = (root / "src" / "lib.rs").read_bytes()
    patched = data[: edit.byte_start] + b"count" + data[edit.byte_end :]
    assert patched.count(b"\r\n") == data.count(b"\r\n")
    assert b"    count + 1\r\n" in patched


def test_byte_and_character_offsets_convert_both_ways() -> None:
    text = "aé€😀b\r\nz"  # 1, 2, 3 and 4 bytes, then CRLF
    source = SourceFile(text)
    data = text.encode("utf-8")
    for index in range(len(text) + 1):
        offset = len(text[:index].encode("utf-8"))
        assert source.byte_of(index) == offset
        assert source.char_of(offset) == index
    # an offset inside a character gives the character's start; past the end, the end
    assert source.char_of(data.index("😀".encode()) + 2) == text.index("😀")
    assert source.char_of(len(data) + 5) == len(text)
    assert source.line_col(text.index("z")) == (2, 1)
    assert source.line_text(1) == "aé€😀b"
    ascii_only = SourceFile("fn main() {}\n")
    assert ascii_only.byte_of(5) == 5 and ascii_only.char_of(5) == 5


ITEMS = """\
use std::fmt;

/// A shape.
#[derive(Debug, Clone)]
pub struct Shape<T> {
    #[allow(dead_code)]
    pub(crate) width: T,
    height: T,
}

pub enum Kind { Round, Square(u8), Other { sides: u8 } }

pub trait Area {
    type Unit;
    fn area(&self) -> u64;
}

impl<T: Copy> fmt::Display for Shape<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fn helper() -> u8 { 1 }
        write!(f, "{}", helper())
    }
}

mod inner {
    pub const LIMIT: u8 = 3;
    pub(super) async fn fetch() {}
    macro_rules! twice { ($e:expr) => { $e * 2 } }
}
"""


def test_items_from_the_parse_with_their_spans_owners_and_modules() -> None:
    source = source_of(ITEMS)
    assert source.parsed_cleanly
    found = {(i.kind, i.name, i.owner, i.container) for i in source.items}
    assert {
        ("use", "std::fmt", "", ""),
        ("struct", "Shape", "", ""),
        ("field", "width", "Shape", ""),
        ("field", "height", "Shape", ""),
        ("enum", "Kind", "", ""),
        ("variant", "Round", "Kind", ""),
        ("variant", "Square", "Kind", ""),
        ("variant", "Other", "Kind", ""),
        ("trait", "Area", "", ""),
        ("type", "Unit", "", "Area"),
        ("method", "area", "Area", "Area"),
        ("impl", "Shape", "", ""),
        ("method", "fmt", "Shape", "Shape"),
        ("fn", "helper", "", "Shape"),  # a fn inside a method's body is no method
        ("mod", "inner", "", ""),
        ("const", "LIMIT", "", "inner"),
        ("fn", "fetch", "", "inner"),
        ("macro", "twice", "", "inner"),
    } == found  # the enum variant's own field `sides` is not a field of a type
    [shape] = source.items_of("struct")
    assert ITEMS[shape.start :].startswith("pub struct Shape")
    assert ITEMS[shape.keyword_at :].startswith("struct Shape")
    assert ITEMS[shape.attrs_at :].startswith("#[derive(Debug, Clone)]")
    assert ITEMS[shape.outer_start :].startswith("/// A shape.")
    assert ITEMS[: shape.end].endswith("height: T,\n}")
    width = next(i for i in source.items if i.name == "width")
    assert width.is_pub and ITEMS[width.start :].startswith("pub(crate) width")
    assert ITEMS[width.attrs_at :].startswith("#[allow(dead_code)]")
    assert not next(i for i in source.items if i.name == "height").is_pub
    fetch = next(i for i in source.items if i.name == "fetch")
    assert fetch.modules == ("inner",) and ITEMS[fetch.start :].startswith("pub(super) async fn")


def test_the_enclosing_fn_is_the_innermost() -> None:
    source = source_of(ITEMS)
    assert source.enclosing_fn(ITEMS.index("1 }")).name == "helper"
    assert source.enclosing_fn(ITEMS.index("write!")).name == "fmt"
    assert source.enclosing_fn(ITEMS.index("LIMIT")) is None
    assert source.enclosing(ITEMS.index("LIMIT"), ("mod",)).name == "inner"


def test_a_file_that_does_not_parse_still_has_its_items_from_the_lexer() -> None:
    broken = "pub struct Config { pub port: u16 }\n\nfn run(c: Config) {\n    let x = (1, 2;\n}\n"
    source = SourceFile(broken)
    assert not source.parsed_cleanly
    found = {(i.kind, i.name, i.owner) for i in source.items}
    assert {("struct", "Config", ""), ("field", "port", "Config"), ("fn", "run", "")} <= found
    [run] = source.items_of("fn")
    assert broken[run.start :].startswith("fn run")


def test_tokens_and_identifiers_skip_comments_and_strings() -> None:
    source = SourceFile('// hidden_in_comment\nfn shown() { let s = "hidden_in_string"; }\n')
    assert {"fn", "shown", "let", "s"} == source.identifiers
    assert [t.kind for t in source.tokens if t.text.startswith('"')] == ["string"]


def test_one_object_per_text_so_a_file_is_parsed_once() -> None:
    text = "fn cached() {}\n"
    first = SourceFile.of(text)
    assert first.items and SourceFile.of("fn cached() {}" + "\n") is first
    assert SourceFile.from_bytes(text.encode()) is first


CRATES = Path(__file__).resolve().parents[1] / "data" / "crates"


@pytest.mark.parametrize("crate", sorted(p.name for p in CRATES.iterdir() if p.is_dir()))
def test_the_symbol_index_and_the_project_graph_agree_on_a_crates_items(
    copy_crate: Callable[[str], Path], crate: str
) -> None:
    """Every test crate, parse_error (read by the lexer fallback) included."""
    assert_index_and_graph_agree(copy_crate(crate))


def test_the_index_and_the_graph_agree_on_nested_items_and_crlf_files(
    make_crate: Callable[..., Path],
) -> None:
    root = make_crate({"src/lib.rs": ITEMS + "pub mod crlf;\n", "src/crlf.rs": CRLF_LIB})
    assert_index_and_graph_agree(root)


def assert_index_and_graph_agree(root: Path) -> None:
    """The graph's items (impls aside) are the index's symbols (fields and variants aside),
    at the same byte offsets."""
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*.rs") if "target" not in p.parts)
    read = lambda name: (root / name).read_bytes().decode("utf-8")  # noqa: E731
    index = build_index(files, read)
    graph = ProjectGraph(rusta_home())
    graph.update("/crate", files, lambda name: (root / name).read_bytes())
    as_graph = {"mod": "module", "method": "fn"}
    from_index = {
        (s.file, s.name, as_graph.get(s.kind, s.kind), source_of(read(s.file)).byte_of(s.start))
        for s in index.symbols
        if s.kind not in {"field", "variant"}
    }
    from_graph = set()
    for symbol in graph.symbols("/crate"):
        if symbol.kind == "impl":
            continue
        source = source_of(read(symbol.file))
        [item] = [
            i
            for i in source.items
            if i.name == symbol.name and source.byte_of(i.outer_start) == symbol.byte_start
        ]
        assert source.byte_of(item.end) == symbol.byte_end
        from_graph.add((symbol.file, symbol.name, symbol.kind, source.byte_of(item.start)))
    assert from_index and from_index == from_graph
