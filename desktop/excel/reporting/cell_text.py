"""Cell values as the workbook's checksum and signature hash them (docs/workbook.md, "Checksum").

Shared by :mod:`.monthly_workbook` (the checksum) and :mod:`.workbook_signature` (the
signed ``_meta`` rows), which the monthly workbook uses to sign what it writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

__all__ = ["CELL_SEP", "ROW_SEP", "canonical", "sheet_rows"]

# Separators that can never occur in a cell (openpyxl refuses these control characters).
CELL_SEP, ROW_SEP = "\x1f", "\x1e"


def canonical(value: Any) -> str:
    """One cell value as hashed: empty → "", numbers with two decimals, text as it is."""
    kind = type(value)
    if kind is str:  # the common cases first: every cell of a month's sheets passes here
        return value
    if kind is int:
        return f"{value}.00"  # day marks, counts, without Decimal
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):  # an int subclass (an enum value)
        return f"{value}.00"
    if isinstance(value, float | Decimal):
        return f"{Decimal(str(value)):.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def sheet_rows(rows: Iterable[Sequence[Any]]) -> list[str]:
    """Rows as canonical text, trailing empty cells and trailing empty rows dropped."""
    lines: list[str] = []
    for row in rows:
        cells = ["" if v is None else canonical(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        lines.append(CELL_SEP.join(cells))
    while lines and lines[-1] == "":
        lines.pop()
    return lines
