"""Trade statistics: one row per phrasing, the text beside the statistics a user gets out of it.

Each expected statistic lists only the fields the row is about; a row's statistics must
all be found, and nothing else. The fixtures in tests/fixtures/trade/ are short
article-like texts of several constructions each, checked the same way.
"""
import json
from pathlib import Path

import pytest

B = 1_000_000_000
M = 1_000_000
FIXTURES = Path(__file__).parent / "fixtures" / "trade"

# (text, published, [expected statistic fields, ...])
CASES = [
    # metric, direction, change
    ("Kazakhstan's exports to Uzbekistan rose 12.5% to $1.2 billion in 2021.", "2022-02-01",
     [dict(metric="exports", reporter="KZ", partner="UZ", amount=1.2 * B, currency="USD", change_pct=12.5,
           period_start="2021-01-01", period_end="2021-12-31", status="reported")]),
    ("Georgia's imports from Turkey fell 3% in the first quarter of 2022.", "2022-05-01",
     [dict(metric="imports", reporter="GE", partner="TR", amount=None, change_pct=-3,
           period_start="2022-01-01", period_end="2022-03-31")]),
    ("Trade between Vietnam and Japan amounted to $20.5 billion in 2019.", "2020-03-01",
     [dict(metric="turnover", reporter="VN", partner="JP", amount=20.5 * B, period_start="2019-01-01")]),
    ("Brazil-Argentina trade reached $28 billion in 2022, officials said.", "2023-05-10",
     [dict(metric="turnover", reporter="BR", partner="AR", amount=28 * B, period_end="2022-12-31")]),
    ("Mongolia's foreign trade turnover grew by 25 percent to $7 billion in 2018.", "2019-01-20",
     [dict(metric="turnover", reporter="MN", partner=None, amount=7 * B, change_pct=25)]),
    ("Serbia's exports to other countries declined 4 percent in 2020.", "2021-02-01",
     [dict(metric="exports", reporter="RS", partner=None, change_pct=-4)]),
    ("Last year the volume of trade between Chile and Peru was down 14 percent.", "2021-02-01",
     [dict(metric="turnover", reporter="CL", partner="PE", change_pct=-14, period_start="2020-01-01")]),
    # an absolute change is not the amount
    ("The trade turnover between Moldova and Romania has increased by $80.9 million and amounted to "
     "$1.3 billion in 2021.", "2022-01-15",
     [dict(metric="turnover", reporter="MD", partner="RO", amount=1.3 * B, change_amount=80.9 * M)]),
    # multiples
    ("Bilateral trade between Egypt and Kenya increased 2.3 times in 2017.", "2018-01-10",
     [dict(metric="turnover", reporter="EG", partner="KE", change_pct=130, amount=None)]),
    ("Trade between Laos and Thailand saw a 1.5-fold increase in 2019.", "2020-01-10",
     [dict(metric="turnover", reporter="LA", partner="TH", change_pct=50)]),
    # targets and forecasts
    ("Chile and Peru aim to bring bilateral trade to $10 billion by 2030.", "2023-04-01",
     [dict(metric="turnover", reporter="CL", partner="PE", amount=10 * B, status="target",
           period_start="2030-01-01", period_end="2030-12-31")]),
    ("Trade between Poland and Ukraine is expected to reach $12 billion in 2024.", "2023-09-01",
     [dict(metric="turnover", reporter="PL", partner="UA", amount=12 * B, status="forecast",
           period_start="2024-01-01", period_end="2024-12-31")]),
    ("The sides set the goal of raising trade between Azerbaijan and Uzbekistan to $1 billion.", "2023-09-01",
     [dict(metric="turnover", reporter="AZ", partner="UZ", amount=1 * B, status="target", period_start=None)]),
    # a converted figure is one statistic, in the currency named first
    ("Russia's exports to Turkey were 1.5 trillion rubles ($15.6 billion) in 2019.", "2020-02-01",
     [dict(metric="exports", reporter="RU", partner="TR", amount=1.5e12, currency="RUB")]),
    # outbound shipments are exports
    ("Outbound shipments from South Korea to China dropped 9% in May.", "2023-06-20",
     [dict(metric="exports", reporter="KR", partner="CN", change_pct=-9,
           period_start="2023-05-01", period_end="2023-05-31")]),
    ("Exports from Norway to Sweden showed a 15 percent growth in 2016.", "2017-03-01",
     [dict(metric="exports", reporter="NO", partner="SE", change_pct=15)]),
    # what is traded
    ("Indonesia's non-oil exports to India were down 14 percent in 2020.", "2021-03-01",
     [dict(metric="exports", reporter="ID", partner="IN", change_pct=-14, commodity="non-oil")]),
    # comparison with an earlier period that has its own amount: two statistics
    ("Trade between Cuba and Mexico amounted to $4 billion in 2021 compared to $3.2 billion in 2020.", "2022-03-01",
     [dict(metric="turnover", reporter="CU", partner="MX", amount=4 * B, period_start="2021-01-01"),
      dict(metric="turnover", reporter="CU", partner="MX", amount=3.2 * B, period_start="2020-01-01")]),
    # a growth rate in the same clause as the amount is one statistic
    ("In 2019, trade between Ghana and Nigeria grew by 8 percent and reached $900 million.", "2020-03-01",
     [dict(metric="turnover", reporter="GH", partner="NG", amount=900 * M, change_pct=8)]),
    # the verb names the metric: exported / imported / sold, with `to` / `from` for the partner
    ("Azerbaijan exported goods worth $1.2 billion to Italy in 2022.", "2023-05-01",
     [dict(metric="exports", reporter="AZ", partner="IT", amount=1.2 * B, period_start="2022-01-01")]),
    ("The United States imported $45 billion worth of goods from Mexico in March.", "2023-05-01",
     [dict(metric="imports", reporter="US", partner="MX", amount=45 * B, period_start="2023-03-01",
           period_end="2023-03-31")]),
    ("Thailand sold $900 million of rubber to Malaysia in 2022.", "2023-05-01",
     [dict(metric="exports", reporter="TH", partner="MY", amount=900 * M, period_start="2022-01-01")]),
    # a sentence with two clauses, each its own metric and change
    ("Vietnam's exports to Cambodia rose 5% to $4 billion in 2022, while imports fell 2% to $1.5 billion.", "2023-05-01",
     [dict(metric="exports", reporter="VN", partner="KH", amount=4 * B, change_pct=5),
      dict(metric="imports", reporter="VN", partner="KH", amount=1.5 * B, change_pct=-2, period_start="2022-01-01")]),
    ("Turkey's trade with Egypt totalled $7.7 billion in 2022, of which exports accounted for $4 billion.", "2023-05-01",
     [dict(metric="turnover", reporter="TR", partner="EG", amount=7.7 * B),
      dict(metric="exports", reporter="TR", partner="EG", amount=4 * B, period_start="2022-01-01")]),
    # a comparison figure `a year earlier` is for the main figure's period a year back
    ("Pakistan's exports to Afghanistan rose 10 percent to $1.2 billion in 2022, compared with $1.1 billion "
     "a year earlier.", "2023-05-01",
     [dict(metric="exports", amount=1.2 * B, change_pct=10, period_start="2022-01-01"),
      dict(metric="exports", amount=1.1 * B, change_pct=None, period_start="2021-01-01", period_end="2021-12-31")]),
    ("Exports from Ghana to Togo rose to $300 million in 2022 from $250 million in 2021.", "2023-05-01",
     [dict(metric="exports", reporter="GH", partner="TG", amount=300 * M, period_start="2022-01-01"),
      dict(metric="exports", reporter="GH", partner="TG", amount=250 * M, period_start="2021-01-01")]),
    # trade with the world
    ("Azerbaijan's trade turnover with foreign countries amounted to $50 billion in 2022.", "2023-05-01",
     [dict(metric="turnover", reporter="AZ", partner=None, amount=50 * B)]),
    # a country's own total has no partner, even in an article naming others
    ("Chile's copper exports fell 4% to $45 billion in 2023, with China and Japan the top buyers.", "2024-02-01",
     [dict(metric="exports", reporter="CL", partner=None, amount=45 * B, change_pct=-4)]),
    ("Peru and Bolivia recorded a trade volume of $1.1 billion in 2022.", "2023-05-01",
     [dict(metric="turnover", reporter="PE", partner="BO", amount=1.1 * B)]),
    # the goods' origin: `imports of Kazakh wheat`
    ("Uzbekistan's imports of Kazakh wheat reached $400 million in 2022.", "2023-05-01",
     [dict(metric="imports", reporter="UZ", partner="KZ", amount=400 * M)]),
    # a deficit beside the flows is no flow
    ("Egypt's imports from China rose 3% to $15 billion in 2022, widening the trade deficit to $13 billion.",
     "2023-05-01", [dict(metric="imports", reporter="EG", partner="CN", amount=15 * B, change_pct=3)]),
    # `it`, `this`, `this figure` stand for the figure just given
    ("Trade between Malta and Tunisia reached $400 million in 2022. This is 8% more than in 2021.", "2023-05-01",
     [dict(metric="turnover", amount=400 * M, period_start="2022-01-01"),
      dict(metric="turnover", reporter="MT", partner="TN", change_pct=8, period_start="2022-01-01")]),
    ("Trade between Chad and Niger was $90 million in 2022. The leaders want to take this figure to "
     "$300 million by 2026.", "2023-05-01",
     [dict(metric="turnover", amount=90 * M),
      dict(metric="turnover", reporter="TD", partner="NE", amount=300 * M, status="target",
           period_start="2026-01-01", period_end="2026-12-31")]),
    # a month range of a fiscal year is the range, not the whole year
    ("In April-September of the current fiscal, India's exports to Nepal rose 5 per cent to USD 4 billion.",
     "2023-11-20",
     [dict(metric="exports", reporter="IN", partner="NP", amount=4 * B, period_start="2023-04-01",
           period_end="2023-09-30")]),
    ("Japan and Mexico trade amounted to $40 billion in 2022.", "2023-05-01",
     [dict(metric="turnover", reporter="JP", partner="MX", amount=40 * B)]),
    # a sentence naming one country continues the pair of the figure before it
    ("India-Sri Lanka bilateral trade stood at $5.5 billion in 2022. India's exports were $4.7 billion.", "2023-05-01",
     [dict(metric="turnover", reporter="IN", partner="LK", amount=5.5 * B),
      dict(metric="exports", reporter="IN", partner="LK", amount=4.7 * B, period_start="2022-01-01")]),
    # `those to China`: the pronoun's own partner
    ("Portugal's exports to Spain rose 2% to $5 billion in 2022, while those to Italy climbed 6% "
     "to $3 billion.", "2023-05-03",
     [dict(metric="exports", reporter="PT", partner="ES", amount=5 * B, change_pct=2),
      dict(metric="exports", reporter="PT", partner="IT", amount=3 * B, change_pct=6, period_start="2022-01-01")]),
    # the dateline's country is the reporter of a flow whose clause names no owner
    ("ISLAMABAD, April 10 (APP): The exports to Japan stood at $61 million in March 2021.", "2021-04-10",
     [dict(metric="exports", reporter="PK", partner="JP", amount=61 * M, period_start="2021-03-01")]),
    # quantities are no money
    ("Kazakhstan exported 2 million tons of grain to Afghanistan worth $500 million in 2022.", "2023-05-01",
     [dict(metric="exports", reporter="KZ", partner="AF", amount=500 * M)]),
    # `respectively` pairs the flows and the amounts in order
    ("In 2022, Egypt's exports to and imports from Sudan amounted to $1 billion and $500 million, respectively.",
     "2023-05-01",
     [dict(metric="exports", reporter="EG", partner="SD", amount=1 * B),
      dict(metric="imports", reporter="EG", partner="SD", amount=500 * M)]),
    ("Trade between Egypt and Sudan reached $1.5 billion in 2022: exports $1 billion, imports $500 million.",
     "2023-05-01",
     [dict(metric="turnover", amount=1.5 * B), dict(metric="exports", reporter="EG", partner="SD", amount=1 * B),
      dict(metric="imports", reporter="EG", partner="SD", amount=500 * M, period_start="2022-01-01")]),
    ("Russian-Chinese trade grew by 30% in 2022 to $190 billion.", "2023-05-01",
     [dict(metric="turnover", reporter="RU", partner="CN", amount=190 * B, change_pct=30)]),
    # a second clause whose verb is left out (gapping) has its own flow
    ("Trade between Poland and Latvia reached $1.2 billion in 2022. Exports rose to $700 million and "
     "imports to $500 million.", "2023-05-01",
     [dict(metric="turnover", amount=1.2 * B), dict(metric="exports", reporter="PL", partner="LV", amount=700 * M),
      dict(metric="imports", reporter="PL", partner="LV", amount=500 * M, period_start="2022-01-01")]),
    # a headline line is no part of the first sentence below it
    (" date 2023-11-21 By Wire\nPoland, Latvia eye more trade\n\nPoland-Latvia trade reached $1.2 billion last year, "
     "officials said.", None,
     [dict(metric="turnover", reporter="PL", partner="LV", amount=1.2 * B, period_start="2022-01-01")]),
    # `the same period` after an event's days between: the figures' period
    ("Polish exports to Latvia rose 5% in January-September. The commission met on November 20-21. Polish wheat "
     "supplies to Latvia fell 18% over the same period.", "2023-11-22",
     [dict(metric="exports", reporter="PL", partner="LV", change_pct=5, period_end="2023-09-30"),
      dict(metric="exports", reporter="PL", partner="LV", change_pct=-18, period_start="2023-01-01",
           period_end="2023-09-30")]),
    # the verb left out and the second figure set off by a dash: the later object is the next figure's
    ("Trade between Poland and Latvia reached $1.2 billion in 2022. Poland's exports to Latvia reached $700 million, "
     "imports \u2013 $500 million.", "2023-05-01",
     [dict(metric="turnover", amount=1.2 * B), dict(metric="exports", reporter="PL", partner="LV", amount=700 * M),
      dict(metric="imports", reporter="PL", partner="LV", amount=500 * M)]),
    # `total` belongs to the pair's figure; the flows that follow in the sentence are the pair's; a
    # bracket is never cut at its colon, and its label `1H 2023` is the comparison's period
    ("He said Poland's total trade with Latvia rose 4.2 per cent year-on-year to $76.31 billion in the first half "
     "of 2024 (1H 2023: $73.23 billion), with exports amounting to $39.84 billion and imports $36.47 billion.",
     "2024-08-09",
     [dict(metric="turnover", reporter="PL", partner="LV", amount=76.31 * B, period_start="2024-01-01"),
      dict(metric="turnover", reporter="PL", partner="LV", amount=73.23 * B, period_start="2023-01-01",
           period_end="2023-06-30"),
      dict(metric="exports", reporter="PL", partner="LV", amount=39.84 * B, period_end="2024-06-30"),
      dict(metric="imports", reporter="PL", partner="LV", amount=36.47 * B, period_end="2024-06-30")]),
    # a target's year is not one told in a clause about something else; `the two countries` are the pair
    ("Poland and Latvia increased trade by 10 percent in the first half of 2023. The sides reaffirmed their intention "
     "to bring mutual trade to $2 billion in the coming years and praised the joint fund, whose capital was increased "
     "to $100 million this year.", "2023-08-18",
     [dict(metric="turnover", reporter="PL", partner="LV", change_pct=10, period_end="2023-06-30"),
      dict(metric="turnover", reporter="PL", partner="LV", amount=2 * B, status="target", period_start=None)]),
    ("Poland's exports to Latvia rose 5 percent in 2022. Minister Jan Nowak said the two countries were on track to "
     "meet the target of $5bn in annual trade by 2026.", "2023-08-09",
     [dict(metric="exports", reporter="PL", partner="LV", change_pct=5),
      dict(metric="turnover", reporter="PL", partner="LV", amount=5 * B, status="target", period_start="2026-01-01")]),
    # the adjective of a flow noun owns it, whatever preposition comes before; a `from` of the
    # next flow is not this one's
    ("In the first quarter of 2024, trade between Poland and Latvia grew by 14.2 percent to $171.8 million, with "
     "Polish exports of $38.9 million and imports from Latvia of $132.9 million.", "2024-05-14",
     [dict(metric="turnover", reporter="PL", partner="LV", amount=171.8 * M),
      dict(metric="exports", reporter="PL", partner="LV", amount=38.9 * M),
      dict(metric="imports", reporter="PL", partner="LV", amount=132.9 * M)]),
    # `imports from the Asian country`: the pair just given; the country of the goods owns no flow
    ("Poland's exports to China fell 26 percent in January-March to $1.15 billion, while imports from the Asian "
     "country dropped 34 percent as the recession squeezed demand for Chinese-made electronics.", "2024-05-16",
     [dict(metric="exports", reporter="PL", partner="CN", amount=1.15 * B),
      dict(metric="imports", reporter="PL", partner="CN", change_pct=-34)]),
    # trade named by one side's official is still the pair's
    ("Poland and Latvia agreed to raise bilateral trade to $2 billion by 2027. Mr Ozols, Latvia's Deputy Prime "
     "Minister, said trade could reach $1bn next year.", "2024-03-07",
     [dict(metric="turnover", amount=2 * B, status="target"),
      dict(metric="turnover", reporter="LV", partner="PL", amount=1 * B, status="forecast")]),
    # both flows naming the total are the total
    ("Poland's export-import turnover with Latvia reached $2 billion in 2023.", "2024-05-01",
     [dict(metric="turnover", reporter="PL", partner="LV", amount=2 * B)]),
    # a year-earlier figure written with its label before it
    ("In January-October 2024, trade between Poland and Latvia rose to $71.6 billion, up 7.8% year-on-year "
     "(a year earlier: $66.4 billion).", "2024-12-04",
     [dict(metric="turnover", amount=71.6 * B, period_start="2024-01-01", period_end="2024-10-31"),
      dict(metric="turnover", amount=66.4 * B, period_start="2023-01-01", period_end="2023-10-31")]),
    # the comparison figure labelled by its own period, in brackets
    ("In January-July 2024, trade between Poland and Latvia amounted to $127.9 million (January-July 2023: "
     "$104.2 million), an increase of 22.7 percent. Poland's exports to Latvia in the seven months totaled "
     "$48.5 million.", "2024-09-12",
     [dict(metric="turnover", amount=127.9 * M, change_pct=22.7, period_start="2024-01-01", period_end="2024-07-31"),
      dict(metric="turnover", amount=104.2 * M, period_start="2023-01-01", period_end="2023-07-31"),
      dict(metric="exports", amount=48.5 * M, period_start="2024-01-01", period_end="2024-07-31")]),
    ("Trade between Poland and Latvia reached 2.18 billion USD in 2023, up 12.4% compared to 2022 "
     "(1.94 billion USD).", "2024-02-20",
     [dict(metric="turnover", amount=2.18 * B, change_pct=12.4, period_start="2023-01-01"),
      dict(metric="turnover", amount=1.94 * B, period_start="2022-01-01", period_end="2022-12-31")]),
    # a verbless `with X worth $Y` clause: its subject is the figure's flow
    ("Customs put trade with Latvia at $1.2 billion in 2022, with Polish exports to Latvia worth $700 million.",
     "2023-05-01",
     [dict(metric="turnover", reporter="PL", partner="LV", amount=1.2 * B),
      dict(metric="exports", reporter="PL", partner="LV", amount=700 * M)]),
    ("Trade between Poland and Latvia reached $1.2 billion in 2022. Of this, exports to Latvia accounted "
     "for $700 million and imports from Latvia for $500 million.", "2023-05-01",
     [dict(metric="turnover", amount=1.2 * B), dict(metric="exports", reporter="PL", partner="LV", amount=700 * M),
      dict(metric="imports", reporter="PL", partner="LV", amount=500 * M)]),
    # in an article about one country's trade with the world, a country ranked among its partners is a
    # partner of that country, and a later flow naming no country is that country's again
    ("Latvia's foreign trade reached $30 billion in 2023. Trade with Lithuania amounted to $5 billion. "
     "Exports to Estonia totalled $3 billion. Germany ranked third with $2.5 billion in turnover. "
     "In December alone, exports rose 8 percent to $1.2 billion.", "2024-02-01",
     [dict(metric="turnover", reporter="LV", partner=None, amount=30 * B),
      dict(metric="turnover", reporter="LV", partner="LT", amount=5 * B),
      dict(metric="exports", reporter="LV", partner="EE", amount=3 * B),
      dict(metric="turnover", reporter="LV", partner="DE", amount=2.5 * B),
      dict(metric="exports", reporter="LV", partner=None, amount=1.2 * B, period_start="2023-12-01")]),
    # `up 11.5% from FY23`: the fiscal year compared with, not the figure's own period
    ("India's imports from China rose to $101.7 billion in FY24. Imports of electronic components from China "
     "alone stood at $12.1 billion, up 11.5% from FY23.", "2024-05-16",
     [dict(metric="imports", amount=101.7 * B, period_start="2023-04-01"),
      dict(metric="imports", amount=12.1 * B, change_pct=11.5, period_start="2023-04-01", period_end="2024-03-31")]),
    # a headline is a sentence of its own: the subheadline's `exports` below it is not its metric
    ("Economy\nPoland-Japan trade could hit $40bn by 2030 as supply chains shift: JETRO\n"
     "Warsaw's exports to East Asian giant outpace imports; weak yen clouds outlook\n", "2024-05-20",
     [dict(metric="turnover", reporter="PL", partner="JP", amount=40 * B, status="forecast")]),
    # the figure a target starts from, in a period already over, is reported
    ("Egypt and Turkey agreed to raise bilateral trade to $15bn within five years, from about $6.6bn in 2023.",
     "2024-09-05",
     [dict(metric="turnover", amount=15 * B, status="target"),
      dict(metric="turnover", amount=6.6 * B, status="reported", period_start="2023-01-01")]),
    ("Kenya and Uganda have set a goal of raising bilateral trade to $5 billion a year by 2027, up from about "
     "$3.2 billion last year.", "2024-11-30",
     [dict(metric="turnover", amount=5 * B, status="target", period_start="2027-01-01"),
      dict(metric="turnover", amount=3.2 * B, status="reported", period_start="2023-01-01")]),
    # the status is the figure's own clause's, not another clause's of the sentence
    ("The minister, who will visit Baku next week, said trade between Georgia and Armenia reached $5 billion "
     "in 2021.", "2022-03-01", [dict(metric="turnover", amount=5 * B, status="reported")]),
    # `the previous quarter` of a comparison is the quarter before the main figure's
    ("Malaysia's exports to Japan grew 4% in the third quarter of 2022, after a 7% rise in the previous quarter.",
     "2022-11-20",
     [dict(metric="exports", change_pct=4, period_start="2022-07-01", period_end="2022-09-30"),
      dict(metric="exports", change_pct=7, period_start="2022-04-01", period_end="2022-06-30")]),
    # an exchange rate and the rate it is compared with are prices of a currency, no trade figures
    ("Ghana's total trade rose to GH¢180 billion in the third quarter of 2023. Analysts attributed the jump in "
     "the cedi value of trade to the fall of the local currency, which closed at GH¢11.9 to the dollar on "
     "Thursday, compared with about GH¢10.5 in early June.", "2023-12-29",
     [dict(metric="turnover", reporter="GH", amount=180 * B, period_start="2023-07-01")]),
    # prices are no trade figures: `sells for $X`, `costs $X`, and the price they are compared with
    ("Kyrgyz exports of beans to Turkey rose 12% in 2023. A tonne of white beans now sells for about $1,150 in "
     "Istanbul, compared with $900 a year ago.", "2024-04-02",
     [dict(metric="exports", reporter="KG", partner="TR", change_pct=12)]),
    ("Kazakhstan's exports to India reached $500 million in 2023. At the moment it costs about $3,500 to ship a "
     "container from Mumbai to Almaty.", "2024-07-04",
     [dict(metric="exports", reporter="KZ", partner="IN", amount=500 * M)]),
    ("Ghana's exports to Nigeria reached $1 billion in 2023. She welcomed a $250 million facility approved by "
     "Afreximbank for the highway.", "2024-07-04",
     [dict(metric="exports", reporter="GH", partner="NG", amount=1 * B)]),
    # `exports to all destinations`: trade with the world
    ("Brazil's exports to India rose to $5 billion in January-August. Brazil's exports to all destinations rose "
     "1.9% to US$ 225.3 billion in the January-August period.", "2023-09-19",
     [dict(metric="exports", reporter="BR", partner="IN", amount=5 * B),
      dict(metric="exports", reporter="BR", partner=None, amount=225.3 * B, change_pct=1.9)]),
    # money that is not trade
    ("China will provide $1 billion in aid to Pakistan to boost trade.", "2023-05-01", []),
    ("A $2 billion gas pipeline will link Turkmenistan and Afghanistan, boosting trade.", "2023-05-01", []),
    ("Japan's trade deficit with China widened to $40 billion in 2022.", "2023-05-01", []),
    # a total with no direction is the country's trade with the world; a partner in an absolute clause is no partner
    ("Trade between Oman and India grew. Oman's total non-oil exports stood at RO 2.1 billion in the first half "
     "of 2023, with India among the top five destinations.", "2023-12-12",
     [dict(metric="exports", reporter="OM", partner=None, amount=2.1 * B, currency="OMR")]),
    ("Kenya's exports rose to $2.1 billion in 2022, with Uganda accounting for a fifth of the total.", "2023-05-01",
     [dict(metric="exports", reporter="KE", partner=None, amount=2.1 * B)]),
    # a unit price is no trade figure
    ("Jordan imports Iraqi crude oil at a discount of $16 per barrel from the Brent price.", "2023-05-01", []),
    ("Kenya's tea exports to Pakistan fetched $2.8 a kilo on average in 2022.", "2023-05-01", []),
    ("Azerbaijan and Turkey signed a trade deal worth $2 billion.", "2023-05-01", []),
    ("Bulgaria and Greece agreed on a $1 billion investment plan to boost bilateral trade.", "2023-05-01", []),
    ("India's foreign exchange reserves rose by $5 billion to $600 billion.", "2023-05-01", []),
    # a forecast stated by `it` for the figure just given (`projected` is no project)
    ("Trade between Kazakhstan and Georgia reached $540 million in 2023. It is projected to grow to $700 million "
     "this year.", "2024-03-12",
     [dict(metric="turnover", amount=540 * M, status="reported"),
      dict(metric="turnover", reporter="KZ", partner="GE", amount=700 * M, status="forecast",
           period_start="2024-01-01", period_end="2024-12-31")]),
    # percentages that are no change of trade
    ("The share of Russia in Armenia's foreign trade rose to 35 percent in 2022.", "2023-05-01", []),
    ("Inflation in Turkey rose 50 percent, while Turkish imports from Russia doubled.", "2023-05-01", []),
    ("About 40 percent of Mongolia's exports go to China.", "2023-05-01", []),
    ("Qatar pledged $2 billion of investment in Pakistan.", "2022-03-01", []),
    ("Japan granted Vietnam a loan of $300 million for a metro line.", "2022-03-01", []),
    ("The contract between Turkey and Iraq is worth $1 billion.", "2022-03-01", []),
    ("Tanzania's budget for 2023 amounts to $15 billion.", "2022-03-01", []),
    # purchases and sales are flows; the bought goods' adjective names the partner
    ("Kenya's purchases from Egypt fell to $640 million in 2022.", "2023-03-01",
     [dict(metric="imports", reporter="KE", partner="EG", amount=640 * M, period_start="2022-01-01")]),
    ("Vietnam's purchases from Chile climbed 17 percent to 251.6 billion dong in 2021.", "2022-03-01",
     [dict(metric="imports", reporter="VN", partner="CL", amount=251.6 * B, currency="VND", change_pct=17)]),
    ("Spain bought Moroccan goods worth €8.2 billion in 2022.", "2023-03-01",
     [dict(metric="imports", reporter="ES", partner="MA", amount=8.2 * B, currency="EUR")]),
    ("Peru sold goods worth $1.2 billion to Japan in 2020.", "2021-03-01",
     [dict(metric="exports", reporter="PE", partner="JP", amount=1.2 * B)]),
    ("Shipments of tea worth $300 million left Kenya for Pakistan in 2021.", "2022-03-01",
     [dict(metric="exports", reporter="KE", amount=300 * M, commodity="tea")]),
    ("Italy bought €3 billion worth of Algerian goods in 2022.", "2023-03-01",
     [dict(metric="imports", reporter="IT", partner="DZ", amount=3 * B)]),
    ("Japan's purchases of Australian coal fell to A$9 billion in 2022.", "2023-03-01",
     [dict(metric="imports", reporter="JP", partner="AU", amount=9 * B, commodity="coal")]),
    ("Nigeria's sales to Ghana rose 8 percent to $1 billion in 2022.", "2023-03-01",
     [dict(metric="exports", reporter="NG", partner="GH", amount=1 * B, change_pct=8)]),
    ("India's shipments of gems and jewellery worth Rs 12,000 crore rose 5 percent in 2022.", "2023-03-01",
     [dict(metric="exports", reporter="IN", amount=120 * B, currency="INR", change_pct=5, commodity="gems and jewellery")]),
    ("Chile's exports of copper and lithium to Korea rose to $2 billion in 2022.", "2023-03-01",
     [dict(metric="exports", reporter="CL", partner="KR", amount=2 * B, commodity="copper and lithium")]),
    # a two-way target is turnover
    ("Canada and Mexico agreed to lift two-way trade to C$40 billion by 2030.", "2024-03-01",
     [dict(metric="turnover", reporter="CA", partner="MX", amount=40 * B, status="target", commodity=None)]),
    ("Australia and India agreed on a trade pact. The deal is expected to boost Australian exports and "
     "two-way trade to A$50 billion.", "2023-03-01",
     [dict(metric="turnover", reporter="AU", partner="IN", amount=50 * B)]),
    ("Malaysia and Indonesia met. Imports from the Southeast Asian country rose 9 percent to $5 billion in 2022, "
     "Malaysian data showed.", "2023-03-01",
     [dict(metric="imports", reporter="MY", partner="ID", amount=5 * B, change_pct=9)]),
    # growth without a number
    ("Trade between Brazil and Chile doubled in 2022 to $12 billion.", "2023-03-01",
     [dict(metric="turnover", reporter="BR", partner="CL", amount=12 * B, change_pct=100)]),
    ("Trade between Brazil and Chile has doubled in 2022.", "2023-03-01",
     [dict(metric="turnover", reporter="BR", partner="CL", amount=None, change_pct=100)]),
    ("Turkey and Iran met. Their trade has nearly tripled since 2015.", "2023-03-01",
     [dict(metric="turnover", reporter="TR", partner="IR", change_pct=200, period_start=None)]),
    ("Turkey and Iran met. The two sides aim to double trade to $30 billion.", "2023-03-01",
     [dict(metric="turnover", amount=30 * B, change_pct=None, status="target")]),
    ("Exports from Ghana to Togo tripled to $90 million in 2019.", "2020-03-01",
     [dict(metric="exports", reporter="GH", partner="TG", amount=90 * M, change_pct=200)]),
    # a descriptive phrase for a country is the article's other one
    ("Thailand and Laos signed a pact in Vientiane. Imports from the neighbouring country rose to $2 billion in 2022.",
     "2023-03-01", [dict(metric="imports", reporter="TH", partner="LA", amount=2 * B)]),
    ("Oman's minister visited India. India's imports from the Gulf state reached $4 billion in 2021, he said.",
     "2022-03-01", [dict(metric="imports", reporter="IN", partner="OM", amount=4 * B)]),
    # world trade vs the pair's: the economy / `overall exports` vs `between them` / `mutual`
    ("Vietnam sells much to the US. Vietnam's exports to the US rose 10 percent to $97 billion in 2022. "
     "Exports are expected to grow 5% in 2023 as the economy recovers.", "2023-01-10",
     [dict(metric="exports", reporter="VN", partner="US", amount=97 * B),
      dict(metric="exports", reporter="VN", partner=None, change_pct=5, status="forecast")]),
    ("Vietnam sells much to the US. Vietnam's exports to the US rose 10 percent to $97 billion in 2022. "
     "Exports are expected to grow 5% in 2023.", "2023-01-10",
     [dict(metric="exports", reporter="VN", partner="US", amount=97 * B),
      dict(metric="exports", reporter="VN", partner=None, change_pct=5, status="forecast")]),
    ("Vietnam sells much to the US. Vietnam's exports to the US rose 10 percent to $97 billion in 2022. "
     "The country's overall exports are expected to grow 5% in 2023.", "2023-01-10",
     [dict(metric="exports", reporter="VN", partner="US", amount=97 * B),
      dict(metric="exports", reporter="VN", partner=None, change_pct=5, status="forecast")]),
    ("Poland and the United States signed a deal. US exports to Poland rose 3 percent in 2023 to $9 billion. "
     "Overall trade between them was up 4 percent.", "2024-02-01",
     [dict(metric="exports", reporter="US", partner="PL", amount=9 * B),
      dict(metric="turnover", partner="PL", change_pct=4)]),
    ("Poland and the United States signed a deal. US exports to Poland rose 3 percent in 2023 to $9 billion. "
     "The two countries' mutual trade is expected to grow 5% in 2024.", "2024-02-01",
     [dict(metric="exports", reporter="US", partner="PL", amount=9 * B),
      dict(metric="turnover", reporter="US", partner="PL", change_pct=5, status="forecast")]),
    # figures naming no period take the one the sentence before names
    ("Egypt and Sudan held talks on figures for H1 2023. Exports rose to $1.2 billion while imports fell to $0.8 billion.",
     "2023-08-01",
     [dict(metric="exports", reporter="EG", partner="SD", amount=1.2 * B, period_start="2023-01-01", period_end="2023-06-30"),
      dict(metric="imports", reporter="EG", partner="SD", amount=0.8 * B, period_start="2023-01-01", period_end="2023-06-30")]),
    # a figure of the flow's share names its partner outside the figure's own phrase
    ("Imports from Japan grew 4 percent in 2022, accounting for $395.2 million of Vietnam's purchases.", "2023-03-01",
     [dict(metric="imports", reporter="VN", partner="JP", amount=395.2 * M, change_pct=4)]),
    # quarters: named by their last month, or by ordinal with the year of an earlier `Q2 2024`
    ("Australia's exports to Japan rose to A$5 billion in the March quarter.", "2023-05-02",
     [dict(metric="exports", reporter="AU", partner="JP", period_start="2023-01-01", period_end="2023-03-31")]),
    ("Egypt and Sudan data for Q2 2024 came out. Total trade between Egypt and Sudan in the second quarter "
     "reached $2 billion.", None,
     [dict(metric="turnover", reporter="EG", partner="SD", amount=2 * B, period_start="2024-04-01", period_end="2024-06-30")]),
    # a list of goods before a shipment noun: the parser makes the first good the subject
    ("Ghanaian cocoa and timber shipments to Italy were worth $310 million in 2021.", "2022-03-01",
     [dict(metric="exports", reporter="GH", partner="IT", amount=310 * M, period_start="2021-01-01")]),
    # `international trade` inside an organisation's name is no sign of trade with the world
    ("Chile's exports to Peru rose 4 percent to $2.1 billion in 2022, while imports from the Andean country "
     "fell 1.5 percent to $1.4 billion, according to the Pacific International Trade Institute.", "2023-02-01",
     [dict(metric="exports", reporter="CL", partner="PE", amount=2.1 * B, change_pct=4),
      dict(metric="imports", reporter="CL", partner="PE", amount=1.4 * B, change_pct=-1.5,
           period_start="2022-01-01")]),
    # `with X, <apposition>, making up $N`: the noun after `with` is the subject of the participle
    ("Peru's trade with Chile totaled $3 billion in 2022, with exports to Chile, largely copper ore, making up "
     "$1.8 billion.", "2023-02-01",
     [dict(metric="turnover", reporter="PE", partner="CL", amount=3 * B),
      dict(metric="exports", reporter="PE", partner="CL", amount=1.8 * B, period_start="2022-01-01")]),
    # `the total` after a flow's figure is both flows together
    ("Two-way trade between Norway and Poland was $6 billion in 2022. Norwegian exports to Poland rose 10 percent "
     "to $4 billion. The total remains below the $8 billion goal both governments set for 2026.", "2023-04-01",
     [dict(metric="turnover", reporter="NO", partner="PL", amount=6 * B),
      dict(metric="exports", reporter="NO", partner="PL", amount=4 * B, change_pct=10),
      dict(metric="turnover", reporter="NO", partner="PL", amount=8 * B, status="target",
           period_start="2026-01-01", period_end="2026-12-31")]),
    # `total trade` naming no country, right after the pair's flows, is their sum; naming the country, its world trade
    ("Spain's exports to Morocco reached EUR 11 billion in 2022 and its imports from Morocco EUR 9 billion. "
     "Total trade rose 6 percent.", "2023-03-01",
     [dict(metric="exports", reporter="ES", partner="MA", amount=11 * B),
      dict(metric="imports", reporter="ES", partner="MA", amount=9 * B),
      dict(metric="turnover", reporter="ES", partner="MA", change_pct=6)]),
    ("Spain's exports to Morocco reached EUR 11 billion in 2022. Spain's total exports rose 4 percent.", "2023-03-01",
     [dict(metric="exports", reporter="ES", partner="MA", amount=11 * B),
      dict(metric="exports", reporter="ES", partner=None, change_pct=4)]),
    ("Spain's exports to Morocco rose to EUR 11 billion in 2022. Total exports rose 4 percent to EUR 390 billion.",
     "2023-03-01",
     [dict(metric="exports", reporter="ES", partner="MA", amount=11 * B),
      dict(metric="exports", reporter="ES", partner=None, amount=390 * B, change_pct=4)]),
    # the period runs on over a sentence between that names no time
    ("Trade between Ghana and Togo reached $900 million in the first half of 2023. Togo is Ghana's largest "
     "partner in the region. Ghanaian exports to Togo were $600 million, while imports from Togo stood at $300 million.",
     "2023-09-01",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=900 * M, period_start="2023-01-01"),
      dict(metric="exports", reporter="GH", partner="TG", amount=600 * M, period_start="2023-01-01",
           period_end="2023-06-30"),
      dict(metric="imports", reporter="GH", partner="TG", amount=300 * M, period_start="2023-01-01",
           period_end="2023-06-30")]),
    # a growth rate and an amount of two subjects are two statistics
    ("Ecuador's overall trade grew 5 percent in 2022, while its trade with Colombia reached $4 billion.", "2023-02-01",
     [dict(metric="turnover", reporter="EC", partner=None, amount=None, change_pct=5),
      dict(metric="turnover", reporter="EC", partner="CO", amount=4 * B, change_pct=None)]),
    # `the total` after both flows, and `from <year>` after a change is the year compared with
    ("Iran's exports to Iraq were $6 billion in 2022 and its imports from Iraq $4 billion. "
     "The total rose 8 percent from 2021.", "2023-02-01",
     [dict(metric="exports", reporter="IR", partner="IQ", amount=6 * B),
      dict(metric="imports", reporter="IR", partner="IQ", amount=4 * B),
      dict(metric="turnover", reporter="IR", partner="IQ", change_pct=8, period_start="2022-01-01",
           period_end="2022-12-31")]),
    # aims and outlooks without a modal: `working towards lifting`, `aimed at boosting`, `on track to hit`
    ("Malaysia and Brazil agreed to work towards lifting bilateral trade to $10 billion by 2027.", "2024-05-01",
     [dict(metric="turnover", reporter="MY", partner="BR", amount=10 * B, status="target",
           period_start="2027-01-01", period_end="2027-12-31")]),
    ("Malaysia and Brazil signed a pact aimed at boosting two-way trade to $10 billion.", "2024-05-01",
     [dict(metric="turnover", reporter="MY", partner="BR", amount=10 * B, status="target")]),
    ("Officials in Malaysia and Brazil said two-way trade is on track to hit $10 billion in 2025.", "2024-05-01",
     [dict(metric="turnover", reporter="MY", partner="BR", amount=10 * B, status="forecast",
           period_start="2025-01-01")]),
    ("Malaysia's exports to Brazil jumped 8 percent to $3 billion in 2022, boosting total trade to $5 billion.",
     "2023-05-01",
     [dict(metric="exports", reporter="MY", partner="BR", amount=3 * B, change_pct=8, status="reported"),
      dict(metric="turnover", reporter="MY", partner="BR", amount=5 * B, status="reported")]),
    # `trade` as a verb with goods as its object
    ("Japan and the Philippines traded goods worth $25 billion in 2023.", "2024-03-01",
     [dict(metric="turnover", reporter="JP", partner="PH", amount=25 * B, period_start="2023-01-01")]),
    ("Japan and the Philippines traded $25 billion worth of goods in 2023.", "2024-03-01",
     [dict(metric="turnover", reporter="JP", partner="PH", amount=25 * B)]),
    ("Shares of the Manila port operator traded at $5 on Tuesday in the Philippines.", "2024-03-01", []),
    ("Peru and Chile are close partners. Their bilateral trade grew 12 percent in 2022, and the turnover reached "
     "$3 billion.", "2023-02-01",
     [dict(metric="turnover", reporter="PE", partner="CL", amount=3 * B, change_pct=12)]),
    # a period written right after a figure is that figure's, also a comparison's
    ("Nepal's exports to Bhutan stood at $150 million during July-January (2021-22) against $120 million "
     "during July-January (2020-21).", "2022-02-10",
     [dict(metric="exports", reporter="NP", partner="BT", amount=150 * M, period_start="2021-07-01",
           period_end="2022-01-31"),
      dict(metric="exports", reporter="NP", partner="BT", amount=120 * M, period_start="2020-07-01",
           period_end="2021-01-31")]),
    ("Chile's exports to Japan rose to US $4.7 million in March 2021 from US$ 3.1 million in March 2020.",
     "2021-04-10",
     [dict(metric="exports", reporter="CL", partner="JP", amount=4.7 * M, period_start="2021-03-01"),
      dict(metric="exports", reporter="CL", partner="JP", amount=3.1 * M, period_start="2020-03-01")]),
    # the nearest word of aim or outlook above the figure decides its status
    ("Officials said trade between Ghana and Togo can reach $5 billion.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="forecast")]),
    ("Trade between Ghana and Togo could hit $5 billion by 2030.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="forecast",
           period_start="2030-01-01")]),
    ("Ghana and Togo have the potential to raise their trade to $5 billion.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="forecast")]),
    # an aim or an outlook to double is a change of 100 percent with the clause's status; a change of another
    # thing beside a trade figure is none
    ("Ghana and Togo agreed to work towards doubling bilateral trade by 2026.", "2023-05-16",
     [dict(metric="turnover", reporter="GH", partner="TG", change_pct=100, status="target", period_start="2026-01-01")]),
    ("Kenya targets to double its exports to Tanzania to Sh160 billion a year by 2025.", "2023-10-06",
     [dict(metric="exports", reporter="KE", partner="TZ", amount=160 * B, change_pct=100, status="target")]),
    ("Kenya's exports to Tanzania could double in five years.", "2023-05-16",
     [dict(metric="exports", reporter="KE", partner="TZ", change_pct=100, status="forecast")]),
    ("Ghana's exports to Togo reached $2 billion in 2022, and Togolese investments in Ghana could double.",
     "2023-05-16", [dict(metric="exports", reporter="GH", partner="TG", amount=2 * B)]),
    # two flows owned by two countries, each with its own verb: two statistics
    ("Saudi exports of polymers to Uzbekistan were worth $211 million in 2024, while Uzbek exports of fruit to "
     "the Kingdom jumped 27 percent.", "2025-05-13",
     [dict(metric="exports", reporter="SA", partner="UZ", amount=211 * M, change_pct=None),
      dict(metric="exports", reporter="UZ", partner="SA", change_pct=27)]),
    # a figure for a period still to come is no report, however the parser read the headline (`Zim`: Zimbabwe)
    ("Zim, Belarus eye US$1bn trade by 2030\n\nTrade between the two countries grew to US$112,4 million in 2023.",
     "2024-09-18",
     [dict(metric="turnover", reporter="ZW", partner="BY", amount=1 * B, status="target", period_start="2030-01-01"),
      dict(metric="turnover", reporter="ZW", partner="BY", amount=112.4 * M, status="reported")]),
    # a ranking of partners (`topped the list of importers of Egyptian goods with $X, followed by Y at $Z`) and of
    # goods after a commodity's figure (`Chemicals came second with $8.1 billion`)
    ("Egypt's non-oil exports fell to $35.6 billion in FY2022/23. Türkiye topped the list of importers of Egyptian "
     "goods during the same fiscal year with $2.9 billion, followed by Saudi Arabia at $2.6 billion.", "2023-07-16",
     [dict(metric="exports", reporter="EG", partner=None, amount=35.6 * B),
      dict(metric="exports", reporter="EG", partner="TR", amount=2.9 * B, period_start="2022-07-01"),
      dict(metric="exports", reporter="EG", partner="SA", amount=2.6 * B)]),
    ("Exports of Egyptian building materials rose 12 percent to $8.7 billion in 2023. Chemicals and fertilisers "
     "came second with $8.1 billion, while food products grew 21 percent to $5.4 billion.", "2024-02-01",
     [dict(metric="exports", reporter="EG", amount=8.7 * B, change_pct=12),
      dict(metric="exports", reporter="EG", amount=8.1 * B, period_start="2023-01-01"),
      dict(metric="exports", reporter="EG", amount=5.4 * B, change_pct=21)]),
    # `Of which, X reached $Y`: a breakdown of the figure just given, for its period
    ("In January-October, Viet Nam's exports reached US$290 billion. Of which, electronics and components reached "
     "US$46.7 billion, up 1.9%; phones and components reached US$43.2 billion, down 11.2%.", "2023-11-06",
     [dict(metric="exports", reporter="VN", amount=290 * B, period_start="2023-01-01", period_end="2023-10-31"),
      dict(metric="exports", reporter="VN", amount=46.7 * B, change_pct=1.9, period_end="2023-10-31"),
      dict(metric="exports", reporter="VN", amount=43.2 * B, change_pct=-11.2, period_end="2023-10-31")]),
    # ... but not money of another kind after it
    ("Exports of Egyptian building materials rose 12 percent to $8.7 billion in 2023. The government approved "
     "a $180 million bridge.", "2024-02-01",
     [dict(metric="exports", reporter="EG", amount=8.7 * B, change_pct=12)]),
    # a country's sales are its exports
    ("Soybean meal alone accounted for US$1.1 billion of Brazilian sales to Indonesia in the first ten months "
     "of the year.", "2024-11-17",
     [dict(metric="exports", reporter="BR", partner="ID", amount=1.1 * B, period_start="2024-01-01",
           period_end="2024-10-31")]),
    # an effort verb with an infinitive states an aim; the same verb with a particle does not
    ("Ghana will push to expand trade with Togo to $5 billion by 2030.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="target")]),
    ("Ghana's exports to Togo pushed up to $5 billion in 2022.", "2023-05-10",
     [dict(metric="exports", reporter="GH", partner="TG", amount=5 * B, status="reported")]),
    ("Ghana and Togo aim to increase their trade to $5 billion.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="target")]),
    ("The presidents of Ghana and Togo committed to raising bilateral trade to $5 billion.", "2023-05-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="target")]),
    ("In the first ten months of 2023, trade between Ghana and Togo was estimated at $5 billion.", "2023-12-10",
     [dict(metric="turnover", reporter="GH", partner="TG", amount=5 * B, status="reported",
           period_start="2023-01-01", period_end="2023-10-31")]),
    # a country's part in another's trade: the copula's subject is the partner, the noun's owner the reporter
    ("By trading partner, Chile remained Peru's biggest export destination in May at $1.9 billion.", "2024-06-28",
     [dict(metric="exports", reporter="PE", partner="CL", amount=1.9 * B, period_start="2024-05-01")]),
    ("Japan continued to be Viet Nam's largest export market in 2022 with an estimated turnover of US$24 billion.",
     "2023-02-01",
     [dict(metric="exports", reporter="VN", partner="JP", amount=24 * B, commodity=None)]),
    ("China remained the largest import market of Viet Nam in 2022, with an estimated US$119 billion.", "2023-02-01",
     [dict(metric="imports", reporter="VN", partner="CN", amount=119 * B)]),
    ("China is Kenya's largest trading partner, with bilateral trade of $8 billion in 2022.", "2023-02-01",
     [dict(metric="turnover", reporter="KE", partner="CN", amount=8 * B)]),
    # `export turnover`: the total of one flow
    ("Viet Nam's export turnover reached US$33.6 billion in October, while import turnover was US$30.2 billion.",
     "2023-11-06",
     [dict(metric="exports", reporter="VN", partner=None, amount=33.6 * B),
      dict(metric="imports", reporter="VN", partner=None, amount=30.2 * B)]),
    # one country's trade with many partners: a flow naming no country is with the world
    ("Peru's exports to Chile rose 4% to $2 billion in 2023, exports to Japan rose 2% and those to Spain "
     "fell 1%. Imports fell 3 percent to $40 billion.", "2024-02-01",
     [dict(metric="exports", reporter="PE", partner="CL", amount=2 * B),
      dict(metric="exports", reporter="PE", partner="JP", change_pct=2),
      dict(metric="exports", reporter="PE", partner="ES", change_pct=-1),
      dict(metric="imports", reporter="PE", partner=None, amount=40 * B)]),
    # a figure described as done is reported, whatever the clause around it forecasts
    ("Brazil's exports could hit a record US$348 billion this year, exceeding the US$339.7 billion recorded in 2023.",
     "2024-04-05",
     [dict(metric="exports", reporter="BR", amount=348 * B, status="forecast"),
      dict(metric="exports", reporter="BR", amount=339.7 * B, status="reported", period_start="2023-01-01")]),
    # money lent is no trade
    ("Brazil's development bank will offer R$12 billion in credit lines to exporters this year.", "2024-04-05", []),
    # `grew N%, from $X to $Y`: the growth is the new figure's, the old one is a year before
    ("Nepal's imports from India during July-January (2021-22) grew by 45.6 percent, from $891 million to "
     "$1.297 billion.", "2022-02-17",
     [dict(metric="imports", reporter="NP", partner="IN", amount=1.297 * B, change_pct=45.6,
           period_start="2021-07-01", period_end="2022-01-31"),
      dict(metric="imports", reporter="NP", partner="IN", amount=891 * M, change_pct=None,
           period_start="2020-07-01", period_end="2021-01-31")]),
    # the verb's `for` phrase names the flow of a target set
    ("Peru's government had set a target of $3 billion for exports to China for the current year.", "2022-02-17",
     [dict(metric="exports", reporter="PE", partner="CN", amount=3 * B, status="target")]),
    # a change standing at a rate (`the growth of turnover had stood at 23.8%`)
    ("Peru's trade with Chile grew. In January-September the growth of turnover had stood at 23.8%.", "2024-02-09",
     [dict(metric="turnover", reporter="PE", partner="CL", change_pct=23.8, period_start="2023-01-01")]),
    # `according to Bangladesh Bank data`: a `to` that is no destination
    ("Peru imported goods worth $2 billion from Chile, while its exports to Chile fetched only $677 million, "
     "according to Peru's central bank.", "2024-06-25",
     [dict(metric="imports", reporter="PE", partner="CL", amount=2 * B),
      dict(metric="exports", reporter="PE", partner="CL", amount=677 * M)]),
    # an exchange rate is no trade figure
    ("Nigeria's trade grew as the naira closed at N907.11 to the dollar.", "2023-12-29", []),
    # a figure written right after the country it is given for, and the next of a ranking
    ("Peru exported goods mainly to China ($1.8 billion), Spain ($1.2 billion) and France ($769 million) in 2023.",
     "2024-02-01",
     [dict(metric="exports", reporter="PE", partner="CN", amount=1.8 * B),
      dict(metric="exports", reporter="PE", partner="ES", amount=1.2 * B),
      dict(metric="exports", reporter="PE", partner="FR", amount=769 * M)]),
    ("Peru's exports to China were worth $1.06 billion in 2023, followed by the US at $615 million and Chile at "
     "$348 million.", "2024-02-01",
     [dict(metric="exports", reporter="PE", partner="CN", amount=1.06 * B),
      dict(metric="exports", reporter="PE", partner="US", amount=615 * M),
      dict(metric="exports", reporter="PE", partner="CL", amount=348 * M)]),
    # two headline lines the parser runs together are two clauses; `rose to R177.6bn` points at no country
    ("SA's trade surplus narrows as imports surge\nExports to China drop 14% in May as ore shipments slow\n\n"
     "South Africa's trade surplus narrowed in May. Exports rose 2.1% month on month to R177.6bn, while imports "
     "jumped 8.5% to R167.4bn.", "2024-06-28",
     [dict(metric="exports", reporter="ZA", partner="CN", change_pct=-14, period_start="2024-05-01"),
      dict(metric="exports", reporter="ZA", partner=None, amount=177.6 * B, change_pct=2.1),
      dict(metric="imports", reporter="ZA", partner=None, amount=167.4 * B, change_pct=8.5)]),
    # a headline's rounded figure is the body's
    ("Chile-Peru trade turnover tops 5.5 billion dollars in 2023\nTrade turnover between Chile and Peru amounted to "
     "$5.52 billion in 2023, a 1.5-fold increase.", "2024-03-12",
     [dict(metric="turnover", reporter="CL", partner="PE", amount=5.52 * B, change_pct=50)]),
    # a trade target named by a noun's modifier; an absolute change and its rate (`up by $2.8 billion, or 24 percent`)
    ("Kenya and Uganda held talks in 2021. The two countries set a trade target of $2 billion.", "2023-05-10",
     [dict(metric="turnover", reporter="KE", partner="UG", amount=2 * B, status="target", period_start=None)]),
    ("Kenya's exports to Uganda were up by $2.8 billion, or 24 percent, in 2022.", "2023-08-10",
     [dict(metric="exports", reporter="KE", partner="UG", amount=None, change_pct=24, period_start="2022-01-01")]),
    # duty and tariff rates are no trade growth
    ("Kenya raised import duty on Ugandan sugar by 25 percent, while tariffs on milk rose 10 percent.", "2023-08-10", []),
    # a year in a relative clause about a country is no period of the figure
    ("Peru's exports rose 5% to $6 billion in November. Imports from Chile, which became Peru's top supplier of "
     "copper in 2022, fell to $4.7 billion.", "2023-12-15",
     [dict(metric="exports", reporter="PE", amount=6 * B),
      dict(metric="imports", reporter="PE", partner="CL", amount=4.7 * B, period_start="2023-11-01")]),
    # shares and trade partners are no figures
    ("Canada accounts for 70 percent of the trade of the region.", "2022-03-01", []),
    ("Germany is the second largest trade partner of Austria.", "2022-03-01", []),
]


def _check(stats, expected):
    got = [s.model_dump() for s in stats]
    assert len(got) == len(expected), f"expected {len(expected)} statistics, got {got}"
    unmatched = list(got)
    for want in expected:
        match = next((g for g in unmatched if all(_same(g.get(k), v) for k, v in want.items())), None)
        assert match is not None, f"no statistic like {want} in {got}"
        unmatched.remove(match)


def _same(got, want):
    if isinstance(want, float) or isinstance(got, float):
        if got is None or want is None:
            return got is want
        return abs(float(got) - float(want)) <= 0.005 * max(abs(float(want)), 1)
    return got == want


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_trade_constructions(extractor, text, published, expected):
    article = extractor.extract(text, published=published)
    _check(article.trade_stats, expected)


def _fixture_files():
    return sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.stem)
def test_trade_fixture(extractor, path):
    case = json.loads(path.read_text(encoding="utf-8"))
    article = extractor.extract(case["text"], published=case.get("published"))
    _check(article.trade_stats, case["expected"])
    for fragment in case.get("warnings", []):
        assert any(fragment in w for w in article.warnings), article.warnings


def test_every_fixture_is_loaded():
    assert len(_fixture_files()) >= 6


def test_totals_that_do_not_add_up_are_warned(extractor):
    text = ("In 2021 the trade turnover between Latvia and Estonia amounted to $100 million, "
            "including Latvia's exports to Estonia for $30 million and imports for $50 million.")
    article = extractor.extract(text, published="2022-02-01")
    assert any("do not add up" in w for w in article.warnings)


def test_totals_that_add_up_are_not_warned(extractor):
    text = ("In 2021 the trade turnover between Latvia and Estonia amounted to $100 million, "
            "including Latvia's exports to Estonia for $40 million and imports for $60 million.")
    article = extractor.extract(text, published="2022-02-01")
    assert not any("do not add up" in w for w in article.warnings)
    assert len(article.trade_stats) == 3


def test_evidence_is_grounded(extractor):
    text = "Trade between Vietnam and Japan amounted to $20.5 billion in 2019."
    article = extractor.extract(text, published="2020-03-01")
    ev = article.trade_stats[0].evidence
    assert text[ev.start:ev.end] == ev.text and "$20.5 billion" in ev.text
