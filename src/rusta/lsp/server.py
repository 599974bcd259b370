"""`rusta lsp`: Rusta in any editor that speaks the Language Server Protocol (SPEC §7 Editors).

- **Diagnostics** on open and save: `cargo check` (clippy too when the crate compiles) of the
  crate holding the file, run in a sandbox slot, published per file with the source "rusta";
  when it compiles, its tests run too, and each test that fails twice is an error at the
  place it panicked (its assertion values in the message, the suspects fault localization
  ranks as related information) and one at the test's own line when it panicked deeper.
- **Verified quick fixes** on Rusta's diagnostics. `textDocument/codeAction` never runs an
  episode: it answers at once. Before a proof exists for the current state of the crate's
  sources it offers "Rusta: find a verified fix for E0382 …", which the editor resolves
  (codeAction/resolve, when the client can resolve edits) or runs (the `rusta.fix` command,
  applied through workspace/applyEdit); the dry-run episode then proves a patch in the sandbox
  under a cancellable work-done progress (lsp/proofs.py). Once proven (proofs are cached per
  state of the sources), every proven fix is its own action, titled by what it changes:
  "Rusta: add `&` to `for word in &words {` in src/lib.rs:3 (verified, 1 test)", the chosen
  one preferred, the other proven alternatives beside it, as rust-analyzer lists its fixes.
  An abstention is a disabled action that says why.
- **Hover** on a diagnostic: an explanation with its anchors (knowledge.explain when its doc
  index is ready, else the compiler's own text and the `rustc --explain` summary, cited).

Editors run the server over stdio. Fixes are proven against the files on disk, so an unsaved
buffer gets no edit (the action says to save first).
"""

from __future__ import annotations

import asyncio
import difflib
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from rusta import __version__
from rusta.config import load_settings
from rusta.errors import RustaError
from rusta.knowledge import anchors
from rusta.knowledge.explain import Explainer, Explanation
from rusta.knowledge.failing import SHOWN_SUSPECTS, assertion_diagnostic, failure_diagnostic
from rusta.knowledge.localize import localize_each
from rusta.loop.episode import run_episode
from rusta.loop.validate import baseline_tests
from rusta.lsp.proofs import Abandoned, Proof, tests_phrase
from rusta.patch.describe import change_title
from rusta.patch.diff import apply_unified_diff
from rusta.sandbox.slots import Slot, pool
from rusta.tools.crate import locate, rust_files
from rusta.trace.tree import file_hashes
from rusta.types import (
    TEST_FAILURE_CODE,
    Alternative,
    Anchor,
    Diagnostic,
    Level,
    Outcome,
    Status,
)

SOURCE = "rusta"
FIX_TITLE = "Rusta: fix (verified)"
FIX_COMMAND = "rusta.fix"  # for clients that cannot resolve a code action's edit
PROVE = "prove"  # data["rusta"] of an action whose fix is proven when it is resolved
SAVE_FIRST = "save the file first: Rusta proves fixes against the files on disk"
CANCELLED = (
    "Rusta: fix cancelled, no edit made (the proof was a dry run in a sandbox: nothing changed)"
)
_SEVERITY = {
    Level.ERROR: types.DiagnosticSeverity.Error,
    Level.WARNING: types.DiagnosticSeverity.Warning,
    Level.NOTE: types.DiagnosticSeverity.Information,
    Level.HELP: types.DiagnosticSeverity.Hint,
}


StateKey = tuple[Path, tuple[tuple[str, str], ...]]  # a crate root and its sources' hashes


