"""Eval reports: the JSON document, a Markdown table, and an HTML page (eval.html).

The page is one self-contained file (no network): inline SVG charts (`charts.py`), every table
as a sortable HTML table, and a per-case table whose diff and trace links point at files
written beside it (cases/). The dashboard's eval view shows the same `body` (see
server/routes/eval_view.py), with links into the server instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rusta.eval import metrics, repairs
from rusta.eval.page import html_page, write_case_files
from rusta.profile import STAGES


def document(
    cases: list[dict[str, Any]],
    overall: dict[str, Any],
    classes: dict[str, Any],
    baselines: dict[str, Any],
    home: Path | None = None,
) -> dict[str, Any]:
    """The report document; `home` (the eval home) is where the cases' traces are."""
    fixed_by_tool = {tool: data["fixed"] for tool, data in baselines.items()}
    rusta_fixed = sum(case["rusta"]["fixed"] for case in cases)
    return {
        "overall": overall
        | {
            "fixed": rusta_fixed,
            "candidates_validated": sum(c["rusta"]["candidates_validated"] for c in cases),
        },
        "by_class": classes,
        "baselines": baselines,
        "cases": cases,
        "repairs": repairs.summary(cases),  # logic-bug cases: per kind, overfitting, FL
        "ratios": {
            tool: (round(rusta_fixed / fixed, 2) if fixed else None)
            for tool, fixed in fixed_by_tool.items()
        },
    } | ({"home": str(home)} if home else {})


def markdown(doc: dict[str, Any]) -> str:
    rows = [
        "| class | cases | compile-fix % | tests-pass % | unsafe | median lines | "
        "p50 s | p95 s | validations/fix | ECE |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, data in [*doc["by_class"].items(), ("**overall**", doc["overall"])]:
        rows.append(
            f"| {name} | {data['cases']} | {data['compile_fix']} | {data['tests_pass']} | "
            f"{data['unsafe_applies']} | {_fmt(data['changed_lines_median'])} | "
            f"{_fmt(data['time_to_green_p50'])} | {_fmt(data['time_to_green_p95'])} | "
            f"{_fmt(data['validations_per_fix'])} | {_fmt(data['ece'])} |"
        )
    rows.append("")
    rows.append(f"Repeat-mistake rate: {_fmt(doc['overall'].get('repeat_mistake_rate'))} %.")
    overall = doc["overall"]
    rows.append(
        f"Asked which proven fix was meant: {overall.get('asked', 0)} case(s), answered as the "
        f"case's author would; {overall.get('asked_other', 0)} answer(s) were not Rusta's "
        "recommendation."
    )
    rows.append("")
    rows.extend(repairs.markdown_rows(doc.get("repairs") or {}))
    rows.extend(_model_rows(doc))
    rows.append("| tool | fixed | tests-pass % | compile-fix % | unsafe | p50 s (single) |")
    rows.append("|---|---|---|---|---|---|")
    overall = doc["overall"]
    rows.append(
        f"| rusta | {overall['fixed']} | {overall['tests_pass']} | "
        f"{overall['compile_fix']} | {overall['unsafe_applies']} | "
        f"{_fmt(overall['time_to_green_single_p50'])} |"
    )
    for tool, data in doc["baselines"].items():
        rows.append(
            f"| {tool} | {data['fixed']} | {data['tests_pass']} | {data['compile_fix']} "
            f"| {data['unsafe_applies']} | {_fmt(data['seconds_single_p50'])} |"
        )
    for tool, ratio in doc["ratios"].items():
        rows.append(f"\nrusta fixed {_fmt(ratio)}× the cases {tool} fixed.")
    return "\n".join(rows) + "\n"


def _model_rows(doc: dict[str, Any]) -> list[str]:
    """Per class: fixes won by the model vs model-free proposers, and the model's cost."""
    if not (doc["overall"].get("model") or {}).get("calls"):
        return []
    rows = [
        "| class | fixes by model | fixes model-free | model calls | feedback rounds | "
        "model candidates | s/call | tokens/call | s/model fix | tokens/model fix |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, data in [*doc["by_class"].items(), ("**overall**", doc["overall"])]:
        model = data.get("model") or {}
        rows.append(
            f"| {name} | {model.get('fixes_by_model', 0)} | {model.get('fixes_model_free', 0)} "
            f"| {model.get('calls', 0)} | {model.get('feedback_rounds', 0)} "
            f"| {model.get('candidates_validated', 0)} "
            f"| {_fmt(model.get('seconds_per_call'))} | {_fmt(model.get('tokens_per_call'))} "
            f"| {_fmt(model.get('seconds_per_fix'))} "
            f"| {_fmt(model.get('tokens_per_fix'))} |"
        )
    return [*rows, ""]


def profile_markdown(doc: dict[str, Any]) -> str:
    """`rusta eval --profile`: the median episode of each class, stage by stage, and what
    its sandbox calls cost (seconds and count), so the overhead above one check plus one
    test run is visible (issue 19)."""
    table = metrics.profile_by_class(doc.get("cases", []))
    if not table:
        return "No profile: these traces predate it.\n"
    stages = [stage for stage in STAGES if any(f"stage.{stage}" in r for r in table.values())]
    calls = sorted(
        {
            key[len("cargo.") :]
            for row in table.values()
            for key in row
            if key.startswith("cargo.") and not key.endswith(".calls")
        }
    )
    head = ["class", "cases", "total s", *stages, "untracked", *(f"{c} s (n)" for c in calls)]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, row in table.items():
        cells = [name, str(int(row["cases"])), _fmt(row["total"])]
        cells += [_fmt(row.get(f"stage.{stage}", 0.0)) for stage in stages]
        cells.append(_fmt(row["untracked"]))
        cells += [
            f"{_fmt(row.get(f'cargo.{c}', 0.0))} ({row.get(f'cargo.{c}.calls', 0.0):.0f})"
            for c in calls
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n\nMedians per case; a call's seconds are summed over its calls.\n"


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def write(doc: dict[str, Any], json_path: Path | None, report_dir: Path | None) -> None:
    """The JSON document and/or the report directory: eval.json, eval.md, eval.html and the
    per-case diff and trace files (cases/) the page links to."""
    text = json.dumps(doc, indent=1, sort_keys=True)
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(text, encoding="utf-8")
    if report_dir:
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / "eval.json").write_text(text, encoding="utf-8")
        (report_dir / "eval.md").write_text(markdown(doc), encoding="utf-8")
        links = write_case_files(doc, report_dir / "cases")
        (report_dir / "eval.html").write_text(html_page(doc, links), encoding="utf-8")
