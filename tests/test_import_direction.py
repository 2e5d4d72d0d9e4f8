"""The layers import in one direction (docs/architecture.md): ui → excel → models, never back.

``desktop.models`` imports nothing from ``desktop.excel``, ``desktop.ui`` or the program's entry
modules (``desktop.app``, the ``desktop.cli`` package), and ``desktop.excel`` nothing from
``desktop.ui`` or those, so the domain can be used from a script, the CLI or a test without
the layers above it.
"""

from __future__ import annotations

from tests.test_import_cycles import import_graph

ENTRY_MODULES = ("desktop.app", "desktop.cli")


def _in(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") or module.startswith(p + "_")
               for p in prefixes)


def _upward_imports(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{source} imports {target}"
                  for source, targets in import_graph().items() if _in(source, layer)
                  for target in targets if _in(target, *forbidden))


def test_the_graph_sees_the_layers() -> None:
    # A check that finds no import at all would pass whatever the code does.
    graph = import_graph()
    assert "desktop.models.db" in graph["desktop.excel.reporting.monthly_workbook"]
    assert any(_in(t, "desktop.excel") for t in graph["desktop.ui.reporting.export_page"])
    assert _in("desktop.cli.common", *ENTRY_MODULES) and not _in("desktop.client", "desktop.cli")


def test_models_import_nothing_from_the_layers_above() -> None:
    assert _upward_imports("desktop.models", ("desktop.excel", "desktop.ui", *ENTRY_MODULES)) == []


def test_excel_imports_nothing_from_the_ui() -> None:
    assert _upward_imports("desktop.excel", ("desktop.ui", *ENTRY_MODULES)) == []
