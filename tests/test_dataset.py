"""The dataset: records loaded into SQLite idempotently by doc_id, bad lines skipped and
named, and the trade series and meeting timeline merged across articles."""
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from extractor.commands.batch import iter_inputs, process_items, to_line
from extractor.commands.cli import main
from extractor.commands.dataset.series import merge_series, query_series
from extractor.commands.dataset.store import DatasetError, counts, load_records, open_dataset, schema_sql
from extractor.commands.dataset.timeline import Report, merge_meetings, query_timeline
from extractor.commands.records_file import read_record_lines
from extractor.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = "azernews-2022-11-16-azerbaijan-belarus"

# ---------------------------------------------------------------- records built for the tests


def span(text="x", start=0):
    return {"text": text, "start": start, "end": start + len(text)}


def stat(metric="turnover", reporter="AZ", partner="BY", amount=273.1e6, currency="USD", period=("2022-01-01", "2022-09-30"),
         status="reported", change_pct=None, commodity=None, evidence="Trade reached $273.1 million."):
    return {"metric": metric, "reporter": reporter, "partner": partner, "amount": amount, "currency": currency,
            "change_pct": change_pct, "period_start": period[0], "period_end": period[1], "status": status,
            "commodity": commodity, "evidence": span(evidence, 10)}


def meeting(date="2022-11-16", countries=("AZ", "BY"), names=("Ali Asadov", "Igor Petrishenko"), kind="meeting"):
    return {"kind": kind, "status": "held", "date": date, "countries": list(countries),
            "participants": [{"name": n, "title": "Minister", "country": None} for n in names],
            "evidence": span(f"The {kind} of {' and '.join(names) or 'officials'}.", 5)}


def record(doc_id, trade=(), meetings=(), published="2022-11-16", people=()):
    """A record as `newsfacts extract` writes it (validated by the models)."""
    return Article(doc_id=doc_id, published=published, trade_stats=list(trade), meetings=list(meetings),
                   people=[{"name": n, "mentions": [span(n)]} for n in people]).model_dump(mode="json")


def write_jsonl(path: Path, lines) -> Path:
    path.write_text("".join(line if isinstance(line, str) else to_line(line) for line in lines), encoding="utf-8")
    return path


def load(db: Path, *paths):
    conn = open_dataset(db)
    report = load_records(conn, read_record_lines(paths))
    return conn, report


def table_rows(conn):
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in counts(conn)}


# ---------------------------------------------------------------- loading

def test_loading_the_same_records_twice_adds_nothing(tmp_path):
    records = write_jsonl(tmp_path / "r.jsonl", [
        record("a", trade=[stat(), stat("exports", amount=84.4e6)], meetings=[meeting()], people=["Ali Asadov"]),
        record("b", trade=[stat()]),
    ])
    conn, first = load(tmp_path / "f.sqlite", records)
    before = table_rows(conn)
    conn, second = load(tmp_path / "f.sqlite", records)
    assert (first.added, first.replaced, second.added, second.replaced) == (2, 0, 0, 2)
    assert table_rows(conn) == before
    assert counts(conn) == {"articles": 2, "people": 1, "trade_stats": 3, "meetings": 1,
                            "meeting_participants": 2, "meeting_countries": 2}


def test_a_reloaded_article_replaces_its_rows(tmp_path):
    load(tmp_path / "f.sqlite", write_jsonl(tmp_path / "old.jsonl", [record("a", trade=[stat(), stat("exports")])]))
    conn, _ = load(tmp_path / "f.sqlite", write_jsonl(tmp_path / "new.jsonl", [record("a", trade=[stat("imports")])]))
    assert [tuple(r) for r in conn.execute("SELECT doc_id, metric FROM trade_stats")] == [("a", "imports")]
    assert conn.execute("SELECT source FROM articles").fetchone()[0] == f"{tmp_path / 'new.jsonl'}:1"


@pytest.mark.parametrize("line, reason", [
    ('{"doc_id": "a", "error": {"type": "BinaryInput", "message": "a PDF"}}\n',
     "error record for a (BinaryInput: a PDF): no article to load (its rows already in the database are kept)"),
    ('{"doc_id": "a", "trade_st\n', "not valid JSON"),
    ('{"doc_id": "a", "trade_stats": [{"metric": "barter"}]}\n', "not an article record of a: trade_stats.0.metric"),
    ('["a"]\n', "expected a record (a JSON object), got list"),
    ('{"published": "2022-01-01"}\n', 'no "doc_id"'),
    ('{"doc_id": "a", "people": []', "a cut-off last line"),
])
def test_bad_lines_are_skipped_named_and_lose_nothing(tmp_path, line, reason):
    db = tmp_path / "f.sqlite"
    load(db, write_jsonl(tmp_path / "good.jsonl", [record("a", trade=[stat()])]))
    bad = write_jsonl(tmp_path / "bad.jsonl", [record("b", trade=[stat()]), line])
    conn, report = load(db, bad)
    assert report.added == 1
    [skipped] = report.skipped
    assert skipped.startswith(f"{bad}:2: ") and reason in skipped
    assert sorted(r[0] for r in conn.execute("SELECT doc_id FROM trade_stats")) == ["a", "b"]


