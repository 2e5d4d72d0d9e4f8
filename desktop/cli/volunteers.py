"""`warmhome volunteers …`: volunteer service hours (志愿服务时长) for scripts and the district.

- ``volunteers hours --month YYYY-MM [--json]``: the month's ledger, the same hours as the
  志愿服务 page's 服务时长 tab: an object with ``month``, ``volunteers`` (with service in the
  month), ``shifts`` (not cancelled), ``hours``, ``no_shows`` (sign-ups marked no-show) and
  ``rows`` (each ``person_id``, ``name``, ``volunteer_number``, ``hours``,
  ``cumulative_hours``, ``star``) for every volunteer in the ledger. Hours are numbers with
  one decimal. The command line acts as an administrator (``CLI_ACTOR``).
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import month_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, open_db
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
          f"班次 {counts['shifts']} 个，缺勤 {counts['no_shows']} 人次")
    return EXIT_OK


def _hours_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：month、volunteers、shifts、hours、no_shows、rows")


COMMANDS = (
    Group("volunteers", 97, "志愿服务"),
    Command("hours", 10, "一个月的志愿服务时长台账：每位志愿者本月时长、累计时长、星级；"
                         "服务人数、班次、缺勤",
            "desktop.cli.volunteers:cmd_volunteers_hours", _hours_arguments,
            group="volunteers"),
)
