"""The rehab labour living subsidy (职业康复劳动训练生活补助) for members in the 职康站 programme.

No public daily rate exists (DOMAIN.md), so the rate is a setting in integer fen, and so is an
optional minimum stay: with one set, a day counts only when the member signed out at least
that long after signing in. A day without a sign-out then does not count, because the stay
cannot be shown; staff can correct the sign-out time on the attendance page. Without a
minimum, every valid sign-in counts.

Who is in the table: members in the 职康站 programme as it is recorded now (programme
membership has no history), who were on the register during the month or signed in then.
Money is integer fen throughout: amount = counted days × daily rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.models import audit
from desktop.models.attendance_month import month_days
from desktop.models.centre import get_setting, set_setting
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.identity import mask_id
from desktop.models.permissions import Actor, Permission
from desktop.models.register import on_register

PROGRAMME = "职康站"
RATE_SETTING = "subsidy.daily_rate_fen"
MIN_STAY_SETTING = "subsidy.min_stay_minutes"
# A daily living subsidy above 1,000 元 is a typing mistake (an extra zero or two).
MAX_DAILY_RATE_FEN = 100_000
MAX_MIN_STAY_MINUTES = 12 * 60
_YUAN = re.compile(r"^(\d{1,7})(?:\.(\d{1,2}))?$")


@dataclass(frozen=True)
class SubsidySettings:
    """The daily rate in fen and the minimum stay in minutes (None: any sign-in counts)."""

    daily_rate_fen: int = 0
    min_stay_minutes: int | None = None


@dataclass(frozen=True)
class SubsidyRow:
    """One member's month: days signed in, days that count, and the amount in fen."""

    person_id: int
    name: str
    id_number: str  # masked
    days_signed_in: int
    days: int
    amount_fen: int

    def as_json(self) -> dict[str, Any]:
        """The row as `warmhome subsidy --json` prints it."""
        return {"person_id": self.person_id, "name": self.name, "days": self.days,
                "amount_fen": self.amount_fen}


@dataclass(frozen=True)
class SubsidyMonth:
    """The month's table with its settings and totals."""

    month: str
    settings: SubsidySettings
    rows: list[SubsidyRow]

    @property
    def total_fen(self) -> int:
        """Sum of the amounts."""
        return sum(row.amount_fen for row in self.rows)

    @property
    def total_days(self) -> int:
        """Sum of the counted days."""
        return sum(row.days for row in self.rows)

    def as_json(self) -> dict[str, Any]:
        """The public JSON of `warmhome subsidy --json`."""
        return {"month": self.month, "daily_rate_fen": self.settings.daily_rate_fen,
                "rows": [row.as_json() for row in self.rows], "total_fen": self.total_fen}


