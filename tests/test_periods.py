"""Periods: which phrasings name an interval, and its inclusive first and last day."""
from datetime import date

import pytest

from extractor.entities.periods import Fiscal, fiscal_of, resolve_period, shift_years


def run_periods(extractor, text, published):
    """The front matter and periods layers alone on ``text``."""
    doc = extractor.make_doc(text, published=published)
    for name, proc in extractor.nlp.pipeline:
        if not name.startswith("newsfacts_"):
            doc = proc(doc)
    doc = extractor.nlp.get_pipe("newsfacts_periods")(doc)
    return [(p.text, p.start_date, p.end_date) for p in doc._.periods]


# one row per phrasing: text, publication date, expected (text, start, end) in order
CASES = [
    # twelve months closing with a month
    ("Tanzania earned $2.41 billion in the year ending June 2024, up from $1.91 billion in the year to June 2023.",
     "2024-07-29", [("the year ending June 2024", "2023-07-01", "2024-06-30"),
                    ("the year to June 2023", "2022-07-01", "2023-06-30")]),
    # `the first seven months` said in February: the fiscal year's in a July-June country, else last year's
    ("Pakistan's exports grew in the first seven months.", "2022-02-10", [("the first seven months", "2021-07-01", "2022-01-31")]),
    ("Chile's exports grew in the first seven months.", "2022-02-10", [("the first seven months", "2021-01-01", "2021-07-31")]),
    # `over the same period` in the clause after a period: that period
    ("Ireland's exports to France rose over the twelve months to June; imports fell over the same period.", "2023-08-10",
     [("the twelve months to June", "2022-07-01", "2023-06-30"), ("the same period", "2022-07-01", "2023-06-30")]),
    # a sentence whose only fiscal country is a partner takes the article's; months never run backwards
    ("India and Australia talked. India's trade with Australia grew. Imports from Australia were valued at "
     "$13.2 billion during April-January 2023-24.", "2024-03-20",
     [("April-January 2023-24", "2023-04-01", "2024-01-31")]),
    # a part of a year in a forecast is ahead
    ("Lower prices could weigh on revenue in the second half.", "2024-04-05", [("the second half", "2024-07-01", "2024-12-31")]),
    # `the previous fiscal` after a fiscal year named: the one before it
    ("India's exports rose to $3.91 billion in 2022-23 from $3.79 billion in the previous fiscal.", "2023-04-14",
     [("2022-23", "2022-04-01", "2023-03-31"), ("the previous fiscal", "2021-04-01", "2022-03-31")]),
    # a period compared with is not what `the quarter under review` points to
    ("Nigeria's trade reached N18.8 trillion in Q3 2023. Compared with the second quarter of 2023, trade rose. "
     "Exports grew in the quarter under review.", "2023-12-29",
     [("Q3 2023", "2023-07-01", "2023-09-30"), ("the second quarter of 2023", "2023-04-01", "2023-06-30"),
      ("the quarter under review", "2023-07-01", "2023-09-30")]),
    # `the same period` alone is the period just named; after `compared with` it is a year before
    ("Exports rose to $5 billion in January-June. Imports fell during the same period.", "2023-08-01",
     [("January-June", "2023-01-01", "2023-06-30"), ("the same period", "2023-01-01", "2023-06-30")]),
    # the days of an event between them are not what `the same period` points back to
    ("Exports rose 5% in January-September. The commission met on November 20-21. Wheat supplies fell 18% "
     "over the same period.", "2023-11-22",
     [("January-September", "2023-01-01", "2023-09-30"), ("November 20-21", "2023-11-20", "2023-11-21"),
      ("the same period", "2023-01-01", "2023-09-30")]),
    ("Exports rose in January-June compared with the same period.", "2023-08-01",
     [("January-June", "2023-01-01", "2023-06-30"), ("the same period", "2022-01-01", "2022-06-30")]),
    # a base compared with is not what `the same period` later points to
    ("Exports were $35.6 billion in fiscal year (FY) 2022/2023, compared with $36.1 billion in FY2021/2022. "
     "Imports fell during the same period in Egypt.", "2023-07-16",
     [("fiscal year (FY) 2022/2023", "2022-07-01", "2023-06-30"), ("FY2021/2022", "2021-07-01", "2022-06-30"),
      ("the same period", "2022-07-01", "2023-06-30")]),
    ("Imports from China grew in the period under review.", "2022-02-17", []),
    ("Pakistan's exports rose in July-January (2021-22); imports grew in the period under review.", "2022-02-17",
     [("July-January (2021-22)", "2021-07-01", "2022-01-31"), ("the period under review", "2021-07-01", "2022-01-31")]),
    # a fiscal year named by its last month
    ("India-Japan trade totalled $22.9 billion in the fiscal year through March 2024.", "2024-05-20",
     [("the fiscal year through March 2024", "2023-04-01", "2024-03-31")]),
    # months reported before they are over belong to the year before
    ("Trade between Armenia and Georgia grew 23.8% in January-September.", "2024-02-09",
     [("January-September", "2023-01-01", "2023-09-30")]),
    # the fiscal year of the country the sentence is about, not of a partner after `from`/`to`
    ("India's imports from Australia were $13.2 billion during April-January 2023-24.", "2024-03-20",
     [("April-January 2023-24", "2023-04-01", "2024-01-31")]),
    ("Trade between India and Australia stood at $26.3 billion in 2022-23.", "2024-03-20",
     [("2022-23", "2022-04-01", "2023-03-31")]),
    # a month range labelled with its fiscal year, in brackets, in Pakistan (July-June)
    ("Pakistan's exports rose during July-January (2021-22).", "2022-02-10",
     [("July-January (2021-22)", "2021-07-01", "2022-01-31")]),
    # month ranges
    ("In Jan-Sept 2022, exports rose.", "2022-11-16", [("Jan-Sept 2022", "2022-01-01", "2022-09-30")]),
    ("Turnover grew in January-November.", "2021-12-29", [("January-November", "2021-01-01", "2021-11-30")]),
    ("Exports grew over the July-October period.", "2019-12-15",
     [("the July-October period", "2019-07-01", "2019-10-31")]),
    ("Trade from January through April 2022 doubled.", "2022-06-02",
     [("from January through April 2022", "2022-01-01", "2022-04-30")]),
    ("Exports grew between January and March.", "2023-05-24",
     [("between January and March", "2023-01-01", "2023-03-31")]),
    ("Trade in April 2002-February 2003 was higher.", "2003-08-23",
     [("April 2002-February 2003", "2002-04-01", "2003-02-28")]),
    # day ranges
    ("The forum was held on July 18-20.", "2018-09-10", [("July 18-20", "2018-07-18", "2018-07-20")]),
    ("The fair was held 18-20 October.", "2023-11-01", [("18-20 October", "2023-10-18", "2023-10-20")]),
    ("Trade from March 21 until July 22 grew.", "2022-09-04",
     [("from March 21 until July 22", "2022-03-21", "2022-07-22")]),
    # parts of a year
    ("Exports grew in the first nine months of 2022.", "2022-11-16",
     [("the first nine months of 2022", "2022-01-01", "2022-09-30")]),
    ("Turnover in the ten months of 2022 was higher.", "2022-11-16",
     [("the ten months of 2022", "2022-01-01", "2022-10-31")]),
    ("Trade rose in the first 11 months of the current year.", "2021-12-29",
     [("the first 11 months of the current year", "2021-01-01", "2021-11-30")]),
    ("Sales fell in the first three months.", "2017-08-11", [("the first three months", "2017-01-01", "2017-03-31")]),
    ("Revenue rose in H1 2023.", "2023-09-01", [("H1 2023", "2023-01-01", "2023-06-30")]),
    ("Trade rose to RM76.3 billion (1H 2023: RM73.2 billion).", "2024-08-09", [("1H 2023", "2023-01-01", "2023-06-30")]),
    # `in the quarter`: the quarter just named; none named, no period
    ("Exports fell 26 percent in January-March. Beef exports fell 12 percent in the quarter.", "2024-05-16",
     [("January-March", "2024-01-01", "2024-03-31"), ("the quarter", "2024-01-01", "2024-03-31")]),
    ("Profits rose in the quarter.", "2024-05-16", []),
    # the quarter pointed back to `under review` makes what it is compared with a base
    ("Trade rose in the third quarter of 2023. Exports were $10.9 billion in the quarter under review, up from "
     "$6.1 billion in the third quarter of 2022. Most went to India during the quarter.", "2023-12-29",
     [("the third quarter of 2023", "2023-07-01", "2023-09-30"), ("the quarter under review", "2023-07-01", "2023-09-30"),
      ("the third quarter of 2022", "2022-07-01", "2022-09-30"), ("the quarter", "2023-07-01", "2023-09-30")]),
    # the same Iranian months a year before: their Gregorian days move with Nowruz
    ("Iran's exports to Oman in the first seven months of the current Iranian year grew by 23 per cent compared to "
     "the same period of the previous Iranian year.", "2024-12-10",
     [("the first seven months of the current Iranian year", "2024-03-20", "2024-10-21"),
      ("the same period of the previous Iranian year", "2023-03-21", "2023-10-22")]),
    # `the fiscal year through June` is the one that ended last June; `the previous fiscal year` the one before
    ("Pakistan's imports from China climbed 11% in the fiscal year through June, from $15.1 billion in the "
     "previous fiscal year.", "2024-07-18",
     [("the fiscal year through June", "2023-07-01", "2024-06-30"),
      ("the previous fiscal year", "2022-07-01", "2023-06-30")]),
    # `the five-month period` points back to five months of the Iranian calendar too
    ("Iran's exports to Armenia grew in the first five months of the current Iranian year. Overall, Iran's "
     "non-oil foreign trade in the five-month period reached $43.5 billion.", "2024-09-25",
     [("the first five months of the current Iranian year", "2024-03-20", "2024-08-21"),
      ("the five-month period", "2024-03-20", "2024-08-21")]),
    # a slash between two full years is the fiscal year of a country that has its own, else two years
    ("Egypt's imports from Russia reached $2.9 billion in 2023/2024.", "2024-10-23",
     [("2023/2024", "2023-07-01", "2024-06-30")]),
    ("Poland's imports from Russia reached $2.9 billion in 2023/2024.", "2024-10-23",
     [("2023/2024", "2023-01-01", "2024-12-31")]),
    # `the fiscal year` is the one the figures were given for, not the one they rose from
    ("Pakistan's trade with Turkiye rose to $1.45bn in FY23 from $1.18bn in FY22. Cotton exports to Turkiye "
     "jumped 38pc during the fiscal year.", "2023-08-09",
     [("FY23", "2022-07-01", "2023-06-30"), ("FY22", "2021-07-01", "2022-06-30"),
      ("the fiscal year", "2022-07-01", "2023-06-30")]),
    # Ethiopia's fiscal year runs from 8 July; `the same fiscal year` is the one just named, and an
    # adjective in `the current Ethiopian fiscal year` names whose calendar is meant
    ("Ethiopia's exports to Djibouti reached 3.1 billion Birr in the 2022/23 fiscal year, while imports stood at "
     "1.4 billion Birr during the same fiscal year. Trade may exceed 6 billion Birr in the current Ethiopian "
     "fiscal year.", "2023-11-08",
     [("the 2022/23 fiscal year", "2022-07-08", "2023-07-07"), ("the same fiscal year", "2022-07-08", "2023-07-07"),
      ("the current Ethiopian fiscal year", "2023-07-08", "2024-07-07")]),
    # a month range labelled by its fiscal year; `the same period of FY2022-23`, `the same period last year`: those
    # months of the other fiscal year
    ("Bangladesh's trade with Thailand during July-December of FY2023-24 stood at Tk 6,732 crore, up 13.3 percent "
     "from Tk 5,940 crore in the same period of FY2022-23.", "2024-02-19",
     [("July-December of FY2023-24", "2023-07-01", "2023-12-31"),
      ("the same period of FY2022-23", "2022-07-01", "2022-12-31")]),
    ("Pakistan's imports from Indonesia during July-March FY24 stood at $2.86 billion against $3.12 billion in "
     "the same period last year.", "2024-04-23",
     [("July-March FY24", "2023-07-01", "2024-03-31"), ("the same period last year", "2022-07-01", "2023-03-31")]),
    ("Thailand's rice exports rose in the current Thai fiscal year.", "2024-02-01",
     [("the current Thai fiscal year", "2023-10-01", "2024-09-30")]),
    ("Exports fell 3% in 3Q24.", "2024-12-01", [("3Q24", "2024-07-01", "2024-09-30")]),
    ("Trade grew in the first half of the year.", "2024-08-25",
     [("the first half of the year", "2024-01-01", "2024-06-30")]),
    ("Profit rose in Q3 2024.", "2024-11-01", [("Q3 2024", "2024-07-01", "2024-09-30")]),
    ("Exports rose in the third quarter of 2024.", "2024-11-01",
     [("the third quarter of 2024", "2024-07-01", "2024-09-30")]),
    ("Imports fell in the first quarter.", "2017-08-11", [("the first quarter", "2017-01-01", "2017-03-31")]),
    ("Exports fell in the fourth quarter.", "2017-02-11", [("the fourth quarter", "2016-10-01", "2016-12-31")]),
    # open ranges: to publication
    ("Since the beginning of the year, trade has grown.", "2019-09-27",
     [("Since the beginning of the year", "2019-01-01", "2019-09-27")]),
    ("Since the start of 2019, trade has grown.", "2019-09-27",
     [("Since the start of 2019", "2019-01-01", "2019-09-27")]),
    # year ranges and fiscal years
    ("India's exports reached a record in 2023-24.", "2024-08-14", [("2023-24", "2023-04-01", "2024-03-31")]),
    ("Pakistan's exports rose in fiscal year 2022-23.", "2023-08-01",
     [("fiscal year 2022-23", "2022-07-01", "2023-06-30")]),
    ("Japan's exports rose in fiscal 2023.", "2024-05-01", [("fiscal 2023", "2023-04-01", "2024-03-31")]),
    ("The American deficit widened in fiscal year 2024.", "2024-11-01",
     [("fiscal year 2024", "2023-10-01", "2024-09-30")]),
    ("In last fiscal, Indian tea shipments to Egypt slipped, the minister noted.", "2011-06-14",
     [("last fiscal", "2010-04-01", "2011-03-31")]),
    ("Exports in 2002-03 (April-February) grew.", "2003-08-23",
     [("2002-03 (April-February)", "2002-04-01", "2003-02-28")]),
    ("India's exports rose in FY2023-24.", "2024-08-14", [("FY2023-24", "2023-04-01", "2024-03-31")]),
    ("Growth slowed in the January-March quarter.", "2023-05-24",
     [("the January-March quarter", "2023-01-01", "2023-03-31")]),
    ("Imports stood at $48 billion during April-March 2023-24.", "2024-09-16",
     [("April-March 2023-24", "2023-04-01", "2024-03-31")]),
    ("During April-June, imports rose from the year-ago period.", "2024-09-16",
     [("April-June", "2024-04-01", "2024-06-30"), ("the year-ago period", "2023-04-01", "2023-06-30")]),
    ("Trade in the ten months (March 21, 2022-January 20, 2023) rose.", "2023-02-10",
     [("March 21, 2022-January 20, 2023", "2022-03-21", "2023-01-20")]),
    ("Pakistan's exports rose. The deficit narrowed during the first half of FY23.", "2023-02-10",
     [("the first half of FY23", "2022-07-01", "2022-12-31")]),
    ("Profit rose in the nine months to September.", "2023-11-02",
     [("the nine months to September", "2023-01-01", "2023-09-30")]),
    ("Sales grew in the 12 months ending March 2024.", "2024-05-02",
     [("the 12 months ending March 2024", "2023-04-01", "2024-03-31")]),
    ("The strategy covers 2022-2026.", "2023-04-07", [("2022-2026", "2022-01-01", "2026-12-31")]),
    ("Relations suffered after the 1910-45 rule.", "2019-12-15", [("1910-45", "1910-01-01", "1945-12-31")]),
    # a month range with its year after `period`, or `this year` / `last year` with no `of`
    ("Shipments grew 8% from the January-June period of 2022.", "2023-09-04",
     [("the January-June period of 2022", "2022-01-01", "2022-06-30")]),
    ("Exports rose in January-February this year.", "2025-03-12",
     [("January-February this year", "2025-01-01", "2025-02-28")]),
    ("Imports in March-May last year fell.", "2025-03-12", [("March-May last year", "2024-03-01", "2024-05-31")]),
    # `from` belongs to a range said in words only
    ("Trade grew from March to May.", "2025-07-12", [("from March to May", "2025-03-01", "2025-05-31")]),
    # the Iranian calendar
    ("Imports in the first seven months of the current Iranian year fell.", "2021-11-10",
     [("the first seven months of the current Iranian year", "2021-03-21", "2021-10-22")]),
    # back references: the period last named, moved
    ("Exports in January-March 2023 rose compared with the same period last year.", "2023-05-24",
     [("January-March 2023", "2023-01-01", "2023-03-31"), ("the same period last year", "2022-01-01", "2022-03-31")]),
    ("Trade in the first 11 months of 2021 beat the corresponding period of 2019.", "2021-12-29",
     [("the first 11 months of 2021", "2021-01-01", "2021-11-30"),
      ("the corresponding period of 2019", "2019-01-01", "2019-11-30")]),
    ("Trade grew in the second quarter of 2017 from the previous quarter.", "2017-08-11",
     [("the second quarter of 2017", "2017-04-01", "2017-06-30"), ("the previous quarter", "2017-01-01", "2017-03-31")]),
    ("Trade from March 21 until July 22 rose. Over the four-month period imports fell.", "2022-09-04",
     [("from March 21 until July 22", "2022-03-21", "2022-07-22"),
      ("the four-month period", "2022-03-21", "2022-07-22")]),
    # no anchor: the span is a period, its days unknown
    ("Trade rose in the first quarter.", None, [("the first quarter", None, None)]),
    # a period without `first`, named again by its length
    ("Sales rose in January-May. Over the same five months imports fell.", "2021-07-01",
     [("January-May", "2021-01-01", "2021-05-31"), ("the same five months", "2021-01-01", "2021-05-31")]),
    ("Output rose in the first eight months of 2020; in the eight months coal fell.", "2020-10-05",
     [("the first eight months of 2020", "2020-01-01", "2020-08-31"), ("the eight months", "2020-01-01", "2020-08-31")]),
    ("Sales in March-June grew from the same four months of 2018 and the corresponding four months a year earlier.",
     "2020-08-01",
     [("March-June", "2020-03-01", "2020-06-30"), ("the same four months of 2018", "2018-03-01", "2018-06-30"),
      ("the corresponding four months a year earlier", "2019-03-01", "2019-06-30")]),
    # the last period of that length wins over a nearer one of another length
    ("Sales in Jan-Sept 2019 rose, and in the third quarter of 2019 fell; the nine months saw a deficit.",
     "2019-11-02",
     [("Jan-Sept 2019", "2019-01-01", "2019-09-30"), ("the third quarter of 2019", "2019-07-01", "2019-09-30"),
      ("the nine months", "2019-01-01", "2019-09-30")]),
    ("Between January and April exports doubled; during the four-month period imports fell.", "2018-06-01",
     [("Between January and April", "2018-01-01", "2018-04-30"),
      ("the four-month period", "2018-01-01", "2018-04-30")]),
    # `the fiscal year`: the fiscal year named last, else the current one
    ("India's exports in 2021-22 grew, and in the fiscal year imports fell.", "2022-05-10",
     [("2021-22", "2021-04-01", "2022-03-31"), ("the fiscal year", "2021-04-01", "2022-03-31")]),
    ("Pakistan's deficit widened in the fiscal year.", "2023-03-01",
     [("the fiscal year", "2022-07-01", "2023-06-30")]),
    ("Indian exports fell in the 2019-20 financial year.", "2020-06-01",
     [("the 2019-20 financial year", "2019-04-01", "2020-03-31")]),
    # half-years written with H
    ("Profit jumped in H1 as orders grew.", "2022-09-01", [("H1", "2022-01-01", "2022-06-30")]),
    ("Profit fell in H2 2019.", "2020-03-01", [("H2 2019", "2019-07-01", "2019-12-31")]),
    ("Sales dipped in H2, the firm said.", "2021-02-10", [("H2", "2020-07-01", "2020-12-31")]),
    # a quarter named by its last month
    ("Revenue rose in the December quarter.", "2022-02-15", [("the December quarter", "2021-10-01", "2021-12-31")]),
    ("Earnings for the September quarter beat forecasts.", "2020-11-20",
     [("the September quarter", "2020-07-01", "2020-09-30")]),
    ("Profit doubled in the June 2019 quarter.", "2019-08-01", [("the June 2019 quarter", "2019-04-01", "2019-06-30")]),
    # month ranges of a named year
    ("Imports grew in February-June of this year.", "2022-08-30",
     [("February-June of this year", "2022-02-01", "2022-06-30")]),
    ("Exports grew in March-May of last year.", "2022-08-30", [("March-May of last year", "2021-03-01", "2021-05-31")]),
    ("Pakistan's imports fell in July-March of the current fiscal year.", "2024-04-20",
     [("July-March of the current fiscal year", "2023-07-01", "2024-03-31")]),
    ("India's exports rose in April-August of the current fiscal.", "2021-09-15",
     [("April-August of the current fiscal", "2021-04-01", "2021-08-31")]),
    # an undated article that states its year early: later parts of a year take it
    ("Sales hit a record in Q3 2021.\nIn the third quarter exports rose, and over July-August imports fell.", None,
     [("Q3 2021", "2021-07-01", "2021-09-30"), ("the third quarter", "2021-07-01", "2021-09-30"),
      ("July-August", "2021-07-01", "2021-08-31")]),
    ("Results for 2019 are out.\nIn the first half profit doubled.", None,
     [("the first half", "2019-01-01", "2019-06-30")]),
    # the article's country keeps its fiscal calendar over a passing mention of another
    ("India's exports grew. Indian firms sold more. India hopes to do better.\n"
     "Sales to the United States grew.\nThe target for 2025-26 is higher.", "2025-05-01",
     [("2025-26", "2025-04-01", "2026-03-31")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:45] for c in CASES])
