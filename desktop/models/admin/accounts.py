"""Staff accounts: passwords (salted scrypt), sign-in with lock-out, user management.

Five wrong passwords lock an account for five minutes; the count and the lock are stored in
the database, so restarting the app does not reset them. A user name without an account is
counted and locked the same way, so the answers never tell which names exist. Passwords are
never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.models.admin import audit
from desktop.models.admin.permissions import ROLE_NAMES, Actor, Permission, Role
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_name, strip_invisible

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
MAX_FAILURES = 5
LOCK_MINUTES = 5
# scrypt cost: ~50 ms and 16 MB per check on an old PC; slows guessing, not staff.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# Letters of any script (汉字 included) and underscore, ASCII digits, dot and hyphen: \w alone
# would also take ٣ and other digits that NFKC leaves as they are.
_USERNAME = re.compile(r"(?:[^\W\d]|[0-9.\-]){2,32}")
_WRONG = Message(QT_TRANSLATE_NOOP("Messages", "用户名或密码不正确"))
_NAME_SALT = b"warmhome sign-in name"


class SignInError(WarmHomeError):
    """Sign-in refused: wrong password, locked or disabled account."""


@dataclass(frozen=True)
class Account:
    """An account as listed on the users page (never the hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: str | None
    created_at: str

    def as_actor(self) -> Actor:
        """The actor this account acts as once signed in."""
        return Actor(self.username, self.role, self.id)


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A self-describing salted scrypt hash: ``scrypt$n$r$p$salt$hash`` (hex)."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    """Check a password against a stored hash in constant time."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex),
                                n=int(n), r=int(r), p=int(p), maxmem=64 * 1024 * 1024,
                                dklen=len(digest_hex) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


def validate_password(password: str) -> str | None:
    """What is wrong with a new password, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "密码至少{minimum}位，现在是{length}位"),
            minimum=MIN_PASSWORD_LENGTH,
            length=len(password),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "密码最多{limit}位"), limit=MAX_PASSWORD_LENGTH
        )
    if password.strip() != password:
        return Message(QT_TRANSLATE_NOOP("Messages", "密码首尾不能是空格"))
    return None


def normalise_username(username: str) -> str:
    """A user name as typed, as stored and looked up: NFKC (full-width ｗａｎｇ is wang),
    invisible marks removed, trimmed."""
    return unicodedata.normalize("NFKC", strip_invisible(username or "")).strip()


def validate_username(username: str) -> str | None:
    """What is wrong with a user name (checked as normalised), or None."""
    if not _USERNAME.fullmatch(normalise_username(username)):
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "用户名应为2–32个字：汉字、字母、数字、点、下划线或连字符"
            )
        )
    return None


def _row_to_account(r: sqlite3.Row) -> Account:
    return row_as(Account, r, role=Role, disabled=bool)


def has_accounts(db: Database) -> bool:
    """Whether any account exists (the first start creates the administrator)."""
    return db.scalar("SELECT 1 FROM user_account LIMIT 1") is not None


def list_accounts(db: Database) -> list[Account]:
    """Every account, by user name."""
    rows = db.query("SELECT * FROM user_account ORDER BY username COLLATE NOCASE")
    return [_row_to_account(r) for r in rows]


def _account_row(db: Database, username: str) -> sqlite3.Row | None:
    """The account row for a typed user name (case-insensitive), normalised first; an
    account saved before names were normalised is still found by its name as stored."""
    for name in dict.fromkeys((normalise_username(username), (username or "").strip())):
        row = db.query_one("SELECT * FROM user_account WHERE username = ? COLLATE NOCASE",
                           (name,))
        if row is not None:
            return row
    return None


def get_account(db: Database, username: str) -> Account:
    """One account by user name (case-insensitive)."""
    row = _account_row(db, username)
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有用户名为 {username} 的账户"), username=username
            )
        )
    return _row_to_account(row)


def create_account(db: Database, username: str, password: str, role: Role, *, actor: Actor,
                   display_name: str = "") -> Account:
    """Add an account. The very first account must be an administrator and needs no actor
    permission (it is created by the welcome dialog); later ones need MANAGE_USERS."""
    username = normalise_username(username)
    display_name = clean_name(display_name)
    errors: dict[str, str] = {}
    problem = validate_username(username)
    if problem:
        errors["username"] = problem
    problem = validate_password(password)
    if problem:
        errors["password"] = problem
    if len(display_name) > 20:
        errors["display_name"] = Message(QT_TRANSLATE_NOOP("Messages", "姓名最多20个字"))
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        first = not has_accounts(db)
        if first and role != Role.ADMIN:
            raise ValidationError(
                {"role": Message(QT_TRANSLATE_NOOP("Messages", "第一个账户必须是管理员"))}
            )
        if not first:
            actor.require(Permission.MANAGE_USERS)
        if db.scalar("SELECT 1 FROM user_account WHERE username = ? COLLATE NOCASE",
                     (username,)):
            raise ValidationError(
                {
                    "username": Message(
                        QT_TRANSLATE_NOOP("Messages", "用户名 {username} 已被使用"),
                        username=username,
                    )
                }
            )
        stamp = now_iso(db.clock)
        cursor = db.execute(
            "INSERT INTO user_account (username, display_name, role, password_hash, created_at,"
            " updated_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (username, display_name, role.value, hash_password(password), stamp, stamp,
             stamp))
        account_id = int(cursor.lastrowid or 0)
        audit.record(db, actor=actor.username if not first else username, action="create",
                     table="user_account", record_id=account_id,
                     after={"username": username, "role": role.value})
    return get_account(db, username)


def _name_key(username: str) -> str:
    """The key an unknown user name is counted under: a slow hash, never the name itself
    (it may be a password typed into the wrong box). Costs what a password check costs."""
    return hashlib.scrypt(normalise_username(username).lower().encode("utf-8"), salt=_NAME_SALT,
                          n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024,
                          dklen=16).hex()


def _refuse_while_locked(locked_until: str | None, now: datetime) -> None:
    if locked_until and datetime.fromisoformat(locked_until) > now:
        left = datetime.fromisoformat(locked_until) - now
        minutes = max(1, -(-int(left.total_seconds()) // 60))
        raise SignInError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "密码错误次数过多，账户已锁定，请在{minutes}分钟后再试"
                ),
                minutes=minutes,
            )
        )


def _count_failure(failed_attempts: int, now: datetime) -> tuple[int, str | None, SignInError]:
    """One more wrong password: the new count, the lock (if this one locks) and the answer."""
    failures = failed_attempts + 1
    if failures >= MAX_FAILURES:
        until = (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
        return (
            0,
            until,
            SignInError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "密码连续错误{failures}次，账户已锁定{minutes}分钟"
                    ),
                    failures=MAX_FAILURES,
                    minutes=LOCK_MINUTES,
                )
            ),
        )
    return (
        failures,
        None,
        SignInError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{generic}（还可尝试{left}次）"),
                generic=_WRONG,
                left=MAX_FAILURES - failures,
            )
        ),
    )


def _unknown_name_failure(db: Database, username: str, now: datetime) -> SignInError:
    """A name without an account gets the answers an account gets, counted and locked the
    same way (in sign_in_failure), so the answers do not tell which names exist."""
    key = _name_key(username)
    row = db.query_one("SELECT failed_attempts, locked_until FROM sign_in_failure"
                       " WHERE name_key = ?", (key,))
    _refuse_while_locked(row["locked_until"] if row else None, now)
    failures, until, error = _count_failure(int(row["failed_attempts"]) if row else 0, now)
    db.execute("INSERT INTO sign_in_failure (name_key, failed_attempts, locked_until, updated_at)"
               " VALUES (?, ?, ?, ?) ON CONFLICT(name_key) DO UPDATE SET"
               " failed_attempts = excluded.failed_attempts,"
               " locked_until = excluded.locked_until, updated_at = excluded.updated_at",
               (key, failures, until, now.isoformat()))
    return error


def sign_in(db: Database, username: str, password: str, now: datetime | None = None) -> Account:
    """Check a password; count failures and lock after five. Returns the account.

    Every answer before the password is right is the same for a name without an account:
    wrong, with the attempts left, then locked. Only with the right password does a
    disabled account say so.
    """
    now = (now or db.clock.now()).replace(microsecond=0)
    with db.transaction():
        row = _account_row(db, username)
        if row is None:
            # Committed on purpose, like an account's count: a restart must not reset it.
            raise_after: SignInError | None = _unknown_name_failure(db, username, now)
        else:
            _refuse_while_locked(row["locked_until"], now)
            if not password_matches(password, row["password_hash"]):
                failures, until, raise_after = _count_failure(int(row["failed_attempts"]), now)
                if until is not None:
                    db.execute("UPDATE user_account SET failed_attempts = 0, locked_until = ?"
                               " WHERE id = ?", (until, row["id"]))
                    audit.record(db, actor=row["username"], action="lock",
                                 table="user_account", record_id=row["id"],
                                 reason="连续5次密码错误")
                else:
                    db.execute("UPDATE user_account SET failed_attempts = ? WHERE id = ?",
                               (failures, row["id"]))
            elif row["disabled"]:
                raise SignInError(
                    Message(QT_TRANSLATE_NOOP("Messages", "此账户已停用，请联系管理员"))
                )
            else:
                # Only when there is a count to clear: a sign-in that changes nothing leaves
                # the file as it was (a refused command line writes nothing).
                db.execute("UPDATE user_account SET failed_attempts = 0, locked_until = NULL"
                           " WHERE id = ? AND (failed_attempts != 0 OR locked_until IS NOT NULL)",
                           (row["id"],))
                raise_after = None
    if raise_after is not None or row is None:
        raise raise_after or SignInError(_WRONG)
    return get_account(db, row["username"])


def change_own_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """Everyone may change their own password, knowing the old one."""
    problem = validate_password(new)
    if problem:
        raise ValidationError({"new_password": problem})
    with db.transaction():
        stored = db.scalar("SELECT password_hash FROM user_account WHERE id = ?",
                           (actor.user_id,))
        if stored is None or not password_matches(old, stored):
            raise ValidationError(
                {"old_password": Message(QT_TRANSLATE_NOOP("Messages", "原密码不正确"))}
            )
        _set_password(db, int(actor.user_id or 0), new)
        audit.record(db, actor=actor.username, action="password", table="user_account",
                     record_id=actor.user_id)


def _set_password(db: Database, account_id: int, password: str) -> None:
    stamp = now_iso(db.clock)
    db.execute("UPDATE user_account SET password_hash = ?, password_changed_at = ?,"
               " updated_at = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
               (hash_password(password), stamp, stamp, account_id))


def _admin_change(db: Database, actor: Actor, username: str, action: str,
                  sql: str, params: tuple[object, ...], before: dict[str, object],
                  after: dict[str, object]) -> None:
    actor.require(Permission.MANAGE_USERS)
    with db.transaction():
        account = get_account(db, username)
        db.execute(sql, (*params, account.id))
        if action in ("disable", "role") and account.role == Role.ADMIN:
            active_admins = db.scalar(
                "SELECT count(*) FROM user_account WHERE role = 'admin' AND disabled = 0")
            if int(active_admins) == 0:
                raise ValidationError(
                    {
                        "role": Message(
                            QT_TRANSLATE_NOOP("Messages", "至少要保留一个可用的管理员账户")
                        )
                    }
                )
        audit.record(db, actor=actor.username, action=action, table="user_account",
                     record_id=account.id, before=before, after=after)


def reset_password(db: Database, actor: Actor, username: str, new: str) -> None:
    """An administrator sets a new password for someone (and lifts a lock)."""
    problem = validate_password(new)
    if problem:
        raise ValidationError({"password": problem})
    actor.require(Permission.MANAGE_USERS)
    with db.transaction():
        account = get_account(db, username)
        _set_password(db, account.id, new)
        audit.record(db, actor=actor.username, action="reset_password", table="user_account",
                     record_id=account.id)


def set_disabled(db: Database, actor: Actor, username: str, disabled: bool) -> None:
    """Disable or re-enable an account; the last active administrator cannot be disabled."""
    _admin_change(db, actor, username, "disable" if disabled else "enable",
                  "UPDATE user_account SET disabled = ? WHERE id = ?", (int(disabled),),
                  {"disabled": not disabled}, {"disabled": disabled})


def set_role(db: Database, actor: Actor, username: str, role: Role) -> None:
    """Change an account's role; the last active administrator keeps theirs."""
    account = get_account(db, username)
    _admin_change(db, actor, username, "role", "UPDATE user_account SET role = ? WHERE id = ?",
                  (role.value,), {"role": account.role.value}, {"role": role.value})


def first_admin_actor(username: str) -> Actor:
    """The actor that creates the very first account (the welcome dialog's administrator)."""
    return Actor(normalise_username(username), Role.ADMIN)


def role_name(role: Role) -> str:
    """Chinese role name."""
    return ROLE_NAMES[role]
