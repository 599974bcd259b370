"""Real LSP sessions over stdio: `rusta lsp` in its own process, driven by pygls's client.

The crate is real (an E0382 a `for` loop causes) and so is cargo. The sessions cover what an
editor sees: diagnostics on open, a code action that answers without running an episode, the
proof run when the action is chosen (codeAction/resolve, or the `rusta.fix` command applied by
workspace/applyEdit) under a cancellable work-done progress, titles that say what each fix
changes, the other proven fixes as their own actions, a cancel that ends with no edit, a cited
hover, and an unsaved buffer. Every edit the server returns is applied here and checked by
cargo, independently.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Union

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.protocol import default_converter
from pygls.uris import from_fs_path

# E0382: `words` is moved by the `for` loop and used afterwards. Two fixes are proven here:
# iterate over `&words`, or clone it for the loop.
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
CANCELLED = "fix cancelled, no edit made"


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


def _field(value: Any, name: str) -> Any:
    """A field of a $/progress value (LSPAny: a dict or an object, depending on the decoder)."""
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


def editor_capabilities(resolve: bool, progress: bool) -> types.ClientCapabilities:
    """What an editor announces: resolving a code action's edit, work-done progress, applyEdit."""
    code_action = types.CodeActionClientCapabilities(
        resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"])
        if resolve
        else None
    )
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(code_action=code_action),
        window=types.WindowClientCapabilities(work_done_progress=progress),
        workspace=types.WorkspaceClientCapabilities(apply_edit=True),
    )


def client_converter() -> Any:  # a cattrs Converter
    """pygls's converter, reading a CodeAction that carries a command as a CodeAction.

    lsprotocol's client-side hook takes any result with a "command" key for a bare Command
    (so a code action with a command loses its kind and diagnostics); a bare Command's
    "command" is the command's name, a string, which is what editors go by.
    """
    converter = default_converter()

    def action_or_command(value: Any, _: type) -> types.Command | types.CodeAction:
        bare = isinstance(value.get("command"), str)
        return converter.structure(value, types.Command if bare else types.CodeAction)

    # the key is the exact typing.Union lsprotocol registered its hook under
    union = Union[types.Command, types.CodeAction]  # noqa: UP007
    converter.register_structure_hook(union, action_or_command)
    return converter


class Session:
    """The client side of one session: what the server published, asked and reported."""

    def __init__(self, cancel_on_begin: bool = False) -> None:
        self.client = LanguageClient("rusta-test", "1", converter_factory=client_converter)
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.arrived = asyncio.Event()
        self.progress: list[tuple[str, str, Any]] = []  # (token, kind, value), "create" first
        self.messages: list[str] = []
        self.applied: list[types.WorkspaceEdit] = []

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = params.diagnostics
            self.arrived.set()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def message(params: types.ShowMessageParams) -> None:
            print("server says:", params.message, file=sys.stderr)
            self.messages.append(params.message)

        @self.client.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
        def create(params: types.WorkDoneProgressCreateParams) -> None:
            self.progress.append((str(params.token), "create", None))

        @self.client.feature(types.PROGRESS)
        def progress(params: types.ProgressParams) -> None:
            kind = str(_field(params.value, "kind"))
            self.progress.append((str(params.token), kind, params.value))
            if cancel_on_begin and kind == "begin":  # the user presses the progress's Cancel
                self.client.window_work_done_progress_cancel(
                    types.WorkDoneProgressCancelParams(token=params.token)
                )

        @self.client.feature(types.WORKSPACE_APPLY_EDIT)
        def apply(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
            self.applied.append(params.edit)
            return types.ApplyWorkspaceEditResult(applied=True)

    async def start(
        self, root: Path, capabilities: types.ClientCapabilities
    ) -> types.InitializeResult:
        rusta = Path(sys.executable).parent / "rusta"
        await self.client.start_io(str(rusta), "lsp", "--stdio")
        result = await self.client.initialize_async(
            types.InitializeParams(
                capabilities=capabilities,
                root_uri=from_fs_path(str(root)),
                process_id=os.getpid(),
            )
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def open(self, source: Path) -> types.Diagnostic:
        """didOpen, then the first diagnostic the server publishes for the file."""
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=from_fs_path(str(source)) or "",
                    language_id="rust",
                    version=1,
                    text=source.read_text(),
                )
            )
        )
        await asyncio.wait_for(self.arrived.wait(), NEVER)
        return self.published[from_fs_path(str(source)) or ""][0]

    async def actions(self, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        found = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diagnostic.range,
                    context=types.CodeActionContext(diagnostics=[diagnostic]),
                )
            ),
            NEVER,
        )
        return [a for a in found or [] if isinstance(a, types.CodeAction)]

    async def resolve(self, action: types.CodeAction) -> types.CodeAction:
        return await asyncio.wait_for(self.client.code_action_resolve_async(action), NEVER)

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def traces(home: Path) -> list[Path]:
    """The episodes run so far: each writes its trace under RUSTA_HOME/traces."""
    return sorted((home / "traces").glob("*.jsonl"))


