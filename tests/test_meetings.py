"""Meetings: one row per phrasing a news article uses to report a meeting, talks, visit,
call, commission session or summit (held or planned), and the fixtures in
tests/fixtures/meetings/ (short articles with every meeting they report, and nothing else).
"""
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "meetings"


def meetings_of(extractor, text, published):
    return extractor.extract(text, published=published).model_dump(mode="json")["meetings"]


def _same_person(expected, got):
    if expected.get("name") or got.get("name"):
        a, b = (expected.get("name") or "").split(), (got.get("name") or "").split()
        return bool(a) and bool(b) and a[-1].lower() == b[-1].lower()
    return (expected.get("title") or "").lower() == (got.get("title") or "").lower() \
        and expected.get("country") == got.get("country")


def _participants_match(expected, got):
    if len(expected) != len(got):
        return False
    return all(any(_same_person(e, g) for g in got) for e in expected)


def find_meeting(meetings, expected):
    """The extracted meeting of the expected kind, status and participants (of those, the
    one of the expected date and place: the same people may meet twice)."""
    found = [m for m in meetings if m["kind"] == expected["kind"] and m["status"] == expected["status"]
             and _participants_match(expected.get("participants", m["participants"]), m["participants"])]
    same = [m for m in found if all(m[k] == expected[k] for k in ("date", "location") if k in expected)]
    return (same or found or [None])[0]


def check(meeting, expected):
    for key in ("date", "date_source", "location"):
        if key in expected:
            assert meeting[key] == expected[key], f"{key}: {meeting[key]!r} != {expected[key]!r}"
    for e in expected.get("participants", []):
        got = next(g for g in meeting["participants"] if _same_person(e, g))
        if "country" in e:
            assert got["country"] == e["country"], f"country of {e}: {got['country']!r}"
    if "countries" in expected:
        assert sorted(meeting["countries"]) == sorted(expected["countries"])
    if expected.get("no_other_participants"):
        assert len(meeting["participants"]) == len(expected["participants"]), meeting["participants"]


