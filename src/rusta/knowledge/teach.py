"""Teacher Mode (SPEC §6): a lesson in steps, a quiz the compiler grades, an exercise crate.

A lesson is built from the same sources `explain` cites: the bundled notes on an error class
(their "Lesson" steps) and, for an error code, its error-index entry and its examples. The
quizzes and exercises live in `data/docs/lessons/<class>.md`; each fence states the answer
the lesson claims (`rust` compiles, `rust,compile_fail,E0499` fails with E0499 first), and
tests/knowledge/test_teach_lessons.py proves every claim with rustc. The user is still graded
by the compiler, not by the key: the snippet is compiled as they read it (statements inside a
function body, items at top level) in a temporary directory. The exercise is a small broken
crate with tests; `check_exercise` proves it fixed with `cargo check` and `cargo test` in a
sandbox slot. Each session ends as a didactic DevLog.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rusta.errors import UsageError
from rusta.knowledge import anchors, docindex
from rusta.memory import devlog
from rusta.sandbox.slots import pool
from rusta.tools.run import run
from rusta.tools.source import CLOSERS, OPENERS, Token, tokenize
from rusta.tools.taxonomy import classify
from rusta.types import ErrorClass

EXERCISE_MARKER = ".rusta-exercise.toml"
_TOPICS = {
    ErrorClass.MOVE: ("move", "moves", "ownership", "owner", "clone"),
    ErrorClass.BORROW: ("borrow", "borrowing", "borrows", "references", "reference"),
    ErrorClass.LIFETIME: ("lifetime", "lifetimes"),
    ErrorClass.MUTABILITY: ("mutability", "mut", "mutable"),
    ErrorClass.TRAIT: ("trait", "traits", "bounds", "derive", "generics"),
    ErrorClass.TYPE: ("type", "types", "conversion", "mismatch"),
    ErrorClass.UNRESOLVED: ("names", "paths", "imports", "use", "resolution", "scope"),
    ErrorClass.VISIBILITY: ("visibility", "privacy", "pub", "modules"),
    ErrorClass.SYNTAX: ("syntax", "parsing", "grammar"),
    ErrorClass.LINT: ("lint", "lints", "clippy", "warnings"),
}
COMPILES = "compiles"
ERROR = "error"  # fails to compile, with an error that has no code (most syntax errors)
_MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    source: str  # where the step's text comes from ("rusta-notes docs/move.md #step-1...")


@dataclass(frozen=True)
class Quiz:
    """ "Will this compile? why?": the snippet the user reads and the answer the lesson claims
    (rustc still grades the user; the claim is what the lessons are tested against)."""

    snippet: str
    expected: str  # COMPILES, an error code (E0499) or lint name (unused_mut), or ERROR
    source: str  # "rusta-lessons docs/lessons/borrow.md #quiz-e0499", "rustc --explain E0499"


@dataclass(frozen=True)
class Lesson:
    topic: str
    error_class: ErrorClass
    steps: tuple[Step, ...]
    quizzes: tuple[Quiz, ...]
    exercise: str  # src/lib.rs of the broken exercise crate
    exercise_expected: str = ""  # the error `cargo check` gives on it before it is fixed


@dataclass(frozen=True)
class Compiled:
    compiles: bool
    first_error: str
    codes: tuple[str, ...] = ()  # of each error, in rustc's order ("" for an error without one)


@dataclass
class Session:
    lesson: Lesson
    understood: list[bool] = field(default_factory=list)
    quiz: list[dict[str, object]] = field(default_factory=list)
    exercise_dir: str = ""


@dataclass(frozen=True)
class ExerciseResult:
    compiles: bool
    passed: int
    failed: int
    message: str

    @property
    def solved(self) -> bool:
        return self.compiles and self.passed > 0 and self.failed == 0


# --- the lesson ------------------------------------------------------------------------------


def topic_class(topic: str) -> ErrorClass:
    """The error class a topic or code belongs to; unknown topics are a usage error."""
    if _is_code(topic) or topic.startswith("clippy::"):
        return classify(_normal(topic), "")
    word = topic.lower().strip()
    for error_class, words in _TOPICS.items():
        if word in words or word == error_class.value:
            return error_class
    known = ", ".join(sorted(c.value for c in _TOPICS))
    raise UsageError(f"no lesson on `{topic}`; try an error code (E0382) or one of: {known}")


def _is_code(topic: str) -> bool:
    return re.fullmatch(r"[Ee]\d{4}", topic.strip()) is not None


def _normal(topic: str) -> str:
    return topic.strip().upper() if _is_code(topic) else topic.strip()


def build_lesson(topic: str) -> Lesson:
    """A lesson on an error class, or on one error code: its steps, quizzes and exercise.

    A code's lesson quizzes and exercises that code: its error-index examples (only those
    rustc still grades as the index says: the erroneous one fails with the code, the fixed one
    compiles), then the lesson file's `Quiz E0499` and `Exercise E0499` material. A code
    with none of its own (one rustc no longer emits) says so and practises its class."""
    topic = _normal(topic)
    error_class = _note_class(topic)
    path = f"docs/{error_class.value}.md"
    note = docindex.bundled_note(path)
    if note is None:
        raise UsageError(f"no lesson material for the `{error_class.value}` class yet")
    steps = [
        Step(
            re.sub(r"^Step \d+:\s*", "", s.title),
            " ".join(s.text.split()),
            f"{docindex.NOTES_SOURCE} {path} #{s.anchor}",
        )
        for s in docindex.markdown_sections(note)
        if s.anchor.startswith("step-")
    ]
    material = lesson_material(error_class)
    class_quizzes = material.get("quiz", [])
    class_exercise = (material.get("exercise") or [None])[0]
    if not _is_code(topic):
        quizzes, exercise = class_quizzes, class_exercise
    else:
        entry = anchors.explain_text(topic)
        if entry:
            paragraphs = [p for p in re.split(r"\n\s*\n", entry) if not p.startswith("#")]
            first = " ".join((paragraphs or [entry])[0].split())
            steps.insert(0, Step(f"What {topic} means", first, f"rustc --explain {topic}"))
        own = material.get(f"quiz-{topic.lower()}", [])
        quizzes = [*proven_index_examples(topic, entry), *own]
        quizzes += [q for q in class_quizzes if q.expected == topic and q not in own]
        exercise = (material.get(f"exercise-{topic.lower()}") or [None])[0]
        if exercise is None and class_exercise and class_exercise.expected == topic:
            exercise = class_exercise
        if retired(entry) or not (exercise or any(q.expected == topic for q in quizzes)):
            steps.append(_no_material_step(topic, entry, error_class))
            quizzes = [*quizzes, *(q for q in class_quizzes if q not in quizzes)]
            exercise = class_exercise
    return Lesson(
        topic,
        error_class,
        tuple(steps),
        tuple(quizzes),
        exercise.snippet if exercise else "",
        exercise.expected if exercise else "",
    )


def _note_class(topic: str) -> ErrorClass:
    """The class whose note teaches the topic: the taxonomy's class, or for a code it files
    elsewhere (`other`), the class whose note lists the code (E0586 is taught with syntax)."""
    error_class = topic_class(topic)
    if not _is_code(topic) or docindex.bundled_note(f"docs/{error_class.value}.md"):
        return error_class
    for path, text in docindex.bundled_notes():
        codes = re.search(r"^Codes:(.*)$", text, re.M)
        if codes and topic in codes.group(1).split():
            return ErrorClass(Path(path).stem)
    return error_class


def retired(entry: str) -> bool:
    """Does the error-index entry say rustc no longer emits its code (E0495, E0412 today)?"""
    return "no longer emitted" in entry


def _no_material_step(topic: str, entry: str, error_class: ErrorClass) -> Step:
    why = "rustc no longer emits it" if retired(entry) else "Rusta has none written for it yet"
    text = (
        f"There is no quiz or exercise on {topic} itself: {why}. The ones below practise the "
        f"{error_class.value} class it belongs to."
    )
    return Step(f"Practising {error_class.value} instead", text, f"rustc --explain {topic}")


LESSONS_SOURCE = "rusta-lessons"


def lesson_material(error_class: ErrorClass) -> dict[str, list[Quiz]]:
    """The graded snippets of a class, by section anchor: `quiz`, `exercise` (the class's own)
    and `quiz-e0499`, `exercise-e0499` (one code's). Each snippet's fence says its answer:
    `rust` compiles; `rust,compile_fail,E0499` fails with E0499 first; `rust,compile_fail`
    fails with an error that has no code."""
    path = f"docs/lessons/{error_class.value}.md"
    text = docindex.bundled_note(path)
    if text is None:
        return {}
    material: dict[str, list[Quiz]] = {}
    for section in docindex.markdown_sections(text):
        source = f"{LESSONS_SOURCE} {path} #{section.anchor}"
        for info, code in re.findall(r"```([^\n]*)\n(.*?)```", section.text, re.S):
            quiz = Quiz(code, expected_from_fence(info), source)
            material.setdefault(section.anchor, []).append(quiz)
    return material


def expected_from_fence(info: str) -> str:
    words = [w for w in re.split(r"[,\s]+", info.strip()) if w and w != "rust"]
    if "compile_fail" not in words:
        return COMPILES
    named = [w for w in words if w != "compile_fail"]
    return named[0] if named else ERROR


def error_index_examples(entry: str) -> list[str]:
    """The first (erroneous) and the last (usually fixed) example of an error-index entry,
    without the comments that annotate their verdict."""
    blocks = [b for b in re.findall(r"```[^\n]*\n(.*?)```", entry, re.S) if "#![feature" not in b]
    if not blocks:
        return []
    chosen = [blocks[0]] if len(blocks) == 1 else [blocks[0], blocks[-1]]
    return [without_hints(b) for b in chosen]


def proven_index_examples(code: str, entry: str) -> list[Quiz]:
    """The error index's examples as quizzes, each only when rustc agrees with the index
    today: the first fails with `code`, the last compiles. The index is the toolchain's, so
    an example this rustc grades otherwise is left out rather than taught wrong."""
    examples = error_index_examples(entry)
    claims = [code, COMPILES][: len(examples)]
    source = f"rustc --explain {code}"
    return [
        Quiz(snippet, claim, source)
        for snippet, claim in zip(examples, claims, strict=True)
        if verdict_of(compile_snippet(snippet)) == claim
    ]


def compile_snippet(snippet: str) -> Compiled:
    """Compile a quiz snippet with rustc, as the user reads it: the compiler grades the quiz.

    Statements are compiled inside a function body (see `compilable`), never at top level
    where rustc would only say `expected item`."""
    return _compile(compilable(snippet))


def compile_library(source: str, with_tests: bool = False) -> Compiled:
    """Compile an exercise's src/lib.rs as `cargo check` would: a library, never wrapped
    (`with_tests`: as `cargo test` builds it, its `#[cfg(test)]` module included)."""
    return _compile(source, with_tests)


@functools.lru_cache(maxsize=512)
def _compile(source_text: str, with_tests: bool = False) -> Compiled:
    # one verdict per text: a lesson proves its error-index examples, then the quiz shows them
    with tempfile.TemporaryDirectory(prefix="rusta-quiz-") as directory:
        source = Path(directory) / "quiz.rs"
        source.write_text(source_text, encoding="utf-8")
        done = run(
            [
                "rustc",
                "--edition",
                "2021",
                *(("--test",) if with_tests else ("--crate-type", "lib")),
                "--emit",
                "metadata",
                "--error-format",
                "json",
                "-A",
                "warnings",
                "-o",
                str(Path(directory) / "quiz.rmeta"),
                str(source),
            ],
            Path(directory),
            timeout=60,
        )
    errors = [d for d in _diagnostics(done.stderr) if _is_error(d)]
    codes = tuple(str((d.get("code") or {}).get("code") or "") for d in errors)
    first = str(errors[0].get("rendered") or errors[0].get("message") or "") if errors else ""
    compiles = done.returncode == 0 and not errors
    if not compiles and not errors:  # rustc failed without a diagnostic: say what it said
        first = next((ln for ln in done.stderr.splitlines() if ln.strip()), "rustc failed")
    return Compiled(compiles, first.strip().splitlines()[0] if first.strip() else "", codes)


def _diagnostics(stderr: str) -> list[dict[str, object]]:
    found = []
    for line in stderr.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(json.JSONDecodeError):
                found.append(json.loads(line))
    return found


def _is_error(diagnostic: dict[str, object]) -> bool:
    message = str(diagnostic.get("message") or "")
    return diagnostic.get("level") == "error" and not message.startswith("aborting due to")


def verdict_of(compiled: Compiled) -> str:
    """The answer in the lessons' vocabulary: `compiles`, the first error's code, or `error`."""
    if compiled.compiles:
        return COMPILES
    return compiled.codes[0] if compiled.codes and compiled.codes[0] else ERROR


# --- what rustc is given ---------------------------------------------------------------------

_ITEM_WORDS = {"fn", "struct", "enum", "impl", "trait", "mod", "use", "extern", "const", "static"}
_ITEM_WORDS |= {"type", "pub"}
_SEMICOLON_ITEMS = {"use", "const", "static", "type"}  # may hold `{` before their `;`


def compilable(snippet: str) -> str:
    """The snippet as rustc should see it: items at top level, statements inside `fn main`.

    Error-index examples and many quizzes are written as the body of a function (rustdoc
    wraps them the same way); compiled bare, rustc would grade the wrapping, not the code."""
    tokens = tokenize(snippet)
    crate_attributes, items, statements = _top_level_pieces(snippet, tokens)
    if all(piece.strip() == ";" for piece in statements):
        return snippet  # items only (a stray `;` is the user's to see rustc reject)
    names = {tokens[i + 1].text for i, t in enumerate(tokens[:-1]) if t.text == "fn"}
    wrapper = "quiz_body" if "main" in names else "main"
    body = "\n".join(statements)
    return "\n".join([*crate_attributes, *items, f"fn {wrapper}() {{\n{body}\n}}\n"])


def _top_level_pieces(text: str, tokens: list[Token]) -> tuple[list[str], list[str], list[str]]:
    """(crate attributes, items, statements) of a snippet, each as its original text."""
    attributes: list[str] = []
    items: list[str] = []
    statements: list[str] = []
    i = 0
    while i < len(tokens):
        if _starts(tokens, i, "#", "!", "["):
            end = _group_end(tokens, i + 2)
            attributes.append(text[tokens[i].start : tokens[end].end])
            i = end + 1
            continue
        j = i
        while _starts(tokens, j, "#", "["):  # outer attributes belong to what follows
            j = _group_end(tokens, j + 1) + 1
        if j < len(tokens) and _is_item_start(tokens, j):
            end = _piece_end(tokens, j, braces=tokens[j].text not in _SEMICOLON_ITEMS)
            items.append(text[tokens[i].start : tokens[end].end])
        else:
            end = _piece_end(tokens, j, braces=True)
            statements.append(text[tokens[i].start : tokens[end].end])
        i = end + 1
    return attributes, items, statements


def _starts(tokens: list[Token], i: int, *texts: str) -> bool:
    return i + len(texts) <= len(tokens) and all(
        tokens[i + k].text == t for k, t in enumerate(texts)
    )


def _is_item_start(tokens: list[Token], i: int) -> bool:
    word = tokens[i].text
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if word in ("unsafe", "async"):
        return after in ("fn", "impl", "trait", "extern", "unsafe")
    if word == "macro_rules":
        return after == "!"
    if word in ("union", "auto"):
        return tokens[i + 1].kind == "ident" if i + 1 < len(tokens) else False
    if word == "const":
        return after != "{"
    return tokens[i].kind == "ident" and word in _ITEM_WORDS


def _group_end(tokens: list[Token], i: int) -> int:
    """Index of the token closing the group opened at `i` (the last token when unclosed)."""
    depth = 0
    for k in range(i, len(tokens)):
        if tokens[k].kind != "punct":
            continue
        if tokens[k].text in OPENERS:
            depth += 1
        elif tokens[k].text in CLOSERS:
            depth -= 1
            if depth == 0:
                return k
    return len(tokens) - 1


def _piece_end(tokens: list[Token], i: int, braces: bool) -> int:
    """The last token of the item or statement at `i`: a `;` at depth 0, or (when `braces`)
    the `}` closing its first top-level block."""
    k = i
    while k < len(tokens):
        token = tokens[k]
        if token.kind == "punct" and token.text == ";":
            return k
        if token.kind == "punct" and token.text in OPENERS:
            end = _group_end(tokens, k)
            if braces and token.text == "{":
                return end
            k = end
        k += 1
    return len(tokens) - 1


def without_hints(snippet: str) -> str:
    """The snippet without the comments that give its answer away (`// error: ...`, `// ok!`).

    A quiz asks "will this compile?"; the error index annotates its examples with the
    verdict. Plain comments go; doc comments (`///`, `//!`) are code and stay."""
    cut = [
        t
        for t in tokenize(snippet, keep_comments=True)
        if t.kind == "comment" and not t.text.startswith(("///", "//!", "/**", "/*!"))
    ]
    for token in reversed(cut):  # leave a mark: a line left holding only marks goes too
        snippet = snippet[: token.start] + "\0" + snippet[token.end :]
    kept = [
        line.replace("\0", "").rstrip()
        for line in snippet.splitlines()
        if "\0" not in line or line.replace("\0", "").strip()
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept).strip("\n")) + "\n"


# --- the session -----------------------------------------------------------------------------

Ask = Callable[[str], str]
Say = Callable[[str], None]


def run_session(lesson: Lesson, ask: Ask, say: Say, exercise_dir: Path | None) -> Session:
    session = Session(lesson)
    say(f"Lesson: {lesson.topic} ({lesson.error_class.value})")
    for number, step in enumerate(lesson.steps, 1):
        heading = f"Step {number}/{len(lesson.steps)}: {step.title}"
        say(f"\n{heading}\n{step.text}\n  (source: {step.source})")
        clear = _yes(ask("Does this make sense? [y/n] "))
        session.understood.append(clear)
        if not clear:
            say(
                f"Take it slowly: read the source above ({step.source}), then try the quiz; "
                "the compiler will show you the rule in action."
            )
    for number, quiz in enumerate(lesson.quizzes, 1):
        session.quiz.append(_quiz(number, quiz, ask, say))
    if exercise_dir is not None and lesson.exercise:
        write_exercise(exercise_dir, lesson)
        session.exercise_dir = str(exercise_dir)
        say(
            f"\nExercise: fix the crate in {exercise_dir} so that it compiles and its tests pass,"
            f" then run `rusta teach check {exercise_dir}`."
        )
    right = sum(bool(q["correct"]) for q in session.quiz)
    say(f"\nQuiz: {right}/{len(session.quiz)} right.")
    return session


def _quiz(number: int, quiz: Quiz, ask: Ask, say: Say) -> dict[str, object]:
    say(f"\nQuiz {number}: will this compile?\n\n{quiz.snippet.rstrip()}\n")
    guess = _yes(ask("Will this compile? [y/n] "))
    why = ask("Why? ").strip()
    verdict = compile_snippet(quiz.snippet)
    correct = guess == verdict.compiles
    truth = "it compiles" if verdict.compiles else f"it does not compile: {verdict.first_error}"
    say(f"{'Right' if correct else 'Not quite'}: rustc says {truth}.")
    if verdict_of(verdict) != quiz.expected:  # a toolchain that grades otherwise: say so
        say(f"(The lesson expected {quiz.expected}; rustc's verdict is the one that counts.)")
    return {
        "guess": guess,
        "why": why,
        "compiles": verdict.compiles,
        "correct": correct,
        "error": verdict.first_error,
    }


def _yes(answer: str) -> bool:
    return answer.strip().lower() in ("y", "yes", "yeah", "ok", "sure")


def write_exercise(directory: Path, lesson: Lesson) -> None:
    if directory.exists() and any(directory.iterdir()):
        raise UsageError(f"{directory}: exists and is not empty; choose another --dir")
    name = "exercise_" + re.sub(r"[^a-z0-9]+", "_", lesson.topic.lower()).strip("_")
    (directory / "src").mkdir(parents=True, exist_ok=True)
    (directory / "Cargo.toml").write_text(_MANIFEST.format(name=name), encoding="utf-8")
    (directory / "src" / "lib.rs").write_text(lesson.exercise, encoding="utf-8")
    (directory / EXERCISE_MARKER).write_text(
        f'topic = "{lesson.topic}"\nclass = "{lesson.error_class.value}"\n', encoding="utf-8"
    )


def check_exercise(directory: Path, home: Path) -> ExerciseResult:
    """Is the exercise fixed? It must compile and every test must pass (in a sandbox slot)."""
    if not (directory / EXERCISE_MARKER).is_file():
        raise UsageError(f"{directory}: not a Rusta exercise (no {EXERCISE_MARKER})")
    with pool(home, directory.resolve(), 1) as slots:
        checked = slots[0].check(300.0)
        if checked.errors:
            first = checked.errors[0]
            return ExerciseResult(False, 0, 0, f"does not compile yet: {first.message}")
        report = slots[0].test(300.0)
    passed, failed = len(report.passed), len(report.failed)
    if failed or not passed:
        names = ", ".join(sorted(report.failed)[:3]) or "no test ran"
        return ExerciseResult(True, passed, failed, f"compiles, but tests fail: {names}")
    return ExerciseResult(True, passed, 0, f"solved: it compiles and {passed} test(s) pass")


def save_devlog(home: Path, session: Session) -> Path:
    lesson = session.lesson
    right = sum(bool(q["correct"]) for q in session.quiz)
    lines = [f"# Lesson on {lesson.topic}", ""]
    for step, clear in zip(lesson.steps, session.understood, strict=False):
        lines.append(f"- {step.title}: {'understood' if clear else 'unclear'} ({step.source})")
    for number, quiz in enumerate(session.quiz, 1):
        lines.append(
            f"- quiz {number}: guessed {'compiles' if quiz['guess'] else 'fails'}, rustc: "
            f"{'compiles' if quiz['compiles'] else quiz['error']}; why: {quiz['why'] or '-'}"
        )
    if session.exercise_dir:
        lines.append(f"- exercise written to {session.exercise_dir}")
    entry = devlog.Entry(
        type="didactic",
        title=f"Lesson: {lesson.topic}",
        body="\n".join(lines),
        tags=("teach", lesson.error_class.value),
        confidence=right / len(session.quiz) if session.quiz else None,
        context=f"rusta teach {lesson.topic}",
        extra={
            "topic": lesson.topic,
            "quiz_right": right,
            "quiz_total": len(session.quiz),
            "unclear_steps": [
                s.title for s, ok in zip(lesson.steps, session.understood, strict=False) if not ok
            ],
        },
    )
    return devlog.write(home, entry)
