import pytest

from extractor.entities.titles import find_titles, match_title


def entity_doc(extractor, text, last="newsfacts_people"):
    """The pipeline run up to ``last`` (the layers after it are not needed here)."""
    return extractor.parse(text, until=last)


def person(extractor, text, name):
    people = entity_doc(extractor, text)._.people
    found = [p for p in people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in people]}"
    return found[0]


@pytest.mark.parametrize("text, name, title, country", [
    ("Azerbaijan's Prime Minister Kamal Huseynli received the delegation.", "Kamal Huseynli", "Prime Minister", "AZ"),
    ("Belarus's Deputy Prime Minister Pavel Sidorenko arrived in Baku on Monday.", "Pavel Sidorenko", "Deputy Prime Minister", "BY"),
    ("Uzbek Foreign Minister Rustam Karimov held talks in Tashkent.", "Rustam Karimov", "Foreign Minister", "UZ"),
    ("German Chancellor Klaus Hoffmann welcomed the guests.", "Klaus Hoffmann", "Chancellor", "DE"),
    ("The deal was signed by Elnur Mammadli, the Minister of Economy of Azerbaijan.", "Elnur Mammadli", "Minister of Economy", "AZ"),
    ("Emir of Qatar Sheikh Hamad bin Khalid Al Thani opened the forum.", "Hamad bin Khalid Al Thani", "Emir", "QA"),
    ("Crown Prince of Abu Dhabi Sheikh Saeed bin Rashid Al Nuaimi toured the port.", "Saeed bin Rashid Al Nuaimi", "Crown Prince of Abu Dhabi", "AE"),
    # an ambassador represents the adjective's country, not the host
    ("Chinese Ambassador to Azerbaijan Zhou Ming spoke at the event.", "Zhou Ming", "Ambassador", "CN"),
    ("President Samuel Otieno of Kenya attended the summit.", "Samuel Otieno", "President", "KE"),
    ("Talks were also held with the Prime Minister of the Netherlands, Pieter Jansen.", "Pieter Jansen", "Prime Minister", "NL"),
    ("Kazakh President Askar-Bek Nurlanov arrived in the capital.", "Askar-Bek Nurlanov", "President", "KZ"),
    # a portfolio list ending in `Promotion` is all title
    ("Thai Minister of Commerce and Export Promotion Niran Sukprasert met the envoys.", "Niran Sukprasert",
     "Minister of Commerce and Export Promotion", "TH"),
    # Korean given names: two syllables joined by a hyphen, the second in lower case
    ("South Korean Trade Minister Park Ji-hyeong met the delegation.", "Park Ji-hyeong", "Trade Minister", "KR"),
    ("Korean Foreign Minister Kang Min-seok spoke first.", "Kang Min-seok", "Foreign Minister", "KR"),
    ("Henriette Blanc, the Executive Director of UNICEF, visited the camp.", "Henriette Blanc", "Executive Director", None),
    # honorifics of South and Southeast Asia and parliaments are no part of the name
    ("Indian Commerce Minister Shri Anil Kumar met the envoys.", "Anil Kumar", "Commerce Minister", "IN"),
    ("Australian Trade Minister Senator Ross Walker met the envoys.", "Ross Walker", "Trade Minister", "AU"),
    # a generational suffix is part of the name
    ("Philippine President Ramon Santos Jr. attended the summit.", "Ramon Santos Jr.", "President", "PH"),
    # a portfolio list ending in `Supply`
    ("Jordan's Minister of Industry, Trade and Supply Omar Haddad said exports rose.", "Omar Haddad",
     "Minister of Industry, Trade and Supply", "JO"),
    # the name hidden at the end of the ministry's name is recovered from a later surname
    ("Spain's Undersecretary at the Ministry of Tourism Carmen Ortega toured the port. Ortega welcomed the investors.",
     "Carmen Ortega", "Undersecretary", "ES"),
    # a title of two posts is given as written, then as its two posts, in the order written
    ("Deputy Prime Minister and Foreign Minister Tesfaye Worku met the envoys in Addis Ababa.", "Tesfaye Worku",
     "Deputy Prime Minister and Foreign Minister", None),
    # given names the entity recogniser left in the ministry's name before the title's comma
    ("Brazil's Minister of Development, Industry, Trade and Services, Eduardo Tavares Lins, said on Sunday that "
     "trade grew.", "Eduardo Tavares Lins", "Minister of Development, Industry, Trade and Services", "BR"),
    # the portfolio a post is charged with belongs to the title
    ("Djibouti's Minister of Economy and Finance in charge of Industry, Ilyas Dini, arrived.", "Ilyas Dini",
     "Minister of Economy and Finance in charge of Industry", "DJ"),
    ("The UAE's Vice President and Prime Minister Sheikh Hamad bin Rashid Al Nuaimi opened the forum.", "Hamad bin Rashid Al Nuaimi", "Vice President", "AE"),
    ("The UAE's Vice President and Prime Minister Sheikh Hamad bin Rashid Al Nuaimi opened the forum.", "Hamad bin Rashid Al Nuaimi", "Prime Minister", "AE"),
    ("Russian Deputy Prime Minister and Minister of Industry and Trade Denis Orlov spoke.", "Denis Orlov",
     "Minister of Industry and Trade", "RU"),
    ("Georgian Prime Minister Levan Abashidze met Armenian President Aram Hakobyan and Parliament Speaker Davit Sargsyan.",
     "Davit Sargsyan", "Parliament Speaker", "AM"),
    ("Kazakhstan's Ambassador to Azerbaijan Nurlan Seitkali spoke at the opening.", "Nurlan Seitkali", "Ambassador", "KZ"),
    # `He` mid-sentence is a surname, not the pronoun
    ("Chinese Vice Premier He Jianguo met the delegation in Beijing. He said trade would grow.", "He Jianguo", "Vice Premier", "CN"),
    # the host country is not the one an ambassador represents
    ("Ambassador to Azerbaijan Chen Hao said trade grew.", "Chen Hao", "Ambassador", None),
    ("Ambassador to Azerbaijan Chen Hao said trade with Azerbaijan grew. China is a key partner.", "Chen Hao", "Ambassador", "CN"),
    ("Indian External Affairs Minister R. Menon arrived in Muscat.", "R. Menon", "External Affairs Minister", "IN"),
    ("President of the Republic of Azerbaijan Elchin Quliyev opened the forum.", "Elchin Quliyev", "President", "AZ"),
    # the holder's name run into the organization's name by the entity recogniser
    ("Speaker of the Milli Majlis Leyla Abbasova met the delegation.", "Leyla Abbasova", "Speaker", None),
    ("According to the Minister of Agriculture of Azerbaijan, Ramin Safarli, exports rose.", "Ramin Safarli", "Minister of Agriculture", "AZ"),
    ("EU Commissioner for Trade Jan Novak said the bloc would respond.", "Jan Novak", "Commissioner for Trade", None),
    # officials of intergovernmental bodies represent no country, whatever the sentence names
    ("UN Secretary-General Pedro Almeida met Azerbaijani officials in Baku.", "Pedro Almeida", "Secretary General", None),
    ("EU foreign policy chief Marta Ruiz visited Armenia.", "Marta Ruiz", "Foreign Policy Chief", None),
    ("Executive Secretary of the Organization of Turkic States Bakyt Asanov visited Azerbaijan.",
     "Bakyt Asanov", "Executive Secretary", None),
    ("Prime Minister Imran Baig of Pakistan arrived in Baku on a two-day visit.", "Imran Baig", "Prime Minister", "PK"),
    ("Chinese Foreign Ministry spokesperson Liu Jian said the talks were fruitful.", "Liu Jian", "Foreign Ministry Spokesperson", "CN"),
    ("Dr. Amina Bello, Nigeria's Minister of Trade, said exports would grow.", "Amina Bello", "Minister of Trade", "NG"),
    # honorifics stand before the name, whatever their form: Malay two-word ones, Omani
    # `Sayyid`, the capitals `H.E.`/`HE`/`HH`, and `HM` before a title (His Majesty, not Home Minister)
    ("Malaysian Prime Minister Datuk Seri Arif Hamzah met the delegation.", "Arif Hamzah", "Prime Minister", "MY"),
    ("Malaysian Trade Minister Tan Sri Razak Omar met the delegation.", "Razak Omar", "Trade Minister", "MY"),
    ("H.E. Sayyid Badr bin Saif Al Harthy, Oman's Minister of Foreign Affairs, received the delegation.",
     "Badr bin Saif Al Harthy", "Minister of Foreign Affairs", "OM"),
    ("HE Ambassador of Pakistan Imran Qureshi attended. He said trade grew.", "Imran Qureshi", "Ambassador", "PK"),
    ("HH the Amir of Qatar Sheikh Fahad bin Ali Al Thani opened the forum.", "Fahad bin Ali Al Thani", "Amir", "QA"),
    ("The pipeline was launched by HM King Hassan of Morocco.", "Hassan", "King", "MA"),
    ("India's HM Ravi Kumar met the Chief Minister.", "Ravi Kumar", "Home Minister", "IN"),
    # the traveller is the subject of the visit's clause, not the sentence's first person
    ("ANKARA\n\nTurkish exports to Pakistan rose in 2024, Turkish officials said. President Ahmet Kaya said "
     "Thursday that trade would grow, as Pakistani Prime Minister Ali Khan is on an official visit to Ankara.",
     "Ahmet Kaya", "President", "TR"),
    ("Egypt's Minister of Foreign Affairs and Emigration Hesham Fawzy arrived.", "Hesham Fawzy",
     "Minister of Foreign Affairs and Emigration", "EG"),
])
def test_title_and_country(extractor, text, name, title, country):
    p = person(extractor, text, name)
    assert title in p.titles
    assert p.country == country


