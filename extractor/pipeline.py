"""The pipeline: text -> spaCy ``Doc`` -> entity layer -> event layer -> ``Article``.

Each layer is a spaCy component registered by name (``newsfacts_countries``,
``newsfacts_money``, ...) that reads and writes ``Doc._`` attributes declared in
``extractor.doc``. ``Extractor`` loads the spaCy pipeline once per process, adds the
components, and turns each finished ``Doc`` into an ``Article`` record.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import doc as doc_attrs
from .frontmatter import parse_front_matter  # also registers newsfacts_front_matter
from .model import load_spacy, resolve_model_name
from .records import Article
from .lines import keep_brackets_whole, keep_honorifics_with_names, mark_line_starts
from .spans import remember_text
from .article_input import check_article_input
from .long_text import extract_long

# registers the components with spaCy (import for side effect, in flow order)
from .entities import countries, places, people, periods, dates, money  # noqa: F401,E402
from .events import meetings, trade  # noqa: F401,E402

# the components, in the order they run: each may read what the earlier ones wrote
COMPONENTS = (
    "newsfacts_front_matter",
    "newsfacts_countries",
    "newsfacts_places",
    "newsfacts_people",
    "newsfacts_periods",
    "newsfacts_dates",
    "newsfacts_money",
    "newsfacts_meetings",
    "newsfacts_trade",
)

_PIPELINES: dict[str, Language] = {}


def build_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with the newsfacts components, built once per process and model."""
    name = resolve_model_name(model)
    if name not in _PIPELINES:
        nlp = load_spacy(name)
        for component in COMPONENTS:
            nlp.add_pipe(component, last=True)
        _PIPELINES[name] = nlp
    return _PIPELINES[name]


class Extractor:
    """Holds a loaded pipeline; ``extract`` one text or ``pipe`` many.

    >>> ex = Extractor()
    >>> article = ex.extract(text, published="2022-11-16")
    >>> article.model_dump(mode="json")
    """

    def __init__(self, model: str | None = None, *, batch_size: int = 16):
        self.model = resolve_model_name(model)
        self.nlp = build_pipeline(self.model)
        self.batch_size = batch_size

    def make_doc(self, text: str, *, published: date | str | None = None, doc_id: str | None = None) -> Doc:
        """A tokenized ``Doc`` carrying its front matter, ready for the pipeline."""
        check_article_input(text, published)
        doc = self.nlp.make_doc(text)
        remember_text(doc, text)
        mark_line_starts(doc, text)
        keep_brackets_whole(doc)
        keep_honorifics_with_names(doc)
        doc._.front = parse_front_matter(text, published)
        doc._.doc_id = doc_id
        return doc

    def parse(self, text: str, *, published: date | str | None = None, doc_id: str | None = None,
              until: str | None = None) -> Doc:
        """The processed spaCy ``Doc`` (records on ``doc._.people``, ``doc._.meetings``...),
        for users who want the parse too; ``until`` stops after that component
        (``"newsfacts_people"``): the layers after it are skipped."""
        doc = self.make_doc(text, published=published, doc_id=doc_id)
        if until is not None and until not in self.nlp.pipe_names:
            raise ValueError(f"no component {until!r} in the pipeline: {', '.join(self.nlp.pipe_names)}")
        for name, component in self.nlp.pipeline:
            doc = component(doc)
            if name == until:
                break
        return doc

    def extract(self, text: str, *, published: date | str | None = None, doc_id: str | None = None) -> Article:
        if isinstance(text, str) and len(text) > self.nlp.max_length:
            # too long for one spaCy pass: parsed in pieces, same record shape
            return extract_long(self, text, published=published, doc_id=doc_id)
        doc = self.make_doc(text, published=published, doc_id=doc_id)
        return to_article(self.nlp(doc))

    def pipe(self, texts: Iterable[str] | Iterable[tuple[str, dict[str, Any]]], *,
             as_tuples: bool = False, batch_size: int | None = None) -> Iterator[Article]:
        """Articles for ``texts``, batched through ``nlp.pipe``.

        With ``as_tuples=True`` each item is ``(text, {"published": ..., "doc_id": ...})``.
        """
        def docs():
            for item in texts:
                if as_tuples:
                    text, context = item
                    yield self.make_doc(text, **(context or {}))
                else:
                    yield self.make_doc(item)
        for doc in self.nlp.pipe(docs(), batch_size=batch_size or self.batch_size):
            yield to_article(doc)


def to_article(doc: Doc) -> Article:
    """The ``Article`` record of a processed ``Doc``."""
    front = doc._.front
    return Article(
        doc_id=doc._.doc_id,
        published=front.published.isoformat() if front.published else None,
        publisher=front.publisher,
        authors=list(front.authors),
        people=doc._.people or [],
        countries=doc._.countries or [],
        locations=doc._.locations or [],
        organizations=doc._.organizations or [],
        dates=doc._.dates or [],
        periods=doc._.periods or [],
        money=doc._.money or [],
        meetings=doc._.meetings or [],
        trade_stats=doc._.trade_stats or [],
        warnings=[*front.warnings, *(doc._.warnings or [])],
    )


_DEFAULT: Extractor | None = None


def extract(text: str, *, published: date | str | None = None, doc_id: str | None = None) -> Article:
    """Extract one article with the default pipeline (loaded on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, published=published, doc_id=doc_id)


__all__ = ["Extractor", "extract", "build_pipeline", "to_article", "doc_attrs"]
