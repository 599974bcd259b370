"""Fault localization for failing tests (SPEC §2 Failing tests): where is the bug likely to be?

The evidence, strongest first:
- the backtrace (RUST_BACKTRACE=1) of a test that panicked inside the crate's code: the
  panic line and the crate frames it came through were executed on the failing path;
- the test's call path: the functions the failing test calls, and what they call (static: a
  name-level call graph of the crate, read from each function's tokens so that calls inside
  `assert_eq!(..)` count, which the parse tree keeps as raw tokens);
- the spectrum, when several tests exist: a function reached by failing tests and by few
  passing ones is more suspicious (Ochiai: ef / sqrt(F · (ef + ep)), the score that does
  best in spectrum-based fault localization studies), with static reachability standing in
  for per-function coverage (no instrumented build is needed).
Statements (lines) of suspicious functions are then ranked by their function's score, with a
bonus for the lines a backtrace names, for lines that mention what differs between the
assertion's values (`left: "2h"`, `right: "2h 37m"`: the line that writes `"m"`; `left: 360`,
`right: 3600`: the line holding the literal `360`), and for lines holding what a repair
template can change (operators, literals, ranges, method calls).

The same analysis says what a test repair may touch (`scope`: the code on the failing tests'
call path) and what it may never touch (`test_code`: test files, `#[test]` functions and
`#[cfg(test)]` modules): SPEC §2, test files are never edited to make a test pass.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rusta.tools.crate import rust_files
from rusta.tools.source import Item, SourceFile, source_of
from rusta.types import TestCase

MAX_DEPTH = 4  # calls followed from a test: deeper code is rarely where its bug is
TOP = 30  # suspects kept
VALUE_BONUS = 0.15  # a line that names what the assertion's two values disagree on
_TEST_DIRS = ("tests/", "benches/", "examples/")
_MUTABLE = re.compile(
    r"[<>]=?|[=!]=|&&|\|\||\.\.=?|[-+*/%](?!=)|\b\d+\b|\.(min|max|first|last|push|insert|"
    r"trim_start|trim_end|starts_with|ends_with|floor|ceil|round|rev|to_lowercase|"
    r"to_uppercase|len|abs|pow|saturating_\w+|wrapping_\w+|checked_\w+)\b|!\w|\breturn\b|"
    r"\bbreak\b"
)


@dataclass(frozen=True)
class Suspect:
    """A statement that may hold the bug: where, in which function, how suspicious, and why."""

    file: str
    line: int
    function: str
    score: float
    why: str

    def describe(self) -> str:
        return f"{self.file}:{self.line} in `{self.function}` ({self.why})"


@dataclass(frozen=True)
class Function:
    file: str
    name: str
    line_start: int  # the signature's line
    line_end: int
    is_test: bool
    item: Item = field(compare=False, repr=False)


@dataclass(frozen=True)
class Localization:
    suspects: tuple[Suspect, ...]
    scope: Mapping[str, tuple[tuple[int, int], ...]]  # file → line ranges a repair may touch
    test_code: Mapping[str, tuple[tuple[int, int], ...]]  # file → line ranges never edited

    def in_scope(self, file: str, line: int) -> bool:
        return any(start <= line <= end for start, end in self.scope.get(file, ()))

    def is_test_code(self, file: str, line: int) -> bool:
        if file.startswith(_TEST_DIRS):
            return True
        return any(start <= line <= end for start, end in self.test_code.get(file, ()))


def localize(
    failing: Sequence[TestCase],
    passing: Sequence[str],
    files: Sequence[str],
    read: Callable[[str], str],
) -> Localization:
    """Rank the statements that may make `failing` fail (`passing`: the names of the tests
    that pass, for the spectrum)."""
    crate = _Crate(files, read)
    reach_fail = [crate.reach(case.name) for case in failing]
    reach_pass = [crate.reach(name) for name in passing]
    framed: dict[tuple[str, int], str] = {}  # (file, line) of a crate frame → its function
    in_frames: set[tuple[str, str]] = set()
    for case in failing:
        for depth, frame in enumerate(case.frames):
            function = crate.function_at(frame.file, frame.line)
            if function is None or function.is_test:
                continue
            framed.setdefault((frame.file, frame.line), "panicked here" if depth == 0 else "")
            in_frames.add((function.file, function.name))
    total_failing = max(1, len(failing))
    scores: dict[tuple[str, str], tuple[float, str]] = {}
    for function in crate.functions:
        if function.is_test:
            continue
        key = (function.file, function.name)
        ef = sum(1 for reach in reach_fail if key in reach)
        ep = sum(1 for reach in reach_pass if key in reach)
        framed_here = key in in_frames
        if not ef and not framed_here:
            continue
        ochiai = ef / math.sqrt(total_failing * (ef + ep)) if ef else 0.0
        depth = min((reach[key] for reach in reach_fail if key in reach), default=MAX_DEPTH)
        score = ochiai + (1.0 if framed_here else 0.0) + 0.1 / (1 + depth)
        why = (
            "in the panic's backtrace"
            if framed_here
            else f"called by {ef} failing test(s)" + (f", {ep} passing" if ep else "")
        )
        scores[key] = (score, why)
    differing = (
        set().union(*(differing_tokens(case.message) for case in failing)) if failing else set()
    )
    suspects = _statements(crate, scores, framed, differing)
    return Localization(tuple(suspects[:TOP]), crate.scope(scores), crate.test_ranges())


def localize_each(
    root: Path, failing: Sequence[TestCase], passing: Sequence[str]
) -> dict[str, Localization]:
    """Each failing test localized on its own, in the crate at `root` as it is on disk
    (what `check`, the editor and the dashboard show per test)."""
    files = rust_files(root)

    def read(name: str) -> str:
        return (root / name).read_bytes().decode("utf-8")  # CRLF kept, as rustc counts

    return {case.name: localize([case], passing, files, read) for case in failing}


def _statements(
    crate: _Crate,
    scores: Mapping[tuple[str, str], tuple[float, str]],
    framed: Mapping[tuple[str, int], str],
    differing: set[str],
) -> list[Suspect]:
    found: list[Suspect] = []
    for function in crate.functions:
        key = (function.file, function.name)
        if key not in scores:
            continue
        score, why = scores[key]
        source = crate.source(function.file)
        # the signature line holds no statement, unless the whole function is one line
        first = function.line_start + (function.line_start < function.line_end)
        for line in range(first, function.line_end + 1):
            text = _code(source.line_text(line))
            if not text or set(text) <= set("{}();,"):
                continue
            bonus = 0.05 * min(3, len(_MUTABLE.findall(text)))
            note = why
            named = _named_values(text) & differing
            if named:
                bonus += VALUE_BONUS
                note = f"{why}; mentions {', '.join(sorted(named)[:2])}, where the values differ"
            if (function.file, line) in framed:
                bonus += 0.5
                note = framed[(function.file, line)] or "a frame of the panic's backtrace"
            found.append(Suspect(function.file, line, function.name, round(score + bonus, 4), note))
    found.sort(key=lambda s: (-s.score, s.file, s.line))
    return found


_IDENT = re.compile(r"[A-Za-z_]\w*")
_VALUE_LINE = re.compile(r"^\s*(left|right):\s?(.*)$")
_WORD = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?")


def assertion_values(message: str) -> dict[str, str]:
    """`{"left": "3", "right": "6"}` from an `assert_eq!`/`assert_ne!` failure's message."""
    values: dict[str, str] = {}
    for line in message.splitlines():
        if match := _VALUE_LINE.match(line):
            values.setdefault(match.group(1), match.group(2).strip())
    return values


