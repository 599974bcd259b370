"""`rusta eval --compare A.json B.json`: what changed between two runs (SPEC §11: regressions,
learning velocity, before/after claims), per class and per case.

A case is matched by name. Its transition is "fixed → unfixed" (a regression),
"unfixed → fixed", "fixed" / "unfixed" (no change), or "only in A" / "only in B" when the
two runs did not hold the same cases.
"""

from __future__ import annotations

import html
import json
import statistics
from pathlib import Path
from typing import Any

from rusta.errors import UsageError
from rusta.eval import charts
from rusta.eval.page import Cell, fmt, number, page, percent, table


def load(path: Path) -> dict[str, Any]:
    """An eval JSON document written by `rusta eval --json` (or a report's eval.json)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such eval report") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"{path}: not an eval JSON report ({error})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list) or "overall" not in doc:
        raise UsageError(f"{path}: not an eval JSON report (no cases/overall)")
    return doc


def compare(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    cases_a = {case["name"]: case for case in a["cases"]}
    cases_b = {case["name"]: case for case in b["cases"]}
    names = sorted(cases_a.keys() | cases_b.keys())
    rows = [_case_row(name, cases_a.get(name), cases_b.get(name)) for name in names]
    classes = sorted({row["class"] for row in rows})
    class_rows = [_class_row(name, [r for r in rows if r["class"] == name]) for name in classes]
    return {
        "overall": _class_row("overall", rows),
        "classes": class_rows,
        "cases": rows,
        "changed": [r for r in rows if r["transition_kind"] != "same"],
    }


def _case_row(name: str, a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any]:
    ra = (a or {}).get("rusta") or {}
    rb = (b or {}).get("rusta") or {}
    fixed_a = bool(ra.get("fixed")) if a else None
    fixed_b = bool(rb.get("fixed")) if b else None
    if a is None:
        transition, kind = "only in B", "added"
    elif b is None:
        transition, kind = "only in A", "removed"
    elif fixed_a and not fixed_b:
        transition, kind = "fixed → unfixed", "broken"
    elif fixed_b and not fixed_a:
        transition, kind = "unfixed → fixed", "fixed"
    else:
        transition, kind = ("fixed" if fixed_a else "unfixed"), "same"
    return {
        "name": name,
        "class": ((a or b or {}).get("class")) or "unknown",
        "fixed_a": fixed_a,
        "fixed_b": fixed_b,
        "transition": transition,
        "transition_kind": kind,
        "seconds_a": ra.get("seconds"),
        "seconds_b": rb.get("seconds"),
        "seconds_delta": _delta(ra.get("seconds"), rb.get("seconds"), 3),
        "validations_a": ra.get("candidates_validated"),
        "validations_b": rb.get("candidates_validated"),
        "validations_delta": _delta(ra.get("candidates_validated"), rb.get("candidates_validated")),
        "moves_a": ra.get("moves", []),
        "moves_b": rb.get("moves", []),
    }


def _class_row(name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    in_a = [r for r in rows if r["fixed_a"] is not None]
    in_b = [r for r in rows if r["fixed_b"] is not None]
    both = [r for r in rows if r["fixed_a"] and r["fixed_b"]]
    pass_a = _rate(in_a, "fixed_a")
    pass_b = _rate(in_b, "fixed_b")
    p50_a = _median([r["seconds_a"] for r in in_a if r["fixed_a"]])
    p50_b = _median([r["seconds_b"] for r in in_b if r["fixed_b"]])
    return {
        "class": name,
        "cases_a": len(in_a),
        "cases_b": len(in_b),
        "fixed_a": sum(bool(r["fixed_a"]) for r in in_a),
        "fixed_b": sum(bool(r["fixed_b"]) for r in in_b),
        "tests_pass_a": pass_a,
        "tests_pass_b": pass_b,
        "tests_pass_delta": _delta(pass_a, pass_b, 1),
        "now_fixed": sum(r["transition_kind"] == "fixed" for r in rows),
        "now_unfixed": sum(r["transition_kind"] == "broken" for r in rows),
        "p50_a": p50_a,
        "p50_b": p50_b,
        "p50_delta": _delta(p50_a, p50_b, 3),
        # like for like: validations and seconds summed over the cases fixed in both runs
        "validations_both_a": sum(r["validations_a"] or 0 for r in both),
        "validations_both_b": sum(r["validations_b"] or 0 for r in both),
        "seconds_both_delta": round(sum(r["seconds_delta"] or 0 for r in both), 3),
    }


def _rate(rows: list[dict[str, Any]], key: str) -> float | None:
    return round(100 * sum(bool(r[key]) for r in rows) / len(rows), 1) if rows else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _delta(a: float | None, b: float | None, digits: int = 0) -> float | None:
    if a is None or b is None:
        return None
    return round(b - a, digits) if digits else b - a


# --- output ----------------------------------------------------------------------------------


def markdown(comparison: dict[str, Any], name_a: str, name_b: str) -> str:
    overall = comparison["overall"]
    lines = [
        f"A = {name_a}, B = {name_b}",
        "",
        f"Tests pass: {fmt(overall['tests_pass_a'])} % → {fmt(overall['tests_pass_b'])} % "
        f"({_signed(overall['tests_pass_delta'])} points); fixed {overall['fixed_a']} → "
        f"{overall['fixed_b']}; {overall['now_fixed']} now fixed, {overall['now_unfixed']} "
        f"now unfixed; p50 time to green {fmt(overall['p50_a'])} s → {fmt(overall['p50_b'])} s.",
        "",
        "| class | cases A | cases B | tests-pass % A | tests-pass % B | Δ | now fixed | "
        "now unfixed | p50 s A | p50 s B | Δ s (fixed in both) | validations A → B (both) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in [*comparison["classes"], overall]:
        name = "**overall**" if row is overall else row["class"]
        lines.append(
            f"| {name} | {row['cases_a']} | {row['cases_b']} | {fmt(row['tests_pass_a'])} | "
            f"{fmt(row['tests_pass_b'])} | {_signed(row['tests_pass_delta'])} | "
            f"{row['now_fixed']} | {row['now_unfixed']} | {fmt(row['p50_a'])} | "
            f"{fmt(row['p50_b'])} | {_signed(row['seconds_both_delta'])} | "
            f"{row['validations_both_a']} → {row['validations_both_b']} |"
        )
    lines.append("")
    changed = comparison["changed"]
    if not changed:
        lines.append("No case changed outcome.")
    else:
        lines += [
            "| case | class | change | s A | s B | validations A | validations B |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in changed:
            lines.append(
                f"| {row['name']} | {row['class']} | {row['transition']} | "
                f"{fmt(row['seconds_a'])} | {fmt(row['seconds_b'])} | "
                f"{fmt(row['validations_a'])} | {fmt(row['validations_b'])} |"
            )
    return "\n".join(lines) + "\n"


def html_page(comparison: dict[str, Any], name_a: str, name_b: str) -> str:
    return page("Rusta eval: A → B", body(comparison, name_a, name_b))


def body(comparison: dict[str, Any], name_a: str, name_b: str) -> str:
    """The comparison without its page frame (compare.html and the dashboard's eval view)."""
    overall = comparison["overall"]
    rendered = {
        "classes": charts.compare_classes(comparison),
        "times": charts.compare_times(comparison),
    }
    figures = "".join(
        f"<figure class='chart{' wide' if name == 'classes' else ''}' data-chart='compare-{name}'>"
        f"{svg}<figcaption>{caption}</figcaption></figure>"
        for name, svg, caption in [
            (
                "classes",
                rendered["classes"],
                "<b>Tests pass by class, A beside B.</b> "
                f"{legend_ab()} The number above a pair is B − A in points.",
            ),
            (
                "times",
                rendered["times"],
                "<b>Seconds per case, A against B.</b> Below the "
                "diagonal B was faster; green: now fixed, red: now unfixed.",
            ),
        ]
        if svg
    )
    if not charts.available():
        figures = f"<p class='muted'>{html.escape(charts.INSTALL_HINT)}</p>"
    headline = (
        f"<p><b>A</b> = <code>{html.escape(name_a)}</code><br><b>B</b> = "
        f"<code>{html.escape(name_b)}</code></p><div class='tiles'>"
        + "".join(
            f"<div class='tile'><b>{html.escape(v)}</b><span>{html.escape(t)}</span></div>"
            for v, t in [
                (
                    f"{fmt(overall['tests_pass_a'])} → {fmt(overall['tests_pass_b'])} %",
                    "tests pass, A → B",
                ),
                (str(overall["now_fixed"]), "cases now fixed"),
                (str(overall["now_unfixed"]), "cases now unfixed (regressions)"),
                (f"{fmt(overall['p50_a'])} → {fmt(overall['p50_b'])} s", "p50 time to green"),
            ]
        )
        + "</div>"
    )
    return (
        headline + f"<h2>Charts</h2><div class='charts'>{figures}</div>"
        "<h2>By class</h2>" + class_table(comparison) + "<h2>Cases</h2>" + case_table(comparison)
    )


def legend_ab() -> str:
    return (
        f"<span class='swatch' style='background:{charts.BEFORE}'></span>A "
        f"<span class='swatch' style='background:{charts.AFTER}'></span>B."
    )


def class_table(comparison: dict[str, Any]) -> str:
    headers = [
        "class",
        "cases A",
        "cases B",
        "tests pass % A",
        "tests pass % B",
        "Δ points",
        "now fixed",
        "now unfixed",
        "p50 s A",
        "p50 s B",
        "Δ s (fixed in both)",
        "validations A (both)",
        "validations B (both)",
    ]
    keys = (
        "cases_a",
        "cases_b",
        "tests_pass_a",
        "tests_pass_b",
        "tests_pass_delta",
        "now_fixed",
        "now_unfixed",
        "p50_a",
        "p50_b",
        "seconds_both_delta",
        "validations_both_a",
        "validations_both_b",
    )

    def cells(row: dict[str, Any]) -> list[Cell]:
        return [row["class"], *(percent(row[k]) if "pass" in k else number(row[k]) for k in keys)]

    rows = [cells(r) for r in comparison["classes"]]
    return table(headers, rows, "compare-classes", [cells(comparison["overall"])])


def case_table(comparison: dict[str, Any]) -> str:
    headers = [
        "case",
        "class",
        "change",
        "seconds A",
        "seconds B",
        "Δ s",
        "validations A",
        "validations B",
        "Δ validations",
        "moves A",
        "moves B",
    ]
    order = {"broken": 0, "fixed": 1, "added": 2, "removed": 3, "same": 4}
    rows = []
    for row in sorted(comparison["cases"], key=lambda r: (order[r["transition_kind"]], r["name"])):
        kind = {"broken": "broken", "fixed": "fixed"}.get(row["transition_kind"], "muted")
        rows.append(
            [
                row["name"],
                row["class"],
                (
                    f"<span class='{kind}'>{html.escape(row['transition'])}</span>",
                    f"{order[row['transition_kind']]} {row['transition']}",
                ),
                number(row["seconds_a"]),
                number(row["seconds_b"]),
                number(row["seconds_delta"]),
                number(row["validations_a"]),
                number(row["validations_b"]),
                number(row["validations_delta"]),
                " → ".join(row["moves_a"]) or "–",
                " → ".join(row["moves_b"]) or "–",
            ]
        )
    return table(headers, rows, "compare-cases")


def write(comparison: dict[str, Any], name_a: str, name_b: str, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "compare.json").write_text(
        json.dumps(comparison, indent=1, sort_keys=True), encoding="utf-8"
    )
    (directory / "compare.md").write_text(markdown(comparison, name_a, name_b), encoding="utf-8")
    (directory / "compare.html").write_text(html_page(comparison, name_a, name_b), encoding="utf-8")


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:+.2f}" if isinstance(value, float) else f"{value:+d}"
