"""`warmhome subsidy`: a month's rehab labour subsidy per 职康站 member, printed or written as
the payout sheet (发放表) to sign."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.arguments import month_arg
from desktop.cli.commands import Command
from desktop.cli.common import EXIT_OK, open_db


def cmd_subsidy(args: argparse.Namespace) -> int:
    """The month's rehab labour subsidy: per 职康站 member days and amount, and the total."""
    from desktop.models.subsidy import subsidy

    month = month_arg(args)
    # Checked before the database is opened: a bad place writes nothing.
    target = _payout_target(args.out, month) if args.out else None
    with open_db(args) as db:
        if target is not None:
            from desktop.excel.subsidy.subsidy_export import export_subsidy
            from desktop.models.admin.permissions import CLI_ACTOR

            table = export_subsidy(db, CLI_ACTOR, month, target)
            print(f"已写入发放表：{target}（{len(table.rows)} 人，"
                  f"合计 {subsidy.format_yuan(table.total_fen)} 元）")
            return EXIT_OK
        table = subsidy.month_table(db, month)
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    stay = table.settings.min_stay_minutes
    print(f"{month} 职业康复劳动训练生活补助：日补助标准 "
          f"{subsidy.format_yuan(table.settings.daily_rate_fen)} 元"
          f"（{subsidy.applies_from_text(table.effective_from)}），"
          + (f"当天停留至少 {stay} 分钟才计入" if stay else "签到即计入"))
    print("\t".join(["编号", "姓名", "身份证号", "签到天数", "计补天数", "金额（元）"]))
    for row in table.rows:
        print("\t".join([str(row.person_id), row.name, row.id_number, str(row.days_signed_in),
                         str(row.days), subsidy.format_yuan(row.amount_fen)]))
    print(f"合计：{len(table.rows)} 人，{table.total_days} 天，"
          f"{subsidy.format_yuan(table.total_fen)} 元")
    return EXIT_OK


def _payout_target(out: str, month: str) -> Path:
    """Where ``--out`` puts the payout sheet: the .xlsx file named, or the standard name
    (康复补助-YYYY-MM.xlsx, as the subsidy page suggests) in an existing folder. An existing
    file is never replaced: a payout sheet may already be printed and signed."""
    from desktop.excel.workbook_file import ExportError, xlsx_file_or_none
    from desktop.models.messages import QT_TRANSLATE_NOOP, Message

    target = xlsx_file_or_none(out) or Path(out) / f"康复补助-{month}.xlsx"
    if target.exists():
        raise ExportError(
            Message(QT_TRANSLATE_NOOP("Messages", "文件已存在，未覆盖：{target}"), target=target))
    return target


def _subsidy_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true")
    mode.add_argument("--out", metavar="PATH",
                      help="写出发放表工作簿（A4，含签字栏和大写合计）：以 .xlsx 结尾的文件名，"
                           "或已有的文件夹（使用标准文件名）；不覆盖已有文件")


COMMANDS = (
    Command("subsidy", 100,
            "一个月的职业康复劳动训练生活补助：职康站会员的计补天数和金额（证件号脱敏）",
            "desktop.cli.subsidy:cmd_subsidy", _subsidy_arguments),
)
