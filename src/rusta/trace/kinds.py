"""Trace v1: the payload of every event kind, one frozen dataclass each (SPEC §7, STYLE.md §12).

These classes are the single description of what the loop emits; the JSON Schema in
`data/trace-v1.schema.json` is generated from them (`schema.py`) and a test fails when the two
drift. Every event line is the envelope (`trace`, `seq`, `kind`, `ts`) plus one payload.
A field with a default is one the loop sends only in some situations (a probe of the error
index has a summary and anchors, the probe of cargo check has problem counts). Unknown fields
are rejected: a trace that says more than Trace v1 describes is not a Trace v1 trace.

Diffs recorded here are unified diffs from the crate as intake saw it ("pristine"), so replay
can re-apply any of them to the rebuilt pristine state without re-running earlier steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal

from rusta.trace.constraints import Field

# pydantic's ConfigDict is a TypedDict: a plain dict is the same thing, and kinds.py then
# needs no pydantic at import (every `rusta fix` emits these; only the schema needs pydantic)
_STRICT = {"extra": "forbid", "use_attribute_docstrings": True}

Sha256 = Annotated[str, Field(pattern="^[0-9a-f]{64}$")]
Probability = Annotated[float, Field(ge=0, le=1)]
Count = Annotated[int, Field(ge=0)]
DiagnosticKeyRecord = tuple[str, str, str, int]


@dataclass(frozen=True)
class AnchorRecord:
    """A citation that can be checked: the sha256 of the cited text at source/path (SPEC §6)."""

    __pydantic_config__ = _STRICT

    source: str
    """Where the text lives: error-index, book, reference, std, diagnostic, crate..."""
    path: str
    """How to find the text again, e.g. `rustc --explain E0382` or a file path."""
    sha256: Sha256
    """sha256 of the cited text; the anchor resolves while the text still hashes the same."""
    span: str = ""
    """The part of the text cited (lines or a heading), when not the whole of it."""
    title: str = ""


@dataclass(frozen=True)
class Intake:
    """The episode starts: which crate, in which state (SPEC §2 Intake)."""

    __pydantic_config__ = _STRICT

    crate: str
    root: str
    """Absolute path of the crate root on the machine that ran the episode."""
    dry_run: bool = False
    git_head: str = ""
    """`git rev-parse HEAD`, or "" outside a git repository."""
    dirty: bool = False
    files: Count = 0
    """Number of Rust source files."""
    mode: Literal["fix", "research", "check", "explain"] = "fix"
    """What the episode does; research episodes run experiments and apply nothing."""
    tree: dict[str, Sha256] = field(default_factory=dict)
    """sha256 of every Rust file and the root Cargo.toml: the state replay rebuilds."""
    target: str = ""
    """An explain job's target: an error code, FILE[:LINE], or "" for every diagnostic."""


@dataclass(frozen=True)
class Probe:
    """Evidence gathered before any edit: the compiler's verdict or an error-index entry."""

    __pydantic_config__ = _STRICT

    probe: str
    """The probe as a command line, e.g. `cargo check --message-format=json`."""
    problems: Count = 0
    classes: dict[str, Count] = field(default_factory=dict)
    """Problems per error class (SPEC §11 taxonomy)."""
    clippy: bool = False
    summary: str = ""
    """What the probe found. A summary of documentation (`rustc --explain`) is an
    explanation and must cite anchors; a summary of an observation need not."""
    anchors: list[AnchorRecord] = field(default_factory=list)
    tool: str = ""
    errors: Count = 0
    warnings: Count = 0
    codes: list[str] = field(default_factory=list)
    seconds: Annotated[float, Field(ge=0)] = 0.0
    parsed: Count = 0
    """Project graph: files re-parsed (their hash changed)."""
    unchanged: Count = 0
    definitions: dict[str, list[str]] = field(default_factory=dict)
    """Project graph: where each named item is defined ("kind file:line")."""
    blast_radius: dict[str, list[str]] = field(default_factory=dict)
    """Project graph: dependents and files a fix may reach."""
    failing_tests: list[str] = field(default_factory=list)
    """Fault localization: the tests that fail on the untouched crate (twice)."""
    flaky_tests: list[str] = field(default_factory=list)
    """Fault localization: tests that failed, then passed re-run alone (not problems)."""
    suspects: list[str] = field(default_factory=list)
    """Fault localization: the most suspicious statements, "file:line in `fn` (why)"."""


