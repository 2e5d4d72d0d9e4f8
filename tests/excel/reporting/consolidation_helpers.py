"""Real centres' monthly workbooks for consolidation tests, made by the real export.

One small demo database is generated once; each centre is a copy of it with its own profile
(code, name, street) and, so that the centres' figures differ, some of its sign-ins voided and
its doors closed for the first days of the month (so the centres also differ in 开放天数, and
a daily average weighted by days open differs from an average of the centres' averages).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.excel.reporting.workbook_signature import signed_bytes
from desktop.models.admin import centre
from desktop.models.admin.signing_keys import sign
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from tests.conftest import ADMIN

TODAY = date(2026, 11, 20)
MONTH = "2026-10"
# code, name, street, void every n-th sign-in (0: none), closed from MONTH's 1st through this day
CENTRES = (("XC-YT-01", "月坛温馨家园", "月坛", 0, 0),
           ("XC-DS-02", "德胜温馨家园", "德胜", 3, 22),
           ("XC-XJK-03", "新街口温馨家园", "新街口", 7, 9))


@dataclass(frozen=True)
class CentreDb:
    """A centre's database and profile."""

    path: Path
    code: str
    name: str
    street: str


def make_centres(folder: Path) -> list[CentreDb]:
    """Three centre databases under ``folder`` with different codes and different figures."""
    base = folder / "base.db"
    with open_database(base) as db:
        demo.generate(db, demo.DemoOptions(members=16, years=1, today=TODAY))
    made: list[CentreDb] = []
    for code, name, street, void_every, closed_through in CENTRES:
        path = folder / f"{code}.db"
        shutil.copyfile(base, path)
        with open_database(path) as db:
            profile = centre.load_profile(db)
            profile.code, profile.name, profile.street = code, name, street
            centre.save_profile(db, profile, actor=ADMIN)
            if void_every:
                with db.transaction():
                    db.execute("UPDATE sign_in SET voided_at = '2026-11-01T09:00:00',"
                               " void_reason = 'test' WHERE id % ? = 0", (void_every,))
            if closed_through:
                with db.transaction():
                    db.execute("UPDATE sign_in SET voided_at = '2026-11-01T09:00:00',"
                               " void_reason = 'closed' WHERE day BETWEEN ? AND ?",
                               (f"{MONTH}-01", f"{MONTH}-{closed_through:02d}"))
            if void_every or closed_through:
                _void_care_without_sign_in(db)
        made.append(CentreDb(path, code, name, street))
    return made


def _void_care_without_sign_in(db: Database) -> None:
    """The daily care of the sign-ins voided above voided too (its notes emptied), as staff
    would: care recorded on a day without a sign-in blocks the export."""
    stale = ("NOT EXISTS (SELECT 1 FROM sign_in s WHERE s.person_id = t.person_id"
             " AND s.day = t.day AND s.voided_at IS NULL)")
    with db.transaction():
        for table in ("care_entry", "care_dose"):
            db.execute(f"UPDATE {table} AS t SET voided_at = '2026-11-01T09:00:00',"
                       f" void_reason = 'test' WHERE voided_at IS NULL AND {stale}")
        db.execute(f"UPDATE care_log AS t SET mood = '', note = '' WHERE {stale}")


def export(centre_db: CentreDb, out: Path, month: str = MONTH, revision: int = 1) -> Path:
    """The centre's monthly workbook for ``month`` written into the folder ``out``."""
    with open_database(centre_db.path) as db:
        return export_monthly_workbook(db, month, out, generated_by="test", revision=revision,
                                       today=TODAY, now=datetime(2026, 11, 5, 10)).path


def summary_table(sheet: Any) -> tuple[int, dict[str, int]]:
    """Where 汇总's table starts: the header row (the one holding 指标代码; row 1 in formats
    1 and 2, below the title from format 3) and header → column index (0-based)."""
    for number, row in enumerate(sheet.iter_rows(max_row=10, values_only=True), start=1):
        if "指标代码" in row:
            return number, {str(v): i for i, v in enumerate(row) if v is not None}
    raise AssertionError("汇总 has no 指标代码 header")


def summary_values(path: Path) -> dict[str, tuple[Decimal, str]]:
    """Independently read: 指标代码 → (本月 as Decimal, 单位) of a centre's workbook."""
    workbook = load_workbook(path)
    sheet = workbook["汇总"]
    header_row, at = summary_table(sheet)
    rows = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
    key, month, unit = at["指标代码"], at["本月"], at["单位"]
    return {str(r[key]): (Decimal(str(r[month])), str(r[unit])) for r in rows if r[key]}


def edit_summary(path: Path, key: str, value: object, *, reseal: bool = False,
                 signer: CentreDb | None = None) -> None:
    """Change 本月 of one indicator in 汇总 and save; ``reseal`` also recomputes the checksum
    (a file crafted to look untouched); ``signer`` then also signs it again with that
    centre's own key (the centre itself made another file)."""
    workbook = load_workbook(path)
    sheet = workbook["汇总"]
    header_row, at = summary_table(sheet)
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[at["指标代码"]].value == key:
            row[at["本月"]].value = value
    if reseal:
        reseal_in(workbook)
    if signer is not None:
        resign_in(workbook, signer)
    workbook.save(path)


# -- the checksum as docs/workbook.md defines it, written apart from the product's code -----
# The _meta keys format 2 binds, in order (docs/workbook.md, "Checksum").
IDENTITY_KEYS = ("format_version", "centre_code", "centre_name", "district", "street",
                 "period", "revision", "generated_at", "hashed_sheets")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return f"{Decimal(str(value)):.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()  # a date cell reads back as a date-time: 2024-05-03T00:00:00
    return str(value)


