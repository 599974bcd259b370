"""Validate (SPEC §2): every touch of the sandbox slots, and the verdict on what they said.

The search decides what to try next; this module tries it. `Validator` owns the slots:
- `check` builds a state (cached by state hash; clippy in lint mode),
- `judge` compares a batch of candidate states with the problems the step started from, one
  slot each, in parallel (did the problems shrink without new ones?),
- `prove` runs the tests of a state that has no problem left: it is green only if no new
  correctness warning sits on a changed line, every test that passed before still passes, a
  guess is confirmed by a passing test, and a test-less binary runs without crashing,
- a failed test is re-run alone (exact libtest name): a test seen both passing and failing
  is flaky, never counted as proof either way (SPEC §2: 2-of-3, then abstain).
`baseline_tests` applies the same rerun rule to the untouched crate for `check` and `fix`.

Test mode (SPEC §2 Failing tests): a crate that compiles but fails tests has those tests as
its problems. `check` of a state then also runs its tests, and each failing test is a
diagnostic (knowledge.failing) whose spans are the suspects fault localization ranked; the
search's progress rule counts them like errors (fewer failing tests, none newly failing).
A candidate that edits test code, or code off the failing tests' call path, is refused
before it is built; a state is green when every test that failed passes (the repaired tests
are run once more alone) and every test that passed still does.

Intent mode (issue 14, with a model plugged in): a crate that compiles and passes its tests
but holds TODOs (`// TODO: ...`, a `todo!()` no test reaches) has those TODOs as its problems
(knowledge.todos). A state is green when its TODOs are gone, its code (not only its comments)
changed, every test still passes, and a binary without tests runs to exit 0, as a developer
would check it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rusta.config import Settings
from rusta.knowledge.failing import failure_diagnostic, timed_out_diagnostic
from rusta.knowledge.localize import Localization, localize
from rusta.knowledge.todos import only_comments_changed, todo_diagnostics
from rusta.loop import policy
from rusta.loop.propose import state_hash
from rusta.patch.count import changed_line_numbers, touched_old_lines
from rusta.sandbox.slots import Slot
from rusta.trace.events import Tracer
from rusta.types import Diagnostic, TestCase, TestReport, Verdict


@dataclass(frozen=True)
class BaselineTests:
    """The tests of the untouched crate: which fail (with their messages), which are flaky."""

    report: TestReport
    failing: tuple[TestCase, ...]  # failed on the first run and again on the rerun
    flaky: tuple[str, ...]  # failed, then passed when re-run alone

    @property
    def green(self) -> bool:
        return self.report.compiled and not self.report.timed_out and not self.failing


@dataclass
class Checked:
    diagnostics: list[Diagnostic]
    seconds: float


@dataclass(frozen=True)
class Proof:
    """What the tests (and the other witnesses) said about a state with no problem left."""

    green: bool
    why: str
    report: TestReport | None = None  # None: judged red before the tests ran
    flaky: tuple[str, ...] = ()  # tests seen passing and failing: the search must stop


def _complete(verdict: Verdict) -> bool:
    """The state took the step forward and has no problem left: the tests judge it next."""
    return verdict.green and verdict.errors_after == 0


def libtest_name(qualified: str) -> str:
    """`tests/api.rs::parses` → `parses`, `src/lib.rs::tests::sums` → `tests::sums` (the
    name libtest matches with --exact); "" for doc tests, which cannot be run alone so."""
    target, _, name = qualified.partition(".rs::")
    return name if name and target != "doc" else ""


def baseline_tests(slot: Slot, timeout: float) -> BaselineTests:
    """Run the crate's tests once; re-run the failures alone to tell failing from flaky."""
    report = slot.test(timeout)
    failures = report.failures
    names = tuple(name for name in (libtest_name(c.name) for c in failures) if name)
    if not failures or not names or not report.compiled or report.timed_out:
        return BaselineTests(report, tuple(sorted(failures, key=lambda c: c.name)), ())
    rerun = slot.test(timeout, only=names)
    flaky = tuple(sorted(c.name for c in failures if c.name in rerun.passed))
    failing = tuple(sorted((c for c in failures if c.name not in flaky), key=lambda c: c.name))
    return BaselineTests(report, failing, flaky)


