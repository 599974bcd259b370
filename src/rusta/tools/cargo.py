"""Typed wrappers over cargo and rustc: check, clippy, test, --explain, versions.

No policy lives here: a wrapper runs one command through `tools.run` and returns what the
toolchain said as Rusta's types. Every command is offline and time-limited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rusta.errors import CrateError, ToolError, ToolTimeout
from rusta.tools.run import Completed, Running, run, start

if TYPE_CHECKING:
    from rusta.types import Diagnostic, Frame, TestCase, TestReport

# The vocabulary's types and the diagnostics parser are imported where output is parsed, not
# here: the head start (cli/headstart.py) imports this module to launch the first `cargo
# check`, and every module it loads first delays that launch (issue 19).

_RUNNING = re.compile(r"^\s*Running (?:unittests )?(\S+)")
_DOC_TESTS = re.compile(r"^\s*Doc-tests (\S+)")
_TEST_LINE = re.compile(r"^test (.+?) \.\.\. (ok|FAILED|ignored)")
_FAILURE_HEADER = re.compile(r"^---- (.+?) stdout ----$")
_PANICKED = re.compile(r"^thread '.*?'(?: \(\d+\))? panicked at (\S+?):?$")
_BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1`"
_FRAME = re.compile(r"^\s*\d+: (.+)$")
_FRAME_AT = re.compile(r"^\s+at (\S+?):(\d+):(\d+)$")
_PROGRAM_PANIC = re.compile(r"thread '[^']*'(?: \(\d+\))? panicked at (\S+?):?$", re.M)
_MANIFEST_PROBLEMS = (
    "failed to parse manifest",
    "could not find `Cargo.toml`",
    "failed to load manifest",
    "no targets specified",
    "failed to read",
)


@dataclass(frozen=True)
class CheckResult:
    diagnostics: tuple[Diagnostic, ...]
    success: bool
    seconds: float

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


def _env(target_dir: Path | None) -> dict[str, str]:
    return {"CARGO_TARGET_DIR": str(target_dir)} if target_dir else {}


def check(
    crate: Path, target_dir: Path | None = None, timeout: float = 300.0, clippy: bool = False
) -> CheckResult:
    """`cargo check` (or `cargo clippy`) of every target, as diagnostics."""
    return check_result(start_check(crate, target_dir, clippy).wait(timeout), crate)


def start_check(crate: Path, target_dir: Path | None = None, clippy: bool = False) -> Running:
    """The same `cargo check`, started and left running (`check_result` reads it)."""
    verb = "clippy" if clippy else "check"
    command = ["cargo", verb, "--workspace", "--all-targets", "--message-format=json"]
    return start(command, crate, env=_env(target_dir)).read_in_background()


def check_result(done: Completed, crate: Path) -> CheckResult:
    _raise_for_toolchain_failure(done, crate)
    from rusta.tools.diagnostics import parse_cargo_stream

    diagnostics = tuple(parse_cargo_stream(done.stdout))
    if done.returncode != 0 and not any(d.is_error for d in diagnostics):
        _raise_unexplained(done, crate)
    return CheckResult(diagnostics, done.returncode == 0, done.seconds)


def test(
    crate: Path,
    target_dir: Path | None = None,
    timeout: float = 300.0,
    filters: tuple[str, ...] = (),
    doc_tests: bool = True,
    incremental: bool = True,
) -> TestReport:
    """`cargo test --no-fail-fast`, parsed per test and qualified by the target that ran it;
    `doc_tests=False` (the crate has none: tools.doctests) runs `--tests`, the same tests;
    `incremental=False` builds them without the incremental cache (CARGO_INCREMENTAL=0)."""
    running = start_test(crate, target_dir, filters, doc_tests, incremental)
    return test_result(running.wait(timeout), crate)


def start_test(
    crate: Path,
    target_dir: Path | None = None,
    filters: tuple[str, ...] = (),
    doc_tests: bool = True,
    incremental: bool = True,
) -> Running:
    """The same `cargo test`, started and left running (`test_result` reads it)."""
    targets = () if doc_tests else ("--tests",)
    command = ["cargo", "test", "--workspace", "--no-fail-fast", *targets, *filters]
    # a short backtrace names the crate's frames a failed test went through (localization);
    # it is read at run time only, so the build cache is the same as without it
    env = {**_env(target_dir), "RUST_BACKTRACE": "1"}
    if not incremental:
        env["CARGO_INCREMENTAL"] = "0"
    return start(command, crate, env=env, merge_stderr=True).read_in_background()


def test_result(done: Completed, crate: Path) -> TestReport:
    from rusta.types import TestReport

    if done.timed_out:
        return TestReport((), compiled=True, timed_out=True, output_tail=done.stdout[-2000:])
    _raise_for_toolchain_failure(replace(done, stderr=done.stdout), crate)
    cases = tuple(parse_test_output(done.stdout))
    compiled = "error: could not compile" not in done.stdout
    return TestReport(cases, compiled=compiled, output_tail=done.stdout[-2000:])


@dataclass(frozen=True)
class ProgramRun:
    """What the crate's binary did when run once with no input (see `run_program`)."""

    ran: bool  # False: no single binary to run, or it did not build
    exit_code: int = 0
    timed_out: bool = False
    panicked_at: str = ""  # "src/main.rs:3:5" when it panicked
    overflowed: bool = False  # the stack overflowed (runaway recursion)
    signal: int = 0  # the signal that killed it, as cargo reports it ("signal: 11, SIGSEGV")
    output_tail: str = ""


