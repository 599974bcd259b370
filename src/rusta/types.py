"""The frozen values that cross rooms: what the compiler said, what Rusta proposes, what happened.

Every type here is immutable and plain, so it can be logged, hashed, compared in tests and
sent over the wire without surprises. Behaviour lives in the rooms, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    HELP = "help"


class Status(StrEnum):
    """How an episode ended (`Outcome.status`). A StrEnum: it equals, prints and serialises
    as its string, so traces, DevLogs and JSON output read as before."""

    GREEN = "green"  # a proven fix: applied, or found by a dry run
    ABSTAIN = "abstain"  # no proven fix within the budget: the diagnosis and next probes
    NOTHING = "nothing-to-do"  # the crate was already clean
    ASK = "ask"  # proven fixes that change behaviour differently: the developer chooses
    ERROR = "error"  # Rusta failed mid-episode (the DevLog and the trace still close)
    RESEARCHED = "researched"  # a research episode: experiments run, the tree untouched


class Applicability(StrEnum):
    """rustc's confidence in a suggestion (the names are rustc's own)."""

    MACHINE_APPLICABLE = "MachineApplicable"
    MAYBE_INCORRECT = "MaybeIncorrect"
    HAS_PLACEHOLDERS = "HasPlaceholders"
    UNSPECIFIED = "Unspecified"


class ErrorClass(StrEnum):
    """The taxonomy of SPEC §11: every diagnostic falls in exactly one class."""

    BORROW = "borrow"
    LIFETIME = "lifetime"
    MOVE = "move"
    MUTABILITY = "mutability"
    TRAIT = "trait"
    TYPE = "type"
    UNRESOLVED = "unresolved"
    VISIBILITY = "visibility"
    SYNTAX = "syntax"
    LINT = "lint"
    LOGIC = "logic"  # a failing test: the code compiles and does the wrong thing
    OTHER = "other"


@dataclass(frozen=True)
class Span:
    """A region of a source file, in rustc's coordinates (1-based lines and columns).

    `byte_start`/`byte_end` are offsets into the file's UTF-8 bytes; `label` is rustc's
    annotation under the span ("value moved here").
    """

    file: str
    line_start: int
    line_end: int
    column_start: int
    column_end: int
    byte_start: int
    byte_end: int
    is_primary: bool = True
    label: str | None = None
    text: str = ""  # the source line(s) the span covers, as rustc quoted them


@dataclass(frozen=True)
class TextEdit:
    """Replace the bytes [byte_start, byte_end) of `file` with `replacement`."""

    file: str
    byte_start: int
    byte_end: int
    replacement: str


@dataclass(frozen=True)
class Suggestion:
    """One of rustc's `help:` suggestions: a message and the edits that implement it."""

    message: str
    applicability: Applicability
    edits: tuple[TextEdit, ...]


@dataclass(frozen=True)
class Diagnostic:
    """One compiler or clippy message, normalized (SPEC §4)."""

    level: Level
    message: str
    code: str  # "E0382", "clippy::needless_return", "unused_variables" or "" (parse errors)
    error_class: ErrorClass
    spans: tuple[Span, ...]
    suggestions: tuple[Suggestion, ...] = ()
    children: tuple[str, ...] = ()  # the text of note:/help: children, in order
    rendered: str = ""
    package: str = ""
    # the spans of the note: children ("function defined here", "`T::m` takes ownership of
    # the receiver"), each labelled with its note's text when rustc gave it no label of its own:
    # where a root cause lives when the error sits at one of its uses (issue 20)
    related: tuple[Span, ...] = ()

    @property
    def primary(self) -> Span | None:
        """The span to point at: rustc's primary span in the crate's own files. A primary span
        inside the standard library or a dependency (`/rustc/<hash>/library/...`, an absolute
        path: the crate's files are relative) gives way to the crate's spans."""
        local = [s for s in self.spans if not s.file.startswith(("/", "<"))]
        pool = local or list(self.spans)
        return next((s for s in pool if s.is_primary), pool[0] if pool else None)

    @property
    def is_error(self) -> bool:
        return self.level == Level.ERROR

    def key(self) -> tuple[str, str, str, int]:
        """Identity across builds of the same tree: code, message, file and line."""
        span = self.primary
        return (self.code, self.message, span.file if span else "", span.line_start if span else 0)


@dataclass(frozen=True)
class Frame:
    """One frame of a failed test's backtrace that lies in the crate's own files."""

    function: str  # "demo::stats::sum", "api::sums"
    file: str  # relative to the workspace root: "src/stats.rs"
    line: int
    column: int = 0


@dataclass(frozen=True)
class TestCase:
    __test__ = False  # not a pytest test class
    name: str  # qualified by its target: "src/lib.rs::tests::parses_empty"
    passed: bool
    ignored: bool = False
    message: str = ""  # a failed test's panic message ("assertion `left == right` failed ...")
    location: str = ""  # where it panicked, "src/lib.rs:7:17"
    frames: tuple[Frame, ...] = ()  # RUST_BACKTRACE=1 frames in crate code, innermost first


