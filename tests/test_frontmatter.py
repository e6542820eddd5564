"""Front matter: publication date, publisher, authors, and the metadata ranges that are never mentions."""
from datetime import date

import pytest

from extractor.frontmatter import parse_front_matter

# one row per layout: text, expected published, publisher, authors, metadata texts
CASES = [
    (" date 2022-11-16 By Azernews\n\nBy Leyla Mammadova\n\nThe two countries discussed trade.",
     "2022-11-16", "Azernews", ["Leyla Mammadova"], [" date 2022-11-16 By Azernews", "By Leyla Mammadova"]),
    (" date 2021-03-02 By Rashad Aliyev\n\nExports grew.",
     "2021-03-02", None, ["Rashad Aliyev"], [" date 2021-03-02 By Rashad Aliyev"]),
    # the rest of the header line is a headline: content, only the date part is metadata
    (" date 2018-09-10 Ministers discuss trade in the capital\n\nText.",
     "2018-09-10", None, [], [" date 2018-09-10 "]),
    # a dateline right after the header, on the same line
    (" date 2021-04-13 GANJA, Azerbaijan, April 13. The delegations met.",
     "2021-04-13", None, [], [" date 2021-04-13 ", "GANJA, Azerbaijan, April 13."]),
    (" date 2023-10-17 TOKYO - The ministers will talk by phone.",
     "2023-10-17", None, [], [" date 2023-10-17 ", "TOKYO -"]),
    (" date 2019-11-05 Ganja. 5 November. REPORT.AZ/ Exports rose.",
     "2019-11-05", "Report", [], [" date 2019-11-05 ", "Ganja. 5 November. REPORT.AZ/"]),
    (" date 2021-09-08 2021 September 8 09:45\n\nExports rose.",
     "2021-09-08", None, [], [" date 2021-09-08 ", "2021 September 8 09:45"]),
    # timestamps set the date when there is no header
    ("Published: Tue 12 Mar 2024, 9:05 AM\n\nImports hit a record.",
     "2024-03-12", None, [], ["Published: Tue 12 Mar 2024, 9:05 AM"]),
    ("Port talks resume\n3 min read Last Updated : Jun 3 2023 | 4:17 PM IST\n\nText.",
     "2023-06-03", None, [], ["3 min read Last Updated : Jun 3 2023 | 4:17 PM IST"]),
    ("22 November 2019 10:02 (UTC+04:00)\n\nText.",
     "2019-11-22", None, [], ["22 November 2019 10:02 (UTC+04:00)"]),
    # datelines: one without a year dates nothing; a stamp gives the year
    ("SEOUL, Dec. 15 (Yonhap) -- Exports fell in 2019 for the first time.",
     None, "Yonhap", [], ["SEOUL, Dec. 15 (Yonhap) --"]),
    ("2019-12-15 09:12\nSEOUL, Dec. 15 (Yonhap) -- Exports fell.",
     "2019-12-15", "Yonhap", [], ["2019-12-15 09:12", "SEOUL, Dec. 15 (Yonhap) --"]),
    ("NAIROBI, Kenya (AP) _\n\nOfficials met on Friday.",
     None, "AP", [], ["NAIROBI, Kenya (AP) _"]),
    # a source line closing the article
    ("Trade grew in 2003.\n(Xinhua News Agency August 23, 2003)",
     "2003-08-23", "Xinhua", [], ["(Xinhua News Agency August 23, 2003)"]),
    # a site stamp closing the article
    ("NEW DELHI: Exports rose.\n\nPublished on: 16 Sep 2024, 10:15 AM",
     "2024-09-16", None, [], ["NEW DELHI:", "Published on: 16 Sep 2024, 10:15 AM"]),
    # a desk is neither an author nor the outlet
    (" date 2024-03-15 By Staff Writer\n\nText.", "2024-03-15", None, [], [" date 2024-03-15 By Staff Writer"]),
    # an agency named in the lead
    ("The ministers met in the capital, Trend reports.", None, "Trend", [], []),
    ("Nothing at the top.\n\nThe ministers met.", None, None, [], []),
    # ordinal days and day-month-year datelines
    ("DOHA, 3rd March, 2025 (QNA) -- The ministers met.",
     "2025-03-03", "QNA", [], ["DOHA, 3rd March, 2025 (QNA) --"]),
    ("MUSCAT, October 21st, 2022 - Exports rose.",
     "2022-10-21", None, [], ["MUSCAT, October 21st, 2022 -"]),
    # a line holding only a date stamp, in the layouts sites print
    ("Port deal signed\nThu 07-11-2024 09:15\n\nThe deal was signed.",
     "2024-11-07", None, [], ["Thu 07-11-2024 09:15"]),
    ("05.06.2023\nThe ministers met.", "2023-06-05", None, [], ["05.06.2023"]),
    ("Updated\n11/28/2022 08:00 AM\nThe ministers met.", "2022-11-28", None, [], ["11/28/2022 08:00 AM"]),
    ("Trade grows\n9 September, 2021\nThe ministers met.", "2021-09-09", None, [], ["9 September, 2021"]),
    ("Friday, July 5th, 2019 4:30 pm\nThe ministers met.",
     "2019-07-05", None, [], ["Friday, July 5th, 2019 4:30 pm"]),
    ("2020-01-31 16:05\nThe ministers met.", "2020-01-31", None, [], ["2020-01-31 16:05"]),
    # stamps in the layouts of many sites: read by what the line holds, not by a list of layouts
    ("# 12 March 2021 09:41 (UTC +03:00)\nExports rose.", "2021-03-12", None, [], ["12 March 2021 09:41 (UTC +03:00)"]),
    ("Trade deal signed\n2021.06.17 18:05\nExports rose.", "2021-06-17", None, [], ["2021.06.17 18:05"]),
    ("3/9/2022 11:52:30 PM\nExports rose.", "2022-03-09", None, [], ["3/9/2022 11:52:30 PM"]),
    ("2020-10-02 08:15:44\nExports rose.", "2020-10-02", None, [], ["2020-10-02 08:15:44"]),
    ("2021 Feb 3, 14:02, Islamabad [Pakistan]\nExports rose.", "2021-02-03", None, [],
     ["2021 Feb 3, 14:02, Islamabad [Pakistan]"]),
    ("Updated: Mar 04, 2023 | 11:20 AM IST\nExports rose.", "2023-03-04", None, [], ["Updated: Mar 04, 2023 | 11:20 AM IST"]),
    ("Published on 5 Apr 2022\nExports rose.", "2022-04-05", None, [], ["Published on 5 Apr 2022"]),
    ("Sunday, 5 March 2023 | 12 views\nExports rose.", "2023-03-05", None, [], ["Sunday, 5 March 2023 | 12 views"]),
    # the site's stamp of the day it was crawled, above an older article with its own stamp
    ("Tuesday Jan 7, 2025\nHome | World | Business\nPakistan, Iran agree to boost trade\n"
     "Pakistan, Iran agree to boost trade\n# 12 March 2021 09:41 (UTC +03:00)\nThe ministers met.",
     "2021-03-12", None, [], ["Tuesday Jan 7, 2025", "12 March 2021 09:41 (UTC +03:00)"]),
    # an update stamp printed before the publication stamp
    ("Last updated 14 Jun 2023 18:02\nPublished 12 Jun 2023 09:00\nThe ministers met.", "2023-06-12", None, [],
     ["Last updated 14 Jun 2023 18:02", "Published 12 Jun 2023 09:00"]),
    # a dateline with no year: no anchor (not the machine's year, not a year the text names)
    ("KARACHI, March 3 (APP): Exports reached $2 billion in 2021 and should double by 2030.",
     None, "APP", [], ["KARACHI, March 3 (APP):"]),
    ("KARACHI, March 3. Exports reached $2 billion last month.", None, None, [], ["KARACHI, March 3."]),
    # a paragraph opening with `By` is prose, not a byline
    ("By 2030, the two countries expect their trade to reach $10 billion, officials said at the forum on Monday.",
     None, None, [], []),
    # a stamp after an author's name, and a stamp inside a byline
    ("Seda Kaya   |05.03.2024 - Update : 05.03.2024\n\nISTANBUL\n\nThe ministers met.", "2024-03-05", None, [],
     ["Seda Kaya   |05.03.2024 - Update : 05.03.2024", "ISTANBUL"]),
    ("Home » Local\nBy JT - May 20,2023 - Last updated at May 20,2023\n\nThe ministers met.", "2023-05-20", "JT", [],
     ["By JT - May 20,2023 - Last updated at May 20,2023"]),
    # a line of fields: the date's own field decides
    ("Source: Xinhua| 2023-06-30 21:14:08|Editor: huaxia\nThe ministers met.", "2023-06-30", None, [],
     ["Source: Xinhua| 2023-06-30 21:14:08|Editor: huaxia"]),
    # two authors; a stamp that says when it was updated in words
    ("India's trade deficit narrows\nBy Kavya Rao and Rohit Sen\nDecember 15, 2023 6:12 PM GMT+5:30 Updated 3 hours ago\n\n"
     "NEW DELHI, Dec 15 (Reuters) - Exports fell.", "2023-12-15", "Reuters", ["Kavya Rao", "Rohit Sen"],
     ["By Kavya Rao and Rohit Sen", "December 15, 2023 6:12 PM GMT+5:30 Updated 3 hours ago",
      "NEW DELHI, Dec 15 (Reuters) -"]),
    # the author's name and an update told `about` so long ago on the stamp's line
    ("Ministers meet as trade deal turns one\nSara Malik Published August 9, 2023 Updated about 9 hours ago\n\n"
     "ISLAMABAD: Exports rose.", "2023-08-09", None, ["Sara Malik"],
     ["Sara Malik Published August 9, 2023 Updated about 9 hours ago", "ISLAMABAD:"]),
    # the byline running on after the dateline
    ("Azerbaijani PM receives minister\n\nBAKU, Azerbaijan, March 12. By Leyla Aliyeva – Trend:\n\nThe prime "
     "minister met the guest.", None, "Trend", ["Leyla Aliyeva"],
     ["BAKU, Azerbaijan, March 12.", "By Leyla Aliyeva – Trend:"]),
    # a byline running on after the stamp, with the reporter's role and the outlet after it
    ("Ministers meet in Rio\n\nPublished on 11/17/2024 - 17:40 By Renata Albuquerque - Reporter - Agencia Brasil - "
     "Rio de Janeiro\n\nInternational\n\nBrazil and Indonesia want to expand trade.", "2024-11-17", "Agencia Brasil",
     ["Renata Albuquerque"],
     ["Published on 11/17/2024 - 17:40 By Renata Albuquerque - Reporter - Agencia Brasil - Rio de Janeiro"]),
    # a teaser linking to another story is page chrome, wherever it stands; a sentence opening
    # with the same word is not
    ("Trade talks end\n\nThe ministers met.\nRead also: Summit in Lima closes with call for deal\n\n"
     "Related to this, exports rose.", None, None, [], ["Read also: Summit in Lima closes with call for deal"]),
    # a date inside a sentence is content, not a stamp
    ("The deal was signed on 9 September, 2021 in the capital.", None, None, [], []),
]


