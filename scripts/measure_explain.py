"""Measure `rusta explain` on every diagnostic of the built-in eval suite (issue 5).

For each case of examples/suite, a copy is checked (clippy when it compiles) and every
diagnostic explained through the library; the numbers printed are: anchors cited per
explanation (min / mean, share with ≥ 2), the share of cited anchors that verify (diagnostic
anchors by a fresh check of the copy), and the share whose code-index anchor (error index,
clippy or rustc lint list) names the diagnostic's own code. Then the latency of explaining one
diagnostic with the index built (library call, and the CLI end to end), p50 / p95.

    .venv/bin/python scripts/measure_explain.py [--limit N] [--suite examples/dev]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="rusta-measure-home-"))
os.environ["RUSTA_HOME"] = str(HOME)

from rusta.cli.explain_cmd import crate_diagnostics, docs_root  # noqa: E402
from rusta.eval.suites import discover  # noqa: E402
from rusta.knowledge.explain import Explainer, Explanation  # noqa: E402
from rusta.types import Diagnostic  # noqa: E402

CODE_INDEX_SOURCES = {"error-index", "clippy-lints", "rustc-lints"}


def code_anchor_matches(explanation: Explanation, code: str) -> bool:
    for citation in explanation.citations:
        anchor = citation.anchor
        if anchor.source not in CODE_INDEX_SOURCES:
            continue
        if code in (anchor.span, anchor.path) or anchor.path.endswith(f"/{code}.html"):
            return True
        if anchor.path == f"rustc --explain {code}":
            return True
    return False


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--suite", type=Path, default=None, help="a directory of crates")
    args = parser.parse_args()
    explainer = Explainer(HOME, docs_root())
    report = explainer.build()
    print(f"index: {report.chunks} chunks from {report.origin}, first build {report.seconds:.1f} s")
    counts: list[int] = []
    verified = cited = 0
    with_code = matched = without_code = unknown = 0
    failures: list[str] = []
    sample: tuple[Diagnostic, Path] | None = None
    work = Path(tempfile.mkdtemp(prefix="rusta-measure-crates-"))
    cases = discover(args.suite, limit=args.limit) if args.suite else discover(limit=args.limit)
    started = time.monotonic()
    for case in cases:
        copy = Path(shutil.copytree(case.path, work / case.name.replace("/", "__")))
        diagnostics = crate_diagnostics(copy)
        ids: list[str] = []
        for diagnostic in diagnostics:
            explanation = explainer.for_diagnostic(diagnostic, copy)
            counts.append(len(explanation.citations))
            unknown += explanation.unknown
            ids += [c.id for c in explanation.citations]
            if diagnostic.code:
                with_code += 1
                if code_anchor_matches(explanation, diagnostic.code):
                    matched += 1
                else:
                    failures.append(f"{case.name}: no code-index anchor for {diagnostic.code}")
            else:
                without_code += 1
            if len(explanation.citations) < 2:
                failures.append(
                    f"{case.name}: {len(explanation.citations)} anchor(s) for {diagnostic.message}"
                )
            sample = sample or (diagnostic, copy)
        results = explainer.store.verify(ids, explainer.docs_root)
        cited += len(results)
        verified += sum(r.resolves for r in results)
        failures += [
            f"{case.name}: anchor {r.anchor_id} {r.reason}" for r in results if not r.resolves
        ]
    explained = len(counts)
    print(
        f"cases: {len(cases)}, diagnostics explained: {explained} "
        f"({time.monotonic() - started:.0f} s incl. checks)"
    )
    print(
        f"anchors per explanation: min {min(counts)}, mean {statistics.mean(counts):.2f}; "
        f"≥ 2 anchors: {sum(c >= 2 for c in counts)}/{explained} "
        f"({100 * sum(c >= 2 for c in counts) / explained:.1f}%)"
    )
    print(f"cited anchors that verify: {verified}/{cited} ({100 * verified / cited:.1f}%)")
    print(
        f"code-index anchor matches the diagnostic's code: {matched}/{with_code} "
        f"({100 * matched / max(with_code, 1):.1f}%); diagnostics without a code: {without_code}"
    )
    print(f"explanations that say unknown: {unknown}")
    for failure in failures[:20]:
        print("  ", failure)
    if sample:
        latency(explainer, *sample)
    explainer.close()
    cli_latency()
    shutil.rmtree(work, ignore_errors=True)


def latency(explainer: Explainer, diagnostic: Diagnostic, root: Path) -> None:
    times = []
    for _ in range(30):
        started = time.perf_counter()
        explainer.for_diagnostic(diagnostic, root)
        times.append(time.perf_counter() - started)
    print(
        "explain one diagnostic (library, index built): "
        f"p50 {percentile(times, 0.5) * 1000:.0f} ms, "
        f"p95 {percentile(times, 0.95) * 1000:.0f} ms (n=30)"
    )


def cli_latency() -> None:
    rusta = str(Path(sys.executable).parent / "rusta")
    for label, command in [
        ("rusta explain E0382 (CLI, end to end)", [rusta, "explain", "E0382"]),
        ("rusta --version (CLI start-up alone)", [rusta, "--version"]),
    ]:
        times = []
        for _ in range(15):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, check=False)
            times.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise SystemExit(f"{label} failed: {done.stderr.decode()[-300:]}")
        print(
            f"{label}: p50 {percentile(times, 0.5) * 1000:.0f} ms, "
            f"p95 {percentile(times, 0.95) * 1000:.0f} ms (n=15)"
        )


if __name__ == "__main__":
    main()
