"""Moves for move and borrow errors (E0382, E0505, E0507-E0509, E0499, E0502, E0506...).

The general tools are: clone at the use that moves, borrow instead of moving, clone the
collection a loop borrows while the body mutates, and copy a scalar out instead of holding a
reference to it. Which one keeps the tests green is for the sandbox to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rusta.proposers.context import ProposalContext, candidate
from rusta.proposers.moves.common import needs_parens, short_expression, span_label, wrap
from rusta.tools.source import matching_close
from rusta.types import Candidate, Diagnostic, Span


def propose_move(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    code = diagnostic.code
    if code in {"E0382", "E0505"}:
        for span in span_label(
            diagnostic,
            r"value moved|moved here|moved due to|moved into|"
            r"moved (with|by)|move out",
        ):
            yield from _clone_or_borrow(context, diagnostic, span, "moved value")
        if code == "E0505" and diagnostic.primary:
            yield from _clone_or_borrow(context, diagnostic, diagnostic.primary, "moved value")
        for span in span_label(diagnostic, r"borrow of .* occurs here"):
            yield from _clone_borrowed(context, diagnostic, span)
    elif code in {"E0507", "E0508", "E0509"} and diagnostic.primary:
        yield from _move_out_of_borrow(context, diagnostic, diagnostic.primary)


def propose_borrow(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    for span in span_label(
        diagnostic,
        r"(immutable|first) borrow occurs|"
        r"borrow of .* occurs here|`.*` is borrowed here",
    ):
        if span.is_primary:
            continue
        yield from _clone_borrowed(context, diagnostic, span)
    yield from _reuse_borrow(context, diagnostic)
    if diagnostic.code == "E0499":
        yield from _swap_elements(context, diagnostic)
    yield from _check_then_index(context, diagnostic)
    yield from _inline_self_method(context, diagnostic)
    for span in span_label(diagnostic, r"later used|later stored|used later"):
        yield from _own_the_borrow(context, diagnostic, span)
    if diagnostic.code == "E0373" and diagnostic.primary:
        start, _ = context.span_chars(diagnostic.primary)
        yield candidate(
            f"{diagnostic.code}/move-closure",
            "make the closure own what it captures",
            [context.insert(diagnostic.primary.file, start, "move ")],
            0.5,
            diagnostic,
        )


def _clone_or_borrow(
    context: ProposalContext, diagnostic: Diagnostic, span: Span, what: str
) -> Iterator[Candidate]:
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    source = context.text(file)
    before = source[max(0, start - 12) : start]
    if re.search(r"\bin\s+$", before):  # `for x in items` moves items: iterate by reference
        yield candidate(
            f"{diagnostic.code}/borrow-in-for",
            f"iterate over `&{text}`, not `{text}`",
            [context.insert(file, start, "&")],
            0.45,
            diagnostic,
        )
    if text.endswith(")") and re.search(r"\.into_iter\(\)$", text):
        fixed = text[: -len(".into_iter()")] + ".iter()"
        yield candidate(
            f"{diagnostic.code}/iter-not-into-iter",
            "borrow with `.iter()`",
            [context.edit(file, start, end, fixed)],
            0.4,
            diagnostic,
        )
    yield candidate(
        f"{diagnostic.code}/clone-at-use",
        f"clone the {what} `{text}` where it moves",
        [context.replace_expression(file, start, end, f"{wrap(text)}.clone()")],
        0.5,
        diagnostic,
    )
    if not text.startswith("&") and not re.search(r"\bin\s+$", before):
        yield candidate(
            f"{diagnostic.code}/borrow-instead-of-move",
            f"pass `&{text}` instead",
            [context.insert(file, start, "&")],
            0.25,
            diagnostic,
        )


def _clone_borrowed(
    context: ProposalContext, diagnostic: Diagnostic, span: Span
) -> Iterator[Candidate]:
    """The first borrow conflicts with a later mutation: clone or copy what it borrows."""
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    if text.startswith("&"):
        inner = text.lstrip("&").removeprefix("mut ").strip()
        yield candidate(
            f"{diagnostic.code}/copy-instead-of-borrow",
            f"copy `{inner}` out instead of borrowing it",
            [context.edit(file, start, end, inner)],
            0.35,
            diagnostic,
        )
        yield candidate(
            f"{diagnostic.code}/clone-instead-of-borrow",
            f"clone `{inner}` instead of borrowing it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            0.35,
            diagnostic,
        )
        return
    receiver = re.match(
        r"^(.*?)\.(iter|iter_mut|keys|values|chars|lines|split\w*|get|first|last)"
        r"\(",
        text,
    )
    base = receiver.group(1) if receiver else text
    if base and not base.endswith("?"):
        edit = context.edit(file, start, start + len(base), f"{wrap(base)}.clone()")
        yield candidate(
            f"{diagnostic.code}/clone-borrowed",
            f"clone `{base}` so the mutation does not conflict with the borrow",
            [edit],
            0.4,
            diagnostic,
        )


def _own_the_borrow(
    context: ProposalContext, diagnostic: Diagnostic, span: Span
) -> Iterator[Candidate]:
    """The borrow that conflicts lives on in a local (`let name = &plugin.name;`): make that
    local own its value (`plugin.name.clone()`), so the borrow ends at once."""
    if not context.owns(span.file):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    line_end = text.find("\n", end)
    rest_of_line = text[end : line_end if line_end >= 0 else len(text)]
    names = re.findall(r"\b[a-z_]\w*\b", text[start:end])[:3]
    names += re.findall(r"\b[a-z_]\w*\b", rest_of_line)  # `self.exec(op)`: the argument
    for name in dict.fromkeys(n for n in names if n not in {"self", "mut", "ref"}):
        binding = None
        for match in re.finditer(
            rf"\blet\s+(?:mut\s+)?{name}\s*(?::[^=]+)?=\s*([^;]+);", text[:start]
        ):
            binding = match
        if binding is None:
            continue
        value = binding.group(1).strip()
        at, until = binding.start(1), binding.start(1) + len(binding.group(1).rstrip())
        if value.startswith("&"):
            inner = value.lstrip("&").removeprefix("mut ").strip()
            options = [f"{wrap(inner)}.clone()"]
        else:
            options = [f"{wrap(value)}.clone()", f"{wrap(value)}.to_owned()"]
        for rank, option in enumerate(options):
            yield candidate(
                f"{diagnostic.code}/own-the-borrow",
                f"let `{name}` own its value so the borrow ends at once",
                [context.edit(span.file, at, until, option)],
                0.4 - 0.1 * rank,
                diagnostic,
            )
        return


def _swap_elements(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """`let a = &mut v[i]; let b = &mut v[j]; mem::swap(a, b);` → `v.swap(i, j);`: two
    mutable borrows of one slice's elements is what `slice::swap` exists for."""
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    pattern = re.compile(
        r"(?P<indent>[ \t]*)let\s+(?P<a>\w+)\s*=\s*&mut\s+(?P<v>[\w.]+)\[(?P<i>[^\]]+)\];\s*\n"
        r"\s*let\s+(?P<b>\w+)\s*=\s*&mut\s+(?P=v)\[(?P<j>[^\]]+)\];\s*\n"
        r"\s*(?:std::)?mem::swap\(\s*(?P=a)\s*,\s*(?P=b)\s*\);"
    )
    start, _ = context.span_chars(primary)
    for match in pattern.finditer(text, max(0, start - 400), start + 400):
        replacement = (
            f"{match.group('indent')}{match.group('v')}.swap({match.group('i')}, "
            f"{match.group('j')});"
        )
        yield candidate(
            f"{diagnostic.code}/slice-swap",
            "swap the two elements with `.swap()`",
            [context.edit(primary.file, match.start(), match.end(), replacement)],
            0.5,
            diagnostic,
        )