def test_periods_in_text(extractor, text, published, expected):
    assert run_periods(extractor, text, published) == expected


NOT_PERIODS = [
    ("The project will take six months.", "2022-11-16"),
    ("Exports grew in 2021.", "2022-11-16"),
    ("The talks took place on June 1.", "2022-11-16"),
    ("The ranking has not changed since June 2005.", "2019-12-15"),
    ("They met in May and June.", "2022-11-16"),
    ("At the same time, exports grew.", "2022-11-16"),
    ("The plant will produce H2 for export.", "2022-11-16"),
    ("They flew H2 tanks and an H1-B visa holder.", "2022-11-16"),
    ("The 1H engine and a 4Q rating were shown.", "2022-11-16"),
    ("He spent the six months in prison.", "2022-11-16"),
    ("The same nine months will be hard.", "2022-05-16"),
    ("The March report came out.", "2022-11-16"),
]


@pytest.mark.parametrize("text,published", NOT_PERIODS, ids=[c[0][:40] for c in NOT_PERIODS])
def test_not_periods(extractor, text, published):
    assert run_periods(extractor, text, published) == []


D = date
RESOLVE = [
    ("H1 2023", D(2023, 9, 1), None, None, (D(2023, 1, 1), D(2023, 6, 30))),
    ("the first quarter", D(2017, 8, 11), None, None, (D(2017, 1, 1), D(2017, 3, 31))),
    ("2023-24", D(2024, 8, 14), "IN", None, (D(2023, 4, 1), D(2024, 3, 31))),
    ("2023-24", D(2024, 8, 14), "PK", None, (D(2023, 7, 1), D(2024, 6, 30))),
    ("2023-24", D(2024, 8, 14), None, None, (D(2023, 4, 1), D(2024, 3, 31))),   # default: India-style
    ("FY24", D(2024, 8, 14), "IN", None, (D(2023, 4, 1), D(2024, 3, 31))),
    ("the current fiscal year", D(2024, 8, 14), "IN", None, (D(2024, 4, 1), D(2025, 3, 31))),
    ("since the beginning of the year", D(2019, 9, 27), None, None, (D(2019, 1, 1), D(2019, 9, 27))),
    ("the same period last year", D(2022, 11, 16), None, (D(2022, 1, 1), D(2022, 9, 30)),
     (D(2021, 1, 1), D(2021, 9, 30))),
    ("the same period a year earlier", D(2020, 5, 1), None, (D(2020, 1, 1), D(2020, 2, 29)),
     (D(2019, 1, 1), D(2019, 2, 28))),
    ("the first six months of the Iranian year", D(2023, 12, 1), None, None, (D(2023, 3, 21), D(2023, 9, 22))),
    ("the previous Iranian year", D(2023, 12, 1), None, None, (D(2022, 3, 21), D(2023, 3, 20))),
    ("the Iranian year 1401", D(2023, 12, 1), None, None, (D(2022, 3, 21), D(2023, 3, 20))),
    # Nowruz falls on 20 March in some years (astronomical calendar): 1399, 1403 began then
    ("the Iranian year 1399", D(2021, 12, 1), None, None, (D(2020, 3, 20), D(2021, 3, 20))),
    ("the first seven months of the current Iranian year", D(2024, 11, 5), None, None,
     (D(2024, 3, 20), D(2024, 10, 21))),
    ("the previous Iranian year", D(2024, 11, 5), None, None, (D(2023, 3, 21), D(2024, 3, 19))),
    # ... and the last month has 30 days in a leap year (1403 ends on 20 March 2025)
    ("the fourth quarter of the current Iranian year", D(2025, 3, 20), None, None, (D(2024, 12, 21), D(2025, 3, 20))),
    # 20 March 2024 is already the new year
    ("the current Iranian year", D(2024, 3, 20), None, None, (D(2024, 3, 20), D(2025, 3, 20))),
    ("2021", D(2022, 1, 1), None, None, None),
]