class RustaServer(LanguageServer):
    """The language server plus what it knows: diagnostics per crate, proven fixes per state."""

    def __init__(self, home: Path, docs_root: Path | None) -> None:
        super().__init__("rusta", __version__)
        self.home = home
        self.docs_root = docs_root
        self.diagnostics: dict[Path, tuple[Diagnostic, ...]] = {}
        self.published: dict[Path, set[str]] = {}
        self.fixes: dict[StateKey, Outcome] = {}  # finished proofs, per state of the sources
        self.proofs: dict[StateKey, Proof] = {}  # running ones
        # One episode at a time (they share sandbox slots), never on the event loop.
        self.prove_thread = ThreadPoolExecutor(max_workers=1)
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
            if not any(d.is_error for d in found):
                found = (*found, *_failing_tests(slots[0], root, settings.test_timeout))
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

    def state_key(self, root: Path) -> StateKey:
        return (root, tuple(sorted(file_hashes(root, rust_files(root)).items())))

    def proven(self, root: Path) -> Outcome | None:
        """The finished proof for the crate as it is on disk now, if there is one."""
        return self.fixes.get(self.state_key(root))

    def proof_for(self, root: Path) -> Proof:
        """The proof of the crate's current state: finished, running, or started now."""
        key = self.state_key(root)
        proof = Proof()
        if key in self.fixes:
            proof.future.set_result(self.fixes[key])
            return proof
        running = self.proofs.get(key)
        if running is not None and not running.abandoned.is_set():
            return running
        self.proofs[key] = proof
        self.prove_thread.submit(self._prove, root, key, proof)
        return proof

    def _prove(self, root: Path, key: StateKey, proof: Proof) -> None:
        """A dry-run episode (worker thread); its outcome is cached unless it was abandoned."""
        try:
            if proof.abandoned.is_set():  # cancelled while it waited for the worker
                raise Abandoned
            outcome = run_episode(
                root,
                load_settings(root),
                self.home,
                dry_run=True,
                sinks=[proof],
                explore_alternatives=True,  # a person is choosing: offer the other proofs
            )
        except Exception as error:  # handed to the waiting request, which reports it
            proof.future.set_exception(error)
        else:
            self.fixes[key] = outcome
            proof.future.set_result(outcome)
        finally:
            if self.proofs.get(key) is proof:
                del self.proofs[key]

    def resolves_edits(self) -> bool:
        """Whether the client fills in a code action's edit by codeAction/resolve."""
        support = get_capability(
            self.client_capabilities, "text_document.code_action.resolve_support"
        )
        return support is not None and "edit" in support.properties

    def shows_progress(self) -> bool:
        return bool(get_capability(self.client_capabilities, "window.work_done_progress"))

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
        for proof in list(self.proofs.values()):
            proof.abandoned.set()  # nobody will read it: let the episode stop at its next step
        self.prove_thread.shutdown(wait=False, cancel_futures=True)


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
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=True
        ),
    )
    def code_action(
        ls: RustaServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        return fix_actions(ls, params)

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: RustaServer, action: types.CodeAction) -> types.CodeAction:
        return await _resolve_fix(ls, action)

    @server.command(FIX_COMMAND)
    async def fix_command(ls: RustaServer, uri: str) -> dict[str, Any]:
        return await _run_fix_command(ls, uri)

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


def fix_actions(ls: RustaServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """Answers at once: the proven fixes if this state is proven, else one action to prove it."""
    located = _crate_of(params.text_document.uri)
    if located is None:
        return []
    path, root = located
    ours = [d for d in params.context.diagnostics if d.source == SOURCE]
    here = ls.diagnostics_at(path, root, params.range)
    if not ours and not here:
        return []
    if not _saved(ls, params.text_document.uri, path):
        return [_disabled(SAVE_FIRST)]
    outcome = ls.proven(root)
    if outcome is None:
        problem = _problem(ours, here)
        return [_prove_action(ls, params.text_document.uri, ours or None, problem)]
    return outcome_actions(root, outcome, ours)


def outcome_actions(
    root: Path, outcome: Outcome, diagnostics: list[types.Diagnostic] | None = None
) -> list[types.CodeAction]:
    """One action per proven fix, the chosen one preferred; an abstention says why. When
    Rusta asks (two proven fixes behave differently), each answer is its own action and none
    is preferred: the editor's quick-fix key must not pick one for the developer."""
    if outcome.status is Status.ASK:
        return _answer_actions(root, outcome, diagnostics)
    if outcome.status is not Status.GREEN:
        return [_disabled(_abstain_reason(outcome), diagnostics)]
    chosen = _fix_action(
        root,
        outcome.title,
        outcome.diff,
        len(outcome.tests_run),
        diagnostics,
        preferred=True,
        data={
            "trace": outcome.trace_id,
            "confidence": outcome.confidence,
            "changed_lines": outcome.changed_lines,
        },
    )
    others = [
        _option_action(root, outcome, other, other.title, diagnostics)
        for other in outcome.alternatives
    ]
    return [chosen, *others]


def _answer_actions(
    root: Path, outcome: Outcome, diagnostics: list[types.Diagnostic] | None
) -> list[types.CodeAction]:
    question = outcome.questions[0]
    return [
        _option_action(
            root,
            outcome,
            option,
            f"{option.intent or option.title} (answers: {question.text})",
            diagnostics,
            answer=number,
        )
        for number, option in enumerate(question.options, start=1)
    ]


def _option_action(
    root: Path,
    outcome: Outcome,
    option: Alternative,
    title: str,
    diagnostics: list[types.Diagnostic] | None,
    **data: Any,
) -> types.CodeAction:
    """A proven fix other than the preferred one: an alternative, or an answer."""
    return _fix_action(
        root,
        title,
        option.diff,
        len(option.tests_run),
        diagnostics,
        preferred=False,
        data={
            "trace": outcome.trace_id,
            "move": option.move,
            "p_green": option.p_green,
            "changed_lines": option.changed_lines,
            **data,
        },
    )


def _fix_action(
    root: Path,
    title: str,
    diff: str,
    tests: int,
    diagnostics: list[types.Diagnostic] | None,
    *,
    preferred: bool,
    data: dict[str, Any],
) -> types.CodeAction:
    edit = workspace_edit(root, diff)
    what = title or diff_title(root, diff)
    return types.CodeAction(
        title=f"Rusta: {what} ({tests_phrase(tests)})",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=diagnostics or None,
        is_preferred=preferred,
        edit=edit,
        data={**data, "tests": tests},
    )


def diff_title(root: Path, diff: str) -> str:
    """What a diff changes, read off the diff when the episode gave no title."""
    new = {name: text for name, text in apply_unified_diff(root, diff).items() if text is not None}
    old = {name: _read(root / name) for name in new}
    return change_title(old, new)


def _prove_action(
    ls: RustaServer, uri: str, diagnostics: list[types.Diagnostic] | None, problem: str
) -> types.CodeAction:
    """Not proven yet: an action whose edit is proven when it is chosen (resolve or command)."""
    title = f"Rusta: find a verified fix for {problem}"
    action = types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=diagnostics,
        is_preferred=True,
    )
    if ls.resolves_edits():
        action.data = {"rusta": PROVE, "uri": uri}
    else:
        action.command = types.Command(title=title, command=FIX_COMMAND, arguments=[uri])
    return action


