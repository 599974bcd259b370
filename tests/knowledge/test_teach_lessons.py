"""Every quiz and exercise of every lesson has the answer its lesson claims, proven by rustc.

The lessons are data (src/rusta/data/docs/lessons/, plus the toolchain's error index); these
tests compile all of it with the real rustc in temporary directories (`--emit=metadata`, so a
few seconds), and the end-to-end test fixes a code's exercise with real cargo.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from rusta.knowledge import anchors, docindex, teach
from rusta.tools.source import tokenize
from rusta.types import ErrorClass


def _note_codes() -> list[str]:
    """Every error code a bundled note covers (its `Codes:` line)."""
    codes: set[str] = set()
    for _path, text in docindex.bundled_notes():
        line = re.search(r"^Codes:(.*)$", text, re.M)
        codes |= {c for c in (line.group(1).split() if line else []) if re.fullmatch(r"E\d{4}", c)}
    return sorted(codes)


def _note_classes() -> list[str]:
    return [Path(path).stem for path, _text in docindex.bundled_notes()]


CODES = _note_codes()
TOPICS = [*_note_classes(), *CODES]


@pytest.fixture(scope="module")
def lessons() -> dict[str, teach.Lesson]:
    # two at a time: each lesson compiles its error-index examples to keep only proven ones
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(TOPICS, pool.map(teach.build_lesson, TOPICS), strict=True))


def _verdicts(snippets: list[str], compile_one) -> list[str]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return [teach.verdict_of(c) for c in pool.map(compile_one, snippets)]


def test_statements_are_graded_inside_a_function_and_items_stay_at_top_level() -> None:
    two_writers = "let mut i = 0;\nlet a = &mut i;\nlet b = &mut i;\n*a += 1;\n*b += 1;\n"
    one_writer = 'let mut i = 0;\nlet a = &mut i;\n*a += 1;\nprintln!("{i}");\n'
    mixed = 'struct Point {\n    x: i32,\n}\n\nlet p = Point { x: 1 };\nprintln!("{}", p.x);\n'
    items = "pub fn one() -> i32 {\n    1\n}\n"

    broken = teach.compile_snippet(two_writers)

    assert broken.first_error.startswith("error[E0499]"), broken.first_error
    assert teach.compile_snippet(one_writer).compiles
    assert teach.compile_snippet(mixed).compiles
    assert teach.compilable(mixed).startswith("struct Point {")  # the item is not nested
    assert teach.compilable(items) == items


def test_no_quiz_gives_its_answer_away(lessons: dict[str, teach.Lesson]) -> None:
    hints = [
        (topic, comment.text)
        for topic, lesson in lessons.items()
        for quiz in lesson.quizzes
        for comment in tokenize(quiz.snippet, keep_comments=True)
        if comment.kind == "comment" and not comment.text.startswith(("///", "//!"))
    ]

    assert hints == []


def test_the_error_index_verdict_comments_are_removed() -> None:
    example = "let x = 1; // ok!\n// error: cannot borrow `i`\n/// kept: a doc comment\nx;\n"

    assert teach.without_hints(example) == "let x = 1;\n/// kept: a doc comment\nx;\n"


def test_every_quiz_of_every_lesson_has_the_answer_its_lesson_claims(
    lessons: dict[str, teach.Lesson],
) -> None:
    quizzes = [(topic, q) for topic, lesson in lessons.items() for q in lesson.quizzes]

    verdicts = _verdicts([q.snippet for _t, q in quizzes], teach.compile_snippet)

    wrong = [
        (topic, quiz.source, quiz.expected, verdict)
        for (topic, quiz), verdict in zip(quizzes, verdicts, strict=True)
        if verdict != quiz.expected
    ]
    assert len(quizzes) > len(TOPICS) and wrong == []


def test_every_exercise_fails_with_the_error_its_lesson_teaches(
    lessons: dict[str, teach.Lesson],
) -> None:
    topics = list(lessons)
    # the crate's src/lib.rs as `cargo check` sees it: a library, never wrapped
    verdicts = _verdicts([lessons[t].exercise for t in topics], teach.compile_library)

    wrong = [
        (topic, lessons[topic].exercise_expected, verdict)
        for topic, verdict in zip(topics, verdicts, strict=True)
        if verdict != lessons[topic].exercise_expected or verdict == teach.COMPILES
    ]
    assert wrong == []
    assert all("#[test]" in lesson.exercise for lesson in lessons.values())


def test_an_exercise_built_with_its_tests_has_no_other_error(
    lessons: dict[str, teach.Lesson],
) -> None:
    # as `cargo test` builds it: the tests themselves must not add a second, unrelated error
    exercises = {lesson.exercise: lesson.exercise_expected for lesson in lessons.values()}
    with ThreadPoolExecutor(max_workers=2) as pool:
        built = list(pool.map(lambda s: teach.compile_library(s, with_tests=True), exercises))

    unrelated = [
        (expected, compiled.codes)
        for expected, compiled in zip(exercises.values(), built, strict=True)
        if set(compiled.codes) != {"" if expected == teach.ERROR else expected}
    ]
    assert unrelated == []


@pytest.mark.parametrize("code", CODES)
def test_a_code_lesson_quizzes_and_exercises_that_code(
    code: str, lessons: dict[str, teach.Lesson]
) -> None:
    lesson = lessons[code]

    if teach.retired(anchors.explain_text(code)):  # rustc no longer emits it: said, not faked
        assert any(code in step.text and "no longer emits" in step.text for step in lesson.steps)
        assert (
            lesson.exercise_expected
            == teach.lesson_material(lesson.error_class)["exercise"][0].expected
        )
    else:
        assert any(quiz.expected == code for quiz in lesson.quizzes), lesson.quizzes
        assert lesson.exercise_expected == code


def test_the_e0499_lesson_ends_on_e0499_not_e0502(lessons: dict[str, teach.Lesson]) -> None:
    lesson = lessons["E0499"]

    last = teach.compile_snippet(lesson.quizzes[-1].snippet)
    exercise = teach.compile_library(lesson.exercise)

    assert last.first_error.startswith("error[E0499]"), last.first_error
    assert exercise.first_error.startswith("error[E0499]"), exercise.first_error


def test_codes_filed_outside_a_class_and_lower_case_codes_get_their_lesson() -> None:
    parse = teach.build_lesson("E0586")  # the taxonomy files it as `other`; syntax teaches it
    lower = teach.build_lesson("e0382")

    assert parse.error_class == ErrorClass.SYNTAX and parse.exercise_expected == "E0586"
    assert lower.topic == "E0382" and lower.steps[0].source == "rustc --explain E0382"


def test_a_code_exercise_is_fixed_and_checked_end_to_end(
    rusta_cli, tmp_path: Path, isolated_rusta_home: Path
) -> None:
    answers = tmp_path / "answers.txt"
    # the checkpoints, then "will it compile?" and "why?" for each quiz
    answers.write_text("y\n" * 4 + "n\nboth borrows are alive at once\n" * 3)
    exercise = tmp_path / "exercise"

    done = rusta_cli("teach", "E0499", "--answers", str(answers), "--dir", str(exercise))
    broken = rusta_cli("teach", "check", str(exercise))
    lib = exercise / "src/lib.rs"
    lib.write_text(
        lib.read_text().replace(
            "    let a = &mut counts[0];\n    let b = &mut counts[1];\n",
            "    let (head, tail) = counts.split_at_mut(1);\n"
            "    let (a, b) = (&mut head[0], &mut tail[0]);\n",
        )
    )
    fixed = rusta_cli("teach", "check", str(exercise))

    assert done.returncode == 0, done.stderr
    assert "rustc says it does not compile: error[E0499]" in done.stdout
    assert "expected item" not in done.stdout and "Quiz: " in done.stdout
    assert broken.returncode == 1 and "cannot borrow" in broken.stdout
    assert fixed.returncode == 0 and "solved" in fixed.stdout, fixed.stdout
