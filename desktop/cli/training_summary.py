"""`warmhome training summary --month YYYY-MM [--json]`: a month of vocational training
(职业培训) for scripts and the district, the same figures as the monthly report's 职业培训 rows
and sheet (:func:`desktop.models.training.figures.month_figures`).

The handler and its arguments live here; the ``training`` group (``desktop/cli/training.py``)
declares the command. ``--json`` prints one object: ``month``, ``courses`` (courses running),
``sessions`` (held, not cancelled, up to today), ``trainees`` (distinct people who attended),
``training_minutes``, ``training_hours`` (人时, one decimal), ``completions``, ``placements``,
``employed_at_6_months``. Without ``--json``: one line of the same figures in Chinese.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.arguments import month_arg
from desktop.cli.common import EXIT_OK, open_db


def cmd_training_summary(args: argparse.Namespace) -> int:
    """The month's training figures, as text or JSON."""
    from desktop.models.training.figures import month_figures

    month = month_arg(args)
    with open_db(args) as db:
        figures = month_figures(db, month)
    if args.json:
        print(json.dumps(figures.as_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{month} 职业培训：在办课程 {figures.courses} 个，上课 {figures.sessions} 次，"
          f"参加培训 {figures.trainees} 人，培训 {figures.training_hours} 人时，"
          f"结业 {figures.completions} 人，就业安置 {figures.placements} 人，"
          f"就业满6个月仍在岗 {figures.employed_at_6_months} 人")
    return EXIT_OK


def add_summary_arguments(p: argparse.ArgumentParser) -> None:
    """``--month YYYY-MM`` (required) and ``--json``."""
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true",
                   help="输出 JSON：month、courses、sessions、trainees、training_hours、"
                        "completions、placements 等")
