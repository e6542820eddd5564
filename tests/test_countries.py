import pytest

from extractor.entities.countries import capital_country, country_code, country_name, place_country


def entity_doc(extractor, text, last="newsfacts_countries"):
    """The pipeline run up to ``last`` (the layers after it are not needed here)."""
    return extractor.parse(text, until=last)


def codes(extractor, text):
    return {c.code for c in entity_doc(extractor, text)._.countries}


@pytest.mark.parametrize("text, expected", [
    # names, short forms
    ("Trade between Georgia and Armenia grew last year.", {"GE", "AM"}),
    ("Exports to Türkiye rose, and Turkey remains a key partner.", {"TR"}),
    ("Officials from the US and the UK attended.", {"US", "GB"}),
    ("U.S. officials declined to comment.", {"US"}),
    ("The UAE opened a new consulate.", {"AE"}),
    ("South Korea and North Korea exchanged fire.", {"KR", "KP"}),
    ("Investors in the Netherlands welcomed the decision.", {"NL"}),
    # adjectives and demonyms
    ("Azerbaijani exporters shipped more fruit.", {"AZ"}),
    ("Two Belarusian plants will supply the railcars.", {"BY"}),
    ("An Emirati delegation arrived on Monday.", {"AE"}),
    ("Uzbek and Tajik officials met in the morning.", {"UZ", "TJ"}),
    ("Russian and Chinese firms signed the deal.", {"RU", "CN"}),
    ("Many Filipinos work abroad.", {"PH"}),
    # hyphen compounds
    ("The Azerbaijan-Kazakhstan commission met again.", {"AZ", "KZ"}),
    ("Russia-China trade hit a record.", {"RU", "CN"}),
    ("A German-Azerbaijani business forum opened.", {"DE", "AZ"}),
    ("Sino-Russian ties are at a high.", {"CN", "RU"}),
    # a country inside an organization name still counts
    ("The Ministry of Economy of Azerbaijan published the data.", {"AZ"}),
    ("The Trade Promotion Organization of Iran released figures.", {"IR"}),
    # not a country mention
    ("The contract is priced in US dollars.", set()),
    ("The deal is worth US$2 billion.", set()),
    ("Exports to Japan rose to US $4.7 million.", {"JP"}),
    # a short form shared by two countries' media: the one the article names
    ("South Africa's trade surplus widened. SA's exports rose.", {"ZA"}),
    ("SA signed the deal.", set()),
    ("The loan was repaid in Indian rupees.", set()),
    ("Tension rose on the Korean Peninsula.", set()),
    ("Ships crossed the Indian Ocean.", set()),
    ("The delegation flew to Baku and then to Brussels.", set()),
    ("Mexico City hosted the fair.", set()),
    ("Tabriz is the capital of East Azerbaijan province.", set()),
    ("Latin American and Asian markets fell.", set()),
    ("The EU and European investors agreed.", set()),
    ("Michael Jordan signed the sponsorship deal.", set()),
    ("The bill was settled in Korean won and Swiss francs.", set()),
    # a currency word that is also a verb does not hide the country
    ("South Korea won the contract, and Azerbaijan marks the date.", {"KR", "AZ"}),
])
def test_countries_in_text(extractor, text, expected):
    assert codes(extractor, text) == expected


def test_dateline_is_not_a_mention(extractor):
    text = " date 2022-11-16 By Azernews\n\nBAKU, Azerbaijan, Nov. 16\n\nThe forum opened with Italian investors.\n"
    assert codes(extractor, text) == {"IT"}


def test_mentions_point_into_the_text(extractor):
    text = "Kazakhstan's exports to Azerbaijan and Kazakh imports grew."
    doc = entity_doc(extractor, text)
    kz = next(c for c in doc._.countries if c.code == "KZ")
    assert [m.text for m in kz.mentions] == ["Kazakhstan", "Kazakh"]
    assert all(text[m.start:m.end] == m.text for c in doc._.countries for m in c.mentions)
    assert kz.name == "Kazakhstan"


@pytest.mark.parametrize("text, expected", [
    ("Belarusian", "BY"),
    ("Belarus's", "BY"),
    ("the UK", "GB"),
    ("U.S.", "US"),
    ("Türkiye", "TR"),
    ("Emirati", "AE"),
    ("South Korean", "KR"),
    ("Russian Federation", "RU"),
    ("People's Republic of China", "CN"),
    ("vietnamese", "VN"),
    ("us", None),
    ("Asian", None),
    ("Narnia", None),
])
def test_country_code(text, expected):
    assert country_code(text) == expected


@pytest.mark.parametrize("code, expected", [("RU", "Russia"), ("IR", "Iran"), ("KR", "South Korea"), ("TR", "Turkey"), ("XX", None)])
def test_country_name(code, expected):
    assert country_name(code) == expected


@pytest.mark.parametrize("place, capital, country", [
    ("Baku", "AZ", "AZ"),
    ("Abu Dhabi", "AE", "AE"),
    ("Dubai", None, "AE"),
    ("New Delhi", "IN", "IN"),
    ("Springfield", None, None),
])
def test_capitals_and_places(place, capital, country):
    assert capital_country(place) == capital
    assert place_country(place) == country


def test_a_shared_short_form_is_a_mention_of_the_country_named(extractor):
    text = "South Africa's trade surplus widened. SA's exports rose."
    (country,) = extractor.extract(text, published="2024-06-28").countries
    assert country.code == "ZA"
    assert [m.text for m in country.mentions] == ["South Africa", "SA"]