# -- money ----------------------------------------------------------------------------------------
def format_yuan(fen: int) -> str:
    """Integer fen as yuan with two decimals: 4000 → '40.00', 123456 → '1,234.56'."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def parse_yuan(text: str, field: str = "daily_rate_fen") -> int:
    """Yuan as typed ('40', '40.5', '40.50', '¥40') → integer fen; ValidationError otherwise.

    Parsed as text, never through a float, so 0.29 元 is exactly 29 fen.
    """
    value = (text or "").strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if value.startswith("-"):
        raise ValidationError({field: "日补助标准不能为负数"})
    match = _YUAN.match(value)
    if not value or not match:
        raise ValidationError({field: f"日补助标准应为金额（元），最多两位小数，如 40 或 40.50，"
                                      f"现在是“{text}”"})
    whole, cents = match.group(1), (match.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(cents)


# -- settings --------------------------------------------------------------------------------------
def _stored_int(db: Database, key: str) -> int | None:
    text = get_setting(db, key, "")
    try:
        return int(text) if text else None
    except ValueError:
        return None


def load_settings(db: Database) -> SubsidySettings:
    """The stored rate and minimum stay (rate 0 and no minimum when never set)."""
    rate = _stored_int(db, RATE_SETTING)
    stay = _stored_int(db, MIN_STAY_SETTING)
    return SubsidySettings(daily_rate_fen=max(rate or 0, 0),
                           min_stay_minutes=stay if stay and stay > 0 else None)


def validate_settings(settings: SubsidySettings) -> dict[str, str]:
    """Field name → what is wrong; empty when the settings can be saved."""
    errors: dict[str, str] = {}
    rate = settings.daily_rate_fen
    if not isinstance(rate, int) or isinstance(rate, bool):
        errors["daily_rate_fen"] = "日补助标准应为整数（分）"
    elif rate < 0:
        errors["daily_rate_fen"] = "日补助标准不能为负数"
    elif rate > MAX_DAILY_RATE_FEN:
        errors["daily_rate_fen"] = (f"日补助标准最高 {format_yuan(MAX_DAILY_RATE_FEN)} 元，"
                                    "请检查是否多输了0")
    stay = settings.min_stay_minutes
    if stay is not None:
        if not isinstance(stay, int) or isinstance(stay, bool):
            errors["min_stay_minutes"] = "最短停留时间应为整数（分钟）"
        elif not 1 <= stay <= MAX_MIN_STAY_MINUTES:
            errors["min_stay_minutes"] = (f"最短停留时间应为 1 分钟到 "
                                          f"{MAX_MIN_STAY_MINUTES // 60} 小时")
    return errors


def save_settings(db: Database, settings: SubsidySettings, *, actor: Actor) -> None:
    """Store the rate and minimum stay in one transaction with one audit entry."""
    actor.require(Permission.EDIT_SETTINGS)
    errors = validate_settings(settings)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        before = load_settings(db)
        if before == settings:
            return
        set_setting(db, RATE_SETTING, str(settings.daily_rate_fen))
        set_setting(db, MIN_STAY_SETTING, "" if settings.min_stay_minutes is None
                    else str(settings.min_stay_minutes))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None,
                     before={RATE_SETTING: before.daily_rate_fen,
                             MIN_STAY_SETTING: before.min_stay_minutes},
                     after={RATE_SETTING: settings.daily_rate_fen,
                            MIN_STAY_SETTING: settings.min_stay_minutes})


# -- the monthly table ----------------------------------------------------------------------------
# Whether one sign-in ``s`` counts as a subsidy day (shared by the table and the totals).
_COUNTED = """CASE
         WHEN s.id IS NULL THEN 0
         WHEN :min_seconds IS NULL THEN 1
         WHEN s.signed_out_at IS NOT NULL
          AND strftime('%s', s.signed_out_at) - strftime('%s', s.signed_in_at) >= :min_seconds
         THEN 1 ELSE 0 END"""

_TABLE_SQL = f"""
SELECT p.id, p.name, p.id_number, count(s.id) AS signed_in,
       coalesce(sum({_COUNTED}), 0) AS counted
FROM member m
JOIN person p ON p.id = m.person_id
JOIN member_programme mp ON mp.person_id = m.person_id AND mp.programme = :programme
LEFT JOIN sign_in s ON s.person_id = m.person_id AND s.day BETWEEN :first AND :last
     AND s.voided_at IS NULL
GROUP BY p.id
HAVING count(s.id) > 0
    OR {on_register()}
ORDER BY p.name_sort, p.id
"""


def month_table(db: Database, month: str,
                settings: SubsidySettings | None = None) -> SubsidyMonth:
    """The subsidy table of a YYYY-MM month (ValidationError for a malformed month).

    ``settings`` defaults to the stored ones; pass others to preview a change.
    """
    days = month_days(month)
    used = settings or load_settings(db)
    # Whole minutes present = floor(seconds / 60), as SignIn.minutes_present counts them,
    # so "at least N minutes" is "at least N × 60 seconds".
    min_seconds = None if used.min_stay_minutes is None else used.min_stay_minutes * 60
    rows = db.query(_TABLE_SQL, {"min_seconds": min_seconds, "programme": PROGRAMME,
                                 "first": days[0], "last": days[-1]})
    result = [SubsidyRow(person_id=int(r["id"]), name=r["name"],
                         id_number=mask_id(r["id_number"]),
                         days_signed_in=int(r["signed_in"]), days=int(r["counted"]),
                         amount_fen=int(r["counted"]) * used.daily_rate_fen)
              for r in rows]
    return SubsidyMonth(month=month, settings=used, rows=result)


def span_totals(db: Database, first: str, last: str,
                settings: SubsidySettings | None = None) -> tuple[int, int]:
    """Counted days and amount in fen from ``first`` to ``last`` (ISO dates) under the stored
    (or given) settings: the same rule as ``month_table``, in one query for many months."""
    used = settings or load_settings(db)
    min_seconds = None if used.min_stay_minutes is None else used.min_stay_minutes * 60
    # From the programme's members to their sign-ins: index probes per member, not a scan
    # of every sign-in of the span.
    days = int(db.scalar(
        f"SELECT coalesce(sum({_COUNTED}), 0) FROM member_programme mp"
        " JOIN member m ON m.person_id = mp.person_id"
        " JOIN sign_in s ON s.person_id = mp.person_id AND s.day BETWEEN :first AND :last"
        " AND s.voided_at IS NULL WHERE mp.programme = :programme",
        {"min_seconds": min_seconds, "programme": PROGRAMME, "first": first, "last": last}))
    return days, days * used.daily_rate_fen
