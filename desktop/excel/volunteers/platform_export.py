"""Export a month's service records for the district's volunteer platform (志愿北京).

One row per valid (not voided) ``volunteer_service`` row of the month, ordered by day, name
and entry: the hours are exactly the ledger's (the same rows, ``minutes / 60`` to one
decimal). The header is row 1 and the records start in row 2, with no title above them, so
that the sheet can be pasted or imported into the platform as it is; it still prints as a
form (A4, grid, the header repeated, the centre and month in the page header).

Which columns, and in what order, is the setting ``volunteer.platform_columns``: a comma list
of these field keys (default ``number,name,date,hours,post,content``):

====================  ==========================  =========================================
key                   header                      value
====================  ==========================  =========================================
``number``            志愿者编号（志愿北京）      the 志愿北京 registration number
``name``              姓名                        the volunteer's name
``date``              服务日期                    the day, a date shown ``yyyy-mm-dd``
``hours``             服务时长（小时）            minutes / 60, one decimal
``post``              服务岗位                    the post's name
``content``           服务内容                    what was done (as recorded)
``organisation``      所属组织                    the volunteer's organisation, if any
====================  ==========================  =========================================

An unknown key in the setting is refused (nothing is written) with a message naming it and the
known keys. Privacy (PIPL minimisation, docs/domain.md): the platform identifies a volunteer by
the registration number, so no identity-card number (masked or not), phone or address is
exported. A volunteer without a 志愿北京 number is listed with the number empty and named in
the result's ``missing_numbers`` so that staff can fill it in the people register.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from desktop.excel.form_layout import month_words
from desktop.excel.sheet_layout import (
    DATE_FORMAT,
    append_styled,
    draw_grid,
    new_workbook,
    print_setup,
    write_header,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.volunteers import ledger, rules

COLUMNS_KEY = "volunteer.platform_columns"
DEFAULT_COLUMNS = "number,name,date,hours,post,content"
SHEET_TITLE = "志愿服务记录"
HOURS_FORMAT = "0.0"


@dataclass(frozen=True)
class ServiceRecord:
    """One valid service row of the month, as the platform needs it."""

    person_id: int
    number: str
    name: str
    organisation: str
    day: str
    minutes: int
    post: str
    content: str

    @property
    def hours(self) -> float:
        """Minutes as hours, one decimal."""
        return round(self.minutes / 60, 1)


@dataclass(frozen=True)
class Field:
    """A column the export knows: its header, width in characters, and value."""

    header: str
    width: float
    value: Callable[[ServiceRecord], Any]


FIELDS: dict[str, Field] = {
    "number": Field("志愿者编号（志愿北京）", 16, lambda r: r.number),
    "name": Field("姓名", 9, lambda r: r.name),
    "date": Field("服务日期", 11, lambda r: date.fromisoformat(r.day)),
    "hours": Field("服务时长（小时）", 9, lambda r: r.hours),
    "post": Field("服务岗位", 12, lambda r: r.post),
    "content": Field("服务内容", 30, lambda r: r.content),
    "organisation": Field("所属组织", 14, lambda r: r.organisation),
}


@dataclass(frozen=True)
class MissingNumber:
    """A volunteer in the export who has no 志愿北京 number yet."""

    person_id: int
    name: str


@dataclass(frozen=True)
class PlatformExport:
    """What was written: the records, the columns used, and who lacks a number."""

    path: Path
    records: tuple[ServiceRecord, ...]
    columns: tuple[str, ...]
    missing_numbers: tuple[MissingNumber, ...]

    @property
    def minutes(self) -> int:
        """The month's minutes written (equal to the ledger's)."""
        return sum(r.minutes for r in self.records)


def platform_columns(db: Database) -> tuple[str, ...]:
    """The column keys from the setting, in order; ValidationError naming an unknown key."""
    text = centre.get_setting(db, COLUMNS_KEY, "").strip() or DEFAULT_COLUMNS
    keys = tuple(part.strip() for part in text.replace("，", ",").split(",") if part.strip())
    for key in keys:
        if key not in FIELDS:
            raise ValidationError({COLUMNS_KEY: Message(QT_TRANSLATE_NOOP(
                "Messages", "设置 {setting} 中的列“{key}”不认识：可用的列有 {known}；"
                "请在“设置”中改正后再导出"),
                setting=COLUMNS_KEY, key=key, known="、".join(FIELDS))})
    if len(set(keys)) != len(keys):
        raise ValidationError({COLUMNS_KEY: Message(QT_TRANSLATE_NOOP(
            "Messages", "设置 {setting} 中有重复的列：每列只能写一次"), setting=COLUMNS_KEY)})
    return keys


def month_records(db: Database, month: str, *, actor: Actor) -> list[ServiceRecord]:
    """The month's valid service rows, by day, name and entry."""
    rules.require_manage(actor)
    first, last = ledger.month_bounds(month)
    return [ServiceRecord(
        person_id=int(r["person_id"]), number=(r["volunteer_number"] or "").strip(),
        name=r["name"], organisation=r["organisation"] or "", day=r["day"],
        minutes=int(r["minutes"]), post=r["post"], content=r["content"])
        for r in db.query(
            "SELECT s.person_id, s.day, s.minutes, s.content, p.name, v.volunteer_number,"
            " v.organisation, vp.name AS post FROM volunteer_service s"
            " JOIN person p ON p.id = s.person_id"
            " JOIN volunteer v ON v.person_id = s.person_id"
            " JOIN volunteer_post vp ON vp.id = s.post_id"
            " WHERE s.voided_at IS NULL AND s.day BETWEEN ? AND ?"
            " ORDER BY s.day, p.name, s.person_id, s.id", (first, last))]


def export_platform(db: Database, actor: Actor, month: str,
                    path: str | os.PathLike[str]) -> PlatformExport:
    """Write ``month``'s (YYYY-MM) service records to an .xlsx file at ``path``.

    PermissionDenied without MANAGE_VOLUNTEERS, ValidationError for a malformed month or an
    unknown column in the setting, ExportError when the folder is missing or the file cannot
    be written (nothing is then left at ``path``).
    """
    keys = platform_columns(db)
    records = month_records(db, month, actor=actor)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "导出失败：文件夹 {folder} 不存在"), folder=target.parent))
    profile = centre.load_profile(db)
    fields = [FIELDS[key] for key in keys]
    workbook = new_workbook(f"{profile.name} {month_words(month)} 志愿服务记录".strip(),
                            profile.name)
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    write_header(sheet, [f.header for f in fields], [f.width for f in fields])
    wrap = Alignment(vertical="center", wrap_text=True)
    # Hours centred: right-aligned, they ran into the text of the next column on paper.
    centred = Alignment(horizontal="center", vertical="center")
    for record in records:
        for cell in append_styled(sheet, [f.value(record) for f in fields]):
            cell.alignment = wrap
            if isinstance(cell.value, float):
                cell.alignment = centred
                cell.number_format = HOURS_FORMAT
            elif isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
    draw_grid(sheet, 1, sheet.max_row, len(fields))
    print_setup(sheet, profile.name, month_words(month), title_rows="1:1",
                columns=len(fields))
    written = save_workbook(workbook, target)
    missing: dict[int, MissingNumber] = {}
    for record in records:
        if not record.number:
            missing.setdefault(record.person_id, MissingNumber(record.person_id, record.name))
    return PlatformExport(path=written, records=tuple(records), columns=keys,
                          missing_numbers=tuple(sorted(missing.values(),
                                                       key=lambda m: (m.name, m.person_id))))
