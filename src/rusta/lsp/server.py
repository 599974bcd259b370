"""`rusta lsp`: Rusta in any editor that speaks the Language Server Protocol (SPEC §7 Editors).

- **Diagnostics** on open and save: `cargo check` (clippy too when the crate compiles) of the
  crate holding the file, run in a sandbox slot, published per file with the source "rusta".
- **"Rusta: fix (verified)"**, a quick fix on Rusta's diagnostics: a dry-run episode proves a
  patch in the sandbox; the action carries exactly the proven edit, or is disabled with the
  reason Rusta abstains. Proofs are cached per state of the crate's sources.
- **Hover** on a diagnostic: an explanation with its anchors (knowledge.explain when its doc
  index is ready, else the compiler's own text and the `rustc --explain` summary, cited).

Editors run the server over stdio. Fixes are proven against the files on disk, so an unsaved
buffer gets no edit (the action says to save first).
"""

from __future__ import annotations

import asyncio
import difflib
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from rusta import __version__
from rusta.config import load_settings
from rusta.errors import RustaError
from rusta.knowledge import anchors
from rusta.knowledge.explain import Explainer, Explanation
from rusta.loop.episode import run_episode
from rusta.loop.intake import rust_files
from rusta.patch.diff import apply_unified_diff
from rusta.sandbox.slots import pool
from rusta.tools.crate import locate
from rusta.trace.tree import file_hashes
from rusta.types import Anchor, Diagnostic, Level, Outcome

SOURCE = "rusta"
FIX_TITLE = "Rusta: fix (verified)"
_SEVERITY = {
    Level.ERROR: types.DiagnosticSeverity.Error,
    Level.WARNING: types.DiagnosticSeverity.Warning,
    Level.NOTE: types.DiagnosticSeverity.Information,
    Level.HELP: types.DiagnosticSeverity.Hint,
}


class RustaServer(LanguageServer):
    """The language server plus what it knows: diagnostics per crate, proven fixes per state."""

    def __init__(self, home: Path, docs_root: Path | None) -> None:
        super().__init__("rusta", __version__)
        self.home = home
        self.docs_root = docs_root
        self.diagnostics: dict[Path, tuple[Diagnostic, ...]] = {}
        self.published: dict[Path, set[str]] = {}
        self.fixes: dict[tuple[Path, tuple[tuple[str, str], ...]], Outcome] = {}
        self.proving = threading.Lock()  # one episode at a time: they share sandbox slots
        # Explainer's SQLite connections live in one thread: build and explain run there.
        self.explain_thread = ThreadPoolExecutor(max_workers=1)
        self.explainer: Explainer | None = None
        self.explainer_ready = threading.Event()

    # --- diagnostics -------------------------------------------------------------------------

    def check_crate(self, root: Path) -> tuple[Diagnostic, ...]:
        settings = load_settings(root)
        with pool(self.home, root, 1) as slots:
            found = slots[0].check(settings.check_timeout).diagnostics
            if settings.clippy and not any(d.is_error for d in found):
                found = slots[0].check(settings.check_timeout, clippy=True).diagnostics
        self.diagnostics[root] = found
        return found

    def publish(self, root: Path) -> None:
        by_file: dict[str, list[types.Diagnostic]] = {}
        for diagnostic in self.diagnostics.get(root, ()):
            if diagnostic.primary is not None:
                by_file.setdefault(diagnostic.primary.file, []).append(to_lsp(diagnostic, root))
        stale = self.published.get(root, set()) - set(by_file)
        for name in sorted(set(by_file) | stale):
            uri = from_fs_path(str(root / name)) or ""
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=by_file.get(name, []))
            )
        self.published[root] = set(by_file)

    def diagnostics_at(self, path: Path, root: Path, where: types.Range) -> list[Diagnostic]:
        relative = path.relative_to(root).as_posix()
        return [
            d
            for d in self.diagnostics.get(root, ())
            if d.primary is not None
            and d.primary.file == relative
            and _overlaps(to_lsp(d, root).range, where)
        ]

    # --- fixes -------------------------------------------------------------------------------

    def prove_fix(self, root: Path) -> Outcome:
        """A dry-run episode on the crate as it is on disk (cached per state of its sources)."""
        key = (root, tuple(sorted(file_hashes(root, rust_files(root)).items())))
        with self.proving:
            if key not in self.fixes:
                settings = load_settings(root)
                self.fixes[key] = run_episode(root, settings, self.home, dry_run=True)
            return self.fixes[key]

    # --- explanations ------------------------------------------------------------------------

    def start_explainer(self) -> None:
        self.explain_thread.submit(self._build_explainer)

    def _build_explainer(self) -> None:
        explainer = Explainer(self.home, self.docs_root)
        if explainer.needs_build():
            explainer.build()
        self.explainer = explainer
        self.explainer_ready.set()

    def explain(self, diagnostic: Diagnostic, root: Path) -> str:
        if self.explainer is None:
            return compiler_explanation(diagnostic, root)
        return explanation_markdown(self.explainer.for_diagnostic(diagnostic, root))

    def close(self) -> None:
        if self.explainer is not None:
            self.explain_thread.submit(self.explainer.close).result()
        self.explain_thread.shutdown(wait=True)


