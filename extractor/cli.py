"""Command line: ``newsfacts extract PATH... --out FILE`` (also ``python -m extractor``)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    items = []
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():
            for f in sorted(path.rglob(args.glob)):
                items.append((str(f.relative_to(path).with_suffix("")), f))
        else:
            items.append((path.stem, path))
    extractor = Extractor()
    out = sys.stdout if args.out in (None, "-") else open(args.out, "w", encoding="utf-8")
    try:
        texts = ((f.read_text(encoding="utf-8"), {"doc_id": doc_id, "published": args.published})
                 for doc_id, f in items)
        for article in extractor.pipe(texts, as_tuples=True):
            out.write(json.dumps(article.model_dump(mode="json"), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import article_schema

    print(json.dumps(article_schema(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from files, folders or JSONL")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("--out", default="-", help="output JSONL file, or - for stdout")
    ex.add_argument("--glob", default="*.txt", help="file pattern inside folders (default *.txt)")
    ex.add_argument("--published", default=None, help="publication date YYYY-MM-DD for every input")
    ex.set_defaults(func=_cmd_extract)
    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.set_defaults(func=_cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