def differing_tokens(message: str) -> set[str]:
    """The words and numbers that one side of a failed `assert_eq!` has and the other lacks
    (`"2h"` against `"2h 37m"` → {"37", "m"})."""
    sides = assertion_values(message)
    if len(sides) != 2:
        return set()
    left, right = (Counter(_WORD.findall(sides[key])) for key in ("left", "right"))
    return set((left - right) | (right - left))


_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _named_values(line: str) -> set[str]:
    """What a line could print or compute, as specific evidence: the words of its string
    literals (even `"m"`), its numbers but 0 and 1 (every line has those), and identifiers
    of three letters or more."""
    line = re.sub(r"(?<=\d)_(?=\d)", "", line)
    quoted = {w for text in _STRING.findall(line) for w in _WORD.findall(text)}
    bare = _WORD.findall(_STRING.sub(" ", line))
    specific = {w for w in bare if (w[0].isdigit() and w not in ("0", "1")) or len(w) >= 3}
    return quoted | specific


def _code(line: str) -> str:
    return line.split("//", 1)[0].strip()


class _Crate:
    """The crate's functions and its name-level call graph."""

    def __init__(self, files: Sequence[str], read: Callable[[str], str]) -> None:
        self.functions: list[Function] = []
        self.calls: dict[str, set[str]] = {}  # function name → names it calls
        self.uses: dict[str, set[str]] = {}  # function name → type names it mentions
        self._sources: dict[str, SourceFile] = {}
        self._consts: list[tuple[str, str, int, int]] = []  # (file, name, start, end)
        self._trait_impls: list[tuple[str, str, int, int]] = []  # (file, type, start, end)
        self._test_mods: dict[str, tuple[tuple[int, int], ...]] = {}  # cfg(test) modules
        for name in files:
            try:
                text = read(name)
            except (OSError, UnicodeDecodeError):
                continue
            source = source_of(text)
            self._sources[name] = source
            self._read_items(name, source)
        for function in self.functions:
            calls, uses = _references(self._sources[function.file], function.item)
            self.calls.setdefault(function.name, set()).update(calls)
            self.uses.setdefault(function.name, set()).update(uses)
        self._by_name: dict[str, list[Function]] = {}
        for function in self.functions:
            self._by_name.setdefault(function.name, []).append(function)

    def _read_items(self, file: str, source: SourceFile) -> None:
        test_mods = [
            item
            for item in source.items_of("mod")
            if "cfg(test)" in _attributes(source, item) or item.name in ("tests", "test")
        ]
        for item in source.items_of("fn", "method"):
            start, end = source.line_col(item.start)[0], source.line_col(item.end - 1)[0]
            in_test_mod = any(m.start <= item.start < m.end for m in test_mods)
            is_test = (
                file.startswith(_TEST_DIRS)
                or in_test_mod
                or re.search(r"#\[(\w+::)?test\b", _attributes(source, item)) is not None
            )
            self.functions.append(Function(file, item.name, start, end, is_test, item))
        for item in source.items_of("const", "static"):
            start, end = source.line_col(item.start)[0], source.line_col(item.end - 1)[0]
            self._consts.append((file, item.name, start, end))
        for item in source.items_of("impl"):
            header = source.text[item.start : source.text.find("{", item.start)]
            if " for " in header:
                start, end = source.line_col(item.start)[0], source.line_col(item.end - 1)[0]
                self._trait_impls.append((file, item.name, start, end))
        self._test_mods[file] = tuple(
            (source.line_col(m.outer_start)[0], source.line_col(m.end - 1)[0]) for m in test_mods
        )

    def source(self, file: str) -> SourceFile:
        return self._sources[file]

    def function_at(self, file: str, line: int) -> Function | None:
        inside = [
            f for f in self.functions if f.file == file and f.line_start <= line <= f.line_end
        ]
        return max(inside, key=lambda f: f.line_start, default=None)

    def test_function(self, qualified: str) -> Function | None:
        """`tests/api.rs::parses` or `src/lib.rs::stats::tests::sums` → its #[test] fn."""
        target, _, path = qualified.partition(".rs::")
        segments = path.split("::")
        candidates = [f for f in self._by_name.get(segments[-1], []) if f.is_test]
        if not candidates:
            return None
        target_file = target + ".rs"
        modules = segments[:-1]

        def fit(function: Function) -> tuple[int, int]:
            same_file = function.file == target_file
            module_match = sum(
                1 for m in modules if m in function.file or m in function.item.modules
            )
            return (same_file, module_match)

        return max(candidates, key=fit)

    def reach(self, test_name: str) -> dict[tuple[str, str], int]:
        """The crate functions the test reaches through calls, with their call depth."""
        test = self.test_function(test_name)
        if test is None:
            return {}
        depth: dict[tuple[str, str], int] = {}
        frontier = {test.name}
        seen_names = {test.name}
        for level in range(1, MAX_DEPTH + 1):
            callees = {c for name in frontier for c in self.calls.get(name, ())} - seen_names
            seen_names |= callees
            frontier = set()
            for callee in callees:
                for function in self._by_name.get(callee, []):
                    if function.is_test:
                        continue
                    depth.setdefault((function.file, function.name), level)
                    frontier.add(callee)
            if not frontier:
                break
        return depth

    def scope(
        self, suspicious: Mapping[tuple[str, str], object]
    ) -> dict[str, tuple[tuple[int, int], ...]]:
        """The code on the failing tests' call path: the functions they reach, the consts
        those functions name, and the trait impls of the types they mention (an operator,
        `format!` or `sort` calls `partial_cmp`, `fmt` or `cmp` without naming it)."""
        ranges: dict[str, list[tuple[int, int]]] = {}
        words: set[str] = set()
        types: set[str] = set()
        for function in self.functions:
            if (function.file, function.name) in suspicious or function.is_test:
                if not function.is_test:
                    ranges.setdefault(function.file, []).append(
                        (function.line_start, function.line_end)
                    )
                source = self._sources[function.file]
                words |= set(_IDENT.findall(source.text[function.item.start : function.item.end]))
                types |= self.uses.get(function.name, set())
        for file, name, start, end in self._consts:
            if name in words:
                ranges.setdefault(file, []).append((start, end))
        for file, type_name, start, end in self._trait_impls:
            if type_name in types or type_name in words:
                ranges.setdefault(file, []).append((start, end))
        return {file: tuple(sorted(spans)) for file, spans in ranges.items()}

    def test_ranges(self) -> dict[str, tuple[tuple[int, int], ...]]:
        ranges: dict[str, list[tuple[int, int]]] = {
            file: list(spans) for file, spans in self._test_mods.items() if spans
        }
        for function in self.functions:
            if function.is_test and not function.file.startswith(_TEST_DIRS):
                ranges.setdefault(function.file, []).append(
                    (function.line_start, function.line_end)
                )
        return {file: tuple(sorted(spans)) for file, spans in ranges.items()}


