#!/usr/bin/env python3
"""Verify the logic-bug sets (examples/logic, examples/logic-holdout).

Usage:

    python3 scripts/verify_logic_set.py examples/logic/*/* examples/logic-holdout/*/*

For each case directory, one cargo at a time, offline:

1. copy the crate to a temp dir without gold.diff, case.toml and holdback/;
2. `cargo build --all-targets` must succeed;
3. `cargo test --no-fail-fast` must fail exactly the tests in case.toml `failing`
   (named `<target>::<test fn>`, e.g. `tests/api.rs::parses_empty`) and pass at
   least one other test;
4. gold.diff must touch no file under tests/; after `git apply gold.diff`,
   `cargo test` must pass every test;
5. after copying holdback/*.rs into tests/, `cargo test` must still pass every test.

It also checks the case's shape: case.toml fields, `kind` equal to the parent
directory name, edition 2021, no dependencies, 30-150 lines under src/; and, for
mutants of real crates, that `scripts/logic_mutants.py --replay` reproduces the
case's src/ and gold.diff from the recorded `mutation_args`.

Builds share one target dir (CARGO_TARGET_DIR if set, else <tmp>/logic-target).
`--fill` writes the observed failing tests into case.toml instead of checking them
(for authoring). Exit status 1 when any case fails.
"""

import argparse
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

SKIP = {"gold.diff", "case.toml", "holdback", "target", "Cargo.lock"}
KINDS = {
    "relational",
    "off-by-one",
    "arithmetic",
    "division",
    "negation",
    "swapped-args",
    "wrong-variable",
    "wrong-literal",
    "wrong-method",
    "missing-rev",
    "missing-break",
    "arm-order",
    "other",
}


def load_toml(path):
    with open(path, "rb") as fh:
        data = fh.read()
    if tomllib:
        return tomllib.loads(data.decode("utf-8"))
    out = {}
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^(\w+)\s*=\s*(.*)$", line)
        if m:
            v = m.group(2).strip()
            if v.startswith("["):
                out[m.group(1)] = re.findall(r'"((?:[^"\\]|\\.)*)"', v)
            else:
                out[m.group(1)] = v.strip('"')
    return out


