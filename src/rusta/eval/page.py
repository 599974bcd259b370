"""eval.html: headline numbers, the charts, and every table as a sortable HTML table.

`body(doc, links)` is the report without its page frame; eval.html wraps it with the inline
stylesheet and sorter, and the dashboard's eval view shows the very same body (with `links`
pointing into the server), so the two never drift apart.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rusta.eval import charts
from rusta.home import Home

# (diff href, trace href) of case number i; None: nothing to link to
Links = Callable[[int, dict[str, Any]], tuple[str | None, str | None]]
# escaped text, or (trusted HTML, sort key), or (trusted HTML, sort key, css class)
Cell = str | tuple[str, object] | tuple[str, object, str]

REPORT_CSS = """
.rusta-report{font:14px/1.45 system-ui,sans-serif;color:#1d2024}
.rusta-report h2{font-size:1.15em;margin:1.6em 0 .5em;border-bottom:1px solid #dde1e6}
.rusta-report .tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.8em 0}
.rusta-report .tile{border:1px solid #dde1e6;border-radius:8px;padding:.4em .9em;background:#fff;
 min-width:8em}
.rusta-report .tile b{display:block;font-size:1.5em;color:#b7410e}
.rusta-report .tile span{color:#6b717a;font-size:.85em}
.rusta-report .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));
 gap:1em}
