"""The monthly workbook a centre sends to the district federation (format: docs/workbook.md).

Sheets: 封面 (cover), 汇总 (every indicator: this month, last month, year-to-date), one detail
sheet per capability (declared by each, ``desktop.excel.detail_sheets``), 校验 (validation
findings), from revision 2 on 变更 (changes since the previous submission) and the hidden
``_meta`` (format version, centre, period, revision, row counts, SHA-256 of the data).
Validation errors block the export; the file is written atomically and the export is logged
around the rename in two steps (``desktop.models.reporting.export_log``), so that the log
and the file agree whenever the process dies; ``desktop.models.reporting.month_close``
decides the revision.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet.worksheet import Worksheet

from desktop import __version__
from desktop.excel.detail_sheets import Written, detail_sheets
from desktop.excel.form_layout import month_words, write_title
from desktop.excel.reporting.cell_text import ROW_SEP, sheet_rows
from desktop.excel.reporting.changes_sheet import CHANGES, changes_for_revision, write_changes
from desktop.excel.reporting.check_rules import rule_advice, rule_name
from desktop.excel.reporting.workbook_signature import signed_meta
from desktop.excel.sheet_layout import (
    DATETIME_FORMAT,
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    append_styled,
    draw_grid,
    lines_in,
    print_setup,
    set_properties,
    use_form_font,
    write_header,
)
from desktop.excel.workbook_file import (
    ExportError,
    discard,
    publish,
    write_temp_workbook,
    xlsx_file_or_none,
)
from desktop.models.admin.centre import CentreProfile, load_profile
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.admin.signing_keys import current_key, ensure_key
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import yuan
from desktop.models.reporting.export_log import (
    abandon_export,
    audit_head,
    begin_export,
    confirm_export,
    file_sha256,
    settle_pending_exports,
)
from desktop.models.reporting.indicators import Finding, Report, check_month, compute
from desktop.models.reporting.month_close import MonthClosedError, month_status
from desktop.models.reporting.workbook_options import sheet_included

__all__ = ["FORMAT_VERSION", "IDENTITY_KEYS", "READABLE_FORMAT_VERSIONS", "BlockedExport",
           "ExportError", "MonthlyExport", "build_workbook", "data_checksum",
           "export_monthly_workbook", "file_sha256", "meta_checksum", "standard_file_name",
           "standard_name", "target_path"]

# Version 2 binds the _meta identity into the checksum; version 1 files (checksum over the
# sheets only) are still read by consolidation (docs/workbook.md, "Checksum"). Version 3 puts
# a title above 汇总's table (its headers move to row 3) and the 指标代码 into a hidden last
# column; its checksum is version 2's.
FORMAT_VERSION = "3"
READABLE_FORMAT_VERSIONS = ("1", "2", "3")
# The row of 汇总's column headers, by format version.
SUMMARY_HEADER_ROWS = {"1": 1, "2": 1, "3": 3}
# The _meta keys whose values the format 2 checksum covers, in this order: everything
# consolidation reads from _meta besides the checksum itself.
IDENTITY_KEYS = ("format_version", "centre_code", "centre_name", "district", "street",
                 "period", "revision", "generated_at", "hashed_sheets")
COVER, SUMMARY, CHECKS, META = "封面", "汇总", "校验", "_meta"
SUMMARY_HEADERS = ["指标", "单位", "本月", "上月", "本年累计", "本年累计的算法", "指标代码"]
SUMMARY_WIDTHS = [34, 6, 11, 11, 11, 17, 30]
SUMMARY_HEADER_ROW = SUMMARY_HEADER_ROWS[FORMAT_VERSION]
# In plain words what "本年累计" means for the row (consolidation reads YEAR_SUM as cumulative).
YEAR_SUM, NOT_SUMMED = "1月至本月累计", "不累计，同本月"
CHECK_HEADERS = ["级别", "问题", "记录数", "说明", "怎么办", "规则代码"]
CHECK_WIDTHS = [7, 20, 8, 40, 40, 24]
# Money indicators are computed in integer fen and shown in yuan (docs/workbook.md).
FEN_UNIT, YUAN_UNIT = "分", "元"
CENTRED = Alignment(horizontal="center", vertical="top")


class BlockedExport(WarmHomeError):
    """Validation found errors: no file was written. ``findings`` lists them."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Messages", "本月数据有 {count} 个错误，未导出；第一个：{first}"),
                count=len(findings),
                first=findings[0].message,
            )
        )