# Trait methods that run without being named: `to_string()` and `format!` call `fmt`, `==`
# calls `eq`, a `for` loop calls `next`, `+` calls `add`... A name here reaches a crate
# function of that name (an `impl Display for Date` is on the path of `date.to_string()`).
_IMPLICIT = {
    "fmt": {"to_string", "format", "write", "writeln", "println", "print", "eprintln",
            "panic", "assert_eq", "assert_ne", "format_args", "expect", "unwrap"},
    "eq": {"==", "!=", "assert_eq", "assert_ne", "contains", "dedup", "position"},
    "ne": {"!="},
    "partial_cmp": {"<", ">", "<=", ">=", "sort", "max", "min", "sort_by", "partial_cmp"},
    "cmp": {"sort", "sort_unstable", "max", "min", "binary_search", "cmp", "BTreeMap",
            "BTreeSet", "BinaryHeap"},
    "next": {"for", "collect", "sum", "count", "map", "filter", "fold", "last", "nth"},
    "from": {"into", "from", "?"},
    "from_str": {"parse"},
    "default": {"default", "Default", "unwrap_or_default"},
    "add": {"+", "sum"}, "sub": {"-"}, "mul": {"*", "product"}, "div": {"/"}, "rem": {"%"},
    "neg": {"-"}, "not": {"!"},
    "add_assign": {"+="}, "sub_assign": {"-="}, "mul_assign": {"*="}, "div_assign": {"/="},
    "index": {"["}, "index_mut": {"["}, "deref": {"*", "."}, "deref_mut": {"*", "."},
    "clone": {"clone", "cloned", "to_vec", "to_owned"},
    "hash": {"HashMap", "HashSet", "insert", "get", "contains_key"},
    "drop": {"{"},
}  # fmt: skip


