"""What a whole-item model task is (issue 14): which item a problem asks to (re)write.

A small model does far better rewriting one whole item than writing diffs, so each problem
is turned into an `ItemTask`: the region of one file the answer replaces (or, for code that
does not exist yet, the place it is inserted), what to ask for, and the code around it that
explains the intent (the tests that call it, the trait it implements, a TODO comment).

- an error inside a fn, method, impl, struct or enum → rewrite that item (never a test:
  tests pin the behaviour);
- a call to a function or method that does not exist (E0425, E0432, E0599) → write it;
- an impl missing trait items (E0046) → rewrite the impl with them;
- a failing test (`failing-test`, issue 13's test mode) → rewrite the crate fn it panicked in (a
  `todo!()` body), or else the crate fns the test calls;
- a TODO in a crate that compiles (`todo`, the validator's intent mode) → rewrite the item it
  sits in (or stands above), its TODO comment dropped; a TODO between items → write the code it
  asks for in the comment's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rusta.errors import EditFailed
from rusta.knowledge.todos import item_below
from rusta.proposers.context import ProposalContext
from rusta.tools.source import Item, SourceFile
from rusta.types import TEST_FAILURE_CODE, TODO_CODE, Diagnostic

FAILING_TEST = TEST_FAILURE_CODE
REWRITABLE = ("fn", "method", "impl", "struct", "enum", "trait")
MAX_RELATED_LINES = 60

_MISSING_FN = re.compile(
    r"cannot find function(?:, tuple struct or tuple variant)? `(\w+)`"
    r"|unresolved import `(?:crate|[a-z_]\w*)::(?:\w+::)*(\w+)`"
)
_MISSING_METHOD = re.compile(
    r"no (?:method|function or associated item) named `(\w+)` found for "
    r"(?:struct|enum|reference `&(?:mut )?|mutable reference `&mut |type) ?`?(\w+)"
)
_PLACEHOLDER = re.compile(r"\btodo!\s*\(|\bunimplemented!\s*\(|//\s*TODO\b|/\*\s*TODO\b")


@dataclass(frozen=True)
class ItemTask:
    file: str
    start: int  # code points: the region the answer replaces; start == end inserts
    end: int
    kind: str  # "rewrite", "add-fn", "add-method"
    name: str  # the item's name ("total", "impl Shape for Circle")
    instruction: str
    answer: str  # "the complete rewritten `fn total`"
    owner: str = ""  # add-method: the type the method belongs to
    related: tuple[tuple[str, str], ...] = ()
    inner_start: int = -1  # rewrite: where the item starts after its docs and attributes

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.file}:{self.name}"


def tasks_for(context: ProposalContext, diagnostic: Diagnostic) -> list[ItemTask]:
    """The item tasks a problem names, most likely first (at most two)."""
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return []
    if diagnostic.code == FAILING_TEST:
        return _failing_test_tasks(context, diagnostic)[:2]
    if diagnostic.code == TODO_CODE:
        return _todo_tasks(context, diagnostic)
    tasks: list[ItemTask] = []
    missing = _MISSING_FN.search(diagnostic.message)
    if missing and diagnostic.code in ("E0425", "E0432"):
        tasks += _add_fn(context, diagnostic, missing.group(1) or missing.group(2))
    method = _MISSING_METHOD.search(diagnostic.message)
    if method and diagnostic.code == "E0599":
        tasks += _add_method(context, diagnostic, method.group(1), method.group(2))
    source = context.source(span.file)
    at = context.span_chars(span)[0]
    kinds = ("impl",) if diagnostic.code == "E0046" else REWRITABLE
    item = _innermost(source, at, kinds)
    if item is not None and not source.is_test_item(span.file, item):
        tasks.append(rewrite(context, span.file, item, _why(diagnostic)))
    return tasks[:2]


def rewrite(context: ProposalContext, file: str, item: Item, why: str) -> ItemTask:
    source = context.source(file)
    label = _label(source, item)
    related = _related(context, file, item)
    return ItemTask(
        file,
        item.outer_start,
        item.end,
        "rewrite",
        label,
        f"Rewrite `{label}` in {file}. {why}",
        f"the complete rewritten `{label}`",
        related=related,
        inner_start=item.start,
    )


def splice(text: str, task: ItemTask, code: str) -> str:
    """The file with the answer in place of the task's region (or inserted at it). Extra
    items the answer repeats (the struct a method belongs to, a test module) are dropped;
    a bare method for `add-method` is wrapped in `impl Owner { ... }`."""
    code = _without_repeats(code, text, task)
    if task.kind == "add-method" and not re.match(r"\s*impl\b", code):
        body = "\n".join(("    " + line) if line.strip() else line for line in code.split("\n"))
        code = f"impl {task.owner} {{\n{body}\n}}"
    if task.kind == "rewrite" and task.name.startswith("impl") and not re.match(r"\s*impl\b", code):
        close = text.rfind("}", task.start, task.end)  # only the missing methods: add them
        body = "\n".join(
            ("    " + line) if line.strip() else line for line in _dedent(code).split("\n")
        )
        return text[:close].rstrip() + "\n\n" + body + "\n" + text[close:]
    if task.kind == "rewrite":
        start = task.start
        if task.inner_start >= 0 and not code.lstrip().startswith(("///", "#[", "//!", "/**")):
            start = task.inner_start  # the answer left the docs out: keep the user's
        indent = _indent_at(text, start)
        lines = _dedent(code).split("\n")
        code = "\n".join((indent + line) if line.strip() else line for line in lines)
        code = code[len(indent) :] if code.startswith(indent) else code
        return text[:start] + code + text[task.end :]
    before = text[: task.start].rstrip("\n")
    after = text[task.end :].lstrip("\n")
    return f"{before}\n\n{code.strip()}\n" + (f"\n{after}" if after else "")


def _without_repeats(code: str, text: str, task: ItemTask) -> str:
    answer = SourceFile(code)
    if not answer.parsed_cleanly:
        return code  # the compiler's feedback will say what is wrong with it
    if task.kind == "rewrite" and task.name.startswith("fn "):
        methods = [i for i in answer.items if i.kind == "method" and i.name == task.name[3:]]
        if methods and not any(i.kind == "fn" and i.name == task.name[3:] for i in answer.items):
            return _whole_lines(code, methods[0])  # unwrapped from its impl
    existing = SourceFile(text)
    own = {
        (i.kind, i.name)
        for i in existing.items
        if not i.container and not (task.start <= i.start < max(task.end, task.start + 1))
    }
    kept: list[str] = []
    for item in answer.items:
        if item.kind == "use" and not item.container:
            continue  # a `use` where the item was may be invalid (inside an impl): rustc says
        if item.container or item.kind in ("field", "variant"):
            continue
        if item.kind == "mod" and (
            "test" in item.name or "cfg(test)" in code[item.outer_start : item.start]
        ):
            continue
        if item.kind == "fn" and item.name == "main" and task.name not in ("main", "fn main"):
            continue
        repeated = (item.kind, item.name) in own and task.kind != "rewrite"
        if repeated or _same_other(item, own, task):
            continue
        kept.append(_whole_lines(code, item))
    if not kept:
        raise EditFailed(
            f"the answer repeats code that is already there and holds no {task.answer}"
        )
    return "\n\n".join(kept)


def _whole_lines(code: str, item: Item) -> str:
    """The item's text from the start of its first line (its indentation kept, so the
    lines after it dedent with it)."""
    start = max(item.outer_start, 0)
    return code[code.rfind("\n", 0, start) + 1 : item.end]


def _same_other(item: Item, own: set[tuple[str, str]], task: ItemTask) -> bool:
    """An item of the answer that already exists elsewhere in the file (not the one the task
    rewrites): kept twice it would be a duplicate definition."""
    if task.kind != "rewrite" or (item.kind, item.name) not in own:
        return False
    return item.name not in task.name and item.kind != "impl"


# --- the kinds of task -----------------------------------------------------------------------


def _add_fn(context: ProposalContext, diagnostic: Diagnostic, name: str) -> list[ItemTask]:
    span = diagnostic.primary
    assert span is not None
    home = _library_file(context, span.file)
    if home is None:
        return []
    source = context.source(home)
    at = _before_tests(source)
    caller = _caller(context, span.file, context.span_chars(span)[0]) or _uses_of(context, name)
    return [
        ItemTask(
            home,
            at,
            at,
            "add-fn",
            name,
            f"The function `{name}` is called but does not exist yet. Write it in {home} so "
            "that the code calling it compiles and the tests pass.",
            f"the complete new function `{name}` (public, with a one-line doc comment)",
            related=(*caller, *_file_outline(context, home, at)),
        )
    ]


def _add_method(
    context: ProposalContext, diagnostic: Diagnostic, name: str, owner: str
) -> list[ItemTask]:
    span = diagnostic.primary
    assert span is not None
    for file in context.files:
        source = context.source(file)
        defined = [i for i in source.items_of("struct", "enum") if i.name == owner]
        if not defined:
            continue
        impls = [i for i in source.items_of("impl") if i.name == owner and _inherent(source, i)]
        caller = _caller(context, span.file, context.span_chars(span)[0])
        if impls:
            task = rewrite(context, file, impls[0], "")
            why = f"Add the method `{name}` that the code below calls; keep the other methods."
            instruction = f"Rewrite `{task.name}` in {file}. {why}"
            return [replace(task, instruction=instruction, related=(*caller, *task.related))]
        at = defined[0].end
        return [
            ItemTask(
                file,
                at,
                at,
                "add-method",
                name,
                f"The method `{owner}::{name}` is called but does not exist yet. Write it.",
                f"an `impl {owner}` block with the new method `{name}`",
                owner,
                related=(*caller, ("the type", _numbered_item(source, defined[0]))),
            )
        ]
    return []


def _failing_test_tasks(context: ProposalContext, diagnostic: Diagnostic) -> list[ItemTask]:
    """The crate fn the test panicked in (a `todo!()` body), else the fns the test calls."""
    tasks: list[ItemTask] = []
    seen: set[tuple[str, int]] = set()
    why = diagnostic.message
    test_code: tuple[tuple[str, str], ...] = ()
    for span in diagnostic.spans:
        if not context.owns(span.file):
            continue
        source = context.source(span.file)
        item = _innermost(source, context.span_chars(span)[0], ("fn", "method"))
        if item is None or (span.file, item.start) in seen:
            continue
        seen.add((span.file, item.start))
        if source.is_test_item(span.file, item):
            test_code = test_code or (("the failing test", _numbered_item(source, item)),)
            tasks += [
                task
                for task in _callees(context, source, item)
                if (task.file, task.start) not in seen
            ]
            continue
        tasks.append(rewrite(context, span.file, item, f"A test fails: {why}"))
    return [
        replace(t, related=(*test_code, *t.related)) for t in _placeholders_first(context, tasks)
    ]


def _todo_tasks(context: ProposalContext, diagnostic: Diagnostic) -> list[ItemTask]:
    """The item a TODO sits in (or the one right below its comment), rewritten without the
    TODO; a TODO between items is replaced by the code it asks for."""
    span = diagnostic.primary
    assert span is not None
    source = context.source(span.file)
    start, end = context.span_chars(span)
    asks = " ".join((diagnostic.message, *diagnostic.children))
    item = item_below(source, start) or _innermost(source, start, REWRITABLE)
    outline = _file_outline(context, span.file, len(source.text))
    if item is not None and not source.is_test_item(span.file, item):
        why = f"Do what its TODO asks ({asks}), then delete the TODO comment."
        task = rewrite(context, span.file, item, why)
        if item.start > start:  # the comment stands above the item: replace both
            task = replace(task, start=source.text.rfind("\n", 0, start) + 1, inner_start=-1)
        return [replace(task, related=(*task.related, *outline))]
    line_start = source.text.rfind("\n", 0, start) + 1
    newline = source.text.find("\n", end)  # the span holds the comment's continuation lines
    block_end = len(source.text) if newline < 0 else newline + 1
    return [
        ItemTask(
            span.file,
            line_start,
            block_end,
            "add-item",
            f"TODO at {span.file}:{span.line_start}",
            f"A TODO in {span.file} asks for code nobody wrote yet: {asks}. Write it, so the "
            "crate compiles and its tests pass.",
            "the complete new code the TODO asks for (whole items, public where the rest of "
            "the crate uses them, each with a one-line doc comment)",
            related=(*_uses_of_todo(context, diagnostic), *outline),
        )
    ]


def drop_todo_comment(text: str, diagnostic: Diagnostic) -> str:
    """The text without the TODO comment the task did (its line and continuation lines, as
    the answer kept them); code on the same line as the comment stays."""
    span = diagnostic.primary
    if diagnostic.code != TODO_CODE or span is None or "TODO" not in span.text:
        return text
    marker = span.text[span.text.index("TODO") :].strip()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        at = line.find("//")
        if at < 0 or line[at:].lstrip("/! ").strip() != marker.lstrip("/! ").strip():
            continue
        drop = 1
        for extra in diagnostic.children:
            following = lines[number + drop].strip() if number + drop < len(lines) else ""
            if not following.startswith("//") or following.lstrip("/! ").strip() != extra:
                break
            drop += 1
        code = line[:at].rstrip()
        return "\n".join([*lines[:number], *([code] if code else []), *lines[number + drop :]])
    return text


def _uses_of_todo(context: ProposalContext, diagnostic: Diagnostic) -> tuple[tuple[str, str], ...]:
    """The code that would call what the TODO asks for: names in backticks it mentions."""
    found: tuple[tuple[str, str], ...] = ()
    for name in re.findall(r"`(\w+)`", " ".join((diagnostic.message, *diagnostic.children))):
        found += _uses_of(context, name)
    return found[:2]


def _callees(context: ProposalContext, source: SourceFile, test: Item) -> list[ItemTask]:
    called = set(re.findall(r"\b([a-z_]\w*)\s*\(", source.text[test.start : test.end]))
    tasks = []
    for file in context.files:
        file_source = context.source(file)
        for item in file_source.items_of("fn", "method"):
            if item.name in called and not file_source.is_test_item(file, item):
                why = (
                    "A test that calls it fails; make it do what its doc comment and the test say."
                )
                tasks.append(rewrite(context, file, item, why))
    return tasks


def _placeholders_first(context: ProposalContext, tasks: list[ItemTask]) -> list[ItemTask]:
    def unfinished(task: ItemTask) -> bool:
        return bool(_PLACEHOLDER.search(context.text(task.file)[task.start : task.end]))

    return sorted(tasks, key=lambda t: not unfinished(t))


# --- context for the prompt ------------------------------------------------------------------


def _related(context: ProposalContext, file: str, item: Item) -> tuple[tuple[str, str], ...]:
    """What explains the item: the trait it implements, the type of a method, the tests and
    code that call it."""
    source = context.source(file)
    found: list[tuple[str, str]] = []
    header = source.text[item.start : source.text.find("{", item.start) + 1]
    trait = re.match(r"\s*impl(?:<[^>]*>)?\s+([\w:]+)(?:<[^>]*>)?\s+for\b", header)
    if trait:
        for other in context.files:
            for candidate in context.source(other).items_of("trait"):
                if candidate.name == trait.group(1).split("::")[-1]:
                    found.append(
                        (f"the trait, in {other}", _numbered_item(context.source(other), candidate))
                    )
    if item.owner:
        for candidate in source.items_of("struct", "enum"):
            if candidate.name == item.owner:
                found.append(("the type", _numbered_item(source, candidate)))
    name = item.name
    if item.kind in ("fn", "method") and name:
        for other in context.files:
            other_source = context.source(other)
            for caller in other_source.items_of("fn", "method"):
                body = other_source.text[caller.start : caller.end]
                calls = caller is not item and re.search(rf"\b{re.escape(name)}\s*\(", body)
                if calls and other_source.is_test_item(other, caller):
                    found.append((f"a test in {other}", _numbered_item(other_source, caller)))
                elif calls and caller.name == "main" and not caller.container:
                    # a binary's `main` is what `cargo run` checks: its asserts are the spec
                    found.append(
                        (f"`main` in {other}, which calls it", _numbered_item(other_source, caller))
                    )
                if len(found) >= 3:
                    break
    return tuple(found[:3])


def _caller(context: ProposalContext, file: str, at: int) -> tuple[tuple[str, str], ...]:
    source = context.source(file)
    item = _innermost(source, at, ("fn", "method"))
    if item is None:
        return ()
    return ((f"the code that calls it, {file}", _numbered_item(source, item)),)


def _uses_of(context: ProposalContext, name: str) -> tuple[tuple[str, str], ...]:
    """Up to two fns (tests first) that call `name`: what the missing code must do."""
    found: list[tuple[bool, str, str]] = []
    for file in context.files:
        source = context.source(file)
        for item in source.items_of("fn", "method"):
            if re.search(rf"\b{re.escape(name)}\s*[(:<]", source.text[item.start : item.end]):
                test = source.is_test_item(file, item)
                found.append(
                    (not test, f"code that calls it, {file}", _numbered_item(source, item))
                )
    found.sort(key=lambda f: f[0])
    return tuple((title, code) for _, title, code in found[:2])


def _file_outline(context: ProposalContext, file: str, upto: int) -> tuple[tuple[str, str], ...]:
    """The library code above the insertion point (short files whole; else its signatures)."""
    text = context.text(file)[:upto].rstrip()
    if not text:
        return ()
    lines = text.split("\n")
    if len(lines) > MAX_RELATED_LINES:
        lines = [
            line
            for line in lines
            if re.match(r"\s*(pub\s+)?(fn|struct|enum|trait|impl|use|type|const)\b", line)
        ]
    return ((f"{file} so far", "\n".join(lines[:MAX_RELATED_LINES])),)


def _numbered_item(source: SourceFile, item: Item) -> str:
    from rusta.llm.prompts import numbered

    start = max(item.outer_start, 0)
    line = source.line_col(start)[0]
    line_start = source.text.rfind("\n", 0, start) + 1
    return numbered(source.text[line_start : item.end], line)


def numbered_region(source: SourceFile, start: int, end: int) -> tuple[str, int, int]:
    """The region's whole lines with line numbers, and its first and last line."""
    from rusta.llm.prompts import numbered

    line_start = source.text.rfind("\n", 0, start) + 1
    first = source.line_col(line_start)[0]
    text = source.text[line_start:end]
    return numbered(text, first), first, first + text.count("\n")