def test_command_reports_skipped_lines_and_exits_1(tmp_path, capsys):
    bad = write_jsonl(tmp_path / "bad.jsonl", ["not json\n", record("b")])
    assert main(["dataset", str(bad), str(tmp_path / "missing.jsonl"), "--db", str(tmp_path / "f.sqlite")]) == 1
    err = capsys.readouterr().err
    assert f"skipped {bad}:1: not valid JSON" in err
    assert f"skipped {tmp_path / 'missing.jsonl'}: no such file or folder" in err
    assert "1 article added, 0 reloaded (their rows replaced), 2 lines skipped" in err


def test_dask_output_folder_loads_its_part_files_in_manifest_order(tmp_path):
    out = tmp_path / "parts"
    out.mkdir()
    write_jsonl(out / "part-00000.jsonl", [record("a")])
    write_jsonl(out / "part-00001.jsonl", [record("b"), record("c")])
    write_jsonl(out / "stray.jsonl", [record("not-listed")])
    (out / "manifest.json").write_text(json.dumps({"partitions": [{"file": "part-00000.jsonl"},
                                                                 {"file": "part-00001.jsonl"}]}))
    conn, report = load(tmp_path / "f.sqlite", out)
    assert (report.added, report.skipped, report.notes) == (3, [], [])
    assert [r[0] for r in conn.execute("SELECT doc_id FROM articles ORDER BY rowid")] == ["a", "b", "c"]


def test_dask_output_folder_without_manifest_is_read_with_a_note(tmp_path):
    out = tmp_path / "parts"
    out.mkdir()
    write_jsonl(out / "part-00000.jsonl", [record("a")])
    _, report = load(tmp_path / "f.sqlite", out)
    assert report.added == 1 and report.skipped == []
    assert report.notes == [f"{out}: no manifest.json, so the run that wrote it may not have finished; "
                            f"reading its 1 *.jsonl files"]


@pytest.mark.parametrize("content, message", [
    (b"this is not a database at all, just text" * 50, "cannot be used as a dataset"),
    (None, "an SQLite database, but not a newsfacts dataset"),
])
def test_a_file_that_is_not_a_dataset_is_refused_by_name(tmp_path, content, message):
    db = tmp_path / "other.sqlite"
    if content is None:
        with sqlite3.connect(db) as other:
            other.execute("CREATE TABLE t (x)")
    else:
        db.write_bytes(content)
    with pytest.raises(DatasetError, match=message) as info:
        open_dataset(db)
    assert str(db) in str(info.value)


def test_querying_a_missing_database_is_a_usage_error(tmp_path, capsys):
    assert main(["series", "--db", str(tmp_path / "none.sqlite"), "--reporter", "AZ"]) == 2
    assert "none.sqlite: no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()


def test_the_readme_documents_the_schema_in_force():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schema_sql().strip() in readme, "README's SQLite schema differs from extractor/commands/dataset/schema.sql"


# ---------------------------------------------------------------- series

def _rows(records, reporter="AZ"):
    stats = []
    for r in records:
        for s in r["trade_stats"]:
            stats.append({**s, "doc_id": r["doc_id"], "published": r["published"], "approximate": s["approximate"],
                          "evidence_text": s["evidence"]["text"], "evidence_start": s["evidence"]["start"],
                          "evidence_end": s["evidence"]["end"]})
    return merge_series(stats, reporter)


def _summary(rows):
    return [(r.metric, r.partner, r.period_start, r.status, r.amount, r.conflict, r.doc_ids) for r in rows]