.rusta-report figure{margin:0;border:1px solid #dde1e6;border-radius:8px;padding:.6em;
 background:#fff;min-width:0}
.rusta-report figure.wide{grid-column:1/-1}
.rusta-report figure svg{max-width:100%;height:auto;display:block;margin:0 auto}
.rusta-report figcaption{color:#4a5058;font-size:.85em;margin-top:.3em}
.rusta-report figcaption b{color:#1d2024}
.rusta-report table{border-collapse:collapse;margin:.4em 0 1em;font-size:.85em;
 background:#fff}
.rusta-report th,.rusta-report td{border:1px solid #dde1e6;padding:.2em .55em;
 text-align:left;white-space:nowrap}
.rusta-report td.num{text-align:right;font-variant-numeric:tabular-nums}
.rusta-report th{background:#f2f4f7;cursor:pointer;user-select:none}
.rusta-report th[aria-sort=ascending]::after{content:" ▲"}
.rusta-report th[aria-sort=descending]::after{content:" ▼"}
.rusta-report tr.total td{font-weight:600;background:#fafbfc}
.rusta-report .scroll{overflow-x:auto}
.rusta-report .fixed{color:#1a7f37}.rusta-report .unsafe,.rusta-report .broken{color:#c62828}
.rusta-report .unfixed{color:#b26a00}.rusta-report .muted{color:#6b717a}
.rusta-report .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;
 margin-right:.3em;vertical-align:-1px}
.rusta-report code{font-size:.9em}
.rusta-report td.wrap{white-space:normal;overflow-wrap:anywhere;min-width:14em}
"""

# Click a header to sort its table (numbers as numbers, "–" last); a total row stays last.
SORT_JS = """
function rustaSortable(root){
 for(const table of root.querySelectorAll("table.sortable")){
  table.querySelectorAll("th").forEach((th,col)=>th.addEventListener("click",()=>{
   const body=table.tBodies[0],down=th.getAttribute("aria-sort")==="ascending";
   table.querySelectorAll("th").forEach(h=>h.removeAttribute("aria-sort"));
   th.setAttribute("aria-sort",down?"descending":"ascending");
   const key=r=>{const c=r.cells[col],v=c.dataset.sort??c.textContent.trim();
    const n=parseFloat(v);return v===""||v==="–"?null:(isNaN(n)||!/^-?[\\d.]/.test(v)?v:n);};
   const rows=[...body.rows].filter(r=>!r.classList.contains("total"));
   rows.sort((a,b)=>{const x=key(a),y=key(b);if(x===null)return 1;if(y===null)return -1;
    const o=typeof x===typeof y?(x<y?-1:x>y?1:0):(typeof x==="number"?-1:1);
    return down?-o:o;});
   const totals=[...body.rows].filter(r=>r.classList.contains("total"));
   body.replaceChildren(...rows,...totals);
  }));
 }
}
"""


def html_page(doc: dict[str, Any], links: Links | None = None) -> str:
    """The whole self-contained eval.html (`links`: from write_case_files; none by default)."""
    return page("Rusta eval", body(doc, links or no_links))


def no_links(index: int, case: dict[str, Any]) -> tuple[str | None, str | None]:
    return None, None


def page(title: str, content: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>body{{margin:2em auto;max-width:1200px;"
        f"padding:0 1.5em;background:#f7f8fa}}{REPORT_CSS}</style></head>"
        f"<body><main class='rusta-report'><h1>{html.escape(title)}</h1>{content}</main>"
        f"<script>{SORT_JS}rustaSortable(document);</script></body></html>"
    )


def body(doc: dict[str, Any], links: Links) -> str:
    """Headline tiles, charts, then the tables: by class, tools, model, calibration, cases."""
    rendered = charts.charts(doc)
    return "".join(
        [
            tiles(doc),
            "<h2>Charts</h2>",
            chart_grid(doc, rendered),
            "<h2>By class</h2>",
            class_table(doc),
            "<h2>Rusta and the baselines</h2>",
            tools_table(doc),
            model_table(doc),
            "<h2>Calibration bins</h2>",
            calibration_table(doc),
            "<h2>Cases</h2>",
            cases_table(doc, links),
        ]
    )


def tiles(doc: dict[str, Any]) -> str:
    overall = doc["overall"]
    items = [
        (
            f"{overall['tests_pass']:.1f} %",
            f"tests pass ({overall.get('fixed', '?')} of {overall['cases']} cases)",
        ),
        (f"{overall['compile_fix']:.1f} %", "compile"),
        (str(overall["unsafe_applies"]), "unsafe applies (must be 0)"),
        (fmt(overall["time_to_green_p50"], "s"), "time to green, p50"),
        (fmt(overall["time_to_green_p95"], "s"), "time to green, p95"),
        (fmt(overall["validations_per_fix"]), "validations per fix"),
        (fmt(overall["ece"]), "ECE of p(green)"),
    ]
    for tool in charts.tools_of(doc)[1:]:
        ratio = doc.get("ratios", {}).get(tool)
        items.append((fmt(ratio, "×"), f"Rusta's fixes ÷ {charts.label(tool)}'s"))
    return (
        "<div class='tiles'>"
        + "".join(
            f"<div class='tile'><b>{html.escape(value)}</b><span>{html.escape(text)}</span></div>"
            for value, text in items
        )
        + "</div>"
    )


def chart_grid(doc: dict[str, Any], rendered: dict[str, str | None]) -> str:
    if not charts.available():
        return f"<p class='muted'>{html.escape(charts.INSTALL_HINT)}</p>"
    captions = chart_captions(doc)
    figures = []
    for name, svg in rendered.items():
        if svg is None:
            continue
        wide = " wide" if name in ("class_bars", "time_to_green") else ""
        figures.append(
            f"<figure class='chart{wide}' data-chart='{name}'>{svg}<figcaption><b>"
            f"{html.escape(charts.CHART_TITLES[name])}.</b> {captions[name]}</figcaption>"
            "</figure>"
        )
    return "<div class='charts'>" + "".join(figures) + "</div>"


def chart_captions(doc: dict[str, Any]) -> dict[str, str]:
    overall = doc["overall"]
    calibration = overall.get("calibration") or {}
    ran = [charts.label(t) for t in charts.tools_of(doc)[1:]]
    baselines = (
        f"beside {' and '.join(ran)} on the same cases" if ran else "(the baselines did not run)"
    )
    return {
        "class_bars": f"Share of cases whose tests pass after each tool, per class, {baselines}"
        f". {legend(charts.tools_of(doc))}",
        "reliability": f"Every validated candidate binned by its predicted p(green); the line "
        f"is the bin's mean prediction against its observed green rate, the dashed diagonal is "
        f"perfect calibration, the lower panel counts validations per bin. "
        f"<b>ECE {fmt(calibration.get('ece'))}</b>, <b>Brier {fmt(calibration.get('brier'))}</b>"
        f" over {calibration.get('n', 0)} validations.",
        "time_to_green": f"Cumulative share of all cases green within t seconds (log scale); "
        f"a curve ends at the tool's tests-pass rate. Rusta p50 "
        f"{fmt(overall['time_to_green_p50'], ' s')}, p95 {fmt(overall['time_to_green_p95'], ' s')}"
        f". {legend(charts.tools_of(doc))}",
        "validations": f"Candidates proven in a sandbox per fix; mean "
        f"{fmt(overall['validations_per_fix'])}.",
        "changed_lines": f"Lines changed by each of Rusta's fixes; median "
        f"{fmt(overall['changed_lines_median'])}, max {fmt(overall['changed_lines_max'])}.",
        "model": "Per class, fixes whose winning path holds a model candidate, above the "
        "model-free ones.",
    }


def legend(tools: Sequence[str]) -> str:
    return " ".join(
        f"<span class='swatch' style='background:{charts.TOOL_COLOURS.get(t, '#888')}'></span>"
        f"{html.escape(charts.label(t))}"
        for t in tools
    )


# --- tables ----------------------------------------------------------------------------------


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    name: str,
    totals: Sequence[Sequence[Cell]] = (),
) -> str:
    """A sortable table; a cell is escaped text or (trusted HTML, sort key)."""
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in headers)
    lines = [_row(r, "") for r in rows] + [_row(r, " class='total'") for r in totals]
    return (
        f"<div class='scroll'><table class='sortable' data-table='{name}'><thead><tr>{head}"
        f"</tr></thead><tbody>{''.join(lines)}</tbody></table></div>"
    )


def _row(cells: Sequence[Cell], attributes: str) -> str:
    parts = []
    for cell in cells:
        if isinstance(cell, tuple):
            shown, key = cell[0], cell[1]
            css = cell[2] if len(cell) > 2 else ("num" if isinstance(key, int | float) else "")
            style = f" class='{css}'" if css else ""
            sort = "" if key is None else f" data-sort='{html.escape(str(key))}'"
            parts.append(f"<td{style}{sort}>{shown}</td>")
        else:
            parts.append(f"<td>{html.escape(cell)}</td>")
    return f"<tr{attributes}>{''.join(parts)}</tr>"


PERCENT = {"compile_fix", "tests_pass"}


def number(value: object, unit: str = "", digits: int = 2) -> Cell:
    return (
        html.escape(fmt(value, unit, digits)),
        value if isinstance(value, int | float) else None,
    )


def percent(value: object) -> Cell:
    return number(value, digits=1)


def class_table(doc: dict[str, Any]) -> str:
    headers = [
        "class",
        "cases",
        "compile %",
        "tests pass %",
        "unsafe",
        "median lines",
        "max lines",
        "p50 s",
        "p95 s",
        "validations/fix",
        "ECE",
        "Brier",
    ]

    def cells(name: str, data: dict[str, Any]) -> list[Cell]:
        return [
            name,
            *(
                percent(data.get(k)) if k in PERCENT else number(data.get(k))
                for k in (
                    "cases",
                    "compile_fix",
                    "tests_pass",
                    "unsafe_applies",
                    "changed_lines_median",
                    "changed_lines_max",
                    "time_to_green_p50",
                    "time_to_green_p95",
                    "validations_per_fix",
                    "ece",
                    "brier",
                )
            ),
        ]

    rows = [cells(n, d) for n, d in doc["by_class"].items()]
    return table(headers, rows, "classes", [cells("overall", doc["overall"])])


def tools_table(doc: dict[str, Any]) -> str:
    overall = doc["overall"]
    headers = [
        "tool",
        "cases",
        "fixed",
        "tests pass %",
        "compile %",
        "unsafe",
        "p50 s (single-error cases)",
    ]
    rows: list[list[Cell]] = [
        [
            (legend(["rusta"]), "rusta"),
            number(overall["cases"]),
            number(overall.get("fixed")),
            percent(overall["tests_pass"]),
            percent(overall["compile_fix"]),
            number(overall["unsafe_applies"]),
            number(overall["time_to_green_single_p50"]),
        ]
    ]
    for tool in charts.tools_of(doc)[1:]:
        data = doc["baselines"][tool]
        rows.append(
            [
                (legend([tool]), tool),
                number(data["cases"]),
                number(data["fixed"]),
                percent(data["tests_pass"]),
                percent(data["compile_fix"]),
                number(data["unsafe_applies"]),
                number(data["seconds_single_p50"]),
            ]
        )
    note = (
        ""
        if doc.get("baselines")
        else ("<p class='muted'>The baselines did not run (<code>--no-baselines</code>).</p>")
    )
    return table(headers, rows, "tools") + note


def model_table(doc: dict[str, Any]) -> str:
    if not (doc["overall"].get("model") or {}).get("calls"):
        return ""
    headers = [
        "class",
        "fixes by model",
        "fixes model-free",
        "model calls",
        "model candidates",
        "s/call",
        "tokens/call",
        "s/model fix",
        "tokens/model fix",
    ]
    keys = (
        "fixes_by_model",
        "fixes_model_free",
        "calls",
        "candidates_validated",
        "seconds_per_call",
        "tokens_per_call",
        "seconds_per_fix",
        "tokens_per_fix",
    )

    def cells(name: str, data: dict[str, Any]) -> list[Cell]:
        model = data.get("model") or {}
        return [name, *(number(model.get(k)) for k in keys)]

    rows = [cells(n, d) for n, d in doc["by_class"].items()]
    return "<h2>Model</h2>" + table(headers, rows, "model", [cells("overall", doc["overall"])])


def calibration_table(doc: dict[str, Any]) -> str:
    calibration = doc["overall"].get("calibration") or {}
    rows = [
        [
            (f"{b['bin'] / 10:.1f}–{(b['bin'] + 1) / 10:.1f}", b["bin"]),
            number(b["n"]),
            number(b["confidence"]),
            number(b["accuracy"]),
            number(round(b["accuracy"] - b["confidence"], 4)),
        ]
        for b in calibration.get("bins", [])
    ]
    headers = ["p(green) bin", "validations", "mean predicted", "observed", "gap"]
    return table(headers, rows, "calibration")


def outcome_of(result: dict[str, Any]) -> tuple[str, str]:
    """(css class, words) of one tool's result on a case."""
    if result.get("fixed"):
        return "fixed", "fixed"
    if result.get("unsafe"):
        return "unsafe", "UNSAFE apply"
    if result.get("status") == "abstain":
        return "unfixed", "abstained"
    if result.get("compiles"):
        # fixed = tests pass and none of the case's lints is left (lint cases)
        return "unfixed", "lints left" if result.get("tests_pass") else "tests fail"
    return "unfixed", "not fixed"


def cases_table(doc: dict[str, Any], links: Links) -> str:
    tools = charts.tools_of(doc)[1:]
    headers = [
        "case",
        "class",
        "outcome",
        "diff",
        "trace",
        "seconds",
        "validations",
        "lines",
        *[charts.label(t) for t in tools],
        "proposer",
        "moves of the fix",
    ]
    rows = []
    for index, case in enumerate(doc["cases"]):
        rusta = case["rusta"]
        kind, words = outcome_of(rusta)
        proposers = rusta.get("winner_proposers") or _winning_proposers(rusta)
        moves = rusta.get("moves", [])
        why = html.escape(str(rusta.get("reason") or ""), quote=True)
        diff, trace = links(index, case)
        rows.append(
            [
                case["name"],
                case.get("class") or "unknown",
                (f"<span class='{kind}' title='{why}'>{html.escape(words)}</span>", words),
                _link(diff, "diff"),
                _link(trace, "trace"),
                number(rusta["seconds"]),
                number(rusta["candidates_validated"]),
                number(rusta["changed_lines"] if rusta.get("fixed") else None),
                *[_baseline_cell(case, t) for t in tools],
                ", ".join(dict.fromkeys(proposers)) or "–",
                (f"<code>{html.escape(' → '.join(moves) or '–')}</code>", " ".join(moves), "wrap"),
            ]
        )
    return table(headers, rows, "cases")


def _baseline_cell(case: dict[str, Any], tool: str) -> Cell:
    result = case.get("baselines", {}).get(tool)
    if result is None:
        return ("–", None)
    kind, words = outcome_of(result)
    return (f"<span class='{kind}'>{html.escape(words)}</span>", words)


def _winning_proposers(rusta: dict[str, Any]) -> list[str]:
    """Older documents have no winner_proposers: the proposers with a winner on the path."""
    return [name for name, counts in rusta.get("proposers", {}).items() if counts.get("winners")]


def _link(href: str | None, text: str) -> Cell:
    if href is None:
        return ("<span class='muted'>–</span>", None)
    return (f"<a href='{html.escape(href)}'>{text}</a>", text)


def fmt(value: object, unit: str = "", digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}" if isinstance(value, float) else str(value)
    return text + unit


# --- the per-case files beside the page --------------------------------------------------------


def case_slug(case: dict[str, Any]) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "__", case["name"]).strip("_") or "case"


TRACE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def trace_path(doc: dict[str, Any], case: dict[str, Any]) -> Path | None:
    """The case's trace in the eval home the document names (a bare id only: a document
    cannot point the report or the server at any other file)."""
    trace = str(case["rusta"].get("trace") or "")
    if not TRACE_ID.match(trace) or not doc.get("home"):
        return None
    path = Home(Path(doc["home"])).trace(trace)
    return path if path.is_file() else None


def case_diff(doc: dict[str, Any], case: dict[str, Any]) -> str:
    """The winning patch of a case: from the document, else from its trace's reflect event."""
    if case["rusta"].get("diff"):
        return str(case["rusta"]["diff"])
    path = trace_path(doc, case)
    if path is None:
        return ""
    diff = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if event.get("kind") == "reflect" and event.get("outcome") == "green":
            diff = str(event.get("diff") or "")
    return diff


def write_case_files(doc: dict[str, Any], directory: Path) -> Links:
    """cases/<case>.diff (the winning patch) and cases/<case>.trace.jsonl (the episode);
    returns the page's links to them (relative, so the report directory can move). A case
    with no patch (unfixed) or no trace found gets no link."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[int, tuple[str | None, str | None]] = {}
    for index, case in enumerate(doc["cases"]):
        slug = case_slug(case)
        diff, trace = case_diff(doc, case), trace_path(doc, case)
        if diff:
            (directory / f"{slug}.diff").write_text(diff, encoding="utf-8")
        if trace is not None:
            shutil.copyfile(trace, directory / f"{slug}.trace.jsonl")
        written[index] = (
            f"{directory.name}/{slug}.diff" if diff else None,
            f"{directory.name}/{slug}.trace.jsonl" if trace is not None else None,
        )
    return lambda index, case: written.get(index, (None, None))
