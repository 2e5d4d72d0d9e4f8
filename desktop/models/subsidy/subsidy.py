"""The rehab labour living subsidy (职业康复劳动训练生活补助) for members in the 职康站 programme.

No public daily rate exists (docs/domain.md), so the rate is a setting in integer fen, and so is an
optional minimum stay: with one set, a day counts only when the member signed out at least
that long after signing in. A day without a sign-out then does not count, because the stay
cannot be shown; staff can correct the sign-out time on the attendance page. Without a
minimum, every valid sign-in counts.

The settings take effect from a month (table ``subsidy_rate``, schema v6): each month is
computed with the entry in effect for it, so a change leaves the months before it, already
reported upward, as they were. A change may not take effect in or before a closed month.

Who is in the table: members in the 职康站 programme as it is recorded now (programme
membership has no history), who were on the register during the month or signed in then.
Money is integer fen throughout: amount = counted days × daily rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance.attendance_month import month_days, normalise_month
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import mask_id
from desktop.models.people.register import on_register
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.text_input import compact

PROGRAMME = "职康站"
# The setting keys of schema v1 .. v5 (moved into subsidy_rate by v6); still the field names in
# the audit log, which the 变更 sheet reads.
RATE_SETTING = "subsidy.daily_rate_fen"
MIN_STAY_SETTING = "subsidy.min_stay_minutes"
# A daily living subsidy above 1,000 元 is a typing mistake (an extra zero or two).
MAX_DAILY_RATE_FEN = 100_000
MAX_MIN_STAY_MINUTES = 12 * 60
# A planned change is set at most a year ahead; further is more likely a mistyped year.
MAX_MONTHS_AHEAD = 12
# effective_from of the settings in effect from the very beginning (migrated from schema v5).
BEGINNING = "0000-01"
_YUAN = re.compile(r"([0-9]{1,7})(?:\.([0-9]{1,2}))?")


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
    # The month the settings apply from (BEGINNING, or None for a preview or nothing set).
    effective_from: str | None = None

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
    # An input method in full-width mode types ４０．５０: compact makes it 40.50.
    value = compact(text).replace(",", "").lstrip("¥")
    if value.startswith("-"):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Messages", "日补助标准不能为负数"))}
        )
    match = _YUAN.fullmatch(value)
    if not value or not match:
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“{text}”",
                    ),
                    text=text,
                )
            }
        )
    whole, cents = match.group(1), (match.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(cents)


# -- settings --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RateEntry:
    """Settings in effect from ``effective_from`` (YYYY-MM; BEGINNING for the first ever) until
    the next entry's month."""

    effective_from: str
    settings: SubsidySettings


def applies_from_text(effective_from: str | None) -> str:
    """Which entry a month's settings come from, in words: '2026-10 起执行', '最初设定' (the
    entry migrated from before settings had a month) or '未设定'."""
    if effective_from is None:
        return Message(QT_TRANSLATE_NOOP("Messages", "未设定"))
    return (
        Message(QT_TRANSLATE_NOOP("Messages", "最初设定"))
        if effective_from == BEGINNING
        else Message(
            QT_TRANSLATE_NOOP("Messages", "{effective_from} 起执行"), effective_from=effective_from
        )
    )


def current_month(today: date) -> str:
    """``today``'s month, YYYY-MM."""
    return f"{today.year:04d}-{today.month:02d}"


def _shift_month(month: str, months: int) -> str:
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _entry(row: Any) -> RateEntry:
    stay = row["min_stay_minutes"]
    return RateEntry(effective_from=row["effective_from"], settings=SubsidySettings(
        daily_rate_fen=int(row["daily_rate_fen"]),
        min_stay_minutes=int(stay) if stay is not None else None))


def rate_history(db: Database) -> list[RateEntry]:
    """Every stored entry, oldest first (empty when the settings were never saved)."""
    return [_entry(row) for row in db.query(
        "SELECT effective_from, daily_rate_fen, min_stay_minutes FROM subsidy_rate"
        " ORDER BY effective_from")]


def entry_for(db: Database, month: str) -> RateEntry | None:
    """The entry in effect for a YYYY-MM month (None: nothing set from then or before)."""
    row = db.query_one(
        "SELECT effective_from, daily_rate_fen, min_stay_minutes FROM subsidy_rate"
        " WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1", (month,))
    return _entry(row) if row is not None else None


