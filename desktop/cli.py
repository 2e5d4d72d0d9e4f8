"""The command line: `python main.py SUBCOMMAND` or `warmhome SUBCOMMAND`.

A public interface that district staff schedule (the contract: docs/architecture.md): every
subcommand takes ``--db PATH``, exits 0 on success and non-zero with one line on stderr on
failure. Qt is imported only when no subcommand is given and the GUI opens.

A database path that does not exist is refused with one line (exit 1) and nothing is created,
so a mistyped ``--db`` never reports on an empty database. Only first-time setup creates one:
``demo`` (demo data), ``users add`` (the first administrator), ``people add`` and
``people import`` (bringing the register in), and ``restore`` (a backup onto a new PC); the
graphical interface creates one too. When such a command fails, the database it created is
removed again. An empty (0-byte) file is refused by every command, these included: it is a
copy or save that did not finish, and a new database there would hide that the data is gone
(``restore`` can still put a backup in its place).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from desktop import __version__
from desktop.cli_admin import add_commands as add_admin_commands
from desktop.cli_common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_UNHEALTHY,
    EXIT_USAGE,
    CliError,
    OptionError,
    open_db,
    subcommand,
    unexpected_failure,
)
from desktop.cli_consolidate import add_commands as add_consolidate_commands
from desktop.cli_month import add_commands as add_month_commands
from desktop.cli_not_seen import add_people_commands as add_not_seen_commands
from desktop.models import locations
from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.clock import SystemClock
from desktop.models.db import explain_failure
from desktop.models.errors import DuplicateError, ValidationError, WarmHomeError
from desktop.models.people.person_input import (
    PROGRAMMES,
    ROLES,
    FamilyLink,
    PersonInput,
    PersonRole,
)
from desktop.models.text_input import compact, is_ascii_digits

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are reported in one line on stderr too, not the whole usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: 错误：{message}（用 --help 查看用法）\n")


def _date_arg(text: str) -> date:
    # YYYY-MM-DD in ASCII digits after NFKC: fromisoformat alone also takes 20260517.
    value = compact(text)
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD：{text}") from exc


def _int_arg(text: str) -> int:
    """An integer option or argument: ASCII digits after NFKC (１２ is 12; ١٢ is refused)."""
    value = compact(text)
    digits = value[1:] if value[:1] == "-" else value
    if not is_ascii_digits(digits):
        raise argparse.ArgumentTypeError(f"应为整数：{text}")
    return int(value)


def _positive(text: str) -> int:
    value = _int_arg(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}")
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty database with demo data."""
    from desktop.models.demo import demo  # Faker is heavy: load it only for this command

    opts = demo.DemoOptions(seed=args.seed, members=args.members, years=args.years,
                            today=args.today or args.clock.today(), street=args.street)
    # Before the database is opened: options that would fail half-way create nothing.
    problem = demo.options_problem(opts, args.clock.today())
    if problem:
        raise OptionError(problem)
    with open_db(args, create=True) as db:
        counts = demo.generate(db, opts)
    print("已载入演示数据：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    return EXIT_OK


def cmd_people_list(args: argparse.Namespace) -> int:
    """Print people, masked, as a table or JSON."""
    from desktop.models.people import (
        people_query,  # loaded when run: keeps the GUI start light
    )

    archived = (people_query.ArchivedFilter.ALL if args.archived
                else people_query.ArchivedFilter.ACTIVE)
    role = PersonRole(args.role) if args.role else None
    query = people_query.PeopleQuery(text=args.search or "", role=role, archived=archived)
    with open_db(args) as db:
        rows = people_query.list_people(db, query)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        print("\t".join([str(r.id), r.name, r.sex, r.birth_date, r.id_number, r.phone,
                         r.street, r.role_names, r.category_name, r.grade_name]))
    print(f"共 {len(rows)} 人", file=sys.stderr)
    return EXIT_OK


# Options that only mean something for one role: given without the role, they would be
# silently dropped, so they are refused instead.
_ROLE_OPTIONS = {
    "member": (("cert", "--cert"), ("programme", "--programme"), ("joined", "--joined"),
               ("card", "--card")),
    "volunteer": (("volunteer_number", "--volunteer-number"),
                  ("organisation", "--organisation")),
}


def _person_from_args(args: argparse.Namespace) -> PersonInput:
    roles = set(args.role or [])
    for role, options in _ROLE_OPTIONS.items():
        given = [flag for attr, flag in options if getattr(args, attr)]
        if given and role not in roles:
            role_name = "会员" if role == "member" else "志愿者"
            raise OptionError(f"{'、'.join(given)} 只用于{role_name}，请同时给出 --role {role}")
    if args.relation and not args.guardian_of:
        raise OptionError("--relation 需要与 --guardian-of 一起使用")
    links = [FamilyLink(member_id=m, relation=args.relation or "", is_guardian=True)
             for m in (args.guardian_of or [])]
    return PersonInput(
        name=args.name, sex=args.sex or "", birth_date=args.birth or "",
        id_number=args.id or "", phone=args.phone or "", address=args.address or "",
        street=args.street or "", community=args.community or "",
        emergency_contact=args.emergency_contact or "",
        emergency_phone=args.emergency_phone or "", notes=args.notes or "",
        is_member="member" in roles, cert_number=args.cert or "",
        programmes=args.programme or [], joined_on=args.joined or "",
        card_number=args.card or "",
        is_volunteer="volunteer" in roles, volunteer_number=args.volunteer_number or "",
        organisation=args.organisation or "", family_links=links,
    )


def cmd_people_add(args: argparse.Namespace) -> int:
    """Add one person; refuses invalid or duplicate identifiers."""
    from desktop.models.people import people

    data = _person_from_args(args)
    with open_db(args, create=True) as db:
        person_id = people.create_person(db, data, actor=CLI_ACTOR)
        for similar in people.similar_people(db, data, exclude_id=person_id):
            print(f"注意：与已登记的 {similar.name}（编号 {similar.person_id}）{similar.reason}",
                  file=sys.stderr)
    print(person_id)
    return EXIT_OK


def cmd_people_archive(args: argparse.Namespace) -> int:
    """Archive one person with a reason."""
    from desktop.models.people import people

    with open_db(args) as db:
        people.archive_person(db, args.person_id, args.reason, actor=CLI_ACTOR)
    return EXIT_OK


def cmd_people_template(args: argparse.Namespace) -> int:
    """Write the blank roster workbook."""
    from desktop.excel.people import roster_template  # openpyxl: load it only for this command

    path = roster_template.write_template(args.out)
    print(f"已生成名册模板：{path}")
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace) -> int:
    """Check a roster workbook and, unless --dry-run, import it all at once or not at all."""
    from desktop.excel.people import roster_import

    with open_db(args, create=True) as db:
        preview = roster_import.read_roster(db, args.file)
        print(f"读取的工作表：{preview.sheet}")
        problems = preview.problems
        for problem in problems:
            print(problem)
        existing = preview.count(roster_import.EXISTING)
        print(f"共 {len(preview.rows)} 行：可新增 {preview.count(roster_import.NEW)}，"
              f"已登记 {existing}，有错误 {preview.count('error')}（{len(problems)} 处）；"
              f"跳过示例行 {preview.skipped_examples}")
        if problems:
            raise roster_import.RosterError(
                f"名册有{len(problems)}处错误，未导入任何人员；第一处：{problems[0]}")
        if args.dry_run:
            action = "更新" if args.update_existing else "跳过"
            print(f"试运行：未写入。导入时将新增 {preview.count(roster_import.NEW)} 人，"
                  f"{action}已登记的 {existing} 人")
            return EXIT_OK
        result = roster_import.apply(db, preview, actor=CLI_ACTOR,
                                     on_existing="update" if args.update_existing else "skip")
    print(f"已导入：新增 {result.created} 人，更新 {result.updated} 人，"
          f"跳过已登记 {result.skipped} 人")
    return EXIT_OK