@pytest.mark.parametrize("text, name, title, country", [
    # a counterpart holds the title of the official he meets, and the adjective's country
    ("Japan's Foreign Minister Aiko Tanaka spoke by phone with her Vietnamese counterpart Tran Van Long.",
     "Tran Van Long", "Foreign Minister", "VN"),
    ("At talks with his Turkish counterpart Mehmet Aydin, Iranian President Reza Karimi praised the ties.",
     "Mehmet Aydin", "President", "TR"),
    # a country-specific title lent abroad becomes the generic one
    ("Indian External Affairs Minister R. Menon held talks with his Omani counterpart Said Al Harthy.",
     "Said Al Harthy", "Foreign Minister", "OM"),
    # a title given later in the clause
    ("Two days after Rahim Chowdhury resigned as Prime Minister, protests ended in Bangladesh.",
     "Rahim Chowdhury", "Prime Minister", "BD"),
    ("Veteran economist Farida Akter flew back to Dhaka to be sworn in as the head of Bangladesh's caretaker government.",
     "Farida Akter", "Head", "BD"),
    # the official's country is the one the sentence names that nobody else represents
    ("Trade between Chile and Peru grew, Prime Minister Tomas Rojas said at talks with Premier of Peru Luis Quispe.",
     "Tomas Rojas", "Prime Minister", "CL"),
    # two people of one country with different titles; the article's own country otherwise
    ("Prime Minister Arjun Mehta held talks in Hanoi with his Vietnamese counterpart Le Van Tam. "
     "Commerce Minister Ravi Iyer, who accompanied him, met Vietnamese Trade Minister Do Thanh. India's exports rose.",
     "Ravi Iyer", "Commerce Minister", "IN"),
    # one country has one President: the second President is of the other country
    ("President Kamau departed on Sunday after talks with President Yoweri Okello. Kenya and Uganda agreed to expand trade.",
     "Yoweri Okello", "President", "UG"),
    # an unnamed official introduced just before is the named one
    ("The Indian commerce minister said trade would double. Commerce Minister Vikram Rao said so at a seminar in Mumbai.",
     "Vikram Rao", "Commerce Minister", "IN"),
])
def test_title_from_another_mention(extractor, text, name, title, country):
    p = person(extractor, text, name)
    assert title in p.titles
    assert p.country == country