@pytest.mark.parametrize("text,published,publisher,authors,metadata", CASES, ids=[c[0][:40] for c in CASES])
def test_front_matter(text, published, publisher, authors, metadata):
    fm = parse_front_matter(text)
    assert (fm.published.isoformat() if fm.published else None) == published
    assert fm.publisher == publisher
    assert fm.authors == authors
    assert [text[s:e] for s, e in fm.metadata] == metadata


@pytest.mark.parametrize("given,expected", [
    ("2023-05-05", date(2023, 5, 5)),
    (date(2020, 1, 2), date(2020, 1, 2)),
])
def test_explicit_published_wins(given, expected):
    assert parse_front_matter(" date 2022-01-01 By Trend\n\nText.", given).published == expected


def test_a_yearless_dateline_with_no_year_in_the_text_warns():
    fm = parse_front_matter("KARACHI, March 3. Exports reached $2 billion last month.")
    assert fm.published is None
    assert fm.warnings and "KARACHI, March 3" in fm.warnings[0]


def test_metadata_is_not_content():
    text = " date 2021-04-13 GANJA, Azerbaijan, April 13. Imports grew."
    fm = parse_front_matter(text)
    assert fm.is_metadata(text.index("April 13"), text.index("April 13") + 8)
    assert not fm.is_metadata(text.index("Imports"), len(text))


@pytest.mark.parametrize("text, place", [
    ("BAKU, Azerbaijan, Nov. 22. The ministers met.", "BAKU"),
    # the dateline closing a stamp line; the agency's credit on a line of its own is no place
    ("India, UAE review trade\n\nPublished - March 05, 2025 09:48 pm IST - NEW DELHI\n\nPTI\n\nThe ministers met here.",
     "NEW DELHI"),
    ("Trade talks end\n\nPTI\n\nThe ministers met.", None),
    # the month in words, the year after a slash, the agency in brackets
    ("Sides agree\n\nAddis Ababa, November 8/2023(ENA) The minister received the guest.", "Addis Ababa"),
    # the agency between slashes after a day in words
    ("Visit to Japan\n\nUlaanbaatar, May 4 /MONTSAME/. The minister is paying a visit.", "Ulaanbaatar"),
    # the day in figures, the agency between slashes
    ("Sides discuss visit\n\nDUSHANBE, 18.08.2023 /NIAT \"Khovar\"/. On August 18, the ministers spoke.", "DUSHANBE"),
])
def test_dateline_place(text, place):
    assert parse_front_matter(text).dateline_place == place
