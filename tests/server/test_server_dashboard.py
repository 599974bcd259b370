"""The dashboard end to end in headless Chromium (Debian's, driven by Playwright) against a real
`rusta serve`: register a broken crate, start a dry-run fix from the page, watch its events
stream in, apply it, see the file change on disk, roll it back."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from server_harness import FIXED_MUT, MISSING_MUT, TILES, WIDENED, Server, write_crate

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open_page(browser: object) -> tuple[object, list[str]]:
    """A fresh page that records every script error it meets."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    return page, problems


def test_fix_from_the_page_apply_and_roll_back(
    browser: object, shared_server: Server, tmp_path: Path
) -> None:
    server = shared_server
    crate = write_crate(tmp_path / "webcounter", MISSING_MUT)
    source = crate / "src" / "lib.rs"
    assert server.register(crate).returncode == 0
    page, problems = _open_page(browser)

    page.goto(f"{server.url}/#token={server.token}")
    expect = playwright_api.expect
    expect(page.locator("#connection")).to_have_text("live")
    card = page.locator(f'article.repo[data-repo="{crate}"]')
    expect(card).to_be_visible()

    card.locator(".fix-button").click()
    expect(page.locator("#job-status")).to_have_attribute("data-status", "done", timeout=TIMEOUT_MS)
    expect(page.locator('#events li[data-kind="validate"]').first).to_be_visible()
    expect(page.locator('#events li[data-kind="log"]')).to_have_count(1)
    expect(page.locator('#timeline li[data-stage="validate"]')).to_have_class("done")
    expect(page.locator("#diff")).to_contain_text("+    let mut total = 0;")
    expect(page.locator("#chips .confidence")).to_contain_text("confidence")
    assert source.read_text(encoding="utf-8") == MISSING_MUT  # a dry run writes nothing

    page.locator("#apply").click()
    expect(page.locator("#review-state")).to_have_text("applied")
    assert source.read_text(encoding="utf-8") == FIXED_MUT
    expect(page.locator("#rollback")).to_be_enabled()

    page.locator("#rollback").click()
    expect(page.locator("#review-state")).to_have_text("reverted")
    assert source.read_text(encoding="utf-8") == MISSING_MUT

    page.locator("#devlog-q").fill("E0384")
    page.locator("#devlog-form button").click()
    expect(page.locator("#devlog-list li").first).to_contain_text("E0384")
    assert problems == []


def test_when_rusta_asks_each_proven_answer_is_a_button(
    browser: object, shared_server: Server, tmp_path: Path
) -> None:
    """issue 12 Ask: the dry-run fix of a crate with two differently-behaving proven fixes
    shows the question and one button per answer; the chosen one is applied and can be
    rolled back."""
    server = shared_server
    crate = write_crate(tmp_path / "tiles", TILES)
    source = crate / "src" / "lib.rs"
    assert server.register(crate).returncode == 0
    page, problems = _open_page(browser)
    expect = playwright_api.expect

    page.goto(f"{server.url}/#token={server.token}")
    card = page.locator(f'article.repo[data-repo="{crate}"]')
    expect(card).to_be_visible()
    card.locator(".fix-button").click()
    expect(page.locator("#job-status")).to_have_attribute("data-status", "done", timeout=TIMEOUT_MS)
    expect(page.locator("#intent")).to_contain_text("Rusta asks: mismatched types")
    expect(page.locator("#chips .ask")).to_have_text("ask")
    buttons = page.locator("#answers .answer-button")
    expect(buttons).to_have_count(2)
    expect(page.locator("#apply")).to_be_disabled()  # no answer is applied for you
    widen = page.locator("#answers .answer", has_text=WIDENED)
    widen.locator(".answer-button").click()
    expect(page.locator("#review-state")).to_have_text("applied")
    assert WIDENED in source.read_text(encoding="utf-8")

    page.locator("#rollback").click()
    expect(page.locator("#review-state")).to_have_text("reverted")
    assert source.read_text(encoding="utf-8") == TILES
    assert problems == []


PARCELS = """\
pub fn shipping(weight: u32) -> u32 {
    if weight <= 10 {
        500
    } else {
        900
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ten_kilos_ship_as_heavy() {
        assert_eq!(super::shipping(10), 900);
    }

    #[test]
    fn light_parcels_are_cheap() {
        assert_eq!(super::shipping(9), 500);
    }
}
"""


def test_a_failing_test_is_shown_and_its_repair_says_it_changes_behaviour(
    browser: object, shared_server: Server, tmp_path: Path
) -> None:
    """issue 13: the card lists the failing test with its values and its first suspect; the
    dry-run fix repairs it and the review says it is a behaviour change."""
    server = shared_server
    crate = write_crate(tmp_path / "parcels", PARCELS)
    source = crate / "src" / "lib.rs"
    assert server.register(crate).returncode == 0
    page, problems = _open_page(browser)
    expect = playwright_api.expect

    page.goto(f"{server.url}/#token={server.token}")
    card = page.locator(f'article.repo[data-repo="{crate}"]')
    expect(card).to_be_visible()
    card.locator(".check-button").click()
    expect(page.locator("#job-status")).to_have_attribute("data-status", "done", timeout=TIMEOUT_MS)
    failing = card.locator(".failing-test")
    expect(failing).to_have_count(1, timeout=TIMEOUT_MS)
    expect(failing).to_contain_text("FAILED src/lib.rs::tests::ten_kilos_ship_as_heavy")
    expect(failing).to_contain_text("left: 500")
    expect(failing.locator(".suspect")).to_contain_text("suspect: src/lib.rs:")

    card.locator(".fix-button").click()
    chip = page.locator("#chips .behaviour-change")
    expect(chip).to_contain_text("ten_kilos_ship_as_heavy", timeout=TIMEOUT_MS)
    expect(page.locator("#diff")).to_contain_text("-    if weight <= 10 {")
    assert source.read_text(encoding="utf-8") == PARCELS  # a dry run writes nothing
    assert problems == []


def test_the_jobs_panel_says_what_to_do_when_there_are_no_jobs(
    browser: object, start_server: Callable[..., Server], tmp_path: Path
) -> None:
    """issue 11 #9: an empty Jobs panel said nothing; now it says there are none and how to
    start one, and gives way to the first job. No workers: the job stays queued, no cargo."""
    server = start_server(workers=0)
    crate = write_crate(tmp_path / "quietcrate", MISSING_MUT)
    assert server.register(crate).returncode == 0
    page, problems = _open_page(browser)
    expect = playwright_api.expect

    page.goto(f"{server.url}/#token={server.token}")
    empty = page.locator("#jobs li.empty")
    expect(empty).to_contain_text("No jobs yet")
    expect(empty).to_contain_text("Check or Fix (dry run)")
    expect(empty).to_contain_text("rusta repo add PATH")
    expect(page.locator("#jobs li.job")).to_have_count(0)

    with server.client() as client:
        created = client.post("/jobs", json={"kind": "check", "repo": str(crate)})
        assert created.status_code in (200, 201, 202), created.text
    page.reload()
    expect(page.locator("#jobs li.job")).to_have_count(1)
    expect(page.locator("#jobs li.empty")).to_have_count(0)
    assert problems == []