async def _resolve_fix(ls: RustaServer, action: types.CodeAction) -> types.CodeAction:
    """codeAction/resolve: prove the fix now (with progress) and return its edit and title."""
    data = action.data if isinstance(action.data, dict) else {}
    if data.get("rusta") != PROVE:
        return action  # already carries its edit
    proven = await _prove_for(ls, str(data.get("uri", "")))
    if proven is None:
        return action
    [chosen, *_] = outcome_actions(*proven, action.diagnostics)
    if chosen.disabled is not None:
        _tell(ls, chosen.disabled.reason, types.MessageType.Warning)
        return action
    return types.CodeAction(
        title=chosen.title,
        kind=action.kind,
        diagnostics=action.diagnostics,
        is_preferred=True,
        edit=chosen.edit,
        data=chosen.data,
    )


async def _run_fix_command(ls: RustaServer, uri: str) -> dict[str, Any]:
    """The `rusta.fix` command: prove the fix now (with progress), then apply it by applyEdit."""
    proven = await _prove_for(ls, uri)
    if proven is None:
        return {"applied": False, "reason": "cancelled, or Rusta could not run"}
    [chosen, *_] = outcome_actions(*proven)
    if chosen.disabled is not None:
        _tell(ls, chosen.disabled.reason, types.MessageType.Warning)
        return {"applied": False, "reason": chosen.disabled.reason}
    result = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=chosen.edit, label=chosen.title)
    )
    return {"applied": result.applied, "title": chosen.title}


async def _prove_for(ls: RustaServer, uri: str) -> tuple[Path, Outcome] | None:
    """(crate root, outcome) for the document's crate, or None (said to the user) when there
    is none: not a crate, unsaved, Rusta could not run, or the user cancelled."""
    located = _crate_of(uri)
    if located is None:
        _tell(ls, "Rusta: this file is not inside a Cargo crate", types.MessageType.Warning)
        return None
    path, root = located
    if not _saved(ls, uri, path):
        _tell(ls, f"Rusta: {SAVE_FIRST}", types.MessageType.Warning)
        return None
    try:
        outcome = await _wait_with_progress(ls, ls.proof_for(root))
    except RustaError as error:
        _tell(ls, f"Rusta could not run: {error}", types.MessageType.Error)
        return None
    if outcome is None:
        _tell(ls, CANCELLED, types.MessageType.Info)
        return None
    return root, outcome


async def _wait_with_progress(ls: RustaServer, proof: Proof) -> Outcome | None:
    """Wait for the proof under a cancellable work-done progress; None when cancelled.

    A cancel (window/workDoneProgress/cancel, or $/cancelRequest of the request) stops the
    waiting at once; the episode is a sandboxed dry run, so nothing of the user's changes, and
    it stops at its next step unless another request still waits for it.
    """
    if proof.future.done():
        return _result(proof)
    loop = asyncio.get_running_loop()
    token = await _begin_progress(ls)

    def report(text: str) -> None:
        if token is not None:
            value = types.WorkDoneProgressReport(message=text)
            loop.call_soon_threadsafe(ls.work_done_progress.report, token, value)

    proof.wait_with(report)
    waiting = [asyncio.wrap_future(proof.future)]
    if token is not None:
        waiting.append(asyncio.wrap_future(ls.work_done_progress.tokens[token]))
    cancelled = True
    try:
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        cancelled = not proof.future.done()
    finally:
        proof.stop_waiting(report, cancelled)
        if token is not None:
            ending = "cancelled: nothing was changed" if cancelled else _ending(proof)
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message=ending))
            ls.work_done_progress.tokens.pop(token, None)
    return None if cancelled else _result(proof)


