#!/usr/bin/env python3
"""Apply one test-failing mutation operator to a copied crate and write gold.diff.

Usage (from anywhere):

    python3 scripts/logic_mutants.py CASE_DIR --op relational --at src/version.rs:42 [--nth N]
        [--from TEXT] [--to TEXT] [--delta D] [--args I,J] [--with LINE] [--record]
    python3 scripts/logic_mutants.py CASE_DIR --op OP --at src/version.rs --where 'TEXT' ...

CASE_DIR holds a crate whose `src/` is the *correct* code (a trimmed copy of a
real crate, or handwritten code). The operator rewrites one place on the given
line (or on the first line containing --where TEXT), the mutated file is
written back, and `CASE_DIR/gold.diff` is (re)written as the inverse patch:
applying it from a copy of CASE_DIR with `git apply` (or `patch -p1` inside a
git checkout) restores the original code. Running the script again on the same case adds a second
mutation: the pristine tree is rebuilt by applying the existing gold.diff to a
temporary copy, so gold.diff always undoes every mutation.

With --record, `mutation = "<op> at <file>:<line>"` is written to case.toml
(joined with "; " when there are several mutations), and the exact arguments go
to `mutation_args` (a list of argument lists), so that

    python3 scripts/logic_mutants.py --replay CASE_DIR...

can rebuild the pristine code from gold.diff, re-apply the recorded mutations and
check that this reproduces the case's src/ and gold.diff byte for byte.

Operators (N = --nth, the N-th match on the line, counting from 0):
  relational     < <= > >= == != (surrounded by spaces): < -> <=, <= -> <, > -> >=,
                 >= -> >, == -> !=, != -> ==   (--to overrides the replacement)
  arithmetic     binary + - * / % (surrounded by spaces) and += -= *= /=;
                 default + <-> -, * <-> /, % -> /; --to chooses the operator
  off-by-one     a range `..=` <-> `..`, or with --delta D the N-th integer literal + D
  wrong-literal  the N-th integer or float literal becomes --to
  negation       `&&` <-> `||`, or removes the N-th prefix `!` (--from '!' ),
                 or with --to '!' inserts `!` before the text --from
  wrong-method   a method call .a( -> .b( from a family (min/max, first/last,
                 trim_start/trim_end, starts_with/ends_with, floor/ceil,
                 to_lowercase/to_uppercase, min_by_key/max_by_key, find/rfind,
                 pop_front/pop_back, any/all, ...; see METHODS); --to overrides
                 (and then any method on the line may be picked)
  missing-rev    removes the N-th `.rev()`
  missing-break  removes a `break;`/`return ...;`/`continue;` statement on the line
                 (a line left empty is deleted, for every operator)
  swapped-args   swaps top-level arguments I and J (--args I,J, default 0,1) of the
                 N-th parenthesised call on the line
  wrong-variable replaces the N-th whole-word identifier --from with --to
  arm-order      swaps line LINE with line --with (two match arms, one line each)
  replace        replaces the N-th occurrence of --from with --to (anything else)
  delete         deletes lines LINE..=--with (a forgotten statement or block)
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REL = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
ARITH = {
    "+": "-",
    "-": "+",
    "*": "/",
    "/": "*",
    "%": "/",
    "+=": "-=",
    "-=": "+=",
    "*=": "/=",
    "/=": "*=",
}
METHODS = [
    ("min", "max"),
    ("first", "last"),
    ("trim_start", "trim_end"),
    ("starts_with", "ends_with"),
    ("floor", "ceil"),
    ("to_lowercase", "to_uppercase"),
    ("to_ascii_lowercase", "to_ascii_uppercase"),
    ("min_by_key", "max_by_key"),
    ("min_by", "max_by"),
    ("find", "rfind"),
    ("split_first", "split_last"),
    ("pop_front", "pop_back"),
    ("push_front", "push_back"),
    ("saturating_sub", "wrapping_sub"),
    ("is_some", "is_none"),
    ("any", "all"),
    ("take", "skip"),
    ("strip_prefix", "strip_suffix"),
    ("nth", "nth_back"),
]


class MutationError(Exception):
    pass


def _pick(matches, nth, what):
    if not matches:
        raise MutationError(f"no {what} on the line")
    if nth >= len(matches):
        raise MutationError(f"only {len(matches)} {what} on the line")
    return matches[nth]


def _splice(line, m_start, m_end, new):
    return line[:m_start] + new + line[m_end:]


def mutate_line(line, op, a):
    nth = a.nth
    if op == "relational":
        ms = list(re.finditer(r"(?<=\s)(<=|>=|==|!=|<|>)(?=\s)", line))
        m = _pick(ms, nth, "relational operator")
        return _splice(line, m.start(), m.end(), a.to or REL[m.group(1)])
    if op == "arithmetic":
        ms = list(re.finditer(r"(?<=\s)(\+=|-=|\*=|/=|\+|-|\*|/|%)(?=\s)", line))
        m = _pick(ms, nth, "arithmetic operator")
        return _splice(line, m.start(), m.end(), a.to or ARITH[m.group(1)])
    if op == "off-by-one":
        if a.delta is None:
            ms = list(re.finditer(r"\.\.=?", line))
            m = _pick(ms, nth, "range")
            return _splice(line, m.start(), m.end(), ".." if m.group(0) == "..=" else "..=")
        ms = list(re.finditer(r"(?<![\w.])(\d[\d_]*)(?![\w.])", line))
        m = _pick(ms, nth, "integer literal")
        value = int(m.group(1).replace("_", "")) + a.delta
        return _splice(line, m.start(), m.end(), str(value))
    if op == "wrong-literal":
        ms = list(re.finditer(r"(?<![\w.])(\d[\d_]*(?:\.\d+)?|0x[0-9A-Fa-f_]+)(?![\w])", line))
        m = _pick(ms, nth, "literal")
        if a.to is None:
            raise MutationError("wrong-literal needs --to")
        return _splice(line, m.start(), m.end(), a.to)
    if op == "negation":
        if a.to == "!":
            i = line.find(a.frm)
            if i < 0:
                raise MutationError(f"{a.frm!r} not on the line")
            return line[:i] + "!" + line[i:]
        if a.frm == "!":
            ms = list(re.finditer(r"!(?!=)", line))
            m = _pick(ms, nth, "prefix `!`")
            return _splice(line, m.start(), m.end(), "")
        ms = list(re.finditer(r"&&|\|\|", line))
        m = _pick(ms, nth, "`&&`/`||`")
        return _splice(line, m.start(), m.end(), "||" if m.group(0) == "&&" else "&&")
    if op == "wrong-method":
        names = {}
        for x, y in METHODS:
            names[x], names[y] = y, x
        ms = [m for m in re.finditer(r"\.(\w+)(?=\s*[(:])", line) if m.group(1) in names or a.to]
        m = _pick(ms, nth, "method of a known family")
        return _splice(line, m.start(1), m.end(1), a.to or names[m.group(1)])
    if op == "missing-rev":
        ms = list(re.finditer(r"\.rev\(\)", line))
        m = _pick(ms, nth, "`.rev()`")
        return _splice(line, m.start(), m.end(), "")
    if op == "missing-break":
        ms = list(re.finditer(r"\b(break|continue)\b[^;]*;|\breturn\b[^;]*;", line))
        m = _pick(ms, nth, "break/return statement")
        new = _splice(line, m.start(), m.end(), "")
        return None if new.strip() == "" else new
    if op == "swapped-args":
        i, j = (int(x) for x in (a.args or "0,1").split(","))
        opens = [k for k, c in enumerate(line) if c == "("]
        start = _pick(opens, nth, "call")
        depth, args, cur, k = 0, [], start + 1, start
        for k in range(start, len(line)):
            c = line[k]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
                if depth == 0:
                    args.append((cur, k))
                    break
            elif c == "," and depth == 1:
                args.append((cur, k))
                cur = k + 1
        else:
            raise MutationError("call not closed on the line")
        texts = [line[s:e] for s, e in args]
        stripped = [t.strip() for t in texts]
        stripped[i], stripped[j] = stripped[j], stripped[i]
        rebuilt = ", ".join(stripped)
        return line[: start + 1] + rebuilt + line[args[-1][1] :]
    if op == "wrong-variable":
        if not a.frm or not a.to:
            raise MutationError("wrong-variable needs --from and --to")
        ms = list(re.finditer(rf"(?<![\w.]){re.escape(a.frm)}\b", line))
        m = _pick(ms, nth, f"identifier {a.frm!r}")
        return _splice(line, m.start(), m.end(), a.to)
    if op == "replace":
        if a.frm is None or a.to is None:
            raise MutationError("replace needs --from and --to")
        ms = [m for m in re.finditer(re.escape(a.frm), line)]
        m = _pick(ms, nth, f"occurrence of {a.frm!r}")
        return _splice(line, m.start(), m.end(), a.to)
    raise MutationError(f"unknown operator {op!r}")


def crate_files(root):
    out = {}
    for base, _dirs, files in os.walk(os.path.join(root, "src")):
        for f in files:
            p = os.path.join(base, f)
            with open(p, encoding="utf-8") as fh:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = fh.read()
    return out


def pristine_files(case):
    """The crate's src before any mutation: current src with gold.diff applied."""
    gold = os.path.join(case, "gold.diff")
    if not os.path.exists(gold) or os.path.getsize(gold) == 0:
        return crate_files(case)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(case, "src"), os.path.join(tmp, "src"))
        subprocess.run(["git", "apply", os.path.abspath(gold)], cwd=tmp, check=True)
        return crate_files(tmp)


