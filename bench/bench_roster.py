"""Importing a 1,000-row roster into the reference data set (target ≤ 3 s).

The roster is written with the app's own template (``desktop.excel.people.roster_template``) and
filled with 1,000 valid members; each run imports it into a fresh copy of the reference
database, reading, checking and writing in one transaction, as `warmhome people import` does.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from bench.common import WORK_DIR, Figure, median, working_copy
from bench.reference import TODAY
from desktop.excel.people import roster_import
from desktop.excel.people.roster_template import COLUMNS, write_template
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.db import open_database
from desktop.models.people.identity import id_check_char

ROWS = 1000
TARGET_S = 3.0
# An area code no generated person has, so the roster never meets the reference register.
AREA = "990101"


def _id_number(index: int) -> str:
    born = date(1950 + index % 50, 1 + index % 12, 1 + index % 28)
    first17 = f"{AREA}{born:%Y%m%d}{index // 10:03d}"[:14] + f"{index % 1000:03d}"
    return first17 + id_check_char(first17)


def write_roster(path: Path, rows: int = ROWS) -> Path:
    """The template filled with ``rows`` members (certificate, street, programme, card)."""
    write_template(path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    index_of = {c.field: i for i, c in enumerate(COLUMNS, start=1)}
    for n in range(rows):
        id_number = _id_number(n)
        values = {"name": f"名册会员{n}", "id_number": id_number,
                  "cert_number": f"{id_number}{1 + n % 7}{1 + n % 4}", "street": "月坛",
                  "programmes": "温馨家园", "joined_on": "2020-01-01",
                  "card_number": f"RI-{n:05d}", "phone": f"139{n:08d}"}
        for key, value in values.items():
            sheet.cell(row=4 + n, column=index_of[key], value=value)
    workbook.save(path)
    return path


def run_roster_import(reference: Path, runs: int) -> list[Figure]:
    """Median time of reading, checking and importing the roster, each run on a fresh copy."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    roster = write_roster(WORK_DIR / "roster-1000.xlsx")
    times: list[float] = []
    created = 0
    for _ in range(runs):
        target = working_copy(reference, "roster-import.db")
        with open_database(target) as db:
            started = time.perf_counter()
            preview = roster_import.read_roster(db, roster, today=TODAY)
            result = roster_import.apply(db, preview, actor=CLI_ACTOR, today=TODAY)
            times.append(time.perf_counter() - started)
        created = result.created
    roster.unlink(missing_ok=True)
    name = f"import a {ROWS:,}-row roster into the reference data set"
    if created != ROWS:
        return [Figure(name, None, "s", TARGET_S, skipped=f"imported {created} of {ROWS}")]
    return [Figure(name, median(times), "s", TARGET_S,
                   note=f"read + check + one transaction; median of {runs}")]