def test_possessive_country_before_a_bare_name(extractor):
    p = person(extractor, "Poland's Tomasz Nowicki and the Czech leader signed the pact.", "Tomasz Nowicki")
    assert p.country == "PL"


@pytest.mark.parametrize("text, name, title", [
    ("Bolat Nurlanov and Aziz Karimov signed the plan. The Presidents of Kazakhstan and Uzbekistan then met the press.",
     "Aziz Karimov", "President"),
    ("Kamal Aliyev and Timur Sadykov met in Baku. The Azerbaijani and Kyrgyz prime ministers agreed on a road map.",
     "Timur Sadykov", "Prime Minister"),
])
def test_plural_title_of_named_pair(extractor, text, name, title):
    assert title in person(extractor, text, name).titles


@pytest.mark.parametrize("text, name, mentions", [
    ("Belarus's Deputy Prime Minister Pavel Sidorenko arrived. Sidorenko said the talks went well.",
     "Pavel Sidorenko", ["Pavel Sidorenko", "Sidorenko"]),
    # the full name given later names the person
    ("Mr. Verma met investors. Later, Prime Minister Rakesh Verma spoke to the press.",
     "Rakesh Verma", ["Verma", "Rakesh Verma"]),
    ("Emir of Qatar Sheikh Hamad bin Khalid Al Thani met the delegation. Sheikh Hamad thanked the guests.",
     "Hamad bin Khalid Al Thani", ["Hamad bin Khalid Al Thani", "Hamad"]),
])
def test_surnames_join_the_full_name(extractor, text, name, mentions):
    people = entity_doc(extractor, text)._.people
    assert [p.name for p in people] == [name]
    assert [m.text for m in people[0].mentions] == mentions