@pytest.mark.parametrize("text,anchor,country,reference,expected", RESOLVE, ids=[f"{r[0]}-{r[2]}" for r in RESOLVE])
def test_resolve_period(text, anchor, country, reference, expected):
    assert resolve_period(text, anchor, country=country, reference=reference) == expected


@pytest.mark.parametrize("code,first_day", [("IN", (4, 1)), ("PK", (7, 1)), ("US", (10, 1)), ("CN", (1, 1))])
def test_fiscal_calendars(code, first_day):
    fiscal = fiscal_of(code)
    assert (fiscal.month, fiscal.day) == first_day


def test_fiscal_year_span_and_name():
    india = Fiscal(4, 1, "end")
    assert india.span(2023) == (date(2023, 4, 1), date(2024, 3, 31))
    assert india.start_year_of_name(2024) == 2023
    assert india.year_of(date(2024, 2, 1)) == 2023


def test_shift_years_keeps_month_ends():
    assert shift_years((date(2020, 1, 1), date(2020, 2, 29)), -1) == (date(2019, 1, 1), date(2019, 2, 28))
    assert shift_years((date(2003, 4, 1), date(2003, 2, 28)), 1)[1] == date(2004, 2, 29)


def test_the_nowruz_table_agrees_with_convertdate():
    """The table of Iranian years' first days is convertdate's astronomy, month by month."""
    from convertdate import persian

    from extractor.entities.periods import IRANIAN_YEAR_OFFSET, iranian_month_start

    for year in range(1990, 2061, 10):
        for month in (1, 2, 7, 12, 13):
            persian_year, persian_month = year - IRANIAN_YEAR_OFFSET + (month > 12), (month - 1) % 12 + 1
            assert iranian_month_start(year, month) == date(*persian.to_gregorian(persian_year, persian_month, 1))