def settings_for(db: Database, month: str) -> SubsidySettings:
    """The rate and minimum stay in effect for a YYYY-MM month (rate 0, no minimum when none)."""
    entry = entry_for(db, month)
    return entry.settings if entry is not None else SubsidySettings()


def load_settings(db: Database, *, today: date | None = None) -> SubsidySettings:
    """The rate and minimum stay in effect now (this month; ``today`` by default by ``db``'s
    clock)."""
    return settings_for(db, current_month(today or db.clock.today()))


def validate_settings(settings: SubsidySettings) -> dict[str, str]:
    """Field name → what is wrong; empty when the settings can be saved."""
    errors: dict[str, str] = {}
    rate = settings.daily_rate_fen
    if not isinstance(rate, int) or isinstance(rate, bool):
        errors["daily_rate_fen"] = Message(
            QT_TRANSLATE_NOOP("Messages", "日补助标准应为整数（分）")
        )
    elif rate < 0:
        errors["daily_rate_fen"] = Message(QT_TRANSLATE_NOOP("Messages", "日补助标准不能为负数"))
    elif rate > MAX_DAILY_RATE_FEN:
        errors["daily_rate_fen"] = Message(
            QT_TRANSLATE_NOOP("Messages", "日补助标准最高 {limit} 元，请检查是否多输了0"),
            limit=format_yuan(MAX_DAILY_RATE_FEN),
        )
    stay = settings.min_stay_minutes
    if stay is not None:
        if not isinstance(stay, int) or isinstance(stay, bool):
            errors["min_stay_minutes"] = Message(
                QT_TRANSLATE_NOOP("Messages", "最短停留时间应为整数（分钟）")
            )
        elif not 1 <= stay <= MAX_MIN_STAY_MINUTES:
            errors["min_stay_minutes"] = Message(
                QT_TRANSLATE_NOOP("Messages", "最短停留时间应为 1 分钟到 {hours} 小时"),
                hours=MAX_MIN_STAY_MINUTES // 60,
            )
    return errors


def _effective_month(text: str | None, today: date) -> str:
    """The month a change takes effect from: a well-formed YYYY-MM at most
    MAX_MONTHS_AHEAD after this month (ValidationError otherwise)."""
    now = current_month(today)
    month = compact(text) or now
    if month == BEGINNING:
        return month
    try:
        month = normalise_month(month)
    except ValidationError as exc:
        raise ValidationError({"effective_from": exc.fields["month"]}) from None
    latest = _shift_month(now, MAX_MONTHS_AHEAD)
    if month > latest:
        raise ValidationError(
            {
                "effective_from": (
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "补助标准最多提前 {months} 个月设定（最晚从 {latest} 起执行）"
                            "，现在是 {month}",
                        ),
                        months=MAX_MONTHS_AHEAD,
                        latest=latest,
                        month=month,
                    )
                )
            }
        )
    return month


def _audit_values(entry: RateEntry | None) -> dict[str, Any]:
    if entry is None:
        return {}
    return {"effective_from": entry.effective_from,
            RATE_SETTING: entry.settings.daily_rate_fen,
            MIN_STAY_SETTING: entry.settings.min_stay_minutes}


