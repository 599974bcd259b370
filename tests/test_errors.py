"""The error tree drawn in errors.py's docstring is the tree in the code (STYLE.md §6)."""

from __future__ import annotations

import inspect
import itertools
import re

import pytest

from rusta import errors
from rusta.errors import RustaError, UndoRefused

# "    │   └── ToolTimeout             ... or did not finish in time"
_TREE_LINE = re.compile(r"^(?P<indent>[ │├└─]*?)(?P<name>[A-Z]\w+)(?:\s{2,}(?P<note>.*))?$")


def _drawn_tree() -> dict[str, tuple[str | None, int]]:
    """{class name: (parent name, exit code)} as the module docstring draws them."""
    lines = (errors.__doc__ or "").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("RustaError"))
    root_indent = len(lines[start]) - len(lines[start].lstrip())
    drawn: dict[str, tuple[str | None, int]] = {}
    ancestors: list[str] = []
    for line in itertools.takewhile(str.strip, lines[start:]):  # the tree ends at a blank line
        match = _TREE_LINE.match(line)
        assert match, f"not a tree line: {line!r}"
        del ancestors[(len(match["indent"]) - root_indent) // 4 :]
        exit_code = re.search(r"\(exit (\d+)\)", match["note"] or "")
        parent = ancestors[-1] if ancestors else None
        drawn[match["name"]] = (parent, int(exit_code[1]) if exit_code else 2)
        ancestors.append(match["name"])
    return drawn


def _error_classes() -> dict[str, type[RustaError]]:
    return {
        name: cls
        for name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, RustaError) and cls.__module__ == errors.__name__
    }


def test_the_docstring_draws_a_tree_rooted_at_rusta_error() -> None:
    drawn = _drawn_tree()

    assert drawn["RustaError"] == (None, 2)
    assert len(drawn) >= 10


def test_every_error_class_is_drawn_under_its_parent() -> None:
    drawn = _drawn_tree()
    classes = _error_classes()

    assert set(drawn) == set(classes)
    for name, cls in classes.items():
        parent = None if cls is RustaError else cls.__bases__[0].__name__
        assert drawn[name][0] == parent, name


@pytest.mark.parametrize("name", sorted(_error_classes()))
def test_every_error_has_a_docstring_and_the_exit_code_drawn(name: str) -> None:
    cls = _error_classes()[name]

    assert isinstance(cls.exit_code, int) and cls.exit_code in {1, 2}
    assert cls.exit_code == _drawn_tree()[name][1]
    assert cls.__doc__ and cls.__doc__.strip()
    error = cls("one line")
    assert (error.message, str(error)) == ("one line", "one line")


def test_undo_refused_exits_one() -> None:
    assert UndoRefused.exit_code == 1
    assert UndoRefused("changed since").exit_code == 1
