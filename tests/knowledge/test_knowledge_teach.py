"""Teacher Mode: lessons from the notes and the error index, a compiler-graded quiz, exercises."""

from __future__ import annotations

from pathlib import Path

import pytest

from rusta.errors import UsageError
from rusta.knowledge import teach
from rusta.memory import devlog
from rusta.types import ErrorClass


def test_a_code_lesson_has_steps_quizzes_and_a_broken_exercise() -> None:
    lesson = teach.build_lesson("E0502")

    assert lesson.error_class == ErrorClass.BORROW
    assert lesson.steps[0].source == "rustc --explain E0502"
    assert len(lesson.steps) >= 3 and len(lesson.quizzes) >= 2
    assert "#[test]" in lesson.exercise


def test_topics_map_to_classes_and_unknown_topics_are_refused() -> None:
    assert teach.topic_class("lifetimes") == ErrorClass.LIFETIME
    with pytest.raises(UsageError, match="no lesson on `astrology`"):
        teach.topic_class("astrology")


def test_the_compiler_grades_the_quiz() -> None:
    broken = teach.compile_snippet("pub fn f() -> i32 { let x = 1; x = 2; x }")
    fine = teach.compile_snippet("pub fn f() -> i32 { let mut x = 1; x += 1; x }")

    assert (broken.compiles, fine.compiles) == (False, True)
    assert broken.first_error.startswith("error[E0384]")


def test_scripted_session_writes_exercise_and_didactic_devlog(
    rusta_cli, tmp_path: Path, isolated_rusta_home: Path
) -> None:
    answers = tmp_path / "answers.txt"
    # 3 checkpoints (y, n, y), then the quiz: "will it compile?" + "why?"
    answers.write_text("y\nn\ny\n# the quiz\nn\nwords was moved into total\n")
    exercise = tmp_path / "exercise"

    done = rusta_cli("teach", "ownership", "--answers", str(answers), "--dir", str(exercise))
    first_check = rusta_cli("teach", "check", str(exercise))
    lib = exercise / "src/lib.rs"
    lib.write_text(lib.read_text().replace("count(words)", "count(words.clone())"))
    second_check = rusta_cli("teach", "check", str(exercise))

    logs = list((isolated_rusta_home / "devlogs" / "didactic").glob("*.md"))
    front, body = devlog.read(logs[0])
    assert done.returncode == 0, done.stderr
    assert "Right: rustc says it does not compile: error[E0382]" in done.stdout
    assert (front["quiz_right"], front["quiz_total"]) == (1, 1)
    assert front["unclear_steps"] == ["moves happen in calls too"]
    assert "words was moved into total" in body
    assert first_check.returncode == 1 and "does not compile yet" in first_check.stdout
    assert second_check.returncode == 0 and "solved" in second_check.stdout


def test_check_refuses_a_directory_that_is_not_an_exercise(
    tmp_path: Path, isolated_rusta_home: Path
) -> None:
    with pytest.raises(UsageError, match="not a Rusta exercise"):
        teach.check_exercise(tmp_path, isolated_rusta_home)
