"""A small register for the 久未签到 tests: who signed in when, relative to a given day.

With N = 4 weeks, as of ``today`` (2024-06-01 or later):
- listed, longest unseen first: 王五 (never signed in, joined 2024-03-01, 职康站, no phone),
  郑十一 (6 weeks ago; a sign-in 2 weeks ago was voided), 李四 (5 weeks ago; a guardian, a
  family member, an emergency contact who is the guardian again, an archived guardian),
  钱七 (exactly 4 weeks ago, a landline emergency contact);
- not listed: 张三 (3 weeks ago), 孙八 (27 days ago), 赵六 (archived, never signed in),
  吴十 (left the centre), 冯十二 (member role switched off, now a volunteer), 周九 (a
  volunteer, never a member), and the guardians and family themselves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.people.person_input import FamilyLink, PersonInput
from tests.conftest import STAFF, make_id_number, make_person_input

CENTRE = "西长安街温馨家园"
LISTED = ["王五", "郑十一", "李四", "钱七"]  # longest unseen first


def _member(db: Database, name: str, seq: int, **overrides: object) -> int:
    values: dict[str, object] = {"name": name, "id_number": make_id_number(seq=seq),
                                 "card_number": f"WH{seq:06d}", "phone": f"1391234{seq:04d}"}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF)


def _sign_in(db: Database, person_id: int, day: date, now: datetime) -> int:
    return attendance.staff_sign_in(db, person_id, datetime.combine(day, datetime.min.time())
                                    .replace(hour=9), actor=STAFF, reason="补签", now=now)


def add_register(db: Database, today: date) -> dict[str, int]:
    """The register described above; returns name → person id."""
    centre.save_profile(db, CentreProfile(name=CENTRE, code="XC-01"), actor=STAFF)
    now = datetime.combine(today, datetime.min.time()).replace(hour=18)
    ids: dict[str, int] = {}
    for seq, name in enumerate(("张三", "李四", "钱七", "孙八", "郑十一", "赵六"), start=1):
        ids[name] = _member(db, name, seq)
    ids["王五"] = _member(db, "王五", 7, joined_on="2024-03-01", programmes=["职康站"], phone="")
    ids["吴十"] = _member(db, "吴十", 8)
    ids["冯十二"] = _member(db, "冯十二", 9)
    ids["周九"] = people.create_person(db, make_person_input(
        name="周九", id_number=make_id_number(seq=10), is_member=False, programmes=[],
        joined_on="", card_number="", is_volunteer=True, volunteer_number="V001"), actor=STAFF)
    for name, days_ago in (("张三", 21), ("李四", 35), ("钱七", 28), ("孙八", 27),
                           ("郑十一", 42), ("吴十", 70), ("冯十二", 70)):
        _sign_in(db, ids[name], today - timedelta(days=days_ago), now)
    voided = _sign_in(db, ids["郑十一"], today - timedelta(days=14), now)
    attendance.void_sign_in(db, voided, actor=STAFF, reason="误刷他人卡")
    people.archive_person(db, ids["赵六"], "迁出", actor=STAFF, now=now - timedelta(days=3))
    left = people.load_person(db, ids["吴十"])
    people.update_person(db, ids["吴十"], replace(
        left, left_on=(today - timedelta(days=60)).isoformat()), actor=STAFF)
    no_longer = people.load_person(db, ids["冯十二"])
    people.update_person(db, ids["冯十二"], replace(
        no_longer, is_member=False, is_volunteer=True, volunteer_number="V002"), actor=STAFF)
    # 李四's people: a guardian (also entered as the emergency contact), a brother, and a
    # grandmother who was the guardian once and is archived.
    ids["李大"] = people.create_person(db, PersonInput(
        name="李大", phone="13900001111",
        family_links=[FamilyLink(ids["李四"], "母亲", True)]), actor=STAFF)
    ids["李二"] = people.create_person(db, PersonInput(
        name="李二", phone="13900002222",
        family_links=[FamilyLink(ids["李四"], "弟弟", False)]), actor=STAFF)
    ids["李老"] = people.create_person(db, PersonInput(
        name="李老", phone="13900003333",
        family_links=[FamilyLink(ids["李四"], "祖母", True)]), actor=STAFF)
    people.archive_person(db, ids["李老"], "去世", actor=STAFF, now=now)
    li_si = people.load_person(db, ids["李四"])
    people.update_person(db, ids["李四"], replace(
        li_si, emergency_contact="李大", emergency_phone="13900001111",
        address="北京市西城区西长安街街道府右街9号"), actor=STAFF)
    qian = people.load_person(db, ids["钱七"])
    people.update_person(db, ids["钱七"], replace(
        qian, emergency_contact="钱小", emergency_phone="010-66012345"), actor=STAFF)
    return ids
