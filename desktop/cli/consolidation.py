"""`warmhome consolidate`: the district's workbook from many centres' monthly workbooks.

--out never replaces an input or any existing file that is not a district workbook this
program wrote (refused with one line on stderr before anything is read or written).

Exit 0 when the district workbook was written, even if some input files were refused (they
are listed, with the reason, on stdout and in the workbook's 问题 sheet); non-zero with one
line on stderr when nothing could be written, including when no file was accepted (the
refusals are still listed first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.commands import Command
from desktop.cli.common import EXIT_OK
from desktop.models import locations
from desktop.models.db import open_database
from desktop.models.text_input import compact

if TYPE_CHECKING:
    from desktop.excel.reporting.consolidation import Consolidation
    from desktop.models.reporting.centre_keys import KnownKey
    from desktop.models.reporting.district import ExpectedCentre


def _expected(args: argparse.Namespace) -> tuple[list[ExpectedCentre], str]:
    """The expected centres and where they came from: --expected FILE wins over the list
    stored in the database; a database that does not exist is not created for this."""
    if args.expected:
        from desktop.excel.reporting.expected_centres import read_expected_file

        return read_expected_file(args.expected), f"名单文件 {args.expected}"
    path = locations.default_db_path(args.db)
    if not path.exists():
        return [], ""
    from desktop.models.reporting.district import load_expected

    with open_database(path, clock=args.clock) as db:
        return load_expected(db), f"数据库 {path} 中保存的名单"


def _keys(args: argparse.Namespace) -> dict[str, list[KnownKey]]:
    """The district's register of centres' public keys (empty without a database: every
    signed file is then trusted on first use, with the warning, and nothing is stored)."""
    path = locations.default_db_path(args.db)
    if not path.exists():
        return {}
    from desktop.models.reporting.centre_keys import known_keys

    with open_database(path, clock=args.clock) as db:
        return known_keys(db)


def _trust_first_use(args: argparse.Namespace, result: Consolidation) -> None:
    """Register the keys of accepted centres that had none on file, and say so loudly."""
    new = [c for c in result.centres if c.first_use]
    if not new:
        return
    path = locations.default_db_path(args.db)
    if path.exists():
        from desktop.models.admin.permissions import CLI_ACTOR
        from desktop.models.reporting.centre_keys import trust_first_use

        with open_database(path, clock=args.clock) as db:
            for centre in new:
                trust_first_use(db, centre.code, centre.signing_key, by=CLI_ACTOR.username)
    stored = "已登记为该中心的公钥" if path.exists() else "未登记（没有数据库）"
    for centre in new:
        print(f"warmhome: 注意：首次收到 {centre.code} {centre.name} 的签名月报，签名公钥指纹 "
              f"{centre.key_fingerprint}，{stored}；请打电话与中心核对其 设置 中显示的指纹，"
              "不一致时用 warmhome keys revoke 停用并导入中心的公钥文件", file=sys.stderr)


def cmd_consolidate(args: argparse.Namespace) -> int:
    """Consolidate the inputs for --month into --out and print a summary."""
    from desktop.excel.reporting.consolidation import (
        ACCEPTED,
        DUPLICATE,
        SUPERSEDED,
        check_consolidation_month,
        consolidate,
    )
    from desktop.excel.reporting.consolidation_input import input_files
    from desktop.excel.reporting.consolidation_output import check_target, write_consolidation

    month = check_consolidation_month(compact(args.month), args.clock.today())
    # Refuse what would make the run useless, or replace an input or any file that is not
    # an earlier district workbook, before reading any file.
    check_target(args.out, args.inputs)
    expected, source = _expected(args)
    out = Path(args.out)
    # Last run's district workbook (the only existing file --out may name, checked above),
    # when --out lies inside an input folder, is no report.
    inputs = [f for f in input_files(args.inputs)
              if not (out.exists() and f.exists() and f.samefile(out))]
    result = consolidate(inputs, month, expected or None, clock=args.clock, keys=_keys(args))
    for outcome in result.outcomes:
        if outcome.status != ACCEPTED:
            print(f"{outcome.status_label}：{outcome.path}：{outcome.reason}")
    # Every file refused: exit 1 with one line, and no district workbook.
    result.require_accepted()
    written = write_consolidation(result, out)
    _trust_first_use(args, result)
    completeness = result.completeness()
    print(f"{month}：采用 {result.count(ACCEPTED)} 个文件，未采用 {len(result.rejected)} 个，"
          f"旧版 {result.count(SUPERSEDED)} 个，重复 {result.count(DUPLICATE)} 个；"
          f"{completeness.summary()}" + (f"（{source}）" if source else ""))
    if completeness.missing:
        print("未报：" + "、".join(f"{r.code} {r.name}".strip() for r in completeness.missing))
    if completeness.problems:
        print("有问题（未采用）：" + "、".join(f"{r.code} {r.name}".strip()
                                          for r in completeness.problems))
    print(written)
    return EXIT_OK


def _consolidate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="以 .xlsx 结尾的文件，或已有的文件夹（文件名为 {区}_{YYYY-MM}_汇总.xlsx）；"
                        "已有的文件只在它是本软件生成的区汇总表时才会被替换")
    p.add_argument("--expected", metavar="FILE",
                   help="应报中心名单：txt/csv（每行 编码[,名称[,街道]]）或 xlsx（列 中心编码、"
                        "中心名称、街道）；不给时使用数据库中保存的名单")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="月报文件，或存放月报的文件夹")


COMMANDS = (
    Command("consolidate", 120,
            "区残联：把各中心的月报工作簿汇总为一个区汇总工作簿（汇总、完成情况、问题）",
            "desktop.cli.consolidation:cmd_consolidate", _consolidate_arguments),
)
