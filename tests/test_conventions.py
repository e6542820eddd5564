"""Conventions of the code base that a wrong line silently breaks."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"

# names the code gives spaCy tokens
TOKEN_NAMES = {"tok", "token", "head", "cur", "root", "top", "anchor", "t", "a", "child", "verb", "noun", "subj", "obj"}


def _is_token_like(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr == "head" or _is_token_like(node.value) and node.attr == "head"
    return isinstance(node, ast.Name) and node.id in TOKEN_NAMES


def _token_identity_checks(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:]):
            if isinstance(op, (ast.Is, ast.IsNot)) and _is_token_like(left) and _is_token_like(right):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_spacy_tokens_are_compared_with_eq_not_is():
    # spaCy builds a new Token object at every access (`doc[0] is doc[0]` is False), so
    # `tok.head is tok` never holds and a walk up to the root never stops: compare with ==
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _token_identity_checks(path)]
    assert not offenders, "compare spaCy tokens with ==, not is:\n" + "\n".join(offenders)


def test_token_identity_really_is_not_preserved(extractor):
    # the premise of the test above: if spaCy ever caches Token objects, this fails and
    # the convention can go
    doc = extractor.nlp.make_doc("Trade grew.")
    assert doc[0] is not doc[0]
