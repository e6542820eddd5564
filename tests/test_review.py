"""The review page without a browser: what it embeds, how safely, and which spans each
record is linked to. (tests/test_review_browser.py opens it in Chromium.)"""
import json
import re
from pathlib import Path

import pytest

from extractor.commands.batch import iter_inputs, process_items, to_line
from extractor.commands.cli import main
from extractor.commands.review.marks import meeting_links, mentions, misplaced, trade_links
from extractor.commands.review.page import ReviewEntry, article_payload, build_page, json_for_script

ROOT = Path(__file__).resolve().parent.parent
SEED = "azernews-2022-11-16-azerbaijan-belarus"
HOSTILE = 'Trade </script><script>alert(1)</script> & <b>bold</b> \u2028 "quoted"'


def page_data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="newsfacts-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_json_for_script_never_holds_markup_and_reads_back():
    text = json_for_script({"text": HOSTILE})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"text": HOSTILE}


def test_an_article_cannot_end_the_data_block():
    entry = ReviewEntry("x", {"doc_id": "x", "error": {"type": "BinaryInput", "message": HOSTILE}}, HOSTILE)
    page = build_page([entry], title="<b>title</b>")
    assert page.count("<script") == 2           # the data block and the page's own script
    assert page.count("</script>") == 2
    assert "<b>" not in page and "&lt;b&gt;title&lt;/b&gt;" in page
    assert page_data(page)["articles"][0]["text"] == HOSTILE


def test_the_page_needs_no_network():
    page = build_page([])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert not re.search(r'(src|href)="(?!data:)', page), "the page loads nothing from anywhere"


@pytest.fixture(scope="module")
def seed(extractor):
    [item] = [i for i in iter_inputs([str(ROOT / "samples")]) if i.doc_id == SEED]
    [record] = process_items(extractor, [item])
    return record, item.text


def _linked_texts(record, text, links):
    found = {m["id"]: m for m in mentions(record)}
    return sorted(text[found[i]["start"]:found[i]["end"]] for i in links)


@pytest.mark.parametrize("metric, expected", [
    # the turnover: its amount, its period and the pair, not the amounts of the two flows after it
    ("turnover", ["$273.1 million", "Azerbaijan", "Belarus", "Jan-Sept 2022"]),
    ("exports", ["$84.4 million", "Azerbaijan", "Belarus", "Jan-Sept 2022"]),
    ("imports", ["$188.7 million", "Azerbaijan", "Belarus", "Jan-Sept 2022"]),
])
def test_a_trade_statistic_is_linked_to_the_spans_it_was_built_from(seed, metric, expected):
    record, text = seed
    [stat] = [s for s in record["trade_stats"] if s["metric"] == metric and s["period_end"] == "2022-09-30"]
    assert _linked_texts(record, text, trade_links(stat, mentions(record))) == expected


def test_a_meeting_is_linked_to_its_participants_countries_and_place(seed):
    record, text = seed
    meeting = record["meetings"][0]
    assert _linked_texts(record, text, meeting_links(meeting, mentions(record))) == [
        "Ali Asadov", "Azerbaijan", "Baku", "Belarus", "Igor Petrishenko"]


def test_every_span_of_the_record_is_marked_with_its_type(seed):
    record, text = seed
    found = mentions(record)
    assert {m["type"] for m in found} == {"person", "country", "place", "date", "period", "money"} | (
        {"organization"} if record["organizations"] else set())
    assert all(text[m["start"]:m["end"]] for m in found)
    assert [m["start"] for m in found] == sorted(m["start"] for m in found)


def test_a_text_that_is_not_the_records_is_noted_and_not_marked(seed):
    record, text = seed
    shifted = "\n" + text
    assert misplaced(record, text) == []
    payload = article_payload(ReviewEntry(SEED, record, shifted))
    assert payload["mentions"] == []
    assert "not the one it was extracted from" in payload["notes"][0]


def test_review_of_records_finds_texts_by_doc_id_and_shows_bad_lines(seed, tmp_path, capsys):
    record, _ = seed
    records = tmp_path / "r.jsonl"
    error = {"doc_id": "scan", "error": {"type": "BinaryInput", "message": "not a text: looks like a PDF document"}}
    no_text = dict(record, doc_id="elsewhere")
    records.write_text(to_line(record) + to_line(error) + "{broken\n" + to_line(no_text), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["review", str(ROOT / "samples"), "--records", str(records), "--out", str(out)]) == 1
    articles = {a["doc_id"]: a for a in page_data(out.read_text(encoding="utf-8"))["articles"]}
    assert list(articles) == [SEED, "scan", f"{records}:3", "elsewhere"]
    assert articles[SEED]["mentions"] and articles[SEED]["notes"] == []
    assert articles["scan"]["record"]["error"]["type"] == "BinaryInput"
    assert articles[f"{records}:3"]["record"]["error"]["type"] == "BadRecordLine"
    assert articles["elsewhere"]["notes"] == ["no text was found for this record: its spans cannot be shown"]
    err = capsys.readouterr().err
    assert "scan: BinaryInput" in err and f"{records}:3: BadRecordLine: not valid JSON" in err
    assert "4 articles, 2 error records" in err


def test_review_needs_inputs(capsys, tmp_path):
    assert main(["review", "--out", str(tmp_path / "r.html")]) == 2
    assert "review needs PATH..." in capsys.readouterr().err
