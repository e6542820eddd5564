"""Date mentions: what counts, which characters, and the value resolved against publication."""
from datetime import date

import pytest

from extractor.entities.dates import resolve_date


def run_dates(extractor, text, published):
    """The dates and periods layers alone on ``text`` (other layers are not needed here)."""
    doc = extractor.make_doc(text, published=published)
    doc = extractor.nlp.get_pipe("newsfacts_periods")(_parsed(extractor, doc))
    doc = extractor.nlp.get_pipe("newsfacts_dates")(doc)
    return [(d.text, d.value) for d in doc._.dates], doc


def _parsed(extractor, doc):
    for name, proc in extractor.nlp.pipeline:
        if not name.startswith("newsfacts_"):
            doc = proc(doc)
    return doc


# one row per phrasing: text, publication date, expected (text, value) in order
CASES = [
    # relative to the publication year
    ("Exports rose 12 percent this year, the ministry said.", "2023-06-10", [("this year", "2023")]),
    ("Trade between the two countries fell last year.", "2022-11-16", [("last year", "2021")]),
    ("Prices are expected to rise next year.", "2022-11-16", [("next year", "2023")]),
    ("The tariffs will change next month.", "2022-12-20", [("next month", "2023-01")]),
    ("Imports fell last month.", "2022-01-20", [("last month", "2021-12")]),
    ("The construction began two months ago.", "2022-11-16", [("two months ago", "2022-09")]),
    ("The company was founded a year ago.", "2017-08-11", [("a year ago", "2016")]),
    # a planned event whose verb the tagger read as a noun (`will on Monday travel`)
    ("President Ruto will on Monday travel to Dar es Salaam.", "2023-10-06", [("Monday", "2023-10-09")]),
    # `the previous month` after a month named: the month before it
    ("Exports in October 2023 rose 5%. Compared to the previous month, imports fell.", "2023-11-06",
     [("October 2023", "2023-10"), ("the previous month", "2023-09")]),
    # a weekday with the present tense is a schedule
    ("The centrepiece comes on Wednesday, when the leaders hold talks.", "2025-03-24", [("Wednesday", "2025-03-26")]),
    ("The figures come two days before the president meets his counterpart on Friday.", "2022-08-03",
     [("Friday", "2022-08-05")]),
    # `Today` in a name
    ("Turkmenistan Today | State News Agency", "2024-10-18", []),
    # a year glued to other characters is part of an id, not a date
    ("Contact: 9417**2052 or see the report of 2021.", "2023-06-12", [("2021", "2021")]),
    # a month alone: publication year, previous year for a past event after publication
    ("The agreement was signed in May.", "2022-11-16", [("May", "2022-05")]),
    ("The agreement was signed in December.", "2022-11-16", [("December", "2021-12")]),
    ("The minister will visit the capital in February.", "2022-11-16", [("February", "2023-02")]),
    ("The fair is held in late November.", "2023-12-01", [("late November", "2023-11")]),
    ("The park was opened in early October this year.", "2022-11-16", [("early October this year", "2022-10")]),
    ("Members will join the alliance in April next year.", "2022-11-16", [("April next year", "2023-04")]),
    ("He arrived last October.", "2023-02-06", [("last October", "2022-10")]),
    # month and day
    ("The talks took place on June 1.", "2022-11-16", [("June 1", "2022-06-01")]),
    ("The forum opened on December 5.", "2022-11-16", [("December 5", "2021-12-05")]),
    ("The summit will be held on March 3.", "2022-11-16", [("March 3", "2023-03-03")]),
    ("The next round is due to be held in the capital on July 16.", "2018-07-03", [("July 16", "2018-07-16")]),
    ("The office opened on 26 April.", "2017-04-28", [("26 April", "2017-04-26")]),
    ("Delegates met on Aug. 7.", "1998-08-13", [("Aug. 7", "1998-08-07")]),
    # full dates and bare years
    ("Relations were established on June 11, 1993.", "2022-11-16", [("June 11, 1993", "1993-06-11")]),
    ("Relations were established on 11 June 1993.", "2022-11-16", [("11 June 1993", "1993-06-11")]),
    ("The ranking has not changed since June 2005.", "2019-12-15", [("June 2005", "2005-06")]),
    ("In 2021, turnover reached a record.", "2022-11-16", [("2021", "2021")]),
    ("Growth slowed in early 2023.", "2024-01-10", [("early 2023", "2023")]),
    ("The plant is to be completed by the end of 2024.", "2022-11-16", [("the end of 2024", "2024-12")]),
    ("The line should open by end-2025.", "2024-01-10", [("end-2025", "2025-12")]),
    ("Construction should finish by the end of this year.", "2022-11-16", [("the end of this year", "2022-12")]),
    ("Turnover reached a peak in 2016, double the previous year.", "2017-04-26",
     [("2016", "2016"), ("the previous year", "2015")]),
    ("Turnover in January-November 2021 exceeded the previous year.", "2021-12-29",
     [("the previous year", "2020")]),
    # no tense to go by: a day more than half a year ahead is last year's
    ("Results of the Nov. 25 elections", "2000-01-07", [("Nov. 25", "1999-11-25")]),
    ("Preparations for the Feb. 10 hearing", "2000-01-07", [("Feb. 10", "2000-02-10")]),
    ("The pact was signed in February 2022 and took effect on May 1 that year.", "2024-09-16",
     [("February 2022", "2022-02"), ("May 1 that year", "2022-05-01")]),
    # days relative to publication
    ("The committee met today.", "2022-11-16", [("today", "2022-11-16")]),
    ("The delegation arrived yesterday.", "2022-11-16", [("yesterday", "2022-11-15")]),
    ("The delegation is expected to arrive tomorrow.", "2022-11-16", [("tomorrow", "2022-11-17")]),
    # weekdays: on or before publication when reported, on or after when planned
    ("The minister met his counterpart on Monday.", "2022-11-16", [("Monday", "2022-11-14")]),
    ("The ministers will meet on Monday.", "2022-11-16", [("Monday", "2022-11-21")]),
    ("The two sides plan to hold talks in the capital on Friday.", "2022-11-16", [("Friday", "2022-11-18")]),
    # the agreement's own time, told `during` a meeting: the past, whatever it plans
    ("The ministers agreed to raise trade to $25 billion by 2027 during a meeting in Lima on Tuesday.", "2023-03-15",
     [("2027", "2027"), ("Tuesday", "2023-03-14")]),
    # a passive gerund decides nothing: `due to` does
    ("A tranche is due to start being repaid in June.", "2024-05-16", [("June", "2024-06")]),
    # `the previous year` steps back from the year `last year` named
    ("Trade reached $2.19 billion last year, up 3.4 percent from the previous year.", "2024-06-10",
     [("last year", "2023"), ("the previous year", "2022")]),
    # an event `to be held` on a day: ahead, though the clause that names it is past
    ("The minister confirmed his country's participation in the trade fair, to be held in Lima on November 10.",
     "2024-08-14", [("November 10", "2024-11-10")]),
    # an `upcoming` event's month is ahead of the publication, though the clause is past
    ("The ministers discussed the upcoming visit in October.", "2023-08-18", [("October", "2023-10")]),
    ("Officials said on Wednesday that exports grew.", "2022-11-16", [("Wednesday", "2022-11-16")]),
    ("Data released on Sunday showed a decline.", "2022-11-16", [("Sunday", "2022-11-13")]),
    ("The hearing was postponed until Tuesday morning.", "2022-11-16", [("Tuesday morning", "2022-11-22")]),
    ("He criticised Wednesday's decision.", "2022-11-18", [("Wednesday", "2022-11-16")]),
    ("The treaty was signed last Friday.", "2022-11-18", [("last Friday", "2022-11-11")]),
    ("The weekly wrote in a column on Thursday, Nov. 12:", "2009-11-10", [("Thursday, Nov. 12", "2009-11-12")]),
    ("Leaders gathered ahead of Monday's summit.", "2022-11-16", [("Monday", "2022-11-21")]),
    # numeric dates: day first unless impossible
    ("The decree was signed on 24.05.2023.", "2023-06-01", [("24.05.2023", "2023-05-24")]),
    ("The decree was signed on 05/24/2023.", "2023-06-01", [("05/24/2023", "2023-05-24")]),
    ("The decree took effect on 2023-05-24.", "2023-06-01", [("2023-05-24", "2023-05-24")]),
    # named days
    ("The markets were closed on Thanksgiving Day.", "2000-01-07", [("Thanksgiving Day", "1999-11-25")]),
    ("Shops reopened after Christmas.", "2023-01-10", [("Christmas", "2022-12-25")]),
    # weeks: no day is named, so the month the week falls in
    ("The envoy arrived last week.", "2021-06-03", [("last week", "2021-05")]),
    ("Talks resume this week.", "2021-06-03", [("this week", "2021-06")]),
    ("A vote is due next week.", "2021-06-28", [("next week", "2021-07")]),
    ("The port reopened three weeks ago.", "2021-06-10", [("three weeks ago", "2021-05")]),
    # a side of this month / this year keeps that unit
    ("Prices fell earlier this month.", "2021-06-20", [("earlier this month", "2021-06")]),
    ("The plant opens later this year.", "2021-06-20", [("later this year", "2021")]),
    ("The minister visits next month.", "2021-12-20", [("next month", "2022-01")]),
    # a timestamp line holding only a date is metadata, not a mention
    ("Port deal signed\nTue 08-06-2021 10:30\nThe deal was signed on Monday.", None, [("Monday", "2021-06-07")]),
    ("ABU DHABI, 2nd May, 2021 (WAM) -- Trade rose in March.", None, [("March", "2021-03")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates_in_text(extractor, text, published, expected):
    found, _ = run_dates(extractor, text, published)
    assert found == expected


# not dates: counts, the modal verb, names, periods, metadata
NOT_DATES = [
    ("The farm produced 2020 tons of cotton.", "2022-11-16"),
    ("Prices may rise further.", "2022-11-16"),
    ("The form said February 30, 2022.", "2022-11-16"),
    ("Since then some 1500 trucks have crossed the border.", "2022-11-16"),
    ("Officials expect 2000 more by the end of the week.", "2022-11-16"),
    ("Thousands joined the March for Life.", "2022-11-16"),
    ("Trade grew in January-November 2021.", "2021-12-29"),
    ("The forum was held on July 18-20.", "2018-09-10"),
    ("India's exports dipped in 2023-24.", "2024-08-14"),
    ("The strategy covers 2022-2026.", "2023-04-07"),
    ("Debates flared in the late 1980s.", "1998-10-25"),
    (" date 2021-04-13 GANJA, Azerbaijan, April 13. The envoys discussed tariffs.", None),
    ("SEOUL, Dec. 15 (Yonhap) -- Exports fell sharply.", "2019-12-15"),
    ("07.04.2022\nExports fell sharply.", None),
    ("Profit rose in the March quarter.", "2022-05-01"),
    ("Imports grew in January-April of this year.", "2022-08-30"),
]


@pytest.mark.parametrize("text,published", NOT_DATES, ids=[c[0][:40] for c in NOT_DATES])
def test_not_dates(extractor, text, published):
    found, _ = run_dates(extractor, text, published)
    assert found == []


def test_no_anchor_leaves_relative_values_null(extractor):
    found, _ = run_dates(extractor, "The minister met his counterpart on Monday after talks in 2019.", None)
    assert found == [("Monday", None), ("2019", "2019")]


def test_spans_point_into_the_text(extractor):
    text = " date 2022-11-16 By Trend\n\nThe talks took place on June 1 and again on 3 July 2022."
    _, doc = run_dates(extractor, text, None)
    assert [(d.text, d.value) for d in doc._.dates] == [("June 1", "2022-06-01"), ("3 July 2022", "2022-07-03")]
    for d in doc._.dates:
        assert text[d.start:d.end] == d.text


WED = date(2022, 11, 16)   # a Wednesday

RESOLVE = [
    ("June 1", WED, False, "2022-06-01"),
    ("December 5", WED, False, "2021-12-05"),
    ("December 5", WED, True, "2022-12-05"),
    ("March 3", WED, True, "2023-03-03"),
    ("Nov. 10", WED, True, "2022-11-10"),   # a planned day just before publication: a deadline, same year
    ("Friday", WED, False, "2022-11-11"),
    ("Friday", WED, True, "2022-11-18"),
    ("Wednesday", WED, False, "2022-11-16"),
    ("next Wednesday", WED, False, "2022-11-23"),
    ("last Wednesday", WED, False, "2022-11-09"),
    ("last year", WED, False, "2021"),
    ("this month", WED, False, "2022-11"),
    ("next month", date(2022, 12, 20), False, "2023-01"),
    ("the end of 2022", WED, False, "2022-12"),
    ("the beginning of next year", WED, False, "2023-01"),
    ("2019", WED, False, "2019"),
    ("11 days ago", WED, False, "2022-11-05"),
    ("41 years ago", WED, False, "1981"),
    ("Election Day", date(1998, 10, 26), True, "1998-11-03"),
    ("Monday", None, False, None),
    ("the weather", WED, False, None),
]


@pytest.mark.parametrize("text,anchor,future,expected", RESOLVE, ids=[f"{r[0]}-{r[2]}" for r in RESOLVE])
def test_resolve_date(text, anchor, future, expected):
    assert resolve_date(text, anchor, future=future) == expected


def test_dates_need_the_periods_layer_first(extractor):
    doc = _parsed(extractor, extractor.make_doc("Exports rose in January-March 2023.", published="2023-05-01"))
    with pytest.raises(ValueError, match="newsfacts_periods"):
        extractor.nlp.get_pipe("newsfacts_dates")(doc)
