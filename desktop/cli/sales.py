"""`warmhome sales …`: handicraft sales (希联圆梦) for scripts, and a bazaar laptop's file
round trip (义卖展销).

At the centre:

- ``sales bazaar-export --out FILE [--place TEXT] [--day YYYY-MM-DD] [--take CODE=N …]``:
  writes a bazaar package (the catalogue, the stock taken along, a key) atomically and records
  the stock taken along as consigned to the bazaar, in one transaction. Without ``--take`` it
  takes along the whole stock on hand of every product on sale; each ``--take CODE=N`` (the
  product code on its label, any number of times) takes N items of that product instead.
  ``--place`` defaults to 义卖展销, ``--day`` to today.
- ``sales bazaar-import FILE``: imports the laptop's sales file; prints how many sales were
  added, how many skipped as already imported (with those voided or refunded on the laptop
  since an earlier import, whose void or refund is added), the unsold items taken back, and
  one line per item that needs settling (sold beyond what was taken along, a price changed
  meanwhile). Importing the same file again adds nothing. A file that is truncated, edited, or from
  another centre is one line on stderr (exit 1) and nothing is written.
- ``sales bazaar-issues [--all]``: the items still to settle (with ``--all`` the settled ones
  too, with their notes), one line each, numbered as ``bazaar-settle`` takes them.
- ``sales bazaar-settle ISSUE_ID --note TEXT``: marks one item settled with staff's note.

On the laptop:

- ``sales bazaar-open PACKAGE --db NEW.db``: creates the laptop's own database from the package
  (the catalogue, the stock taken along, the centre): one of the commands that create a
  database; refused on a database that already holds products.
- ``sales bazaar-return --out FILE``: writes every sale made on the laptop as a signed file
  for the centre to import (as often as wanted: each sale is imported once).

The command line acts as an administrator (``CLI_ACTOR``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.arguments import date_arg, positive_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.cli.sales_summary import add_summary_arguments
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.money import format_yuan

DEFAULT_PLACE = "义卖展销"


def _take(text: str) -> tuple[str, int]:
    code, sep, amount = text.partition("=")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(f"--take 应写成 商品编码=件数，如 20000017=5：{text}")
    return code.strip(), positive_arg(amount)


def cmd_bazaar_export(args: argparse.Namespace) -> int:
    """Export a bazaar package."""
    from desktop.models.sales import bazaar_package, catalogue

    day = args.day or args.clock.today()
    with open_db(args) as db:
        if args.take:
            take: dict[int, int] = {}
            for code, amount in args.take:
                product = catalogue.find_by_code(db, code)
                if product is None or product.archived:
                    raise OptionError(f"--take {code}：没有这个编码的在售商品")
                take[product.id] = take.get(product.id, 0) + amount
        else:
            take = bazaar_package.current_stock(db)
            if not take:
                raise OptionError("没有库存可带去义卖：请先登记入库，或用 --take 指定商品")
        result = bazaar_package.export_package(db, Path(args.out), args.place, day, take,
                                               actor=CLI_ACTOR)
    print(f"已导出义卖包 {result.package_id}（{result.day} {result.place}）到 {result.path}："
          f"目录 {result.catalogue} 种商品，带出 {result.products_taken} 种共 "
          f"{result.items_taken} 件（已记为寄售出库）")
    return EXIT_OK


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="义卖包存为这个文件")
    p.add_argument("--place", default=DEFAULT_PLACE, metavar="TEXT",
                   help=f"义卖地点（默认：{DEFAULT_PLACE}）")
    p.add_argument("--day", type=date_arg, metavar="YYYY-MM-DD", help="义卖日期（默认：今天）")
    p.add_argument("--take", type=_take, action="append", metavar="CODE=N",
                   help="带出 N 件该编码的商品（可多次）；不写则带出全部在售商品的现有库存")


def cmd_bazaar_import(args: argparse.Namespace) -> int:
    """Import a laptop's sales file and print the report."""
    from desktop.models.sales import bazaar_import

    with open_db(args) as db:
        report = bazaar_import.import_return(db, Path(args.file), actor=CLI_ACTOR)
    print(f"已导入 {Path(args.file).name}（{report.day} {report.place}）：新增 {report.added} "
          f"笔销售，已导入过跳过 {report.skipped} 笔，收回未售 {report.returned_items} 件，"
          f"待处理 {len(report.issues)} 项")
    if report.updated:
        print(f"其中 {report.updated} 笔在上次导入后又在义卖电脑上作废或退款，已补记")
    for issue in report.issues:
        print(f"待处理 #{issue.id}\t{_issue_text(issue)}")
    return EXIT_OK