def run_program(crate: Path, target_dir: Path | None, timeout: float) -> ProgramRun:
    """`cargo run` the crate's one binary with stdin closed, to see whether it panics.

    Only for crates without tests, as the last evidence a fix can have: a program that runs
    past the patched code without panicking or recursing away. A timeout is not a verdict (a
    server or an interactive program waits); neither is a crate with several binaries.
    """
    done = run(["cargo", "run", "--quiet"], crate, timeout=timeout, env=_env(target_dir), input="")
    text = done.stdout + done.stderr
    if done.timed_out:
        return ProgramRun(True, timed_out=True, output_tail=text[-1000:])
    if "could not determine which binary to run" in text or "error: could not compile" in text:
        return ProgramRun(False, output_tail=text[-1000:])
    if "a bin target must be available" in text:
        return ProgramRun(False, output_tail=text[-1000:])
    panic = _PROGRAM_PANIC.search(text)
    killed = re.search(r"\(signal: (\d+)", text)
    return ProgramRun(
        True,
        exit_code=done.returncode,
        panicked_at=panic.group(1) if panic else "",
        overflowed="has overflowed its stack" in text,
        signal=int(killed.group(1)) if killed else 0,
        output_tail=text[-1000:],
    )


def machine_code(crate: Path, target_dir: Path | None, timeout: float) -> str | None:
    """The crate's optimised machine code (its library, else its one binary) as assembly
    text without the lines that name source places, or None when it cannot be built so.

    Two patches whose crates compile to the same machine code behave the same, whatever
    their source says (`x as u64`, `u64::from(x)` and `x.into()` for a `u32`); different
    code may behave differently, and then only the developer can say which was meant."""
    # Small functions are otherwise left out of a library's own code (rustc marks them for
    # inlining into the crates that call them); RUSTC_BOOTSTRAP lets stable rustc take the
    # flag that keeps them. Generic and #[inline] code is still not compiled here: a
    # difference there goes unseen, and the two patches count as the same behaviour.
    flags = ["--", "--emit=asm", "-C", "debuginfo=0", "-C", "codegen-units=1"]
    flags.append("-Zcross-crate-inline-threshold=never")
    env = {**_env(target_dir), "RUSTC_BOOTSTRAP": "1"}
    deps = (target_dir or crate / "target") / "release" / "deps"
    for selection in (["--lib"], []):
        for stale in deps.glob("*.s") if deps.is_dir() else ():
            stale.unlink(missing_ok=True)
        command = ["cargo", "rustc", "--release", "--quiet", *selection, *flags]
        done = run(command, crate, timeout=timeout, env=env)
        if done.returncode == 0:
            listings = sorted(deps.glob("*.s"))
            return "\n".join(_code_lines(path.read_text(errors="replace")) for path in listings)
        if "no library targets found" not in done.stderr:
            return None
    return None


_NOT_CODE = (".file", ".loc", ".ident", "#", "//", ".cfi_", ".section\t.debug", ".section .debug")


def _code_lines(assembly: str) -> str:
    """The instructions and data of an assembly listing, without comments and the lines that
    only say where in the source they came from."""
    lines = (line.strip() for line in assembly.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith(_NOT_CODE))


def parse_test_output(text: str) -> list[TestCase]:
    """`test name ... ok` lines, each named `target::name` so unit and integration tests differ.

    A failed test also gets what libtest printed in its `---- name stdout ----` section: the
    panic location and message (`assertion `left == right` failed`, `left:`/`right:` values).
    """
    from rusta.types import TestCase

    target = "?"
    cases = []
    failures: dict[str, list[str]] = {}
    section: list[str] | None = None
    for line in text.splitlines():
        if match := _RUNNING.match(line):
            target, section = _target_name(match.group(1)), None
        elif match := _DOC_TESTS.match(line):
            target, section = "doc", None
        elif match := _TEST_LINE.match(line):
            name, status = match.groups()
            cases.append(TestCase(f"{target}::{name}", status == "ok", status == "ignored"))
        elif match := _FAILURE_HEADER.match(line):
            section = failures.setdefault(f"{target}::{match.group(1)}", [])
        elif line == "failures:" or line.startswith("test result:"):
            section = None
        elif section is not None:
            section.append(line)
    return [_with_failure(case, failures.get(case.name, [])) for case in cases]


