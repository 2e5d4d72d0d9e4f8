"""What every part of volunteer service (志愿服务) shares: who may serve, the settings, how
service time becomes recorded minutes, and the star levels (Qt-free).

Hours are actual service time within a shift (travel excluded), rounded DOWN to the step
(setting ``volunteer.rounding_minutes``, default 30: 0.5 h; a record never claims time not
served: 140 minutes are 2 h, not 2.5 h), never more than the daily maximum
(``volunteer.max_daily_minutes``, default 480). Star levels follow 志愿北京's thresholds of
recorded hours (``volunteer.star_hours``, default 100,300,600,1000,1500). See docs/domain.md.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

ROUNDING_KEY = "volunteer.rounding_minutes"
DEFAULT_ROUNDING = 30
MAX_DAILY_KEY = "volunteer.max_daily_minutes"
DEFAULT_MAX_DAILY = 480
STAR_HOURS_KEY = "volunteer.star_hours"
DEFAULT_STAR_HOURS = (100, 300, 600, 1000, 1500)
# A shift lasts at most this long (a longer one is refused).
MAX_SHIFT_MINUTES = 12 * 60


def require_manage(actor: Actor) -> None:
    """PermissionDenied unless the account may manage volunteers (staff, administrators)."""
    actor.require(Permission.MANAGE_VOLUNTEERS)


def is_volunteer(db: Database, person_id: int) -> bool:
    """Whether the person is an active volunteer and not archived."""
    return db.scalar(
        "SELECT 1 FROM volunteer v JOIN person p ON p.id = v.person_id"
        " WHERE v.person_id = ? AND v.active = 1 AND p.archived_at IS NULL",
        (person_id,)) is not None


def ensure_volunteer(db: Database, person_id: int) -> None:
    """NotFoundError (saying why) unless the person is an active, not archived volunteer."""
    row = db.query_one("SELECT p.name, p.archived_at, v.active FROM person p"
                       " LEFT JOIN volunteer v ON v.person_id = p.id WHERE p.id = ?",
                       (person_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的人员"),
                                    id=person_id))
    if row["archived_at"] is not None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 已归档，不能安排志愿服务：如需恢复，请先在“人员登记”中恢复"),
            name=row["name"]))
    if not row["active"]:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 不是在册的志愿者：请先在“人员登记”中勾选“志愿者”"),
            name=row["name"]))


def _int_setting(db: Database, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(get_setting(db, key, str(default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def rounding_minutes(db: Database) -> int:
    """The rounding step of service time in minutes (setting, default 30)."""
    return _int_setting(db, ROUNDING_KEY, DEFAULT_ROUNDING, 1, 60)


def max_daily_minutes(db: Database) -> int:
    """The most service time one volunteer may be credited with in a day (default 480)."""
    return _int_setting(db, MAX_DAILY_KEY, DEFAULT_MAX_DAILY, 60, 1440)


def star_hours(db: Database) -> tuple[int, ...]:
    """The recorded hours at which the stars begin (setting, default 100/300/600/1000/1500)."""
    text = get_setting(db, STAR_HOURS_KEY, "")
    try:
        values = tuple(int(part) for part in text.replace("，", ",").split(",") if part.strip())
    except ValueError:
        return DEFAULT_STAR_HOURS
    ascending = all(a < b for a, b in pairwise(values))
    return values if values and ascending and values[0] > 0 else DEFAULT_STAR_HOURS


def star_level(total_minutes: int, thresholds: tuple[int, ...] = DEFAULT_STAR_HOURS) -> int:
    """Stars (0 … len(thresholds)) for ``total_minutes`` of recorded service."""
    return sum(1 for hours in thresholds if total_minutes >= hours * 60)


def round_minutes(minutes: int, step: int) -> int:
    """``minutes`` rounded down to a whole multiple of ``step`` (139 → 120 with a step of 30:
    the record never claims time not served; never < 0)."""
    if minutes <= 0:
        return 0
    return (minutes // step) * step if step > 1 else minutes


def service_minutes(day: str, starts_at: str, ends_at: str, signed_in_at: str,
                    signed_out_at: str, step: int) -> int:
    """The service time a sign-in gives within its shift: the overlap of the time signed in
    (``YYYY-MM-DDTHH:MM:SS``) with the shift (``HH:MM`` on ``day``), rounded down to ``step``."""
    shift_start = datetime.fromisoformat(f"{day}T{starts_at}:00")
    shift_end = datetime.fromisoformat(f"{day}T{ends_at}:00")
    start = max(shift_start, datetime.fromisoformat(signed_in_at))
    end = min(shift_end, datetime.fromisoformat(signed_out_at))
    served = int((end - start).total_seconds() // 60) if end > start else 0
    return round_minutes(served, step)


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal (``90`` → ``1.5``), as certificates and ledgers show."""
    return f"{minutes / 60:.1f}"


def parse_star_hours(text: str) -> tuple[int, ...]:
    """Five increasing positive whole hours from ``text`` (commas, Chinese commas or spaces);
    ValidationError (in Chinese) otherwise."""
    parts = [part for part in text.replace("，", ",").replace(" ", ",").split(",") if part]
    message = Message(QT_TRANSLATE_NOOP(
        "Messages",
        "星级门槛应为五个从小到大的正整数（小时），用逗号分开，如 100,300,600,1000,1500"))
    try:
        values = tuple(int(part) for part in parts)
    except ValueError:
        raise ValidationError({"star_hours": message}) from None
    if (len(values) != len(DEFAULT_STAR_HOURS) or values[0] <= 0
            or not all(a < b for a, b in pairwise(values))):
        raise ValidationError({"star_hours": message})
    return values


def save_settings(db: Database, *, rounding: int, max_daily_hours: int, star_text: str,
                  actor: Actor) -> None:
    """Change the rounding step (minutes, 1–60), the daily maximum (hours, 1–24, stored in
    minutes) and the star thresholds in one audited transaction; nothing is written when
    any value is refused or nothing changed."""
    actor.require(Permission.EDIT_SETTINGS)
    errors: dict[str, str] = {}
    if not 1 <= rounding <= 60:
        errors["rounding_minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "取整单位应为1–60分钟"))
    if not 1 <= max_daily_hours <= 24:
        errors["max_daily_minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "每日上限应为1–24小时"))
    try:
        stars = parse_star_hours(star_text)
    except ValidationError as error:
        errors.update(error.fields)
        stars = DEFAULT_STAR_HOURS
    if errors:
        raise ValidationError(errors)
    after = {ROUNDING_KEY: rounding, MAX_DAILY_KEY: max_daily_hours * 60,
             STAR_HOURS_KEY: ",".join(str(value) for value in stars)}
    with db.transaction():
        before = {ROUNDING_KEY: rounding_minutes(db), MAX_DAILY_KEY: max_daily_minutes(db),
                  STAR_HOURS_KEY: ",".join(str(value) for value in star_hours(db))}
        changed = {key: value for key, value in after.items() if before[key] != value}
        if not changed:
            return
        for key, value in changed.items():
            set_setting(db, key, str(value))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={key: before[key] for key in changed},
                     after=changed)