@dataclass
class MonthlyExport:
    """What was written: the path, the figures and findings, the counts and the checksum."""

    path: Path
    report: Report
    revision: int
    row_counts: dict[str, int] = field(default_factory=dict)
    sha256: str = ""
    # The sheets alone (no generated_at, no revision): equal when the figures are equal.
    content_sha256: str = ""


# -- file name ----------------------------------------------------------------------------------
def standard_name(district: str, street: str, code: str, month: str, revision: int) -> str:
    """``{district}_{street}_{centre-code}_{YYYY-MM}_v{revision}.xlsx`` from the fields."""
    parts = [district, street, code, month]
    # A path separator in a profile field would write outside the chosen folder.
    safe = [p.strip().replace("/", "-").replace("\\", "-") or "未设置" for p in parts]
    return "_".join(safe) + f"_v{revision}.xlsx"


def standard_file_name(profile: CentreProfile, month: str, revision: int) -> str:
    """The standard file name of a centre's workbook (``standard_name``)."""
    return standard_name(profile.district, profile.street, profile.code, month, revision)


def target_path(out: str | os.PathLike[str], profile: CentreProfile, month: str,
                revision: int) -> Path:
    """A path ending in .xlsx is the file itself; anything else is a folder that must exist
    and receives the standard file name."""
    file = xlsx_file_or_none(out)
    return file if file is not None else Path(out) / standard_file_name(profile, month,
                                                                          revision)


# -- checksum -----------------------------------------------------------------------------------
def _values_by_row(sheet: Any) -> Iterable[Sequence[Any]]:
    """Every row's values, gaps as None, from the first row and column to the last used.

    On a sheet in memory openpyxl makes an empty cell for each gap it passes (most of a
    month's attendance matrix); empty cells without a style are left out of the saved file,
    so the file is the same.
    """
    return sheet.iter_rows(values_only=True)


def _checksums(workbook: Workbook, sheets: Sequence[str],
               identity: Mapping[str, Any] | None,
               written: Mapping[str, Sequence[Sequence[Any]]] | None = None) -> tuple[str, str]:
    """(the checksum with ``identity`` or, without it, the sheets alone; the sheets alone),
    from one pass over the cells; a sheet in ``written`` (its values as its writer wrote
    them, ``detail_sheets.Written``) is hashed from those instead of being read back."""
    content = hashlib.sha256()
    bound = hashlib.sha256()
    if identity is not None:
        # Hashed like a sheet named _meta whose rows are key, value: a relabelled file (other
        # centre, month or revision) no longer matches.
        bound.update((META + ROW_SEP).encode("utf-8"))
        for line in sheet_rows([key, identity.get(key)] for key in IDENTITY_KEYS):
            bound.update((line + ROW_SEP).encode("utf-8"))
    for name in sheets:
        chunks = [(name + ROW_SEP).encode("utf-8")]
        chunks += [(line + ROW_SEP).encode("utf-8")
                   for line in sheet_rows(written[name] if written and name in written
                                          else _values_by_row(workbook[name]))]
        for chunk in chunks:
            content.update(chunk)
            bound.update(chunk)
    return (bound if identity is not None else content).hexdigest(), content.hexdigest()


def data_checksum(workbook: Workbook, sheets: Sequence[str],
                  identity: Mapping[str, Any] | None = None) -> str:
    """SHA-256 (hex) as docs/workbook.md defines it: with ``identity`` (the _meta values of
    IDENTITY_KEYS) the format 2 rule, those values first and then the named sheets' cell
    values; without it the format 1 rule, the sheets alone."""
    return _checksums(workbook, sheets, identity)[0]


