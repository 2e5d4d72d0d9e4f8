"""`warmhome training …`: vocational training (职业培训) for scripts and the district.

- ``training summary --month YYYY-MM [--json]``: the month's figures, the same as the
  monthly workbook's (:mod:`desktop.cli.training_summary`).
- ``training certificate ENROLMENT_ID --out FILE.pdf``: the trainee's completion
  certificate (结业证书) as an A4 PDF, written atomically. The first time it is numbered
  and put in the register (as the 职业培训 page's 结业 tab does); when the trainee already
  has one, it is printed again with the same number, counted as a reprint and marked 补打.
  A trainee who has not completed, an unknown enrolment, a centre without its code, an
  ``--out`` that is not a .pdf (exit 2, a usage error), whose folder does not exist or that
  already exists (exit 1: a certificate already printed is never replaced, as the subsidy
  payout sheet; name another file) is one line on stderr and nothing is written (neither the
  file nor the register).

The command line acts as an administrator (``CLI_ACTOR``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli.arguments import positive_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.cli.training_summary import add_summary_arguments
from desktop.models.admin.permissions import CLI_ACTOR


def cmd_training_certificate(args: argparse.Namespace) -> int:
    """Issue the trainee's certificate, or reprint it (补打), and write it as a PDF."""
    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise OptionError(f"--out 应为 .pdf 文件：{args.out}")
    # Checked before the register is touched: a certificate numbered but never written
    # would make the next run a reprint.
    from desktop.excel.workbook_file import ExportError
    from desktop.models.messages import QT_TRANSLATE_NOOP, Message

    if not target.parent.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "保存失败：文件夹 {folder} 不存在"), folder=target.parent))
    if target.exists():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "文件已存在，未覆盖：{target}"), target=target))
    # Printing needs Qt, but no screen: imported only here, so the other commands stay light.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.models.training import certificates
    from desktop.ui.training.certificate_print import write_certificate_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    with open_db(args) as db:
        existing = certificates.certificate_of(db, args.enrolment_id)
        if existing is None:
            data = certificates.issue_certificate(db, args.enrolment_id, actor=CLI_ACTOR)
        else:
            data = certificates.reprint_certificate(db, existing, actor=CLI_ACTOR)
    written = write_certificate_pdf(data, target)
    del app
    how = f"补打（第 {data.reprints} 次）" if data.reprint else "已发"
    print(f"{how} {data.name} 的结业证书 {data.number}（{data.course_name}，"
          f"出勤率 {data.percent}，{data.hours} 学时）：{written}")
    return EXIT_OK


def _certificate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("enrolment_id", type=positive_arg, metavar="ENROLMENT_ID",
                   help="学员的报名编号（职业培训页“结业”一栏可见）")
    p.add_argument("--out", required=True, metavar="FILE.pdf",
                   help="证书存为这个 PDF 文件（不覆盖已有文件）")


COMMANDS = (
    Group("training", 99, "职业培训"),
    Command("summary", 10, "一个月的职业培训：在办课程、课次、参加人数、培训人时、结业、就业安置",
            "desktop.cli.training_summary:cmd_training_summary", add_summary_arguments,
            group="training"),
    Command("certificate", 20, "打印一位学员的结业证书（首次编号登记，已发过的补打）并存为 PDF",
            "desktop.cli.training:cmd_training_certificate", _certificate_arguments,
            group="training"),
)