# --- small helpers ---------------------------------------------------------------------------


def _innermost(source: SourceFile, at: int, kinds: tuple[str, ...]) -> Item | None:
    best: Item | None = None
    for item in source.items:
        inside = item.kind in kinds and max(item.outer_start, 0) <= at < item.end
        if inside and (best is None or item.start >= best.start):
            best = item
    return best


def _inherent(source: SourceFile, item: Item) -> bool:
    """`impl Type { ... }`, not `impl Trait for Type { ... }`."""
    return " for " not in source.text[item.start : source.text.find("{", item.start)]


def _label(source: SourceFile, item: Item) -> str:
    if item.kind in ("fn", "method"):
        return f"fn {item.name}"
    if item.kind == "impl":
        header = source.text[item.start : source.text.find("{", item.start)].strip()
        return re.sub(r"\s+", " ", header)
    return f"{item.kind} {item.name}"


def _why(diagnostic: Diagnostic) -> str:
    if diagnostic.code == "E0046":
        return "Implement every missing trait item, doing what the trait's docs say."
    return "Fix the errors below; keep what it is meant to do."


def _library_file(context: ProposalContext, file: str) -> str | None:
    if not file.startswith(("tests/", "benches/", "examples/")):
        return file
    for candidate in ("src/lib.rs", "src/main.rs"):
        if candidate in context.files:
            return candidate
    return None


def _before_tests(source: SourceFile) -> int:
    """Where new library code goes: before the `#[cfg(test)]` module, else at the end."""
    for module in source.items_of("mod"):
        if "cfg(test)" in source.text[max(module.outer_start, 0) : module.start]:
            return max(module.outer_start, 0)
    return len(source.text)


def _indent_at(text: str, index: int) -> str:
    line_start = text.rfind("\n", 0, index) + 1
    prefix = text[line_start:index]
    return prefix if not prefix.strip() else ""


def _dedent(code: str) -> str:
    lines = code.split("\n")
    widths = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(widths) if widths else 0
    return "\n".join(line[cut:] for line in lines)