def cargo_test_with(root: Path, target: Path, text: str) -> subprocess.CompletedProcess[str]:
    """Write `text` as src/lib.rs and run the crate's tests (our own cargo, not Rusta's)."""
    (root / "src" / "lib.rs").write_text(text)
    return subprocess.run(
        ["cargo", "test", "-q"],
        cwd=root,
        env={**os.environ, "CARGO_TARGET_DIR": str(target)},
        capture_output=True,
        text=True,
    )


@pytest.fixture
def moved(make_crate: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RUSTA_DOCS", "none")  # the bundled doc set: small and deterministic
    return make_crate({"src/lib.rs": MOVED}, name="moved")


def progress_kinds(progress: list[tuple[str, str, Any]], token: str) -> list[str]:
    return [kind for t, kind, _ in progress if t == token]


# --- resolve: answer at once, prove when chosen, then every proven fix by name ---------------


async def _resolve_session(root: Path, home: Path) -> dict[str, Any]:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source)) or ""
    session = Session()
    found: dict[str, Any] = {"uri": uri}
    initialized = await session.start(root, editor_capabilities(resolve=True, progress=True))
    found["capabilities"] = initialized.capabilities
    first = await session.open(source)
    found["unproven"] = await session.actions(uri, first)
    found["traces_after_action"] = traces(home)
    found["progress_after_action"] = list(session.progress)
    [unproven] = found["unproven"]
    found["resolved"] = await session.resolve(unproven)
    found["progress"] = list(session.progress)
    found["proven"] = await session.actions(uri, first)  # the same state: proven, by name
    found["progress_after_proven"] = list(session.progress)
    await session.stop()
    return found


def test_code_action_answers_at_once_and_resolve_proves_the_fix_under_progress(
    moved: Path, tmp_path: Path, isolated_rusta_home: Path
) -> None:
    original = (moved / "src" / "lib.rs").read_text()

    found = asyncio.run(_resolve_session(moved, isolated_rusta_home))

    options = found["capabilities"].code_action_provider
    assert isinstance(options, types.CodeActionOptions) and options.resolve_provider is True

    # codeAction answered without an episode: no trace, no progress, no edit, only a promise.
    [unproven] = found["unproven"]
    assert found["traces_after_action"] == [] and found["progress_after_action"] == []
    assert unproven.edit is None and unproven.disabled is None
    assert unproven.title.startswith("Rusta: find a verified fix for E0382")
    assert unproven.data["rusta"] == "prove" and unproven.data["uri"] == found["uri"]

    # Resolve ran the episode under a server-initiated, cancellable progress.
    tokens = [t for t, kind, _ in found["progress"] if kind == "create"]
    assert len(tokens) == 1
    kinds = progress_kinds(found["progress"], tokens[0])
    assert kinds[:2] == ["create", "begin"] and kinds[-1] == "end" and "report" in kinds
    begin = next(v for t, k, v in found["progress"] if k == "begin")
    assert _field(begin, "cancellable") is True
    assert len(traces(isolated_rusta_home)) == 1

    # The resolved action carries the proven edit, titled by what it changes.
    resolved = found["resolved"]
    assert resolved.title.startswith("Rusta: ") and "for word in" in resolved.title
    assert resolved.title.endswith("(verified, 1 test)")
    fixed = apply_edits(original, resolved.edit.changes[found["uri"]])
    assert fixed != original
    assert (moved / "src" / "lib.rs").read_text() == original  # an action only proposes

    # Asked again on the same state: every proven fix is its own action, each by its change,
    # answered from the proof (no new progress, no new episode).
    proven = found["proven"]
    assert found["progress_after_proven"] == found["progress"]
    assert len(traces(isolated_rusta_home)) == 1
    assert len(proven) >= 2
    assert proven[0].title == resolved.title and proven[0].is_preferred
    assert not any(a.is_preferred for a in proven[1:])
    titles = [a.title for a in proven]
    assert len(set(titles)) == len(titles)
    assert all(t.startswith("Rusta: ") and "(verified, " in t for t in titles)
    texts = [apply_edits(original, a.edit.changes[found["uri"]]) for a in proven]
    assert texts[0] == fixed and len(set(texts)) == len(texts)
    for text in texts[:2]:  # the chosen fix and the first alternative both really pass
        check = cargo_test_with(moved, tmp_path / "independent-target", text)
        assert check.returncode == 0, check.stdout + check.stderr


