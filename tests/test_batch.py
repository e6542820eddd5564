"""Batch inputs and outputs: every input gives exactly one record, in input order."""
import json
import multiprocessing
import os

import pytest

from extractor.commands import batch
from extractor.commands.batch import InputItem, decode_bytes, iter_inputs, jsonl_items, process_items

ARTICLE = ("date 2023-03-14 By Staff Reporter\n"
           "Ministers of two neighbouring countries met in the capital on Tuesday to discuss a new "
           "pipeline. The talks will continue next month, an official said.\n")
NO_HEADER = ("Farmers in the valley said the harvest was better than expected and that prices at the "
             "market had held steady.\n")
CP1252_TEXT = ("The caf\u00e9 owner in Z\u00fcrich said the \u201cnew rules\u201d \u2013 announced "
               "on Monday \u2013 would cost him customers.\n")


# ---------------------------------------------------------------- decode_bytes

@pytest.mark.parametrize("raw, error_type, warning", [
    (ARTICLE.encode("utf-8"), None, None),
    ("\ufeff".encode("utf-8") + ARTICLE.encode("utf-8"), None, None),           # UTF-8 BOM: dropped
    (CP1252_TEXT.encode("cp1252"), None, "not UTF-8: decoded as cp1252"),       # Windows editor
    (ARTICLE.encode("utf-16"), None, "UTF-16"),                                 # UTF-16 with BOM
    (b"", "EmptyInput", None),
    (b"   \n\t\r\n  ", "EmptyInput", None),
    ("\u00a0\u2003\n".encode("utf-8"), "EmptyInput", None),                     # Unicode spaces only
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "BinaryInput", None),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "BinaryInput", None),
    (b"PK\x03\x04\x14\x00\x06\x00", "BinaryInput", None),                        # a .docx renamed .txt
    (b"some text\x00\x00\x01\x02 more", "BinaryInput", None),
    (bytes(range(1, 9)) * 50 + b" words", "BinaryInput", None),                 # control characters
])
def test_decode_bytes(raw, error_type, warning):
    item = decode_bytes(raw, "doc")
    assert item.doc_id == "doc"
    if error_type is None:
        assert item.error is None and item.text and item.text.strip()
    else:
        assert item.error.type == error_type and item.text is None
        assert item.error.message
    if warning is None:
        assert item.warnings == []
    else:
        assert any(warning in w for w in item.warnings), item.warnings


def test_decode_bytes_reads_cp1252_punctuation_right():
    assert decode_bytes(CP1252_TEXT.encode("cp1252"), "d").text == CP1252_TEXT


# ---------------------------------------------------------------- jsonl_items

@pytest.mark.parametrize("line, doc_id, text, published, error_type", [
    ('{"id": "a1", "text": "Some news."}', "a1", "Some news.", None, None),
    ('{"id": 17, "text": "Some news.", "published": "2021-05-04"}', "17", "Some news.", "2021-05-04", None),
    ('{"id": "a1", "text": "Some news.", "extra": [1, 2]}', "a1", "Some news.", None, None),
    ('{"id": "a1", "text": "Some news."', "src.jsonl:1", None, None, "BadJSONL"),  # cut short
    ('not json at all', "src.jsonl:1", None, None, "BadJSONL"),
    ('["a1", "Some news."]', "src.jsonl:1", None, None, "BadJSONL"),
    ('{"text": "Some news."}', "src.jsonl:1", None, None, "BadJSONL"),           # no id
    ('{"id": "a1"}', "a1", None, None, "BadJSONL"),                               # no text
    ('{"id": "a1", "text": 42}', "a1", None, None, "BadJSONL"),
    ('{"id": "a1", "text": "Some news.", "published": "14/03/2023"}', "a1", None, None, "BadJSONL"),
    ('{"id": "a1", "text": "Some news.", "published": "2023-02-30"}', "a1", None, None, "BadJSONL"),
    ('{"id": "a1", "text": "   "}', "a1", None, None, "EmptyInput"),
])
def test_jsonl_items(line, doc_id, text, published, error_type):
    [item] = list(jsonl_items([line], "src.jsonl"))
    assert (item.doc_id, item.text, item.published) == (doc_id, text, published)
    assert (item.error.type if item.error else None) == error_type


def test_jsonl_items_one_item_per_non_blank_line_with_line_numbers():
    lines = ['{"id": "a", "text": "x"}\n', "\n", "{broken\n", '{"id": "c", "text": "z"}\n']
    items = list(jsonl_items(lines, "in.jsonl"))
    assert [i.doc_id for i in items] == ["a", "in.jsonl:3", "c"]
    assert "line 3" in items[1].error.message


