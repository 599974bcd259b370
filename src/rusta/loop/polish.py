"""Polish (SPEC §2 Do, §1.3): make the proven winner as small and as tidy as it can be, proven
again.

Shrink drops hunks of a multi-hunk winner while it stays green; rustfmt formats the patched
files that were rustfmt-clean before (a file that was not keeps the patch exactly as
searched: formatting it would rewrite the user's lines). Each variant is validated like any
candidate; if it does not stay green, the winner stands as it was.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from rusta.loop.search import Solution
from rusta.loop.validate import Validator
from rusta.patch.shrink import hunks_between, shrink
from rusta.tools import rustfmt


def polished(validator: Validator, solution: Solution) -> Solution:
    return formatted(validator, shrunk(validator, solution))


def shrunk(validator: Validator, solution: Solution) -> Solution:
    """Drop hunks of a multi-hunk winner while it stays green (SPEC §4: shrink)."""
    old = {name: validator.pristine(name) for name in solution.files}
    hunks = sum(
        1 for name in solution.files for _ in hunks_between(old[name], solution.files[name])
    )
    if hunks < 2:
        return solution

    def still_green(files: dict[str, str]) -> bool:
        changed = {name: text for name, text in files.items() if text != old.get(name)}
        return validator.still_green(changed) is not None

    smaller = shrink(old, solution.files, still_green, max_trials=4)
    smaller = {name: text for name, text in smaller.items() if text != old.get(name)}
    if smaller == solution.files:
        return solution
    return Solution(dict(smaller), solution.path, validator.run_tests(smaller))


def formatted(validator: Validator, solution: Solution) -> Solution:
    """rustfmt the patched files that were rustfmt-clean before, proven again."""
    root = validator.sandbox_root
    files = dict(solution.files)
    for name, text in solution.files.items():
        if not name.endswith(".rs"):
            continue
        edition = rustfmt.edition_for(root / name, root)
        old = validator.pristine(name)
        with ThreadPoolExecutor(max_workers=2) as both:  # two rustfmt runs, side by side
            runs = [both.submit(rustfmt.formatted, t, root, edition) for t in (old, text)]
        if runs[0].result() != old:
            continue
        pretty = runs[1].result()
        if pretty is not None and pretty != text:
            files[name] = pretty
    if files == solution.files:
        return solution
    report = validator.still_green(files)
    if report is None:
        validator.show(solution.files)
        return solution
    return Solution(files, solution.path, report)