def inverse_diff(mutated, pristine):
    chunks = []
    for path in sorted(set(mutated) | set(pristine)):
        old, new = mutated.get(path, ""), pristine.get(path, "")
        if old == new:
            continue
        body = list(
            difflib.unified_diff(
                old.splitlines(True), new.splitlines(True), "a/" + path, "b/" + path, n=3
            )
        )
        chunks.append(f"diff --git a/{path} b/{path}\n")
        for line in body:
            chunks.append(
                line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            )
    return "".join(chunks)


def _read_case_toml(case):
    path = os.path.join(case, "case.toml")
    if not os.path.exists(path):
        return None, []
    with open(path, encoding="utf-8") as fh:
        return path, fh.read().splitlines()


def record(case, text, args):
    """Add `text` to case.toml `mutation` and the arguments to `mutation_args`."""
    path, lines = _read_case_toml(case)
    if path is None:
        return
    for key, value in (("mutation", text), ("mutation_args", args)):
        for k, line in enumerate(lines):
            if line.startswith(key + " = "):
                old = json.loads(line[len(key) + 3 :])
                new = f"{old}; {value}" if key == "mutation" else [*old, value]
                lines[k] = f"{key} = {json.dumps(new)}"
                break
        else:
            lines.append("{} = {}".format(key, json.dumps(value if key == "mutation" else [value])))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def replay(case):
    """Re-apply a case's recorded mutations to its pristine code; True if that
    reproduces the case's src/ and gold.diff exactly."""
    _path, lines = _read_case_toml(case)
    runs = [
        json.loads(row[len("mutation_args = ") :])
        for row in lines
        if row.startswith("mutation_args = ")
    ]
    if not runs:
        print(f"{case}: no mutation_args")
        return False
    pristine = pristine_files(case)
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in pristine.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, rel)), exist_ok=True)
            with open(os.path.join(tmp, rel), "w", encoding="utf-8") as fh:
                fh.write(text)
        for args in runs[0]:
            main([tmp, *args])
        same_src = crate_files(tmp) == crate_files(case)
        with (
            open(os.path.join(tmp, "gold.diff"), encoding="utf-8") as a,
            open(os.path.join(case, "gold.diff"), encoding="utf-8") as b,
        ):
            same_gold = a.read() == b.read()
    ok = same_src and same_gold
    print(
        "{} {}{}".format(
            "ok  " if ok else "FAIL",
            case,
            ""
            if ok
            else " (src {}, gold.diff {})".format(
                "same" if same_src else "differs", "same" if same_gold else "differs"
            ),
        )
    )
    return ok


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--replay":
        results = [replay(c) for c in argv[1:]]
        return 0 if all(results) else 1
    raw_args = [a for a in argv[1:] if a != "--record"]
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("case")
    p.add_argument("--op", required=True)
    p.add_argument(
        "--at", required=True, help="src/file.rs:LINE (1-based), or src/file.rs with --where"
    )
    p.add_argument("--where", dest="where", help="the line is the first one containing this text")
    p.add_argument("--nth", type=int, default=0)
    p.add_argument("--from", dest="frm")
    p.add_argument("--to")
    p.add_argument("--delta", type=int)
    p.add_argument("--args")
    p.add_argument("--with", dest="with_line", type=int)
    p.add_argument("--record", action="store_true")
    a = p.parse_args(argv)

    rel, _, lineno = a.at.rpartition(":")
    if not rel:
        rel, lineno = a.at, None
    path = os.path.join(a.case, rel)
    pristine = pristine_files(a.case)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lineno is None:
        if not a.where:
            raise SystemExit("--at without a line needs --where TEXT")
        hits = [k for k, row in enumerate(lines, 1) if a.where in row]
        if not hits:
            raise SystemExit(f"{a.where!r} not found in {rel}")
        lineno = hits[0]
        a.at = f"{rel}:{lineno}"
    lineno = int(lineno)
    idx = lineno - 1
    if a.op == "delete":
        last = (a.with_line or lineno) - 1
        before, after = f"lines {lineno}-{last + 1} deleted", ""
        del lines[idx : last + 1]
    elif a.op == "arm-order":
        if a.with_line is None:
            raise SystemExit("arm-order needs --with LINE")
        j = a.with_line - 1
        lines[idx], lines[j] = lines[j], lines[idx]
        before, after = f"line {lineno} <-> line {a.with_line}", ""
    else:
        before = lines[idx]
        try:
            after = mutate_line(before, a.op, a)
        except MutationError as e:
            raise SystemExit(f"{a.op}: {e} at {a.at}") from e
        if after == before:
            raise SystemExit(f"{a.op}: the mutation changes nothing at {a.at}")
        if after is None or after.strip() == "":
            after = None  # a statement removed: drop the emptied line
            del lines[idx]
        else:
            lines[idx] = after
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    diff = inverse_diff(crate_files(a.case), pristine)
    with open(os.path.join(a.case, "gold.diff"), "w", encoding="utf-8") as fh:
        fh.write(diff)
    if a.record:
        record(a.case, f"{a.op} at {a.at}", raw_args)
    print("{} at {}:\n  - {}\n  + {}".format(a.op, a.at, before.strip(), (after or "").strip()))


if __name__ == "__main__":
    sys.exit(main())