@pytest.mark.parametrize("text, absent", [
    # bylined authors are not people of the article
    (" date 2022-11-16 By Azernews\n\nBy Leyla Hasanli\n\nEconomy Minister Farid Guliyev met bankers.\n\nLeyla Hasanli is a staff writer.\n",
     "Leyla Hasanli"),
    # a title word before a country is not a name
    ("The Investment Promotion Organization of Kenya said sales rose.", "Promotion"),
    ("Reflecting the decreasing trade, South Korea cut its forecast.", "South"),
    # a Title Case headline: the word after a title is not a name
    ("Azerbaijan's PM Meets Belarus Deputy PM in Baku", "Meets"),
    ("HH the Amir Holds Phone Call with Prime Minister of Pakistan", "Holds Phone Call"),
    ("President Receives Visiting Kazakh Minister", "Receives"),
    # the agency's reporter and editor credited at the foot
    ("The ministers met in Jakarta.\n\nReporter: Aditya Wibowo\nEditor: Sri Lestari\nCopyright © ANTARA 2023",
     "Aditya Wibowo"),
    ("The ministers met in Jakarta.\n\nReporter: Aditya Wibowo\nEditor: Sri Lestari\nCopyright © ANTARA 2023",
     "Lestari"),
    # a palace named in Arabic or Malay is a place, not a person
    ("The President received the guest at Qasr Al Watan in Abu Dhabi.", "Qasr Al Watan"),
    # staff credits
    ("The deal was signed on Monday. (Reporting by John Carter; Editing by Anna Lee)", "John Carter"),
    # a photographer credited after the agency
    ("Containers are stacked at the port of Santos, in a file photo. EFE/Marta Lopes", "Marta Lopes"),
    ("Visitors look at wines at the expo. (Xinhua/Chen Wei)", "Chen Wei"),
    # a name no title introduces, after `in`, is a place the recogniser took for a person; a licence is none
    ("The group plans to invest R$2.5 billion in a fertilizer blending plant in Mato Grosso.", "Mato Grosso"),
    ("The ministers met in Rio.\n\nAgencia Brasil - Creative Commons License CC BY 4.0", "Creative Commons"),
    # a participle opening the clause is no first name
    ("Receiving Zhumangarin in Hanoi today, Prime Minister Pham Minh Chinh recalled the talks.",
     "Receiving Zhumangarin"),
])
def test_not_people(extractor, text, absent):
    names = [p.name for p in entity_doc(extractor, text)._.people]
    assert absent not in names


