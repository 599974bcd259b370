"""Pure decisions of the conductor: what counts as progress, which gear, what to target.

Progress is judged by compiler phase. rustc stops early: a parse error hides resolution
errors, a type error hides borrow errors. So fixing a parse error may *reveal* type errors
and still be progress; a step is accepted when the error counts, read earliest phase first,
go down, and no new error appears in a phase at or before the one that improved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rusta.types import Diagnostic, ErrorClass

_EARLY_LIFETIME = {"E0106", "E0261", "E0262", "E0263", "E0637"}
PHASES = 6  # parse, resolve, typeck, borrowck, lint, tests (a failing test: test mode)


def phase(diagnostic: Diagnostic) -> int:
    if diagnostic.error_class == ErrorClass.SYNTAX:
        return 0
    if (
        diagnostic.error_class in {ErrorClass.UNRESOLVED, ErrorClass.VISIBILITY}
        or diagnostic.code in _EARLY_LIFETIME
    ):
        return 1
    if diagnostic.error_class in {
        ErrorClass.BORROW,
        ErrorClass.MOVE,
        ErrorClass.MUTABILITY,
        ErrorClass.LIFETIME,
    }:
        return 3
    if diagnostic.error_class == ErrorClass.LINT:
        return 4
    if diagnostic.error_class == ErrorClass.LOGIC:
        return 5
    return 2


def problems(diagnostics: Sequence[Diagnostic], lint_mode: bool) -> list[Diagnostic]:
    """Everything that must go before the crate is green: every error; in lint mode, also
    clippy's warnings. Ordered by phase, then by position."""
    chosen = [d for d in diagnostics if d.is_error]
    if lint_mode:
        chosen += [d for d in diagnostics if not d.is_error and d.code.startswith("clippy::")]
    return sorted(chosen, key=_position)


def targets(diagnostics: Sequence[Diagnostic], lint_mode: bool) -> list[Diagnostic]:
    """What the next step aims at. Parse errors cascade: after the first one in a file the
    parser is confused, so only the first parse error of each file (and its neighbours on
    the same or the next line) is a target."""
    chosen = problems(diagnostics, lint_mode)
    first_parse: dict[str, Diagnostic] = {}
    for diagnostic in chosen:
        if phase(diagnostic) == 0 and diagnostic.primary:
            first_parse.setdefault(diagnostic.primary.file, diagnostic)
    if not first_parse:
        return chosen
    # the parser's other complaints about the same line often name the missing token
    return [
        d
        for d in chosen
        if phase(d) == 0
        and d.primary
        and abs(d.primary.line_start - first_parse[d.primary.file].primary.line_start) <= 1
    ]


def _position(diagnostic: Diagnostic) -> tuple[int, str, int]:
    span = diagnostic.primary
    return (phase(diagnostic), span.file if span else "", span.byte_start if span else 0)


def score(diagnostics: Sequence[Diagnostic]) -> tuple[int, ...]:
    counts = [0] * PHASES
    for diagnostic in diagnostics:
        counts[phase(diagnostic)] += 1
    return tuple(counts)


def progress(before: Sequence[Diagnostic], after: Sequence[Diagnostic]) -> tuple[bool, list[str]]:
    """(accepted, new problems): fewer problems, earliest phase first, none new before it."""
    old, new = score(before), score(after)
    if new >= old:
        return False, _new_keys(before, after, PHASES)
    decisive = next(i for i in range(PHASES) if new[i] != old[i])
    introduced = _new_keys(before, after, decisive + 1)
    return not introduced, introduced


def _new_keys(before: Sequence[Diagnostic], after: Sequence[Diagnostic], upto: int) -> list[str]:
    old = Counter((d.code, d.message) for d in before if phase(d) < upto)
    new = Counter((d.code, d.message) for d in after if phase(d) < upto)
    return [f"{code or 'syntax'}: {message}" for (code, message) in (new - old).elements()]


# rustc lints that say the program is now wrong, not untidy: a patch that makes one of these
# appear on a line it changed compiles, but it is not a fix (a call renamed to `main` makes
# `main` recurse forever; a `return` before the real work makes it unreachable).
CORRECTNESS_LINTS = frozenset(
    {
        "unconditional_recursion",
        "unreachable_code",
        "unreachable_patterns",
        "unused_must_use",
        "overflowing_literals",
        "unused_comparisons",
        "path_statements",
        "while_true",
        "dropping_references",
        "dropping_copy_types",
        "forgetting_references",
        "forgetting_copy_types",
        "invalid_value",
        "unconditional_panic",
        "arithmetic_overflow",
        "clippy::never_loop",
        "clippy::eq_op",
        "clippy::self_assignment",
    }
)


def new_correctness_warnings(
    before: Sequence[Diagnostic],
    after: Sequence[Diagnostic],
    changed: dict[str, set[int]],
) -> list[Diagnostic]:
    """Correctness warnings of `after` that touch a line the patch changed (any of their
    spans: rustc puts the recursive call of `unconditional_recursion` in a secondary span)
    and that the unpatched crate did not already have."""
    old = Counter((d.code, d.message) for d in before if d.code in CORRECTNESS_LINTS)
    found = []
    for diagnostic in after:
        if diagnostic.is_error or diagnostic.code not in CORRECTNESS_LINTS:
            continue
        key = (diagnostic.code, diagnostic.message)
        if old[key]:
            old[key] -= 1
            continue
        if any(
            span.line_start <= line <= span.line_end
            for span in diagnostic.spans
            for line in changed.get(span.file, ())
        ):
            found.append(diagnostic)
    return found


def gear(target_list: Sequence[Diagnostic]) -> str:
    """Quick gear: one file, one or two problems. Deep gear otherwise (SPEC §2)."""
    files = {d.primary.file for d in target_list if d.primary}
    return "quick" if len(files) <= 1 and len(target_list) <= 2 else "deep"
