"""The view layer's shape: pages in subpackages, no import cycles between view modules, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "desktop" / "views"


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative enough for our size)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = stack[stack.index(v):]
            del stack[stack.index(v):]
            if len(part) > 1:
                found.append(sorted(part))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_between_view_modules() -> None:
    graph = grimp.build_graph("desktop")  # TYPE_CHECKING imports count too: a cycle there is still a cycle
    views = [m for m in graph.modules if m.startswith("desktop.views.")]
    edges = {m: {d for d in graph.find_modules_directly_imported_by(m) if d.startswith("desktop.views.")}
             for m in views}
    assert _cycles(edges) == []


def test_cycle_finder_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_views_are_grouped_by_page() -> None:
    top = sorted(p.name for p in VIEWS.glob("*.py"))
    packages = sorted(p.name for p in VIEWS.iterdir() if (p / "__init__.py").is_file())
    assert top == ["__init__.py"]
    assert len(packages) >= 5


def test_each_view_package_init_is_one_docstring() -> None:
    for init in VIEWS.glob("*/__init__.py"):
        body = ast.parse(init.read_text(encoding="utf-8")).body
        assert len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant), init


def test_no_module_over_400_lines() -> None:
    long = [str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
            if len(p.read_text(encoding="utf-8").splitlines()) > 400]
    assert long == []