def meta_checksum(workbook: Workbook, meta: Mapping[str, Any]) -> str:
    """The checksum a workbook with this ``_meta`` (key → value) should carry, by the rule of
    its ``format_version``; ValueError for a version this release cannot read."""
    version = "" if meta.get("format_version") is None else str(meta["format_version"]).strip()
    sheets = [s for s in str(meta.get("hashed_sheets") or "").split(",") if s]
    if version == "1":
        return data_checksum(workbook, sheets)
    if version in ("2", "3"):
        return data_checksum(workbook, sheets, meta)
    raise ValueError(f"unknown format version {version!r}")


# -- sheets -------------------------------------------------------------------------------------
def _write_cover(sheet: Worksheet, profile: CentreProfile, month: str, revision: int,
                 generated_at: str, generated_by: str, key_fingerprint: str = "") -> None:
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 36
    sheet.column_dimensions["C"].width = 4
    sheet.column_dimensions["D"].width = 24
    row = write_title(sheet, f"{profile.name}{month_words(month)}工作报表", 4)
    for label, value in (("中心", profile.name), ("中心编码", profile.code),
                         ("区", profile.district), ("街道", profile.street), ("月份", month),
                         ("负责人", profile.responsible_person), ("联系电话", profile.phone),
                         ("生成时间", datetime.strptime(generated_at, "%Y-%m-%d %H:%M:%S")),
                         ("生成人", generated_by),
                         ("软件版本", f"温馨家园工作台 {__version__}"), ("版本号", revision),
                         # What the district compares with the key it holds (设置 shows it).
                         *((("签名公钥指纹", key_fingerprint),) if key_fingerprint else ())):
        append_row(sheet, [label, value])
        sheet.cell(row=row, column=1).font = HEADER_FONT
        sheet.cell(row=row, column=2).alignment = Alignment(horizontal="left")
        if isinstance(value, datetime):
            sheet.cell(row=row, column=2).number_format = DATETIME_FORMAT
        row += 1
    draw_grid(sheet, 2, row - 1, 2)
    append_row(sheet, [])
    row += 1
    line = Border(bottom=Side(style="thin"))
    for label in ("负责人（签字）", "审核人（签字）", "填报人（签字）", "日期"):
        append_row(sheet, [label, "　　　　年　　月　　日" if label == "日期" else ""])
        sheet.cell(row=sheet.max_row, column=1).font = HEADER_FONT
        sheet.cell(row=sheet.max_row, column=2).border = line
        sheet.row_dimensions[sheet.max_row].height = 36
    # The seal box: a bordered, merged block beside the signature lines.
    top, bottom = sheet.max_row - 3, sheet.max_row
    sheet.merge_cells(start_row=top, start_column=4, end_row=bottom, end_column=4)
    box = Side(style="medium")
    seal = sheet.cell(row=top, column=4, value="单位（盖章）")
    seal.alignment = Alignment(horizontal="center", vertical="center")
    for row in range(top, bottom + 1):
        sheet.cell(row=row, column=4).border = Border(
            left=box, right=box, top=box if row == top else None,
            bottom=box if row == bottom else None)


def _summary_value(value: int | float, unit: str) -> int | float | Decimal:
    return yuan(int(value)) if unit == FEN_UNIT else value


