"""The figures and alerts of the home page (首页), each one cheap query (Qt-free).

The page refreshes "today" often while the kiosk signs people in, and the rest when it is
shown, so every figure here is a small indexed query: no full-table scans of the sign-ins.
The rules of what counts are the ones the monthly report uses (valid, i.e. not voided,
sign-ins and activities; ``activities.COUNTED_KINDS`` and ``YEARLY_TARGET`` for the goal;
the register rule of the monthly report, ``desktop.models.people.register.on_register``).

Alerts come from check functions: the shell's own (:data:`BUILT_IN_CHECKS`) and those each
capability declares as ``ALERTS = ("desktop.models.<cap>.module:function",)`` in its models
package (``desktop.models.capabilities``); the page shows whatever they return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import backup
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.register import on_register

if TYPE_CHECKING:
    from desktop.models.reporting.indicators import Finding, Severity

# The home page is the first page of the main window. activities, indicators and the
# indicator providers (with pypinyin behind them) take tens of milliseconds to import, so
# the functions that need them import them when called, after the window's first paint.

TREND_MONTHS = 12

# The pages (their ids, declared by desktop.ui.admin and desktop.ui.reporting) where staff
# make a backup and export the month. A validation finding names its provider's page.
SETTINGS_PAGE = "settings"
EXPORT_PAGE = "export"


@dataclass(frozen=True)
class TodayFigures:
    """Valid sign-ins of one day: 人次 and distinct people."""

    day: str
    sign_ins: int
    people: int


@dataclass(frozen=True)
class PeriodFigures:
    """Valid sign-ins, distinct members who signed in, activities held (not voided) and
    their participants (人次) from ``first`` to ``last`` (ISO dates, both included)."""

    first: str
    last: str
    sign_ins: int
    members: int
    activities: int
    participants: int


@dataclass(frozen=True)
class MonthComparison:
    """This month up to today, last month up to the same day of the month (the fair
    comparison), and the whole of last month."""

    month: str
    this_month: PeriodFigures
    last_month_to_date: PeriodFigures
    last_month: PeriodFigures


@dataclass(frozen=True)
class TrendPoint:
    """One month of the trend chart."""

    month: str
    sign_ins: int
    activities: int


@dataclass(frozen=True)
class GoalProgress:
    """The three-activities goal for a year: members on the register that year, and how many
    of them took part in ≥ target, 1 … target-1, and no counted activities."""

    year: int
    target: int
    on_register: int
    met: int
    partial: int
    none: int

    @property
    def percent(self) -> int:
        """Members who met the goal, as a whole percentage of those on the register."""
        return round(100 * self.met / self.on_register) if self.on_register else 0


@dataclass(frozen=True)
class Alert:
    """Something staff should act on: how serious, what (a Chinese :class:`Message`, which
    the GUI translates), and which page helps (its id, as the page's package declares it, or
    None when no page does)."""

    key: str
    severity: Severity
    message: str
    target: str | None


# Valid sign-ins from :first to :last, member by member through the partial unique index of
# valid sign-ins (person_id, day): every sign-in belongs to a member, and the index alone
# answers, never the table. On the reference data set a year takes about 25 ms this way and
# 45 ms as a range of the day index, which must read each row to see whether it was voided.
_VALID_SIGN_INS = (
    "FROM member m CROSS JOIN sign_in s INDEXED BY sign_in_once_a_day"
    " WHERE s.person_id = m.person_id AND s.day BETWEEN :first AND :last"
    " AND s.voided_at IS NULL")


# -- figures ------------------------------------------------------------------------------------
def today_figures(db: Database, today: date) -> TodayFigures:
    """Valid sign-ins of ``today`` (人次) and the people they belong to."""
    day = today.isoformat()
    row = db.query_one("SELECT count(*), count(DISTINCT person_id) FROM sign_in"
                       " WHERE day = ? AND voided_at IS NULL", (day,))
    assert row is not None
    return TodayFigures(day, int(row[0]), int(row[1]))


def period_figures(db: Database, first: str, last: str) -> PeriodFigures:
    """Sign-ins, members, activities and participants from ``first`` to ``last``; pass today
    as ``last`` for a period that runs on (activities planned after it are not held yet)."""
    bounds = {"first": first, "last": last}
    signs = db.query_one(f"SELECT count(*), count(DISTINCT s.person_id) {_VALID_SIGN_INS}",
                         bounds)
    acts = db.query_one(
        "SELECT count(*), coalesce(sum((SELECT count(*) FROM activity_participant ap"
        " WHERE ap.activity_id = a.id)), 0) FROM activity a"
        " WHERE a.day BETWEEN :first AND :last AND a.voided_at IS NULL", bounds)
    assert signs is not None and acts is not None
    return PeriodFigures(first, last, int(signs[0]), int(signs[1]), int(acts[0]), int(acts[1]))


def month_comparison(db: Database, today: date) -> MonthComparison:
    """This month (1st … today) against last month to the same day, and all of last month.

    "The same day" is clipped to last month's length: on 31 March, February counts whole.
    """
    last_of_previous = today.replace(day=1) - timedelta(days=1)
    first_of_previous = last_of_previous.replace(day=1)
    same_day = last_of_previous.replace(day=min(today.day, last_of_previous.day))
    return MonthComparison(
        month=f"{today:%Y-%m}",
        this_month=period_figures(db, f"{today:%Y-%m}-01", today.isoformat()),
        last_month_to_date=period_figures(db, first_of_previous.isoformat(),
                                          same_day.isoformat()),
        last_month=period_figures(db, first_of_previous.isoformat(),
                                  last_of_previous.isoformat()))


def trend_months(today: date, count: int = TREND_MONTHS) -> list[str]:
    """The ``count`` months (YYYY-MM) ending with today's, oldest first."""
    months = [today.replace(day=1)]
    while len(months) < count:
        months.append((months[-1] - timedelta(days=1)).replace(day=1))
    return [f"{first:%Y-%m}" for first in reversed(months)]


