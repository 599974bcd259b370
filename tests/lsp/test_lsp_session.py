"""A real LSP session over stdio: `rusta lsp` in its own process, driven by pygls's client.

initialize → didOpen (diagnostics published) → codeAction (the proven edit) → hover (cited
explanation) → an unsaved buffer (the action says why it abstains) → shutdown/exit. The edit
the server returns is applied here and the result is checked by cargo, independently.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

# E0382: `words` is moved by the `for` loop and used afterwards.
MOVED = """\
pub fn total_length(words: Vec<String>) -> usize {
    let mut total = 0;
    for word in words {
        total += word.len();
    }
    total + words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_letters_and_words() {
        let words = vec!["ab".to_string(), "c".to_string()];
        assert_eq!(total_length(words), 5);
    }
}
"""
# A safety net against a hung server, not a timed assertion.
NEVER = 600


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP line/character edits (ASCII text here) from the bottom up."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(position: types.Position) -> int:
        return offsets[min(position.line, len(lines))] + position.character

    ordered = sorted(edits, key=lambda e: offset(e.range.start), reverse=True)
    for edit in ordered:
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


class Session:
    """The client side of one session: what the server published, keyed by URI."""

    def __init__(self) -> None:
        self.client = LanguageClient("rusta-test", "1")
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.arrived = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = params.diagnostics
            self.arrived.set()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def message(params: types.ShowMessageParams) -> None:
            print("server says:", params.message, file=sys.stderr)

    async def start(self, root: Path) -> types.InitializeResult:
        rusta = Path(sys.executable).parent / "rusta"
        await self.client.start_io(str(rusta), "lsp", "--stdio")
        result = await self.client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=from_fs_path(str(root)),
                process_id=os.getpid(),
            )
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def _range_of(diagnostic: types.Diagnostic) -> types.Range:
    return diagnostic.range


async def _session(root: Path) -> dict[str, object]:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source))
    session = Session()
    found: dict[str, object] = {}
    initialized = await session.start(root)
    found["capabilities"] = initialized.capabilities
    session.client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="rust", version=1, text=source.read_text()
            )
        )
    )
    await asyncio.wait_for(session.arrived.wait(), NEVER)
    diagnostics = session.published[uri]
    found["diagnostics"] = diagnostics
    first = diagnostics[0]
    found["actions"] = await asyncio.wait_for(
        session.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=first.range,
                context=types.CodeActionContext(diagnostics=[first]),
            )
        ),
        NEVER,
    )
    found["hover"] = await asyncio.wait_for(
        session.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=first.range.start
            )
        ),
        NEVER,
    )
    session.client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="// typing\n")],
        )
    )
    found["unsaved"] = await asyncio.wait_for(
        session.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=first.range,
                context=types.CodeActionContext(diagnostics=[first]),
            )
        ),
        NEVER,
    )
    await session.stop()
    found["uri"] = uri
    return found


def test_a_stdio_session_diagnoses_fixes_explains_and_shuts_down(
    make_crate: Callable[..., Path], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("RUSTA_DOCS", "none")  # the bundled doc set: small and deterministic
    root = make_crate({"src/lib.rs": MOVED}, name="moved")
    original = (root / "src" / "lib.rs").read_text()

    found = asyncio.run(_session(root))

    capabilities = found["capabilities"]
    assert capabilities.code_action_provider and capabilities.hover_provider
    diagnostics = found["diagnostics"]
    assert [(d.code, d.source, d.range.start.line) for d in diagnostics] == [("E0382", "rusta", 5)]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error

    [action] = found["actions"]
    assert action.title == "Rusta: fix (verified)" and action.disabled is None
    assert action.kind == types.CodeActionKind.QuickFix
    edits = action.edit.changes[found["uri"]]
    fixed = apply_edits(original, edits)
    assert fixed != original and len(edits) == 1
    # The user's file is untouched (a code action only proposes), and the edit really compiles.
    assert (root / "src" / "lib.rs").read_text() == original
    (root / "src" / "lib.rs").write_text(fixed)
    check = subprocess.run(
        ["cargo", "test", "-q"],
        cwd=root,
        env={**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "independent-target")},
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    hover = found["hover"].contents.value
    assert "E0382" in hover and "**Anchors**" in hover and "sha256" in hover

    [unsaved] = found["unsaved"]
    assert unsaved.edit is None and "save the file first" in unsaved.disabled.reason
