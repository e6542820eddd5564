"""Money mentions: one row per phrasing, the input beside what a user gets out of it."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.entities.money import parse_money, parse_number

B = 1_000_000_000
M = 1_000_000

# (text, [(span text, amount, currency, approximate), ...])
CASES = [
    # symbols and codes before the number
    ("Sales reached $273.1 million last year.", [("$273.1 million", 273.1 * M, "USD", False)]),
    ("The fund now holds US$10 billion.", [("US$10 billion", 10 * B, "USD", False)]),
    ("A loan of USD 5 mln was approved.", [("USD 5 mln", 5 * M, "USD", False)]),
    ("Volume has reached $ 769 mln in 2016.", [("$ 769 mln", 769 * M, "USD", False)]),
    ("Investment of €3bn is planned.", [("€3bn", 3 * B, "EUR", False)]),
    ("The state budget is Dh1.395 trillion.", [("Dh1.395 trillion", 1.395e12, "AED", False)]),
    ("The target is Dh 3 trillion by 2031.", [("Dh 3 trillion", 3e12, "AED", False)]),
    ("The scheme costs Rs 5,000 crore.", [("Rs 5,000 crore", 5e10, "INR", False)]),
    ("Spending rose to Rs. 1.2 lakh crore.", [("Rs. 1.2 lakh crore", 1.2e12, "INR", False)]),
    ("The ministry released ₹2,500 crore.", [("₹2,500 crore", 2.5e10, "INR", False)]),
    ("A grant of AZN 20 million was signed.", [("AZN 20 million", 20 * M, "AZN", False)]),
    ("Miners paid C$1.2 billion in royalties.", [("C$1.2 billion", 1.2 * B, "CAD", False)]),
    ("The tower sold for HK$8 billion.", [("HK$8 billion", 8 * B, "HKD", False)]),
    ("The port got S$150 million.", [("S$150 million", 150 * M, "SGD", False)]),
    ("Chipmakers invested NT$30 billion.", [("NT$30 billion", 30 * B, "TWD", False)]),
    ("The yard won a ¥3 trillion order.", [("¥3 trillion", 3e12, "JPY", False)]),
    ("The bank lent RMB 50 billion.", [("RMB 50 billion", 50 * B, "CNY", False)]),
    ("The fund invested RMB¥ 5 billion.", [("RMB¥ 5 billion", 5 * B, "CNY", False)]),
    ("Exports stood at Rs 1,23,456 crore.", [("Rs 1,23,456 crore", 1.23456e12, "INR", False)]),
    ("The deficit was $64.3 thousand.", [("$64.3 thousand", 64_300, "USD", False)]),
    ("Turnover was 14,5 million USD.", [("14,5 million USD", 14.5 * M, "USD", False)]),
    ("Donors offered dlrs 3 million.", [("dlrs 3 million", 3 * M, "USD", False)]),
    ("The startup raised $500m and then $1.6bn.",
     [("$500m", 500 * M, "USD", False), ("$1.6bn", 1.6 * B, "USD", False)]),
    ("The reward is $750,000.", [("$750,000", 750_000, "USD", False)]),
    ("India aims to become a $5-trillion economy.", [("$5-trillion", 5e12, "USD", False)]),
    # names and codes after the number
    ("They paid 5 million dollars for it.", [("5 million dollars", 5 * M, "USD", False)]),
    ("Turnover hit 240 million US dollars.", [("240 million US dollars", 240 * M, "USD", False)]),
    ("An offer of 2 million U.S. dollars stands.", [("2 million U.S. dollars", 2 * M, "USD", False)]),
    ("Revenue hit 1.5 trillion rubles.", [("1.5 trillion rubles", 1.5e12, "RUB", False)]),
    ("Output was worth 2.3 trillion roubles.", [("2.3 trillion roubles", 2.3e12, "RUB", False)]),
    ("They opened a credit line of 100 million manats.", [("100 million manats", 100 * M, "AZN", False)]),
    ("Trade totalled 4 million euros.", [("4 million euros", 4 * M, "EUR", False)]),
    ("Exports earned 30 billion yen.", [("30 billion yen", 30 * B, "JPY", False)]),
    ("Taxes brought 1.2 billion tenge.", [("1.2 billion tenge", 1.2 * B, "KZT", False)]),
    ("The deal is worth 800 million Turkish liras.", [("800 million Turkish liras", 800 * M, "TRY", False)]),
    ("The city spent 45 million lari.", [("45 million lari", 45 * M, "GEL", False)]),
    ("Remittances hit 12 billion drams.", [("12 billion drams", 12 * B, "AMD", False)]),
    ("The plan needs 3 trillion soums.", [("3 trillion soums", 3e12, "UZS", False)]),
    ("Parliament cut 5 million Pakistani rupees.", [("5 million Pakistani rupees", 5 * M, "PKR", False)]),
    ("Fees rose to 20 million AZN.", [("20 million AZN", 20 * M, "AZN", False)]),
    ("A stamp costs 50 cents.", [("50 cents", 0.5, "USD", False)]),
    ("They spent a billion dollars.", [("a billion dollars", 1 * B, "USD", False)]),
    ("Bids reached five hundred million euros.", [("five hundred million euros", 500 * M, "EUR", False)]),
    ("Earnings reached 2.5 mlrd manats.", [("2.5 mlrd manats", 2.5 * B, "AZN", False)]),
    ("The bank issued 5 mln. manats in loans.", [("5 mln. manats", 5 * M, "AZN", False)]),
    ("Turkmenistan earned 2 billion Turkmen manats.", [("2 billion Turkmen manats", 2 * B, "TMT", False)]),
    ("Importers paid Tk 5,000 crore.", [("Tk 5,000 crore", 5e10, "BDT", False)]),
    ("The agency approved a 1.2 billion euro grant.", [("1.2 billion euro", 1.2 * B, "EUR", False)]),
    ("Seoul will spend KRW 5 trillion.", [("KRW 5 trillion", 5e12, "KRW", False)]),
    ("Brent traded at $85 per barrel.", [("$85", 85, "USD", False)]),
    ("Shares closed at $45.20 on Friday.", [("$45.20", 45.2, "USD", False)]),
    # hedges make an amount approximate
    ("Trade reached about $52 billion.", [("$52 billion", 52 * B, "USD", True)]),
    ("Sales fell to nearly €4.5 billion.", [("€4.5 billion", 4.5 * B, "EUR", True)]),
    ("It earned more than 300 million yuan.", [("300 million yuan", 300 * M, "CNY", True)]),
    ("Fines run up to £2 million.", [("£2 million", 2 * M, "GBP", True)]),
    ("Trade has exceeded $1 billion.", [("$1 billion", 1 * B, "USD", True)]),
    ("Aid came to some A$400 million.", [("A$400 million", 400 * M, "AUD", True)]),
    ("The bill is roughly $3 trillion.", [("$3 trillion", 3e12, "USD", True)]),
    ("Costs could top $9bn-plus.", [("$9bn", 9 * B, "USD", True)]),
    ("The package is estimated at $12-15 billion.",
     [("$12", 12 * B, "USD", True), ("15 billion", 15 * B, "USD", False)]),
    ("Turnover rose 12 percent to over US$ 3 billion.", [("US$ 3 billion", 3 * B, "USD", True)]),
    # two mentions: a converted figure, a range
    ("Turnover reached 418 billion yuan ($57.6 billion) over the half-year.",
     [("418 billion yuan", 418 * B, "CNY", False), ("$57.6 billion", 57.6 * B, "USD", False)]),
    ("Costs rose to $5-6 billion.", [("$5", 5 * B, "USD", False), ("6 billion", 6 * B, "USD", False)]),
    ("Estimates run between $2 and $3 billion.",
     [("$2", 2 * B, "USD", False), ("$3 billion", 3 * B, "USD", False)]),
    ("Tokyo pledged 100 billion yen (about $900 million) in aid.",
     [("100 billion yen", 100 * B, "JPY", False), ("$900 million", 900 * M, "USD", True)]),
    # a bare scaled number takes the currency of its sentence's amount
    ("Sales abroad came to 3.7 billion, while purchases rose to $2.4 billion.",
     [("3.7 billion", 3.7 * B, "USD", False), ("$2.4 billion", 2.4 * B, "USD", False)]),
    ("Exports were 300 million and imports 2 billion euros.",
     [("300 million", 300 * M, "EUR", False), ("2 billion euros", 2 * B, "EUR", False)]),
    # `$` alone is USD unless the text names another dollar
    ("Farm exports were A$5 billion. Wool added $2 billion.",
     [("A$5 billion", 5 * B, "AUD", False), ("$2 billion", 2 * B, "AUD", False)]),
    # a bracket right after a named local dollar restates it in US dollars
    ("Two-way trade was worth 287 billion Australian dollars ($184 billion) in 2022.",
     [("287 billion Australian dollars", 287 * B, "AUD", False), ("$184 billion", 184 * B, "USD", False)]),
    ("Exports reached NZ$20 billion (about $12 billion) last year.",
     [("NZ$20 billion", 20 * B, "NZD", False), ("$12 billion", 12 * B, "USD", True)]),
    ("Figures are in Canadian dollars. Sales were $7 million.", [("$7 million", 7 * M, "CAD", False)]),
    ("Fees are in Pakistani rupees. The fund got Rs 300 million.", [("Rs 300 million", 300 * M, "PKR", False)]),
    # shared forms (`Rs`, `¥`, `pounds`, `dinars`) take the currency of the country the article names
    ("Pakistan's government allocated Rs 500 billion for dams.", [("Rs 500 billion", 500 * B, "PKR", False)]),
    ("Egypt's exports rose to 5 billion pounds.", [("5 billion pounds", 5 * B, "EGP", False)]),
    ("Kuwait posted a surplus of 3 billion dinars.", [("3 billion dinars", 3 * B, "KWD", False)]),
    ("China's central bank injected ¥500 billion.", [("¥500 billion", 500 * B, "CNY", False)]),
    # written in parts, or with spaces between thousands
    ("Trade reached 2 billion 300 million dollars.", [("2 billion 300 million dollars", 2.3 * B, "USD", False)]),
    ("The grant is 5 000 000 euros.", [("5 000 000 euros", 5 * M, "EUR", False)]),
    ("A ticket costs 1 500 €.", [("1 500 €", 1500, "EUR", False)]),
    ("The club raised 5m euros.", [("5m euros", 5 * M, "EUR", False)]),
    ("They paid half a billion dollars.", [("half a billion dollars", 0.5 * B, "USD", False)]),
    # a bare amount after a converted figure takes the currency named first
    ("Exports were 2 trillion rubles ($27 billion), imports 1.5 trillion.",
     [("2 trillion rubles", 2e12, "RUB", False), ("$27 billion", 27 * B, "USD", False),
      ("1.5 trillion", 1.5e12, "RUB", False)]),
    # not money
    ("Tourism is a billion-dollar industry.", []),
    ("The runner finished 5m ahead.", []),
    ("The aircraft weighs 1 million pounds.", []),
    ("Beef sold for $5 per pound.", [("$5", 5, "USD", False)]),
    ("London paid 5 million pounds for the site.", [("5 million pounds", 5 * M, "GBP", False)]),
    ("The plant produces 500 tons a day.", []),
    ("The icon is 16 px wide.", []),
    ("Inflation was 5 percent in 2021.", []),
    ("The country has 1.4 billion people.", []),
    ("A nation of 1.4 billion people trades $100 billion a year.", [("$100 billion", 100 * B, "USD", False)]),
    ("Gas output was 25 billion cubic meters, worth $5 billion.", [("$5 billion", 5 * B, "USD", False)]),
    ("The suspect weighs 175 pounds.", []),
    ("They delivered 500 pounds (225 kilograms) of medicine.", []),
    ("They shipped 5 million pounds of beef.", []),
    ("The lake lies 5m below the road.", []),
    ("Euro 2020 was postponed.", []),
    ("Costs are measured in 2015 dollars.", []),
    ("The team won 3 games.", []),
    # an exchange rate is a price of a currency: an amount too
    ("The currency weakened to 90 rubles per dollar.", [("90 rubles", 90, "RUB", False)]),
    # a letter prefix fitting the article's country: naira, shillings, kwacha, rand without a scale
    ("Nigeria's trade stood at N18.80 trillion as the naira closed at N907.11 to the dollar.",
     [("N18.80 trillion", 18.8e12, "NGN", False), ("N907.11", 907.11, "NGN", False)]),
    ("Kenya's exports to Tanzania rose to Sh38.6 billion.", [("Sh38.6 billion", 38.6 * B, "KES", False)]),
    ("Uganda earned Sh5 trillion from coffee.", [("Sh5 trillion", 5e12, "UGX", False)]),
    ("Zambia's copper exports fetched K50 billion.", [("K50 billion", 50 * B, "ZMW", False)]),
    ("In South Africa, the rand traded at R18.24/$ on Friday.", [("R18.24", 18.24, "ZAR", False)]),
    # ... and nothing in an article about no such country
    ("Spain ordered N95 masks and repaired the R2 road and the K2 trail.", []),
    ("Around 2 million visitors came.", []),
    # a code glued to a small number is a name (summit, group, model), not an amount
    ("Delegates gathered for COP28 in the Gulf.", []),
    ("Airlines ordered more A320 jets and F16 fighters for the G20 hosts.", []),
    ("The firm raised USD5m at home and Dh1.4bn abroad.",
     [("USD5m", 5 * M, "USD", False), ("Dh1.4bn", 1.4 * B, "AED", False)]),
    ("Each visa costs Rs500 now.", [("Rs500", 500, "INR", False)]),
    # the year of one amount is no bound of a range with the next
    ("Trade fell from 87.7 billion USD in 2022 to 79.4 billion USD in 2023.",
     [("87.7 billion USD", 87.7 * B, "USD", False), ("79.4 billion USD", 79.4 * B, "USD", False)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_money_mentions(extractor, text, expected):
    money = extractor.extract(text).money
    got = [(m.text, m.amount, m.currency, m.approximate) for m in money]
    assert [(t, c, a) for t, _, c, a in got] == [(t, c, a) for t, _, c, a in expected]
    for (_, amount, _, _), (_, want, _, _) in zip(got, expected):
        assert amount == pytest.approx(want, rel=1e-9)
    for m in money:
        assert text[m.start:m.end] == m.text


def test_header_is_not_a_mention(extractor):
    text = " date 2022-11-16 By Trend\nBAKU, Azerbaijan, Nov. 16\nTrade reached $5 million.\n"
    money = extractor.extract(text).money
    assert [(m.text, m.amount) for m in money] == [("$5 million", 5 * M)]


@pytest.mark.parametrize("text,expected", [
    ("$273.1 million", (273_100_000.0, "USD")),
    ("1.5 trillion rubles ($15.6 bln)", (1.5e12, "RUB")),
    ("USD 490 million", (490_000_000.0, "USD")),
    ("2.5 billion", (2.5e9, None)),
    ("exports rose 25 percent", None),
])
def test_parse_money(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("raw,expected", [
    ("5,000", 5000), ("273.1", 273.1), ("5,00,000", 500000), ("1.234,5", 1234.5),
    ("1,5", 1.5), ("1.234.567", 1234567), ("1,234,567.89", 1234567.89),
])
def test_parse_number(raw, expected):
    assert float(parse_number(raw)) == pytest.approx(expected)


# ---------- assembled phrasings: amount and currency survive any combination ----------

PREFIX_FORMS = [("$", "USD"), ("US$", "USD"), ("USD ", "USD"), ("€", "EUR"), ("£", "GBP"), ("A$", "AUD"),
                ("Dh", "AED"), ("AZN ", "AZN"), ("Rs ", "INR"), ("₹", "INR"), ("RMB ", "CNY"), ("C$", "CAD")]
POSTFIX_FORMS = [(" dollars", "USD"), (" US dollars", "USD"), (" euros", "EUR"), (" manats", "AZN"),
                 (" rubles", "RUB"), (" roubles", "RUB"), (" yuan", "CNY"), (" tenge", "KZT"), (" lari", "GEL"),
                 (" USD", "USD"), (" AZN", "AZN"), (" Turkish liras", "TRY"), (" rupees", "INR")]
SCALE_FORMS = [(" million", 10**6), (" mln", 10**6), ("mn", 10**6), (" billion", 10**9), (" bln", 10**9),
               ("bn", 10**9), (" trillion", 10**12), ("-billion", 10**9), (" crore", 10**7)]


@st.composite
def amounts(draw):
    whole = draw(st.integers(min_value=1, max_value=999_999))
    cents = draw(st.integers(min_value=0, max_value=99))
    number = f"{whole:,}" + (f".{cents:02d}" if cents else "")
    value = Decimal(whole) + Decimal(cents) / 100
    scale, factor = draw(st.sampled_from(SCALE_FORMS))
    if draw(st.booleans()):
        form, code = draw(st.sampled_from(PREFIX_FORMS))
        text = f"{form}{number}{scale}"
    else:
        form, code = draw(st.sampled_from(POSTFIX_FORMS))
        text = f"{number}{scale}{form}"
    lead = draw(st.sampled_from(["Trade reached ", "Exports of ", "(", "The deal, worth ", ""]))
    tail = draw(st.sampled_from([".", " in 2022.", ", up 5%.", ")", ""]))
    return lead + text + tail, float(value * factor), code


@settings(max_examples=200, deadline=None)
@given(case=amounts())
def test_assembled_amounts_parse(case):
    text, amount, code = case
    got = parse_money(text)
    assert got is not None, text
    assert got[1] == code, text
    assert got[0] == pytest.approx(amount, rel=1e-12), text