# (text, published, expected meeting): the text reports exactly this one meeting
ROWS = [
    # --- meetings
    ("Polish President Jan Kowalski met with Czech Prime Minister Petr Dvorak in Warsaw on Monday.", "2023-04-05",
     dict(kind="meeting", status="held", date="2023-04-03", location="Warsaw",
          participants=[dict(name="Jan Kowalski", country="PL"), dict(name="Petr Dvorak", country="CZ")])),
    ("Swedish Prime Minister Lars Berg and Danish Prime Minister Mette Holm met in Copenhagen on 12 June.", "2023-06-14",
     dict(kind="meeting", status="held", date="2023-06-12", location="Copenhagen",
          participants=[dict(name="Lars Berg"), dict(name="Mette Holm")])),
    ("Mongolian President Bat Erdene received Japanese Foreign Minister Hiro Sato on Friday.", "2022-09-10",
     dict(kind="meeting", status="held", date="2022-09-09",
          participants=[dict(name="Bat Erdene"), dict(name="Hiro Sato")])),
    ("Kenyan President David Mwangi hosted Ghanaian President Kofi Mensah at State House.", "2022-02-02",
     dict(kind="meeting", status="held", date="2022-02-02", date_source="published",
          participants=[dict(name="David Mwangi"), dict(name="Kofi Mensah")])),
    ("The meeting between Azerbaijani Economy Minister Elnur Mammadli and Hungarian Foreign Minister Gabor Szabo was held in Budapest.",
     "2022-11-30",
     dict(kind="meeting", status="held", date="2022-11-30", date_source="published", location="Budapest",
          participants=[dict(name="Elnur Mammadli", country="AZ"), dict(name="Gabor Szabo", country="HU")])),
    ("Indian Prime Minister Arjun Mehta on Saturday discussed ways to boost trade with French President Claire Dubois.", "2019-08-24",
     dict(kind="meeting", status="held", date="2019-08-24", date_source="text",
          participants=[dict(name="Arjun Mehta"), dict(name="Claire Dubois", country="FR")])),
    ("Addressing a joint press conference with his Mongolian counterpart Bat Erdene in Ulaanbaatar in March, Kyrgyz President Almaz Toktogulov hailed the partnership.",
     "2021-10-05",
     dict(kind="meeting", status="held", date="2021-03", location="Ulaanbaatar",
          participants=[dict(name="Almaz Toktogulov"), dict(name="Bat Erdene", country="MN")])),
    ("Georgian Prime Minister Levan Abashidze met Armenian President Aram Hakobyan and Parliament Speaker Davit Sargsyan in Yerevan.",
     "2018-09-10",
     dict(kind="meeting", status="held", location="Yerevan",
          participants=[dict(name="Levan Abashidze"), dict(name="Aram Hakobyan"), dict(name="Davit Sargsyan")])),
    ("Uzbek President Rustam Karimov welcomed Turkmen President Serdar Amanov at the airport on Thursday.", "2023-06-02",
     dict(kind="meeting", status="held", date="2023-06-01",
          participants=[dict(name="Rustam Karimov"), dict(name="Serdar Amanov", country="TM")])),
    ("Kazakh Foreign Minister Serik Abenov met a Chinese delegation led by Vice Premier Wang Lei.", "2023-06-02",
     dict(kind="meeting", status="held", participants=[dict(name="Serik Abenov"), dict(name="Wang Lei")])),
    ("The Kazakh and German foreign ministers met in Berlin on Monday.", "2023-04-20",
     dict(kind="meeting", status="held", date="2023-04-17", location="Berlin",
          participants=[dict(name=None, title="Foreign Minister", country="KZ"),
                        dict(name=None, title="Foreign Minister", country="DE")])),
    ("His Highness Sheikh Saeed bin Rashid Al Nuaimi, President of the UAE, received Indian Prime Minister Arjun Mehta "
     "at Qasr Al Watan in Abu Dhabi today.", "2024-02-14",
     dict(kind="meeting", status="held", date="2024-02-14", location="Abu Dhabi",
          participants=[dict(name="Saeed bin Rashid Al Nuaimi"), dict(name="Arjun Mehta", country="IN")])),
    ("Vietnamese Prime Minister Tran Van Long hosted a reception for Australian Foreign Minister Grace Walker in Hanoi on November 28.",
     "2023-11-29",
     dict(kind="meeting", status="held", date="2023-11-28", location="Hanoi",
          participants=[dict(name="Tran Van Long"), dict(name="Grace Walker", country="AU")])),
    ("Australian Foreign Minister Grace Walker paid a courtesy call on Vietnamese Prime Minister Tran Van Long in Hanoi.",
     "2023-11-29",
     dict(kind="meeting", status="held", location="Hanoi",
          participants=[dict(name="Grace Walker"), dict(name="Tran Van Long", country="VN")])),
    ("Azerbaijani Economy Minister Elnur Mammadli and Uzbek Deputy Prime Minister Rustam Karimov co-chaired the meeting in Tashkent.",
     "2023-10-12",
     dict(kind="meeting", status="held", location="Tashkent",
          participants=[dict(name="Elnur Mammadli"), dict(name="Rustam Karimov", country="UZ")])),
    # --- talks
    ("Kazakh Prime Minister Serik Abenov held talks with Chinese Premier Wang Lei in Beijing.", "2023-05-24",
     dict(kind="talks", status="held", date="2023-05-24", date_source="published", location="Beijing",
          participants=[dict(name="Serik Abenov", country="KZ"), dict(name="Wang Lei", country="CN")])),
    ("Kazakh President Nurlan Abenov held talks with his Mongolian counterpart in Astana on Monday.", "2023-07-14",
     dict(kind="talks", status="held", date="2023-07-10", location="Astana",
          participants=[dict(name="Nurlan Abenov"), dict(name=None, title="President", country="MN")])),
    ("Negotiations between the delegations of Armenia and Iran took place in Yerevan on 12 June.", "2023-06-20",
     dict(kind="talks", status="held", date="2023-06-12", location="Yerevan", participants=[], countries=["AM", "IR"])),
    ("Chile and Peru plan to hold talks on fishing quotas in Lima on Monday.", "2019-12-15",
     dict(kind="talks", status="planned", date="2019-12-16", location="Lima", countries=["CL", "PE"])),
    ("Belarusian Prime Minister Pavel Novik said during the talks with Premier of the State Council of China Zhou Ming that investment was rising.",
     "2021-11-17",
     dict(kind="talks", status="held", participants=[dict(name="Pavel Novik"), dict(name="Zhou Ming")])),
    # a place that belongs to another noun of the sentence (`claims in the South China Sea`) is not the meeting's
    ("Leaders sat down with Chinese Premier Li Qiang in the Indonesian capital on Thursday for an East Asia Summit "
     "clouded by rival claims in the South China Sea.", "2023-09-08",
     dict(kind="summit", status="held", date="2023-09-07", location="Jakarta")),
    # --- visits
    # a city and its country both named as the place: the city says more
    ("Uzbek President Bakhtiyor Karimov arrived in Astana on Monday for a state visit to Kazakhstan.", "2023-05-10",
     dict(kind="visit", status="held", date="2023-05-08", location="Astana",
          participants=[dict(name="Bakhtiyor Karimov", country="UZ")])),
    ("Kazakh President Nurlan Abenov arrived in Tashkent on a two-day state visit on Monday.", "2024-02-13",
     dict(kind="visit", status="held", date="2024-02-12", location="Tashkent",
          participants=[dict(name="Nurlan Abenov", country="KZ")], countries=["KZ", "UZ"])),
    ("Moldovan Prime Minister Ion Ceban is on his maiden official visit to Bucharest on March 14.", "2022-03-14",
     dict(kind="visit", status="held", date="2022-03-14", location="Bucharest",
          participants=[dict(name="Ion Ceban", country="MD")], countries=["MD", "RO"])),
    ("Egyptian President Omar Farouk will pay an official visit to Indonesia on January 22.", "2024-01-10",
     dict(kind="visit", status="planned", date="2024-01-22", location="Indonesia",
          participants=[dict(name="Omar Farouk", country="EG")], countries=["EG", "ID"])),
    ("The visit of the Prime Minister of Vietnam to Laos in April produced a power deal.", "2023-11-02",
     dict(kind="visit", status="held", date="2023-04", location="Laos",
          participants=[dict(name=None, title="Prime Minister", country="VN")])),
    ("His Armenian counterpart Aram Hakobyan visited Tbilisi on May 30.", "2018-09-10",
     dict(kind="visit", status="held", date="2018-05-30", location="Tbilisi",
          participants=[dict(name="Aram Hakobyan", country="AM")], countries=["AM", "GE"])),
    ("A visit of Scandinavian industry delegates to Kazakhstan is expected in the near future.", "2020-05-12",
     dict(kind="visit", status="planned", date=None, location="Kazakhstan")),
    ("Vietnamese Prime Minister Tran Van Long will travel to Canberra next month.", "2023-11-29",
     dict(kind="visit", status="planned", location="Canberra",
          participants=[dict(name="Tran Van Long", country="VN")], countries=["VN", "AU"])),
    ("Indian Prime Minister Arjun Mehta to visit Kazakhstan", "2023-07-14",
     dict(kind="visit", status="planned", location="Kazakhstan", participants=[dict(name="Arjun Mehta")])),
    ("The visit by Kazakh President Nurlan Abenov to Ankara is the first in five years.", "2023-07-14",
     dict(kind="visit", status="held", location="Ankara", participants=[dict(name="Nurlan Abenov")], countries=["KZ", "TR"])),
    # an unnamed official's title keeps its `of` portfolio, not the country
    ("Chilean Trade Minister Ana Rojas met the Minister of Foreign Affairs of Peru in Lima.", "2024-03-10",
     dict(kind="meeting", status="held", location="Lima",
          participants=[dict(name="Ana Rojas"), dict(name=None, title="Minister of Foreign Affairs", country="PE")])),
    # a split `co-chair` still has its subject
    ("The Chilean and Peruvian deputy prime ministers will co-chair the next session of the intergovernmental "
     "commission in Santiago in June.", "2024-03-10",
     dict(kind="commission_session", status="planned", date="2024-06", location="Santiago",
          participants=[dict(name=None, title="Deputy Prime Minister", country="CL"),
                        dict(name=None, title="Deputy Prime Minister", country="PE")])),
    # a meeting in passing: `their` is the people of the clause's subject
    ("Since their first meeting in Geneva in 2019, Chilean President Jose Rojas and Peruvian President Luis Campos have "
     "signed six agreements.", "2024-03-10",
     dict(kind="meeting", status="held", date="2019", location="Geneva",
          participants=[dict(name="Jose Rojas"), dict(name="Luis Campos")])),
    # the pluperfect tells an earlier visit: not dated by publication
    ("Chilean Foreign Minister Ana Rojas had visited Lima a month earlier.", "2024-03-10",
     dict(kind="visit", status="held", date=None, location="Lima", participants=[dict(name="Ana Rojas")])),
    # `the session of the commission, scheduled to convene in X next month`: its place and time
    ("The two ministers reviewed preparations for the fifth session of the Kuwaiti-Kazakh Joint Intergovernmental "
     "Commission, scheduled to convene in Astana next month, the ministry said.", "2023-10-09",
     dict(kind="commission_session", status="planned", date="2023-11", location="Astana")),
    # a body holding `its next session`: the body's session, with its co-chairs; an acronym stands for its name
    ("The Ethiopia-Kenya Joint Ministerial Commission, which is co-chaired by Trade Minister Kassahun Gofe and "
     "Cabinet Secretary Moses Kuria, will hold its next session in Nairobi in June.", "2023-11-21",
     dict(kind="commission_session", status="planned", date="2024-06", location="Nairobi",
          participants=[dict(name="Kassahun Gofe", country="ET"), dict(name="Moses Kuria", country="KE")])),
    ("Ghana and Nigeria agreed to cut barriers, said the Ghana-Nigeria Permanent Joint Commission for Cooperation "
     "(PJCC). The PJCC is expected to hold its next session in Abuja next year.", "2023-11-21",
     dict(kind="commission_session", status="planned", date="2024", location="Abuja", participants=[],
          countries=["GH", "NG"])),
    # --- calls
    # `received a phone call from X`, `made a phone call to X`: the other side of the call; a call has no place
    ("Kuwait's Foreign Minister Salem Al-Sabah received a phone call on Sunday from his Kazakh counterpart "
     "Murat Nurtleu.", "2023-10-09",
     dict(kind="call", status="held", date="2023-10-08", location=None,
          participants=[dict(name="Salem Al-Sabah", country="KW"), dict(name="Murat Nurtleu", country="KZ")])),
    ("Kazakh President Kassym-Jomart Tokayev made a phone call to Kuwaiti Emir Mishal Al-Ahmad on Monday.",
     "2023-10-10",
     dict(kind="call", status="held", date="2023-10-09", location=None,
          participants=[dict(name="Kassym-Jomart Tokayev", country="KZ"), dict(name="Mishal Al-Ahmad", country="KW")])),
    ("Norwegian Prime Minister Erik Lund held a telephone conversation with Finnish President Mari Koskinen.", "2023-06-20",
     dict(kind="call", status="held", date="2023-06-20", date_source="published",
          participants=[dict(name="Erik Lund", country="NO"), dict(name="Mari Koskinen", country="FI")])),
    ("Turkish Foreign Minister Ahmet Yilmaz spoke by phone with his Greek counterpart Nikos Papadakis on Tuesday.", "2022-10-07",
     dict(kind="call", status="held", date="2022-10-04",
          participants=[dict(name="Ahmet Yilmaz"), dict(name="Nikos Papadakis", country="GR")])),
    ("Pakistani Foreign Minister Imran Baig and his Chinese counterpart Li Wen spoke on the phone on Wednesday.", "2023-08-10",
     dict(kind="call", status="held", date="2023-08-09",
          participants=[dict(name="Imran Baig"), dict(name="Li Wen", country="CN")])),
    ("Chinese President Li Wen called Kazakh President Nurlan Abenov on Thursday to discuss energy.", "2023-07-14",
     dict(kind="call", status="held", date="2023-07-13",
          participants=[dict(name="Li Wen"), dict(name="Nurlan Abenov", country="KZ")])),
    ("Azerbaijani Foreign Minister Elnur Mammadli held a videoconference with Turkish Foreign Minister Ahmet Yilmaz.", "2023-07-14",
     dict(kind="call", status="held", participants=[dict(name="Elnur Mammadli"), dict(name="Ahmet Yilmaz")])),
    ("In a phone call on Thursday, Chinese President Li Wen and Kazakh President Nurlan Abenov discussed energy projects.",
     "2023-07-14",
     dict(kind="call", status="held", date="2023-07-13", participants=[dict(name="Li Wen"), dict(name="Nurlan Abenov")])),
    ("Chinese President Li Wen told Kazakh President Nurlan Abenov in a telephone conversation that ties were strong.",
     "2023-07-14",
     dict(kind="call", status="held", date="2023-07-14", date_source="published",
          participants=[dict(name="Li Wen"), dict(name="Nurlan Abenov")])),
    ("Uzbek President Rustam Karimov expressed condolences to Turkish President Ahmet Yilmaz during a phone call on Thursday.",
     "2023-07-14",
     dict(kind="call", status="held", date="2023-07-13", participants=[dict(name="Rustam Karimov"), dict(name="Ahmet Yilmaz")])),
    ("Japan's Foreign Minister Aiko Tanaka is arranging a phone call with her Iranian counterpart Reza Karimi on Tuesday.",
     "2023-10-17",
     dict(kind="call", status="planned", date="2023-10-17",
          participants=[dict(name="Aiko Tanaka"), dict(name="Reza Karimi", country="IR")])),
    # --- commission sessions and summits
    ("The 19th meeting of the Kazakh-German intergovernmental working group on trade took place in Berlin on April 19.",
     "2023-04-20",
     dict(kind="commission_session", status="held", date="2023-04-19", location="Berlin", countries=["KZ", "DE"])),
    ("India and Vietnam held the 18th meeting of the Joint Commission on Trade in New Delhi on Tuesday, co-chaired by "
     "External Affairs Minister Arjun Mehta and Vietnamese Foreign Minister Tran Van Long.", "2023-11-22",
     dict(kind="commission_session", status="held", date="2023-11-21", location="New Delhi",
          participants=[dict(name="Arjun Mehta"), dict(name="Tran Van Long", country="VN")])),
    ("The next meeting of the leaders is scheduled to take place in Ulaanbaatar in 2025.", "2023-09-06",
     dict(kind="meeting", status="planned", date="2025", location="Ulaanbaatar")),
    ("The 8th meeting of the Georgian-Ukrainian intergovernmental commission was held in Kyiv on May 5.", "2021-05-06",
     dict(kind="commission_session", status="held", date="2021-05-05", location="Kyiv")),
    ("Ghanaian President Kofi Mensah, who attended the African Union summit in Addis Ababa, flew home.", "2019-02-12",
     dict(kind="summit", status="held", location="Addis Ababa", participants=[dict(name="Kofi Mensah")])),
    ("Arrangements for a forthcoming summit between the Chinese and Brazilian presidents were reviewed.", "2021-06-08",
     dict(kind="summit", status="planned",
          participants=[dict(name=None, title="President", country="CN"), dict(name=None, title="President", country="BR")])),
    # a named building that is no location record is still the place
    ("Russian President Ivan Petrov received Kazakh President Nurlan Abenov at the Kremlin on Monday.", "2023-08-10",
     dict(kind="meeting", status="held", date="2023-08-07", location="Kremlin",
          participants=[dict(name="Ivan Petrov"), dict(name="Nurlan Abenov")])),
    ("Kazakh President Nurlan Abenov met Turkish President Ahmet Yilmaz at Ak Orda on Monday.", "2023-08-10",
     dict(kind="meeting", status="held", date="2023-08-07", location="Ak Orda",
          participants=[dict(name="Nurlan Abenov"), dict(name="Ahmet Yilmaz")])),
    ("Japanese Trade Minister Kenji Sato will lead a business mission to Seoul in January.", "2023-08-10",
     dict(kind="visit", status="planned", date="2024-01", location="Seoul", participants=[dict(name="Kenji Sato")])),
    ("The two presidents will gather at a summit due to be held in Geneva on October 9.", "2021-09-20",
     dict(kind="summit", status="planned", date="2021-10-09", location="Geneva")),
    # `to X` hung on the verb, not on the mission
    ("Portuguese Economy Minister Rui Costa will lead a business mission to Luanda in March.", "2023-11-20",
     dict(kind="visit", status="planned", date="2024-03", location="Luanda", participants=[dict(name="Rui Costa")])),
    # a country's team or delegation visits, also without a named leader
    ("Earlier this month, a Chilean technical team visited Lima to discuss a rail project.", "2023-06-21",
     dict(kind="visit", status="held", date="2023-06", location="Lima", participants=[], countries=["CL", "PE"])),
    # a region named by a common noun is the place visited
    ("In early May, a Latvian delegation led by Deputy Health Minister Anna Berzina visited the Kakheti region to study "
     "wine projects.", "2023-06-21",
     dict(kind="visit", status="held", date="2023-05", location="Kakheti region", participants=[dict(name="Anna Berzina")])),
    # a relative clause with an event verb dates the visit, even hung on the place
    ("Chilean Foreign Minister Ana Rojas is on a three-day official visit to Peru, which began on Monday.", "2023-06-21",
     dict(kind="visit", status="held", date="2023-06-19", location="Peru", participants=[dict(name="Ana Rojas")])),
    # who acts in a call takes part in it (`agreed in a phone call`)
    ("Exports from Chile to Peru grew. Last month, the energy ministers of the two countries agreed in a phone call "
     "to build a power line.", "2023-06-21",
     dict(kind="call", status="held", date="2023-05",
          participants=[dict(name=None, title="Energy Minister", country="CL"),
                        dict(name=None, title="Energy Minister", country="PE")])),
    # a capital named by its country: where the meeting was is the city
    ("Latvian Prime Minister Anna Berzina held talks with Lithuanian Prime Minister Tomas Vaitkus in the Lithuanian "
     "capital on Thursday.", "2023-05-05",
     dict(kind="talks", status="held", date="2023-05-04", location="Vilnius",
          participants=[dict(name="Anna Berzina", country="LV"), dict(name="Tomas Vaitkus", country="LT")])),
    ("Latvian Prime Minister Anna Berzina met her counterpart Tomas Vaitkus in the capital of Lithuania on Thursday.",
     "2023-05-05",
     dict(kind="meeting", status="held", date="2023-05-04", location="Vilnius",
          participants=[dict(name="Anna Berzina", country="LV"), dict(name="Tomas Vaitkus")])),
    # a measure of the talks between the verb and the noun
    ("Polish President Jan Kowalski held roughly 40 minutes of talks with Czech Prime Minister Petr Dvorak on Monday.",
     "2023-04-05",
     dict(kind="talks", status="held", date="2023-04-03",
          participants=[dict(name="Jan Kowalski", country="PL"), dict(name="Petr Dvorak", country="CZ")])),
    # a name the parser hung on the meeting noun (`held` misread as an adjective)
    ("Trade Minister Kim Min-jun held talks with U.S. Commerce Secretary Anna Brooks in Seoul in May, the ministry said.",
     "2024-10-01",
     dict(kind="talks", status="held", date="2024-05", location="Seoul",
          participants=[dict(name="Kim Min-jun"), dict(name="Anna Brooks", country="US")])),
    # who accepts an invitation to visit is the visitor
    ("Polish Foreign Minister Jan Kowalski accepted an invitation to visit Prague next month.", "2023-04-05",
     dict(kind="visit", status="planned", date="2023-05", location="Prague",
          participants=[dict(name="Jan Kowalski", country="PL")])),
    # the header, byline and dateline run into the first sentence: its subject is still read
    (" date 2023-05-03 By Nordic Wire\n\nBy Ingrid Dahl\n\nOSLO: Norway's Minister of Fisheries, Ola Berg, received "
     "a delegation led by Icelandic State Secretary Jon Olafsson in Oslo on Tuesday.", None,
     dict(kind="meeting", status="held", date="2023-05-02", location="Oslo",
          participants=[dict(name="Ola Berg", country="NO"), dict(name="Jon Olafsson", country="IS")])),
    (" date 2023-05-03 By Nordpress\n\nBy Ingrid Dahl\n\nOSLO, May 3 (Nordpress) -- Norwegian Fisheries Minister Ola Berg "
     "and Icelandic Fisheries Minister Jon Olafsson held a videoconference on Wednesday, the ministry said.", None,
     dict(kind="call", status="held", date="2023-05-03",
          participants=[dict(name="Ola Berg", country="NO"), dict(name="Jon Olafsson", country="IS")])),
    # a title of two posts before one name, parsed as two conjuncts, is one participant
    ("Cambodian Deputy Prime Minister and Foreign Minister Chea Vuthy received Thai Commerce Minister Somchai "
     "Rattanakul on Monday.", "2024-06-05",
     dict(kind="meeting", status="held", date="2024-06-03", no_other_participants=True,
          participants=[dict(name="Chea Vuthy", country="KH"), dict(name="Somchai Rattanakul", country="TH")])),
]