def save_settings(db: Database, settings: SubsidySettings, *, actor: Actor,
                  effective_from: str | None = None, today: date | None = None) -> None:
    """Store the rate and minimum stay in effect from ``effective_from`` (YYYY-MM, default this
    month; BEGINNING: every month) until the next later entry, in one transaction with one
    audit entry.

    Months before ``effective_from`` keep the settings they had. Refused with
    MonthClosedError when a month from ``effective_from`` on is closed (its reported amounts
    would change); a future month is a planned change.
    """
    actor.require(Permission.EDIT_SETTINGS)
    errors = validate_settings(settings)
    if errors:
        raise ValidationError(errors)
    month = _effective_month(effective_from, today or db.clock.today())
    with db.transaction():
        closed = db.scalar("SELECT max(month) FROM month_state WHERE closed = 1 AND month >= ?",
                           (month,))
        if closed:
            raise MonthClosedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{closed} 已报送关账：补助标准只能从未关账的月份起生效"
                    ),
                    closed=closed,
                )
            )
        before = entry_for(db, month)
        if (before is not None and before.settings == settings) or (
                before is None and settings == SubsidySettings()):
            return
        after = RateEntry(month, settings)
        if before is not None and before.effective_from == month:
            db.execute("UPDATE subsidy_rate SET daily_rate_fen = ?, min_stay_minutes = ?"
                       " WHERE effective_from = ?",
                       (settings.daily_rate_fen, settings.min_stay_minutes, month))
            action = "update"
        else:
            db.execute("INSERT INTO subsidy_rate (effective_from, daily_rate_fen,"
                       " min_stay_minutes) VALUES (?, ?, ?)",
                       (month, settings.daily_rate_fen, settings.min_stay_minutes))
            action = "create"
        record_id = db.scalar("SELECT id FROM subsidy_rate WHERE effective_from = ?", (month,))
        # "before" is what the month had (possibly an earlier month's entry), so the log says
        # what the change did to the months it covers.
        audit.record(db, actor=actor.username, action=action, table="subsidy_rate",
                     record_id=int(record_id), before=_audit_values(before) or None,
                     after=_audit_values(after))


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

    ``settings`` defaults to the ones in effect for that month; pass others to preview a change.
    Read once per read snapshot (the monthly report's indicators, checks and sheet share it).
    """
    if settings is None:
        return db.snapshot_read(("subsidy.month_table", month),
                                lambda: _month_table(db, month, None))
    return _month_table(db, month, settings)


def _month_table(db: Database, month: str, settings: SubsidySettings | None) -> SubsidyMonth:
    days = month_days(month)
    entry = None if settings is not None else entry_for(db, month)
    used = settings or (entry.settings if entry is not None else SubsidySettings())
    rows = db.query(_TABLE_SQL, {"min_seconds": _min_seconds(used), "programme": PROGRAMME,
                                 "first": days[0], "last": days[-1]})
    result = [SubsidyRow(person_id=int(r["id"]), name=r["name"],
                         id_number=mask_id(r["id_number"]),
                         days_signed_in=int(r["signed_in"]), days=int(r["counted"]),
                         amount_fen=int(r["counted"]) * used.daily_rate_fen)
              for r in rows]
    return SubsidyMonth(month=month, settings=used, rows=result,
                        effective_from=entry.effective_from if entry is not None else None)


def _min_seconds(settings: SubsidySettings) -> int | None:
    # Whole minutes present = floor(seconds / 60), as SignIn.minutes_present counts them,
    # so "at least N minutes" is "at least N × 60 seconds".
    return None if settings.min_stay_minutes is None else settings.min_stay_minutes * 60


def _segments(db: Database, first: str, last: str) -> list[tuple[str, str, SubsidySettings]]:
    """``first`` .. ``last`` cut where another entry takes effect: (first, last, settings)."""
    entries = rate_history(db)
    if not entries or entries[0].effective_from != BEGINNING:
        entries.insert(0, RateEntry(BEGINNING, SubsidySettings()))
    segments = []
    for index, entry in enumerate(entries):
        begin = max(first, f"{entry.effective_from}-01")
        end = last
        if index + 1 < len(entries):
            # ISO dates compare as text, so "…-31" closes any month before the next entry's.
            end = min(last, f"{_shift_month(entries[index + 1].effective_from, -1)}-31")
        if begin <= end:
            segments.append((begin, end, entry.settings))
    return segments


def span_totals(db: Database, first: str, last: str,
                settings: SubsidySettings | None = None) -> tuple[int, int]:
    """Counted days and amount in fen from ``first`` to ``last`` (ISO dates): each month under
    the settings in effect for it (or all under the given ones), the same rule as
    ``month_table``, in one query per stretch of months sharing their settings."""
    parts = ([(first, last, settings)] if settings is not None
             else _segments(db, first, last))
    total_days = total_fen = 0
    for begin, end, used in parts:
        # From the programme's members to their sign-ins: index probes per member, not a scan
        # of every sign-in of the span.
        days = int(db.scalar(
            f"SELECT coalesce(sum({_COUNTED}), 0) FROM member_programme mp"
            " JOIN member m ON m.person_id = mp.person_id"
            " JOIN sign_in s ON s.person_id = mp.person_id AND s.day BETWEEN :first AND :last"
            " AND s.voided_at IS NULL WHERE mp.programme = :programme",
            {"min_seconds": _min_seconds(used), "programme": PROGRAMME,
             "first": begin, "last": end}))
        total_days += days
        total_fen += days * used.daily_rate_fen
    return total_days, total_fen