JS = ("2022-01-01", "2022-09-30")
FY = ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize("records, expected", [
    # the same figure in two articles: one row, both sources
    ([record("a", [stat()]), record("b", [stat()])],
     [("turnover", "BY", "2022-01-01", "reported", 273.1e6, False, ["a", "b"])]),
    # two figures for the same period: flagged, not averaged
    ([record("a", [stat()]), record("b", [stat(amount=270e6)])],
     [("turnover", "BY", "2022-01-01", "reported", None, True, ["a", "b"])]),
    # the same amount in another currency is another figure
    ([record("a", [stat()]), record("b", [stat(currency="EUR")])],
     [("turnover", "BY", "2022-01-01", "reported", None, True, ["a", "b"])]),
    # Belarus' exports to Azerbaijan are Azerbaijan's imports from Belarus
    ([record("a", [stat("imports", amount=188.7e6)]), record("b", [stat("exports", "BY", "AZ", amount=188.7e6)])],
     [("imports", "BY", "2022-01-01", "reported", 188.7e6, False, ["a", "b"])]),
    # turnover is the same from either side
    ([record("a", [stat()]), record("b", [stat(reporter="BY", partner="AZ")])],
     [("turnover", "BY", "2022-01-01", "reported", 273.1e6, False, ["a", "b"])]),
    # another period, a target, a commodity: other rows; the earlier period first
    ([record("a", [stat(), stat(period=FY, amount=300e6)]), record("b", [stat(status="target", amount=1e9)]),
      record("c", [stat("exports", commodity="non-oil", amount=5e6)])],
     [("turnover", "BY", "2021-01-01", "reported", 300e6, False, ["a"]),
      ("turnover", "BY", "2022-01-01", "reported", 273.1e6, False, ["a"]),
      ("turnover", "BY", "2022-01-01", "target", 1e9, False, ["b"]),
      ("exports", "BY", "2022-01-01", "reported", 5e6, False, ["c"])]),
    # a growth rate alone agrees with an amount; two different rates do not
    ([record("a", [stat(change_pct=12.0)]), record("b", [stat(amount=None, currency=None, change_pct=12.0)])],
     [("turnover", "BY", "2022-01-01", "reported", 273.1e6, False, ["a", "b"])]),
    ([record("a", [stat(change_pct=12.0)]), record("b", [stat(change_pct=15.0)])],
     [("turnover", "BY", "2022-01-01", "reported", 273.1e6, True, ["a", "b"])]),
])
def test_series_merges_and_flags(records, expected):
    assert _summary(_rows(records)) == expected


def test_series_rows_keep_every_source_and_its_evidence(tmp_path):
    records = [record("a", [stat(evidence="Turnover was $273.1 million.")], published="2022-11-16"),
               record("b", [stat(reporter="BY", partner="AZ", amount=270e6, evidence="Trade hit $270 million.")],
                      published="2022-11-20")]
    conn, _ = load(tmp_path / "f.sqlite", write_jsonl(tmp_path / "r.jsonl", records))
    [row] = query_series(conn, "AZ", "BY")
    assert [(s.doc_id, s.published, s.amount, s.as_reported, s.evidence_text, s.evidence_start) for s in row.sources] == [
        ("a", "2022-11-16", 273.1e6, "AZ-BY turnover", "Turnover was $273.1 million.", 10),
        ("b", "2022-11-20", 270e6, "BY-AZ turnover", "Trade hit $270 million.", 10)]
    assert row.figures == [(273.1e6, "USD"), (270e6, "USD")]


