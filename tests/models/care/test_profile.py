"""Care profiles: saved for day-care members only, cleaned and checked, audited; the profiles
tab's list with review states, medicines and guardians."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin.permissions import PermissionDenied
from desktop.models.care import plans
from desktop.models.care.profile import (
    CareProfileInput,
    ReviewState,
    load_profile,
    profile_list,
    save_profile,
)
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from tests.care_support import CARE_DAY, NAMES, add_day_care_member, care_centre
from tests.conftest import ADMIN, STAFF
from tests.models.care.profile_support import KIOSK, audit_rows, care_db, care_rows

__all__ = ["care_db"]


def test_a_new_profile_is_stored_cleaned_and_audited(care_db: Database) -> None:
    person_id = add_day_care_member(care_db, "周杰", 150, profile=False)
    data = CareProfileInput(self_care="不能自理", diet_restrictions="  少盐\u200b ",
                            allergies="花生", diet_texture="软食", doctor="刘　医生",
                            hospital=" 西城  精神卫生中心 ", doctor_phone="138-0013-8000",
                            risks=("跌倒", "走失"), risk_notes="下午容易焦躁")
    save_profile(care_db, person_id, data, actor=STAFF)
    stored = load_profile(care_db, person_id, actor=STAFF)
    assert stored is not None and stored.name == "周杰"
    assert stored.data == CareProfileInput(
        self_care="不能自理", diet_restrictions="少盐", allergies="花生", diet_texture="软食",
        doctor="刘医生", hospital="西城 精神卫生中心", doctor_phone="13800138000",
        risks=("走失", "跌倒"), risk_notes="下午容易焦躁")
    assert care_db.scalar("SELECT risks FROM care_profile WHERE person_id = ?",
                          (person_id,)) == "走失,跌倒"
    [entry] = audit_rows(care_db, "care_profile")
    assert (entry["action"], entry["record_id"], entry["actor"]) == ("create", person_id,
                                                                     "staff")
    assert '"self_care": "不能自理"' in entry["after"]


def test_an_edit_updates_the_profile_with_before_and_after(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    old = load_profile(care_db, person_id, actor=STAFF)
    assert old is not None and old.data.risks == ("走失",)
    save_profile(care_db, person_id, CareProfileInput(self_care="自理", risks=("癫痫",)),
                 actor=ADMIN)
    new = load_profile(care_db, person_id, actor=STAFF)
    assert new is not None and (new.data.self_care, new.data.risks) == ("自理", ("癫痫",))
    [entry] = audit_rows(care_db, "care_profile")
    assert entry["action"] == "update"
    assert '"risks": "走失"' in entry["before"] and '"risks": "癫痫"' in entry["after"]
    # Saving the same again writes nothing more.
    save_profile(care_db, person_id, CareProfileInput(self_care="自理", risks=("癫痫",)),
                 actor=ADMIN)
    assert len(audit_rows(care_db, "care_profile")) == 1


@pytest.mark.parametrize(("data", "field", "message"), [
    (CareProfileInput(doctor_phone="2345"), "doctor_phone",
     "医生电话：电话格式不正确：手机号11位，座机如 010-66012345 或 66012345"),
    (CareProfileInput(doctor_phone="1380013800"), "doctor_phone",
     "医生电话：手机号应为11位，以13–19开头"),
    (CareProfileInput(self_care="很好"), "self_care", "自理能力应为 自理、半自理、不能自理 之一"),
    (CareProfileInput(diet_texture="硬"), "diet_texture",
     "饮食性状应为 普通、软食、碎食、流食 之一"),
    (CareProfileInput(risks=("发烧",)), "risks",
     "风险只能从 走失、癫痫、跌倒、攻击行为、吞咽困难、其他 中选择，其余写在风险说明里"),
    (CareProfileInput(risks=("其他",)), "risk_notes",
     "勾选了“其他”风险，请在风险说明里写明是什么"),
    (CareProfileInput(hospital="院" * 61), "hospital", "医院最多60个字，现在是61个字"),
])
def test_bad_input_is_refused_and_nothing_is_written(care_db: Database, data: CareProfileInput,
                                                     field: str, message: str) -> None:
    person_id = add_day_care_member(care_db, "周杰", 150, profile=False)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        save_profile(care_db, person_id, data, actor=STAFF)
    assert refused.value.fields == {field: message}
    assert care_rows(care_db) == before


def test_only_members_of_the_day_care_programme_get_a_profile(care_db: Database) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(NotFoundError, match="不是日间照料的在册会员"):
        save_profile(care_db, centre.other, CareProfileInput(), actor=STAFF)
    assert care_rows(care_db) == before


def test_the_kiosk_account_can_neither_read_nor_write_profiles(care_db: Database) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(PermissionDenied, match="没有权限"):
        save_profile(care_db, centre.members[0], CareProfileInput(), actor=KIOSK)
    with pytest.raises(PermissionDenied):
        load_profile(care_db, centre.members[0], actor=KIOSK)
    with pytest.raises(PermissionDenied):
        profile_list(care_db, actor=KIOSK, today=CARE_DAY)
    assert care_rows(care_db) == before


def test_the_list_shows_every_day_care_member_with_plan_medicines_and_guardians(
        care_db: Database) -> None:
    centre = care_centre(care_db)
    wang, li, zhao = centre.members
    newcomer = add_day_care_member(care_db, "周杰", 150, profile=False)
    # 王芳's plan's review is overdue, 李强's due within 14 days, 赵敏 has none.
    plans.create_plan(care_db, wang, plans.PlanInput(
        "生活自理", "2024-01-02", "2024-05-01", (plans.PlanServiceInput("lunch"),)), actor=STAFF)
    plans.create_plan(care_db, li, plans.PlanInput(
        "康复", "2024-03-01", "2024-05-20", (plans.PlanServiceInput("rehab"),)), actor=STAFF)
    with care_db.transaction():
        care_db.execute("UPDATE care_pickup SET active = 0 WHERE id = ?",
                        (centre.pickups[zhao],))
    rows = {row.name: row for row in profile_list(care_db, actor=STAFF, today=CARE_DAY)}
    assert set(rows) == {*NAMES, "周杰"}  # 孙丽 is outside the programme
    assert rows["王芳"].review_state is ReviewState.OVERDUE
    assert rows["王芳"].review_on == "2024-05-01"
    assert rows["李强"].review_state is ReviewState.DUE
    assert rows["赵敏"].review_state is ReviewState.NO_PLAN and rows["赵敏"].no_guardian
    assert rows["王芳"].medicines == 1 and rows["王芳"].guardians == 1
    assert not rows["王芳"].no_guardian
    assert (rows["王芳"].self_care, rows["王芳"].risks) == ("半自理", ("走失",))
    assert not rows["周杰"].has_profile and rows["周杰"].person_id == newcomer
    assert rows["王芳"].has_profile
    # A review far ahead is neither due nor overdue.
    later = {row.name: row for row in profile_list(care_db, actor=STAFF,
                                                   today=date(2024, 4, 1))}
    assert later["李强"].review_state is ReviewState.OK
