"""The eval report's charts, drawn with matplotlib into inline SVG (SPEC §11: "HTML with plots").

matplotlib is imported lazily, inside `render`, so `rusta eval` without `--report` (and every
other command) never pays for it; it is declared in the `report` extra (and in `server`, whose
dashboard shows the same charts). Without it the report still has every table and says how
to get the charts.

Every tool has one colour everywhere (TOOL_COLOURS); every chart is a function of the report
document alone, so eval.html, the dashboard's eval view and `--compare` draw the same pictures.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

TOOL_COLOURS = {"rusta": "#b7410e", "cargo fix": "#3b6fb6", "cargo clippy --fix": "#7b5ea7"}
BEFORE, AFTER = "#9aa3ad", "#b7410e"  # --compare: run A, run B
TRANSITION_COLOURS = {"fixed": "#1a7f37", "broken": "#c62828", "same": "#6b717a"}
INK, GRID = "#1d2024", "#dde1e6"
WIDE = 11.0  # inches: a chart across the page (about 1050 px), text at its natural size
INSTALL_HINT = "charts need matplotlib: pip install 'rusta[report]'"


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def tools_of(doc: dict[str, Any]) -> list[str]:
    """Rusta first, then the baselines that ran, in one fixed order (the JSON document sorts
    its keys, so its own order is alphabetical)."""
    ran = list(doc.get("baselines", {}))
    known = [tool for tool in TOOL_COLOURS if tool in ran and tool != "rusta"]
    return ["rusta", *known, *sorted(t for t in ran if t not in known)]


def result_of(case: dict[str, Any], tool: str) -> dict[str, Any] | None:
    return case.get("rusta") if tool == "rusta" else case.get("baselines", {}).get(tool)


def label(tool: str) -> str:
    return {"rusta": "Rusta", "cargo clippy --fix": "clippy --fix"}.get(tool, tool)


# --- the charts of one run ------------------------------------------------------------------


def class_bars(doc: dict[str, Any]) -> str | None:
    """Tests-pass % per class (and overall), Rusta beside each baseline, values on the bars."""
    cases = doc.get("cases", [])
    if not cases:
        return None
    groups: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        groups.setdefault(case.get("class") or "unknown", []).append(case)
    names = [*sorted(groups), "overall"]
    groups["overall"] = cases
    tools = tools_of(doc)

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        width = 0.8 / len(tools)
        for offset, tool in enumerate(tools):
            values = [_pass_rate(groups[name], tool) for name in names]
            xs = [i + (offset - (len(tools) - 1) / 2) * width for i in range(len(names))]
            bars = axes.bar(
                xs, [v or 0 for v in values], width, color=TOOL_COLOURS.get(tool), label=label(tool)
            )
            labels = ["–" if v is None else f"{v:.0f}" for v in values]
            axes.bar_label(bars, labels, padding=2, fontsize=7, color=INK)
        axes.set_xticks(range(len(names)), names, rotation=30, ha="right")
        axes.set_ylim(0, 112)
        axes.set_ylabel("tests pass (% of cases)")
        axes.legend(loc="upper center", ncol=len(tools), frameon=False, bbox_to_anchor=(0.5, 1.12))
        _tidy(axes, "y")

    return render(draw, (WIDE, 3.6))


def reliability(doc: dict[str, Any]) -> str | None:
    """Binned predicted p(green) against the observed green rate, with the bin counts."""
    calibration = doc.get("overall", {}).get("calibration") or {}
    bins = calibration.get("bins") or []
    if not bins:
        return None

    def draw(figure: Figure) -> None:
        top, bottom = figure.subplots(
            2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1], "hspace": 0.08}
        )
        top.plot([0, 1], [0, 1], linestyle="--", color="#8a9099", linewidth=1, label="perfect")
        lows = [b["bin"] / 10 for b in bins]
        top.bar(
            lows,
            [b["accuracy"] for b in bins],
            width=0.1,
            align="edge",
            color=TOOL_COLOURS["rusta"],
            alpha=0.25,
            edgecolor=TOOL_COLOURS["rusta"],
            label="observed green rate per bin",
        )
        xs = [b["confidence"] for b in bins]
        ys = [b["accuracy"] for b in bins]
        top.plot(xs, ys, marker="o", color=TOOL_COLOURS["rusta"], label="mean p(green) → observed")
        for b in bins:
            top.annotate(
                f"{b['accuracy']:.2f}",
                (b["confidence"], b["accuracy"]),
                textcoords="offset points",
                xytext=(0, 6),
                ha="center",
                fontsize=7,
                color=INK,
            )
        top.set_xlim(0, 1)
        top.set_ylim(0, 1.1)
        top.set_ylabel("observed green rate")
        top.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, frameon=False, fontsize=7)
        _tidy(top, "both")
        counts = bottom.bar(lows, [b["n"] for b in bins], width=0.1, align="edge", color="#8a9099")
        bottom.bar_label(counts, [str(b["n"]) for b in bins], padding=1, fontsize=7, color=INK)
        bottom.set_ylim(0, max(b["n"] for b in bins) * 1.35)
        bottom.set_ylabel("validations")
        bottom.set_xlabel("predicted p(green)")
        bottom.set_xticks([i / 10 for i in range(11)])
        _tidy(bottom, "y")

    return render(draw, (5.2, 4.6))


def time_to_green(doc: dict[str, Any]) -> str | None:
    """Share of all cases green within t seconds (log t), one curve per tool."""
    cases = doc.get("cases", [])
    series = {tool: _green_seconds(cases, tool) for tool in tools_of(doc)}
    if not cases or not any(series.values()):
        return None

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        for tool, seconds in series.items():
            if not seconds:
                continue
            xs = sorted(max(s, 0.01) for s in seconds)
            ys = [100 * (i + 1) / len(cases) for i in range(len(xs))]
            axes.step(xs, ys, where="post", color=TOOL_COLOURS.get(tool), label=label(tool))
            axes.plot(xs, ys, "o", markersize=2.5, color=TOOL_COLOURS.get(tool))
            median = xs[len(xs) // 2]
            axes.axvline(median, color=TOOL_COLOURS.get(tool), linewidth=0.8, linestyle=":")
        every = [max(v, 0.01) for seconds in series.values() for v in seconds]
        low, high = min(every) * 0.8, max(every) * 1.25
        axes.set_xlim(low, high)
        _log_seconds(axes.xaxis, low, high)
        axes.set_ylim(0, 105)
        axes.set_xlabel("seconds to green (log scale; dotted: median of the fixed cases)")
        axes.set_ylabel("cases green (% of all cases)")
        axes.legend(loc="upper left", frameon=False)
        _tidy(axes, "both")

    return render(draw, (WIDE, 3.4))


def validations_per_fix(doc: dict[str, Any]) -> str | None:
    """How many candidates Rusta validated in the sandbox to reach each of its fixes."""
    values = [c["rusta"]["candidates_validated"] for c in doc.get("cases", []) if _fixed(c)]
    return _count_bars(values, "candidates validated per fix", "fixes") if values else None


def changed_lines(doc: dict[str, Any]) -> str | None:
    """The size of Rusta's fixes in changed lines."""
    values = [c["rusta"]["changed_lines"] for c in doc.get("cases", []) if _fixed(c)]
    return _count_bars(values, "changed lines per fix", "fixes") if values else None


