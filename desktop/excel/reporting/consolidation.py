"""District consolidation: many centres' monthly workbooks for one month into one result.

Every input file is read and verified on its own (``consolidation_input``); a bad file is
recorded with its reason and never stops the others. Of several files from one centre the
highest revision counts. The result holds one row of 本月 values per centre, the totals, the
completeness against the expected centres and the per-file outcomes;
``consolidation_output.write_consolidation`` writes it as the district workbook.

Decisions (docs/workbook.md, "District consolidation"):

- the same revision twice with the same checksum is one report sent twice: counted once;
- the same (highest) revision twice with different checksums cannot be told apart: both are
  refused and the centre is 有问题（未采用）, not reported, until it sends one file again;
- totals add every indicator across centres, except the ratios in ``RATIOS``
  (``attendance.average_per_day`` from the summed sign-ins and days open,
  ``volunteers.filled_percent`` from the summed volunteer sign-ups and places,
  ``sales.average_maker_income_fen`` from the summed makers' income and makers), which are
  recomputed from their parts' totals; money is added exactly in fen;
- of identical copies (same checksum) the one with the export's standard file name counts;
- a refused file still names the centre its ``_meta`` claims, so that an expected centre
  whose only files were refused shows as 有问题（未采用）, distinct from 未报, without ever
  counting as reported;
- when no file is accepted there is nothing to write (``Consolidation.require_accepted``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from desktop.excel.reporting.consolidation_input import (
    CentreWorkbook,
    RejectedFile,
    input_files,
    read_centre_workbook,
)
from desktop.models.attendance.attendance_month import month_days
from desktop.models.clock import Clock
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.centre_keys import KeyRegister
from desktop.models.reporting.district import ExpectedCentre, normalise_code

__all__ = ["ACCEPTED", "DUPLICATE", "NOT_REPORTED", "PROBLEM", "REJECTED", "REPORTED",
           "SUPERSEDED", "UNLISTED", "Completeness",
           "CompletenessRow", "Consolidation", "ConsolidationError", "ExpectedCentre",
           "FileOutcome", "IndicatorColumn", "Progress", "check_consolidation_month",
           "consolidate"]

ACCEPTED, REJECTED, SUPERSEDED, DUPLICATE = "accepted", "rejected", "superseded", "duplicate"
STATUS_LABELS = {ACCEPTED: "已采用", REJECTED: "未采用", SUPERSEDED: "旧版，未采用",
                 DUPLICATE: "重复，只计一次"}
REPORTED, NOT_REPORTED, UNLISTED, PROBLEM = "已报", "未报", "名单外", "有问题（未采用）"
AVERAGE_KEY = "attendance.average_per_day"
SIGN_INS_KEY, DAYS_OPEN_KEY = "attendance.sign_ins", "attendance.days_open"
FILLED_KEY = "volunteers.filled_percent"
_TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Ratio:
    """An indicator that is a quotient of two others: its total is ``scale`` × the summed
    ``numerator`` ÷ the summed ``denominator``, to ``quantum``, half up (0 without a
    denominator). A ratio of ratios would weigh a small centre like a large one."""

    numerator: str
    denominator: str
    scale: Decimal
    quantum: Decimal


RATIOS = {
    AVERAGE_KEY: Ratio(SIGN_INS_KEY, DAYS_OPEN_KEY, Decimal(1), _TENTH),
    FILLED_KEY: Ratio("volunteers.signups", "volunteers.places", Decimal(100), Decimal(1)),
    # Money in the workbook is in 元: the average to the fen.
    "sales.average_maker_income_fen": Ratio("sales.maker_income_fen", "sales.makers_with_income",
                                            Decimal(1), Decimal("0.01")),
}


def recompute_ratios(totals: dict[str, Decimal]) -> dict[str, Decimal]:
    """``totals`` (added up) with each ratio in it recomputed from its parts' totals."""
    for key, ratio in RATIOS.items():
        if key in totals:
            below = totals.get(ratio.denominator, Decimal(0))
            above = totals.get(ratio.numerator, Decimal(0))
            totals[key] = ((ratio.scale * above / below).quantize(ratio.quantum, ROUND_HALF_UP)
                           if below else Decimal(0).quantize(ratio.quantum))
    return totals

