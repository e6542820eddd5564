"""The package's import graph: one direction of flow, no circles.

commands -> pipeline -> events -> entities -> records (and the core beside them): a
module imports from its own layer or below, never above, and no chain of imports comes
back to where it started. Every import counts, also one inside a function or under
``TYPE_CHECKING``: a circle hidden in a function is still a circle.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"

# the layer of a module: the first prefix that matches, higher imports lower
LAYERS = [
    ("extractor.__main__", 5), ("extractor.__init__", 5),     # the package's doors
    ("extractor.commands", 4),
    ("extractor.pipeline", 3), ("extractor.long_text", 3),
    ("extractor.events", 2),
    ("extractor.entities", 1), ("extractor.frontmatter", 1),
    ("extractor", 0),                                          # records, spans, doc, knowledge...
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _exists(module: str) -> bool:
    base = PACKAGE.parent.joinpath(*module.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports_of(path: Path) -> set[str]:
    """The extractor modules ``path`` imports, anywhere in it."""
    here = module_name(path)
    package = here if _is_package(path) else here.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "extractor"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "extractor":
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if _exists(sub) else target)
    found.discard(here)
    return found


def layer(module: str) -> int:
    for prefix, level in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return level
    raise AssertionError(f"no layer for {module}")


GRAPH = {module_name(p) if not _is_package(p) else module_name(p) + ".__init__": imports_of(p)
         for p in sorted(PACKAGE.rglob("*.py"))}
# a package's __init__ is named by the package when imported
NODES = {name.removesuffix(".__init__"): deps for name, deps in GRAPH.items()}


def test_the_graph_is_read():
    # the premise of the tests below: a wrong parse would find no edges and pass them all
    assert "extractor.records" in NODES["extractor.pipeline"]
    assert "extractor.commands.batch" in NODES["extractor.commands.extract"]
    assert "extractor.long_text" in NODES["extractor.pipeline"]


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_a_higher_layer(module):
    own = layer(module)
    above = sorted(dep for dep in GRAPH[module] if layer(dep) > own)
    assert not above, f"{module} (layer {own}) imports from above: {above}"


def _circles(nodes: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected group of two or more modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in nodes.get(v, ()):
            if w not in nodes:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return groups


@pytest.mark.parametrize("nodes, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
])
def test_circles_are_found(nodes, expected):
    assert _circles(nodes) == expected


def test_no_import_circles():
    circles = _circles(NODES)
    assert not circles, "import circles: " + "; ".join(" <-> ".join(c) for c in circles)
