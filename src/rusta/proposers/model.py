"""Proposer 4 (SPEC §3, §8): patches written by a local language model.

For one diagnostic the proposer builds a prompt (the diagnostic and the others in the same
files, numbered code around its spans, the error-index entry as an anchor, DevLogs of past
fixes when memory has them), asks the backend for N completions and parses each answer into
new file texts (llm.answers: SEARCH/REPLACE, unified diff or JSON line edits). An answer
that cannot be used is not an error: its EditFailed message becomes feedback in the next
attempt's prompt, and, for the same diagnostic, in later steps. A backend that does not
answer yields no candidates. Every call is traced (prompt hash, tokens, latency, the
completions themselves so a trace can be replayed with the scripted backend), and every
candidate goes through the same sandbox proof as all others: nothing here is trusted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from rusta.config import Settings, rusta_home
from rusta.errors import EditFailed, RustaError
from rusta.llm.answers import minimal_edits, parse_answer
from rusta.llm.base import Backend, Completion, prompt_hash
from rusta.llm.prompts import (
    PromptParts,
    build_repair_prompt,
    code_windows,
    json_edit_schema,
)
from rusta.proposers.context import ProposalContext
from rusta.tools import cargo
from rusta.types import Candidate, Diagnostic

Emit = Callable[..., Any]
ATTEMPTS = 2  # a second prompt carries the first answers' parse failures as feedback
PRIOR = 0.3  # p(green) of a model patch before evidence: below most named moves
RECALLED = 3
TRACED_CHARS = 4000


class ModelProposer:
    name = "model"
    tier = 1  # a model call costs seconds: asked only when the cheap tier has no fix

    def __init__(
        self,
        backend: Backend,
        settings: Settings | None = None,
        emit: Emit | None = None,
        explain: Callable[[str], str] = cargo.explain,
    ) -> None:
        self.backend = backend
        self.settings = settings or Settings()
        self.emit = emit or (lambda kind, **data: None)
        self.explain = explain
        self._feedback: dict[tuple[str, str], str] = {}  # last failure per diagnostic
        self._answers: dict[str, Completion] = {}  # prompt hash -> completion (no re-asking)
        self._unavailable = ""  # set once the backend failed: stop asking this episode

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        span = diagnostic.primary
        if self._unavailable or span is None or not context.owns(span.file):
            return
        parts = self._parts(context, diagnostic)
        key = (diagnostic.code, diagnostic.message)
        for _ in range(ATTEMPTS):
            parts = PromptParts(**{**parts.__dict__, "feedback": self._feedback.get(key, "")})
            candidates, failure = self._attempt(context, diagnostic, parts)
            if candidates or self._unavailable:
                yield from candidates
                return
            self._feedback[key] = failure

    # --- one prompt ----------------------------------------------------------------------

    def _attempt(
        self, context: ProposalContext, diagnostic: Diagnostic, parts: PromptParts
    ) -> tuple[list[Candidate], str]:
        settings = self.settings
        budget = settings.model_context - settings.model_max_tokens
        prompt = build_repair_prompt(parts, budget, settings.model_format)
        completion = self._ask(prompt, parts)
        if completion is None:
            return [], ""
        candidates: list[Candidate] = []
        failures: list[str] = []
        for number, answer in enumerate(dict.fromkeys(completion.texts), 1):
            try:
                changed = parse_answer(answer, context.text, context.files)
            except EditFailed as failure:
                failures.append(failure.message)
                continue
            candidates.append(self._candidate(context, diagnostic, changed, number))
        self._trace(prompt, completion, len(candidates), failures)
        return candidates, failures[0] if failures else "the answer was empty"

    def _ask(self, prompt: str, parts: PromptParts) -> Completion | None:
        key = prompt_hash(prompt)
        if key in self._answers:
            return self._answers[key]
        schema = json_edit_schema(parts.windows) if self.settings.model_format == "json" else None
        try:
            completion = self.backend.generate(
                prompt,
                n=self.settings.model_samples,
                max_tokens=self.settings.model_max_tokens,
                schema=schema,
            )
        except RustaError as error:  # the server is down or refuses: an observation
            self._unavailable = error.message
            self.emit("model", backend=self.backend.name, prompt_hash=key, error=error.message)
            return None
        self._answers[key] = completion
        return completion

    def _candidate(
        self,
        context: ProposalContext,
        diagnostic: Diagnostic,
        changed: dict[str, str],
        number: int,
    ) -> Candidate:
        edits = tuple(
            edit
            for name, text in sorted(changed.items())
            for edit in minimal_edits(name, context.text(name), text)
        )
        code = diagnostic.code or "syntax"
        where = ", ".join(sorted(changed))
        return Candidate(
            proposer="model",
            move=f"{code}/model-patch",
            intent=f"apply the model's patch #{number} to {where} for {code}",
            edits=edits,
            prior=PRIOR,
            targets=(diagnostic.code,) if diagnostic.code else (),
        )

    def _trace(
        self, prompt: str, completion: Completion, candidates: int, failures: list[str]
    ) -> None:
        self.emit(
            "model",
            backend=self.backend.name,
            model=completion.model,
            prompt_hash=prompt_hash(prompt),
            prompt_tokens=completion.prompt_tokens,
            completion_tokens=completion.completion_tokens,
            seconds=round(completion.seconds, 3),
            samples=len(completion.texts),
            candidates=candidates,
            feedback=failures[0][:500] if failures else "",
            completions=[text[:TRACED_CHARS] for text in completion.texts],
        )

    # --- what goes into the prompt -------------------------------------------------------

    def _parts(self, context: ProposalContext, diagnostic: Diagnostic) -> PromptParts:
        windows = code_windows(diagnostic, context.text, context.owns)
        shown = {window.file for window in windows}
        others = tuple(
            d
            for d in context.diagnostics
            if d is not diagnostic and d.is_error and d.primary and d.primary.file in shown
        )[:4]
        code = diagnostic.code
        anchor = self.explain(code) if code.startswith("E") else ""
        return PromptParts(
            diagnostics=(diagnostic, *others),
            windows=windows,
            anchor_title=f"rustc --explain {code}" if anchor else "",
            anchor_text=anchor,
            recalled=self._recall(diagnostic),
        )

    def _recall(self, diagnostic: Diagnostic) -> tuple[str, ...]:
        """Green DevLogs about the same error code, when memory exists and is in scope."""
        if self.settings.memory == "short" or not diagnostic.code:
            return ()
        try:
            from rusta.memory import index
        except ImportError:  # memory not installed in this build: the prompt does without
            return ()
        try:
            hits = index.search(rusta_home(), diagnostic.code, limit=10)
        except (OSError, RustaError, ValueError, sqlite3.Error):
            return ()
        green = [hit for hit in hits if hit.outcome == "green"][:RECALLED]
        return tuple(f"{hit.title} (move {hit.move}): {hit.snippet}" for hit in green)
