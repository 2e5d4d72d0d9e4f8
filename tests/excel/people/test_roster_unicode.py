"""Roster import of names with invisible marks and cells with other scripts' digits
(issue 10, items 3 and 4): real workbooks, a real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel.people.roster_import import apply
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.people.people_query import PeopleQuery, search_ids
from tests.conftest import STAFF, TODAY, make_person_input
from tests.excel.people.test_roster_import import (
    ID1,
    ID2,
    ID3,
    assert_refused_and_nothing_written,
    messages,
    person_row,
    preview_of,
    write_roster,
)
from tests.models.test_text_input import MARKS, full_width

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("mark", MARKS)
def test_names_with_invisible_marks_are_imported_without_them_and_found(
        db: Database, tmp_path: Path, mark: str) -> None:
    path = write_roster(tmp_path / "r.xlsx", [
        person_row(f"{mark}王{mark}五{mark}", ID1, 残疾类别=f"肢体{mark}", 残疾等级=f"{mark}三级"),
        person_row(f"阿依古丽{mark}・买买提", full_width(ID2)),
        person_row("赵\u3000六", ID3)])
    preview = preview_of(db, path)
    assert messages(preview) == []
    result = apply(db, preview, actor=STAFF, today=TODAY)
    assert result.created == 3
    names = {r["name"] for r in db.query("SELECT name FROM person")}
    assert names == {"王五", "阿依古丽·买买提", "赵六"}
    wang = int(db.scalar("SELECT id FROM person WHERE id_number = ?", (ID1,)))
    assert search_ids(db, PeopleQuery(text="ww")) == [wang]
    assert db.scalar("SELECT count(*) FROM person WHERE id_number = ?", (ID2,)) == 1


def test_a_header_with_an_invisible_mark_is_recognised(db: Database, tmp_path: Path) -> None:
    headers = ("姓名\u200b", "\ufeff身份证号", "残疾人证号")
    path = write_roster(tmp_path / "r.xlsx", [{"姓名\u200b": "王五", "\ufeff身份证号": ID1,
                                               "残疾人证号": f"{ID1}43"}], headers)
    preview = preview_of(db, path)
    assert messages(preview) == []
    assert preview.rows[0].data.name == "王五"


def test_a_roster_name_with_a_mark_matches_the_registered_person(db: Database,
                                                                 tmp_path: Path) -> None:
    registered = people.create_person(db, make_person_input(name="王五", id_number=ID1),
                                      actor=STAFF, today=TODAY)
    path = write_roster(tmp_path / "r.xlsx", [person_row("王\u200b五", full_width(ID1))])
    preview = preview_of(db, path)
    assert messages(preview) == []
    assert preview.rows[0].existing_id == registered
    result = apply(db, preview, actor=STAFF, on_existing="update", today=TODAY)
    assert (result.created, result.updated) == (0, 1)
    assert people.load_person(db, registered).name == "王五"


def test_an_id_in_arabic_indic_digits_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [
        person_row("王五", ID1.translate(ARABIC_INDIC), 残疾人证号="")])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       "第2行 身份证号（B列）：身份证号前17位应为数字")


@pytest.mark.parametrize("value", ["٢٠٢٠-٠١-٠٢", "२०२०-०१-०२", "٢٠٢٠٠١٠٢", "٤٣٨٣٢"])
def test_a_date_in_other_scripts_digits_is_refused(db: Database, tmp_path: Path,
                                                   value: str) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 入会日期=value)])
    assert_refused_and_nothing_written(db, preview_of(db, path),
                                       f"第2行 入会日期（M列）：入会日期“{value}”不是日期")