@dataclass(frozen=True)
class Decide:
    """Apply, abstain or search: what the conductor decided after probing."""

    __pydantic_config__ = _STRICT

    decision: Literal["search", "nothing-to-do", "failing-tests", "ask"]
    gear: Literal["quick", "deep"] = "quick"
    intent: str = ""
    """One line of intent, in Rusta's voice (SPEC §2 Communicate)."""
    targets: Count = 0
    lint_mode: bool = False
    """True when the episode fixes clippy lints (the crate had no errors)."""
    test_mode: bool = False
    """True when the episode repairs failing tests (the crate compiles, tests fail)."""
    baseline: list[DiagnosticKeyRecord] = field(default_factory=list)
    """Keys (code, message, file, line) of the problems found before any edit, sorted."""
    failing_tests: list[str] = field(default_factory=list)
    """Tests that fail on the untouched crate (it compiles): the problems of test mode."""
    flaky_tests: list[str] = field(default_factory=list)
    """Tests that failed, then passed when re-run alone: flaky, never a problem to repair."""
    options: list[str] = field(default_factory=list)
    """Ask: the proven fixes the question offers (their titles), Rusta's recommendation first."""
    option_diffs: list[str] = field(default_factory=list)
    """Ask: each option's diff from the pristine crate (what replay undoes after an answer)."""


@dataclass(frozen=True)
class Plan:
    """One step of Patch Tree Search: its targets and how many candidates will be tried."""

    __pydantic_config__ = _STRICT

    step: Annotated[int, Field(ge=1)]
    targets: list[str]
    candidates: Count
    gear: Literal["quick", "deep"]
    causes: list[str] = field(default_factory=list)
    """The step's errors grouped by root cause, biggest first: "`T` has no field `x` ... (3)"
    (issue 20: one edit that breaks every use is one cause, fixed in one step)."""


@dataclass(frozen=True)
class Patch:
    """A candidate about to be validated in a sandbox slot."""

    __pydantic_config__ = _STRICT

    move: str
    """The named pattern, e.g. `E0382/clone-at-use`."""
    proposer: str
    intent: str
    p_green: Probability
    """Predicted probability that the candidate validates (SPEC §9)."""
    changed_lines: Count
    """Lines changed by this candidate relative to the state its step started from."""
    state: str = ""
    """Hash of the crate state the candidate leads to (its identity in the search)."""
    diff: str = ""
    """Unified diff from the pristine crate to that state (earlier steps included)."""


@dataclass(frozen=True)
class Validate:
    """What the sandbox said: a candidate's check, or the test run of a finished state."""

    __pydantic_config__ = _STRICT

    green: bool
    """Check: the candidate made progress. Tests: nothing that passed before fails."""
    stage: Literal["check", "tests"] = "check"
    move: str = ""
    errors_before: Count = 0
    errors_after: Count = 0
    new_errors: list[str] = field(default_factory=list)
    seconds: Annotated[float, Field(ge=0)] = 0.0
    p_green: Probability = 0.0
    state: str = ""
    passed: Count = 0
    """Tests: how many tests passed."""
    failed: list[str] = field(default_factory=list)
    reason: str = ""
    mode: Literal["fix", "research"] = "fix"
    outcome: str = ""
    """Research: what the experiment showed."""


@dataclass(frozen=True)
class Reflect:
    """Green: the pattern that worked and the proof. Red: a short post-mortem."""

    __pydantic_config__ = _STRICT

    outcome: Literal["green", "red"]
    moves: list[str] = field(default_factory=list)
    why: str = ""
    move: str = ""
    post_mortem: str = ""
    path: list[str] = field(default_factory=list)
    """States of the accepted steps, in order (each names a patch event)."""
    diff: str = ""
    """The final, shrunk diff from the pristine crate: what is applied."""
    changed_lines: Count = 0
    tests_passed: list[str] = field(default_factory=list)
    """Tests that pass on the final state, sorted."""