@pytest.mark.parametrize("text, published, expected", ROWS, ids=[r[0][:60] for r in ROWS])
def test_one_meeting_per_phrasing(extractor, text, published, expected):
    meetings = meetings_of(extractor, text, published)
    found = find_meeting(meetings, expected)
    assert found is not None, f"no {expected['kind']}/{expected['status']} with those participants in {meetings}"
    check(found, expected)
    assert len(meetings) == 1, f"extra meetings: {meetings}"


@pytest.mark.parametrize("text", [
    "The UN peacekeeping mission in Mali ended last year.",
    "The proposal to cut tariffs met with criticism from farmers.",
    "Agriculture Minister Tomas Novak said at a press conference on Monday that exports rose.",
    "Novak said regular meetings with exporters help the sector.",
    "German Ambassador Klaus Weber said at a business forum in Baku that trade grew.",
    "Plans for visits and events were also discussed.",
    "Officials discussed the budget for next year.",
    "The Azerbaijani Economy Minister visited a textile factory in Ganja.",
    "Bilateral meetings between the two countries have become more frequent this year.",
    # a stop on a trip is no visit of its own
    "The Chilean delegation also toured a copper mine.",
    # a country's group that is no official one does not visit for it
    "The painting will go on show once the Peruvian group arrives in the United States.",
    "The Brazilian team arrived in Paris on Monday.",
    # `the country` is a place visited only after `visit`, not after `travel the country and world`
    "Before the election, Varga had traveled the country and world, aides in Hungary said.",
])
def test_not_a_meeting(extractor, text):
    assert meetings_of(extractor, text, "2020-02-11") == []


