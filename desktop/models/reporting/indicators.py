"""A month's indicators and validation findings, contributed by each capability (Qt-free).

Every capability (people, attendance, activities, subsidy; later daily care, volunteers…)
declares its :class:`Provider` in its models package: ``INDICATORS = ("desktop.models.<cap>.
indicator_provider:PROVIDER",)`` in ``desktop/models/<cap>/__init__.py``, the provider itself (its
indicators, how to compute them for a span of dates, its validation rules and the page that
fixes its findings) in that module. :func:`providers` finds them with
:func:`desktop.models.capabilities.declarations`, so adding a capability never means editing a
central list here.

An indicator is either *cumulative* (sign-ins, days, amounts: the year-to-date figure is the same
count over 1 January .. the end of the month) or a *point-in-time* value (members on the register:
the year-to-date column repeats this month's value).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop.models import capabilities
from desktop.models.attendance.attendance_month import month_days
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

Number = int | float


@dataclass(frozen=True)
class Span:
    """Whole months from ``first`` to ``last`` (ISO dates); ``months`` lists them as YYYY-MM.

    ``until`` is the day the data runs to (today, when a report is computed): a record dated
    after it, such as an activity planned for later this month, has not happened yet.
    """

    first: str
    last: str
    months: tuple[str, ...]
    until: str = "9999-12-31"

    @property
    def happened_by(self) -> str:
        """The last day whose records count: the span's end, or ``until`` if earlier."""
        return min(self.last, self.until)


@dataclass(frozen=True)
class Indicator:
    """One figure of 汇总: a stable ``key`` (consolidation relies on it), a Chinese label, a
    unit, and whether the year-to-date figure is the count over the year so far. Label and
    unit are marked for translation (``QT_TRANSLATE_NOOP("Messages", …)`` or a
    :class:`~desktop.models.messages.Message`): the GUI shows them in its language, the
    workbook in Chinese."""

    key: str
    label: str
    unit: str
    cumulative: bool


class Severity(StrEnum):
    """Errors block the export; warnings are listed in 校验."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """The Chinese word printed in 校验."""
        return "错误" if self is Severity.ERROR else "警告"


@dataclass(frozen=True)
class Finding:
    """One validation result: which rule, how serious, how many records, and what to do (a
    :class:`~desktop.models.messages.Message`: Chinese in the workbook, translated in the GUI)."""

    rule: str
    severity: Severity
    count: int
    message: str


# compute(db, span) → {indicator key: value}; validate(db, month, today) → findings.
Compute = Callable[[Database, Span], dict[str, Number]]
Validate = Callable[[Database, str, date], list[Finding]]


@dataclass(frozen=True)
class Provider:
    """What one capability contributes; ``order`` places its rows in 汇总 (lower first).
    ``page`` is the main-window page (its id) where staff fix what ``validate`` finds, or
    None."""

    name: str
    order: int
    indicators: tuple[Indicator, ...]
    compute: Compute
    validate: Validate | None = None
    page: str | None = None


@dataclass(frozen=True)
class Row:
    """One indicator with its three figures."""

    indicator: Indicator
    this_month: Number
    last_month: Number
    year_to_date: Number


@dataclass
class Report:
    """The month's indicators (in provider order) and validation findings."""

    month: str
    rows: list[Row] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        """The findings that block the export."""
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        """The findings that are listed but do not block."""
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def value(self, key: str) -> Row:
        """The row of indicator ``key`` (KeyError when no provider defines it)."""
        for row in self.rows:
            if row.indicator.key == key:
                return row
        raise KeyError(key)


def providers(extra: Sequence[str] = ()) -> list[Provider]:
    """Every capability's provider in 汇总 order (the ``INDICATORS`` declared by the packages
    of ``desktop.models``, then by ``extra``); the provider modules are imported when first
    asked for. ValueError when two providers share a name or an indicator key."""
    found: list[Provider] = []
    for ref in capabilities.declarations("desktop.models", "INDICATORS", extra):
        provider = capabilities.resolve(ref)
        if not isinstance(provider, Provider):
            raise TypeError(f"{ref!r} is not an indicator Provider")
        found.append(provider)
    names = [p.name for p in found]
    if len(names) != len(set(names)):
        raise ValueError(f"indicator providers declared twice: {sorted(names)}")
    keys: set[str] = set()
    for provider in found:
        clash = keys & {i.key for i in provider.indicators}
        if clash:
            raise ValueError(f"indicator keys already registered: {sorted(clash)}")
        keys |= {i.key for i in provider.indicators}
    return sorted(found, key=lambda p: (p.order, p.name))


# -- periods ------------------------------------------------------------------------------------
def previous_month(month: str) -> str:
    """The month before a YYYY-MM month."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def month_span(month: str) -> Span:
    """One month as a span (ValidationError for a malformed month)."""
    days = month_days(month)
    return Span(days[0], days[-1], (month,))


def year_to_date_span(month: str) -> Span:
    """1 January of the month's year to the end of the month."""
    days = month_days(month)
    year, number = month[:4], int(month[5:7])
    months = tuple(f"{year}-{m:02d}" for m in range(1, number + 1))
    return Span(f"{year}-01-01", days[-1], months)


def check_month(month: str, today: date) -> str:
    """The month, validated: well-formed and not in the future (ValidationError otherwise)."""
    days = month_days(month)
    if date.fromisoformat(days[0]) > today:
        raise ValidationError({"month": Message(QT_TRANSLATE_NOOP(
            "Messages", "{month} 还没有到：不能导出未来的月份"), month=month)})
    return month


# -- computing ----------------------------------------------------------------------------------
def compute(db: Database, month: str, today: date | None = None,
            extra: Sequence[str] = ()) -> Report:
    """This month, last month and year-to-date for every indicator, and every validation
    finding (for the current month also the warning that it has not ended). Records dated
    after ``today`` (default: by ``db``'s clock) have not happened yet (``Span.until``).
    ValidationError for a malformed or future month. ``extra``: further capability packages
    (:func:`providers`)."""
    today = today or db.clock.today()
    check_month(month, today)
    until = today.isoformat()
    this_span = replace(month_span(month), until=until)
    last_span = replace(month_span(previous_month(month)), until=until)
    ytd_span = replace(year_to_date_span(month), until=until)
    report = Report(month=month)
    for provider in providers(extra):
        this = provider.compute(db, this_span)
        last = provider.compute(db, last_span)
        needs_ytd = any(i.cumulative for i in provider.indicators)
        # A January's year-to-date is the month itself: no second query.
        ytd = (this if ytd_span == this_span else provider.compute(db, ytd_span)) \
            if needs_ytd else this
        for indicator in provider.indicators:
            # A point-in-time value's "year to date" is its value this month.
            year = ytd if indicator.cumulative else this
            report.rows.append(Row(indicator, this[indicator.key], last[indicator.key],
                                   year[indicator.key]))
        if provider.validate is not None:
            report.findings += provider.validate(db, month, today)
    if month == f"{today:%Y-%m}":
        # Exporting the month while it runs is allowed (a mid-month look), but the file must
        # say its figures are partial.
        report.findings.append(Finding("month.unfinished", Severity.WARNING, 0, Message(
            QT_TRANSLATE_NOOP("Messages", "本月尚未结束，数据截至 {day}"), day=until)))
    # Errors first, then warnings, each in provider order.
    report.findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return report
