"""`warmhome care …`: daily care (日间照料) for scripts and the district.

- ``care summary --month YYYY-MM [--json]``: the month's figures, the same as the monthly
  workbook's 日间照料 rows and sheet (members served, care days 人天, meals, doses, rehab
  minutes, incidents by severity, purchased services and their fulfilment, entries per service);
- ``care log --day YYYY-MM-DD [--json]``: that day's care per member, masked: the name and a
  masked ID number, the services ticked, each dose's time and status (no medicine), the
  hand-over's time and the collector's relation (no name or phone) and the mood; never the
  notes. The command line acts as an administrator (``CLI_ACTOR``), which may see care.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.arguments import date_arg, month_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.models.admin.permissions import CLI_ACTOR

STATUS_WORDS = {"given": "已服", "refused": "拒服", "missed": "漏服"}


def cmd_care_summary(args: argparse.Namespace) -> int:
    """The month's daily-care figures, as text or JSON."""
    from desktop.models.care import care_stats

    month = month_arg(args)
    with open_db(args) as db:
        stats = care_stats.month_stats(db, month)
    if args.json:
        print(json.dumps(stats.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    incidents = "，".join(f"{severity} {count} 件" for severity, count in stats.incidents.items())
    print(f"{month} 日间照料：服务 {stats.members} 人，照料 {stats.care_days} 人天，"
          f"用餐 {stats.meals} 人次，康复训练 {stats.rehab_minutes} 分钟")
    print(f"服药：已服 {stats.medication_doses} 次，拒服 {stats.doses_refused} 次，"
          f"漏服 {stats.doses_missed} 次")
    print(f"突发事件：{incidents}")
    print(f"购买服务：{stats.purchased_sessions} 次，{stats.purchased_minutes} 分钟"
          f"（{stats.purchased_hours} 小时）")
    for contract in stats.contracts:
        f = contract.fulfilment
        unit = care_stats.UNIT_WORDS[f.unit]
        percent = "—" if f.percent is None else f"{f.percent}%"
        print(f"  {contract.organisation}（{contract.contract_number}）：应提供 {f.owed} {unit}，"
              f"已提供 {f.delivered} {unit}，完成率 {percent}")
    print("服务项目：" + "，".join(f"{name} {count}" for name, count in stats.by_service.items()))
    return EXIT_OK


def _day(args: argparse.Namespace) -> str:
    """The --day value, checked before the database is opened: not in the future."""
    day = args.day
    if day > args.clock.today():
        raise OptionError(f"--day {day.isoformat()} 还没有到：只能查看今天和以前的照料记录")
    return str(day.isoformat())


def _text(record: Any) -> str:
    services = "、".join(name if minutes is None else f"{name}{minutes}分钟"
                        for name, minutes in record.services) or "（无）"
    doses = "、".join(f"{time}{STATUS_WORDS.get(status, status)}"
                      for time, status, _at in record.doses) or "（无）"
    handover = (f"{record.collected_at} {record.collected_by}接走"
                if record.collected_at else "（未记录）")
    present = "" if record.present else "（当天没有签到）"
    return "\t".join([str(record.person_id), record.name + present, record.id_number, services,
                      doses, handover, record.mood or "（未记录）"])


def cmd_care_log(args: argparse.Namespace) -> int:
    """That day's care per member, masked (no notes, medicines or phone numbers)."""
    from desktop.models.care import care_stats

    day = _day(args)
    with open_db(args) as db:
        records = care_stats.day_records(db, day, actor=CLI_ACTOR)
    if args.json:
        print(json.dumps({"day": day, "members": [r.as_json() for r in records]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\t".join(["编号", "姓名", "身份证号", "照料服务", "服药", "离站交接", "情绪"]))
    for record in records:
        print(_text(record))
    print(f"{day}：{len(records)} 人")
    return EXIT_OK


def _summary_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：month、members、care_days、meals、medication_doses、"
                        "incidents、purchased_minutes、fulfilment、by_service 等")


def _log_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--day", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON：day、members")


COMMANDS = (
    Group("care", 95, "日间照料"),
    Command("summary", 10, "一个月的日间照料汇总：服务人数、照料人天、用餐、服药、康复训练、"
                           "突发事件、购买服务及完成率、各服务项目次数",
            "desktop.cli.care:cmd_care_summary", _summary_arguments, group="care"),
    Command("log", 20, "某一天每位会员的照料记录（姓名、脱敏证件号、服务、服药时间和情况、"
                       "离站交接、情绪；不含备注和药名）",
            "desktop.cli.care:cmd_care_log", _log_arguments, group="care"),
)
