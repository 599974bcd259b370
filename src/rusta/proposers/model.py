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
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rusta.config import Settings, rusta_home
from rusta.errors import EditFailed, RustaError
from rusta.llm.answers import item_code, minimal_edits, parse_answer
from rusta.llm.base import Backend, Completion, prompt_hash
from rusta.llm.prompts import (
    ItemPrompt,
    PromptParts,
    build_item_prompt,
    build_repair_prompt,
    code_windows,
    json_edit_schema,
)
from rusta.patch.textedit import apply_edits
from rusta.proposers.context import ProposalContext
from rusta.proposers.intent import (
    FAILING_TEST,
    ItemTask,
    drop_todo_comment,
    numbered_region,
    splice,
    tasks_for,
)
from rusta.tools import cargo
from rusta.types import TODO_CODE, Applicability, Candidate, Diagnostic

_APPLICABLE = (Applicability.MACHINE_APPLICABLE, Applicability.MAYBE_INCORRECT)

Emit = Callable[..., Any]
ATTEMPTS = 2  # a second prompt carries the first answers' parse failures as feedback
PRIOR = 0.3  # p(green) of a model patch before evidence: below most named moves
RECALLED = 3
TRACED_CHARS = 4000
ITEM_PRIOR = 0.35  # a whole item that compiled (and passed the tests) in the feedback loop
SUGGESTION_ROUNDS = 2  # rounds of rustc's suggestions applied to an answer before feedback
FEEDBACK_CHARS = 500  # of one rendered error sent back as feedback
ANCHOR_LINES = 10  # the error-index excerpt: its explanation, not every example