async def _begin_progress(ls: RustaServer) -> str | None:
    """A server-initiated, cancellable progress; None when the client shows none."""
    if not ls.shows_progress():
        return None
    token = f"rusta-fix-{uuid.uuid4().hex[:12]}"
    try:
        await ls.work_done_progress.create_async(token)
    except Exception:  # the client refused the token: prove without a progress bar
        return None
    ls.work_done_progress.begin(
        token,
        types.WorkDoneProgressBegin(
            title="Rusta: proving a fix",
            cancellable=True,
            message="a dry run in a sandbox: your files are not touched",
        ),
    )
    return token


def _result(proof: Proof) -> Outcome | None:
    """The finished proof's outcome; None if it was abandoned (every waiter cancelled)."""
    try:
        return proof.future.result()
    except Abandoned:
        return None


def _ending(proof: Proof) -> str:
    error = proof.future.exception()
    if error is not None:
        return "Rusta could not run" if isinstance(error, RustaError) else "stopped"
    outcome = proof.future.result()
    if outcome.status is Status.GREEN:
        others = len(outcome.alternatives)
        return "proven" + (f" (+{others} other proven fix(es))" if others else "")
    if outcome.status is Status.ASK:
        return f"Rusta asks: {outcome.questions[0].text}"
    return "nothing to fix" if outcome.status is Status.NOTHING else "Rusta abstains"


def _problem(ours: list[types.Diagnostic], here: list[Diagnostic]) -> str:
    """The problem an unproven action is about, as its title names it: `E0382: message`."""
    if ours:
        code, message = str(ours[0].code or ""), ours[0].message
    else:
        code, message = here[0].code, here[0].message
    short = message if len(message) <= 60 else message[:59] + "…"
    return f"{code}: {short}" if code else short


def _saved(ls: RustaServer, uri: str, path: Path) -> bool:
    """Fixes are proven against the files on disk: an unsaved buffer gets no edit."""
    document = ls.workspace.get_text_document(uri)
    return not path.is_file() or document.source == _read(path)


def _tell(ls: RustaServer, message: str, kind: types.MessageType) -> None:
    ls.window_show_message(types.ShowMessageParams(type=kind, message=message))


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


def _failing_tests(slot: Slot, root: Path, timeout: float) -> list[Diagnostic]:
    """The crate's tests that fail twice, as diagnostics (flaky ones are not problems)."""
    tests = baseline_tests(slot, timeout)
    if not tests.failing:
        return []

    def read(name: str) -> str:
        return (root / name).read_bytes().decode("utf-8")

    found: list[Diagnostic] = []
    localized = localize_each(root, tests.failing, sorted(tests.report.passed))
    for case in tests.failing:
        found.append(failure_diagnostic(case, localized[case.name], read))
        at_test = assertion_diagnostic(case, read)
        if at_test is not None:
            found.append(at_test)
    return found


def to_lsp(diagnostic: Diagnostic, root: Path) -> types.Diagnostic:
    span = diagnostic.primary
    assert span is not None  # only diagnostics with a place are published
    lines = _lines(root / span.file)
    start = _position(lines, span.line_start, span.column_start)
    end = _position(lines, span.line_end, span.column_end)
    message = diagnostic.message
    related = None
    if diagnostic.code == TEST_FAILURE_CODE:  # the assertion's values belong in the message
        message = "\n".join([message, *(c for c in diagnostic.children if c.strip())])
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(
                    uri=from_fs_path(str(root / other.file)) or "",
                    range=types.Range(
                        start=_position(lines_of, other.line_start, other.column_start),
                        end=_position(lines_of, other.line_end, other.column_end),
                    ),
                ),
                message=other.label or "",
            )
            for other in diagnostic.spans[1 : SHOWN_SUSPECTS + 1]
            if not other.is_primary
            for lines_of in [_lines(root / other.file)]
        ] or None
    return types.Diagnostic(
        range=types.Range(start=start, end=end),
        message=message,
        severity=_SEVERITY.get(diagnostic.level, types.DiagnosticSeverity.Warning),
        code=diagnostic.code or None,
        source=SOURCE,
        data={"class": diagnostic.error_class.value},
        related_information=related,
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
    if outcome.status is Status.NOTHING:
        return "nothing to fix: the crate is clean"
    probes = f" Next: {outcome.next_probes[0]}" if outcome.next_probes else ""
    return f"Rusta abstains: {outcome.reason}.{probes}"


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


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
