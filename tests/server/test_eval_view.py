"""The dashboard's eval view against a real `rusta serve`: an eval job started through the API
on a suite of two small crates (real cargo, Rusta beside cargo fix and clippy --fix), and the
same run's JSON re-rendered by the real `rusta eval --from ... --report DIR` (a report on
disk). Both runs are listed, shown with the same charts and tables, and their per-case diff
and trace links resolve; eval.html itself is checked in headless Chromium (Debian's, driven
by Playwright): the charts and tables render with a real size, sorting works, links work."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_harness import MISSING_MUT, RUSTA, Server, write_crate

MOVED = """\
pub fn shout(word: String) -> String {
    let loud = word;
    format!("{}{}", loud.to_uppercase(), word.len())
}

#[test]
fn shouts() {
    assert_eq!(shout("ab".to_string()), "AB2");
}
"""
CHARTS = ("class_bars", "reliability", "time_to_green", "validations", "changed_lines")


@dataclass
class Runs:
    job: dict[str, Any]
    document: dict[str, Any]
    report: Path  # the directory `rusta eval --from` wrote
    job_run: str  # run ids of the eval view
    file_run: str


@pytest.fixture(scope="module")
def client(shared_server: Server) -> Iterator[httpx.Client]:
    with shared_server.client() as client:
        yield client


@pytest.fixture(scope="module")
def runs(
    shared_server: Server, client: httpx.Client, tmp_path_factory: pytest.TempPathFactory
) -> Runs:
    base = tmp_path_factory.mktemp("eval-view")
    suite = base / "view-suite"
    for name, source, error_class in [
        ("mutability/01-count", MISSING_MUT, "mutability"),
        ("move/01-shout", MOVED, "move"),
    ]:
        crate = write_crate(suite / name, source, name=name.split("/")[1].replace("-", "_")[3:])
        (crate / "case.toml").write_text(f'class = "{error_class}"\n', encoding="utf-8")
    assert shared_server.register(suite).returncode == 0
    created = client.post("/jobs", json={"kind": "eval", "repo": str(suite)})
    assert created.status_code == 202, created.text
    job = shared_server.wait_for(client, created.json()["id"], seconds=600)
    assert job["status"] == "done", job["error"]
    document = shared_server.home / "evals" / job["id"] / "eval.json"
    report = base / "on-disk"
    rendered = subprocess.run(
        [str(RUSTA), "eval", "--from", str(document), "--report", str(report)],
        env=shared_server.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert rendered.returncode == 0, rendered.stderr
    listed = client.get("/evals/runs").json()
    file_run = next(r["id"] for r in listed if r["path"] == str(report / "eval.json"))
    return Runs(job, json.loads(document.read_text(encoding="utf-8")), report, job["id"], file_run)


def test_both_runs_are_listed_with_their_numbers(client: httpx.Client, runs: Runs) -> None:
    listed = {run["id"]: run for run in client.get("/evals/runs").json()}

    for run_id in (runs.job_run, runs.file_run):
        assert listed[run_id]["cases"] == 2
        assert listed[run_id]["fixed"] == runs.document["overall"]["fixed"] == 2
        assert listed[run_id]["classes"] == ["move", "mutability"]
        assert listed[run_id]["baselines"] == ["cargo fix", "cargo clippy --fix"]
    assert listed[runs.job_run]["suite"] == listed[runs.file_run]["suite"]  # the same cases


def test_a_job_run_and_a_report_on_disk_show_the_same_charts(
    client: httpx.Client, runs: Runs
) -> None:
    job = client.get(f"/evals/runs/{runs.job_run}").json()
    on_disk = client.get(f"/evals/runs/{runs.file_run}").json()
    page = (runs.report / "eval.html").read_text(encoding="utf-8")

    for body in (job["html"], on_disk["html"], page):
        for chart in CHARTS:
            assert f"data-chart='{chart}'><svg" in body
        assert "<table class='sortable' data-table='cases'>" in body
    # one renderer: the job's body and the report on disk differ only in where links point
    assert job["html"].replace(runs.job_run, runs.file_run) == on_disk["html"]


def test_case_links_serve_the_winning_diff_and_the_trace(client: httpx.Client, runs: Runs) -> None:
    names = [case["name"] for case in runs.document["cases"]]
    index = names.index("mutability/01-count")

    for run_id in (runs.job_run, runs.file_run):
        diff = client.get(f"/evals/runs/{run_id}/cases/{index}/diff")
        trace = client.get(f"/evals/runs/{run_id}/cases/{index}/trace")
        assert diff.status_code == 200 and "+    let mut total = 0;" in diff.text
        kinds = [json.loads(line)["kind"] for line in trace.text.splitlines()]
        assert kinds[0] == "intake" and "validate" in kinds
    beside = client.get(f"/evals/{runs.job['id']}/cases/mutability__01-count.diff")
    assert beside.status_code == 200 and "let mut total" in beside.text


def test_two_runs_compare_in_the_view(client: httpx.Client, runs: Runs) -> None:
    result = client.get("/evals/compare", params={"a": runs.job_run, "b": runs.file_run}).json()

    assert result["overall"]["now_fixed"] == result["overall"]["now_unfixed"] == 0
    assert "data-chart='compare-classes'><svg" in result["html"]
    assert "data-table='compare-cases'" in result["html"]


@pytest.mark.parametrize(
    "path",
    [
        "/evals/runs/file-999",
        "/evals/runs/..%2F..%2Fetc",
        "/evals/runs/job-nosuchjob",
        "/evals/runs/file-x",
        "/evals/runs/{file}/cases/99/diff",
        "/evals/runs/{file}/cases/0/secrets",
        "/evals/runs/{job}/cases/-1/diff",
        "/evals/nosuchjob/cases/x.diff",
    ],
)
def test_unknown_runs_and_cases_are_404_with_one_line(
    client: httpx.Client, runs: Runs, path: str
) -> None:
    response = client.get(path.format(file=runs.file_run, job=runs.job_run))

    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str)


# --- in the browser --------------------------------------------------------------------------

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def assert_report_renders(page: Any, cases: int) -> None:
    """Every chart drawn at a readable size with its bars and labels, every table filled."""
    expect = playwright_api.expect
    for chart in CHARTS:
        svg = page.locator(f"figure[data-chart='{chart}'] svg")
        expect(svg).to_be_visible()
        box = svg.bounding_box()
        assert box["width"] > 250 and box["height"] > 120, (chart, box)
    bars = page.locator("figure[data-chart='class_bars'] svg")
    for label in ("Rusta", "cargo fix", "clippy --fix", "move", "mutability", "overall"):
        assert label in bars.text_content()
    assert bars.locator("path").count() > 9  # 3 tools x 3 groups of bars, and the axes
    caption = page.locator("figure[data-chart='reliability'] figcaption")
    expect(caption).to_contain_text("ECE")
    expect(caption).to_contain_text("Brier")
    expect(page.locator("table[data-table='classes'] tbody tr")).to_have_count(3)  # + overall
    expect(page.locator("table[data-table='tools'] tbody tr")).to_have_count(3)
    expect(page.locator("table[data-table='cases'] tbody tr")).to_have_count(cases)
    assert page.locator("pre").count() == 0  # no Markdown pasted raw


def test_eval_html_renders_offline_and_sorts(browser: Any, runs: Runs) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto((runs.report / "eval.html").as_uri())
    assert_report_renders(page, 2)
    seconds = page.locator("table[data-table='cases'] th", has_text="seconds")
    seconds.click()
    column = [h.text_content() for h in page.locator("table[data-table='cases'] th").all()]
    at = column.index("seconds")
    shown = [
        float(row.locator("td").nth(at).text_content())
        for row in page.locator("table[data-table='cases'] tbody tr").all()
    ]
    assert shown == sorted(shown)
    seconds.click()
    expect = playwright_api.expect
    expect(seconds).to_have_attribute("aria-sort", "descending")
    page.locator("table[data-table='cases'] a", has_text="diff").first.click()
    assert "diff --git" in page.locator("body").text_content()

    assert all(url.startswith("file://") for url in requests), requests  # self-contained
    assert problems == []
    page.close()


def test_the_dashboard_eval_view_shows_both_runs(
    browser: Any, shared_server: Server, runs: Runs
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    expect = playwright_api.expect

    page.goto(f"{shared_server.url}/eval#run={runs.job_run}")
    assert_report_renders(page, 2)
    expect(page.locator(f"#runs .run[data-run='{runs.job_run}']")).to_have_class("run selected")
    page.locator(f"#runs .run[data-run='{runs.file_run}']").click()
    expect(page.locator("#run-title")).to_have_text(f"{runs.report.name}/eval.json")
    assert_report_renders(page, 2)
    page.locator("#compare-a").select_option(runs.job_run)
    page.locator("#compare-b").select_option(runs.file_run)
    page.locator("#compare-button").click()
    expect(page.locator("figure[data-chart='compare-classes'] svg")).to_be_visible()
    expect(page.locator("table[data-table='compare-cases'] tbody tr")).to_have_count(2)

    page.goto(f"{shared_server.url}/#token={shared_server.token}")
    page.locator("#eval .eval-view-link").click()
    expect(page.locator("#runs .run").first).to_be_visible()
    assert problems == []
    page.close()