class ModelProposer:
    name = "model"
    tier = 1  # a model call costs seconds: asked only when the cheap tier has no fix
    authors_code = True  # it can write code from intent: a crate's TODOs become its problems

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
        self._spent = 0.0  # seconds of model calls this episode (model_budget_seconds)
        self._progress: dict[tuple[str, str], _Progress] = {}  # per (state, task)
        self._pass = 0
        self.calls = 0

    def propose(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        span = diagnostic.primary
        if self._unavailable or span is None or not context.owns(span.file):
            return
        if self._over_budget():
            return
        if self.settings.model_format == "item":
            yield from self._items(context, diagnostic)
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

    # --- item mode (issue 14): whole items, compiler feedback, several samples -----------

    def _items(self, context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
        for task in tasks_for(context, diagnostic):
            key = (_state_key(context, task.file), task.key)
            progress = self._progress.setdefault(key, _Progress())
            if progress.finished or progress.pass_number == self._pass:
                continue  # done, or already asked in this pass of the search
            progress.pass_number = self._pass
            yield from self._step(context, diagnostic, task, progress)

    def begin_pass(self) -> None:
        """The search starts another model pass: every unfinished task may take its next
        round (the answers of the last pass were validated in between)."""
        self._pass += 1

    @property
    def pending(self) -> bool:
        """A task the last pass asked about has rounds or samples left, within the budget.
        Only those count: a task of a state the search no longer reaches would keep the
        model passes going without a single call (each pass a spin over the same states)."""
        if self._unavailable or self._over_budget():
            return False
        return any(not p.finished and p.pass_number == self._pass for p in self._progress.values())

    def _step(
        self, context: ProposalContext, diagnostic: Diagnostic, task: ItemTask, progress: _Progress
    ) -> Iterator[Candidate]:
        """One model call for the task: sample 1 at temperature 0, then more samples at the
        configured temperature, each with up to `model_rounds` rounds whose prompt carries
        what rustc (or the failing tests) said about the last answer. The answer goes to
        the search at once, green or not: the search validates it, may finish it with the
        cheap tier's follow-ups (a cast), and proves whatever it makes of it; when nothing
        came of it, the next pass takes the next round. Nothing is trusted."""
        settings = self.settings
        temperatures = [0.0] + [settings.model_temperature] * (settings.model_samples - 1)
        while progress.round >= settings.model_rounds:
            progress.sample, progress.round = progress.sample + 1, 0
            progress.previous = progress.feedback = ""
        if progress.sample > len(temperatures):
            progress.finished = True
            return
        if self._unavailable or self._over_budget():
            return
        prompt = self._item_prompt(context, diagnostic, task, progress.previous, progress.feedback)
        completion = self._ask_item(prompt, temperatures[progress.sample - 1])
        if completion is None:
            return
        progress.round += 1
        answer = completion.texts[0] if completion.texts else ""
        label = f"{progress.sample}.{progress.round}"
        verdict, candidate, code, feedback, _ = self._try_item(
            context, diagnostic, task, answer, label
        )
        self._trace(
            prompt,
            completion,
            int(candidate is not None),
            [feedback] if feedback else [],
            mode="item",
            task=task.key,
            round=progress.round,
            sample=progress.sample,
            checked=verdict,
        )
        if verdict == "unchanged" or (code and code == progress.previous):
            progress.round = settings.model_rounds  # it repeats itself: a new sample next
        progress.previous, progress.feedback = code, feedback
        if verdict == "green":
            progress.finished = True
        if candidate is not None:
            yield candidate

    def _try_item(
        self,
        context: ProposalContext,
        diagnostic: Diagnostic,
        task: ItemTask,
        answer: str,
        label: str,
    ) -> tuple[str, Candidate | None, str, str, int]:
        """(verdict, candidate, the code, feedback for the next round, errors left)."""
        old = context.text(task.file)
        try:
            code = item_code(answer)
            new = drop_todo_comment(splice(old, task, code), diagnostic)
        except EditFailed as failure:
            return "unusable", None, "", failure.message, 1 << 30
        if new == old:
            return "unchanged", None, code, "the answer changes nothing", 1 << 30
        candidate = self._item_candidate(context, diagnostic, task, new, label)
        if candidate is None:
            return "placeholder", None, code, "the answer leaves todo!() in the code", 1 << 30
        if context.check is None:
            return "green", candidate, code, "", 0  # no sandbox here: the validator judges
        errors = _compile_errors(context.check({task.file: new}))
        if errors:  # first what rustc itself suggests for the answer (a cast, a borrow)
            new, errors = _with_suggestions(context, task.file, new, errors)
            candidate = self._item_candidate(context, diagnostic, task, new, label) or candidate
        if errors:
            # short: on a CPU every prompt token costs (two errors, their first lines)
            rendered = "\n\n".join(_render(d, FEEDBACK_CHARS) for d in errors[:2])
            return f"{len(errors)} errors", candidate, code, rendered, len(errors)
        if context.test is not None and self._needs_tests(diagnostic, task):
            failures = context.test({task.file: new})
            if failures:
                return "tests fail", candidate, code, failures, 0
        return "green", candidate, code, "", 0

    @staticmethod
    def _needs_tests(diagnostic: Diagnostic, task: ItemTask) -> bool:
        """Compiling is the whole task for a plain compile error; new code and a failing
        test are only done when the tests pass."""
        return (
            diagnostic.code in (FAILING_TEST, TODO_CODE)
            or task.kind != "rewrite"
            or diagnostic.code
            in (
                "E0046",
                "E0425",
                "E0432",
                "E0599",
            )
        )

    def _item_candidate(
        self,
        context: ProposalContext,
        diagnostic: Diagnostic,
        task: ItemTask,
        new: str,
        label: str,
    ) -> Candidate | None:
        edits = minimal_edits(task.file, context.text(task.file), new)
        if any(m in e.replacement for e in edits for m in ("todo!(", "unimplemented!(")):
            return None
        code = diagnostic.code or "syntax"
        verb = "rewrite" if task.kind == "rewrite" else "write"
        return Candidate(
            proposer="model",
            move=f"{code}/model-item",
            intent=f"{verb} `{task.name}` in {task.file} as the model proposed (#{label})",
            edits=edits,
            prior=ITEM_PRIOR,
            targets=(diagnostic.code,) if diagnostic.code else (),
        )

    def _item_prompt(
        self,
        context: ProposalContext,
        diagnostic: Diagnostic,
        task: ItemTask,
        previous: str,
        feedback: str,
    ) -> str:
        source = context.source(task.file)
        if task.start == task.end:
            code, first, last = numbered_region(source, max(0, task.start - 1), task.start)
            title = f"{task.file}, line {first} (where the new code goes)"
        else:
            code, first, last = numbered_region(source, task.start, task.end)
            title = f"{task.file}, lines {first}-{last} (the item to rewrite)"
        errors = self._item_errors(context, diagnostic, task, first, last)
        code_name = diagnostic.code
        anchor = self.explain(code_name) if code_name.startswith("E") else ""
        recalled = self._recall(diagnostic)
        parts = ItemPrompt(
            task=task.instruction,
            code_title=title,
            code=code,
            answer=task.answer,
            errors=errors,
            related=task.related,
            anchor_title=f"rustc --explain {code_name}" if anchor else "",
            anchor_text="\n".join(anchor.strip().split("\n")[:ANCHOR_LINES]),
            example=recalled[0] if recalled else "",
            previous=previous,
            feedback=feedback,
        )
        budget = self.settings.model_context - self.settings.model_max_tokens
        return build_item_prompt(parts, budget)

    @staticmethod
    def _item_errors(
        context: ProposalContext, diagnostic: Diagnostic, task: ItemTask, first: int, last: int
    ) -> tuple[str, ...]:
        """The target's rendered error, then the other errors inside the item's lines."""
        inside = [
            d
            for d in context.diagnostics
            if d is not diagnostic
            and d.is_error
            and d.primary is not None
            and d.primary.file == task.file
            and first <= d.primary.line_start <= last
        ]
        return tuple(_render(d) for d in [diagnostic, *inside[:3]])

    def _ask_item(self, prompt: str, temperature: float) -> Completion | None:
        key = f"{prompt_hash(prompt)}@{temperature}"
        if key in self._answers and temperature == 0:
            return self._answers[key]
        started = time.monotonic()
        try:
            completion = self.backend.generate(
                prompt, n=1, max_tokens=self.settings.model_max_tokens, temperature=temperature
            )
        except RustaError as error:
            self._spent += time.monotonic() - started  # a call that timed out spent it too
            self._unavailable = error.message
            self.emit("model", backend=self.backend.name, prompt_hash=key[:16], error=error.message)
            return None
        self._spent += completion.seconds
        self.calls += 1
        self._answers[key] = completion
        return completion

    def _over_budget(self) -> bool:
        return self._spent >= self.settings.model_budget_seconds

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
        self._spent += completion.seconds
        self.calls += 1
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
        self,
        prompt: str,
        completion: Completion,
        candidates: int,
        failures: list[str],
        **item: Any,
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
            **item,
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


def _render(diagnostic: Diagnostic, limit: int = 1500) -> str:
    if diagnostic.rendered.strip():
        return diagnostic.rendered.strip()[:limit]
    span = diagnostic.primary
    where = f"\n --> {span.file}:{span.line_start}" if span else ""
    code = f"[{diagnostic.code}]" if diagnostic.code else ""
    return f"{diagnostic.level.value}{code}: {diagnostic.message}{where}"


@dataclass
class _Progress:
    """Where one item task stands: its sample, the rounds of that sample, the last answer
    and what the sandbox said about it."""

    sample: int = 1
    round: int = 0
    previous: str = ""
    feedback: str = ""
    finished: bool = False
    pass_number: int = -1


def _compile_errors(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """What the compiler (or a failing test) says about an answer; the crate's TODOs are other
    tasks, not feedback on this one."""
    return [d for d in diagnostics if d.is_error and d.code != TODO_CODE]


def _with_suggestions(
    context: ProposalContext, file: str, text: str, errors: list[Diagnostic]
) -> tuple[str, list[Diagnostic]]:
    """The answer with rustc's own suggestions for its errors applied (one per error, in
    the item's file, none with placeholders), kept only when that leaves fewer errors: a
    cargo check costs a second where another round costs a model call."""
    assert context.check is not None
    for _ in range(SUGGESTION_ROUNDS):
        edits = []
        for error in errors:
            usable = [
                s
                for s in error.suggestions
                if s.applicability in _APPLICABLE and all(e.file == file for e in s.edits)
            ]
            if usable and usable[0].edits:
                edits += usable[0].edits
        if not edits:
            break
        try:
            fixed = apply_edits({file: text}.__getitem__, edits)[file]
        except EditFailed:
            break
        after = _compile_errors(context.check({file: fixed}))
        if len(after) >= len(errors):
            break
        text, errors = fixed, after
        if not errors:
            break
    return text, errors


def _errors(diagnostics: Sequence[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.is_error)


def _state_key(context: ProposalContext, file: str) -> str:
    return prompt_hash(context.text(file))