@lru_cache(maxsize=256)
def _token_starts(source: SourceFile) -> list[int]:
    return [token.start for token in source.tokens]


def _references(source: SourceFile, item: Item) -> tuple[set[str], set[str]]:
    """The names a function calls (`name(`, `.name(`, `Type::name(`, also inside macro
    arguments such as `assert_eq!(total(&xs), 6)`, which the parse tree keeps as raw tokens)
    and the type names it mentions, read from its tokens."""
    starts = _token_starts(source)  # the file's tokens are in order: slice, do not scan
    tokens = source.tokens[bisect_left(starts, item.start) : bisect_left(starts, item.end)]
    calls: set[str] = set()
    uses: set[str] = set()
    for index, token in enumerate(tokens):
        if token.kind != "ident":
            continue
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following == "(" or (following == "::" and _turbofish(tokens, index + 1)):
            calls.add(token.text)
        if token.text[:1].isupper():
            uses.add(token.text)
    texts = {token.text for token in tokens}
    calls |= {method for method, triggers in _IMPLICIT.items() if triggers & texts}
    return calls, uses


def _turbofish(tokens: Sequence[Any], at: int) -> bool:
    """`name::<T>(`: a call with explicit generic arguments."""
    return at + 1 < len(tokens) and tokens[at + 1].text == "<"


def _attributes(source: SourceFile, item: Item) -> str:
    """The `#[...]` attribute text directly above an item ("" when it has none)."""
    return source.text[item.attrs_at : item.start] if item.attrs_at >= 0 else ""
