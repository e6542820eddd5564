"""The command line as a user runs it: ``newsfacts extract|validate|schema``."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.commands.cli import main

ARTICLE = ("date 2023-03-14 By Staff Reporter\n"
           "Ministers of two neighbouring countries met in the capital on Tuesday to discuss a new "
           "pipeline. The talks will continue next month, an official said.\n")
NO_HEADER = "Farmers in the valley said the harvest was better than expected.\n"


def _corpus(root: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed(tmp_path):
    return _corpus(tmp_path / "in", {
        "a.txt": ARTICLE, "b/c.txt": NO_HEADER, "d.txt": b"", "e.txt": b"\x00\x01binary",
        "f.txt": "caf\u00e9 prices rose in the old town, traders said.\n".encode("cp1252"),
        "readme.md": "not an input",
    })


def test_extract_folder_one_record_per_file_in_order(extractor, mixed, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(mixed), "--out", str(out)])
    records = _records(out)
    assert [r["doc_id"] for r in records] == ["a", "b/c", "d", "e", "f"]
    assert [r["error"]["type"] for r in records if "error" in r] == ["EmptyInput", "BinaryInput"]
    assert any(w.startswith("input was not UTF-8") for w in records[4]["warnings"])
    assert status == 1  # some articles failed
    err = capsys.readouterr().err
    assert "d: EmptyInput" in err and "e: BinaryInput" in err
    assert "3 articles, 2 errors" in err and "articles/s" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_extract_all_good_exits_zero_and_writes_stdout(extractor, tmp_path, capsys):
    corpus = _corpus(tmp_path / "in", {"x.txt": ARTICLE, "y.txt": ARTICLE})
    assert main(["extract", str(corpus)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["x", "y"]


@pytest.mark.parametrize("args, published", [
    ([], None),
    (["--published", "2021-06-30"], "2021-06-30"),
])
def test_published_option_for_texts_without_a_date(extractor, tmp_path, args, published):
    corpus = _corpus(tmp_path / "in", {"x.txt": NO_HEADER})
    out = tmp_path / "out.jsonl"
    main(["extract", str(corpus), "--out", str(out), *args])
    assert _records(out)[0]["published"] == published


def test_jsonl_input_keeps_ids_and_dates(extractor, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n-1", "text": NO_HEADER, "published": "2020-01-02"}) + "\n"
                   + "{not json\n" + json.dumps({"id": "n-3", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "--out", str(out)]) == 1
    records = _records(out)
    assert [r["doc_id"] for r in records] == ["n-1", "in.jsonl:2", "n-3"]
    assert records[0]["published"] == "2020-01-02" and records[1]["error"]["type"] == "BadJSONL"


def test_resume_skips_done_ids_and_repairs_a_cut_line(extractor, tmp_path, capsys):
    corpus = _corpus(tmp_path / "in", {f"{n}.txt": ARTICLE for n in ("a", "b", "c", "d")})
    out = tmp_path / "out.jsonl"
    main(["extract", str(corpus), "--out", str(out)])
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # as if the run had been killed while writing the third record
    out.write_text("".join(full[:2]) + full[2][:25], encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(corpus), "--out", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == full
    assert "2 skipped" in capsys.readouterr().err


def test_workers_output_identical_to_one_worker(extractor, mixed, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    main(["extract", str(mixed), "--out", str(one)])
    main(["extract", str(mixed), "--out", str(two), "--workers", "2"])
    assert two.read_bytes() == one.read_bytes()


@pytest.mark.parametrize("argv", [
    ["extract", "x", "--published", "14/03/2023"],
    ["extract", "x", "--published", "2023-02-30"],
    ["extract", "x", "--workers", "two"],
    ["extract", "x", "--workers", "-1"],
    ["extract"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_resume_needs_an_output_file(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--resume"]) == 2
    assert "--resume needs --out" in capsys.readouterr().err


def test_schema_prints_the_article_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "trade_stats" in schema["properties"]


def test_python_dash_m_extract_as_the_eval_harness_calls_it(tmp_path):
    corpus = _corpus(tmp_path / "text", {"one.txt": ARTICLE, "two.txt": NO_HEADER})
    out = tmp_path / "pred.jsonl"
    done = subprocess.run([sys.executable, "-m", "extractor", "extract", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [r["doc_id"] for r in _records(out)] == ["one", "two"]
    assert "2 articles, 0 errors" in done.stderr