def _with_failure(case: TestCase, lines: list[str]) -> TestCase:
    if case.passed or not lines:
        return case
    location, message = "", []
    for number, line in enumerate(lines):
        if line.startswith("stack backtrace:"):
            frames = _crate_frames(lines[number + 1 :])
            return replace(case, message=_joined(message), location=location, frames=frames)
        if match := _PANICKED.match(line):
            location = match.group(1)
        elif not line.startswith(_BACKTRACE_NOTE):
            message.append(line)
    return replace(case, message=_joined(message), location=location)


def _joined(lines: list[str]) -> str:
    return "\n".join(lines).strip()


def _crate_frames(lines: list[str]) -> tuple[Frame, ...]:
    """The frames of a short backtrace whose source is the crate's own (a relative path:
    the standard library's and dependencies' are absolute), innermost first; closures
    (`{{closure}}`) fold into the function that holds them."""
    from rusta.types import Frame

    frames: list[Frame] = []
    function = ""
    for line in lines:
        if match := _FRAME.match(line):
            function = match.group(1).strip()
        elif (match := _FRAME_AT.match(line)) and function:
            path, row, column = match.groups()
            if path.startswith("/") or "/.cargo/" in path:
                continue
            name = function.removesuffix("::{{closure}}")
            file = path.removeprefix("./")
            if not any(f.function == name and f.file == file for f in frames):
                frames.append(Frame(name, file, int(row), int(column)))
            function = ""
    return tuple(frames)


def _target_name(path: str) -> str:
    # "src/lib.rs (target/debug/deps/demo-1a2b)" → "src/lib.rs"; "tests/api.rs" stays.
    return path.strip("()")


def explain(code: str) -> str:
    """The error index entry for `code`, offline, or "" when rustc has none."""
    if not re.fullmatch(r"E\d{4}", code):
        return ""
    done = run(["rustc", "--explain", code], Path.cwd(), timeout=30)
    return done.stdout if done.returncode == 0 else ""


def version(tool: str) -> str | None:
    """The first line `tool --version` prints, or None when it is not installed."""
    command = [*tool.split(), "--version"]
    try:
        done = run(command, Path.cwd(), timeout=30)
    except Exception:
        return None
    return done.stdout.strip().splitlines()[0] if done.returncode == 0 and done.stdout else None


def _raise_for_toolchain_failure(done: Completed, crate: Path) -> None:
    if done.timed_out:
        raise ToolTimeout(f"`{' '.join(done.command[:2])}` did not finish in time in {crate}")
    if done.returncode == 0:
        return
    stderr = done.stderr
    for problem in _MANIFEST_PROBLEMS:
        if problem in stderr:
            raise CrateError(f"{crate}: {_cargo_reason(stderr, problem)}")
    if "no matching package named" in stderr or "failed to get" in stderr:
        raise ToolError(
            f"{crate}: a dependency is not available offline; `rusta doctor` explains how to "
            "build against Debian's packaged crates"
        )


def _cargo_reason(stderr: str, fallback: str) -> str:
    """cargo's error line and its "Caused by:" chain, in cargo's words, on one line:
    "failed to parse manifest at `Cargo.toml`: failed to parse the `edition` key: ..."."""
    lines = stderr.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("error")), None)
    if start is None:
        return fallback
    reasons = [lines[start].removeprefix("error: ").strip()]
    for line in lines[start + 1 :]:
        text = line.strip()
        if not text or text == "Caused by:":
            continue
        if line.startswith(("warning", "error")) or not line.startswith(" "):
            break
        reasons.append(text)
    return ": ".join(reasons)


def _raise_unexplained(done: Completed, crate: Path) -> None:
    """cargo failed but reported no compiler error: say what cargo said, never call it clean."""
    first = next((ln for ln in done.stderr.splitlines() if ln.startswith("error")), "")
    message = first.removeprefix("error: ") or f"`{' '.join(done.command[:2])}` failed"
    if "Cargo.toml" in done.stderr or "manifest" in done.stderr:
        raise CrateError(f"{crate}: {message} (in Cargo.toml)")
    raise ToolError(f"{crate}: {message}")