def run(cmd, cwd, env):
    p = subprocess.run(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    return p.returncode, p.stdout


def test_results(output):
    """{'tests/api.rs::name': 'ok'|'FAILED'|'ignored'} from cargo test output."""
    results, target = {}, "?"
    for line in output.splitlines():
        m = re.match(r"\s*Running (?:unittests )?(\S+)", line)
        if m:
            target = m.group(1)
            continue
        m = re.match(r"\s*Doc-tests (\S+)", line)
        if m:
            target = "doc"
            continue
        m = re.match(r"test (.+?) \.\.\. (ok|FAILED|ignored)", line)
        if m:
            results[f"{target}::{m.group(1)}"] = m.group(2)
    return results


def diff_paths(diff_text):
    return re.findall(r"^\+\+\+ b/(\S+)", diff_text, re.M) + re.findall(
        r"^--- a/(\S+)", diff_text, re.M
    )


def verify(case, env, fill=False):
    problems = []
    case = case.rstrip("/")
    meta = load_toml(os.path.join(case, "case.toml"))
    for key in ("class", "kind", "codes", "failing", "description", "origin"):
        if key not in meta:
            problems.append(f"case.toml has no {key!r}")
    if meta.get("class") != "logic":
        problems.append("class is not 'logic'")
    kind = os.path.basename(os.path.dirname(case))
    if meta.get("kind") != kind:
        problems.append("kind {!r} but directory {!r}".format(meta.get("kind"), kind))
    if kind not in KINDS:
        problems.append(f"unknown kind {kind!r}")
    if meta.get("codes") != ["failing-test"]:
        problems.append("codes is not ['failing-test']")
    if str(meta.get("origin", "")).startswith("mutant"):
        if "mutation" not in meta or "mutation_args" not in meta:
            problems.append("mutant without `mutation`/`mutation_args` fields")
        else:
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            import logic_mutants

            with contextlib.redirect_stdout(io.StringIO()) as out:
                reproduced = logic_mutants.replay(case)
            if not reproduced:
                problems.append(
                    "logic_mutants.py --replay does not reproduce the case: "
                    + out.getvalue().strip()
                )
    cargo = load_toml(os.path.join(case, "Cargo.toml"))
    if cargo.get("package", {}).get("edition") != "2021" and tomllib:
        problems.append("edition is not 2021")
    if cargo.get("dependencies"):
        problems.append("has dependencies")
    src_lines = 0
    for base, _d, files in os.walk(os.path.join(case, "src")):
        for f in files:
            with open(os.path.join(base, f), encoding="utf-8") as fh:
                src_lines += len(fh.read().splitlines())
    if not 30 <= src_lines <= 150:
        problems.append(f"src has {src_lines} lines (want 30-150)")
    with open(os.path.join(case, "gold.diff"), encoding="utf-8") as fh:
        gold = fh.read()
    if any(p.startswith("tests/") for p in diff_paths(gold)):
        problems.append("gold.diff touches tests/")
    holdback = (
        sorted(f for f in os.listdir(os.path.join(case, "holdback")) if f.endswith(".rs"))
        if os.path.isdir(os.path.join(case, "holdback"))
        else []
    )
    if not holdback:
        problems.append("no holdback/*.rs")

    expected = set(meta.get("failing", []))
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "crate")
        # shutil.copy, not copy2: fresh mtimes, so cargo never mistakes this copy for an
        # earlier build of the same package in the shared target dir.
        shutil.copytree(
            case,
            work,
            copy_function=shutil.copy,
            ignore=lambda d, names: [n for n in names if d == case and n in SKIP],
        )
        rc, out = run(["cargo", "build", "--all-targets", "--offline", "--quiet"], work, env)
        if rc != 0:
            return [*problems, "broken crate does not build:\n" + out[-2000:]], None
        rc, out = run(["cargo", "test", "--no-fail-fast", "--offline"], work, env)
        res = test_results(out)
        failed = {t for t, r in res.items() if r == "FAILED"}
        passed = {t for t, r in res.items() if r == "ok"}
        if fill:
            meta["failing"] = sorted(failed)
            write_failing(case, sorted(failed))
            expected = failed
        if failed != expected:
            problems.append(
                f"broken crate fails {sorted(failed)}, case.toml lists {sorted(expected)}"
            )
        if not failed:
            problems.append("no test fails on the broken crate")
        if len(failed) > 3:
            problems.append(f"{len(failed)} tests fail (want 1-3)")
        if not passed:
            problems.append("no test passes on the broken crate")
        if rc == 0:
            problems.append("cargo test succeeded on the broken crate")
        ap = subprocess.run(
            ["git", "apply", os.path.abspath(os.path.join(case, "gold.diff"))],
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if ap.returncode != 0:
            return [*problems, "gold.diff does not apply: " + ap.stdout], (failed, passed)
        rc, out = run(["cargo", "test", "--no-fail-fast", "--offline"], work, env)
        bad = sorted(t for t, r in test_results(out).items() if r == "FAILED")
        if rc != 0:
            problems.append("after gold.diff, cargo test fails: %s" % (bad or out[-1500:]))
        for f in holdback:
            shutil.copy(
                os.path.join(case, "holdback", f), os.path.join(work, "tests", "holdback_" + f)
            )
        rc, out = run(["cargo", "test", "--no-fail-fast", "--offline"], work, env)
        hres = test_results(out)
        bad = sorted(t for t, r in hres.items() if r == "FAILED")
        if rc != 0:
            problems.append("with holdback tests, the gold crate fails: %s" % (bad or out[-1500:]))
        if not any(t.startswith("tests/holdback_") for t in hres):
            problems.append("holdback tests did not run")
    return problems, (failed, passed)


def write_failing(case, failing):
    path = os.path.join(case, "case.toml")
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    text = "failing = [{}]".format(", ".join(f'"{t}"' for t in failing))
    for k, line in enumerate(lines):
        if line.startswith("failing"):
            lines[k] = text
            break
    else:
        lines.insert(3, text)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--fill", action="store_true")
    a = ap.parse_args(argv)
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", os.path.join(tempfile.gettempdir(), "logic-target"))
    env["CARGO_TERM_COLOR"] = "never"
    env.pop("RUST_BACKTRACE", None)
    bad = 0
    for case in a.cases:
        if not os.path.exists(os.path.join(case, "case.toml")):
            continue
        t0 = time.time()
        problems, res = verify(case, env, a.fill)
        status = "ok" if not problems else "FAIL"
        counts = "" if not res else f" ({len(res[0])} failing, {len(res[1])} passing)"
        print(f"{status:<4} {case}{counts} [{time.time() - t0:.0f}s]", flush=True)
        for p in problems:
            print("     - " + p.replace("\n", "\n       "), flush=True)
        bad += bool(problems)
    total = len([c for c in a.cases if os.path.exists(os.path.join(c, "case.toml"))])
    print(f"{total - bad} of {total} cases verified")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