@pytest.mark.parametrize("text, name, country", [
    # a known official found where the entity recogniser misses them, with their country
    ("The sides recalled that the Presidents Sadyr Japarov and Shavkat Mirziyoyev met in Dushanbe.",
     "Sadyr Japarov", "KG"),
    ("He said Prime Minister Imran Khan met President Xi Jinping in Beijing.", "Xi Jinping", "CN"),
    # a surname only one country's officials bear, standing where a person stands
    ("Erdogan, Putin hold phone call on grain deal", "Erdogan", "TR"),
    ("Tokayev: trade with Uzbekistan will reach $10 billion", "Tokayev", "KZ"),
])
def test_known_officials(extractor, text, name, country):
    assert person(extractor, text, name).country == country


@pytest.mark.parametrize("text, absent", [
    # a known surname that is also a word, where no person stands
    ("The Jordan Times is printed in English and Arabic.", "English"),
    ("Tariffs will be cut in May, the ministry said.", "May"),
])
def test_known_surnames_only_where_a_person_stands(extractor, text, absent):
    assert absent not in [p.name for p in entity_doc(extractor, text)._.people]


@pytest.mark.parametrize("text, first_word, title, country", [
    ("He met the Deputy Prime Minister of Belarus yesterday.", "Deputy", "Deputy Prime Minister", "BY"),
    ("Azerbaijan's Minister of Foreign Affairs arrived.", "Minister", "Minister of Foreign Affairs", "AZ"),
    ("The Uzbek foreign minister said so.", "foreign", "Foreign Minister", "UZ"),
    ("She thanked the Commerce and Industry Minister for his help.", "Commerce", "Commerce and Industry Minister", None),
])
def test_match_title(extractor, text, first_word, title, country):
    doc = entity_doc(extractor, text)
    i = next(t.i for t in doc if t.text == first_word)
    m = match_title(doc, i)
    assert m is not None and m.title == title and m.country == country


def test_find_titles_reports_unnamed_officials(extractor):
    doc = entity_doc(extractor, "The visit of the Prime Minister of Belarus to Azerbaijan went well.")
    titles = find_titles(doc)
    assert [(t.title, t.country) for t in titles] == [("Prime Minister", "BY")]


