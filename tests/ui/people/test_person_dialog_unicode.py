"""The person form with full-width digits and invisible marks typed or pasted into it
(issue 10, items 3 and 4), driven through the real dialog."""

from __future__ import annotations

import pytest

from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.people.person_dialog import PersonDialog
from tests.conftest import STAFF, count_rows, make_id_number, make_person_input
from tests.models.test_text_input import MARKS, full_width
from tests.ui.conftest import type_text

DIGIT_ID = "360426199101010071"


def _dialog(qtbot, db: Database) -> tuple[PeoplePage, PersonDialog]:
    # The page shown and active, as in the app (a dialog over a hidden page is torn down
    # differently and may revalidate after the test's database is closed).
    page = PeoplePage(db, STAFF)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return page, dialog


def test_a_full_width_id_is_checked_derived_and_saved_as_ascii(qtbot, db: Database) -> None:
    _, dialog = _dialog(qtbot, db)
    form = dialog.form
    type_text(qtbot, form.name_edit, "李四")
    type_text(qtbot, form.id_edit, full_width(DIGIT_ID))  # an input method in full-width mode
    assert form.error_text("id_number") == ""
    assert form.birth_edit.text() == "1991-01-01"
    assert form.sex_combo.currentData() == "男"
    form.volunteer_check.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert not dialog.isVisible()
    assert dialog.person_id is not None
    assert people.load_person(db, dialog.person_id).id_number == DIGIT_ID


def test_a_full_width_id_already_registered_is_refused_as_a_duplicate(qtbot,
                                                                      db: Database) -> None:
    people.create_person(db, make_person_input(name="李四", id_number=DIGIT_ID), actor=STAFF)
    _, dialog = _dialog(qtbot, db)
    type_text(qtbot, dialog.form.name_edit, "李四")
    type_text(qtbot, dialog.form.id_edit, full_width(DIGIT_ID))
    dialog.form.volunteer_check.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert dialog.duplicate_label.text() == "⚠ 不能保存：身份证号与已登记的 李四 相同"
    before = count_rows(db)
    dialog.save()
    assert dialog.isVisible() and count_rows(db) == before


@pytest.mark.parametrize("mark", MARKS)
def test_a_pasted_name_with_an_invisible_mark_warns_of_the_same_person(qtbot, db: Database,
                                                                       mark: str) -> None:
    people.create_person(db, make_person_input(name="张三"), actor=STAFF)
    _, dialog = _dialog(qtbot, db)
    dialog.form.name_edit.setText(f"张{mark}三")  # pasted from a chat message
    type_text(qtbot, dialog.form.id_edit, make_id_number(seq=7))
    dialog.form.volunteer_check.setChecked(True)
    assert dialog.save_button.isEnabled()
    assert "同名且出生日期相同" in dialog.duplicate_label.text()
    dialog.save()
    assert [r["name"] for r in db.query("SELECT name FROM person ORDER BY id")] == [
        "张三", "张三"]
