"""The full permission matrix: every role against every protected model function.

A function a role may not call must raise PermissionDenied and write nothing; one it may
call must work. Add each new protected function to PROTECTED.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.excel.admin.audit_export import export_audit
from desktop.models.admin import accounts, audit_query, backup, centre
from desktop.models.admin.audit_query import AuditQuery
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import GRANTS, Actor, Permission, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.sales import catalogue
from desktop.models.sales.catalogue import ProductInput
from desktop.models.training import courses
from desktop.models.training.courses import CourseInput
from tests.conftest import count_rows, make_id_number, make_person_input

PASSWORD = "correct-horse-1"

Call = Callable[[Database, Actor, dict[str, int]], object]


def _update(db: Database, actor: Actor, ids: dict[str, int]) -> None:
    data = people.load_person(db, ids["person"])
    data.phone = "13900001111"
    people.update_person(db, ids["person"], data, actor=actor)


PROTECTED: dict[str, tuple[Permission, Call]] = {
    "create_person": (Permission.EDIT_PEOPLE, lambda db, a, ids: people.create_person(
        db, make_person_input(id_number=make_id_number(seq=9), card_number="WH9"), actor=a)),
    "update_person": (Permission.EDIT_PEOPLE, _update),
    "archive_person": (Permission.EDIT_PEOPLE,
                       lambda db, a, ids: people.archive_person(db, ids["person"], "迁出",
                                                                actor=a)),
    "restore_person": (Permission.EDIT_PEOPLE,
                       lambda db, a, ids: people.restore_person(db, ids["archived"], actor=a)),
    "reveal_sensitive": (Permission.REVEAL_SENSITIVE,
                         lambda db, a, ids: people.reveal_sensitive(db, ids["person"], actor=a)),
    "save_profile": (Permission.EDIT_SETTINGS, lambda db, a, ids: centre.save_profile(
        db, CentreProfile(name="新名称", code="XC-02"), actor=a)),
    "create_account": (Permission.MANAGE_USERS, lambda db, a, ids: accounts.create_account(
        db, "newcomer", PASSWORD, Role.STAFF, actor=a)),
    "reset_password": (Permission.MANAGE_USERS, lambda db, a, ids: accounts.reset_password(
        db, a, "desk", "another-pass-2")),
    "set_disabled": (Permission.MANAGE_USERS,
                     lambda db, a, ids: accounts.set_disabled(db, a, "desk", True)),
    "set_role": (Permission.MANAGE_USERS,
                 lambda db, a, ids: accounts.set_role(db, a, "desk", Role.KIOSK)),
    "make_backup": (Permission.MAKE_BACKUP,
                    lambda db, a, ids: backup.make_backup(db, actor=a)),
    "restore_backup": (Permission.RESTORE_BACKUP, lambda db, a, ids: backup.restore(
        db, sorted(backup.default_backup_folder(db.path).glob("*.db"))[0], actor=a)),
    "backup_settings": (Permission.RESTORE_BACKUP, lambda db, a, ids:
                        backup.save_backup_settings(db, actor=a, second_folder=None)),
    "audit_search": (Permission.VIEW_AUDIT,
                     lambda db, a, ids: audit_query.search_ids(db, a, AuditQuery())),
    "create_product": (Permission.SELL, lambda db, a, ids: catalogue.create_product(
        db, ProductInput("软陶杯垫", 1_500, [(ids["person"], 100)]), actor=a)),
    "create_course": (Permission.MANAGE_TRAINING, lambda db, a, ids: courses.create_course(
        db, CourseInput("西点烘焙初级班", "西点", "2024-06-03", "2024-07-31", 120, 12),
        actor=a)),
    "audit_export": (Permission.VIEW_AUDIT, lambda db, a, ids: export_audit(
        db, a, AuditQuery(), Path(tempfile.mkdtemp()) / "audit.xlsx")),
}


@pytest.fixture
def setup(db: Database) -> dict[str, int]:
    admin = accounts.create_account(db, "admin", PASSWORD, Role.ADMIN,
                                    actor=accounts.first_admin_actor("admin")).as_actor()
    accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin)
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=admin)
    person = people.create_person(db, make_person_input(), actor=admin)
    archived = people.create_person(
        db, make_person_input(id_number=make_id_number(seq=4), card_number="WH4"), actor=admin)
    people.archive_person(db, archived, "迁出", actor=admin)
    backup.make_backup(db, actor=admin)
    return {"person": person, "archived": archived}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(PROTECTED))
def test_permission_matrix(db: Database, setup: dict[str, int], role: Role, action: str) -> None:
    permission, call = PROTECTED[action]
    actor = Actor(f"someone-{role.value}", role)
    if permission in GRANTS[role]:
        call(db, actor, setup)
        return
    before = count_rows(db)
    with pytest.raises(PermissionDenied) as caught:
        call(db, actor, setup)
    assert caught.value.message.startswith(f"“someone-{role.value}”")
    assert "没有权限" in caught.value.message
    assert count_rows(db) == before


def test_grants_follow_the_issue() -> None:
    assert GRANTS[Role.ADMIN] == frozenset(Permission)
    assert Permission.MANAGE_USERS not in GRANTS[Role.STAFF]
    assert Permission.RESTORE_BACKUP not in GRANTS[Role.STAFF]
    assert GRANTS[Role.KIOSK] == frozenset({Permission.RUN_KIOSK})


def test_the_kiosk_account_reads_a_person_masked_and_cannot_export_the_month(
        db: Database, setup: dict[str, int], tmp_path: Path) -> None:
    """Issue 18: the kiosk account could load a full ID, phone and address, and export the
    monthly workbook; now the record reaches it masked and the export is refused."""
    from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
    from desktop.models.people.identity import mask_address, mask_id, mask_phone

    stored = people.load_person(db, setup["person"])
    kiosk = Actor("desk-kiosk", Role.KIOSK)
    seen = people.open_person(db, setup["person"], actor=kiosk)
    assert (seen.id_number, seen.phone, seen.address) == (
        mask_id(stored.id_number), mask_phone(stored.phone), mask_address(stored.address))
    assert stored.id_number not in repr(seen) and stored.phone not in repr(seen)
    assert seen.name == stored.name
    staff = Actor("desk", Role.STAFF)
    assert people.open_person(db, setup["person"], actor=staff) == stored
    before = count_rows(db)
    with pytest.raises(PermissionDenied) as caught:
        export_monthly_workbook(db, "2024-05", tmp_path / "out", generated_by="desk-kiosk",
                                actor=kiosk)
    assert caught.value.message == "“desk-kiosk”（签到台）没有权限：报送月报并关账"
    assert count_rows(db) == before
    assert not (tmp_path / "out").exists()