def trend(db: Database, today: date, count: int = TREND_MONTHS) -> list[TrendPoint]:
    """Valid sign-ins and activities held (dated on or before today) per month, for the
    ``count`` months ending with today's; months without any are zero."""
    months = trend_months(today, count)
    # The last day of today's month: the day before the first of the next month.
    next_first = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    bounds = {"first": f"{months[0]}-01", "last": (next_first - timedelta(days=1)).isoformat()}
    signs = {str(r[0]): int(r[1]) for r in db.query(
        f"SELECT substr(s.day, 1, 7), count(*) {_VALID_SIGN_INS} GROUP BY 1", bounds)}
    # Held means dated on or before today: an activity planned for later this month is not
    # counted yet (as on the month card and in the workbook's 汇总).
    held = {str(r[0]): int(r[1]) for r in db.query(
        "SELECT substr(day, 1, 7), count(*) FROM activity WHERE day BETWEEN :first AND :today"
        " AND voided_at IS NULL GROUP BY 1", {**bounds, "today": today.isoformat()})}
    return [TrendPoint(m, signs.get(m, 0), held.get(m, 0)) for m in months]


def goal_progress(db: Database, year: int) -> GoalProgress:
    """How many members on the register in ``year`` met the three-activities goal so far."""
    from desktop.models.activities import activities

    # The activities page's rules (not voided, COUNTED_KINDS, YEARLY_TARGET, that calendar
    # year) counted in SQL: building every member's row as activities.member_counts does
    # takes 0.4 s on a register of 66,000 members, this 50 ms (0.6 ms for 400).
    kinds = {f"kind{n}": kind for n, kind in enumerate(activities.COUNTED_KINDS)}
    target = activities.YEARLY_TARGET
    row = db.query_one(
        "WITH counted AS (SELECT ap.person_id, count(*) AS n FROM activity a"
        " JOIN activity_participant ap ON ap.activity_id = a.id"
        " WHERE a.day BETWEEN :first AND :last AND a.voided_at IS NULL"
        f" AND a.kind IN ({', '.join(':' + key for key in kinds)}) GROUP BY ap.person_id)"
        " SELECT count(*), coalesce(sum(coalesce(c.n, 0) >= :target), 0),"
        " coalesce(sum(coalesce(c.n, 0) BETWEEN 1 AND :target - 1), 0)"
        " FROM member m JOIN person p ON p.id = m.person_id"
        f" LEFT JOIN counted c ON c.person_id = m.person_id WHERE {on_register()}",
        {"first": f"{year:04d}-01-01", "last": f"{year:04d}-12-31", "target": target,
         **kinds})
    assert row is not None
    total, met, partial = int(row[0]), int(row[1]), int(row[2])
    return GoalProgress(year=year, target=target, on_register=total, met=met,
                        partial=partial, none=total - met - partial)


