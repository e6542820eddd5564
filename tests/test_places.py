import pytest


def entity_doc(extractor, text, last="newsfacts_places"):
    """The pipeline run up to ``last`` (the layers after it are not needed here)."""
    return extractor.parse(text, until=last)


@pytest.mark.parametrize("text, name, country", [
    ("The forum opened in Baku on Tuesday.", "Baku", "AZ"),
    ("Investors gathered in Dubai for the show.", "Dubai", "AE"),
    ("Talks between Tbilisi and Yerevan resumed.", "Tbilisi", "GE"),
    ("The delegation later flew to New Delhi.", "New Delhi", "IN"),
    ("Tensions rose across South Asia this year.", "South Asia", None),
    ("Reconstruction continues in Karabakh.", "Karabakh", "AZ"),
])
def test_locations(extractor, text, name, country):
    locations = {loc.name: loc.country for loc in entity_doc(extractor, text)._.locations}
    assert name in locations
    assert locations[name] == country


@pytest.mark.parametrize("text, absent", [
    ("Exports to Azerbaijan rose.", "Azerbaijan"),       # a country is not a location
    ("India and Bangladesh agreed.", "India"),
])
def test_countries_are_not_locations(extractor, text, absent):
    assert absent not in [loc.name for loc in entity_doc(extractor, text)._.locations]


def test_dateline_place_is_metadata(extractor):
    text = " date 2022-06-02 By Trend\n\nBAKU, Azerbaijan, June 2. The State Customs Committee published data.\n"
    doc = entity_doc(extractor, text)
    assert [loc.name for loc in doc._.locations] == []


@pytest.mark.parametrize("text, name, n_mentions", [
    ("The State Customs Committee said exports grew. The State Customs Committee also said imports fell.",
     "State Customs Committee", 2),
    ("The World Bank expects growth to slow, the World Bank said.", "World Bank", 2),
])
def test_organizations_deduplicated(extractor, text, name, n_mentions):
    orgs = {o.name: o for o in entity_doc(extractor, text)._.organizations}
    assert name in orgs
    assert len(orgs[name].mentions) == n_mentions
    assert all(text[m.start:m.end] == m.text for m in orgs[name].mentions)


def test_official_name_cut_from_organization(extractor):
    text = "Spain's Undersecretary at the Ministry of Tourism Carmen Ortega toured the port. Ortega welcomed the investors."
    doc = entity_doc(extractor, text)
    assert "Ministry of Tourism Carmen Ortega" not in [o.name for o in doc._.organizations]


@pytest.mark.parametrize("text, absent", [
    ("Kazakh President Askar Nurlanov arrived.", "Kazakh President Askar Nurlanov"),
    ("Azerbaijani Deputy Minister of Economy Elnur Aliyev attended. Aliyev spoke first.", "Economy Elnur Aliyev"),
    ("The UAE signed the deal.", "UAE"),
])
def test_not_organizations(extractor, text, absent):
    assert absent not in [o.name for o in entity_doc(extractor, text)._.organizations]