def model_fixes(doc: dict[str, Any]) -> str | None:
    """Per class: fixes won by the model proposer vs the model-free ones (when a model ran)."""
    if not (doc.get("overall", {}).get("model") or {}).get("calls"):
        return None
    names = list(doc.get("by_class", {}))
    model = [(doc["by_class"][n].get("model") or {}) for n in names]

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        free = [m.get("fixes_model_free", 0) for m in model]
        won = [m.get("fixes_by_model", 0) for m in model]
        low = axes.bar(names, free, color="#8a9099", label="model-free fixes")
        high = axes.bar(names, won, bottom=free, color=TOOL_COLOURS["rusta"], label="model fixes")
        axes.bar_label(low, label_type="center", fontsize=7, color="white")
        axes.bar_label(high, fontsize=7, color=INK)
        axes.set_ylabel("fixes")
        axes.tick_params(axis="x", rotation=30)
        axes.legend(frameon=False)
        _tidy(axes, "y")

    return render(draw, (6.4, 3.0))


def charts(doc: dict[str, Any]) -> dict[str, str | None]:
    """Every chart of one run, by name (None: nothing to draw, or matplotlib is missing)."""
    if not available():
        return dict.fromkeys(CHART_TITLES)
    return {
        "class_bars": class_bars(doc),
        "reliability": reliability(doc),
        "time_to_green": time_to_green(doc),
        "validations": validations_per_fix(doc),
        "changed_lines": changed_lines(doc),
        "model": model_fixes(doc),
    }


CHART_TITLES = {
    "class_bars": "Tests pass by class: Rusta beside the baselines",
    "reliability": "Reliability of p(green)",
    "time_to_green": "Time to green",
    "validations": "Validations per fix",
    "changed_lines": "Changed lines per fix",
    "model": "Fixes by the model",
}


# --- the charts of a comparison ---------------------------------------------------------------


def compare_classes(comparison: dict[str, Any]) -> str | None:
    """Tests-pass % per class in run A and run B, the change written above each pair."""
    rows = comparison.get("classes", [])
    if not rows or not available():
        return None

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        names = [row["class"] for row in rows]
        xs = range(len(rows))
        before = [row["tests_pass_a"] or 0 for row in rows]
        after = [row["tests_pass_b"] or 0 for row in rows]
        a = axes.bar([x - 0.2 for x in xs], before, 0.4, color=BEFORE, label="A")
        b = axes.bar([x + 0.2 for x in xs], after, 0.4, color=AFTER, label="B")
        axes.bar_label(a, [_opt(r["tests_pass_a"]) for r in rows], padding=2, fontsize=7)
        axes.bar_label(b, [_opt(r["tests_pass_b"]) for r in rows], padding=2, fontsize=7)
        for x, row in zip(xs, rows, strict=True):
            delta = row["tests_pass_delta"]
            if delta:
                colour = TRANSITION_COLOURS["fixed" if delta > 0 else "broken"]
                axes.annotate(
                    f"{delta:+.0f}",
                    (x, 104),
                    ha="center",
                    fontsize=8,
                    color=colour,
                    fontweight="bold",
                )
        axes.set_xticks(list(xs), names, rotation=30, ha="right")
        axes.set_ylim(0, 115)
        axes.set_ylabel("tests pass (% of cases)")
        axes.legend(loc="upper center", ncol=2, frameon=False, bbox_to_anchor=(0.5, 1.13))
        _tidy(axes, "y")

    return render(draw, (WIDE, 3.6))


