"""`warmhome volunteers …`: volunteer service hours (志愿服务时长) for scripts and the district.

- ``volunteers hours --month YYYY-MM [--json]``: the month's ledger, the same hours as the
  志愿服务 page's 服务时长 tab: an object with ``month``, ``volunteers`` (with service in the
  month), ``shifts`` (not cancelled), ``hours``, ``no_shows`` (sign-ups marked no-show) and
  ``rows`` (each ``person_id``, ``name``, ``volunteer_number``, ``hours``,
  ``cumulative_hours``, ``star``) for every volunteer in the ledger. Hours are numbers with
  one decimal.
- ``volunteers certificate PERSON_ID --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf
  --handler NAME``: issues a numbered 志愿服务证明 for the volunteer's recorded hours in the
  period (in the register, as the 服务证明 tab does) with NAME as its 经办人 and writes it as
  an A4 PDF, atomically; a missing handler, a period without hours or ending after today, a
  period already certified (the number to reprint is named), an unknown person or a folder
  that does not exist is one line on stderr and nothing is written.
- ``volunteers export --month YYYY-MM --out FILE.xlsx``: the month's service records for
  志愿北京 (one row per service entry, the columns of the setting
  ``volunteer.platform_columns``; see ``desktop.excel.volunteers.platform_export``), written
  atomically; ``--out`` may also be an existing folder (the file is then
  ``志愿服务记录-YYYY-MM.xlsx`` in it). Volunteers without a 志愿北京 number are named on
  stdout after the file so staff can add it; the exit status is still 0.

The command line acts as an administrator (``CLI_ACTOR``).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from desktop.cli.arguments import date_arg, month_arg, positive_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.models.admin.permissions import CLI_ACTOR


def _hours(minutes: int) -> float:
    return round(minutes / 60, 1)


def cmd_volunteers_hours(args: argparse.Namespace) -> int:
    """The month's hours ledger, as text or JSON."""
    from desktop.models.volunteers import ledger

    month = month_arg(args)
    with open_db(args) as db:
        rows = ledger.month_ledger(db, month, actor=CLI_ACTOR)
        counts = ledger.month_counts(db, month)
    served = [r for r in rows if r.minutes]
    total = sum(r.minutes for r in rows)
    if args.json:
        print(json.dumps({
            "month": month, "volunteers": len(served), "shifts": counts["shifts"],
            "hours": _hours(total), "no_shows": counts["no_shows"],
            "rows": [{"person_id": r.person_id, "name": r.name,
                      "volunteer_number": r.volunteer_number, "hours": _hours(r.minutes),
                      "cumulative_hours": _hours(r.cumulative_minutes), "star": r.star}
                     for r in rows]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\t".join(["编号", "姓名", "志愿者编号", "本月时长", "累计时长", "星级"]))
    for r in rows:
        print("\t".join([str(r.person_id), r.name, r.volunteer_number,
                         f"{_hours(r.minutes):.1f}", f"{_hours(r.cumulative_minutes):.1f}",
                         str(r.star)]))
    print(f"{month} 志愿服务：{len(served)} 人服务，{_hours(total):.1f} 小时；"
          f"班次 {counts['shifts']} 个，未到 {counts['no_shows']} 人次")
    return EXIT_OK


def _hours_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：month、volunteers、shifts、hours、no_shows、rows")


def cmd_volunteers_certificate(args: argparse.Namespace) -> int:
    """Issue a certificate and write it as a PDF."""
    # The command line's account is a machine name, never printed: the paper names the
    # person handling it (--handler), or leaves the 经办人 blank to be written by hand.
    if args.handler is not None and not args.handler.strip():
        raise OptionError("--handler 不能为空：写明经办人的姓名（印在证明的“经办人”一栏），"
                          "如 --handler 王芳；不写这一项则留空，由经办人手写")
    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise OptionError(f"--out 应为 .pdf 文件：{args.out}")
    if not target.parent.is_dir():
        raise OptionError(f"保存失败：文件夹 {target.parent} 不存在")
    # Printing needs Qt, but no screen: imported only here, so the other commands stay light.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.models.volunteers import certificates
    from desktop.ui.volunteers.certificate_print import write_certificate_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    with open_db(args) as db:
        issued = certificates.issue(db, args.person_id, args.start.isoformat(),
                                    args.end.isoformat(), actor=CLI_ACTOR,
                                    handler=args.handler if args.handler is not None
                                    else certificates.BY_HAND)
    written = write_certificate_pdf(issued, target)
    del app
    print(f"已出具 {issued.name} 的志愿服务证明 {issued.number}（{issued.period_from} 至 "
          f"{issued.period_to}，{issued.hours} 小时）：{written}")
    return EXIT_OK


def _certificate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("person_id", type=positive_arg, metavar="PERSON_ID", help="志愿者的人员编号")
    p.add_argument("--from", dest="start", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="证明存为这个 PDF 文件")
    p.add_argument("--handler", metavar="NAME",
                   help="经办人姓名，印在证明上；不写则“经办人”一栏留空，由经办人手写")


def cmd_volunteers_export(args: argparse.Namespace) -> int:
    """The month's service records for 志愿北京 as a workbook."""
    from desktop.excel.volunteers.platform_export import export_platform
    from desktop.excel.workbook_file import xlsx_file_or_none

    month = month_arg(args)
    target = xlsx_file_or_none(args.out) or Path(args.out) / f"志愿服务记录-{month}.xlsx"
    with open_db(args) as db:
        result = export_platform(db, CLI_ACTOR, month, target)
    people = len({r.person_id for r in result.records})
    print(f"已导出 {month} 的 {len(result.records)} 条志愿服务记录（{people} 人，"
          f"{_hours(result.minutes):.1f} 小时）到 {result.path}")
    if result.missing_numbers:
        names = "、".join(f"{m.name}（人员编号 {m.person_id}）" for m in result.missing_numbers)
        print(f"以下 {len(result.missing_numbers)} 位志愿者没有志愿北京编号，编号一栏为空："
              f"{names}；请在“人员登记”中补上后重新导出")
    return EXIT_OK


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE.xlsx",
                   help="存为这个 .xlsx 文件（或已有的文件夹）")


COMMANDS = (
    Group("volunteers", 97, "志愿服务"),
    Command("hours", 10, "一个月的志愿服务时长台账：每位志愿者本月时长、累计时长、星级；"
                         "服务人数、班次、未到",
            "desktop.cli.volunteers:cmd_volunteers_hours", _hours_arguments,
            group="volunteers"),
    Command("certificate", 20, "为一位志愿者出具一段期间的志愿服务证明（编号登记）并存为 PDF",
            "desktop.cli.volunteers:cmd_volunteers_certificate", _certificate_arguments,
            group="volunteers"),
    Command("export", 30, "把一个月的志愿服务记录导出为志愿北京用的 Excel（每条服务一行）",
            "desktop.cli.volunteers:cmd_volunteers_export", _export_arguments,
            group="volunteers"),
)
