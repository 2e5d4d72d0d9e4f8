"""No import cycles between the app's modules (issue 12): each part can be read, tested and
started on its own, and a new capability copying one does not copy a tangle.

The graph is read from the source with ``ast``: every ``import`` and ``from … import`` of a
``desktop`` module, at the top of a module or inside a function (a deferred import still
closes a cycle at run time). Imports under ``if TYPE_CHECKING:`` never run and are left out.
"""

from __future__ import annotations

import ast
import importlib
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> dict[str, Path]:
    """Every module under desktop/, by dotted name (a package by its __init__.py)."""
    modules = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement in ``node`` that can run, however deeply nested."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
        return
    if isinstance(node, ast.If) and _is_type_checking(node.test):
        children: list[ast.AST] = list(node.orelse)
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _import_nodes(child)


def import_graph() -> dict[str, set[str]]:
    """Which desktop modules each desktop module imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
                continue
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:  # a module: from desktop.models import db
                    graph[name].add(f"{base}.{alias.name}")
                elif base in modules:  # a name in a module: from desktop.models.db import Database
                    graph[name].add(base)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The groups of modules that import each other, directly or round a loop (the strongly
    connected components with more than one module, or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = {stack.pop()}
            while module not in group:
                group.add(stack.pop())
            if len(group) > 1 or module in graph[module]:
                found.append(frozenset(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_graph_sees_imports_inside_functions() -> None:
    # The app ↔ cli cycle ran through imports inside functions: the graph must see them.
    graph = import_graph()
    assert "desktop.app" in graph["desktop.cli"]  # cli.main hands over to run_gui
    assert "desktop.ui.kiosk.kiosk_window" in graph["desktop.app"]  # imported in window_for
    assert "desktop.models.demo.demo" in graph["desktop.cli.demo"]  # imported in cmd_demo


def test_the_gui_start_does_not_import_the_command_line_back() -> None:
    graph = import_graph()
    assert "desktop.cli" not in graph["desktop.app"]
    involved = {module for group in cycles(graph) for module in group}
    assert not involved & {"desktop.app", "desktop.cli", "desktop.cli.common"}


def test_no_import_cycle() -> None:
    found = [sorted(group) for group in cycles(import_graph())]
    assert not found, f"modules importing each other: {found}"


def test_cycles_are_found_round_a_loop_and_through_a_module_importing_itself() -> None:
    # A finder that finds nothing would let every cycle through.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}, "e": {"a"}}
    assert sorted(sorted(group) for group in cycles(graph)) == [["a", "b", "c"], ["d"]]


def test_script_entry_points_exist() -> None:
    # The installed `warmhome` and `warmhome-gui` commands call these functions.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entries = {**project["scripts"], **project["gui-scripts"]}
    assert set(entries) == {"warmhome", "warmhome-gui"}
    for target in entries.values():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), target
