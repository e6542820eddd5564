"""The samples' expected-output fixtures (samples/x.txt beside samples/x.json) hold.

A fixture is the record a user checked by hand; `newsfacts validate samples` prints the
same differences, and `--update` rewrites a fixture once a change is checked.
"""
from pathlib import Path

import pytest

from extractor.commands.validate import find_fixtures, validate_fixtures

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIXTURES = find_fixtures(SAMPLES)


def test_the_seed_sample_has_a_fixture():
    names = {text.stem for text, _ in FIXTURES}
    assert "azernews-2022-11-16-azerbaijan-belarus" in names


@pytest.mark.parametrize("text_path", [t for t, _ in FIXTURES], ids=lambda p: p.stem)
def test_sample_matches_its_fixture(text_path, extractor, tmp_path):
    # validate one fixture pair in a folder of its own, so the test names the sample
    (tmp_path / text_path.name).write_bytes(text_path.read_bytes())
    (tmp_path / (text_path.stem + ".json")).write_bytes(text_path.with_suffix(".json").read_bytes())
    [result] = validate_fixtures(tmp_path, extractor=extractor)
    assert not result.differences, "\n".join(result.differences)