@pytest.mark.parametrize("text, name, country", [
    # the adjective of the official met belongs to him: the dateline's country for the host
    ("ANKARA, May 4 - Turkey's Prime Minister Emre Kaya spoke on trade. Turkey wants more exports. Later, "
     "Prime Minister Emre Kaya received the Japanese envoy and discussed investment.", "Emre Kaya", "TR"),
    ("DHAKA, June 2 - Prime Minister Rahim Uddin met the Chinese ambassador on Tuesday. "
     "Bangladesh and China agreed to expand trade, and Bangladesh will host a forum.", "Rahim Uddin", "BD"),
    # a dateline abroad (a summit venue) is not the home of a titled visitor
    ("GENEVA: Prime Minister Arjun Nair held talks with Swiss President Lukas Meier. "
     "Indian exporters and Indian firms welcomed the talks.", "Arjun Nair", "IN"),
    # the country a person travels to is not theirs
    ("Tashkent said trade with Kazakhstan grew, ahead of President Nurlan Abenov's state visit to Uzbekistan.",
     "Nurlan Abenov", "KZ"),
    ("Chinese and Pakistani officials met. Vice Premier Ding Wen will visit Islamabad to open the new port.",
     "Ding Wen", "CN"),
    ("HANOI - Deputy Prime Minister Le Minh Duc held talks with New Zealand Trade Minister Sam Porter "
     "during his official visit to New Zealand. Vietnam exports rose.", "Le Minh Duc", "VN"),
    # in one sentence, the unnamed official named first is the other side
    ("The minister called on the President of Ghana and conveyed greetings from President Aliyu Musa. "
     "Nigeria and Ghana trade grew.", "Aliyu Musa", "NG"),
    # the co-chair beside a foreign official is of the other country of the sentence
    ("Trade between Oman and Japan grew 9 percent, Minister of State for Trade Salim Al Harthi said. "
     "The committee was co-chaired by Al Harthi and Japanese Vice Minister Kenji Mori.", "Salim Al Harthi", "OM"),
    # a home official (dateline) whose sentence names only the partner country
    ("ISLAMABAD, May 3 - Finance Minister Aamir Latif said China would roll over a loan. Pakistan needs the funds.",
     "Aamir Latif", "PK"),
    # ... but the one a home official meets is of the sentence's other country
    ("ISLAMABAD, May 3 - Prime Minister Imran Qadir met President Nurlan Abenov, who said Kazakhstan wants rice. "
     "Pakistan and Kazakhstan signed deals.", "Nurlan Abenov", "KZ"),
    # the adjective of the guest does not go to the host
    ("Prime Minister Ana Silva hosted Australian Foreign Minister Kate Ward in Lisbon. Portugal and Australia signed a deal.",
     "Ana Silva", "PT"),
    # a country word on the other party (`the Japanese guest`, `the Korean side`) is not the host's
    ("Ghana and Japan agreed to cooperate. Vice President Kofi Mensah hosted a dinner for the Japanese guest.",
     "Kofi Mensah", "GH"),
    ("Peru and Korea signed a deal. Minister Rosa Quispe briefed the Korean side on mining projects.",
     "Rosa Quispe", "PE"),
    ("Chile and Vietnam trade grew. Minister Pablo Soto welcomed the Vietnamese business partners in Santiago.",
     "Pablo Soto", "CL"),
    # ... also when both countries have a named official already
    ("Vietnamese Minister Tran Van Long is visiting Chile. Chilean Minister Jose Soto received Long in Santiago. "
     "Later, Deputy Minister Pablo Vera hosted a lunch for the Vietnamese guest.", "Pablo Vera", "CL"),
    # the adjective of a group someone leads is theirs, even under a home dateline
    ("NAIROBI, May 3 - Kenya and Poland trade grew. A Polish delegation led by Deputy Agriculture Minister Jan Kowal "
     "visited Nakuru.", "Jan Kowal", "PL"),
    ("NAIROBI, May 3 - Kenya and Poland trade grew. The Polish government delegation, headed by Jan Kowal, "
     "visited Nakuru.", "Jan Kowal", "PL"),
    ("LIMA, May 3 - Peru and Chile met. A Chilean trade mission led by the Deputy Minister of Economy Ana Rojas "
     "arrived in Cusco.", "Ana Rojas", "CL"),
    # the visitor of `who is on a visit to X` is the one the relative clause is about, not the host
    ("Foreign Minister Tesfaye Worku received Djibouti's Finance Minister Ilyas Dini, who is on an official visit "
     "to Ethiopia.", "Tesfaye Worku", "ET"),
])
def test_country_without_adjective(extractor, text, name, country):
    assert person(extractor, text, name).country == country


@pytest.mark.parametrize("text, name, title, country", [
    ("Trade and Industry Minister Amir Hakim said palm oil exports rose.", "Amir Hakim", "Trade and Industry Minister", None),
    ("Minister of State for Foreign Trade Salem Al Zaabi of the UAE opened the fair.",
     "Salem Al Zaabi", "Minister of State for Foreign Trade", "AE"),
    ("South Korean Industry Minister Park Ji-hoon met investors. Park said chip exports rose.",
     "Park Ji-hoon", "Industry Minister", "KR"),
    ("Chinese Ambassador Zhao Lin attended the ceremony.", "Zhao Lin", "Ambassador", "CN"),
    ("The ambassador of Japan to Kenya, Kenji Watanabe, said ties were strong.", "Kenji Watanabe", "Ambassador", "JP"),
    ("The delegation was received by Vice Premier He Wen in Beijing.", "He Wen", "Vice Premier", None),
    ("Former Prime Minister Theresa May spoke in London.", "Theresa May", "Former Prime Minister", "GB"),  # a known official keeps her country
])
def test_titles_and_ambiguous_names(extractor, text, name, title, country):
    p = person(extractor, text, name)
    assert title in p.titles
    assert p.country == country


