"""What the attendance page tests share: a small register, a fixed clock, row counts."""

from __future__ import annotations

from datetime import datetime

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.attendance.attendance_page import AttendancePage
from tests.conftest import STAFF, make_id_number, make_person_input

KIOSK = Actor("kiosk", Role.KIOSK)
# Monday 3 June 2024, five in the afternoon: the morning is past, the evening is the future.
NOW = datetime(2024, 6, 3, 17, 0)
DAY = "2024-06-03"


def written(db: Database) -> dict[str, int]:
    """Rows of every table a sign-in action may touch."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("sign_in", "audit_log", "kiosk_event")}


def add_members(db: Database) -> dict[str, int]:
    """张三, 李四 (also 职康站), 王五 and 赵六 (archived); 张三 signed in at the kiosk at 08:30."""
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=STAFF)
    ids = {}
    for seq, (name, programmes) in enumerate((("张三", ["温馨家园"]),
                                              ("李四", ["温馨家园", "职康站"]),
                                              ("王五", ["温馨家园"]),
                                              ("赵六", ["温馨家园"])), start=1):
        ids[name] = people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
            programmes=programmes), actor=STAFF)
    people.archive_person(db, ids["赵六"], "迁出", actor=STAFF, now=NOW)
    attendance.kiosk_scan(db, "WH000001", actor=KIOSK, now=NOW.replace(hour=8, minute=30))
    return ids


def open_page(qtbot, db: Database, actor: Actor = STAFF) -> AttendancePage:
    """The page on the fixed clock (the database's, set to NOW), shown."""
    db.clock = FixedClock(NOW)
    page = AttendancePage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def shown(page: AttendancePage) -> list[tuple[str, ...]]:
    """The day view's cells, row by row."""
    model = page.day_panel.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def select(page: AttendancePage, sign_in_id: int) -> None:
    """Select a sign-in's row in the day view."""
    page.day_panel.select_sign_in(sign_in_id)
    selected = page.day_panel.selected_sign_in()
    assert selected is not None and selected.id == sign_in_id



def refused(db: Database, dialog: object, before: dict[str, int]) -> None:
    """The dialog stayed open with its message, and nothing was written."""
    assert dialog.isVisible()  # type: ignore[attr-defined]
    assert written(db) == before