def compare_times(comparison: dict[str, Any]) -> str | None:
    """Per case: seconds in A against seconds in B (log-log), coloured by what changed."""
    points = [row for row in comparison.get("cases", []) if row["seconds_a"] and row["seconds_b"]]
    if not points or not available():
        return None

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        low = min(min(r["seconds_a"], r["seconds_b"]) for r in points) * 0.8
        high = max(max(r["seconds_a"], r["seconds_b"]) for r in points) * 1.25
        axes.plot([low, high], [low, high], "--", color="#8a9099", linewidth=1, label="same time")
        for kind, colour in TRANSITION_COLOURS.items():
            chosen = [r for r in points if r["transition_kind"] == kind]
            if chosen:
                axes.scatter(
                    [r["seconds_a"] for r in chosen],
                    [r["seconds_b"] for r in chosen],
                    s=14,
                    color=colour,
                    label={"fixed": "now fixed", "broken": "now unfixed", "same": "no change"}[
                        kind
                    ],
                    alpha=0.8,
                )
        _log_seconds(axes.xaxis, low, high)
        _log_seconds(axes.yaxis, low, high)
        axes.set_xlim(low, high)
        axes.set_ylim(low, high)
        axes.set_xlabel("seconds in A (log)")
        axes.set_ylabel("seconds in B (log)")
        axes.legend(frameon=False, fontsize=7, loc="upper left")
        _tidy(axes, "both")

    return render(draw, (4.6, 4.2))


# --- drawing ---------------------------------------------------------------------------------


def render(draw: Callable[[Figure], None], size: tuple[float, float]) -> str:
    """One figure drawn by `draw`, as an inline <svg> element (no XML prolog, text as text)."""
    from matplotlib import rcParams
    from matplotlib.figure import Figure

    rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: selectable, small, the page's font
            "svg.hashsalt": "rusta-eval",  # the same document gives the same SVG ids
            "font.size": 8,
            "axes.edgecolor": "#8a9099",
            "axes.labelcolor": INK,
            "xtick.color": INK,
            "ytick.color": INK,
        }
    )
    figure = Figure(figsize=size, layout="constrained")
    draw(figure)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    # inline: no XML prolog or doctype; the page's CSS shrinks a chart wider than its box
    return text[text.index("<svg") :]


def _log_seconds(axis: Any, low: float, high: float) -> None:
    """A log axis of seconds with ticks at 1-2-5 steps, labelled 0.5 s, 1 s, 2 s… (not 2×10⁰)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

    axis.axes.set_xscale("log") if axis.axis_name == "x" else axis.axes.set_yscale("log")
    ticks = [
        step * 10.0**power
        for power in range(math.floor(math.log10(low)) - 1, math.ceil(math.log10(high)) + 1)
        for step in (1, 2, 5)
        if low <= step * 10.0**power <= high
    ]
    axis.set_major_locator(FixedLocator(ticks))
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g} s"))
    axis.set_minor_formatter(NullFormatter())


def _tidy(axes: Axes, grid: str) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis=grid, color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)


def _count_bars(values: Sequence[int], xlabel: str, ylabel: str) -> str:
    counts = Counter(values)
    xs = list(range(min(counts), max(counts) + 1))

    def draw(figure: Figure) -> None:
        axes = figure.subplots()
        bars = axes.bar(xs, [counts.get(x, 0) for x in xs], color=TOOL_COLOURS["rusta"])
        axes.bar_label(bars, [str(counts.get(x, "")) for x in xs], padding=2, fontsize=7)
        axes.set_xticks(xs if len(xs) <= 25 else xs[:: math.ceil(len(xs) / 25)])
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        axes.set_ylim(0, max(counts.values()) * 1.15)
        _tidy(axes, "y")

    return render(draw, (4.6, 2.8))


def _pass_rate(cases: Sequence[dict[str, Any]], tool: str) -> float | None:
    results = [r for r in (result_of(c, tool) for c in cases) if r is not None]
    return 100 * sum(bool(r["fixed"]) for r in results) / len(results) if results else None


def _green_seconds(cases: Sequence[dict[str, Any]], tool: str) -> list[float]:
    results = (result_of(case, tool) for case in cases)
    return [float(r["seconds"]) for r in results if r is not None and r["fixed"]]


def _fixed(case: dict[str, Any]) -> bool:
    return bool(case.get("rusta", {}).get("fixed"))


def _opt(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"