def _write_summary(sheet: Worksheet, report: Report, profile: CentreProfile,
                   month: str) -> int:
    """Title and what the sheet is (rows 1–2), the headers (row 3), one row per indicator;
    the 指标代码 consolidation matches on in the last column, hidden."""
    write_title(sheet, f"{profile.name}（{profile.code}）{month_words(month)}工作报表：汇总",
                len(SUMMARY_HEADERS) - 1,
                subtitle=f"{profile.district} {profile.street}　中心编码：{profile.code}　"
                         f"月份：{month}。“本年累计”为 1 月至本月；人数等不能逐月相加的指标，"
                         "本年累计同本月。金额单位：元。")
    write_header(sheet, SUMMARY_HEADERS, SUMMARY_WIDTHS)
    for row in report.rows:
        unit = row.indicator.unit
        shown = YUAN_UNIT if unit == FEN_UNIT else unit
        cells = append_styled(sheet, [
            row.indicator.label, shown,
            *(_summary_value(v, unit) for v in (row.this_month, row.last_month,
                                                row.year_to_date)),
            YEAR_SUM if row.indicator.cumulative else NOT_SUMMED, row.indicator.key])
        if unit == FEN_UNIT:
            for cell in cells[2:5]:
                cell.number_format = MONEY_FORMAT
    last = SUMMARY_HEADER_ROW + len(report.rows)
    draw_grid(sheet, SUMMARY_HEADER_ROW, last, len(SUMMARY_HEADERS) - 1)
    # Centred, so that a figure and the words beside it never read as one.
    for (cell,) in sheet.iter_rows(min_row=SUMMARY_HEADER_ROW + 1, max_row=last, min_col=6,
                                   max_col=6):
        cell.alignment = CENTRED
    sheet.column_dimensions["G"].hidden = True
    return len(report.rows)


def _write_checks(sheet: Worksheet, findings: list[Finding], profile: CentreProfile,
                  month: str) -> int:
    """Each warning: its level, its name in Chinese, the count in its own column, what it
    means and what to do; the rule's code in a hidden last column."""
    write_title(sheet, f"{profile.name}{month_words(month)}工作报表：校验",
                len(CHECK_HEADERS) - 1,
                subtitle="导出前检查发现的问题。错误会阻止导出，所以这里只列警告；"
                         "请按“怎么办”处理后重新导出。")
    write_header(sheet, CHECK_HEADERS, CHECK_WIDTHS)
    wrap = Alignment(wrap_text=True, vertical="top")
    for finding in findings:
        append_row(sheet, [finding.severity.label, rule_name(finding.rule), finding.count,
                           finding.message, rule_advice(finding.rule), finding.rule])
    if not findings:
        append_row(sheet, ["", "", 0, "未发现问题"])
    first = sheet.max_row - max(len(findings), 1) + 1
    for line in sheet.iter_rows(min_row=first, max_row=sheet.max_row, max_col=5):
        for cell in line:
            cell.alignment = wrap
        line[2].alignment = CENTRED
        sheet.row_dimensions[line[0].row].height = 15 * max(
            lines_in(str(line[3].value or ""), CHECK_WIDTHS[3]),
            lines_in(str(line[4].value or ""), CHECK_WIDTHS[4])) + 4
    draw_grid(sheet, first - 1, sheet.max_row, len(CHECK_HEADERS) - 1)
    sheet.column_dimensions["F"].hidden = True
    return len(findings)


def _write_meta(sheet: Worksheet, values: list[tuple[str, Any]]) -> None:
    append_row(sheet, ["key", "value"])
    for key, value in values:
        append_row(sheet, [key, value])
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 70
    sheet.sheet_state = "hidden"


def build_workbook(db: Database, month: str, *, revision: int, generated_by: str,
                   today: date | None = None, now: datetime | None = None,
                   extra: Sequence[str] = (),
                   options: Mapping[str, bool] | None = None) -> tuple[Workbook, MonthlyExport]:
    """The whole workbook in memory, as of ``today`` and stamped ``now`` (default: by
    ``db``'s clock). ValidationError for a malformed or future month, BlockedExport when
    validation finds errors. ``extra``: further capability packages whose indicators and
    detail sheets are added (``desktop.models.capabilities``). ``options``: setting key →
    whether the optional detail sheet it switches is written, for this export only (a key
    not given: the centre's setting, ``workbook_options``).

    Everything is read in one read snapshot: the figures of 汇总 and of the sheets come from
    one state of the data, and what several of them ask for is read once."""
    today = today or db.clock.today()
    check_month(month, today)
    with db.read_snapshot():
        return _build(db, month, revision=revision, generated_by=generated_by, today=today,
                      now=now, extra=extra, options=options)