class Validator:
    """The sandbox slots of one episode, and the rules that turn their output into verdicts."""

    def __init__(
        self,
        slots: Sequence[Slot],
        settings: Settings,
        tracer: Tracer,
        read_pristine: Callable[[str], str],
        rust_files: Sequence[str] = (),
        intent: bool = False,
    ) -> None:
        self.slots = list(slots)
        self.settings = settings
        self.tracer = tracer
        self.read_pristine = read_pristine
        self.rust_files = tuple(rust_files)
        self.lint_mode = False  # the crate compiles: clippy's lints are the problems
        self.test_mode = False  # the crate compiles and tests fail: the failing tests are
        self.intent = intent  # a model can write code: TODOs may be problems (intent mode)
        self.intent_mode = False  # the crate compiles, tests pass: its TODOs are the problems
        self.tests: BaselineTests | None = None  # the untouched crate's tests, once run
        self.target_tests: frozenset[str] = frozenset()  # test mode: what must pass
        self.localization: Localization | None = None  # test mode: the suspects, the scope
        self.baseline_passing: frozenset[str] | None = None  # tests a fix must keep
        self.test_runs = 0
        self._test_timeout = settings.test_timeout
        self._reports: dict[str, TestReport] = {}  # test mode: a state's test run, by hash
        self._checks: dict[str, Checked] = {}
        self._behaviours: dict[str, str | None] = {}
        self._pool = ThreadPoolExecutor(max_workers=len(self.slots))

    @property
    def width(self) -> int:
        """How many candidates one batch validates side by side."""
        return len(self.slots)

    @property
    def sandbox_root(self) -> Path:
        """The first slot's copy of the crate (for tools that read its config, like rustfmt)."""
        return self.slots[0].root

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def pristine(self, name: str) -> str:
        """The user's text of `name`, or "" for a file a candidate creates."""
        try:
            return self.read_pristine(name)
        except FileNotFoundError:
            return ""

    # --- the untouched crate -----------------------------------------------------------------

    def baseline(self, lints: bool, proving: bool = True) -> list[Diagnostic]:
        """The problems of the untouched crate: its errors; or, when it compiles, its failing
        tests (test mode); or (tests pass, `lints`, clippy on) clippy's lints, and then
        (`proving`) the tests that pass now are the ones a fix must keep."""
        diagnostics = self.check({}).diagnostics
        if any(d.is_error for d in diagnostics):
            return list(diagnostics)
        clippy_ahead = self._clippy_ahead() if lints and self.settings.clippy else None
        tests = self.baseline_tests()
        if tests.failing and tests.report.compiled and not tests.report.timed_out:
            self._enter_test_mode(tests)
            if clippy_ahead is not None:
                clippy_ahead.cancel()  # failing tests are the problems, not lints
            return list(self.check({}).diagnostics)
        if self.intent and tests.green and self.todos({}):
            self.intent_mode = True
            self.baseline_passing = tests.report.passed
            if clippy_ahead is not None:
                clippy_ahead.cancel()
            return list(self.check({}).diagnostics)
        if lints and self.settings.clippy:
            self.lint_mode = True
            diagnostics = self.check({}).diagnostics
            if proving and self.problems(diagnostics):
                self.baseline_passing = tests.report.passed
        return list(diagnostics)

    def _clippy_ahead(self) -> Slot | None:
        """The crate compiles: while its tests run in the first slot, clippy (which the lint
        step asks for next) runs in the second (issue 19)."""
        if len(self.slots) < 2 or not self.settings.test_ahead:
            return None
        slot = self.slots[1]
        slot.sync({})
        slot.start_check(state_hash({}), clippy=True)
        return slot

    def baseline_tests(self) -> BaselineTests:
        """The untouched crate's tests (run once per episode, failures re-run alone)."""
        if self.tests is None:
            started = time.monotonic()
            self.tests = baseline_tests(self.slots[0], self.settings.test_timeout)
            self.test_runs += 1
            # a candidate's tests get a few times the untouched run: a mutated loop bound
            # that never ends must not hold a slot for the whole test timeout
            took = time.monotonic() - started
            self._test_timeout = min(self.settings.test_timeout, max(10.0, 3 * took + 5))
        return self.tests

    def _enter_test_mode(self, tests: BaselineTests) -> None:
        self.test_mode = True
        self.target_tests = frozenset(case.name for case in tests.failing)
        self.baseline_passing = tests.report.passed
        self._reports[state_hash({})] = tests.report
        self.localization = localize(
            tests.failing, sorted(tests.report.passed), self.rust_files, self.pristine
        )
        self.tracer.emit(
            "probe",
            probe="fault localization",
            failing_tests=sorted(self.target_tests),
            flaky_tests=list(tests.flaky),
            suspects=[s.describe() for s in self.localization.suspects[:5]],
        )

    def todos(self, files: Mapping[str, str]) -> list[Diagnostic]:
        """The TODOs of `files` over the untouched crate, as diagnostics (knowledge.todos)."""

        def read(name: str) -> str:
            return files[name] if name in files else self.pristine(name)

        return todo_diagnostics(sorted({*self.rust_files, *files}), read)

    @property
    def behaviour_change(self) -> bool:
        """A fix here changes what the code does (a test repair, code from intent): the
        tests are its only spec, so its confidence is capped and its commit says so."""
        return self.test_mode or self.intent_mode

    def problems(self, diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
        return policy.problems(diagnostics, self.lint_mode)

    def targets(self, diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
        return policy.targets(diagnostics, self.lint_mode)

    # --- building states ---------------------------------------------------------------------

    def check(self, files: Mapping[str, str], slot: Slot | None = None) -> Checked:
        mode = (
            ":clippy"
            if self.lint_mode
            else ":tests"
            if self.test_mode
            else ":intent"
            if self.intent_mode
            else ""
        )
        key = state_hash(files) + mode
        if key not in self._checks:
            kind = "clippy" if self.lint_mode else "check"
            ahead = (kind, state_hash(files))
            slot = slot or next((s for s in self.slots if s.ahead == ahead), self.slots[0])
            slot.sync(files)
            result = slot.check(self.settings.check_timeout, clippy=self.lint_mode)
            diagnostics = list(result.diagnostics)
            if self.test_mode and not any(d.is_error for d in diagnostics):
                diagnostics += self._failing_tests(files, slot)
            if self.intent_mode and not any(d.is_error for d in diagnostics):
                diagnostics += self.todos(files)
            self._checks[key] = Checked(diagnostics, result.seconds)
        return self._checks[key]

    def _failing_tests(self, files: Mapping[str, str], slot: Slot) -> list[Diagnostic]:
        """Test mode: the state's failing tests as diagnostics (flaky ones left out)."""
        report = self._test_report(files, slot)
        if report.timed_out or not report.compiled:
            return [timed_out_diagnostic()]
        flaky = set(self.tests.flaky) if self.tests else set()
        failures = [case for case in report.failures if case.name not in flaky]
        if not failures:
            return []

        def read(name: str) -> str:
            return files[name] if name in files else self.pristine(name)

        found = localize(failures, sorted(report.passed), self.rust_files, read)
        return [failure_diagnostic(case, found, read) for case in failures]

    def _test_report(self, files: Mapping[str, str], slot: Slot) -> TestReport:
        key = state_hash(files)
        if key not in self._reports:
            slot.sync(files)
            self.test_runs += 1
            self._reports[key] = slot.test(self._test_timeout)
        return self._reports[key]

    def judge(
        self, states: Sequence[Mapping[str, str]], before: Sequence[Diagnostic]
    ) -> list[Verdict]:
        """One verdict per state (at most one per slot), validated in parallel."""
        ahead = self._test_ahead(states[0], self.slots[len(states) :]) if states else None
        futures = [
            self._pool.submit(self._judge, slot, files, before)
            for slot, files in zip(self.slots, states, strict=False)
        ]
        verdicts = [future.result() for future in futures]
        if ahead is not None and not _complete(verdicts[0]):
            ahead.cancel()  # not a state with no problem left: its tests prove nothing
        return verdicts

    def _test_ahead(self, files: Mapping[str, str], idle: Sequence[Slot]) -> Slot | None:
        """Start the tests of `files` in an idle slot while its check runs (issue 19): when
        the check leaves no problem, `run_tests` takes this run instead of starting one, and
        the proof costs the longer of the two instead of their sum. Never in test mode (there
        a state's check runs its tests itself)."""
        if not idle or self.test_mode or not self.settings.test_ahead:
            return None
        if self.outside_scope(files):
            return None
        slot = idle[0]
        slot.sync(files)
        slot.start_test(state_hash(files))
        return slot

    def _judge(self, slot: Slot, files: Mapping[str, str], before: Sequence[Diagnostic]) -> Verdict:
        started = time.monotonic()
        refused = self.outside_scope(files)
        if refused:  # never built: the problems stay what they were
            count = len(self.problems(before))
            return Verdict(
                green=False,
                errors_before=count,
                errors_after=count,
                reason=f"refused: {refused}",
                seconds=0.0,
            )
        old, new = self.problems(before), self.problems(self.check(files, slot).diagnostics)
        accepted, introduced = policy.progress(old, new)
        verdict = Verdict(
            green=accepted,
            errors_before=len(old),
            errors_after=len(new),
            new_errors=tuple(introduced),
            reason="progress" if accepted else ("new problems" if introduced else "no progress"),
            seconds=time.monotonic() - started,
        )
        if _complete(verdict) and not self.test_mode and self.settings.test_ahead:
            # a state left with no problem is proven next: the slot that holds it starts its
            # tests now, before the rest of the batch is judged, so proofs overlap checks
            key = state_hash(files)
            if not any(other.ahead == ("test", key) for other in self.slots):
                slot.start_test(key)
        return verdict

    def behaviour(self, files: Mapping[str, str], slot: Slot | None = None) -> str | None:
        """A fingerprint of what `files` compile to (optimised machine code): two states with
        the same fingerprint behave the same; None when it cannot be built so."""
        key = state_hash(files)
        if key not in self._behaviours:
            slot = slot or self.slots[0]
            slot.sync(files)
            code = slot.machine_code(self.settings.check_timeout)
            self._behaviours[key] = (
                None if code is None else hashlib.sha256(code.encode()).hexdigest()
            )
        return self._behaviours[key]

    def behaviours(self, states: Sequence[Mapping[str, str]]) -> list[str | None]:
        """`behaviour` of each state, the slots building side by side (a release build each)."""
        found: list[str | None] = []
        for start in range(0, len(states), self.width):
            batch = states[start : start + self.width]
            futures = [
                self._pool.submit(self.behaviour, files, slot)
                for slot, files in zip(self.slots, batch, strict=False)
            ]
            found += [future.result() for future in futures]
        return found

    def show(self, files: Mapping[str, str]) -> None:
        """Leave the first slot at `files` (the chosen state), for what runs there next."""
        self.slots[0].sync(files)

    # --- proving a state with no problem left ------------------------------------------------

    def prove(self, files: Mapping[str, str], guess: bool) -> Proof:
        """Green only if the witnesses agree; `guess`: the path rests on a move only a
        passing test can confirm (a rename to a name nothing else points at)."""
        wrong = self._correctness_warning(files) or self.outside_scope(files)
        if wrong:
            return Proof(False, wrong)
        report = self.run_tests(files)
        green, why = self.tests_green(report)
        if green and self.test_mode:
            green, why = self._repaired_again(files)
        flaky: tuple[str, ...] = ()
        if not green:
            flaky = self._flaky(files, report)
            if flaky:
                why = f"flaky tests (passed and failed on reruns): {', '.join(flaky[:3])}"
        elif guess and not report.passed:
            green, why = False, "it rests on a guess and no test passes to confirm it"
        elif not report.cases:
            green, why = self._program_runs(files, strict=self.intent_mode)
        self.tracer.emit(
            "validate",
            stage="tests",
            green=green,
            passed=len(report.passed),
            failed=sorted(report.failed)[:10],
            reason=why,
        )
        return Proof(green, why, report, flaky)

    def still_green(self, files: Mapping[str, str]) -> TestReport | None:
        """The test report of `files` when they are clean and keep the tests green, else None
        (for a variant of a proven state: a shrunk or formatted patch)."""
        checked = self.check(files).diagnostics
        if any(d.is_error for d in checked) or self.targets(checked):
            return None
        if self.outside_scope(files):  # a shrunk intent patch that only drops the TODO
            return None
        report = self.run_tests(files)
        if not self.tests_green(report)[0]:
            return None
        if self.intent_mode and not report.cases and not self._program_runs(files, True)[0]:
            return None
        return report

    def run_tests(self, files: Mapping[str, str]) -> TestReport:
        if self.test_mode:  # the state's tests ran when it was checked: the same run
            return self._test_report(files, self.slots[0])
        self.test_runs += 1
        key = state_hash(files)
        ahead = next((slot for slot in self.slots if slot.ahead == ("test", key)), None)
        if ahead is not None:  # started while the state was checked (`_test_ahead`)
            return ahead.test(self.settings.test_timeout)
        return self._slot_for_tests(files).test(self.settings.test_timeout)

    def _slot_for_tests(self, files: Mapping[str, str]) -> Slot:
        """Where the tests of `files` cost least: a slot whose test binary is of that state
        already, else one that holds the state, else the first slot, moved to it."""
        holding = [slot for slot in self.slots if slot.holds(files)]
        slot = next((s for s in holding if s.tested(files)), holding[0] if holding else None)
        if slot is None:
            slot = self.slots[0]
            slot.sync(files)
        return slot

    def test_failures(self, files: Mapping[str, str]) -> str:
        """What the tests of `files` say when they fail ("" when they pass): feedback for a
        proposer that iterates (the model's item mode), never a proof."""
        report = self.run_tests(files)
        if report.timed_out:
            return "the tests timed out (an endless loop?)"
        if not report.compiled:
            return "the tests do not compile:\n" + report.output_tail[-1500:]
        green, _ = self.tests_green(report)
        if green and self.intent_mode and not report.cases:
            ran, why = self._program_runs(files, strict=True)
            return "" if ran else why
        if green:
            return ""
        return (
            "\n".join(
                f"test {case.name} failed at {case.location or '?'}: {case.message.strip()[:400]}"
                for case in report.failures[:4]
            )
            or "tests fail"
        )

    def tests_green(self, report: TestReport) -> tuple[bool, str]:
        if report.timed_out:
            return False, "the tests timed out"
        if not report.compiled:
            return False, "the tests do not compile"
        if self.baseline_passing is None:
            failed = sorted(report.failed)
            return (not failed, f"tests fail: {', '.join(failed[:3])}" if failed else "tests pass")
        broken = sorted(self.baseline_passing - report.passed)
        if broken:
            return False, f"tests that passed before now fail: {', '.join(broken[:3])}"
        still = sorted(self.target_tests - report.passed)
        if still:
            return False, f"tests still fail: {', '.join(still[:3])}"
        if self.test_mode:
            return True, (
                f"the {len(self.target_tests)} failing test(s) pass and every test that "
                "passed before still passes"
            )
        return True, "every test that passed before still passes"

    def _repaired_again(self, files: Mapping[str, str]) -> tuple[bool, str]:
        """A repaired test is run once more, alone: a test that failed twice on the untouched
        tree and passes twice on the patched one was repaired, not lucky."""
        names = tuple(libtest_name(name) for name in sorted(self.target_tests))
        if not all(names):
            return True, "the failing tests pass"
        self.slots[0].sync(files)
        self.test_runs += 1
        again = self.slots[0].test(self._test_timeout, only=names)
        still = sorted(self.target_tests - again.passed)
        if still:
            return False, f"repaired tests fail when re-run alone (flaky?): {', '.join(still[:3])}"
        return True, (
            f"the {len(self.target_tests)} failing test(s) pass (twice) and every test that "
            "passed before still passes"
        )

    def outside_scope(self, files: Mapping[str, str]) -> str:
        """Test mode: "" or why a state may not be a test repair: it edits test code (a test
        is never changed to make it pass), or code that no failing test reaches."""
        if self.intent_mode:
            return self._only_comments(files)
        where = self.localization
        if not self.test_mode or where is None:
            return ""
        for name, text in sorted(files.items()):
            old = self.pristine(name)
            if not old:
                return f"it creates {name}, which no failing test reaches"
            lines = sorted(touched_old_lines(old, text))
            if any(where.is_test_code(name, line) for line in lines):
                return f"it edits test code in {name} (tests are never changed to pass)"
            off = [line for line in lines if not where.in_scope(name, line)]
            if off:
                return f"it edits {name}:{off[0]}, off the failing tests' call path"
        return ""

    def _only_comments(self, files: Mapping[str, str]) -> str:
        """Intent mode: "" or why the state is no work done: it only deletes TODO comments."""
        if files and all(only_comments_changed(self.pristine(n), t) for n, t in files.items()):
            return "it deletes the TODO and writes no code"
        return ""

    def _correctness_warning(self, files: Mapping[str, str]) -> str:
        """ "" or why the state is wrong although it compiles: a correctness lint
        (`unconditional_recursion`, `unreachable_code`, ...) on a line the patch changed."""
        changed = {
            name: changed_line_numbers(self.pristine(name), text) for name, text in files.items()
        }
        found = policy.new_correctness_warnings(
            self.check({}).diagnostics, self.check(files).diagnostics, changed
        )
        if not found:
            return ""
        first = found[0]
        span = first.primary
        where = f" at {span.file}:{span.line_start}" if span else ""
        return f"it introduces warning `{first.code}` ({first.message}){where}"

    def _program_runs(self, files: Mapping[str, str], strict: bool = False) -> tuple[bool, str]:
        """A crate with no tests has one more witness: its binary, run once with no input.
        It must not overflow its stack, die from a signal, or panic on a patched line.
        `strict` (code from intent, nothing else to judge it by): it must run to exit 0, as
        the developer who wrote the TODO would check it."""
        self.slots[0].sync(files)
        run = self.slots[0].run_program(min(10.0, self.settings.test_timeout))
        if strict and run.ran and (run.timed_out or run.exit_code != 0):
            ending = "does not finish" if run.timed_out else f"exits {run.exit_code}"
            said = _what_it_said(run.output_tail)
            return False, f"the program {ending} (`cargo run`){': ' + said if said else ''}"
        if not run.ran or run.timed_out:
            return True, "no tests exist; the program " + (
                "waits for input or runs on (not judged)" if run.timed_out else "was not run"
            )
        if run.overflowed:
            return False, "the program overflows its stack (runaway recursion)"
        if run.signal:
            return False, f"the program dies from signal {run.signal}"
        if run.panicked_at and self._on_changed_line(run.panicked_at, files):
            return False, f"the program panics at {run.panicked_at}, a line the patch changed"
        return True, f"no tests exist; the program runs (exit {run.exit_code})"

    def _on_changed_line(self, location: str, files: Mapping[str, str]) -> bool:
        file, _, rest = location.partition(":")
        line = rest.split(":", 1)[0]
        if file not in files or not line.isdigit():
            return False
        return int(line) in changed_line_numbers(self.pristine(file), files[file])

    def _flaky(self, files: Mapping[str, str], report: TestReport) -> tuple[str, ...]:
        """A failed test is run again; if it passes now, a third run has the last word, and a
        test seen both passing and failing is flaky."""
        failed = sorted(report.failed)
        names = tuple(libtest_name(name) for name in failed)
        if not failed or not report.compiled or report.timed_out or not all(names):
            return ()
        slot = self._slot_for_tests(files)  # where the first run built the test binary
        second = slot.test(self.settings.test_timeout, only=names)
        self.test_runs += 1
        flipped = tuple(name for name in failed if name in second.passed)
        if not flipped:
            return ()
        third = slot.test(self.settings.test_timeout, only=names)
        self.test_runs += 1
        self.tracer.emit(
            "validate",
            stage="tests",
            green=False,
            passed=len(third.passed),
            failed=sorted(third.failed)[:10],
            reason=f"reruns of {len(failed)} failed test(s): {len(flipped)} flaky",
        )
        return flipped


def _what_it_said(output: str) -> str:
    """A failed run's panic (its location, message and assertion values), else its last
    lines, without cargo's hints: what a model needs to see to do better."""
    lines = [line for line in output.strip().splitlines() if not line.startswith("note: ")]
    start = next((i for i, line in enumerate(lines) if "panicked at" in line), None)
    shown = lines[start : start + 6] if start is not None else lines[-3:]
    return "\n".join(shown)[:600]
