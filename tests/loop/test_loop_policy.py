"""policy: progress by compiler phase, scores, targets and gears, on hand-built diagnostics.

rustc stops early (a parse error hides type errors, a type error hides borrow errors), so a
step that trades an early error for later ones is progress, while a step that merely swaps one
error for another of the same phase, or introduces an earlier-phase error, is not.
"""

from __future__ import annotations

import pytest

from rusta.loop import policy
from rusta.types import Diagnostic, ErrorClass, Level, Span


def diagnostic(
    code: str,
    message: str,
    error_class: ErrorClass,
    *,
    level: Level = Level.ERROR,
    file: str = "src/lib.rs",
    at: int = 0,
) -> Diagnostic:
    span = Span(file, 1 + at // 40, 1 + at // 40, 1, 2, at, at + 1)
    return Diagnostic(level, message, code, error_class, (span,))


PARSE = diagnostic("", "expected one of `,` or `}`, found `;`", ErrorClass.SYNTAX)
UNRESOLVED = diagnostic("E0425", "cannot find value `totl` in this scope", ErrorClass.UNRESOLVED)
MISMATCH = diagnostic("E0308", "mismatched types", ErrorClass.TYPE, at=100)
MISMATCH_ELSEWHERE = diagnostic("E0308", "mismatched types", ErrorClass.TYPE, at=300)
TRAIT = diagnostic("E0277", "`Point` doesn't implement `Debug`", ErrorClass.TRAIT, at=200)
ARGUMENTS = diagnostic(
    "E0061", "this function takes 1 argument but 2 were supplied", ErrorClass.TYPE
)
MOVED = diagnostic("E0382", "borrow of moved value: `words`", ErrorClass.MOVE, at=120)
BORROWED = diagnostic("E0502", "cannot borrow `v` as mutable", ErrorClass.BORROW, at=140)
NEEDLESS_RETURN = diagnostic(
    "clippy::needless_return", "unneeded `return` statement", ErrorClass.LINT, level=Level.WARNING
)
UNUSED = diagnostic(
    "unused_variables", "unused variable: `x`", ErrorClass.LINT, level=Level.WARNING, at=60
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(PARSE, 0, id="syntax"),
        pytest.param(UNRESOLVED, 1, id="unresolved"),
        pytest.param(
            diagnostic("E0603", "function `f` is private", ErrorClass.VISIBILITY), 1, id="private"
        ),
        pytest.param(
            diagnostic("E0106", "missing lifetime specifier", ErrorClass.LIFETIME),
            1,
            id="missing-lifetime-is-early",
        ),
        pytest.param(
            diagnostic("E0597", "`x` does not live long enough", ErrorClass.LIFETIME),
            3,
            id="lifetime",
        ),
        pytest.param(MISMATCH, 2, id="type"),
        pytest.param(TRAIT, 2, id="trait"),
        pytest.param(diagnostic("E0004", "non-exhaustive", ErrorClass.OTHER), 2, id="other"),
        pytest.param(MOVED, 3, id="move"),
        pytest.param(BORROWED, 3, id="borrow"),
        pytest.param(
            diagnostic("E0384", "cannot assign twice", ErrorClass.MUTABILITY), 3, id="mutability"
        ),
        pytest.param(NEEDLESS_RETURN, 4, id="lint"),
    ],
)
def test_phase_follows_the_order_rustc_reports_in(item: Diagnostic, expected: int) -> None:
    assert policy.phase(item) == expected


def test_score_counts_problems_per_phase() -> None:
    assert policy.score([]) == (0, 0, 0, 0, 0, 0)
    assert policy.score([PARSE, MISMATCH, MISMATCH_ELSEWHERE, MOVED, NEEDLESS_RETURN]) == (
        1,
        0,
        2,
        1,
        1,
        0,  # failing tests (test mode) come after every compiler phase
    )


def test_a_parse_error_replaced_by_two_type_errors_is_progress() -> None:
    assert policy.progress([PARSE], [MISMATCH, TRAIT]) == (True, [])


def test_a_resolution_error_revealing_borrow_errors_is_progress() -> None:
    assert policy.progress([UNRESOLVED, MISMATCH], [MISMATCH, MOVED, BORROWED]) == (True, [])


def test_one_type_error_replaced_by_a_different_type_error_is_not_progress() -> None:
    accepted, introduced = policy.progress([MISMATCH], [ARGUMENTS])

    assert not accepted
    assert introduced == [f"E0061: {ARGUMENTS.message}"]