# --- cancel: the user cancels the progress, the action ends with no edit ---------------------


async def _cancelled_session(root: Path) -> dict[str, Any]:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source)) or ""
    session = Session(cancel_on_begin=True)
    found: dict[str, Any] = {"uri": uri}
    await session.start(root, editor_capabilities(resolve=True, progress=True))
    first = await session.open(source)
    [unproven] = await session.actions(uri, first)
    found["resolved"] = await session.resolve(unproven)
    found["progress"] = list(session.progress)
    found["messages"] = list(session.messages)
    found["again"] = await session.actions(uri, first)
    await session.stop()
    return found


def test_cancelling_the_progress_ends_the_fix_with_no_edit(moved: Path) -> None:
    original = (moved / "src" / "lib.rs").read_text()

    found = asyncio.run(_cancelled_session(moved))

    resolved = found["resolved"]
    assert resolved.edit is None
    assert any(CANCELLED in message for message in found["messages"])
    [token] = [t for t, kind, _ in found["progress"] if kind == "create"]
    kinds = progress_kinds(found["progress"], token)
    assert kinds[:2] == ["create", "begin"] and kinds[-1] == "end"
    end = [v for t, k, v in found["progress"] if k == "end"][-1]
    assert "cancelled" in _field(end, "message")
    assert (moved / "src" / "lib.rs").read_text() == original
    # The abandoned proof is no result: asked again, the action still has to prove.
    [again] = found["again"]
    assert again.edit is None and again.title.startswith("Rusta: find a verified fix")


# --- the command: for clients that cannot resolve; also hover and an unsaved buffer ----------


async def _command_session(root: Path) -> dict[str, Any]:
    source = root / "src" / "lib.rs"
    uri = from_fs_path(str(source)) or ""
    session = Session()
    found: dict[str, Any] = {"uri": uri}
    initialized = await session.start(root, editor_capabilities(resolve=False, progress=True))
    found["capabilities"] = initialized.capabilities
    first = await session.open(source)
    found["diagnostics"] = session.published[uri]
    found["actions"] = await session.actions(uri, first)
    [action] = found["actions"]
    found["result"] = await asyncio.wait_for(
        session.client.workspace_execute_command_async(
            types.ExecuteCommandParams(
                command=action.command.command, arguments=action.command.arguments
            )
        ),
        NEVER,
    )
    found["applied"] = list(session.applied)
    found["progress"] = list(session.progress)
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
    found["unsaved"] = await session.actions(uri, first)
    await session.stop()
    return found


def test_the_fix_command_proves_and_applies_by_apply_edit_and_hover_cites(
    moved: Path, tmp_path: Path
) -> None:
    original = (moved / "src" / "lib.rs").read_text()

    found = asyncio.run(_command_session(moved))

    capabilities = found["capabilities"]
    assert capabilities.code_action_provider and capabilities.hover_provider
    assert "rusta.fix" in capabilities.execute_command_provider.commands
    diagnostics = found["diagnostics"]
    assert [(d.code, d.source, d.range.start.line) for d in diagnostics] == [("E0382", "rusta", 5)]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error

    # Without resolve support the action is a command: no edit yet, no episode yet.
    [action] = found["actions"]
    assert action.edit is None and action.kind == types.CodeActionKind.QuickFix
    assert action.command.command == "rusta.fix"
    assert list(action.command.arguments) == [found["uri"]]

    # The command proved the fix under progress and sent it by workspace/applyEdit.
    assert [k for _, k, _ in found["progress"]][:2] == ["create", "begin"]
    assert found["progress"][-1][1] == "end"
    [edit] = found["applied"]
    assert found["result"]["applied"] is True
    assert found["result"]["title"].endswith("(verified, 1 test)")
    edits = edit.changes[found["uri"]]
    fixed = apply_edits(original, edits)
    assert fixed != original and len(edits) == 1
    assert (moved / "src" / "lib.rs").read_text() == original  # the editor applies, not Rusta
    check = cargo_test_with(moved, tmp_path / "independent-target", fixed)
    assert check.returncode == 0, check.stdout + check.stderr

    hover = found["hover"].contents.value
    assert "E0382" in hover and "**Anchors**" in hover and "sha256" in hover

    [unsaved] = found["unsaved"]
    assert unsaved.edit is None and "save the file first" in unsaved.disabled.reason
