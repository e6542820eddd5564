import pytest

from extractor import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One loaded pipeline for the whole test session."""
    return Extractor()