def test_series_command_filters_by_metric_and_writes_csv(tmp_path, capsys):
    records = write_jsonl(tmp_path / "r.jsonl", [
        record("a", [stat(), stat("exports", amount=84.4e6), stat("imports", partner="RU", amount=1e6)]),
        record("b", [stat(amount=270e6)])])
    db = str(tmp_path / "f.sqlite")
    assert main(["dataset", str(records), "--db", db]) == 0
    capsys.readouterr()
    assert main(["series", "--db", db, "--reporter", "AZ", "--partner", "BY", "--metric", "turnover", "--csv"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].startswith("metric,reporter,partner,period_start,period_end,status,commodity,amount,currency,"
                               "change_pct,conflict,doc_id")
    assert [line.split(",")[:12] for line in lines[1:]] == [
        ["turnover", "AZ", "BY", "2022-01-01", "2022-09-30", "reported", "", "", "", "", "1", "a"],
        ["turnover", "AZ", "BY", "2022-01-01", "2022-09-30", "reported", "", "", "", "", "1", "b"]]
    assert "AZ-BY: 1 figure, 1 in conflict, from 2 articles" in out.err


def test_series_of_the_samples(extractor, tmp_path, capsys):
    """Done when: the samples' records, loaded, give the seed's Jan-Sept 2022 figures."""
    records = write_jsonl(tmp_path / "samples.jsonl", process_items(extractor, iter_inputs([str(ROOT / "samples")])))
    db = str(tmp_path / "facts.sqlite")
    assert main(["dataset", str(records), "--db", db]) == 0
    capsys.readouterr()
    assert main(["series", "--db", db, "--reporter", "AZ", "--partner", "BY"]) == 0
    out = capsys.readouterr().out
    for metric, figure in [("turnover", "273,100,000 USD"), ("exports", "84,400,000 USD"),
                           ("imports", "188,700,000 USD")]:
        heads = [line for line in out.splitlines() if line.startswith(f"AZ-BY  {metric} ") and "2022-01-01..2022-09-30" in line]
        assert len(heads) == 1 and heads[0].rstrip().endswith(figure + "  [1 source]"), out
        source = out.splitlines()[out.splitlines().index(heads[0]) + 1]
        assert f"{figure}  {SEED} [3012:3194]" in source
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ newsfacts series --db facts.sqlite --reporter AZ --partner BY\n", 1)[1].split("```", 1)[0]
    assert shown == out, "README's series output is stale: paste the output above into it"


# ---------------------------------------------------------------- timeline

def report(doc_id, date="2022-11-16", names=("Ali Asadov",), countries=("AZ", "BY"), kind="meeting", index=0):
    return Report(doc_id=doc_id, meeting_index=index, published=None, kind=kind, status="held", date=date,
                  location=None, participants=tuple((n, None, None) for n in names), countries=tuple(countries),
                  evidence_text="...", evidence_start=0, evidence_end=3)


@pytest.mark.parametrize("reports, expected", [
    # same date, same participants (countries differ in how each article named them)
    ([report("a", countries=("AZ",)), report("b", countries=("AZ", "BY"))], [["a", "b"]]),
    # same date, same countries, participants named differently
    ([report("a", names=("Ali Asadov",)), report("b", names=())], [["a", "b"]]),
    # same date, different countries and people: two meetings
    ([report("a"), report("b", names=("Other Person",), countries=("AZ", "RU"))], [["a"], ["b"]]),
    # another date, or a date less precise: not compared; in date order (2022-11 first)
    ([report("a"), report("b", date="2022-11-17"), report("c", date="2022-11")], [["c"], ["a"], ["b"]]),
    # two meetings of one article stay two, and another article's talks join the talks
    ([report("a", kind="visit"), report("a", kind="talks", index=1), report("b", kind="talks")],
     [["a"], ["a", "b"]]),
    # undated meetings never merge, and come last
    ([report("a", date=None), report("b", date=None), report("c", date="2021-01-05")], [["c"], ["a"], ["b"]]),
])
def test_timeline_merges_the_same_meeting(reports, expected):
    events = merge_meetings(reports)
    assert [[r.doc_id for r in e.reports] for e in events] == expected


def test_timeline_from_the_database_filters_by_country(tmp_path, capsys):
    records = write_jsonl(tmp_path / "r.jsonl", [
        record("a", meetings=[meeting("2022-11-16"), meeting("2022-05", ("RU", "CN"), ("Putin Aide",))]),
        record("b", meetings=[meeting("2022-11-16", names=("Ali Asadov", "Igor Petrishenko"))]),
    ])
    conn, _ = load(tmp_path / "f.sqlite", records)
    events = query_timeline(conn, "BY")
    assert [(e.date, e.doc_ids, e.countries) for e in events] == [("2022-11-16", ["a", "b"], ["AZ", "BY"])]
    assert [(e.date, e.doc_ids) for e in query_timeline(conn)] == [("2022-05", ["a"]), ("2022-11-16", ["a", "b"])]
    assert main(["timeline", "--db", str(tmp_path / "f.sqlite"), "--country", "BY"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2022-11-16  meeting    held    AZ, BY") and out[0].endswith("[2 sources]")
    assert out[1] == "    with Ali Asadov (Minister); Igor Petrishenko (Minister)"


# ---------------------------------------------------------------- plot

def test_plot_writes_a_png(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    records = write_jsonl(tmp_path / "r.jsonl", [record("a", [stat(), stat(period=FY, amount=300e6)]),
                                                 record("b", [stat(amount=270e6)])])
    db = str(tmp_path / "f.sqlite")
    main(["dataset", str(records), "--db", db])
    assert main(["series", "--db", db, "--reporter", "AZ", "--partner", "BY", "--plot", str(tmp_path / "s.png")]) == 0
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(2 of 2 figures" in capsys.readouterr().err


def test_plot_without_matplotlib_is_a_clear_error(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "f.sqlite")
    main(["dataset", str(write_jsonl(tmp_path / "r.jsonl", [record("a", [stat()])])), "--db", db])
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    assert main(["series", "--db", db, "--reporter", "AZ", "--plot", str(tmp_path / "s.png")]) == 2
    assert "--plot needs matplotlib, an optional extra: pip install 'newsfacts[plot]'" in capsys.readouterr().err
