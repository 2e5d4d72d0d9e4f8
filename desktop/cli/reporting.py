"""The monthly report's subcommands: `warmhome export-month` (the workbook for the district) and
`warmhome month …` (a month's close state, submitting (closing) it, reopening it, the log)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, open_db
from desktop.models.admin.permissions import CLI_ACTOR

if TYPE_CHECKING:
    # Loaded by the commands themselves: the GUI starts through this module's parent.
    from desktop.models.reporting import month_close


def _month(text: str) -> str:
    """The month argument, checked before the database is opened (a bad one writes nothing)."""
    from desktop.models.attendance.attendance_month import normalise_month

    return normalise_month(text)


def _when(stamp: str | None) -> str:
    """An ISO timestamp as people read it: 2026-11-03 14:05:09."""
    return (stamp or "").replace("T", " ")


def _status_lines(status: month_close.MonthStatus) -> list[str]:
    lines = [f"月份：{status.month}"]
    if status.closed:
        lines.append(f"状态：已报送关账（{_when(status.closed_at)} 由 {status.closed_by or ''}）")
    elif status.reopened_at:
        lines.append(f"状态：已重新开账（{_when(status.reopened_at)} 由 {status.reopened_by}，"
                     f"原因：{status.reopened_reason}）")
    else:
        lines.append("状态：未报送")
    lines.append(f"下次导出的版本号：v{status.revision}")
    export = status.last_export
    if export is None:
        lines.append("最近导出：无")
    else:
        lines.append(f"最近导出：{export.file_name}（v{export.revision}，{_when(export.exported_at)}，"
                     f"{export.exported_by}，文件 SHA-256 {export.file_sha256}）")
        if export.file_path:
            # 报送 reads the file there again: it must not be moved before then.
            lines.append(f"导出文件位置：{export.file_path}")
    lines.append(f"报送次数：{len(status.submissions)}")
    lines.extend(_submission_line(s) for s in status.submissions)
    return lines


def _submission_line(item: month_close.Submission) -> str:
    return "\t".join([item.month, f"v{item.revision}", item.submitted_at, item.submitted_by,
                      item.file_name, item.file_sha256])


def cmd_month_status(args: argparse.Namespace) -> int:
    """Print whether the month is closed, its next revision, last export and submissions."""
    from desktop.models.reporting import month_close

    month = _month(args.month)
    with open_db(args) as db:
        status = month_close.month_status(db, month)
    if args.json:
        print(json.dumps(asdict(status), ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\n".join(_status_lines(status)))
    return EXIT_OK


def cmd_month_close(args: argparse.Namespace) -> int:
    """Submit (close) the month: its exported workbook of the current revision is logged."""
    from desktop.models.reporting import month_close

    month = _month(args.month)
    with open_db(args) as db:
        sent = month_close.close_month(db, month, actor=CLI_ACTOR)
    print(f"已报送关账：{sent.month} 第 {sent.revision} 版，文件 {sent.file_name}，"
          f"SHA-256 {sent.file_sha256}")
    return EXIT_OK


def cmd_month_reopen(args: argparse.Namespace) -> int:
    """Reopen a closed month with a reason (the next export carries the next revision)."""
    from desktop.models.reporting import month_close

    month = _month(args.month)
    with open_db(args) as db:
        month_close.reopen_month(db, month, reason=args.reason, actor=CLI_ACTOR)
        status = month_close.month_status(db, month)
    print(f"已重新开账：{month}，下次导出为第 {status.revision} 版")
    return EXIT_OK


def cmd_month_submissions(args: argparse.Namespace) -> int:
    """The submission log, newest first (one month with --month)."""
    from desktop.models.reporting import month_close

    month = _month(args.month) if args.month is not None else None
    with open_db(args) as db:
        rows = month_close.submissions(db, month)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\t".join(["月份", "版本", "报送时间", "报送人", "文件名", "文件 SHA-256"]))
    for row in rows:
        print(_submission_line(row))
    return EXIT_OK


def _status_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")


def _month_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", metavar="YYYY-MM")


def _reopen_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--reason", required=True)


def _submissions_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")


def cmd_export_month(args: argparse.Namespace) -> int:
    """The monthly workbook for the district federation (format: docs/workbook.md), with the
    month's next revision (`warmhome month status`); the export is logged."""
    from desktop.excel.reporting import monthly_workbook
    from desktop.excel.workbook_file import xlsx_file_or_none
    from desktop.models.attendance.attendance_month import normalise_month
    from desktop.models.reporting.indicators import check_month
    from desktop.models.reporting.workbook_options import ATTENDANCE_MATRIX

    # A bad or future month, or a missing folder, is refused before the database is opened.
    # A month typed full-width (２０２６-１０) is cleaned first, so the file name, the
    # workbook and the export log all carry 2026-10.
    month = check_month(normalise_month(args.month), args.clock.today())
    out = Path(args.out)
    xlsx_file_or_none(out)  # a folder, or a name ending in .xlsx
    # Given: this export only; not given: the centre's setting (月报 page).
    options = ({} if args.attendance_matrix is None
               else {ATTENDANCE_MATRIX: args.attendance_matrix})
    with open_db(args) as db:
        result = monthly_workbook.export_monthly_workbook(db, month, out,
                                                          generated_by=CLI_ACTOR.username,
                                                          actor=CLI_ACTOR, options=options)
    for finding in result.report.warnings:
        print(f"警告：{finding.message}", file=sys.stderr)
    print(f"版本号：v{result.revision}", file=sys.stderr)
    print(result.path)
    return EXIT_OK


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="文件夹（使用标准文件名）或以 .xlsx 结尾的文件路径")
    p.add_argument("--attendance-matrix", action=argparse.BooleanOptionalAction, default=None,
                   help="包含（--attendance-matrix）或不含（--no-attendance-matrix）考勤明细"
                        "（每人每天的签到表，不含姓名）；"
                        "不指定时按中心在 月报 页的设置（默认包含）")


COMMANDS = (
    Group("month", 60, "月报报送关账：状态、报送、重新开账、报送记录"),
    Command("status", 10, "一个月是否已报送关账、下次导出的版本号和报送记录",
            "desktop.cli.reporting:cmd_month_status", _status_arguments, group="month"),
    Command("close", 20, "报送并关账：记录已导出的本版报表（文件名和哈希），本月记录改为只读",
            "desktop.cli.reporting:cmd_month_close", _month_argument, group="month"),
    Command("reopen", 30, "重新开账（须填写原因；下次导出为下一版）",
            "desktop.cli.reporting:cmd_month_reopen", _reopen_arguments, group="month"),
    Command("submissions", 40, "报送记录：报送了哪个文件、何时、由谁、文件哈希",
            "desktop.cli.reporting:cmd_month_submissions", _submissions_arguments,
            group="month"),
    Command("export-month", 110, "导出报区残联的月报工作簿（汇总、明细、校验；有错误时不导出）",
            "desktop.cli.reporting:cmd_export_month", _export_arguments),
)
