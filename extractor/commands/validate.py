"""Fixture checks: extract every ``x.txt`` that has an ``x.json`` beside it and report,
field by field, where the record differs from the fixture:

    trade_stats[1].period_end: expected 2022-09-30, got 2022-09-01

A fixture may hold a whole record (as ``--update`` writes it) or only the fields it
cares about: keys absent from the fixture are not compared, so a gold-style file
without spans works too. Lists are aligned first, so one extra person reads as
``people[2]: unexpected ...`` rather than a difference in every later item.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import _file_doc_id, _read_file, process_items

if TYPE_CHECKING:
    from ..pipeline import Extractor

# long values are cut in messages: the path already says where to look
SHOW_CHARS = 160


@dataclass
class FixtureResult:
    name: str                      # the fixture's doc_id: its path under the folder, no suffix
    text_path: Path
    json_path: Path
    differences: list[str] = field(default_factory=list)


def find_fixtures(root: str | Path) -> list[tuple[Path, Path]]:
    """``(x.txt, x.json)`` pairs under ``root``, at any depth, sorted."""
    root = Path(root)
    pairs = []
    for text_path in sorted(root.rglob("*.txt")):
        json_path = text_path.with_suffix(".json")
        if json_path.is_file():
            pairs.append((text_path, json_path))
    return pairs


def validate_fixtures(root: str | Path, *, update: bool = False,
                      extractor: Extractor | None = None) -> list[FixtureResult]:
    """Extract each fixture text and compare with its JSON; with ``update``, rewrite the
    JSON files that differ with the current record."""
    root = Path(root)
    pairs = find_fixtures(root)
    if not pairs:
        return []
    if extractor is None:
        from ..pipeline import Extractor

        extractor = Extractor()
    items = [_read_file(text_path, _file_doc_id(text_path, root)) for text_path, _ in pairs]
    results = []
    for (text_path, json_path), item, record in zip(pairs, items, process_items(extractor, items)):
        result = FixtureResult(item.doc_id, text_path, json_path)
        try:
            expected = json.loads(json_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            result.differences.append(f"cannot read the fixture {json_path.name}: {exc}")
        else:
            result.differences = diff_values(expected, record)
        if update and result.differences:
            json_path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        results.append(result)
    return results


def show(value: Any) -> str:
    """A value as a person reads it in a message: strings bare, the rest as JSON."""
    if isinstance(value, str) and value:
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOW_CHARS else text[:SHOW_CHARS - 3] + "..."


def _same_scalar(expected: Any, actual: Any) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)
    return expected == actual


def diff_values(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Readable differences between a fixture value and an extracted one, one per line."""
    where = path or "record"
    if isinstance(expected, dict) and isinstance(actual, dict):
        lines = []
        for key, value in expected.items():
            sub = f"{path}.{key}" if path else key
            if key not in actual:
                lines.append(f"{sub}: expected {show(value)}, missing")
            else:
                lines.extend(diff_values(value, actual[key], sub))
        return lines
    if isinstance(expected, list) and isinstance(actual, list):
        return _diff_lists(expected, actual, path)
    if isinstance(expected, (dict, list)) or isinstance(actual, (dict, list)):
        return [f"{where}: expected {show(expected)}, got {show(actual)}"]
    if _same_scalar(expected, actual):
        return []
    return [f"{where}: expected {show(expected)}, got {show(actual)}"]


def _alignment_key(item: Any, fields: list[str] | None) -> str:
    # compare items only on the fields the fixture has, so partial fixtures still align
    if isinstance(item, dict) and fields is not None:
        item = {k: item.get(k) for k in fields}
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _diff_lists(expected: list, actual: list, path: str) -> list[str]:
    fields = None
    if expected and all(isinstance(e, dict) for e in expected):
        fields = sorted({k for e in expected for k in e})
    a = [_alignment_key(e, fields) for e in expected]
    b = [_alignment_key(x, fields) for x in actual]
    lines: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            lines.extend(diff_values(expected[i1 + k], actual[j1 + k], f"{path}[{i1 + k}]"))
        for i in range(i1 + paired, i2):
            lines.append(f"{path}[{i}]: expected {show(expected[i])}, missing")
        for j in range(j1 + paired, j2):
            lines.append(f"{path}[{j}]: unexpected {show(actual[j])}")
    return lines


__all__ = ["FixtureResult", "find_fixtures", "validate_fixtures", "diff_values", "show"]