# ---------------------------------------------------------------- iter_inputs

def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_folder_with_mixed_files(tmp_path):
    root = tmp_path / "in"
    _write(root / "b.txt", ARTICLE)
    _write(root / "a.txt", NO_HEADER)
    _write(root / "sub" / "deeper" / "c.txt", ARTICLE)
    _write(root / "notes.md", "not an article")
    _write(root / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    _write(root / "empty.txt", b"")
    _write(root / "scan.txt", b"%PDF-1.4\n\x00\x01")
    (root / "folder.txt").mkdir()                         # a folder named like a file
    os.symlink(root / "missing-target", root / "gone.txt")  # a file that cannot be read
    items = list(iter_inputs([str(root)]))
    assert [(i.doc_id, i.error.type if i.error else None) for i in items] == [
        ("a", None), ("b", None), ("empty", "EmptyInput"), ("gone", "UnreadableFile"),
        ("scan", "BinaryInput"), ("sub/deeper/c", None)]
    assert batch.count_inputs([str(root)]) == len(items)


def test_glob_changes_what_a_folder_gives(tmp_path):
    _write(tmp_path / "x.txt", ARTICLE)
    _write(tmp_path / "y.md", NO_HEADER)
    assert [i.doc_id for i in iter_inputs([str(tmp_path)], glob="*.md")] == ["y"]


def test_files_folders_and_jsonl_in_the_order_given(tmp_path):
    _write(tmp_path / "one.txt", ARTICLE)
    _write(tmp_path / "dir" / "two.txt", ARTICLE)
    _write(tmp_path / "more.jsonl", '{"id": "j1", "text": "x y"}\n{oops\n{"id": "j3", "text": "z"}\n')
    paths = [str(tmp_path / "more.jsonl"), str(tmp_path / "one.txt"), str(tmp_path / "dir"),
             str(tmp_path / "nowhere.txt")]
    items = list(iter_inputs(paths))
    assert [i.doc_id for i in items] == ["j1", "more.jsonl:2", "j3", "one", "two", "nowhere"]
    assert items[-1].error.type == "NotFound"
    assert batch.count_inputs(paths) == len(items)


def test_jsonl_line_not_utf8_is_an_error_item(tmp_path):
    _write(tmp_path / "in.jsonl", b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    items = list(iter_inputs([str(tmp_path / "in.jsonl")]))
    assert [(i.doc_id, i.error.type if i.error else None) for i in items] == [("a", None), ("in.jsonl:2", "BadJSONL")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = _write(tmp_path / "locked.txt", ARTICLE)
    path.chmod(0)
    [item] = list(iter_inputs([str(path)]))
    assert item.error.type == "UnreadableFile"


# ---------------------------------------------------------------- process_items

def test_process_items_one_record_per_item_in_order(extractor):
    items = [InputItem("ok1", ARTICLE), batch.failed("bad", "BinaryInput", "not a text"),
             InputItem("nohead", NO_HEADER),
             # a date that passed no check: the pipeline raises on it, only this record fails
             InputItem("raises", ARTICLE, published="2023-02-30"),
             InputItem("ok2", ARTICLE, warnings=["input was not UTF-8: decoded as cp1252 (detected)"])]
    records = list(process_items(extractor, items, batch_size=8))
    assert [r["doc_id"] for r in records] == ["ok1", "bad", "nohead", "raises", "ok2"]
    assert records[1] == {"doc_id": "bad", "error": {"type": "BinaryInput", "message": "not a text"}}
    assert records[3]["error"]["type"] == "ExtractionError"
    assert "2023-02-30" in records[3]["error"]["message"] or "day" in records[3]["error"]["message"]
    assert records[0]["published"] == "2023-03-14" and batch.NO_DATE_WARNING not in records[0]["warnings"]
    assert records[2]["published"] is None and batch.NO_DATE_WARNING in records[2]["warnings"]
    assert records[4]["warnings"][0].startswith("input was not UTF-8")


def _paragraphs(n):
    lines = ["date 2023-03-14 By Staff Reporter\n"]
    for i in range(n):
        lines.append(f"Delegations from Canada and Mexico met in Ottawa on March {1 + i % 28}, 2023 to "
                     f"discuss a $ {10 + i} million fund. Talks with Japan continue in Tokyo.\n\n")
    return "".join(lines)


def test_long_text_in_pieces_gives_the_same_record(extractor):
    text = _paragraphs(40)
    whole = extractor.extract(text, doc_id="t").model_dump(mode="json")
    pieces = batch.extract_long(extractor, text, doc_id="t", chunk_chars=1500).model_dump(mode="json")
    assert pieces["warnings"][0].startswith("long text")
    pieces["warnings"] = pieces["warnings"][1:]
    assert pieces == whole


@pytest.mark.parametrize("text, size", [
    ("aaa bbb\nccc ddd eee\nfff", 8),
    ("one two three four five six seven", 10),
    ("x" * 25, 10),                       # no break at all: cut hard
    ("short", 100),
])
def test_split_text_pieces_join_back(text, size):
    pieces = batch.split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces)


def test_five_megabyte_article_gives_a_record(extractor, tmp_path):
    # longer than spaCy's max_length (1,000,000): parsed in pieces, one record comes out
    word = "supercalifragilistic" * 40
    path = _write(tmp_path / "huge.txt", (word + " ") * (5_000_000 // (len(word) + 1)) + "end.\n")
    assert path.stat().st_size >= 5_000_000 - 1000
    [record] = list(process_items(extractor, iter_inputs([str(path)])))
    assert record["doc_id"] == "huge" and "error" not in record
    assert record["warnings"][0].startswith("long text")


def test_two_workers_give_the_same_records_as_one(extractor):
    items = [InputItem(f"d{i}", ARTICLE if i % 3 else NO_HEADER) for i in range(12)]
    items[5] = batch.failed("d5", "EmptyInput", "the file is empty (0 bytes)")
    one = list(batch.run_batch(items, workers=1, extractor=extractor))
    two = list(batch.run_batch(items, workers=2, batch_size=2))
    assert two == one
    assert [r["doc_id"] for r in two] == [f"d{i}" for i in range(12)]


# ---------------------------------------------------------------- resume

@pytest.mark.parametrize("content, ids, kept", [
    (b"", set(), b""),
    (b'{"doc_id": "a"}\n{"doc_id": "b"}\n', {"a", "b"}, b'{"doc_id": "a"}\n{"doc_id": "b"}\n'),
    (b'{"doc_id": "a"}\n{"doc_id": "b", "peo', {"a"}, b'{"doc_id": "a"}\n'),   # killed mid-line
    (b'{"doc_id": "a", "error": {"type": "X", "message": "y"}}\n', {"a"},
     b'{"doc_id": "a", "error": {"type": "X", "message": "y"}}\n'),
])
def test_done_ids_drops_a_trailing_partial_line(tmp_path, content, ids, kept):
    out = _write(tmp_path / "out.jsonl", content)
    assert batch.done_ids(out) == ids
    assert out.read_bytes() == kept


def test_to_line_is_one_line_of_json():
    line = batch.to_line({"doc_id": "a", "text": "two\nlines \u201cquoted\u201d"})
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line)["text"] == "two\nlines \u201cquoted\u201d"


# ---------------------------------------------------------------- extract() on bad input

@pytest.mark.parametrize("text, published, error, words", [
    (b"Some news.", None, TypeError, "got bytes: decode it first"),
    (None, None, TypeError, "must be a str, got NoneType"),
    (["Some news."], None, TypeError, "got list"),
    ("Some news.", "yesterday", ValueError, "published must be"),
    ("Some news.", "2023-02-30", ValueError, "'2023-02-30'"),
    ("Some news.", 20230214, ValueError, "published must be"),
])
def test_extract_names_what_is_wrong(extractor, text, published, error, words):
    with pytest.raises(error, match=words):
        extractor.extract(text, published=published)


def test_extract_takes_a_text_longer_than_spacy_max_length(extractor, monkeypatch):
    monkeypatch.setattr(extractor.nlp, "max_length", 1000)
    article = extractor.extract(_paragraphs(12))
    assert article.published == "2023-03-14"
    assert article.warnings[0].startswith("long text")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="patches forked workers")
def test_a_worker_that_dies_costs_only_its_article(monkeypatch):
    # workers are forked: they see this patched step, which kills the process on one article
    real_step = batch._process_batch

    def fragile_step(extractor, items):
        if any(it.doc_id == "boom" for it in items):
            os._exit(1)
        return real_step(extractor, items)

    monkeypatch.setattr(batch, "_process_batch", fragile_step)
    ids = ["a", "b", "c", "boom", "d", "e", "f"]
    records = list(batch.run_batch([InputItem(i, ARTICLE) for i in ids], workers=2, batch_size=2))
    assert [r["doc_id"] for r in records] == ids
    assert [r["error"]["type"] for r in records if "error" in r] == ["WorkerCrashed"]
    assert records[3]["error"]["type"] == "WorkerCrashed"
