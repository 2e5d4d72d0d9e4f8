"""Attendance's subcommands: `warmhome attendance summary` (a month's figures) and
`warmhome people not-seen` (members with no sign-in for N weeks, as a call list).

The call list, for centre and district scripts: as text (tab-separated) or ``--json``, and
with ``--out`` the printable workbook (written whole or not at all). Phones and addresses are
masked unless ``--unmasked`` is given, which is written to the audit log as the command line
("cli") revealing them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.arguments import month_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, open_db
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.attendance.not_seen import MAX_WEEKS, MIN_WEEKS, NotSeenList
from desktop.models.people.person_input import PROGRAMMES


def _weeks(text: str) -> int:
    """The --weeks value, checked before the database is opened."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"周数应为整数：{text}") from exc
    if not MIN_WEEKS <= value <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(f"周数应为{MIN_WEEKS}–{MAX_WEEKS}：{text}")
    return value


def _lines(found: NotSeenList) -> list[str]:
    lines = ["\t".join(["编号", "姓名", "上次签到", "未签到（周）", "入会日期", "本人电话",
                        "监护人、家属和紧急联系人", "社区", "住址"])]
    for m in found.members:
        lines.append("\t".join([str(m.person_id), m.name, m.last_sign_in or "从未签到",
                                str(m.weeks_since), m.registered_on, m.phone,
                                "；".join(c.describe() for c in m.contacts), m.community,
                                m.address]))
    return lines


def cmd_people_not_seen(args: argparse.Namespace) -> int:
    """Print (and with --out export) the members not seen for --weeks weeks."""
    from desktop.excel.attendance.call_list_export import default_file_name, export_call_list
    from desktop.excel.workbook_file import xlsx_file_or_none
    from desktop.models.attendance import not_seen

    today = args.clock.today()
    target: Path | None = None
    if args.out is not None:
        # A wrong --out is refused before the database is opened: nothing is read or logged.
        target = xlsx_file_or_none(args.out) or Path(args.out) / default_file_name(today)
    with open_db(args) as db:
        weeks = args.weeks if args.weeks is not None else not_seen.weeks_setting(db)
        options: dict[str, Any] = {"weeks": weeks, "today": today, "programme": args.programme}
        if target is not None:
            found = export_call_list(db, target, actor=CLI_ACTOR, full_details=args.unmasked,
                                     **options)
        elif args.unmasked:
            found = not_seen.call_list(db, actor=CLI_ACTOR, purpose="命令行输出", **options)
        else:
            found = not_seen.members_not_seen(db, **options)
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    elif target is None:
        print("\n".join(_lines(found)))
    summary = (f"截至 {found.today}：{found.weeks} 周以上未签到或从未签到的在册会员 "
               f"{len(found.members)} 人，其中从未签到 {found.never_count} 人")
    print(summary, file=sys.stderr)
    if target is not None:
        # The path is the output unless JSON is: then stdout stays one JSON document.
        print(target, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def cmd_attendance_summary(args: argparse.Namespace) -> int:
    """A month's attendance figures: 人次, members, days open, average per day, by programme."""
    from desktop.models.attendance import attendance_month

    month = month_arg(args)
    with open_db(args) as db:
        figures = attendance_month.summary(db, month)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return EXIT_OK

    def line(label: str, f: dict[str, Any]) -> str:
        return (f"{label}：签到 {f['sign_ins']} 人次，{f['members']} 人，开放 {f['days_open']} 天，"
                f"日均 {f['average_per_day']} 人次")

    print(line(f"{month} 全部", figures))
    for programme, programme_figures in figures["by_programme"].items():
        print(line(f"{month} {programme}", programme_figures))
    return EXIT_OK


def _summary_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")


def _not_seen_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--weeks", type=_weeks, metavar="N",
                   help=f"未签到满几周（{MIN_WEEKS}–{MAX_WEEKS}；默认用中心的设置，初始为4）；"
                        "正好 N 周也算")
    p.add_argument("--programme", choices=PROGRAMMES, help="只列此服务项目的会员")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：today、weeks、cutoff、programme、full_details、count、"
                        "never_signed_in、members")
    p.add_argument("--out", metavar="PATH",
                   help="另存为可打印的 Excel 联系名单：文件夹（使用标准文件名）"
                        "或以 .xlsx 结尾的文件路径")
    p.add_argument("--unmasked", action="store_true",
                   help="电话和住址不脱敏（用于联系会员；记入操作日志）")


COMMANDS = (
    Group("attendance", 90, "签到"),
    Command("summary", 10, "一个月的签到汇总：人次、人数、开放天数、日均人次，按服务项目",
            "desktop.cli.attendance:cmd_attendance_summary", _summary_arguments,
            group="attendance"),
    # An action of `people` (declared by desktop.cli.people): the list is of people.
    Command("not-seen", 60,
            "久未签到的会员（N 周以上未签到或从未签到）及其监护人、家属和电话，"
            "用于电话联系、走访和通知活动（电话和住址默认脱敏）",
            "desktop.cli.attendance:cmd_people_not_seen", _not_seen_arguments, group="people"),
)