# The code of a Diagnostic that stands for a failing test (SPEC §2 Failing tests): its
# primary span is the panic location, its other spans the backtrace frames in the crate.
TEST_FAILURE_CODE = "failing-test"
# The code of a Diagnostic that stands for a TODO in a crate that compiles and passes its
# tests (code from intent, issue 14): work for a model, never for a stub.
TODO_CODE = "todo"


@dataclass(frozen=True)
class TestReport:
    """The per-test verdict of `cargo test --no-fail-fast`."""

    __test__ = False  # not a pytest test class

    cases: tuple[TestCase, ...]
    compiled: bool
    timed_out: bool = False
    output_tail: str = ""

    @property
    def passed(self) -> frozenset[str]:
        return frozenset(c.name for c in self.cases if c.passed and not c.ignored)

    @property
    def failed(self) -> frozenset[str]:
        return frozenset(c.name for c in self.cases if not c.passed and not c.ignored)

    @property
    def failures(self) -> tuple[TestCase, ...]:
        """The failed cases, with their panic messages, in the order cargo ran them."""
        return tuple(c for c in self.cases if not c.passed and not c.ignored)


# A move named "<family>/<name>-guess" proposes something only tests can confirm (a rename
# to a name nothing else points at): without a passing test the search never calls it green.
GUESS_SUFFIX = "-guess"


@dataclass(frozen=True)
class Candidate:
    """A proposed patch: new contents for some files, and where the idea came from."""

    proposer: str  # "compiler" | "moves" | "memory" | "model"
    move: str  # a named pattern, e.g. "E0382/clone-at-use"
    intent: str  # one line in Rusta's voice: what the patch does and why
    edits: tuple[TextEdit, ...]
    prior: float = 0.5  # p(green) before validation (SPEC §9)
    targets: tuple[str, ...] = ()  # error codes this candidate addresses


@dataclass(frozen=True)
class Verdict:
    """What the sandbox said about one candidate."""

    green: bool
    errors_before: int
    errors_after: int
    new_errors: tuple[str, ...] = ()
    broken_tests: tuple[str, ...] = ()
    reason: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class Anchor:
    """A citation that can be checked: the sha256 of the cited text at source/path/span."""

    source: str  # "diagnostic" | "error-index" | "book" | "reference" | "std" | "crate" ...
    path: str
    span: str
    sha256: str
    title: str = ""


@dataclass(frozen=True)
class Step:
    """One accepted step of a multi-error episode."""

    candidate: Candidate
    verdict: Verdict
    changed_lines: int


@dataclass(frozen=True)
class Alternative:
    """Another proven fix of the same problems (SPEC §2 Decide): green, not chosen, offered.

    `rusta fix --pick N` applies one, the LSP offers each as its own code action. Only
    single-step episodes carry alternatives: a multi-step path has no comparable sibling.
    """

    title: str  # what it changes, e.g. "add `mut` to `total`"
    move: str
    diff: str
    files: dict[str, str]  # the proven state of the changed files
    changed_lines: int
    p_green: float
    tests_run: tuple[str, ...] = ()
    intent: str = ""  # in Rusta's voice: "widen both operands to `u64` before `*`"


@dataclass(frozen=True)
class Question:
    """What Rusta asks instead of guessing (SPEC §2 Decide: Ask): two or more proven fixes
    that change different code, so which one is right is the developer's decision. Each
    option is a proven candidate; the first is the one Rusta recommends."""

    text: str  # "mismatched types at src/lib.rs:4: change the return type, or cast the value?"
    options: tuple[Alternative, ...]


@dataclass(frozen=True)
class Outcome:
    """How an episode ended (SPEC §2): green and applied, green dry-run, or abstained."""

    status: Status  # a plain string naming a Status is converted (ValueError if none)
    applied: bool
    diff: str
    changed_lines: int
    error_codes: tuple[str, ...]
    steps: tuple[Step, ...]
    candidates_validated: int
    proposer_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    tests_run: tuple[str, ...] = ()
    confidence: float = 0.0
    trace_id: str = ""
    reason: str = ""
    next_probes: tuple[str, ...] = ()
    remaining: tuple[Diagnostic, ...] = ()
    seconds: float = 0.0
    commit: str = ""
    tried: tuple[tuple[str, str], ...] = ()  # (move, what the sandbox said) per validation
    files: dict[str, str] = field(default_factory=dict)  # the proven state of changed files
    intent: str = ""  # one line: what the fix does
    title: str = ""  # what the chosen fix changes, for editors ("add `mut` to `total`")
    alternatives: tuple[Alternative, ...] = ()  # other proven fixes, best first
    failing_tests: tuple[TestCase, ...] = ()  # tests that fail on the untouched, compiling crate
    commit_note: str = ""  # applied in git but not committed: why (uncommitted work, git failed)
    questions: tuple[Question, ...] = ()  # status "ask": answer one to apply its proven fix
    repaired_tests: tuple[str, ...] = ()  # a test repair: the failing tests it made pass

    def __post_init__(self) -> None:
        # Callers may still pass the plain string ("green"): store the enum member.
        object.__setattr__(self, "status", Status(self.status))
