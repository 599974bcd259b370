"""Aggregate eval results per class and overall (SPEC §11), including calibration (ECE)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rusta.types import Status


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def calibration(pairs: Sequence[Sequence[float]], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error, Brier score, and the reliability diagram's bins."""
    if not pairs:
        return {"ece": None, "brier": None, "bins": [], "n": 0}
    grouped: dict[int, list[Sequence[float]]] = defaultdict(list)
    for p, outcome in pairs:
        grouped[min(bins - 1, int(p * bins))].append((p, outcome))
    ece = 0.0
    diagram = []
    for index in sorted(grouped):
        members = grouped[index]
        confidence = statistics.fmean(p for p, _ in members)
        accuracy = statistics.fmean(o for _, o in members)
        ece += len(members) / len(pairs) * abs(confidence - accuracy)
        diagram.append(
            {
                "bin": index,
                "n": len(members),
                "confidence": round(confidence, 4),
                "accuracy": round(accuracy, 4),
            }
        )
    brier = statistics.fmean((p - o) ** 2 for p, o in pairs)
    return {"ece": round(ece, 4), "brier": round(brier, 4), "bins": diagram, "n": len(pairs)}


def summarize(cases: Sequence[dict[str, Any]]) -> dict[str, Any]:
    rusta = [c["rusta"] for c in cases]
    fixed = [r for r in rusta if r["fixed"]]
    green_single = [
        c["rusta"]["seconds"] for c in cases if c["rusta"]["fixed"] and c.get("single_error")
    ]
    lines = [r["changed_lines"] for r in fixed]
    pairs = [pair for r in rusta for pair in r["calibration"]]
    total = len(cases) or 1
    summary = {
        "cases": len(cases),
        "compile_fix": round(100 * sum(r["compiles"] for r in rusta) / total, 1),
        "tests_pass": round(100 * len(fixed) / total, 1),
        "unsafe_applies": sum(r["unsafe"] for r in rusta),
        "abstained": sum(r["status"] == Status.ABSTAIN for r in rusta),
        # Rusta asked which proven fix was meant (the eval answers as the case's author);
        # "asked_other" counts answers that were not Rusta's recommendation
        "asked": sum(bool(r.get("asked")) for r in rusta),
        "asked_other": sum(r.get("answer", 0) > 1 for r in rusta),
        "changed_lines_median": statistics.median(lines) if lines else None,
        "changed_lines_max": max(lines) if lines else None,
        "time_to_green_p50": percentile([r["seconds"] for r in fixed], 0.5),
        "time_to_green_p95": percentile([r["seconds"] for r in fixed], 0.95),
        "time_to_green_single_p50": percentile(green_single, 0.5),
        "validations_per_fix": round(statistics.fmean(r["candidates_validated"] for r in fixed), 2)
        if fixed
        else None,
        "calibration": calibration(pairs),
        "repeat_mistake_rate": repeat_mistake_rate(rusta),
        "model": model_summary(rusta),
    }
    summary["ece"] = summary["calibration"]["ece"]
    summary["brier"] = summary["calibration"]["brier"]
    return summary


def model_summary(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Fixes won by the model proposer vs model-free ones, and what the model cost per fix.

    A fix is the model's when a model candidate is on its winning path. Cost per fix divides
    every model call of the slice (those of unfixed cases too) by the fixes the model won.
    """
    fixed = [r for r in results if r["fixed"]]
    by_model = sum(r.get("proposers", {}).get("model", {}).get("winners", 0) > 0 for r in fixed)
    usage = [r.get("model") or {} for r in results]
    calls = sum(u.get("calls", 0) for u in usage)
    seconds = sum(u.get("seconds", 0.0) for u in usage)
    tokens = sum(u.get("prompt_tokens", 0) + u.get("completion_tokens", 0) for u in usage)
    candidates = sum(r.get("proposers", {}).get("model", {}).get("candidates", 0) for r in results)
    rounds = sum(u.get("rounds", 0) for u in usage)
    return {
        "fixes_by_model": by_model,
        "fixes_model_free": len(fixed) - by_model,
        "calls": calls,
        "candidates_validated": candidates,
        "seconds_per_call": round(seconds / calls, 2) if calls else None,
        "seconds_per_fix": round(seconds / by_model, 2) if by_model else None,
        "tokens_per_fix": round(tokens / by_model, 1) if by_model else None,
        "tokens_per_call": round(tokens / calls, 1) if calls else None,
        "tokens_total": tokens,
        "feedback_rounds": rounds,  # item-mode calls that carried the sandbox's feedback
    }


def repeat_mistake_rate(results: Sequence[dict[str, Any]]) -> float | None:
    """% of red validations that repeated a mistake the ledger already held (SPEC §5.2)."""
    red = sum(r.get("red_validations", 0) for r in results)
    repeats = sum(r.get("repeat_mistakes", 0) for r in results)
    return round(100 * repeats / red, 1) if red else None


def by_class(cases: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        groups[case["class"] or "unknown"].append(case)
    return {name: summarize(members) for name, members in sorted(groups.items())}


def baselines(cases: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    tools: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        for tool, result in case.get("baselines", {}).items():
            tools[tool].append(result | {"single_error": case.get("single_error")})
    report = {}
    for tool, results in tools.items():
        total = len(results) or 1
        report[tool] = {
            "cases": len(results),
            "compile_fix": round(100 * sum(r["compiles"] for r in results) / total, 1),
            "tests_pass": round(100 * sum(r["fixed"] for r in results) / total, 1),
            "fixed": sum(r["fixed"] for r in results),
            "unsafe_applies": sum(r["unsafe"] for r in results),
            "seconds_p50": percentile([r["seconds"] for r in results], 0.5),
            "seconds_single_p50": percentile(
                [r["seconds"] for r in results if r["single_error"]], 0.5
            ),
        }
    return report


def profile_by_class(cases: Sequence[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Median seconds per stage and per kind of sandbox call, per class and overall (issue
    19): where a typical episode of the class spends its time. `total` is the episode's own
    wall time, `untracked` what no stage holds (the conductor between stages, the log)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        rusta = case.get("rusta", {})
        if rusta.get("profile"):
            groups[case["class"] or "unknown"].append(rusta)
            groups["overall"].append(rusta)
    table: dict[str, dict[str, float]] = {}
    for name, members in sorted(groups.items(), key=lambda kv: (kv[0] == "overall", kv[0])):
        keys = sorted({key for member in members for key in member["profile"]})
        row = {key: _median([float(m["profile"].get(key, 0.0)) for m in members]) for key in keys}
        row["total"] = _median([float(m["seconds"]) for m in members])
        staged = [
            float(m["seconds"]) - sum(v for k, v in m["profile"].items() if k.startswith("stage."))
            for m in members
        ]
        row["untracked"] = _median(staged)
        row["cases"] = float(len(members))
        table[name] = row
    return table


def _median(values: Sequence[float]) -> float:
    return round(statistics.median(values), 3) if values else 0.0
