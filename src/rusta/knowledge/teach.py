"""Teacher Mode (SPEC §6): a lesson in steps, a quiz the compiler grades, an exercise crate.

A lesson is built from the same sources `explain` cites: the bundled notes on an error class
(their "Lesson" steps, quiz snippet and exercise) and, for an error code, its error-index entry
and its examples. Quiz answers ("will this compile?") are never graded from a key: the snippet
is compiled with rustc in a temporary directory and the compiler's verdict is the answer. The
exercise is a small broken crate with tests; `check_exercise` proves it fixed with `cargo check`
and `cargo test` in a sandbox slot. Each session ends as a didactic DevLog.
"""

from __future__ import annotations

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
_MANIFEST = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    source: str  # where the step's text comes from ("rusta-notes docs/move.md #step-1...")


@dataclass(frozen=True)
class Lesson:
    topic: str
    error_class: ErrorClass
    steps: tuple[Step, ...]
    quizzes: tuple[str, ...]  # snippets: "will this compile? why?"
    exercise: str  # src/lib.rs of the broken exercise crate


@dataclass(frozen=True)
class Compiled:
    compiles: bool
    first_error: str


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
    if re.fullmatch(r"E\d{4}", topic) or topic.startswith("clippy::"):
        return classify(topic, "")
    word = topic.lower().strip()
    for error_class, words in _TOPICS.items():
        if word in words or word == error_class.value:
            return error_class
    known = ", ".join(sorted(c.value for c in _TOPICS))
    raise UsageError(f"no lesson on `{topic}`; try an error code (E0382) or one of: {known}")


def build_lesson(topic: str) -> Lesson:
    error_class = topic_class(topic)
    path = f"docs/{error_class.value}.md"
    note = docindex.bundled_note(path)
    if note is None:
        raise UsageError(f"no lesson material for the `{error_class.value}` class yet")
    sections = {s.anchor: s for s in docindex.markdown_sections(note)}
    steps = [
        Step(
            re.sub(r"^Step \d+:\s*", "", s.title),
            " ".join(s.text.split()),
            f"{docindex.NOTES_SOURCE} {path} #{s.anchor}",
        )
        for s in sections.values()
        if s.anchor.startswith("step-")
    ]
    quizzes = [code_block(sections["quiz"].text)] if "quiz" in sections else []
    if re.fullmatch(r"E\d{4}", topic):
        entry = anchors.explain_text(topic)
        if entry:
            first = " ".join(re.split(r"\n\s*\n", entry)[0].split())
            steps.insert(0, Step(f"What {topic} means", first, f"rustc --explain {topic}"))
            quizzes = [*error_index_examples(entry), *quizzes]
    exercise = code_block(sections["exercise"].text) if "exercise" in sections else ""
    return Lesson(topic, error_class, tuple(steps), tuple(q for q in quizzes if q), exercise)


def code_block(text: str) -> str:
    match = re.search(r"```(?:rust)?\n(.*?)```", text, re.S)
    return match.group(1) if match else ""


def error_index_examples(entry: str) -> list[str]:
    """The first (erroneous) and the last (usually fixed) example of an error-index entry."""
    blocks = [b for b in re.findall(r"```[^\n]*\n(.*?)```", entry, re.S) if "#![feature" not in b]
    if not blocks:
        return []
    return [blocks[0]] if len(blocks) == 1 else [blocks[0], blocks[-1]]


def compile_snippet(snippet: str) -> Compiled:
    """Compile a snippet as a library with rustc: the compiler grades the quiz."""
    with tempfile.TemporaryDirectory(prefix="rusta-quiz-") as directory:
        source = Path(directory) / "quiz.rs"
        source.write_text(snippet, encoding="utf-8")
        done = run(
            [
                "rustc",
                "--edition",
                "2021",
                "--crate-type",
                "lib",
                "--emit",
                "metadata",
                "-A",
                "warnings",
                "-o",
                str(Path(directory) / "quiz.rmeta"),
                str(source),
            ],
            Path(directory),
            timeout=60,
        )
    first = next((line for line in done.stderr.splitlines() if line.startswith("error")), "")
    return Compiled(done.returncode == 0, first)


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
    for number, snippet in enumerate(lesson.quizzes, 1):
        session.quiz.append(_quiz(number, snippet, ask, say))
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


def _quiz(number: int, snippet: str, ask: Ask, say: Say) -> dict[str, object]:
    say(f"\nQuiz {number}: will this compile?\n\n{snippet.rstrip()}\n")
    guess = _yes(ask("Will this compile? [y/n] "))
    why = ask("Why? ").strip()
    verdict = compile_snippet(snippet)
    correct = guess == verdict.compiles
    truth = "it compiles" if verdict.compiles else f"it does not compile: {verdict.first_error}"
    say(f"{'Right' if correct else 'Not quite'}: rustc says {truth}.")
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
