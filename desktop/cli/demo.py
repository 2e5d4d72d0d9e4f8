"""`warmhome demo`: fill an empty database with demo data (every capability's declared step)."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import date_arg, int_arg, positive_arg
from desktop.cli.commands import Command
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.models.admin.centre import XICHENG_STREETS


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


def add_demo_arguments(p: argparse.ArgumentParser) -> None:
    """Options of `demo`."""
    p.add_argument("--seed", type=int_arg, default=2016)
    p.add_argument("--members", type=positive_arg, default=400)
    p.add_argument("--years", type=positive_arg, default=10)
    p.add_argument("--today", type=date_arg, default=None, help="YYYY-MM-DD")
    p.add_argument("--street", choices=XICHENG_STREETS, default=XICHENG_STREETS[0],
                   help="演示中心所在的西城区街道（每个街道一个中心，用于试验全区汇总）")


COMMANDS = (
    Command("demo", 70, "向空数据库载入演示数据", "desktop.cli.demo:cmd_demo", add_demo_arguments),
)