def _check_then_index(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """The classic conditional-return borrow (NLL problem case 3):
    `if let Some(x) = map.get(k) { return x; } map.insert(..)` → test with `contains_key`,
    then index, so no borrow is held on the path that inserts."""
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    start, _ = context.span_chars(primary)
    pattern = re.compile(r"if\s+let\s+Some\((\w+)\)\s*=\s*([\w.]+)\.get\(([^()]*)\)\s*\{")
    for match in pattern.finditer(text, max(0, start - 1500), start):
        name, collection, key = match.groups()
        close = matching_close(text, match.end() - 1)
        if close < 0:
            continue
        body = text[match.end() : close]
        if not re.search(rf"\breturn\s+{name}\b|\b{name}\s*$", body.strip()):
            continue
        index_key = key.strip()
        indexed = f"&{collection}[{index_key}]"
        new_body = re.sub(rf"\b{name}\b", indexed, body)
        edit = context.edit(
            primary.file, match.start(), close, f"if {collection}.contains_key({key}) {{{new_body}"
        )
        yield candidate(
            f"{diagnostic.code}/check-then-index",
            "test with `contains_key` and index, so no borrow outlives the check",
            [edit],
            0.4,
            diagnostic,
        )


def _inline_self_method(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """A closure over one field calls a `&self` method (borrowing all of `self`): inline the
    method's one-expression body so only the fields it uses are borrowed."""
    primary = diagnostic.primary
    if primary is None or not context.owns(primary.file):
        return
    text = context.text(primary.file)
    spans = [s for s in diagnostic.spans if s.file == primary.file]
    for span in spans:
        start, end = context.span_chars(span)
        line_begin = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        region = text[line_begin : line_end if line_end >= 0 else len(text)]
        for call in re.finditer(r"\bself\.(\w+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)", region):
            body = _one_expression_method(context, call.group(1))
            if body is None:
                continue
            parameters, expression = body
            arguments = [a.strip() for a in call.group(2).split(",") if a.strip()]
            if len(arguments) != len(parameters):
                continue
            for parameter, argument in zip(parameters, arguments, strict=True):
                expression = re.sub(
                    rf"\b{parameter}\b",
                    f"({argument})" if needs_parens(argument) else argument,
                    expression,
                )
            at = line_begin + call.start()
            yield candidate(
                f"{diagnostic.code}/inline-method",
                f"inline `self.{call.group(1)}(..)` so the closure borrows only the "
                "fields it needs",
                [context.edit(primary.file, at, line_begin + call.end(), wrap(expression))],
                0.35,
                diagnostic,
            )
            return


def _one_expression_method(context: ProposalContext, name: str) -> tuple[list[str], str] | None:
    for symbol in context.symbols.named(name, ["method"]):
        source = context.text(symbol.file)
        match = re.compile(
            r"fn\s+\w+\s*\(\s*&\s*self\s*,?([^)]*)\)[^{]*\{\s*([^;{}]+?)\s*\}", re.S
        ).match(source, symbol.keyword_at)
        if match:
            parameters = [p.split(":")[0].strip() for p in match.group(1).split(",") if ":" in p]
            return parameters, match.group(2).strip()
    return None


def _reuse_borrow(context: ProposalContext, diagnostic: Diagnostic) -> Iterator[Candidate]:
    """`let state = &mut self.state; ... self.state ...` → use `*state` instead (E0503/E0506)."""
    span = diagnostic.primary
    if span is None or not context.owns(span.file):
        return
    used = context.span_text(span)
    if not used or "\n" in used or not re.fullmatch(r"[\w.]+", used):
        return
    text = context.text(span.file)
    start, end = context.span_chars(span)
    binding = None
    for match in re.finditer(
        rf"\blet\s+(?:mut\s+)?(\w+)\s*=\s*&(mut\s+)?{re.escape(used)}\s*;", text[:start]
    ):
        binding = match
    if binding:
        yield candidate(
            f"{diagnostic.code}/reuse-borrow",
            f"read through the existing borrow `{binding.group(1)}`",
            [context.replace_expression(span.file, start, end, f"*{binding.group(1)}")],
            0.4,
            diagnostic,
        )


def _move_out_of_borrow(
    context: ProposalContext, diagnostic: Diagnostic, span: Span
) -> Iterator[Candidate]:
    found = short_expression(context, span)
    if found is None:
        return
    text, start, end = found
    file = span.file
    code = diagnostic.code
    if text.startswith("*"):
        inner = text[1:]
        yield candidate(
            f"{code}/clone-instead-of-deref",
            f"clone `{inner}` instead of moving it",
            [context.edit(file, start, end, f"{wrap(inner)}.clone()")],
            0.45,
            diagnostic,
        )
    yield candidate(
        f"{code}/clone-at-use",
        f"clone `{text}` instead of moving out of a borrow",
        [context.edit(file, start, end, f"{wrap(text)}.clone()")],
        0.5,
        diagnostic,
    )
    yield candidate(
        f"{code}/borrow-instead-of-move",
        f"borrow `{text}` instead of moving it",
        [context.insert(file, start, "&")],
        0.35,
        diagnostic,
    )
    yield candidate(
        f"{code}/as-ref",
        f"look at `{text}` through `.as_ref()`",
        [context.edit(file, start, end, f"{wrap(text)}.as_ref()")],
        0.2,
        diagnostic,
    )
    yield candidate(
        f"{code}/take",
        f"take `{text}` out, leaving its default behind",
        [context.edit(file, start, end, f"std::mem::take(&mut {text})")],
        0.2,
        diagnostic,
    )
