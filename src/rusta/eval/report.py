"""Eval reports: the JSON document, a Markdown table, and an HTML page with SVG plots.

The plots are drawn as inline SVG so the report needs no plotting library and opens offline.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any


def document(
    cases: list[dict[str, Any]],
    overall: dict[str, Any],
    classes: dict[str, Any],
    baselines: dict[str, Any],
) -> dict[str, Any]:
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
        "ratios": {
            tool: (round(rusta_fixed / fixed, 2) if fixed else None)
            for tool, fixed in fixed_by_tool.items()
        },
    }


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
    rows.append("")
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
        "| class | fixes by model | fixes model-free | model calls | model candidates | "
        "s/call | tokens/call | s/model fix | tokens/model fix |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, data in [*doc["by_class"].items(), ("**overall**", doc["overall"])]:
        model = data.get("model") or {}
        rows.append(
            f"| {name} | {model.get('fixes_by_model', 0)} | {model.get('fixes_model_free', 0)} "
            f"| {model.get('calls', 0)} | {model.get('candidates_validated', 0)} "
            f"| {_fmt(model.get('seconds_per_call'))} | {_fmt(model.get('tokens_per_call'))} "
            f"| {_fmt(model.get('seconds_per_fix'))} "
            f"| {_fmt(model.get('tokens_per_fix'))} |"
        )
    return [*rows, ""]


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def write(doc: dict[str, Any], json_path: Path | None, report_dir: Path | None) -> None:
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(doc, indent=1, sort_keys=True), encoding="utf-8")
    if report_dir:
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / "eval.md").write_text(markdown(doc), encoding="utf-8")
        (report_dir / "eval.html").write_text(html_page(doc), encoding="utf-8")


def html_page(doc: dict[str, Any]) -> str:
    table = html.escape(markdown(doc))
    return (
        "<!doctype html><meta charset='utf-8'><title>Rusta eval</title>"
        "<style>body{font:14px system-ui;margin:2em;max-width:960px}"
        "pre{background:#f6f6f6;padding:1em;overflow:auto}</style>"
        "<h1>Rusta eval</h1><h2>Tests-pass by class</h2>"
        f"{bar_chart(doc)}<h2>Reliability of p(green)</h2>{reliability(doc)}"
        f"<h2>Tables</h2><pre>{table}</pre>"
    )


def bar_chart(doc: dict[str, Any]) -> str:
    classes = list(doc["by_class"].items())
    width, height, bar = 40 + 70 * max(1, len(classes)), 260, 50
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}'>",
        "<line x1='30' y1='220' x2='100%' y2='220' stroke='#888'/>",
    ]
    for index, (name, data) in enumerate(classes):
        value = data["tests_pass"] or 0
        x = 40 + 70 * index
        h = 2 * value
        parts.append(
            f"<rect x='{x}' y='{220 - h}' width='{bar}' height='{h}' fill='#c2562d'>"
            f"<title>{html.escape(name)}: {value}%</title></rect>"
        )
        parts.append(f"<text x='{x}' y='{215 - h}' font-size='11'>{value:.0f}%</text>")
        parts.append(f"<text x='{x}' y='238' font-size='11'>{html.escape(name)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def reliability(doc: dict[str, Any]) -> str:
    bins = doc["overall"]["calibration"]["bins"]
    size = 240
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{size + 40}' height='{size + 40}'>",
        f"<rect x='20' y='10' width='{size}' height='{size}' fill='none' stroke='#888'/>",
        f"<line x1='20' y1='{size + 10}' x2='{size + 20}' y2='10' stroke='#bbb' "
        "stroke-dasharray='4'/>",
    ]
    for entry in bins:
        x = 20 + entry["confidence"] * size
        y = 10 + (1 - entry["accuracy"]) * size
        radius = 3 + min(9, entry["n"] ** 0.5)
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='#2d6cc2' "
            f"opacity='0.7'><title>p≈{entry['confidence']}: {entry['accuracy']} "
            f"(n={entry['n']})</title></circle>"
        )
    parts.append(
        f"<text x='20' y='{size + 30}' font-size='11'>predicted p(green) → "
        f"(ECE {doc['overall']['ece']})</text></svg>"
    )
    return "".join(parts)
