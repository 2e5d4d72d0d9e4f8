"""`warmhome subsidy`: a month's rehab labour subsidy per 职康站 member."""

from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import month_arg
from desktop.cli.commands import Command
from desktop.cli.common import EXIT_OK, open_db


def cmd_subsidy(args: argparse.Namespace) -> int:
    """The month's rehab labour subsidy: per 职康站 member days and amount, and the total."""
    from desktop.models.subsidy import subsidy

    month = month_arg(args)
    with open_db(args) as db:
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


def _subsidy_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")


COMMANDS = (
    Command("subsidy", 100,
            "一个月的职业康复劳动训练生活补助：职康站会员的计补天数和金额（证件号脱敏）",
            "desktop.cli.subsidy:cmd_subsidy", _subsidy_arguments),
)