def _build(db: Database, month: str, *, revision: int, generated_by: str, today: date,
           now: datetime | None, extra: Sequence[str],
           options: Mapping[str, bool] | None) -> tuple[Workbook, MonthlyExport]:
    report = compute(db, month, today, extra)
    if report.errors:
        raise BlockedExport(report.errors)
    profile = load_profile(db)
    generated_at = (now or db.clock.now()).strftime("%Y-%m-%d %H:%M:%S")
    workbook = Workbook()
    use_form_font(workbook)
    set_properties(workbook, f"{profile.name}{month_words(month)}工作报表", profile.name)
    cover = workbook.active
    assert cover is not None
    cover.title = COVER
    key = current_key(db)
    _write_cover(cover, profile, month, revision, generated_at, generated_by,
                 key.fingerprint if key is not None else "")
    print_setup(cover, profile.name, month, title_rows=None, orientation="portrait")
    counts = {SUMMARY: _write_summary(workbook.create_sheet(SUMMARY), report, profile, month)}
    details = [d for d in detail_sheets(extra)
               if d.setting is None or (options or {}).get(d.setting,
                                                            sheet_included(db, d.setting))]
    written: dict[str, Sequence[Sequence[Any]]] = {}
    for detail in details:
        result = detail.write(db, month, workbook.create_sheet(detail.title), today)
        if isinstance(result, Written):
            counts[detail.title], written[detail.title] = result.rows, result.values
        else:
            counts[detail.title] = result
    counts[CHECKS] = _write_checks(workbook.create_sheet(CHECKS), report.warnings, profile,
                                   month)
    hashed = [SUMMARY, *(d.title for d in details), CHECKS]
    if revision >= 2:
        counts[CHANGES] = write_changes(workbook.create_sheet(CHANGES),
                                        changes_for_revision(db, month, revision))
        hashed.append(CHANGES)
    titled = {SUMMARY: f"{SUMMARY_HEADER_ROW}:{SUMMARY_HEADER_ROW}", CHECKS: "3:3"}
    for name in hashed:
        if name in counts and name not in (SUMMARY, CHECKS, CHANGES) and \
                workbook[name].print_title_rows:
            continue  # a detail sheet that set up its own paper (desktop.excel.detail_form)
        # 汇总 on one portrait page (fitted at about 85 %) rather than two landscape ones.
        print_setup(workbook[name], profile.name, month, title_rows=titled.get(name, "1:1"),
                    orientation="portrait" if name == SUMMARY else "auto")
    identity: dict[str, Any] = {
        "format_version": FORMAT_VERSION, "centre_code": profile.code,
        "centre_name": profile.name, "district": profile.district, "street": profile.street,
        "period": month, "revision": revision, "generated_at": generated_at,
        "hashed_sheets": ",".join(hashed)}
    checksum, content = _checksums(workbook, hashed, identity, written)
    _write_meta(workbook.create_sheet(META), signed_meta(db, [
        ("format_version", FORMAT_VERSION), ("app_version", __version__),
        ("centre_code", profile.code), ("centre_name", profile.name),
        ("district", profile.district), ("street", profile.street), ("period", month),
        ("revision", revision), ("generated_at", generated_at),
        ("generated_by", generated_by),
        *((f"rows.{name}", count) for name, count in counts.items()),
        ("hashed_sheets", identity["hashed_sheets"]), ("sha256", checksum)]))
    return workbook, MonthlyExport(path=Path(), report=report, revision=revision,
                                   row_counts=counts, sha256=checksum,
                                   content_sha256=content)


