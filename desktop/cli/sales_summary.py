"""`warmhome sales summary --month YYYY-MM [--json]`: a month of handicraft sales (希联圆梦)
for scripts and the district, the same figures as the monthly report's 希联圆梦 rows.

The handler and its arguments live here; the ``sales`` group (``desktop/cli/sales.py``)
declares the command. ``--json`` prints one object with ``month``, ``sales`` (valid sales),
``items`` (items sold less returned), ``revenue_fen`` (sales less refunds), ``refunds_fen``,
``material_cost_fen``, ``maker_income_fen``, ``by_payment`` (each method → fen, sales less
their refunds: they add up to ``revenue_fen``), ``split_rule`` and ``makers`` (each
``person_id``, ``name``, ``items``, ``revenue_fen``, ``material_cost_fen``, ``share_fen``,
``paid_on`` or null). Money in integer fen. Without ``--json``: a table of the makers and a
line of totals, money in 元.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import month_arg
from desktop.cli.common import EXIT_OK, open_db


def cmd_sales_summary(args: argparse.Namespace) -> int:
    """The month's sales and makers' income, as text or JSON."""
    from desktop.models.money import format_yuan
    from desktop.models.sales.income_summary import month_summary

    month = month_arg(args)
    with open_db(args) as db:
        summary = month_summary(db, month)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\t".join(["编号", "姓名", "售出件数", "销售收入（元）", "材料成本（元）",
                     "应得收入（元）", "发放日期"]))
    for m in summary.makers:
        print("\t".join([str(m.person_id), m.name, str(m.items), format_yuan(m.revenue_fen),
                         format_yuan(m.material_cost_fen), format_yuan(m.share_fen),
                         m.payout.paid_on if m.payout else "未发放"]))
    payments = "，".join(f"{method} {format_yuan(fen)}"
                         for method, fen in summary.by_payment.items() if fen)
    print(f"{month} 希联圆梦：销售 {summary.sales} 笔，售出 {summary.items} 件，"
          f"销售收入 {format_yuan(summary.revenue_fen)} 元（已减退款"
          f" {format_yuan(summary.refunds_fen)} 元），制作者收入"
          f" {format_yuan(summary.maker_income_fen)} 元"
          + (f"；{payments}" if payments else ""))
    return EXIT_OK


def add_summary_arguments(p: argparse.ArgumentParser) -> None:
    """``--month YYYY-MM`` (required) and ``--json``."""
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：month、sales、items、revenue_fen、by_payment、makers 等")