def _month_arg(args: argparse.Namespace) -> str:
    """The --month value, checked before the database is opened (a bad month writes nothing)."""
    from desktop.models.attendance.attendance_month import month_days, normalise_month

    month = normalise_month(args.month)
    if month_days(month)[0] > args.clock.today().isoformat():
        raise OptionError(f"--month {month} 还没有到：只能查看本月和以前的月份")
    return month


def cmd_attendance_summary(args: argparse.Namespace) -> int:
    """A month's attendance figures: 人次, members, days open, average per day, by programme."""
    from desktop.models.attendance import attendance_month

    month = _month_arg(args)
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


def cmd_subsidy(args: argparse.Namespace) -> int:
    """The month's rehab labour subsidy: per 职康站 member days and amount, and the total."""
    from desktop.models.subsidy import subsidy

    month = _month_arg(args)
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


def cmd_export_month(args: argparse.Namespace) -> int:
    """The monthly workbook for the district federation (format: docs/workbook.md), with the
    month's next revision (`warmhome month status`); the export is logged."""
    from desktop.excel.reporting import monthly_workbook
    from desktop.excel.workbook_file import xlsx_file_or_none
    from desktop.models.attendance.attendance_month import normalise_month
    from desktop.models.reporting.indicators import check_month

    # A bad or future month, or a missing folder, is refused before the database is opened.
    # A month typed full-width (２０２６-１０) is cleaned first, so the file name, the
    # workbook and the export log all carry 2026-10.
    month = check_month(normalise_month(args.month), args.clock.today())
    out = Path(args.out)
    xlsx_file_or_none(out)  # a folder, or a name ending in .xlsx
    with open_db(args) as db:
        result = monthly_workbook.export_monthly_workbook(db, month, out,
                                                          generated_by=CLI_ACTOR.username,
                                                          actor=CLI_ACTOR)
    for finding in result.report.warnings:
        print(f"警告：{finding.message}", file=sys.stderr)
    print(f"版本号：v{result.revision}", file=sys.stderr)
    print(result.path)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the GUI start: no subcommand opens the window)."""
    db_help = (f"数据库文件（默认：用户数据目录；环境变量 {locations.DB_ENV}）。文件不存在时报错，"
               "只有 demo、users add、people add、people import、restore 会新建")
    top_common = argparse.ArgumentParser(add_help=False)
    top_common.add_argument("--db", metavar="PATH", help=db_help)
    # Subcommands accept --db too; SUPPRESS keeps them from resetting a --db given before them.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser = _Parser(
        prog="warmhome", parents=[top_common],
        description="温馨家园工作台 Warm Home desktop。不带子命令时打开图形界面。")
    parser.add_argument("--version", action="version", version=f"warmhome {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="打开图形界面并在登录后打开签到台（签到台账户总是直接进入签到台）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_admin_commands(sub, common)
    add_month_commands(sub, common)

    p = subcommand(sub, "demo", common, "向空数据库载入演示数据")
    p.add_argument("--seed", type=_int_arg, default=2016)
    p.add_argument("--members", type=_positive, default=400)
    p.add_argument("--years", type=_positive, default=10)
    p.add_argument("--today", type=_date_arg, default=None, help="YYYY-MM-DD")
    p.add_argument("--street", choices=XICHENG_STREETS, default=XICHENG_STREETS[0],
                   help="演示中心所在的西城区街道（每个街道一个中心，用于试验全区汇总）")
    p.set_defaults(func=cmd_demo)

    p_people = subcommand(sub, "people", common, "人员登记")
    people_sub = p_people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    p = subcommand(people_sub, "list", common, "列出人员（证件号、电话已脱敏）")
    p.add_argument("--search", metavar="Q",
                   help="姓名、拼音首字母、全拼、证件号后4位以上、电话、卡号")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--archived", action="store_true", help="包括已归档人员")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_people_list)

    p = subcommand(people_sub, "add", common, "登记一个人员")
    p.add_argument("--name", required=True)
    p.add_argument("--role", action="append", choices=("member", "volunteer"),
                   help="member 或 volunteer，可重复；家属用 --guardian-of")
    p.add_argument("--id", metavar="ID_NUMBER")
    p.add_argument("--sex", choices=("男", "女"))
    p.add_argument("--birth", metavar="YYYY-MM-DD")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--street")
    p.add_argument("--community")
    p.add_argument("--emergency-contact")
    p.add_argument("--emergency-phone")
    p.add_argument("--notes")
    p.add_argument("--cert", metavar="CERT_NUMBER")
    p.add_argument("--programme", action="append", choices=PROGRAMMES)
    p.add_argument("--joined", metavar="YYYY-MM-DD")
    p.add_argument("--card")
    p.add_argument("--volunteer-number")
    p.add_argument("--organisation")
    p.add_argument("--guardian-of", type=_int_arg, action="append", metavar="MEMBER_ID")
    p.add_argument("--relation")
    p.set_defaults(func=cmd_people_add)

    p = subcommand(people_sub, "archive", common, "归档一个人员（需填写原因）")
    p.add_argument("person_id", type=_int_arg)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_people_archive)

    p = subcommand(people_sub, "template", common,
                    "生成空白的会员名册模板（xlsx，带下拉列表和示例行）")
    p.add_argument("--out", required=True, metavar="FILE", help="保存为此 xlsx 文件")
    p.set_defaults(func=cmd_people_template)

    p = subcommand(people_sub, "import", common,
                    "导入会员名册（xlsx）：先检查每一行，全部正确才一次写入，否则不写入")
    p.add_argument("file", metavar="FILE",
                   help="名册文件（模板，或有相同列名的 xlsx）：读取名为“会员名册”的工作表，"
                        "没有时读取当前工作表或第一个可见的工作表，从不读取隐藏的工作表")
    p.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入")
    p.add_argument("--update-existing", action="store_true",
                   help="身份证号已登记的人员用名册内容更新（默认跳过）")
    p.set_defaults(func=cmd_people_import)
    add_not_seen_commands(people_sub, common)

    p_attendance = subcommand(sub, "attendance", common, "签到")
    attendance_sub = p_attendance.add_subparsers(dest="attendance_command", metavar="ACTION",
                                                 required=True)
    p = subcommand(attendance_sub, "summary", common,
                    "一个月的签到汇总：人次、人数、开放天数、日均人次，按服务项目")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attendance_summary)

    p = subcommand(sub, "subsidy", common,
                    "一个月的职业康复劳动训练生活补助：职康站会员的计补天数和金额（证件号脱敏）")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_subsidy)

    p = subcommand(sub, "export-month", common,
                    "导出报区残联的月报工作簿（汇总、明细、校验；有错误时不导出）")
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="文件夹（使用标准文件名）或以 .xlsx 结尾的文件路径")
    p.set_defaults(func=cmd_export_month)
    add_consolidate_commands(sub, common)

    return parser


def _describe(exc: WarmHomeError) -> str:
    if isinstance(exc, ValidationError):
        # The messages name their field already (身份证号…, 联系电话…).
        return "；".join(exc.fields.values())
    if isinstance(exc, DuplicateError):
        return f"{exc.message}（已有人员编号 {exc.existing_id}）"
    return exc.message


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no subcommand, open the GUI. Returns the exit code."""
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    # The one clock of the command: every date and time it reads or records comes from it.
    args.clock = SystemClock()
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(db_path=args.db, kiosk=args.kiosk, clock=args.clock)
    try:
        return int(args.func(args))
    except WarmHomeError as exc:
        print(f"warmhome: 错误：{_describe(exc)}", file=sys.stderr)
        if isinstance(exc, OptionError):
            return EXIT_USAGE
        return EXIT_UNHEALTHY if isinstance(exc, CliError) else EXIT_ERROR
    except KeyboardInterrupt:
        print("warmhome: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`warmhome people list | head`): that is not a failure.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"warmhome: 错误：{exc.strerror or exc}（{exc.filename or ''}）", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:
        # Damage that only shows when a page is read (opening checks the header and schema),
        # or a disk that filled up or went read-only meanwhile: told apart as when opening.
        path = locations.default_db_path(args.db)
        print(f"warmhome: 错误：{explain_failure(path, exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        return unexpected_failure(args)  # an error in the program: logged, one line here


if __name__ == "__main__":
    sys.exit(main())
