"""The review page in a real browser: Debian's Chromium, headless, driven by Playwright.

Skipped only where no Chromium is installed (`.ci/run` installs Debian's `chromium` where
it can); Playwright itself is in the `test` extra, so a missing driver fails, not skips.
"""
import json
import os
import shutil
from pathlib import Path

import pytest

from extractor.commands.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "azernews-2022-11-16-azerbaijan-belarus"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    """A Chromium binary: $NEWSFACTS_CHROMIUM, else Debian's (or another distribution's) on PATH."""
    candidates = [os.environ.get("NEWSFACTS_CHROMIUM"), "/usr/bin/chromium",
                  shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium binary found (apt-get install chromium, or set NEWSFACTS_CHROMIUM)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def open_page(browser):
    """Opens a page file; yields the page and the console errors and page errors it logged."""
    opened = []

    def _open(path: Path, fragment: str = ""):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        problems = []
        page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.on("request", lambda req: problems.append(f"request: {req.url}")
                if not req.url.startswith(("file:", "data:")) else None)
        page.goto(path.as_uri() + fragment)
        page.wait_for_selector("#article-text .seg, #article-text .empty")
        opened.append(page)
        return page, problems

    yield _open
    for page in opened:
        page.close()


@pytest.fixture(scope="module")
def samples_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review") / "review.html"
    assert main(["review", str(ROOT / "samples"), "--out", str(out)]) == 0
    return out


def test_the_seed_article_shows_with_spans_of_every_type(open_page, samples_page):
    page, problems = open_page(samples_page)
    assert page.inner_text("#article-head h2") == SEED
    assert page.locator("#article-list li.current").inner_text().startswith(SEED)
    types = page.eval_on_selector_all("#article-text .seg.m", "nodes => nodes.map(n => n.dataset.types)")
    assert {"person", "country", "place", "date", "period", "money"} <= {t for ts in types for t in ts.split()}
    assert page.locator("#article-text .seg.m.t-money", has_text="$273.1 million").count() == 1
    assert page.locator("#trade-list .record").count() == 4
    assert page.locator("#meeting-list .record").count() >= 1
    assert problems == []


def test_clicking_a_trade_statistic_marks_its_evidence_and_its_spans(open_page, samples_page):
    page, problems = open_page(samples_page)
    records = json.loads(page.inner_text("#newsfacts-data"))
    [seed] = [a for a in records["articles"] if a["doc_id"] == SEED]
    evidence = seed["record"]["trade_stats"][0]["evidence"]
    assert page.locator("#article-text .seg.evidence").count() == 0
    button = page.locator('#trade-list .record[data-index="0"]')
    assert button.inner_text().startswith("turnover AZ – BY: 273,100,000 USD")
    button.click()
    assert "selected" in button.get_attribute("class") and button.get_attribute("aria-pressed") == "true"
    marked = page.eval_on_selector_all("#article-text .seg.evidence", "nodes => nodes.map(n => n.textContent).join('')")
    assert marked == evidence["text"]
    linked = page.eval_on_selector_all("#article-text .seg.linked", "nodes => nodes.map(n => n.textContent)")
    assert "$273.1 million" in linked and "Jan-Sept 2022" in linked
    assert "$84.4 million" not in linked           # in the sentence, but another statistic's
    # another record moves the marks
    page.locator('#meeting-list .record[data-index="0"]').click()
    assert "selected" not in button.get_attribute("class")
    assert "Ali Asadov" in page.eval_on_selector_all("#article-text .seg.linked", "ns => ns.map(n => n.textContent)")
    assert problems == []


def test_search_and_the_address_choose_the_article(open_page, samples_page):
    page, problems = open_page(samples_page, "#heldout%2Ftext%2Fdawn-2023-08-10-pakistan-china-call")
    assert page.inner_text("#article-head h2") == "heldout/text/dawn-2023-08-10-pakistan-china-call"
    total = page.locator("#article-list li").count()
    assert total == len(list((ROOT / "samples").rglob("*.txt")))
    page.fill("#search", "kazinform-2023")
    items = page.locator("#article-list li")
    assert items.count() == 1
    items.first.click()
    assert page.inner_text("#article-head h2").startswith("heldout/text/kazinform")
    assert page.inner_text("#list-count") == f"1 of {total} articles"
    assert problems == []


def test_article_text_is_shown_as_text_never_run_as_markup(open_page, tmp_path):
    hostile = ("Azerbaijan and Belarus met in Baku on May 5, 2022. <script>alert(1)</script> "
               "<b>bold</b> <img src=x onerror=alert(2)> </script><script>alert(3)</script>\n")
    inputs = tmp_path / "hostile.jsonl"
    inputs.write_text(json.dumps({"id": "<b>id</b>", "text": hostile, "published": "2022-05-06"}) + "\n"
                      + json.dumps({"id": "empty", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["review", str(inputs), "--out", str(out)]) == 1          # the empty one is an error record
    page, problems = open_page(out)
    assert page.inner_text("#article-head h2") == "<b>id</b>"
    assert page.eval_on_selector("#article-text", "n => n.textContent") == hostile
    assert page.locator("#article-text script, #article-text b, #article-text img, body b").count() == 0
    assert page.locator("#article-text .seg.t-country", has_text="Azerbaijan").count() == 1
    # the error record is listed and shown, not hidden
    page.locator("#article-list li", has_text="empty").click()
    assert page.inner_text("#problems .problem.error").startswith("Error record: EmptyInput:")
    assert problems == []