@dataclass(frozen=True)
class Commit:
    """The proven patch was applied to the user's tree (SPEC §2 Commit)."""

    __pydantic_config__ = _STRICT

    files: list[str]
    commit: str
    """The git commit, or "" when the tree is not a git repository."""
    undo: str
    """Path of the undo record."""
    changed_lines: Count


@dataclass(frozen=True)
class Undo:
    """An applied patch was reverted."""

    __pydantic_config__ = _STRICT

    files: list[str] = field(default_factory=list)
    commit: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Abstain:
    """No green patch: the diagnosis and what Rusta would probe next (SPEC §1.4)."""

    __pydantic_config__ = _STRICT

    reason: str
    next_probes: list[str]


@dataclass(frozen=True)
class Log:
    """The episode's last event: how it ended (the trace is sealed into the ledger after it)."""

    __pydantic_config__ = _STRICT

    status: (
        Literal[
            "green",
            "abstain",
            "nothing-to-do",
            "checked",
            "explained",
            "ask",
            "error",
            "researched",
        ]
        | None
    ) = None
    """How the episode ended: a fix (green, ask: a question is open, abstain, nothing-to-do),
    a research episode ("researched"), a check job ("checked"), or a bug ("error")."""
    applied: bool = False
    changed_lines: Count = 0
    candidates_validated: Count = 0
    seconds: Annotated[float, Field(ge=0)] = 0.0
    red_validations: Count = 0
    """Candidates the sandbox judged red."""
    repeat_mistakes: Count = 0
    """Red candidates memory already knew to be red (the repeat-mistake rate, SPEC §11)."""
    known_red_skipped: Count = 0
    errors: Count = 0
    warnings: Count = 0
    mode: Literal["fix", "research"] = "fix"
    experiments: Count = 0
    explanations: Count = 0
    """An explain job: how many cited explanations it wrote."""
    profile: dict[str, float] = field(default_factory=dict)
    """Where the time went (issue 19): `stage.<name>` wall seconds per stage, `cargo.<call>`
    the summed seconds of each kind of sandbox call and `cargo.<call>.calls` their count."""


@dataclass(frozen=True)
class Model:
    """One call to the model backend by the model proposer (SPEC §8, issue 7)."""

    __pydantic_config__ = _STRICT

    backend: str
    prompt_hash: str
    """sha256 prefix of the prompt: the same prompt is never asked twice in an episode."""
    model: str = ""
    prompt_tokens: Count = 0
    completion_tokens: Count = 0
    seconds: Annotated[float, Field(ge=0)] = 0.0
    samples: Count = 0
    candidates: Count = 0
    """How many answers parsed into an applicable patch."""
    feedback: str = ""
    """Why an answer could not be used; it goes back to the model in the next prompt."""
    completions: list[str] = field(default_factory=list)
    """The answers as received, so the scripted backend can replay the episode."""
    error: str = ""
    """Set when the backend did not answer: the proposer stops asking for this episode."""
    mode: str = ""
    """"item" for a whole-item call (issue 14); "" for an edit-format call."""
    task: str = ""
    """Item mode: the item asked for, `kind:file:name` ("rewrite:src/lib.rs:fn total")."""
    round: Count = 0
    """Item mode: the feedback round of this call (1: no feedback yet)."""
    sample: Count = 0
    """Item mode: which sample (1 at temperature 0, then the configured temperature)."""
    checked: str = ""
    """Item mode: what the sandbox said about the answer ("green", "2 errors", "tests fail",
    "unusable", "unchanged", "placeholder")."""


PAYLOADS: dict[str, type] = {
    "intake": Intake,
    "plan": Plan,
    "probe": Probe,
    "decide": Decide,
    "patch": Patch,
    "validate": Validate,
    "reflect": Reflect,
    "commit": Commit,
    "undo": Undo,
    "abstain": Abstain,
    "log": Log,
    "model": Model,
}
