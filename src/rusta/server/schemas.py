"""Wire schemas: what crosses HTTP, kept apart from the internal types (STYLE.md §11).

Requests are validated here (pydantic, `extra="forbid"`: a misspelt field is a clear 422, not
a silently ignored knob). Results are plain JSON built from the library's frozen values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rusta.types import Diagnostic, Outcome


class JobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["fix", "explain", "check", "eval"] = Field(description="What to run.")
    repo: str = Field(
        min_length=1,
        max_length=4096,
        description="Absolute path of a repository registered with `rusta repo add`.",
    )
    dry_run: bool = Field(
        True,
        description="fix only: prove the patch but apply nothing; review it, then POST "
        "/jobs/{id}/apply.",
    )
    target: str = Field(
        "",
        max_length=512,
        description="explain only: an error code (E0382) or FILE:LINE inside the repo.",
    )


class JobCreated(BaseModel):
    id: str
    status: str


class Problem(BaseModel):
    detail: str


def diagnostic_json(diagnostic: Diagnostic) -> dict[str, Any]:
    span = diagnostic.primary
    return {
        "code": diagnostic.code,
        "level": diagnostic.level.value,
        "message": diagnostic.message,
        "class": diagnostic.error_class.value,
        "file": span.file if span else None,
        "line": span.line_start if span else None,
        "column": span.column_start if span else None,
        "suggestions": [s.message for s in diagnostic.suggestions],
        "rendered": diagnostic.rendered,
    }


def fix_result(outcome: Outcome, base: dict[str, str]) -> dict[str, Any]:
    """A fix job's result. `base` maps each file the diff touches to the sha256 it had when
    the patch was proven: apply refuses if the file changed since (the proof would not hold)."""
    return {
        "status": outcome.status.value,
        "applied": outcome.applied,
        "diff": outcome.diff,
        "base": base,
        "changed_lines": outcome.changed_lines,
        "error_codes": list(outcome.error_codes),
        "confidence": outcome.confidence,
        "candidates_validated": outcome.candidates_validated,
        "tests_passed": len(outcome.tests_run),
        "moves": [step.candidate.move for step in outcome.steps],
        "intents": [step.candidate.intent for step in outcome.steps],
        "trace": outcome.trace_id,
        "reason": outcome.reason,
        "next_probes": list(outcome.next_probes),
        "remaining": [diagnostic_json(d) for d in outcome.remaining[:20]],
        # a test repair: the failing tests it made pass (it changes behaviour: say so)
        "repaired_tests": list(outcome.repaired_tests),
        "failing_tests": [
            {"name": c.name, "message": c.message, "location": c.location}
            for c in outcome.failing_tests
        ],
        "seconds": round(outcome.seconds, 2),
        "commit": outcome.commit,
        # status "ask": proven fixes that behave differently; POST /jobs/{id}/apply?answer=N
        "questions": [
            {
                "text": question.text,
                "options": [
                    {
                        "answer": number,
                        "title": option.title,
                        "intent": option.intent,
                        "move": option.move,
                        "diff": option.diff,
                        "changed_lines": option.changed_lines,
                        "tests_passed": len(option.tests_run),
                    }
                    for number, option in enumerate(question.options, start=1)
                ],
            }
            for question in outcome.questions
        ],
    }


def check_result(diagnostics: tuple[Diagnostic, ...], root: Path) -> dict[str, Any]:
    errors = sum(d.is_error for d in diagnostics)
    return {
        "root": str(root),
        "errors": errors,
        "warnings": len(diagnostics) - errors,
        "diagnostics": [diagnostic_json(d) for d in diagnostics[:200]],
    }
