"""The people allowed to collect a member: added with a checked phone, corrected, made
inactive (never deleted), audited."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import PermissionDenied
from desktop.models.care.pickups import (
    PickupInput,
    add_pickup,
    deactivate_pickup,
    pickups,
    update_pickup,
)
from desktop.models.care.profile import profile_list
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from tests.care_support import CARE_DAY, care_centre
from tests.conftest import STAFF
from tests.models.care.profile_support import KIOSK, audit_rows, care_db, care_rows

__all__ = ["care_db"]


def test_pickups_are_added_corrected_and_deactivated_with_audit(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    aunt = add_pickup(care_db, person_id, PickupInput(" 王 丽 ", "姑姑", "+86 139 0000 2222"),
                      actor=STAFF)
    names = [(p.name, p.phone, p.is_guardian) for p in pickups(care_db, person_id, actor=STAFF)]
    assert names == [("王家长", "13900001111", True), ("王丽", "13900002222", False)]
    update_pickup(care_db, aunt, PickupInput("王丽", "姑姑", "13900002222", is_guardian=True),
                  actor=STAFF)
    deactivate_pickup(care_db, centre.pickups[person_id], actor=STAFF)
    assert [p.id for p in pickups(care_db, person_id, actor=STAFF)] == [aunt]
    every = pickups(care_db, person_id, actor=STAFF, include_inactive=True)
    assert [(p.id, p.active) for p in every] == [(aunt, True), (centre.pickups[person_id], False)]
    entries = audit_rows(care_db, "care_pickup")
    assert [e["action"] for e in entries] == ["create", "update", "update"]
    # Phones reach the log masked (sensitive personal information).
    assert '"phone": "139****2222"' in entries[0]["after"]
    assert '"active": 0' in entries[2]["after"]


def test_without_an_active_guardian_the_list_says_so(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    add_pickup(care_db, person_id, PickupInput("邻居张", "邻居", "13900003333"), actor=STAFF)
    deactivate_pickup(care_db, centre.pickups[person_id], actor=STAFF)
    row = next(r for r in profile_list(care_db, actor=STAFF, today=CARE_DAY)
               if r.person_id == person_id)
    assert row.no_guardian


@pytest.mark.parametrize(("data", "field", "message"), [
    (PickupInput(" "), "name", "请填写接送人姓名"),
    (PickupInput("王丽", phone="1390000"), "phone",
     "联系电话：手机号应为11位，以13–19开头"),
    (PickupInput("王丽", relation="关" * 21), "relation", "与会员关系最多20个字"),
])
def test_bad_input_is_refused_and_nothing_is_written(care_db: Database, data: PickupInput,
                                                     field: str, message: str) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        add_pickup(care_db, centre.members[0], data, actor=STAFF)
    assert refused.value.fields == {field: message}
    assert care_rows(care_db) == before


def test_the_kiosk_account_is_refused(care_db: Database) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(PermissionDenied):
        add_pickup(care_db, centre.members[0], PickupInput("王丽"), actor=KIOSK)
    with pytest.raises(PermissionDenied):
        deactivate_pickup(care_db, centre.pickups[centre.members[0]], actor=KIOSK)
    assert care_rows(care_db) == before
