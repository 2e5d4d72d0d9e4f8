"""The workbook code reads sheets through openpyxl's public API only (issue 12): the private
cell map and row counter behind ``Worksheet`` change between releases without notice, and a
new openpyxl would then break the monthly workbook's checksum."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The private parts of openpyxl's Worksheet that code is tempted to reach for, for speed.
PRIVATE = frozenset({"_cells", "_current_row", "_get_cell", "_add_cell", "_cells_by_row",
                     "_cells_by_col"})


def private_uses(source: str) -> list[str]:
    """``line: expression`` for every use of one of openpyxl's private attributes."""
    found = [(node.lineno, ast.unparse(node)) for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Attribute) and node.attr in PRIVATE]
    found += [(node.lineno, ast.unparse(node)) for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "getattr" and len(node.args) >= 2
              and isinstance(node.args[1], ast.Constant) and node.args[1].value in PRIVATE]
    return [f"{line}: {text}" for line, text in sorted(found)]


def test_the_check_sees_private_attributes() -> None:
    assert private_uses("n = len(sheet._cells)\ncells = getattr(sheet, '_cells', None)\n") == [
        "1: sheet._cells", "2: getattr(sheet, '_cells', None)"]
    assert private_uses("rows = sheet.iter_rows(values_only=True)\n") == []


def test_the_workbook_code_uses_public_openpyxl_only() -> None:
    found = [f"{path.relative_to(ROOT)}:{use}"
             for path in sorted((ROOT / "desktop").rglob("*.py"))
             for use in private_uses(path.read_text(encoding="utf-8"))]
    assert found == []