@pytest.mark.parametrize("text, kinds", [
    # a visit and the meeting held during it are two meetings
    ("Indian Minister Arjun Mehta visited Canberra on March 3. During the visit, Mehta met Australian Prime Minister Grace Walker.",
     ["visit", "meeting"]),
    # one meeting told in three sentences is one record
    ("Latvian Foreign Minister Anna Berzina met Estonian Foreign Minister Kaido Tamm in Riga. "
     "During the meeting, the ministers discussed energy. The talks lasted two hours.", ["meeting"]),
    # arriving somewhere for talks: the visit and the talks
    ("Pakistani Prime Minister Imran Baig arrived in Ashgabat on Wednesday for talks with Turkmen President Serdar Amanov.",
     ["visit", "talks"]),
    # a meeting after which wider talks took place: two records
    ("Following the meeting of the Prime Ministers of Chile and Peru, consultations took place in an enlarged format.",
     ["meeting", "talks"]),
])
def test_how_many_meetings(extractor, text, kinds):
    meetings = meetings_of(extractor, text, "2024-03-04")
    assert sorted(m["kind"] for m in meetings) == sorted(kinds)


# (text, published, every meeting it reports)
SEVERAL = [
    # `the Belarusian leader`: the one Belarusian the article names as president (or prime minister, king...)
    ("Belarusian President Aleksandr Lukashenko and Kyrgyz President Sadyr Japarov held a telephone conversation. "
     "They discussed the agreements reached during the Belarusian leader's state visit to Kyrgyzstan.", "2023-10-09",
     [dict(kind="call", status="held", participants=[dict(name="Aleksandr Lukashenko"), dict(name="Sadyr Japarov")]),
      dict(kind="visit", status="held", location="Kyrgyzstan",
           participants=[dict(name="Aleksandr Lukashenko", country="BY")])]),
    # `the two prime ministers`: by their full title (not the deputy); one of them unnamed
    ("Vietnamese Prime Minister Pham Minh Chinh received Kazakh Deputy Prime Minister Serik Zhumangarin in "
     "Hanoi today. Chinh recalled that the two Prime Ministers had held a phone conversation in June.", "2023-10-13",
     [dict(kind="meeting", status="held", date="2023-10-13", location="Hanoi",
           participants=[dict(name="Pham Minh Chinh"), dict(name="Serik Zhumangarin")]),
      dict(kind="call", status="held", date="2023-06",
           participants=[dict(name="Pham Minh Chinh", country="VN"), dict(name=None, title="Prime Minister", country="KZ")])]),
    ("Uzbek President Shavkat Mirziyoyev received Egyptian Foreign Minister Sameh Shoukry today. The two "
     "presidents met in Cairo last month.", "2023-10-09",
     [dict(kind="meeting", status="held", date="2023-10-09",
           participants=[dict(name="Shavkat Mirziyoyev"), dict(name="Sameh Shoukry")]),
      dict(kind="meeting", status="held", date="2023-09", location="Cairo",
           participants=[dict(name="Shavkat Mirziyoyev", country="UZ"), dict(name=None, title="President", country="EG")])]),
    # an East Asian family name alone is that person; `since August` is no date of the meeting
    ("Chinese Premier Wang Jun and Japanese Prime Minister Kenji Sato attended the summit in Jakarta.\n\n"
     "On Wednesday evening, on the sidelines of the summit, Wang held talks with Sato, their first encounter since August.",
     "2023-09-07",
     [dict(kind="summit", status="held", location="Jakarta"),
      dict(kind="talks", status="held", date="2023-09-06",
           participants=[dict(name="Wang Jun", country="CN"), dict(name="Kenji Sato", country="JP")])]),
    # `the Polish minister`: the one Polish minister the article names
    ("Polish Foreign Minister Jan Kowalski held talks with Czech Foreign Minister Petr Dvorak in Prague on Monday. "
     "The Polish minister also accepted an invitation to visit Bratislava next month.", "2023-04-05",
     [dict(kind="talks", status="held", date="2023-04-03", location="Prague",
           participants=[dict(name="Jan Kowalski"), dict(name="Petr Dvorak")]),
      dict(kind="visit", status="planned", date="2023-05", location="Bratislava",
           participants=[dict(name="Jan Kowalski", country="PL")])]),
    # a reported meeting whose subject the parser hung on `said`, during a visit
    ("He said Prime Minister Jan Kowalski, during his visit to Prague last week, met Czech President Petr Novak.",
     "2023-04-05",
     [dict(kind="visit", status="held", location="Prague", participants=[dict(name="Jan Kowalski")]),
      dict(kind="meeting", status="held", location="Prague",
           participants=[dict(name="Jan Kowalski"), dict(name="Petr Novak", country="CZ")])]),
    # `the previous session` right after a commission's: another session of that body
    ("The next meeting of the Polish-Czech Intergovernmental Commission will be held in Warsaw in April. "
     "The previous session took place in Prague in April 2023.", "2024-03-12",
     [dict(kind="commission_session", status="planned", date="2024-04", location="Warsaw", participants=[]),
      dict(kind="commission_session", status="held", date="2023-04", location="Prague", participants=[])]),
    # a meeting on the sidelines of a summit takes its place; both are meetings
    ("Azerbaijani President Ilham Rzayev met with Georgian Prime Minister Levan Abashidze on the sidelines of the summit in Astana.",
     "2023-11-04",
     [dict(kind="meeting", status="held", location="Astana",
           participants=[dict(name="Ilham Rzayev"), dict(name="Levan Abashidze")]),
      dict(kind="summit", status="held", location="Astana")]),
    # a meeting during a visit takes the visit's day and place
    ("During his visit to Baku on May 5, Pakistani Prime Minister Imran Baig met Azerbaijani President Ilham Rzayev.", "2023-05-08",
     [dict(kind="visit", status="held", date="2023-05-05", location="Baku", countries=["PK", "AZ"]),
      dict(kind="meeting", status="held", date="2023-05-05", location="Baku",
           participants=[dict(name="Imran Baig"), dict(name="Ilham Rzayev")])]),
    # `separately`: one meeting each
    ("Kazakh Foreign Minister Serik Abenov met separately with Turkish Foreign Minister Ahmet Yilmaz and "
     "Turkish Trade Minister Omer Demir in Ankara.", "2023-05-08",
     [dict(kind="meeting", status="held", location="Ankara", participants=[dict(name="Serik Abenov"), dict(name="Ahmet Yilmaz")]),
      dict(kind="meeting", status="held", location="Ankara", participants=[dict(name="Serik Abenov"), dict(name="Omer Demir")])]),
    # congratulating by phone is a call
    ("Uzbek President Rustam Karimov congratulated Kyrgyz President Almaz Bekov by phone on his birthday.", "2023-12-06",
     [dict(kind="call", status="held", date="2023-12-06", date_source="published",
           participants=[dict(name="Rustam Karimov"), dict(name="Almaz Bekov", country="KG")])]),
    # `the two presidents` are the two named before; talks during a visit are another meeting
    ("Turkmen President Serdar Amanov is on a state visit to Turkiye at the invitation of Turkish President Ahmet Yilmaz. "
     "The two presidents held talks in Ankara on Friday.", "2023-06-02",
     [dict(kind="visit", status="held", date="2023-06-02", date_source="published", location="Turkiye",
           participants=[dict(name="Serdar Amanov")], countries=["TM", "TR"]),
      dict(kind="talks", status="held", date="2023-06-02", location="Ankara",
           participants=[dict(name="Serdar Amanov"), dict(name="Ahmet Yilmaz")])]),
    # phone talks, then `During the talks` and `the two heads of state`: one call
    ("Chinese President Li Wen held phone talks with Kazakh President Nurlan Abenov on Thursday. "
     "During the talks, the two heads of state agreed to expand trade.", "2023-07-14",
     [dict(kind="call", status="held", date="2023-07-13", participants=[dict(name="Li Wen"), dict(name="Nurlan Abenov")])]),
    # a joint press conference of two leaders is a meeting
    ("Kazakh President Nurlan Abenov and Turkish President Ahmet Yilmaz held a joint press conference in Astana.", "2023-07-14",
     [dict(kind="meeting", status="held", location="Astana", participants=[dict(name="Nurlan Abenov"), dict(name="Ahmet Yilmaz")])]),
    # met at the airport by X (passive): a meeting beside the visit
    ("Kazakh President Nurlan Abenov arrived in Ankara on Monday. He was met at the airport by Turkish Vice President Omer Demir.",
     "2023-07-14",
     [dict(kind="visit", status="held", date="2023-07-10", location="Ankara", participants=[dict(name="Nurlan Abenov")]),
      dict(kind="meeting", status="held", date="2023-07-10", participants=[dict(name="Nurlan Abenov"), dict(name="Omer Demir")])]),
    # hosting someone for talks: one planned talks record
    ("Turkish President Ahmet Yilmaz will host Kazakh President Nurlan Abenov for talks in Ankara next week.", "2023-07-14",
     [dict(kind="talks", status="planned", location="Ankara", participants=[dict(name="Ahmet Yilmaz"), dict(name="Nurlan Abenov")])]),
    # `spoke with` a foreign leader on the sidelines of a summit: both attended the summit
    ("Kazakh President Nurlan Abenov also spoke with Turkish President Ahmet Yilmaz on the sidelines of the summit.", "2023-07-14",
     [dict(kind="meeting", status="held", participants=[dict(name="Nurlan Abenov"), dict(name="Ahmet Yilmaz")]),
      dict(kind="summit", status="held", participants=[dict(name="Nurlan Abenov"), dict(name="Ahmet Yilmaz")])]),
    # `A and B, who met on the sidelines of X`: both met, and both attended X, where they met
    ("Chilean President Ana Rojas and her Peruvian counterpart Luis Campos, who met on the sidelines of the Group of 20 "
     "summit in Rio last November, agreed to cut tariffs.", "2024-03-10",
     [dict(kind="meeting", status="held", date="2023-11", location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", date="2023-11", location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # `they` of a `when` clause are the main clause's subject; the summit is where they met
    ("Chilean President Ana Rojas hosted Peruvian President Luis Campos on Monday. The two presidents first discussed "
     "the deal when they met on the sidelines of the Group of 20 summit in Rio in November.", "2024-03-10",
     [dict(kind="meeting", status="held", date="2024-03-04",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="meeting", status="held", date="2023-11", location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", date="2023-11", location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # the sidelines hung on the clause's verb: the talks told just before them are on the summit's sidelines
    ("The visit follows talks between Chilean President Ana Rojas and Peruvian President Luis Campos on November 18 "
     "in Rio, on the sidelines of the G20 summit.", "2024-03-10",
     [dict(kind="talks", status="held", date="2023-11-18", location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", date=None, location="Rio",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # `in the Russian city of Kazan`: the city the noun names; a name visited is a place, known or not
    ("Chilean President Ana Rojas and Peruvian President Luis Campos met on Wednesday in the Russian city of Kazan.",
     "2024-10-23", [dict(kind="meeting", status="held", date="2024-10-23", location="Kazan")]),
    ("Chilean Trade Minister Ana Rojas is expected to visit Córdoba on July 15-16 to tour assembly plants.",
     "2025-07-04", [dict(kind="visit", status="planned", date="2025-07-15", location="Córdoba")]),
    # a monitoring mechanism meets in sessions like a commission
    ("Officials will hold the next meeting of the Chile-Peru Trade Monitoring Mechanism in Lima on Tuesday.",
     "2024-10-14", [dict(kind="commission_session", status="planned", date="2024-10-15", location="Lima")]),
    # a later session of a body named before is that body's; a half-year dates it by its year
    ("The Chilean-Peruvian Joint Committee held its 21st session in Lima on December 9. Trade grew 5 percent in "
     "2024. Chile's exports to Peru rose too. The sides agreed to hold the 22nd session of the Joint Committee in "
     "Santiago in the second half of 2025.", "2024-12-10",
     [dict(kind="commission_session", status="held", date="2024-12-09", location="Lima", countries=["CL", "PE"]),
      dict(kind="commission_session", status="planned", date="2025", location="Santiago", countries=["CL", "PE"])]),
    # a headline `A, B meet`: both, named in full further down
    ("Rojas, Campos meet as trade pact turns one\n\nChilean Foreign Minister Ana Rojas and Peruvian Trade Minister "
     "Luis Campos signed a tariff deal on Tuesday.", "2024-05-08",
     [dict(kind="meeting", status="held", participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # `the ministers will meet ... on Tuesday`: a plan with its own day, not the talks just held
    ("Chilean Trade Minister Ana Rojas and Peruvian Trade Minister Luis Campos held talks by videoconference on "
     "Friday. The ministers will meet in Lima on Tuesday.", "2024-05-10",
     [dict(kind="talks", status="held", date="2024-05-10"),
      dict(kind="meeting", status="planned", date="2024-05-14", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # the talks are where they agreed, not what they plan; the summit on whose sidelines they met took place
    ("Chilean President Ana Rojas and Peruvian President Luis Campos agreed on Saturday to keep trade between their "
     "countries on a stable footing, in talks on the sidelines of the Pacific summit in Lima.", "2024-11-16",
     [dict(kind="talks", status="held", date="2024-11-16", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", location="Lima")]),
    # who `attended` the meeting told before joins it; the place in their title is not the meeting's
    ("Chilean Foreign Minister Ana Rojas received Peruvian Trade Minister Luis Campos in Santiago on Monday. The "
     "meeting was attended by Jorge Vidal, Ambassador of Peru to Chile.", "2024-05-14",
     [dict(kind="meeting", status="held", date="2024-05-13", location="Santiago",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos"), dict(name="Jorge Vidal")])]),
    # the body named as subject, its co-chairs in an apposed participle
    ("The Chile-Peru joint commission, co-chaired by Chilean Foreign Minister Ana Rojas and Peruvian Trade Minister "
     "Luis Campos, met in Lima on Monday.", "2023-11-21",
     [dict(kind="commission_session", status="held", date="2023-11-20", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # the date the summit's phrase runs into, hung by the parser on the verb
    ("The dispute is expected to top the agenda of the regional summit in Arusha on November 30, which will be "
     "chaired by Tanzanian President Amani Mollel.", "2024-10-17",
     [dict(kind="summit", status="planned", date="2024-11-30", location="Arusha")]),
    # a headline `X to make a visit to Y, hold summit with Z` plans both
    (" date 2024-06-10 By Wire\nRojas to make state visit to Peru, hold summit with Campos\n\nLIMA, June 10 (Wire) -- "
     "Chilean President Ana Rojas will leave for Peru on Tuesday.", None,
     [dict(kind="visit", status="planned", location="Peru", participants=[dict(name="Ana Rojas")]),
      dict(kind="summit", status="planned")]),
    # `agreed to expand trade as the session was held here`: the session is told in the past
    (" date 2024-06-14 By Wire\nChile, Peru pledge closer ties\n\nLIMA, June 14 (Wire) -- Chile and Peru on Friday "
     "agreed to further expand two-way trade and investment as the seventh session of the Chile-Peru Joint Economic "
     "and Trade Committee was held here.", None,
     [dict(kind="commission_session", status="held", date="2024-06-14", location="Lima")]),
    # a series of meetings on a summit's sidelines: only the one who met them all attended, as far as told
    ("Indian Prime Minister Arjun Rao held bilateral meetings with Chilean President Ana Rojas and Peruvian President "
     "Luis Campos on the sidelines of the summit in Rio.", "2024-03-10",
     [dict(kind="meeting", status="held", location="Rio", participants=[dict(name="Arjun Rao"), dict(name="Ana Rojas")]),
      dict(kind="meeting", status="held", location="Rio", participants=[dict(name="Arjun Rao"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", location="Rio", participants=[dict(name="Arjun Rao")])]),
    # `during which he met`: the meeting takes the visit's first day and city
    ("Kazakh President Nurlan Abenov paid an official visit to Moscow on May 5-6, during which he met Russian President Ivan Petrov.",
     "2023-07-14",
     [dict(kind="visit", status="held", date="2023-05-05", location="Moscow", countries=["KZ", "RU"]),
      dict(kind="meeting", status="held", date="2023-05-05", location="Moscow",
           participants=[dict(name="Nurlan Abenov"), dict(name="Ivan Petrov")])]),
    # an unnamed official the text gives no country is the host's (the country visited)
    ("Indonesian Trade Minister Budi Santoso visited Canberra on Monday. On the same day, Santoso met with "
     "the Speaker of the House of Representatives.", "2023-11-29",
     [dict(kind="visit", status="held", date="2023-11-27", location="Canberra", participants=[dict(name="Budi Santoso")]),
      dict(kind="meeting", status="held", date="2023-11-27",
           participants=[dict(name="Budi Santoso"),
                         dict(name=None, title="Speaker of the House of Representatives", country="AU")])]),
    # an unnamed ambassador, his country from the adjective
    ("Pakistani Foreign Minister Ali Haider and Chinese Foreign Minister Wang Tao spoke by phone. Separately, "
     "Prime Minister Imran Qadir met the Chinese ambassador yesterday.", "2023-08-10",
     [dict(kind="call", status="held", participants=[dict(name="Ali Haider"), dict(name="Wang Tao")]),
      dict(kind="meeting", status="held", date="2023-08-09",
           participants=[dict(name="Imran Qadir", country="PK"), dict(name=None, title="Ambassador", country="CN")])]),
    # a body that meets: its last session (relative clause, held) and its next one (planned)
    ("The joint economic commission, which last convened in Tbilisi in November, is due to meet in Antalya in September.",
     "2023-08-10",
     [dict(kind="commission_session", status="held", date="2022-11", location="Tbilisi"),
      dict(kind="commission_session", status="planned", date="2023-09", location="Antalya")]),
    ("A joint working group on transport will meet in Dushanbe next month.", "2023-08-10",
     [dict(kind="meeting", status="planned", date="2023-09", location="Dushanbe")]),
    ("The joint committee will hold its next meeting in Seoul later this year.", "2023-08-10",
     [dict(kind="commission_session", status="planned", date="2023", location="Seoul")]),
    # a deadline (`by 2026`) and a verb the meeting only sets the scene of are no plan
    ("Chile and Peru on Monday agreed on a trade target of $5 billion by 2026 at the 4th meeting "
     "of the Chile-Peru Joint Commission held in Lima.", "2023-11-22",
     [dict(kind="commission_session", status="held", date="2023-11-20", location="Lima")]),
    # the chairs of a session named in the next sentence take part in it
    ("The 9th meeting of the Kyrgyz-Russian intergovernmental commission was held in Bishkek on Monday. It was "
     "co-chaired by Kyrgyz Deputy Prime Minister Adylbek Kasymov and Russian Deputy Prime Minister Oleg Petrov.",
     "2023-08-10",
     [dict(kind="commission_session", status="held", date="2023-08-07", location="Bishkek",
           participants=[dict(name="Adylbek Kasymov"), dict(name="Oleg Petrov")])]),
    # unnamed officials `of the two countries`: the article's pair
    ("Trade between Peru and Chile rose. Last month, the trade ministers of the two countries spoke by phone.",
     "2023-08-10",
     [dict(kind="call", status="held", date="2023-07",
           participants=[dict(name=None, title="Trade Minister", country="PE"),
                         dict(name=None, title="Trade Minister", country="CL")])]),
    # a named summit the text does not tell before, hosted by a country in a relative clause
    ("The ministers also discussed the Organization of Turkic States summit, which Hungary will host next year.",
     "2023-03-10",
     [dict(kind="summit", status="planned", date="2024", location="Hungary")]),
    # a past June before publication is last year's
    ("At a summit in Hanoi in June, the leaders of Vietnam and Laos agreed to boost trade.", "2023-03-10",
     [dict(kind="summit", status="held", date="2022-06", location="Hanoi")]),
    # `talks between A and visiting B`: both sides, not one meeting each with the officials who report it
    ("Chile and Peru agreed on Friday to cut tariffs, officials said after talks between Chilean Trade Minister "
     "Ana Rojas and visiting Peruvian Deputy Prime Minister Luis Campos.", "2023-03-03",
     [dict(kind="talks", status="held", participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="visit", status="held", participants=[dict(name="Luis Campos")])]),
    # travelling to co-chair a session: a planned visit and the session
    ("Uzbek Deputy Prime Minister Jamshid Kuchkarov will travel to Baku to co-chair the 17th meeting of the "
     "intergovernmental commission.", "2023-08-10",
     [dict(kind="visit", status="planned", location="Baku", participants=[dict(name="Jamshid Kuchkarov")]),
      dict(kind="commission_session", status="planned", participants=[dict(name="Jamshid Kuchkarov")])]),
    # the meeting of a council, without people
    ("The next meeting of the Supreme Eurasian Council will take place in Minsk in December.", "2023-08-10",
     [dict(kind="meeting", status="planned", date="2023-12", location="Minsk")]),
    # `his visit` is the visit of the clause's subject, not of the person named last
    ("Thai Deputy Prime Minister Somchai Wong held talks with Malaysian Trade Minister Aziz Rahman in Kuala Lumpur "
     "on Monday, as part of his official visit to Malaysia from August 6 to 9.", "2023-08-10",
     [dict(kind="talks", status="held", date="2023-08-07", participants=[dict(name="Somchai Wong"), dict(name="Aziz Rahman")]),
      dict(kind="visit", status="held", date="2023-08-06", location="Malaysia", participants=[dict(name="Somchai Wong")])]),
    # the chairs named `under the co-chairmanship of` take part in the session
    ("Turkmen Foreign Minister Rashid Meredov met Turkish Trade Minister Omer Bolat in Ashgabat on Thursday. The session "
     "of the Commission, held today under the co-chairmanship of the two ministers, reviewed trade.", "2023-06-02",
     [dict(kind="meeting", status="held", date="2023-06-01", participants=[dict(name="Rashid Meredov"), dict(name="Omer Bolat")]),
      dict(kind="commission_session", status="held", date="2023-06-02",
           participants=[dict(name="Rashid Meredov"), dict(name="Omer Bolat")])]),
    # a session of a council of two countries is a commission session; its chairs `the two countries' ministers`
    ("Trade between Chile and Peru grew. The two countries' trade ministers are due to chair a session of the "
     "Chilean-Peruvian Coordination Council in Lima by the end of the year.", "2023-08-10",
     [dict(kind="commission_session", status="planned", date="2023-12", location="Lima",
           participants=[dict(name=None, title="Trade Minister", country="CL"),
                         dict(name=None, title="Trade Minister", country="PE")])]),
    ("Chile and Peru will hold the first meeting of their new trade council in Lima next month.", "2023-08-10",
     [dict(kind="commission_session", status="planned", date="2023-09", location="Lima", countries=["CL", "PE"])]),
    # `The delegation` is the one led by X told before; its visit is where X was met
    ("Peruvian Trade Minister Jorge Salas hosted a Chilean delegation led by Deputy Minister Ana Rojas in Lima on Monday. "
     "The delegation arrived on Sunday for a three-day working visit and will also tour the port of Callao.", "2023-06-21",
     [dict(kind="meeting", status="held", date="2023-06-19", location="Lima",
           participants=[dict(name="Jorge Salas"), dict(name="Ana Rojas")]),
      dict(kind="visit", status="held", date="2023-06-18", location="Lima", participants=[dict(name="Ana Rojas")])]),
    # a past participle clause tells its own time: a summit in June told in February was last year's
    ("Chile and Peru agreed to double trade by 2030, a goal first set at a summit in Lima in June.", "2024-02-07",
     [dict(kind="summit", status="held", date="2023-06", location="Lima")]),
    ("Chile and Peru agreed to hold talks in Lima in June.", "2024-02-07",
     [dict(kind="talks", status="planned", date="2024-06", location="Lima", countries=["CL", "PE"])]),
    # the ministers of a meeting on whose sidelines two others meet are not one more participant
    ("Ecuadorian Energy Minister Rosa Vera spoke with Bolivian Energy Minister Luis Mamani on Monday. The two "
     "ministers plan to meet in person on the sidelines of a regional energy ministers' meeting in Quito in May.",
     "2024-02-07",
     [dict(kind="meeting", status="held", participants=[dict(name="Rosa Vera"), dict(name="Luis Mamani")]),
      dict(kind="meeting", status="planned", date="2024-05", location="Quito",
           participants=[dict(name="Rosa Vera"), dict(name="Luis Mamani")])]),
    # a minister's counterpart is no ambassador: unnamed, with the minister's title
    ("Commerce Minister Omar Farouk, who will travel to Jakarta next month for talks with his Indonesian counterpart, "
     "said exports grew. Farouk met Indonesian Ambassador Budi Santoso in Cairo earlier this month.", "2024-08-10",
     [dict(kind="visit", status="planned", date="2024-09", location="Jakarta", participants=[dict(name="Omar Farouk")]),
      dict(kind="talks", status="planned", date="2024-09", location="Jakarta",
           participants=[dict(name="Omar Farouk"), dict(name=None, title="Commerce Minister", country="ID")]),
      dict(kind="meeting", status="held", date="2024-08", location="Cairo",
           participants=[dict(name="Omar Farouk"), dict(name="Budi Santoso")])]),
    # `the leaders` are the two leaders named before; `the sides` are the countries, not two people
    ("Uzbek President Rustam Karimov received Kyrgyz President Almaz Bekov in Tashkent on Monday. "
     "The leaders last met in July in Osh.", "2023-09-12",
     [dict(kind="meeting", status="held", date="2023-09-11", location="Tashkent",
           participants=[dict(name="Rustam Karimov"), dict(name="Almaz Bekov")]),
      dict(kind="meeting", status="held", date="2023-07", location="Osh",
           participants=[dict(name="Rustam Karimov"), dict(name="Almaz Bekov")])]),
    ("Chilean Trade Minister Ana Rojas met Peruvian Deputy Prime Minister Luis Campos in Santiago on Monday. The sides "
     "agreed to hold the next meeting of the Chilean-Peruvian intergovernmental commission in Lima next month.", "2023-09-12",
     [dict(kind="meeting", status="held", date="2023-09-11", location="Santiago",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="commission_session", status="planned", date="2023-10", location="Lima", participants=[])]),
    # `called on` an official is a courtesy meeting; `called on X to act` is not
    ("Indian Minister Sunil Mehra also called on the Prime Minister of Vietnam and conveyed greetings.", "2023-11-22",
     [dict(kind="meeting", status="held", date="2023-11-22", date_source="published",
           participants=[dict(name="Sunil Mehra"), dict(name=None, title="Prime Minister", country="VN")])]),
    ("Indian Minister Sunil Mehra called on the Prime Minister of Vietnam to speed up the reforms.", "2023-11-22", []),
    # an unnamed official of a country is not its named official of another title
    ("Kazakh Trade Minister Serik Abenov met German State Secretary Klaus Vogel in Astana today. Vogel also held talks "
     "with the First Deputy Prime Minister of Kazakhstan.", "2023-04-20",
     [dict(kind="meeting", status="held", date="2023-04-20", location="Astana",
           participants=[dict(name="Serik Abenov"), dict(name="Klaus Vogel")]),
      dict(kind="talks", status="held",
           participants=[dict(name="Klaus Vogel"), dict(name=None, title="First Deputy Prime Minister", country="KZ")])]),
    # `the two sides` are the two people of the meeting, not the leader greeted in passing
    ("Indian Minister Sunil Mehra co-chaired the commission meeting with Vietnamese Foreign Minister Tran Khoa in Hanoi. "
     "Mehra conveyed greetings from Prime Minister Arjun Rao. The two sides reviewed defence projects.", "2023-11-22",
     [dict(kind="commission_session", status="held", location="Hanoi",
           participants=[dict(name="Sunil Mehra"), dict(name="Tran Khoa")])]),
    # a headline run into the lead names the session twice: one session
    (" date 2023-05-03 Chile, Peru eye more trade as joint commission meets in Lima\nSANTIAGO, May 3 (Wire) Chile and "
     "Peru on Wednesday agreed to cut tariffs at the 5th meeting of the Chile-Peru Joint Commission held in Lima.", None,
     [dict(kind="commission_session", status="held", location="Lima")]),
    # a trip within the country one is visiting, told with that visit, is part of it
    ("Chilean Minister Ana Rojas, who began a three-day visit to Peru on Tuesday, will travel to Cusco on Thursday "
     "to meet business leaders.", "2023-11-22",
     [dict(kind="visit", status="held", date="2023-11-21", location="Peru", participants=[dict(name="Ana Rojas")])]),
    # `visit the country`: the other country named last
    ("Chilean Minister Ana Rojas met the President of Peru and conveyed greetings from President Luis Campos, who is "
     "expected to visit the country early next year.", "2023-11-22",
     [dict(kind="meeting", status="held", participants=[dict(name="Ana Rojas"), dict(name=None, title="President", country="PE")]),
      dict(kind="visit", status="planned", date="2024", location="Peru", participants=[dict(name="Luis Campos")])]),
    # `the Vietnamese Deputy PM` is the Vietnamese deputy prime minister named before
    ("Vietnamese Deputy Prime Minister Tran Hung visited Canberra on Monday. The Vietnamese Deputy PM is scheduled to "
     "visit New Zealand on Friday.", "2023-11-29",
     [dict(kind="visit", status="held", date="2023-11-27", location="Canberra", participants=[dict(name="Tran Hung")]),
      dict(kind="visit", status="planned", date="2023-12-01", location="New Zealand", participants=[dict(name="Tran Hung")])]),
    # a summit on whose sidelines two leaders will meet later this month is then too; a side
    # meeting's day is not the summit's first day
    ("Chilean President Ana Rojas and Peruvian President Luis Campos are expected to meet on the sidelines of the "
     "Pacific summit in Lima later this month.", "2024-11-05",
     [dict(kind="meeting", status="planned", date="2024-11", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="planned", date="2024-11", location="Lima")]),
    ("Chilean President Ana Rojas and Peruvian President Luis Campos met on the sidelines of the Pacific summit in "
     "Lima on Friday.", "2024-11-05",
     [dict(kind="meeting", status="held", date="2024-11-01", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="summit", status="held", date=None, location="Lima")]),
    # the one invited to visit is the visitor, not the one who invites
    ("President Ana Silva invited Kenyan President John Otieno to visit Portugal next year.", "2024-03-10",
     [dict(kind="visit", status="planned", date="2025", participants=[dict(name="John Otieno")])]),
    ("Prime Minister Karl Berg invited his Danish counterpart Mette Lund to pay an official visit to Norway.",
     "2024-03-10", [dict(kind="visit", status="planned", participants=[dict(name="Mette Lund")])]),
    # `his` in a fronted phrase is the subject after it
    ("During his visit to Lima last year, Chilean President Jose Rojas signed a fisheries deal.", "2024-03-10",
     [dict(kind="visit", status="held", date="2023", location="Lima", participants=[dict(name="Jose Rojas")])]),
    # a meeting planned `where` a planned summit is takes its place and time
    ("Chilean Trade Minister Ana Rojas will attend the Pacific summit in Bogota next month, where she is expected to "
     "meet Peruvian Trade Minister Luis Campos.", "2024-03-10",
     [dict(kind="summit", status="planned", date="2024-04", location="Bogota", participants=[dict(name="Ana Rojas")]),
      dict(kind="meeting", status="planned", date="2024-04", location="Bogota",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # a commission that met `under the chairmanship of` two unnamed officials
    ("The joint commission met in Lima on Monday under the chairmanship of Chile's Economy Minister and Peru's "
     "Deputy Foreign Minister.", "2024-03-10",
     [dict(kind="commission_session", status="held", date="2024-03-04", location="Lima",
           participants=[dict(name=None, title="Economy Minister", country="CL"),
                         dict(name=None, title="Deputy Foreign Minister", country="PE")])]),
    # each side's delegation leader, told after the session, takes part in it
    ("The 7th session of the Chile-Peru intergovernmental commission was held in Lima on Monday. The Chilean delegation "
     "was led by Deputy Economy Minister Ana Rojas, and the Peruvian delegation by Vice-Minister Luis Campos.", "2024-03-10",
     [dict(kind="commission_session", status="held", date="2024-03-04", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # `The commission, co-chaired by A and B, discussed ...`: the chairs of the session told before
    ("The 6th meeting of the Chile-Peru Intergovernmental Commission was held in Lima on Monday. The commission, "
     "co-chaired by Chilean Minister Ana Rojas and Peruvian Deputy Prime Minister Luis Campos, discussed joint projects.",
     "2023-10-12",
     [dict(kind="commission_session", status="held", date="2023-10-09", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # a place inside what was discussed is not where the meeting was
    ("Chilean Minister Ana Rojas met Peruvian Minister Luis Campos in Lima on Monday. The sides discussed a "
     "truck plant in Arequipa.", "2023-10-12",
     [dict(kind="meeting", status="held", date="2023-10-09", location="Lima",
           participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")])]),
    # `with the participation of` unnamed officials of the pair
    ("The 7th session of the Chile-Peru intergovernmental commission was held in Lima on Monday with the participation "
     "of the energy ministers of both countries.", "2024-03-10",
     [dict(kind="commission_session", status="held", date="2024-03-04", location="Lima",
           participants=[dict(name=None, title="Energy Minister", country="CL"),
                         dict(name=None, title="Energy Minister", country="PE")])]),
    # a meeting with someone who is visiting a city now is held there; an arrival the day before says nothing
    ("Egyptian Trade Minister Omar Farouk met on Wednesday with Saudi Deputy Minister Fahd Saleh, who is visiting "
     "Cairo at the head of a business delegation.", "2023-08-30",
     [dict(kind="meeting", status="held", date="2023-08-30", location="Cairo",
           participants=[dict(name="Omar Farouk"), dict(name="Fahd Saleh")]),
      dict(kind="visit", status="held", location="Cairo", participants=[dict(name="Fahd Saleh")])]),
    ("Russian Deputy Prime Minister Ivan Petrov, who arrived in Bishkek on Monday, also met with Kyrgyz President "
     "Almaz Bekov on Tuesday.", "2023-08-30",
     [dict(kind="visit", status="held", date="2023-08-28", location="Bishkek", participants=[dict(name="Ivan Petrov")]),
      dict(kind="meeting", status="held", date="2023-08-29", location=None,
           participants=[dict(name="Ivan Petrov"), dict(name="Almaz Bekov")])]),
    # a meal hosted for the visitor (`the Chilean guest`: the Chilean the article names)
    ("Chilean Foreign Minister Ana Rojas met Peruvian President Luis Campos in Lima on Monday. Later in the day, "
     "Prime Minister Jorge Salas hosted a working dinner for the Chilean guest.", "2023-06-21",
     [dict(kind="meeting", status="held", date="2023-06-19", participants=[dict(name="Ana Rojas"), dict(name="Luis Campos")]),
      dict(kind="meeting", status="held", date="2023-06-19", participants=[dict(name="Jorge Salas"), dict(name="Ana Rojas")])]),
    ("The minister spoke with reporters after the meeting.", "2023-07-14", []),
    # business leaders beside a named official are no other side
    ("Indian Commerce Minister Arjun Mehta met with business leaders in Mumbai.", "2023-12-06", []),
    # a meeting on the sidelines of a summit told in the sentence before was where and when the summit was;
    # the presidents are unnamed (the Vice President named earlier is not `the Turkish president`); a place
    # inside what they discussed is none of the meeting's
    ("Turkish Vice President Kemal Ozdemir spoke by phone with Azerbaijani Prime Minister Elchin Aliyev on Monday. "
     "Leaders of the Turkic states gathered in Astana on Nov. 3 for the group's summit, attended by the presidents "
     "of Turkiye, Azerbaijan and Kazakhstan. The Turkish and Azerbaijani presidents met on the sidelines of the "
     "summit, discussing transport links and the peace process in the South Caucasus.", "2023-11-08",
     [dict(kind="call", status="held", date="2023-11-06",
           participants=[dict(name="Kemal Ozdemir"), dict(name="Elchin Aliyev")]),
      dict(kind="summit", status="held", date="2023-11-03", location="Astana"),
      dict(kind="meeting", status="held", date="2023-11-03", location="Astana", no_other_participants=True,
           participants=[dict(name=None, title="President", country="TR"),
                         dict(name=None, title="President", country="AZ")])]),
    # a summit the meeting is `ahead of` is its backdrop; a section heading names no meeting; someone `in Rio for
    # the summit` attends the summit told later; `the two presidents` named by neither are the pair's
    ("Brazilian and Indonesian ministers meet in Rio ahead of G20 summit\n\nBrazil's Trade Minister Jose Lins met "
     "Indonesian Trade Minister Rizal Hartono, who is in Rio for the summit, on Sunday.\n\nSummit\n\nThe G20 "
     "Leaders' Summit opens on Monday in Rio de Janeiro. The two presidents are expected to hold a bilateral "
     "meeting on Tuesday on the sidelines of the summit.", "2024-11-17",
     [dict(kind="meeting", status="held", date="2024-11-17",
           participants=[dict(name="Jose Lins"), dict(name="Rizal Hartono")]),
      dict(kind="summit", status="planned", date="2024-11-18", location="Rio de Janeiro"),
      dict(kind="meeting", status="planned", date="2024-11-19", location="Rio de Janeiro", no_other_participants=True,
           participants=[dict(name=None, title="President", country="BR"),
                         dict(name=None, title="President", country="ID")])]),
    # `their meeting` after greetings from one unnamed official to another: those two; `talks in a narrow
    # format with X`: X is the other side; `a visit to our country` in a state agency's report: its dateline's
    ("Samarkand, 17 May (UzA). The President of the Republic of Uzbekistan held talks in a narrow format with the "
     "President of the Republic of Azerbaijan, who is on a state visit to our country on May 16-17. The minister "
     "conveyed greetings from the Prime Minister of Pakistan to the President of Kazakhstan, recalling their "
     "meeting in Astana in September 2022.", "2024-05-17",
     [dict(kind="talks", status="held", no_other_participants=True,
           participants=[dict(name=None, title="President", country="UZ"),
                         dict(name=None, title="President", country="AZ")]),
      dict(kind="visit", status="held", date="2024-05-16", location="Uzbekistan",
           participants=[dict(name=None, title="President", country="AZ")]),
      dict(kind="meeting", status="held", date="2022-09", location="Astana", no_other_participants=True,
           participants=[dict(name=None, title="Prime Minister", country="PK"),
                         dict(name=None, title="President", country="KZ")])]),
    # `The session was co-chaired by A and B, who arrived ... on a working visit`: A and B chaired the session
    # told before; the visit is B's alone
    ("This emerged at the fourth session of the Zimbabwe-Belarus Joint Permanent Commission held in Harare "
     "yesterday.\n\nThe session was co-chaired by Foreign Minister Farai Dzvairo and Belarus' Industry Minister "
     "Aleksandr Yermakovich, who arrived in the country on Sunday on a working visit.", "2024-09-18",
     [dict(kind="commission_session", status="held", date="2024-09-17", location="Harare",
           participants=[dict(name="Farai Dzvairo", country="ZW"), dict(name="Aleksandr Yermakovich", country="BY")]),
      dict(kind="visit", status="held", date="2024-09-15", no_other_participants=True,
           participants=[dict(name="Aleksandr Yermakovich", country="BY")])]),
    # names with a glued initial (`N.Altantsetseg`); `the visit` in a city of the country visited is that visit;
    # the sides of a call on its participle (`held in March between A and B`); an invitation accepted is a plan
    ("Ulaanbaatar, May 4 /MONTSAME/. Minister of Foreign Affairs of Mongolia N.Altantsetseg is paying an official "
     "visit to Japan on May 4-7. Within the framework of the visit, Minister N.Altantsetseg held talks with "
     "Minister for Foreign Affairs Kenji Hatanaka in Tokyo. The visit follows the telephone conversation held in "
     "March between Prime Minister of Mongolia D.Ganbold and Prime Minister of Japan Hiroshi Kanda. Minister Kenji "
     "Hatanaka accepted an invitation to visit Mongolia at a mutually convenient time.", "2024-05-04",
     [dict(kind="visit", status="held", location="Japan", participants=[dict(name="N.Altantsetseg", country="MN")]),
      dict(kind="talks", status="held", location="Tokyo",
           participants=[dict(name="N.Altantsetseg"), dict(name="Kenji Hatanaka", country="JP")]),
      dict(kind="call", status="held", date="2024-03",
           participants=[dict(name="D.Ganbold", country="MN"), dict(name="Hiroshi Kanda", country="JP")]),
      dict(kind="visit", status="planned", location="Mongolia", participants=[dict(name="Kenji Hatanaka")])]),
    # agreements reached between two leaders on the sidelines of a summit: they met there; the summit named by its
    # city (`the Kazan summit`) and dated on its participle (`hosted by Russia on October 22-24`)
    ("The ministers reviewed the agreements reached between the Iranian president and the Armenian prime minister "
     "on the sidelines of the BRICS summit in the Russian city of Kazan on October 23. The Kazan summit, hosted by "
     "Russia on October 22-24, was attended by leaders of more than 30 countries.", "2024-10-27",
     [dict(kind="meeting", status="held", date="2024-10-23", location="Kazan", no_other_participants=True,
           participants=[dict(name=None, title="President", country="IR"),
                         dict(name=None, title="Prime Minister", country="AM")]),
      dict(kind="summit", status="held", date="2024-10-22", location="Kazan")]),
    # a headline's list of adjectives before a plural title: one official of each, the ones the body names
    ("Turkish, Egyptian trade ministers meet in Cairo\n\nTurkish Trade Minister Kemal Erdem said on Tuesday that "
     "trade rose. Egyptian Minister of Investment and Foreign Trade Mahmoud Abdelaziz said exports grew.", "2025-02-11",
     [dict(kind="meeting", status="held", location="Cairo", no_other_participants=True,
           participants=[dict(name="Kemal Erdem", country="TR"), dict(name="Mahmoud Abdelaziz", country="EG")])]),
    # `received visiting X` (parsed as `received` + `visiting X`) is a meeting with X; a delegation led to a city
    # is a visit; a meeting `where` stands for that city is held there, at the time told with it
    ("Commerce Minister Md Anwarul Kabir received visiting Thai Deputy Commerce Minister Siriporn Chaiwattana at "
     "his office on Monday. Kabir is expected to lead a business delegation to Bangkok in May, where the sixth "
     "meeting of the Bangladesh-Thailand Joint Trade Committee will be held.", "2024-02-19",
     [dict(kind="meeting", status="held", date="2024-02-19",
           participants=[dict(name="Md Anwarul Kabir"), dict(name="Siriporn Chaiwattana", country="TH")]),
      dict(kind="visit", status="planned", date="2024-05", location="Bangkok",
           participants=[dict(name="Md Anwarul Kabir")]),
      dict(kind="commission_session", status="planned", date="2024-05", location="Bangkok")]),
    # the next session of a commission, planned
    ("The next meeting of the Kazakh-Uzbek intergovernmental commission will be held in Tashkent in March 2025.", "2024-11-06",
     [dict(kind="commission_session", status="planned", date="2025-03", location="Tashkent")]),
]


@pytest.mark.parametrize("text, published, expected", SEVERAL, ids=[r[0][:60] for r in SEVERAL])
def test_every_meeting_of_a_text(extractor, text, published, expected):
    meetings = meetings_of(extractor, text, published)
    for e in expected:
        found = find_meeting(meetings, e)
        assert found is not None, f"no {e} in {meetings}"
        check(found, e)
    assert len(meetings) == len(expected), meetings


def test_evidence_is_the_reporting_sentence(extractor):
    text = "Trade grew in 2023.\n\nPolish President Jan Kowalski met Czech Prime Minister Petr Dvorak in Warsaw."
    (meeting,) = meetings_of(extractor, text, "2024-01-05")
    ev = meeting["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert ev["text"].startswith("Polish President Jan Kowalski met")


def _fixture_files():
    return sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.stem)
def test_meeting_fixture(extractor, path):
    case = json.loads(path.read_text(encoding="utf-8"))
    meetings = meetings_of(extractor, case["text"], case["published"])
    for expected in case["expected"]:
        found = find_meeting(meetings, expected)
        assert found is not None, f"{path.stem}: no {expected} in {meetings}"
        check(found, expected)
    assert len(meetings) == len(case["expected"]), f"{path.stem}: {len(meetings)} meetings: {meetings}"


def test_every_fixture_is_loaded():
    assert len(_fixture_files()) >= 10


# the gate before the parse is read: any word the meeting vocabulary can call a trigger
@pytest.mark.parametrize("text", [
    "The two presidents met in Geneva on Tuesday and held talks on energy.",
    "Prime Minister Anna Kovac visited Warsaw, where she attended a summit.",
    "The foreign ministers spoke by telephone on Monday.",
    "Ms. Ortiz congratulated her counterpart over the phone after the vote.",
    "The minister led a business mission to Tokyo and discussed investment.",
    "The commission's session will convene in Riga; a joint press conference followed.",
    "Leaders gathered for a reception hosted by the king, then negotiated until dawn.",
])
def test_every_trigger_word_is_a_candidate(extractor, text):
    from extractor.events.meeting_mentions import noun_kind, trigger_candidates, verb_kind

    doc = extractor.parse(text)
    triggers = {t.i for t in doc if (verb_kind(t) if t.tag_.startswith("VB") else noun_kind(t)
                                     if t.pos_ in ("NOUN", "PROPN") else None)}
    assert triggers, "each row has at least one trigger"
    assert triggers <= trigger_candidates(doc)