def test_fewer_borrow_errors_but_a_new_type_error_is_not_progress() -> None:
    accepted, introduced = policy.progress([MOVED, BORROWED], [MISMATCH, BORROWED])

    assert not accepted
    assert introduced == ["E0308: mismatched types"]


def test_fewer_errors_of_a_phase_with_a_new_one_in_that_phase_is_not_progress() -> None:
    # two type errors fixed, but a different type error introduced: the count drops, yet a
    # step that creates a new problem where it claims to make progress is rejected
    accepted, introduced = policy.progress([MISMATCH, TRAIT], [ARGUMENTS])

    assert not accepted
    assert introduced == [f"E0061: {ARGUMENTS.message}"]


def test_the_same_error_at_another_place_is_not_new() -> None:
    # identity for "new" is (code, message): a span that moved after an edit is the same error
    assert policy.progress([MISMATCH, TRAIT], [MISMATCH_ELSEWHERE]) == (True, [])


def test_no_change_is_not_progress() -> None:
    assert policy.progress([MOVED], [MOVED]) == (False, [])
    assert policy.progress([], []) == (False, [])


def test_targets_ignore_warnings_outside_lint_mode() -> None:
    found = [NEEDLESS_RETURN, MOVED, UNUSED, MISMATCH]

    assert policy.targets(found, lint_mode=False) == [MISMATCH, MOVED]
    assert policy.problems([*found, PARSE], lint_mode=False) == [PARSE, MISMATCH, MOVED]


def test_lint_mode_targets_clippy_warnings_but_not_rustc_lints() -> None:
    found = [NEEDLESS_RETURN, MOVED, UNUSED]

    assert policy.targets(found, lint_mode=True) == [MOVED, NEEDLESS_RETURN]
    assert policy.targets([NEEDLESS_RETURN, UNUSED], lint_mode=False) == []


def test_targets_are_ordered_by_phase_then_file_then_position() -> None:
    in_main = diagnostic("E0308", "mismatched types", ErrorClass.TYPE, file="src/a.rs", at=500)
    found = [MOVED, MISMATCH_ELSEWHERE, in_main, MISMATCH, UNRESOLVED]

    assert policy.targets(found, lint_mode=False) == [
        UNRESOLVED,
        in_main,
        MISMATCH,
        MISMATCH_ELSEWHERE,
        MOVED,
    ]


SECOND_PARSE = diagnostic("", "expected item, found `}`", ErrorClass.SYNTAX, at=400)
PARSE_IN_MAIN = diagnostic("", "expected `;`, found `}`", ErrorClass.SYNTAX, file="src/main.rs")


def test_problems_are_every_error_earliest_phase_first() -> None:
    found = [MOVED, SECOND_PARSE, NEEDLESS_RETURN, MISMATCH, PARSE, PARSE_IN_MAIN]

    assert policy.problems(found, lint_mode=False) == [
        PARSE,
        SECOND_PARSE,
        PARSE_IN_MAIN,
        MISMATCH,
        MOVED,
    ]
    assert policy.problems(found, lint_mode=True)[-1] == NEEDLESS_RETURN


def test_only_the_first_parse_error_of_each_file_is_a_target() -> None:
    # after the first parse error the parser is confused: later ones are likely cascades
    found = [SECOND_PARSE, MISMATCH, PARSE, PARSE_IN_MAIN, MOVED]

    assert sorted(policy.targets(found, lint_mode=False), key=lambda d: d.primary.file) == [
        PARSE,
        PARSE_IN_MAIN,
    ]


def test_without_parse_errors_the_targets_are_the_problems() -> None:
    found = [MOVED, MISMATCH, UNRESOLVED, NEEDLESS_RETURN]

    for lint_mode in (False, True):
        assert policy.targets(found, lint_mode) == policy.problems(found, lint_mode)


def test_gear_is_quick_for_one_or_two_problems_in_one_file() -> None:
    other_file = diagnostic("E0308", "mismatched types", ErrorClass.TYPE, file="src/b.rs")

    assert policy.gear([MOVED]) == "quick"
    assert policy.gear([MOVED, MISMATCH]) == "quick"
    assert policy.gear([MOVED, MISMATCH, TRAIT]) == "deep"
    assert policy.gear([MOVED, other_file]) == "deep"