def build_server(home: Path, docs_root: Path | None) -> RustaServer:
    server = RustaServer(home, docs_root)

    @server.feature(types.INITIALIZED)
    def initialized(ls: RustaServer, params: types.InitializedParams) -> None:
        ls.start_explainer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: RustaServer, params: types.DidOpenTextDocumentParams) -> None:
        await _refresh(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: RustaServer, params: types.DidSaveTextDocumentParams) -> None:
        await _refresh(ls, params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    async def code_action(
        ls: RustaServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        return await _fix_action(ls, params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: RustaServer, params: types.HoverParams) -> types.Hover | None:
        return await _hover(ls, params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: RustaServer, params: None) -> None:
        ls.close()

    return server


async def _refresh(ls: RustaServer, uri: str) -> None:
    located = _crate_of(uri)
    if located is None:
        return
    _, root = located
    try:
        await asyncio.to_thread(ls.check_crate, root)
    except RustaError as error:  # no cargo, a broken manifest: say so, keep serving
        ls.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Error, message=f"rusta: {error}")
        )
        return
    ls.publish(root)


async def _fix_action(ls: RustaServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    located = _crate_of(params.text_document.uri)
    if located is None:
        return []
    path, root = located
    ours = [d for d in params.context.diagnostics if d.source == SOURCE]
    if not ours and not ls.diagnostics_at(path, root, params.range):
        return []
    document = ls.workspace.get_text_document(params.text_document.uri)
    if path.is_file() and document.source != path.read_bytes().decode("utf-8", "replace"):
        return [_disabled("save the file first: Rusta proves fixes against the files on disk")]
    try:
        outcome = await asyncio.to_thread(ls.prove_fix, root)
    except RustaError as error:
        return [_disabled(f"Rusta could not run: {error}")]
    if outcome.status != "green":
        return [_disabled(_abstain_reason(outcome), ours)]
    return [
        types.CodeAction(
            title=FIX_TITLE,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=ours,
            is_preferred=True,
            edit=workspace_edit(root, outcome.diff),
            data={
                "trace": outcome.trace_id,
                "confidence": outcome.confidence,
                "changed_lines": outcome.changed_lines,
                "tests": len(outcome.tests_run),
            },
        )
    ]


async def _hover(ls: RustaServer, params: types.HoverParams) -> types.Hover | None:
    located = _crate_of(params.text_document.uri)
    if located is None:
        return None
    path, root = located
    point = types.Range(start=params.position, end=params.position)
    found = ls.diagnostics_at(path, root, point)
    if not found:
        return None
    diagnostic = found[0]
    if ls.explainer_ready.is_set():
        loop = asyncio.get_running_loop()
        text = await loop.run_in_executor(ls.explain_thread, ls.explain, diagnostic, root)
    else:  # the doc index is still being built: the compiler's own words, cited
        text = await asyncio.to_thread(compiler_explanation, diagnostic, root)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=to_lsp(diagnostic, root).range,
    )


# --- conversions -----------------------------------------------------------------------------


def to_lsp(diagnostic: Diagnostic, root: Path) -> types.Diagnostic:
    span = diagnostic.primary
    assert span is not None  # only diagnostics with a place are published
    lines = _lines(root / span.file)
    start = _position(lines, span.line_start, span.column_start)
    end = _position(lines, span.line_end, span.column_end)
    return types.Diagnostic(
        range=types.Range(start=start, end=end),
        message=diagnostic.message,
        severity=_SEVERITY.get(diagnostic.level, types.DiagnosticSeverity.Warning),
        code=diagnostic.code or None,
        source=SOURCE,
        data={"class": diagnostic.error_class.value},
    )


