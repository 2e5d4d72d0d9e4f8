"""The monthly workbook's detail sheets: each capability declares its own.

A capability adds its sheet by declaring it in its excel package
(``desktop/excel/<cap>/__init__.py``)::

    DETAIL_SHEETS = (DetailSheet("考勤明细", 10, "desktop.excel.attendance.month_sheet:write"),)

and the workbook writes every declared sheet in ``order`` (:func:`detail_sheets`). Writers get
the database, the month, an empty sheet and
the day the report is made (records dated after it have not happened yet), and return how many
data rows they wrote (recorded in ``_meta``), or that number with the values they wrote
(:class:`Written`). A sheet prints as a form (title in row 1, headings
from row 3: ``desktop.excel.detail_form``). Identifiers are masked, and a sheet without names
shares no key and no row order with a sheet that has them (docs/workbook.md).

This module stays cheap (no openpyxl): capability packages import it to declare their sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.models import capabilities
from desktop.models.capabilities import Ref

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from desktop.models.db import Database

TOTAL = "合计"


@dataclass(frozen=True)
class Written:
    """What a writer may return instead of its row count: the count and the sheet's cell
    values row by row from row 1, as it wrote them (gaps as None), for the workbook's
    checksum. A large sheet (the attendance matrix: some 12,800 cells) costs more to read
    back cell by cell than to write; ``values`` must be exactly what
    ``sheet.iter_rows(values_only=True)`` gives (trailing empty cells and rows aside), which
    the sheet's tests check."""

    rows: int
    values: list[Sequence[Any]]


Writer = Callable[["Database", str, "Worksheet", date], "int | Written"]


@dataclass(frozen=True)
class DetailSheet:
    """A declared detail sheet: its title (the sheet name), place (lower first), writer
    (a ``"module:attr"`` reference, imported when the workbook is written) and the setting,
    if any, that the centre may switch it off with."""

    title: str
    order: int
    writer: Ref
    # The key of a yes/no setting that can leave the sheet out of the workbook
    # (``desktop.models.reporting.workbook_options``); None: always written.
    setting: str | None = None

    def write(self, db: Database, month: str, sheet: Worksheet, today: date) -> int | Written:
        """Write the sheet (see the module's docstring); the number of data rows, or that
        number with the values written (:class:`Written`)."""
        writer: Writer = capabilities.resolve(self.writer)
        return writer(db, month, sheet, today)


def detail_sheets(extra: Sequence[str] = ()) -> list[DetailSheet]:
    """Every declared detail sheet (``DETAIL_SHEETS`` of the packages of ``desktop.excel``,
    then of ``extra``) in order. ValueError when two share a title."""
    found: list[DetailSheet] = capabilities.declarations("desktop.excel", "DETAIL_SHEETS", extra)
    titles = [sheet.title for sheet in found]
    if len(titles) != len(set(titles)):
        raise ValueError(f"detail sheets declared twice: {sorted(titles)}")
    return sorted(found, key=lambda s: (s.order, s.title))


def yuan(fen: int) -> Decimal:
    """Integer fen as exact yuan: 4000 → Decimal('40.00') (never through float)."""
    return Decimal(int(fen)).scaleb(-2)