def _block(name: str, rows: Sequence[Sequence[object]]) -> str:
    lines = []
    for row in rows:
        cells = [_cell_text(v) for v in row]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\x1f".join(cells))
    while lines and not lines[-1]:
        lines.pop()
    return name + "\x1e" + "".join(line + "\x1e" for line in lines)


def spec_checksum(workbook: Any, meta: dict[str, Any], version: str | None = None) -> str:
    """The checksum by the rule of format ``version`` (default: the one ``meta`` names):
    "1" the hashed sheets alone; "2" and "3" the identity keys of _meta first."""
    version = version or str(meta["format_version"])
    sheets = str(meta["hashed_sheets"]).split(",")
    text = "" if version == "1" else _block("_meta", [[k, meta.get(k)] for k in IDENTITY_KEYS])
    for name in sheets:
        text += _block(name, list(workbook[name].iter_rows(values_only=True)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def meta_of(workbook: Any) -> dict[str, Any]:
    """A loaded workbook's _meta as key → value."""
    return {str(r[0]): r[1] for r in workbook["_meta"].iter_rows(min_row=2, values_only=True)
            if r and r[0] is not None}


def reseal_in(workbook: Any) -> None:
    """Recompute ``sha256`` after an edit, by the file's own format version (a file crafted
    to look untouched)."""
    set_meta_in(workbook, "sha256", spec_checksum(workbook, meta_of(workbook)))


# The _meta rows this release adds after sha256: the audit anchor and the signature.
SIGNATURE_ROWS = ("audit_seq", "audit_hash", "signing_key", "key_fingerprint", "signature")


def resign_in(workbook: Any, signer: CentreDb) -> None:
    """Sign ``_meta`` again with the centre's own key, as its export would have."""
    rows = [(r[0], r[1]) for r in workbook["_meta"].iter_rows(min_row=2, values_only=True)
            if r and r[0] is not None]
    with open_database(signer.path) as db:
        _, signature = sign(db, signed_bytes(rows))
    set_meta_in(workbook, "signature", signature)


def drop_signature_in(workbook: Any) -> None:
    """Remove the audit anchor and the signature: a release before signing wrote neither."""
    sheet = workbook["_meta"]
    for number in range(sheet.max_row, 1, -1):
        if sheet.cell(row=number, column=1).value in SIGNATURE_ROWS:
            sheet.delete_rows(number)


def old_summary_layout(workbook: Any) -> None:
    """Rewrite 汇总 the way formats 1 and 2 laid it out: headers in row 1 (指标代码 first,
    visible), one row per indicator, 累计方式 as 本年累计 or 时点数; no title rows."""
    sheet = workbook["汇总"]
    header_row, at = summary_table(sheet)
    rows = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
    index = workbook.sheetnames.index("汇总")
    del workbook["汇总"]
    old = workbook.create_sheet("汇总", index)
    old.append(["指标代码", "指标", "单位", "本月", "上月", "本年累计", "累计方式"])
    for r in rows:
        old.append([r[at["指标代码"]], r[at["指标"]], r[at["单位"]], r[at["本月"]],
                    r[at["上月"]], r[at["本年累计"]],
                    "本年累计" if r[at["本年累计的算法"]] == "1月至本月累计" else "时点数"])


def as_format_2(path: Path) -> None:
    """Make the file what a release writing format 2 exported: the old 汇总 layout,
    format_version 2 and its checksum."""
    workbook = load_workbook(path)
    old_summary_layout(workbook)
    drop_signature_in(workbook)
    set_meta_in(workbook, "format_version", "2")
    set_meta_in(workbook, "sha256", spec_checksum(workbook, meta_of(workbook), "2"))
    workbook.save(path)


def as_format_1(path: Path) -> None:
    """Make the file what a release writing format 1 exported: the old 汇总 layout,
    format_version 1 and the old checksum (the sheets alone)."""
    workbook = load_workbook(path)
    old_summary_layout(workbook)
    drop_signature_in(workbook)
    set_meta_in(workbook, "format_version", "1")
    set_meta_in(workbook, "sha256", spec_checksum(workbook, meta_of(workbook), "1"))
    workbook.save(path)


def meta_value(workbook: Any, key: str) -> object:
    """A value from a loaded workbook's _meta."""
    for row in workbook["_meta"].iter_rows(min_row=2, values_only=True):
        if row[0] == key:
            return row[1]
    return None


def set_meta_in(workbook: Any, key: str, value: object) -> None:
    """Change one _meta value of a loaded workbook."""
    for row in workbook["_meta"].iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value


def set_meta(path: Path, key: str, value: object) -> None:
    """Change one _meta value in the file."""
    workbook = load_workbook(path)
    set_meta_in(workbook, key, value)
    workbook.save(path)


def district_table(path: Path) -> dict[str, dict[str, tuple[object, object]]]:
    """The district 汇总 read back: column heading (a centre's code, or 合计) → indicator key
    → (本月, 本年累计), in column order. Indicators run down the side, each centre takes two
    columns headed by its name, code and revision; 指标代码 is the last (hidden) column."""
    rows = list(load_workbook(path)["汇总"].iter_rows(values_only=True))
    top = next(n for n, r in enumerate(rows) if r[0] == "指标")
    key_column = rows[top].index("指标代码")
    table: dict[str, dict[str, tuple[object, object]]] = {}
    for column in range(2, key_column, 2):
        heading = str(rows[top][column])
        code = heading.split("\n")[1] if "\n" in heading else heading
        table[code] = {str(r[key_column]): (r[column], r[column + 1])
                       for r in rows[top + 2:] if len(r) > key_column and r[key_column]}
    return table
