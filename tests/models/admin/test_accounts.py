"""Accounts: password rules and hashing, sign-in with lock-out, user management."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.admin import accounts
from desktop.models.admin.accounts import SignInError
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from tests.conftest import count_rows

PASSWORD = "correct-horse-1"
NOW = datetime(2026, 11, 29, 9, 0, 0)


def _file_dump(db: Database) -> str:
    """Everything stored in the database file, as SQL text (read by a connection of its own)."""
    conn = sqlite3.connect(db.path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _admin(db: Database) -> Actor:
    account = accounts.create_account(db, "admin", PASSWORD, Role.ADMIN,
                                      actor=accounts.first_admin_actor("admin"))
    return account.as_actor()


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = accounts.hash_password(PASSWORD), accounts.hash_password(PASSWORD)
    assert first != second and first.startswith("scrypt$")
    assert PASSWORD not in first
    assert accounts.password_matches(PASSWORD, first)
    assert not accounts.password_matches("wrong-password", first)
    assert not accounts.password_matches(PASSWORD, "not-a-hash")


def test_password_never_stored_or_logged_in_clear(db: Database) -> None:
    _admin(db)
    dump = _file_dump(db)
    assert PASSWORD not in dump


@pytest.mark.parametrize(("password", "message"), [
    ("short", "密码至少8位，现在是5位"),
    (" padded-pass ", "密码首尾不能是空格"),
    ("x" * 129, "密码最多128位"),
])
def test_bad_passwords_refused_nothing_written(db: Database, password: str, message: str) -> None:
    before = count_rows(db)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, "admin", password, Role.ADMIN,
                                actor=accounts.first_admin_actor("admin"))
    assert caught.value.fields["password"] == message
    assert count_rows(db) == before and not accounts.has_accounts(db)


def test_first_account_must_be_admin(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, "desk", PASSWORD, Role.STAFF,
                                actor=accounts.first_admin_actor("desk"))
    assert caught.value.fields["role"] == "第一个账户必须是管理员"


def test_sign_in_and_wrong_password(db: Database) -> None:
    _admin(db)
    assert accounts.sign_in(db, "ADMIN", PASSWORD, NOW).username == "admin"
    with pytest.raises(SignInError, match="用户名或密码不正确（还可尝试4次）"):
        accounts.sign_in(db, "admin", "nope-nope", NOW)
    with pytest.raises(SignInError, match=r"^用户名或密码不正确（还可尝试4次）$"):
        accounts.sign_in(db, "nobody", PASSWORD, NOW)


def _answers(db: Database, username: str, password: str, times: int,
             now: datetime = NOW) -> list[str]:
    answers = []
    for _ in range(times):
        with pytest.raises(SignInError) as caught:
            accounts.sign_in(db, username, password, now)
        answers.append(caught.value.message)
    return answers


# What a wrong password hears, attempt by attempt, until the lock and while it lasts.
WRONG_ANSWERS = ["用户名或密码不正确（还可尝试4次）", "用户名或密码不正确（还可尝试3次）",
                 "用户名或密码不正确（还可尝试2次）", "用户名或密码不正确（还可尝试1次）",
                 "密码连续错误5次，账户已锁定5分钟",
                 "密码错误次数过多，账户已锁定，请在5分钟后再试"]


def test_an_unknown_name_hears_what_a_wrong_password_hears(db_path: Path) -> None:
    db = open_database(db_path)
    admin = _admin(db)
    accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin)
    accounts.set_disabled(db, admin, "desk", True)
    # Two attempts each, then a restart, then the rest: the counts survive like an account's.
    known, unknown, disabled = ([*_answers(db, name, "wrong-pass", 2)]
                                for name in ("admin", "nobody", "desk"))
    db.close()
    db = open_database(db_path)
    for answers, name in ((known, "admin"), (unknown, " NoBody "), (disabled, "desk")):
        answers += _answers(db, name, "wrong-pass", 4)
    assert known == WRONG_ANSWERS
    assert unknown == WRONG_ANSWERS
    assert disabled == WRONG_ANSWERS  # a disabled name is not revealed either
    # Once the lock has passed, both start counting again.
    later = NOW + timedelta(minutes=5, seconds=1)
    assert _answers(db, "admin", "wrong-pass", 1, later) == WRONG_ANSWERS[:1]
    assert _answers(db, "nobody", "wrong-pass", 1, later) == WRONG_ANSWERS[:1]
    # Only the right password says the account is disabled.
    with pytest.raises(SignInError, match=r"^此账户已停用，请联系管理员$"):
        accounts.sign_in(db, "desk", PASSWORD, later)
    db.close()


def test_unknown_names_are_counted_apart_and_never_stored_in_clear(db: Database) -> None:
    _admin(db)
    # A password typed into the name box by mistake must not end up readable in the file.
    typed = "my-secret-word-7"
    assert _answers(db, typed, "", 2) == WRONG_ANSWERS[:2]
    assert _answers(db, "someone-else", "x", 1) == WRONG_ANSWERS[:1]
    assert db.scalar("SELECT count(*) FROM sign_in_failure") == 2
    assert typed not in _file_dump(db)
    # An unknown name's failures leave the real account's count alone.
    assert accounts.sign_in(db, "admin", PASSWORD, NOW).username == "admin"


def test_five_failures_lock_for_five_minutes_across_restarts(db_path: Path) -> None:
    db = open_database(db_path)
    _admin(db)
    for _ in range(4):
        with pytest.raises(SignInError):
            accounts.sign_in(db, "admin", "wrong-pass", NOW)
    with pytest.raises(SignInError, match="账户已锁定5分钟"):
        accounts.sign_in(db, "admin", "wrong-pass", NOW)
    db.close()
    db = open_database(db_path)  # a restart does not lift the lock
    with pytest.raises(SignInError, match="请在5分钟后再试"):
        accounts.sign_in(db, "admin", PASSWORD, NOW + timedelta(seconds=1))
    assert accounts.sign_in(db, "admin", PASSWORD, NOW + timedelta(minutes=5, seconds=1))
    db.close()


def test_disabled_account_cannot_sign_in(db: Database) -> None:
    admin = _admin(db)
    accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin)
    accounts.set_disabled(db, admin, "desk", True)
    with pytest.raises(SignInError, match="此账户已停用，请联系管理员"):
        accounts.sign_in(db, "desk", PASSWORD, NOW)
    accounts.set_disabled(db, admin, "desk", False)
    assert accounts.sign_in(db, "desk", PASSWORD, NOW).role == Role.STAFF


def test_last_admin_cannot_be_disabled_or_demoted(db: Database) -> None:
    admin = _admin(db)
    before = count_rows(db)
    with pytest.raises(ValidationError, match="至少要保留一个可用的管理员账户"):
        accounts.set_disabled(db, admin, "admin", True)
    with pytest.raises(ValidationError, match="至少要保留一个可用的管理员账户"):
        accounts.set_role(db, admin, "admin", Role.STAFF)
    assert count_rows(db) == before
    assert accounts.get_account(db, "admin").role == Role.ADMIN


def test_reset_and_change_password(db: Database) -> None:
    admin = _admin(db)
    desk = accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin).as_actor()
    accounts.reset_password(db, admin, "desk", "new-password-2")
    assert accounts.sign_in(db, "desk", "new-password-2", NOW)
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_password(db, desk, "wrong-old-1", "another-pass-3")
    assert caught.value.fields["old_password"] == "原密码不正确"
    accounts.change_own_password(db, desk, "new-password-2", "another-pass-3")
    assert accounts.sign_in(db, "desk", "another-pass-3", NOW)


def test_duplicate_and_malformed_user_names(db: Database) -> None:
    admin = _admin(db)
    with pytest.raises(ValidationError, match="已被使用"):
        accounts.create_account(db, "Admin", PASSWORD, Role.STAFF, actor=admin)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, "a b", PASSWORD, Role.STAFF, actor=admin)
    assert "用户名应为2–32个字" in caught.value.fields["username"]


def test_staff_cannot_manage_accounts(db: Database) -> None:
    admin = _admin(db)
    desk = accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin).as_actor()
    before = count_rows(db)
    with pytest.raises(PermissionDenied, match="“desk”（工作人员）没有权限：管理账户"):
        accounts.create_account(db, "other", PASSWORD, Role.STAFF, actor=desk)
    with pytest.raises(PermissionDenied):
        accounts.set_role(db, desk, "desk", Role.ADMIN)
    assert count_rows(db) == before
    assert accounts.get_account(db, "desk").role == Role.STAFF


def test_account_changes_are_audited_without_secrets(db: Database) -> None:
    admin = _admin(db)
    accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin)
    accounts.reset_password(db, admin, "desk", "new-password-2")
    actions = [r[0] for r in db.query(
        "SELECT action FROM audit_log WHERE table_name = 'user_account' ORDER BY id")]
    assert actions == ["create", "create", "reset_password"]
    text = " ".join(str(v) for r in db.query("SELECT * FROM audit_log") for v in tuple(r))
    assert PASSWORD not in text and "new-password-2" not in text and "scrypt$" not in text