@pytest.mark.parametrize("text, absent", [
    # English words that are also surnames, without a name beside them
    ("He said trade grew. Park officials agreed. In May exports rose.", "He"),
    ("He said trade grew. Park officials agreed. In May exports rose.", "Park"),
    ("He said trade grew. Park officials agreed. In May exports rose.", "May"),
    # a hyphenated suffix is not a name syllable
    ("The Sharma-led government cut duties, Commerce Minister Ravi Shah said.", "Ravi Shah-led"),
    ("Reporting by Asif Karim; Editing by Joan Park", "Joan Park"),
])
def test_not_names(extractor, text, absent):
    names = [p.name for p in entity_doc(extractor, text)._.people]
    assert absent not in names


# ---------- the fast paths keep the slow paths' answers ----------

# phrasings with people, titles, possessives and hyphens (invented names)
_FAST_PATH_TEXTS = [
    "Kazakh President Askar-Bek Nurlanov met Prime Minister Pieter Jansen of the Netherlands on Monday.",
    "Dr. Amina Bello, Nigeria's Minister of Trade, said exports to Ghana would grow.",
    "The Deputy Prime Minister of Belarus and his Armenian counterpart signed the accord; Jansen left.",
    "Talks were held with the UN Secretary-General and EU foreign policy chief Marta Ruiz in Geneva.",
]


@pytest.mark.parametrize("text", _FAST_PATH_TEXTS)
def test_person_entities_are_the_person_ents(extractor, text):
    from extractor.entities.people_index import person_entities
    doc = entity_doc(extractor, text)
    assert person_entities(doc) == [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text", _FAST_PATH_TEXTS)
def test_token_ranges_read_like_spans(extractor, text):
    from extractor.entities.people_index import range_chars, range_text, token_range
    doc = entity_doc(extractor, text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 8) + 1):
            span = doc[start:end]
            assert range_text(doc, start, end) == span.text
            assert range_chars(doc, start, end) == (span.start_char, span.end_char)
            assert [t.i for t in token_range(doc, start, end)] == [t.i for t in span]


@pytest.mark.parametrize("text", _FAST_PATH_TEXTS)
def test_title_phrases_end_where_the_title_search_looks(extractor, text):
    """``_title_before`` looks for a title only before a title word, portfolio or
    capitalised word: every title phrase, whatever its limit, ends in one."""
    from extractor.entities.people_index import TITLE_END, kind_list
    doc = entity_doc(extractor, text)
    kinds = kind_list(doc)
    found = 0
    for i in range(len(doc)):
        for limit in range(i + 1, len(doc) + 1):
            m = match_title(doc, i, limit)
            if m is not None:
                found += 1
                assert kinds[m.end - 1] & TITLE_END or doc[m.end - 1].text[:1].isupper(), (m.title, limit)
    assert found


def test_a_name_cut_short_is_not_a_second_mention(extractor):
    # the entity recogniser may read `Yoon Jae` where the title path reads `Yoon Jae-in`
    people = extractor.extract("South Korean President Yoon Jae-in met the Japanese envoy in Seoul.").people
    assert [(p.name, [m.text for m in p.mentions]) for p in people] == [("Yoon Jae-in", ["Yoon Jae-in"])]


def test_a_plural_title_is_not_lent_to_someone_told_far_from_it(extractor):
    text = ("Saudi, Egyptian commerce ministers meet in Riyadh\n\nSaudi Minister of Commerce Majid Al-Qasabi met "
            "Egyptian Minister of Trade and Industry Sherif Kamal on Monday. Trade rose. Exports rose. Imports fell.\n\n"
            "Mohammed Al-Suwayed, an economist at a Riyadh-based consultancy, said trade could grow.")
    economist = person(extractor, text, "Mohammed Al-Suwayed")
    assert "Commerce Minister" not in (economist.titles or [])
