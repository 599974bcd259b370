"""The rustfmt wrapper: real rustfmt through stdin, editions read from the owning manifest."""

from __future__ import annotations

from pathlib import Path

from rusta.tools.rustfmt import edition_for, formatted


def test_formatting_text_never_touches_a_file(tmp_path: Path) -> None:
    assert formatted("fn  main( ){ }\n", tmp_path, "2021") == "fn main() {}\n"
    assert list(tmp_path.iterdir()) == []


def test_text_rustfmt_cannot_parse_gives_none(tmp_path: Path) -> None:
    assert formatted("fn main( {\n", tmp_path, "2021") is None


def test_the_crate_rustfmt_toml_applies(tmp_path: Path) -> None:
    (tmp_path / "rustfmt.toml").write_text("hard_tabs = true\n")
    assert formatted("fn main() {\n    let x = 1;\n}\n", tmp_path, "2021") == (
        "fn main() {\n\tlet x = 1;\n}\n"
    )


def test_edition_comes_from_the_package_or_its_workspace(tmp_path: Path) -> None:
    (tmp_path / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["a", "b"]\n[workspace.package]\nedition = "2018"\n'
    )
    for name, edition in (("a", 'edition = "2021"'), ("b", "edition.workspace = true")):
        (tmp_path / name / "src").mkdir(parents=True)
        (tmp_path / name / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "0.1.0"\n{edition}\n'
        )
    assert edition_for(tmp_path / "a/src/lib.rs", tmp_path) == "2021"
    assert edition_for(tmp_path / "b/src/lib.rs", tmp_path) == "2018"
    assert edition_for(tmp_path / "src/lib.rs", tmp_path) == "2015"