# -- alerts -------------------------------------------------------------------------------------
AlertCheck = Callable[[Database, datetime], list[Alert]]


def backup_alerts(db: Database, now: datetime) -> list[Alert]:
    """No good backup yet (error), or the last one older than the stale threshold (warning)."""
    from desktop.models.reporting.indicators import Severity

    last = backup.last_good_backup(db, now=now)
    if not backup.is_backup_stale(last, now):
        return []
    if last is None:
        return [Alert("backup.none", Severity.ERROR,
                      Message(QT_TRANSLATE_NOOP("Messages", "还没有成功的备份，请立即备份")),
                      SETTINGS_PAGE)]
    days = (now - last).days
    limit = backup.STALE_AFTER.days
    return [Alert("backup.stale", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
        "Messages", "最近一次成功备份是 {days} 天前（{when}），已超过{limit}天，请尽快备份"),
        days=days, when=f"{last:%Y-%m-%d %H:%M}", limit=limit), SETTINGS_PAGE)]


def month_findings(db: Database, month: str, today: date) -> list[Finding]:
    """The month's validation findings, errors first: the rules of the monthly report
    (:mod:`desktop.models.reporting.indicators`), without computing its indicators."""
    return [finding for finding, _page in _findings_and_pages(db, month, today)]


def _findings_and_pages(db: Database, month: str,
                        today: date) -> list[tuple[Finding, str | None]]:
    """Each finding with the page its provider names, errors first."""
    from desktop.models.reporting import indicators
    from desktop.models.reporting.indicators import Severity

    found: list[tuple[Finding, str | None]] = []
    for provider in indicators.providers():
        if provider.validate is not None:
            found += [(f, provider.page) for f in provider.validate(db, month, today)]
    found.sort(key=lambda pair: pair[0].severity is not Severity.ERROR)
    return found


def validation_alerts(db: Database, now: datetime) -> list[Alert]:
    """Every validation finding of the current month, each pointing at the page that fixes it."""
    today = now.date()
    return [Alert(f"validation.{f.rule}", f.severity,
                  Message(QT_TRANSLATE_NOOP("Messages", "本月：{finding}"), finding=f.message),
                  page)
            for f, page in _findings_and_pages(db, f"{today:%Y-%m}", today)]


def month_close_alerts(db: Database, now: datetime) -> list[Alert]:
    """Last month not yet submitted (closed), once the centre has records from then."""
    from desktop.models.reporting import month_close
    from desktop.models.reporting.indicators import Severity

    last_day = now.date().replace(day=1) - timedelta(days=1)
    month = f"{last_day:%Y-%m}"
    if month_close.is_closed(db, month):
        return []
    # A centre that started this month has nothing to report for last month.
    if db.scalar("SELECT 1 FROM sign_in WHERE day <= ? LIMIT 1", (last_day.isoformat(),)) \
            is None:
        return []
    return [Alert("month.not_closed", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
        "Messages", "{month} 的月报还没有报送关账：请导出并报送"), month=month), EXPORT_PAGE)]


# The shell's own checks behind the alert list, in display order within a severity; the
# capabilities' declared checks follow them.
BUILT_IN_CHECKS: tuple[AlertCheck, ...] = (backup_alerts, month_close_alerts, validation_alerts)


def alert_checks(extra: Sequence[str] = ()) -> list[AlertCheck]:
    """The built-in checks, then every check declared under ``ALERTS`` by a models package
    (and by the packages of ``extra``)."""
    from desktop.models import capabilities

    return [*BUILT_IN_CHECKS,
            *(capabilities.resolve(ref)
              for ref in capabilities.declarations("desktop.models", "ALERTS", extra))]


def alerts(db: Database, now: datetime | None = None,
           extra: Sequence[str] = ()) -> list[Alert]:
    """Every alert of every check, errors first (otherwise in check order)."""
    from desktop.models.reporting.indicators import Severity

    now = now or db.clock.now()
    found = [alert for check in alert_checks(extra) for alert in check(db, now)]
    return sorted(found, key=lambda a: a.severity is not Severity.ERROR)
