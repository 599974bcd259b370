"""locate(): which crate or workspace a path names, and one-line refusals of bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rusta.errors import CrateError
from rusta.eval.baselines import _snapshot
from rusta.loop.intake import rust_files as intake_rust_files
from rusta.loop.replay import _remove_unrecorded
from rusta.tools.crate import Crate, locate, rust_files

LIB = {"src/lib.rs": "pub fn one() -> u32 {\n    1\n}\n"}


def test_a_crate_directory(make_crate: Callable[..., Path]) -> None:
    root = make_crate(LIB, name="demo")

    assert locate(root) == Crate(root=root.resolve(), name="demo", is_workspace=False)


def test_a_file_inside_a_crate(make_crate: Callable[..., Path]) -> None:
    root = make_crate(LIB, name="demo")

    assert locate(root / "src" / "lib.rs").root == root.resolve()
    assert locate(root / "src").root == root.resolve()


def test_a_relative_path(make_crate: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_crate(LIB, name="demo")
    monkeypatch.chdir(root / "src")

    assert locate(Path(".")).root == root.resolve()


def test_a_workspace_member_locates_the_workspace_root(make_crate: Callable[..., Path]) -> None:
    root = make_crate(
        {
            "Cargo.toml": '[workspace]\nmembers = ["member"]\nresolver = "2"\n',
            "member/Cargo.toml": '[package]\nname = "member"\nversion = "0.1.0"\n',
            **{f"member/{path}": text for path, text in LIB.items()},
        },
        name="ws",
    )

    located = locate(root / "member" / "src" / "lib.rs")

    assert located == Crate(root=root.resolve(), name="ws", is_workspace=True)


WORKSPACE_BUG = (
    "BUG crate._workspace_root: any parent manifest with [workspace] is taken as the root, "
    "even when the crate declares its own [workspace] or the parent excludes it; cargo then "
    "runs in the parent, which does not build this crate"
)


def test_a_crate_that_is_its_own_workspace_inside_another(make_crate: Callable[..., Path]) -> None:
    root = make_crate(
        {
            "Cargo.toml": "[workspace]\nmembers = []\n",
            "inner/Cargo.toml": '[package]\nname = "inner"\nversion = "0.1.0"\n\n[workspace]\n',
            **{f"inner/{path}": text for path, text in LIB.items()},
        },
        name="outer",
    )

    assert locate(root / "inner").root == (root / "inner").resolve()


def test_a_crate_excluded_from_the_parent_workspace(make_crate: Callable[..., Path]) -> None:
    root = make_crate(
        {
            "Cargo.toml": '[workspace]\nmembers = []\nexclude = ["inner"]\n',
            "inner/Cargo.toml": '[package]\nname = "inner"\nversion = "0.1.0"\n',
            **{f"inner/{path}": text for path, text in LIB.items()},
        },
        name="outer",
    )

    assert locate(root / "inner").root == (root / "inner").resolve()


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input: (path to locate, a phrase its error must contain)."""
    bare = tmp_path / "bare"
    (bare / "src").mkdir(parents=True)
    (bare / "src" / "main.rs").write_text("fn main() {}\n")
    cases = {
        "nonexistent": (tmp_path / "missing" / "crate", "no such file or directory"),
        "no-manifest": (bare, "not a Rust crate"),
    }
    for name, manifest, phrase in [
        ("malformed", '[package\nname = "x"\n', "malformed Cargo.toml"),
        ("neither", '[dependencies]\nserde = "1"\n', "neither [package] nor [workspace]"),
        ("not-utf8", b"\xff\xfe[package]\n", "cannot read the manifest"),
    ]:
        root = tmp_path / name
        root.mkdir()
        data = manifest.encode() if isinstance(manifest, str) else manifest
        (root / "Cargo.toml").write_bytes(data)
        cases[name] = (root, phrase)
    return cases


@pytest.mark.parametrize("case", ["nonexistent", "no-manifest", "malformed", "neither", "not-utf8"])
def test_bad_input_is_a_one_line_crate_error_and_creates_nothing(
    case: str, tmp_path: Path, snapshot_tree: Callable[[Path], object]
) -> None:
    path, phrase = _bad_inputs(tmp_path)[case]
    before = snapshot_tree(tmp_path)

    with pytest.raises(CrateError) as raised:
        locate(path)

    message = raised.value.message
    assert phrase in message and "\n" not in message and str(raised.value) == message
    assert raised.value.exit_code == 2
    assert snapshot_tree(tmp_path) == before


# --- which .rs files belong to a crate: one rule, used by intake, the LSP, replay and eval ----

WALKED = {
    "src/lib.rs": "",
    "src/target/mod.rs": "",  # a module named target: source (only the root's target/ is not)
    "tests/it.rs": "",
    "target/debug/build/out.rs": "",  # build output
    ".git/hooks/x.rs": "",
    "src/.hidden/gen.rs": "",  # hidden directories anywhere hold tool state
    "web/node_modules/pkg/x.rs": "",
    "README.md": "",
}


def test_the_crate_walk_keeps_sources_and_skips_build_output_vcs_and_hidden_dirs(
    make_crate: Callable[..., Path],
) -> None:
    root = make_crate(WALKED)

    assert rust_files(root) == ["src/lib.rs", "src/target/mod.rs", "tests/it.rs"]


def test_every_walker_of_rust_files_uses_the_one_rule(make_crate: Callable[..., Path]) -> None:
    root = make_crate(WALKED)
    copy = make_crate(WALKED, name="copy")

    _remove_unrecorded(copy, {"src/lib.rs": "(hash)"})  # replay: only what intake recorded

    assert intake_rust_files(root) == rust_files(root)
    assert sorted(_snapshot(root)) == rust_files(root)  # eval's before/after snapshot
    assert rust_files(copy) == ["src/lib.rs"]
    # what is not the crate's source is not replay's to delete
    assert (copy / "src" / ".hidden" / "gen.rs").is_file()
    assert (copy / "target" / "debug" / "build" / "out.rs").is_file()