def export_monthly_workbook(db: Database, month: str, out: str | os.PathLike[str], *,
                            generated_by: str, actor: Actor | None = None,
                            revision: int | None = None, today: date | None = None,
                            now: datetime | None = None, extra: Sequence[str] = (),
                            options: Mapping[str, bool] | None = None) -> MonthlyExport:
    """Check, build and atomically write the month's workbook to ``out`` (a folder: the
    standard file name; a path ending in .xlsx: that file), logging the export with the
    file's SHA-256 as pending before the rename and confirming it after (``export_log``).
    Nothing is written when the month is refused, validation finds errors, the centre
    profile has no code or the target cannot be written.

    A closed (submitted) month re-exports as its submitted revision only when the data is
    unchanged (the same data checksum as submitted), and never over an existing file: the
    submitted file stays what the submission log's hash describes.

    ``revision`` defaults to the month's next revision (``month_close.month_status``); the
    export is logged under ``actor`` (default: ``generated_by``), who must be allowed to
    submit the month (``close_month``: not the kiosk account).
    ``today`` and ``now`` (default: by ``db``'s clock) date the check and the workbook.
    ``extra``: further capability packages, ``options`` the optional sheets
    (:func:`build_workbook`).
    """
    if actor is not None:
        actor.require(Permission.CLOSE_MONTH)
    today = today or db.clock.today()
    check_month(month, today)
    by = actor.username if actor is not None else generated_by
    # What an interrupted export left pending is settled first: the revision and the
    # "already submitted" checks below read the log.
    settle_pending_exports(db, by=by, month=month)
    status = month_status(db, month)
    if revision is None:
        revision = status.revision
    if revision < 1:
        raise ValueError("revision starts at 1")
    profile = load_profile(db)
    if not profile.code.strip():
        # The code names the file and tells the district's consolidation which centre sent it.
        raise ExportError(Message(QT_TRANSLATE_NOOP("Messages", "请先在 设置 中填写中心编码")))
    target = target_path(out, profile, month, revision)
    sent = status.submissions[0] if status.closed and status.submissions else None
    if sent is not None and target.exists():
        # It may be the very file that was submitted (its hash is in the submission log).
        raise ExportError(
            Message(QT_TRANSLATE_NOOP("Messages", "文件已存在，未覆盖：{target}"), target=target)
        )
    # Before the data is read: a change made while the workbook is built counts as made
    # after the export, so 报送 asks for a new one rather than sending a file without it.
    # Made on the first export (recorded in the audit log): the workbook is signed with it.
    ensure_key(db, by=by)
    head = audit_head(db)
    workbook, result = build_workbook(db, month, revision=revision, generated_by=generated_by,
                                      today=today, now=now, extra=extra, options=options)
    if sent is not None and result.content_sha256 != sent.data_sha256:
        # Same revision, other figures (a rate changed after the close): that would be two
        # different files both claiming to be the submitted version.
        raise MonthClosedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{month} 已报送关账，但数据与报送的第 {revision} 版不同"
                    "（如补助标准在报送后改过）；请管理员重新开账后导出新版本",
                ),
                month=month,
                revision=sent.revision,
            )
        )
    target, temp = write_temp_workbook(workbook, target)
    try:
        attempt = begin_export(db, month, revision=revision, path=target,
                               file_sha256=file_sha256(temp), data_sha256=result.content_sha256,
                               audit_id=head, by=by)
    except BaseException:
        discard(temp)
        raise
    try:
        publish(temp, target)
    except ExportError:
        abandon_export(
            db,
            attempt,
            by=by,
            reason=Message(QT_TRANSLATE_NOOP("Messages", "导出失败：未能替换文件")),
        )
        raise
    result.path = target
    try:
        confirm_export(db, attempt, by=by)
    except WarmHomeError as exc:
        # The file is complete and in place; the pending entry is confirmed at the next
        # start, export or 报送.
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "已生成文件 {target}，但导出记录未能保存（{reason}）"
                    "；下次启动、导出或报送时会自动补记",
                ),
                target=target,
                reason=exc.message,
            )
        ) from exc
    return result
