"""newsfacts: structured, source-grounded facts from raw news articles.

    from extractor import extract
    article = extract(text)                 # an Article (pydantic)
    article.model_dump(mode="json")         # the SPEC.md object
"""
from .pipeline import Extractor, extract
from .records import Article

__version__ = "0.1.0"
__all__ = ["Extractor", "extract", "Article", "__version__"]