def workspace_edit(root: Path, diff: str) -> types.WorkspaceEdit:
    """The proven diff as line-range edits per file (the smallest the editor has to apply)."""
    changes: dict[str, list[types.TextEdit]] = {}
    for name, new in apply_unified_diff(root, diff).items():
        if new is None:
            continue  # Rusta's fixes never delete files
        path = root / name
        old = path.read_bytes().decode("utf-8") if path.is_file() else ""
        changes[from_fs_path(str(path)) or ""] = text_edits(old, new)
    return types.WorkspaceEdit(changes=changes)


def text_edits(old: str, new: str) -> list[types.TextEdit]:
    before, after = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start = types.Position(line=i1, character=0)
        edits.append(
            types.TextEdit(
                range=types.Range(start=start, end=_line_end(before, i2)),
                new_text="".join(after[j1:j2]),
            )
        )
    return edits


def compiler_explanation(diagnostic: Diagnostic, root: Path) -> str:
    """Without the doc index: the diagnostic and its error-index summary, both anchored."""
    cited = [anchors.diagnostic_anchor(diagnostic, root)]
    parts = [f"**{diagnostic.level.value}[{diagnostic.code}]** {diagnostic.message} [1]"]
    text = anchors.explain_text(diagnostic.code) if diagnostic.code.startswith("E") else ""
    if text:
        cited.append(anchors.make("error-index", f"rustc --explain {diagnostic.code}", "", text))
        parts.append(f"{text.split(chr(10) * 2, 1)[0].strip()} [2]")
    if diagnostic.rendered:
        parts.append(f"```\n{diagnostic.rendered.rstrip()}\n```")
    return "\n\n".join(parts) + "\n\n" + _anchor_list(cited)


def explanation_markdown(explanation: Explanation) -> str:
    body = explanation.text
    if explanation.unknown and explanation.probes:
        body += "\n\nNext probes: " + "; ".join(explanation.probes)
    return body + "\n\n" + _anchor_list([c.anchor for c in explanation.citations])


def _anchor_list(cited: Sequence[Anchor]) -> str:
    rows = [
        f"{n}. `{a.source}` {a.path}{' ' + a.span if a.span else ''} — sha256 {a.sha256[:12]}"
        for n, a in enumerate(cited, 1)
    ]
    return "**Anchors**\n\n" + "\n".join(rows)


def _crate_of(uri: str) -> tuple[Path, Path] | None:
    """(file, crate root) for a document inside a crate; None for anything else."""
    path_text = to_fs_path(uri)
    if not path_text:
        return None
    path = Path(path_text).resolve()
    try:
        return path, locate(path).root.resolve()
    except RustaError:
        return None


def _disabled(reason: str, diagnostics: list[types.Diagnostic] | None = None) -> types.CodeAction:
    return types.CodeAction(
        title=FIX_TITLE,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=diagnostics or None,
        disabled=types.CodeActionDisabled(reason=reason),
    )


def _abstain_reason(outcome: Outcome) -> str:
    if outcome.status == "nothing-to-do":
        return "nothing to fix: the crate is clean"
    probes = f" Next: {outcome.next_probes[0]}" if outcome.next_probes else ""
    return f"Rusta abstains: {outcome.reason}.{probes}"


def _lines(path: Path) -> list[str]:
    try:
        return path.read_bytes().decode("utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return []


def _position(lines: list[str], line: int, column: int) -> types.Position:
    """rustc's 1-based line and character column → LSP's 0-based line and UTF-16 offset."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    prefix = text[: max(column - 1, 0)]
    return types.Position(line=max(line - 1, 0), character=len(prefix.encode("utf-16-le")) // 2)


def _line_end(lines: list[str], index: int) -> types.Position:
    """Where line `index` starts; past a last line without a newline, that line's end."""
    if index < len(lines) or not lines or lines[-1].endswith("\n"):
        return types.Position(line=index, character=0)
    last = lines[-1]
    return types.Position(line=len(lines) - 1, character=len(last.encode("utf-16-le")) // 2)


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)