# done, total, the file being read
Progress = Callable[[int, int, Path], None]


class ConsolidationError(WarmHomeError):
    """Nothing can be consolidated (a bad month, no input files); no file was written."""


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file: status (ACCEPTED …), the reason, whose it was."""

    path: Path
    status: str
    reason: str = ""
    code: str = ""
    revision: int | None = None
    name: str = ""  # the centre's name as its _meta gives it (claimed, for a refused file)

    @property
    def status_label(self) -> str:
        """已采用, 未采用, 旧版，未采用 or 重复，只计一次."""
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class IndicatorColumn:
    """One indicator column of the district table, in first-seen order."""

    key: str
    label: str
    unit: str
    cumulative: bool


@dataclass(frozen=True)
class CompletenessRow:
    """One line of 完成情况: an expected or reporting centre and whether it reported."""

    code: str
    name: str
    street: str
    status: str  # 已报, 未报, 名单外 or 有问题（未采用）
    revision: int | None = None
    file: str = ""
    generated_at: str = ""
    note: str = ""


@dataclass(frozen=True)
class Completeness:
    """Who reported against the expected list (``expected`` 0: no list was given)."""

    rows: list[CompletenessRow]
    expected: int
    reported: int

    @property
    def percent(self) -> float | None:
        """Share of expected centres that reported, 0–100; None without a list."""
        return 100.0 * self.reported / self.expected if self.expected else None

    @property
    def missing(self) -> list[CompletenessRow]:
        """Expected centres that have not reported."""
        return [r for r in self.rows if r.status == NOT_REPORTED]

    @property
    def unlisted(self) -> list[CompletenessRow]:
        """Centres that reported but are not on the expected list."""
        return [r for r in self.rows if r.status == UNLISTED]

    @property
    def problems(self) -> list[CompletenessRow]:
        """Centres (on the list or not) that sent only files that were not accepted."""
        return [r for r in self.rows if r.status == PROBLEM]

    def summary(self) -> str:
        """One line: 已报 n/m（p%）, or how many reported when there is no list."""
        if not self.expected:
            reported = sum(r.status == REPORTED for r in self.rows)
            return Message(
                QT_TRANSLATE_NOOP("Messages", "未设置应报中心名单；已报 {reported} 个中心"),
                reported=reported,
            )
        return Message(
            QT_TRANSLATE_NOOP("Messages", "已报 {reported}/{expected}（{percent}%）"),
            reported=self.reported,
            expected=self.expected,
            percent=f"{self.percent:.1f}",
        )


@dataclass
class Consolidation:
    """The consolidated month: accepted centres, columns, totals, outcomes, completeness."""

    month: str
    generated_at: str
    centres: list[CentreWorkbook] = field(default_factory=list)
    columns: list[IndicatorColumn] = field(default_factory=list)
    totals: dict[str, Decimal] = field(default_factory=dict)
    outcomes: list[FileOutcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    expected: list[ExpectedCentre] | None = None
    conflicts: dict[str, str] = field(default_factory=dict)  # code → why nothing counted

    def require_accepted(self) -> None:
        """ConsolidationError when no file was accepted: a district workbook without a
        single centre would only hide that every file was refused."""
        if not self.centres:
            raise ConsolidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "没有可汇总的月报：{count} 个文件都未采用，未生成区汇总表"
                    ),
                    count=len(self.outcomes),
                )
            )

    def count(self, status: str) -> int:
        """How many input files ended with this status."""
        return sum(o.status == status for o in self.outcomes)

    @property
    def rejected(self) -> list[FileOutcome]:
        """Files refused, each with its reason."""
        return [o for o in self.outcomes if o.status == REJECTED]

    @property
    def district(self) -> str:
        """The district most of the accepted centres name (empty when none was accepted)."""
        names = [c.district for c in self.centres if c.district]
        return max(sorted(set(names)), key=names.count) if names else ""

    def completeness(self) -> Completeness:
        """Completeness against the expected list (every reporting centre without one)."""
        by_code = {c.code: c for c in self.centres}
        rows: list[CompletenessRow] = []

        def reported(centre: CentreWorkbook, status: str) -> CompletenessRow:
            return CompletenessRow(centre.code, centre.name, centre.street, status,
                                   centre.revision, centre.path.name, centre.generated_at)

        refused = self._refused_only(set(by_code))
        listed = self.expected or []
        for item in listed:
            centre = by_code.get(item.code)
            if centre is None and item.code in refused:
                row = self._problem_row(item.code, refused[item.code])
                rows.append(CompletenessRow(row.code, item.name or row.name,
                                            item.street or row.street, PROBLEM, row.revision,
                                            row.file, note=row.note))
            elif centre is None:
                rows.append(CompletenessRow(item.code, item.name, item.street, NOT_REPORTED))
            else:
                row = reported(centre, REPORTED)
                rows.append(CompletenessRow(row.code, item.name or row.name,
                                            item.street or row.street, REPORTED, row.revision,
                                            row.file, row.generated_at))
        codes = {i.code for i in listed}
        extra = UNLISTED if self.expected else REPORTED
        rows += [reported(c, extra) for c in self.centres if c.code not in codes]
        rows += [self._problem_row(code, files) for code, files in refused.items()
                 if code not in codes]
        on_list = sum(r.status == REPORTED for r in rows) if self.expected else 0
        return Completeness(rows, len(listed), on_list)

    def _refused_only(self, accepted: set[str]) -> dict[str, list[FileOutcome]]:
        """Claimed centre code → its refused files, for centres with no accepted file."""
        refused: dict[str, list[FileOutcome]] = {}
        for outcome in self.outcomes:
            if outcome.status == REJECTED and outcome.code and outcome.code not in accepted:
                refused.setdefault(outcome.code, []).append(outcome)
        return refused

    def _problem_row(self, code: str, files: list[FileOutcome]) -> CompletenessRow:
        note = self.conflicts.get(code) or "；".join(f"{o.path.name}：{o.reason}"
                                                      for o in files)
        revisions = [o.revision for o in files if o.revision is not None]
        name = next((o.name for o in files if o.name), "")
        return CompletenessRow(code, name, "", PROBLEM, max(revisions, default=None),
                               "、".join(o.path.name for o in files), note=note)


def _columns(centres: Iterable[CentreWorkbook]) -> list[IndicatorColumn]:
    seen: dict[str, IndicatorColumn] = {}
    for centre in centres:
        for i in centre.indicators:
            seen.setdefault(i.key, IndicatorColumn(i.key, i.label, i.unit, i.cumulative))
    return list(seen.values())


def _totals(centres: Sequence[CentreWorkbook], columns: Sequence[IndicatorColumn]
            ) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for column in columns:
        values = [c.values().get(column.key) for c in centres]
        # Decimal keeps yuan exact to the fen (the cells were quantized when read).
        totals[column.key] = sum((v for v in values if v is not None), Decimal(0))
    return recompute_ratios(totals)


def _resolve(read: list[CentreWorkbook], outcomes: list[FileOutcome], notes: list[str],
             conflicts: dict[str, str]) -> list[CentreWorkbook]:
    """Pick one workbook per centre (the highest revision); record what happened to the rest."""
    groups: dict[str, list[CentreWorkbook]] = {}
    for workbook in read:
        groups.setdefault(workbook.code, []).append(workbook)
    kept: list[CentreWorkbook] = []
    for code, group in groups.items():
        top = max(w.revision for w in group)
        # Identical copies: the file still named as exported counts, not "副本 …".
        newest = sorted((w for w in group if w.revision == top),
                        key=lambda w: not w.has_standard_name)
        older = [w for w in group if w.revision < top]
        if len({w.sha256 for w in newest}) > 1:
            names = "、".join(w.path.name for w in newest)
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{code} 第 {top} 版有 {count} 个内容不同的文件（{names}）"
                    "，无法判断哪个有效，均未采用，请中心确认后重新报送",
                ),
                code=code,
                top=top,
                count=len(newest),
                names=names,
            )
            notes.append(reason)
            conflicts[code] = reason
            outcomes += [FileOutcome(w.path, REJECTED, reason, code, w.revision, w.name)
                         for w in newest]
        else:
            chosen = newest[0]
            kept.append(chosen)
            outcomes.append(FileOutcome(chosen.path, ACCEPTED, "", code, top, chosen.name))
            for twin in newest[1:]:
                note = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{code}：第 {top} 版重复报送（{twin} 与 {chosen} 内容相同），只计一次",
                    ),
                    code=code,
                    top=top,
                    twin=twin.path.name,
                    chosen=chosen.path.name,
                )
                notes.append(note)
                outcomes.append(FileOutcome(twin.path, DUPLICATE, note, code, top, twin.name))
        for old in sorted(older, key=lambda w: w.revision):
            if newest and len({w.sha256 for w in newest}) == 1:
                note = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{code}：保留第 {top} 版 {kept}，忽略第 {old_revision} 版 {old}"
                    ),
                    code=code,
                    top=top,
                    kept=newest[0].path.name,
                    old_revision=old.revision,
                    old=old.path.name,
                )
            else:
                note = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{code}：第 {old_revision} 版 {old} 已被第 {top} 版取代"
                    ),
                    code=code,
                    old_revision=old.revision,
                    old=old.path.name,
                    top=top,
                )
            notes.append(note)
            outcomes.append(FileOutcome(old.path, SUPERSEDED, note, code, old.revision,
                                        old.name))
    return sorted(kept, key=lambda w: w.code)


def check_consolidation_month(month: str, today: date) -> str:
    """The month, if well-formed and not in the future; ConsolidationError otherwise."""
    try:
        month_days(month)
    except WarmHomeError as exc:
        raise ConsolidationError(exc.message) from exc
    if month_days(month)[0] > today.isoformat():
        raise ConsolidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{month} 还没有到：不能汇总未来的月份"), month=month
            )
        )
    return month


def consolidate(inputs: Sequence[str | os.PathLike[str]], month: str,
                expected: Sequence[ExpectedCentre] | None = None, *,
                clock: Clock, progress: Progress | None = None,
                keys: KeyRegister | None = None) -> Consolidation:
    """Read every input (files, or folders of ``*.xlsx``) for ``month`` and consolidate.

    ``expected`` is the list of centres that should report (None or empty: no completeness
    check). Raises ConsolidationError for a malformed or future month or when there is no
    input file at all; a bad file only adds a rejected outcome. Any other exception is an
    error in the program, not in a file, and propagates. ``clock`` says which months have
    ended and stamps the result. ``keys``: the district's register of the centres' public
    keys (``centre_keys.known_keys``): a file signed by another or a revoked key is refused,
    a signed file of a centre with no key on file is accepted as trusted on first use.
    """
    check_consolidation_month(month, clock.today())
    files = input_files(inputs)
    if not files:
        raise ConsolidationError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有找到要汇总的文件（文件夹中没有 .xlsx 文件）")
            )
        )
    if not any(path.exists() for path in files):
        # Most likely a mistyped path in a scheduled command: writing an empty district
        # workbook would hide it.
        raise ConsolidationError(
            Message(QT_TRANSLATE_NOOP("Messages", "找不到要汇总的文件：{file}"), file=files[0])
        )
    outcomes: list[FileOutcome] = []
    read: list[CentreWorkbook] = []
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), path)
        try:
            read.append(read_centre_workbook(path, month, keys))
        except RejectedFile as exc:
            claimed = exc.claimed
            outcomes.append(FileOutcome(path, REJECTED, exc.message) if claimed is None else
                            FileOutcome(path, REJECTED, exc.message, claimed.code,
                                        claimed.revision, claimed.name))
    if progress is not None:
        progress(len(files), len(files), files[-1])
    notes: list[str] = []
    conflicts: dict[str, str] = {}
    centres = _resolve(read, outcomes, notes, conflicts)
    order = {path: index for index, path in enumerate(files)}
    outcomes.sort(key=lambda o: order.get(o.path, len(files)))
    columns = _columns(centres)
    listed = [ExpectedCentre(normalise_code(c.code), c.name, c.street) for c in expected or []]
    return Consolidation(
        month=month, generated_at=clock.now().strftime("%Y-%m-%d %H:%M:%S"),
        centres=centres, columns=columns, totals=_totals(centres, columns),
        outcomes=outcomes, notes=notes, expected=listed or None, conflicts=conflicts)
