"""Every span in the output points at the input: ``text == input[start:end]``.

Checked on the shipped samples, on short articles written for this test, and on
articles hypothesis assembles from phrasing fragments (headers, datelines, bylines,
people, meetings, trade figures, money, dates), with the odd whitespace and
punctuation real crawls have.
"""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))

ARTICLES = [
    " date 2023-03-01 By Trend\nBAKU, Azerbaijan, March 1\nBy Leyla Aliyeva\n\n"
    "Azerbaijan and Georgia signed five documents on Tuesday. Prime Minister Ali Asadov met "
    "his Georgian counterpart in Tbilisi. Trade between the two countries reached $1.2 billion "
    "in 2022, up 14 percent. Exports to Georgia amounted to 700 million, while imports were $500 million.\n",
    " date 2021-06-10 Kazakh exports to China surge\nNUR-SULTAN (Reuters) - Kazakhstan's exports "
    "to China rose to 1.9 trillion tenge ($4.4 billion) in January-April, the ministry said on "
    "Thursday. Deputy Trade Minister Ivan Petrov said the target of $10 billion by 2025 is realistic.\n",
    "NEW DELHI: India and the UAE aim to raise bilateral trade to $100 billion within five years, "
    "Commerce Minister Priya Sharma said on Monday after talks in Abu Dhabi.\r\n\r\n"
    "The Rs 5,000 crore scheme will run until March 2026. Non-oil trade hit Dh1.4 trillion in H1 2024.\r\n",
    "Tokyo, Dec. 3 (Kyodo) -- Japan's exports to South Korea fell 8% to ¥1.2 trillion in the "
    "first nine months of the year.\u00a0Foreign Minister Kenji Sato will visit Seoul next week "
    "for a summit with President Kim.\n",
    "Commerce between Mongolia and Kyrgyzstan went up by 35 percent and reached "
    "410 million US dollars — a record — while the sides hope to reach 1 billion dollars.\t\n"
    "“We are satisfied,” the minister said.\n",
    "",
    "\n\n   \n",
    "No figures here at all, just a sentence about the weather in Baku.",
]

HEADERS = st.sampled_from([
    "", " date 2022-11-16 By Azernews\n", " date 2020-02-29 Ministers meet in Minsk\n",
    "BAKU, Azerbaijan, Nov. 22\n", "MOSCOW, May 3 (TASS) -- ", "By Anna Ivanova\n",
    "22 November 2019 10:02 (UTC+04:00)\n", "Trend:\n",
])
SENTENCES = st.sampled_from([
    "Trade turnover between Azerbaijan and Belarus amounted to $273.5 million in Jan-Sept 2023.",
    "Exports reached 2.5 billion, while imports fell to $1.1 billion.",
    "The ministers of Turkey and Iran held talks in Ankara on June 5.",
    "President Ilham Aliyev received Belarusian Prime Minister Roman Golovchenko.",
    "The two countries aim to bring trade to €5bn by 2030.",
    "Revenue was 1.5 trillion rubles ($20 bln) last year.",
    "Prices rose about 5 per cent in the first quarter of 2022.",
    "A phone call between the foreign ministers took place yesterday.",
    "Japan's exports to China rose 2.3 times.",
    "The Rs 1.2 lakh crore plan starts in FY2024-25.",
    "Nearly 1.4 billion people live there.",
    "Ms. O'Neill-Smith, the deputy minister, arrives on Monday.",
    "Two-way trade was USD 615 million in 2019.",
    "“It is a milestone,” he said — and left.",
    "Émilie Dupont met Søren Kierkegaard’s heirs in Zürich.",
])
JOINERS = st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", " \u2028 "])


@st.composite
def articles(draw):
    header = draw(HEADERS)
    parts = draw(st.lists(SENTENCES, min_size=1, max_size=6))
    out = header
    for part in parts:
        out += part + draw(JOINERS)
    return out


def spans_in(value, path="$"):
    """Every (path, dict) in the dumped article that has text/start/end."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys():
            yield path, value
        for key, item in value.items():
            yield from spans_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans_in(item, f"{path}[{i}]")


def assert_grounded(extractor, text):
    dumped = extractor.extract(text).model_dump()
    for path, span in spans_in(dumped):
        assert 0 <= span["start"] <= span["end"] <= len(text), (path, span)
        assert text[span["start"]:span["end"]] == span["text"], (path, span)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_spans_are_grounded(extractor, path):
    assert_grounded(extractor, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", ARTICLES, ids=[f"article{i}" for i in range(len(ARTICLES))])
def test_written_article_spans_are_grounded(extractor, text):
    assert_grounded(extractor, text)


def test_spans_are_found_at_all(extractor):
    """Guards the property tests against passing on empty output."""
    dumped = extractor.extract(ARTICLES[0]).model_dump()
    assert any(True for _ in spans_in(dumped))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles())
def test_assembled_article_spans_are_grounded(extractor, text):
    assert_grounded(extractor, text)


# the text kept at make_doc stands for doc.text: the tokenizer must lose no character
@pytest.mark.parametrize("text", [
    "Plain sentence.",
    "  leading spaces,\ttabs\tand\r\nWindows line ends  ",
    "no-break\u00a0space, zero\u200bwidth and emoji 🙂 in a row\n\n\n",
    "",
])
def test_remembered_text_is_the_docs_text(extractor, text):
    from extractor.spans import doc_text

    doc = extractor.make_doc(text)
    assert doc_text(doc) == doc.text == text
