"""What a person's name is, token by token.

A name token is a capitalised word that is no title, honorific, portfolio, month
beside a day number, weekday, country or common sentence opener; an initial
(`S. Jaishankar`) is one, and an English word that is also a surname (`He Lifeng`,
`Theresa May`) is one beside another name word. A name run is a few name tokens with
particles inside (`Khalid bin Saeed Al Mansouri`) and the syllables of hyphenated
given names (`Ali-Bek Osmonov`, `Park Ji-hoon`). Honorifics (`Dr.`, `Sheikh`) stand
before a name and are not part of it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .countries import surface_forms
from .people_index import country_index, vocabulary


# a name is at most this many tokens (`Khalid bin Saeed Al Mansouri`)
MAX_NAME_TOKENS = 6
_INITIAL_RE = re.compile(r"[A-Z]\.\Z")
# `N.Altantsetseg`, `Ts.Enkhbat`: the father's initial glued to the given name, as Mongolian names are written
_GLUED_INITIAL_RE = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\Z")
# month words are names too (`Theresa May`, `Jan Novak`) except next to a day number
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split())
# capitalised words that open sentences or headings but are never names
_NOT_NAME = frozenset("""the a an this that these those it its he she his her they their we our i you
in on at for of from to by with and or but as after before during under over about according
mr mrs ms dr anti pro non post pre neo pan mid ex""".split())


def name_token(tok: Token, inner: bool = False) -> bool:
    vocab = vocabulary()
    text = tok.text
    low = tok.lower_
    if inner and low in vocab.particles:
        return True
    if not text[:1].isupper() or tok.is_space:
        return False
    if _INITIAL_RE.match(text) or _GLUED_INITIAL_RE.match(text):
        # `S. Jaishankar`, `George W. Bush`, `N.Altantsetseg`
        return True
    core = text.replace("-", "").replace("'", "").replace("’", "")
    if not core.isalpha():
        return False
    if text.isupper() and len(text) > 1:
        return False
    if tok.tag_ == "VBG" and low.endswith("ing") and (tok.is_sent_start or tok.i == 0 or tok.nbor(-1).is_punct):
        return False    # `Receiving Zhumangarin in Hanoi, ...`: a participle opening the clause
    if low in _MONTHS and any(t.like_num for t in (tok.nbor(-1) if tok.i > 0 else tok,
                                                   tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok)):
        return False
    if low in vocab.surname_words:
        # `Vice Premier He Lifeng`, `Park Ji-hoon`, `Theresa May`: an English word is a
        # surname only beside another capitalised name word (the pronoun opens sentences)
        return _beside_name(tok) and not (low == "he" and tok.is_sent_start)
    if (low in vocab.title_words or low in vocab.org_words or low in _DAYS or low in _NOT_NAME
            or low in vocab.headline_words or is_honorific(tok.doc, tok.i) or low in vocab.portfolios or low in vocab.relational):
        return False
    return text not in surface_forms() and tok.i not in _country_tokens(tok.doc)


def _beside_name(tok: Token) -> bool:
    """A capitalised, non-title word glued to ``tok`` on either side (same sentence)."""
    vocab = vocabulary()
    doc = tok.doc
    for j in (tok.i - 1, tok.i + 1):
        if not 0 <= j < len(doc) or (j < tok.i and tok.is_sent_start) or (j > tok.i and doc[j].is_sent_start):
            continue
        other = doc[j]
        if (other.text[:1].isupper() and other.is_alpha and not other.text.isupper() and other.lower_ not in vocab.title_words
                and other.lower_ not in vocab.org_words and other.lower_ not in _NOT_NAME and other.lower_ not in _MONTHS
                and other.lower_ not in _DAYS and other.lower_ not in vocab.surname_words and other.text not in surface_forms()):
            return True
    return False


def given_name_head(doc: Doc, k: int) -> bool:
    """`Amir`, `King` right after a title and before a name word: a given name."""
    return (doc[k].text[:1].isupper() and (doc[k].lower_,) in vocabulary().heads.get(doc[k].lower_, ())
            and k + 1 < len(doc) and not doc[k + 1].is_sent_start and name_token(doc[k + 1]))


# the lowercase syllable of a hyphenated given name (`Sung-min`, `Jae-in`), not a suffix (`Sharma-led`)
# the lower-case second syllable of a hyphenated given name: `Ali-bek`, `Jae-in`, `Jae-hyeon`
# (Korean romanized syllables run to six letters: `hyeong`, `cheong`)
_SYLLABLE_RE = re.compile(r"[a-z]{1,6}\Z")
_NOT_SYLLABLE = frozenset("led era run made born like type style level scale wide term long class owned free".split())


def _country_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside country mentions (`South Africa`): never part of a name."""
    tokens = doc.user_data.get("newsfacts_country_tokens")
    if tokens is None:
        tokens = set()
        for s, e, _ in country_index(doc):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        tokens = frozenset(tokens)
        if doc._.countries is not None:
            doc.user_data["newsfacts_country_tokens"] = tokens
    return tokens


def name_run_end(doc: Doc, i: int, limit: int) -> int:
    """End of the run of name tokens starting at ``i`` (`Ali-Bek Osmonov`)."""
    k = i
    while k < limit and k - i < MAX_NAME_TOKENS + 2:
        tok = doc[k]
        if tok.text == "-" and k > i and k + 1 < limit and not tok.whitespace_ and not doc[k - 1].whitespace_:
            nxt = doc[k + 1]
            if _SYLLABLE_RE.match(nxt.text) and nxt.lower_ not in _NOT_SYLLABLE and not nxt.text.endswith("ed"):
                k += 2
                continue
            k += 1
            continue
        if name_token(tok, inner=k > i):
            k += 1
            continue
        break
    while k > i and (doc[k - 1].lower_ in vocabulary().particles or doc[k - 1].text == "-"):
        k -= 1
    # `Ferdinand Marcos Jr.`: a generational suffix belongs to the name
    if i < k < limit and doc[k].text in NAME_SUFFIXES and k - i >= 2:
        k += 1
        if k < limit and doc[k].text == "." and not doc[k - 1].whitespace_ and doc[k - 1].text in ("Jr", "Sr"):
            k += 1
    return k


NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def is_honorific(doc: Doc, i: int) -> bool:
    """`Dr.`, `Sheikh`, either word of `Tan Sri`, the capitals `HE` / `HH` (His Excellency,
    His Highness: the data lists them in capitals, so the pronoun `he` is none), and the stop
    of `Capt .` when the tokenizer splits it off."""
    vocab = vocabulary()
    low = doc[i].lower_
    if low in vocab.honorifics or doc[i].text in vocab.honorifics:
        return True
    if i + 1 < len(doc) and f"{low} {doc[i + 1].lower_}" in vocab.honorifics:
        return True
    if i > 0 and f"{doc[i - 1].lower_} {low}" in vocab.honorifics:
        return True
    return low == "." and i > 0 and doc[i - 1].lower_ in vocab.honorifics and not doc[i - 1].whitespace_


def skip_honorifics(doc: Doc, i: int, limit: int) -> int:
    vocab = vocabulary()
    while i < limit and (is_honorific(doc, i) or doc[i].lower_ in ("his", "her")
                         and i + 1 < limit and doc[i + 1].lower_ in vocab.honorifics):
        i += 1
    return i