def _issue_text(issue: object) -> str:
    from desktop.models.sales.bazaar_import import Issue

    assert isinstance(issue, Issue)
    if issue.kind == "shortfall":
        return (f"{issue.sale_day} 销售单 {issue.sale_uid}：{issue.product} 超出带出数量 "
                f"{issue.quantity} 件")
    return (f"{issue.sale_day} 销售单 {issue.sale_uid}：{issue.product} 义卖价 "
            f"{format_yuan(issue.bazaar_price_fen)} 元，中心现价 "
            f"{format_yuan(issue.centre_price_fen)} 元（{issue.quantity} 件）")


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="义卖电脑导出的销售文件")


def cmd_bazaar_issues(args: argparse.Namespace) -> int:
    """List the items to settle (or all of them)."""
    from desktop.models.sales import bazaar_import

    with open_db(args) as db:
        issues = bazaar_import.list_issues(db, include_settled=args.all)
    for issue in issues:
        state = ("待处理" if issue.settled_at is None
                 else f"已处理（{issue.settled_by}：{issue.settle_note}）")
        print(f"#{issue.id}\t{issue.bazaar_day} {issue.place}\t{_issue_text(issue)}\t{state}")
    open_count = sum(1 for i in issues if i.settled_at is None)
    print(f"待处理 {open_count} 项" + (f"，已处理 {len(issues) - open_count} 项" if args.all
                                      else ""))
    return EXIT_OK


def _issues_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--all", action="store_true", help="也列出已处理的事项及处理说明")


def cmd_bazaar_settle(args: argparse.Namespace) -> int:
    """Settle one issue with a note."""
    from desktop.models.sales import bazaar_import

    with open_db(args) as db:
        bazaar_import.settle_issue(db, args.issue_id, args.note, actor=CLI_ACTOR)
    print(f"待处理 #{args.issue_id} 已处理：{args.note.strip()}")
    return EXIT_OK


def _settle_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("issue_id", type=positive_arg, metavar="ISSUE_ID",
                   help="bazaar-import 列出的待处理编号")
    p.add_argument("--note", required=True, metavar="TEXT", help="处理说明")


def cmd_bazaar_open(args: argparse.Namespace) -> int:
    """Create the laptop's database from a package."""
    from desktop.models.sales import bazaar_laptop

    with open_db(args, create=True) as db:
        who = bazaar_laptop.open_package(db, Path(args.package), actor=CLI_ACTOR)
        products = int(db.scalar("SELECT count(*) FROM sales_product"))
        items = int(db.scalar("SELECT coalesce(sum(quantity), 0) FROM sales_stock_movement"))
    print(f"已打开中心 {who.centre_code} 的义卖包（{who.day} {who.place}）：{products} 种商品，"
          f"带出 {items} 件；销售后用 sales bazaar-return 导出销售文件")
    return EXIT_OK


def _open_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("package", metavar="PACKAGE", help="中心导出的义卖包文件")


def cmd_bazaar_return(args: argparse.Namespace) -> int:
    """Write the laptop's sales file."""
    from desktop.models.sales import bazaar_laptop

    with open_db(args) as db:
        result = bazaar_laptop.write_return(db, Path(args.out), actor=CLI_ACTOR)
    print(f"已导出义卖销售 {result.sales} 笔（其中作废 {result.voided} 笔）到 {result.path}："
          "请带回中心用 sales bazaar-import 导入")
    return EXIT_OK


def _return_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="销售文件存为这个文件")


COMMANDS = (
    Group("sales", 98, "希联圆梦手工品销售"),
    Command("summary", 30, "一个月的手工品销售和制作者收入：笔数、件数、收入、各付款方式、"
            "每位制作者的应得收入", "desktop.cli.sales_summary:cmd_sales_summary",
            add_summary_arguments, group="sales"),
    Command("bazaar-export", 50, "导出义卖包（商品目录、带出的库存）给义卖电脑，带出的库存记为寄售",
            "desktop.cli.sales:cmd_bazaar_export", _export_arguments, group="sales"),
    Command("bazaar-import", 60, "导入义卖电脑带回的销售文件：每笔销售只导入一次，列出待处理事项",
            "desktop.cli.sales:cmd_bazaar_import", _import_arguments, group="sales"),
    Command("bazaar-issues", 65, "列出义卖导入发现的待处理事项（--all 含已处理的）",
            "desktop.cli.sales:cmd_bazaar_issues", _issues_arguments, group="sales"),
    Command("bazaar-settle", 70, "处理一项义卖待处理事项（写明处理说明）",
            "desktop.cli.sales:cmd_bazaar_settle", _settle_arguments, group="sales"),
    Command("bazaar-open", 80, "在义卖电脑上用义卖包新建数据库（--db 指定新文件）",
            "desktop.cli.sales:cmd_bazaar_open", _open_arguments, group="sales"),
    Command("bazaar-return", 90, "在义卖电脑上导出全部义卖销售，带回中心导入",
            "desktop.cli.sales:cmd_bazaar_return", _return_arguments, group="sales"),
)
