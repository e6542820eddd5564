"""``newsfacts validate``: fixture differences, field by field, readable."""
import json

import pytest

from extractor.commands.cli import main
from extractor.commands.validate import diff_values, find_fixtures, validate_fixtures

ARTICLE = ("date 2022-11-16 By Staff Reporter\n"
           "Officials from both governments met on Wednesday to review the project.\n")


@pytest.mark.parametrize("expected, actual, lines", [
    ({"published": "2022-11-16"}, {"published": "2022-11-16", "people": []}, []),
    ({"published": "2022-11-16"}, {"published": "2022-11-15"}, ["published: expected 2022-11-16, got 2022-11-15"]),
    ({"published": "2022-11-16"}, {"published": None}, ["published: expected 2022-11-16, got null"]),
    ({"publisher": "Trend"}, {}, ["publisher: expected Trend, missing"]),
    ({"trade_stats": [{"metric": "exports", "period_end": "2022-09-30"}]},
     {"trade_stats": [{"metric": "exports", "period_end": "2022-09-01", "amount": 5.0}]},
     ["trade_stats[0].period_end: expected 2022-09-30, got 2022-09-01"]),
    # the second statistic differs: reported at its own index
    ({"trade_stats": [{"metric": "exports", "period_end": "2022-09-30"},
                      {"metric": "imports", "period_end": "2022-09-30"}]},
     {"trade_stats": [{"metric": "exports", "period_end": "2022-09-30"},
                      {"metric": "imports", "period_end": "2022-09-01"}]},
     ["trade_stats[1].period_end: expected 2022-09-30, got 2022-09-01"]),
    # one extra person in the middle: one line, not a cascade over the later ones
    ({"people": [{"name": "Ann Lee"}, {"name": "Bo Chan"}]},
     {"people": [{"name": "Ann Lee"}, {"name": "Cy Diaz"}, {"name": "Bo Chan"}]},
     ['people[1]: unexpected {"name": "Cy Diaz"}']),
    ({"people": [{"name": "Ann Lee"}, {"name": "Bo Chan"}]}, {"people": [{"name": "Bo Chan"}]},
     ['people[0]: expected {"name": "Ann Lee"}, missing']),
    ({"money": [{"amount": 273100000}]}, {"money": [{"amount": 273100000.0}]}, []),
    ({"money": [{"approximate": False}]}, {"money": [{"approximate": 0}]},
     ["money[0].approximate: expected false, got 0"]),
    ({"countries": [{"code": "AZ"}]}, {"countries": "AZ"}, ['countries: expected [{"code": "AZ"}], got AZ']),
    ({"authors": ["Ann Lee"]}, {"authors": ["Ann Lee", "Bo Chan"]}, ["authors[1]: unexpected Bo Chan"]),
])
def test_diff_values(expected, actual, lines):
    assert diff_values(expected, actual) == lines


def _fixture(root, name, text, expected):
    (root / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / f"{name}.json").write_text(json.dumps(expected), encoding="utf-8")


def test_fixtures_need_both_files(tmp_path):
    _fixture(tmp_path, "a", ARTICLE, {})
    (tmp_path / "lonely.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    _fixture(tmp_path / "sub", "b", ARTICLE, {})
    assert [t.name for t, _ in find_fixtures(tmp_path)] == ["a.txt", "b.txt"]


def test_validate_reports_and_exits_non_zero(extractor, tmp_path, capsys):
    _fixture(tmp_path, "good", ARTICLE, {"published": "2022-11-16", "doc_id": "good"})
    _fixture(tmp_path, "bad", ARTICLE, {"published": "2022-11-17"})
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "bad: 1 difference\n  published: expected 2022-11-17, got 2022-11-16\n" in out
    assert "good" not in out.replace("2 fixtures", "")
    assert "2 fixtures, 1 differ" in out


def test_update_rewrites_fixtures_then_they_pass(extractor, tmp_path, capsys):
    _fixture(tmp_path, "bad", ARTICLE, {"published": "2022-11-17"})
    assert main(["validate", str(tmp_path), "--update"]) == 0
    rewritten = json.loads((tmp_path / "bad.json").read_text(encoding="utf-8"))
    assert rewritten["published"] == "2022-11-16" and rewritten["doc_id"] == "bad"
    assert [r.differences for r in validate_fixtures(tmp_path, extractor=extractor)] == [[]]
    assert main(["validate", str(tmp_path)]) == 0


def test_no_fixtures_is_an_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "no fixtures" in capsys.readouterr().err
