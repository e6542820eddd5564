"""Sentence boundaries fixed from the layout before the parser runs (extractor/lines.py)."""
import pytest


def sentences(extractor, text):
    return [s.text.strip() for s in extractor.parse(text, until="parser").sents if s.text.strip()]


@pytest.mark.parametrize("text, expected", [
    # a headline without a stop is no part of the lead below it
    (" date 2023-11-21 By Wire\nPoland, Latvia eye more trade\n\nPoland-Latvia trade reached $1.2 billion last year.",
     ["date 2023-11-21 By Wire", "Poland, Latvia eye more trade", "Poland-Latvia trade reached $1.2 billion last year."]),
    # the line start is a boundary, the word after it is not (`Poland` | `and Latvia ...`)
    (" date 2022-11-16 By Wire\n\nBy Anna Nowak\n\nPoland and Latvia have discussed the expansion of trade, Wire reports.",
     ["date 2022-11-16 By Wire", "By Anna Nowak",
      "Poland and Latvia have discussed the expansion of trade, Wire reports."]),
    # a bracket is never cut, not even at its colon
    (" date 2024-08-09 By Bernama\nTrade with Chile up 4.2 pct\n\nKUALA LUMPUR, Aug 9 (Bernama) -- Malaysia wants "
     "closer ties with Chile, the minister said.\n\nHe said Malaysia's total trade with Chile rose 4.2 per cent "
     "year-on-year to RM76.31 billion in the first half of 2024 (1H 2023: RM73.23 billion), with exports amounting "
     "to RM39.84 billion and imports RM36.47 billion.\n",
     ["date 2024-08-09 By Bernama", "Trade with Chile up 4.2 pct",
      "KUALA LUMPUR, Aug 9 (Bernama) -- Malaysia wants closer ties with Chile, the minister said.",
      "He said Malaysia's total trade with Chile rose 4.2 per cent year-on-year to RM76.31 billion in the first half "
      "of 2024 (1H 2023: RM73.23 billion), with exports amounting to RM39.84 billion and imports RM36.47 billion."]),
    # the stop of an abbreviated honorific ends no sentence
    ("The minister received the Minister of Trade of Ghana, Hon. Kwabena Mensah. Mensah is on a visit.",
     ["The minister received the Minister of Trade of Ghana, Hon. Kwabena Mensah.", "Mensah is on a visit."]),
    ("He met Engr. Musa Ali and Amb. Yusuf Bello. He is a gen. Then.",
     ["He met Engr. Musa Ali and Amb. Yusuf Bello.", "He is a gen.", "Then."]),
])
def test_layout_fixes_sentence_boundaries(extractor, text, expected):
    assert sentences(extractor, text) == expected
