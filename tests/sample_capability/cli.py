"""`warmhome sample`: the number of volunteers, and a `people` action declared from outside."""

from __future__ import annotations

import argparse
import json

from desktop.cli.commands import Command
from desktop.cli.common import EXIT_OK, open_db
from tests.sample_capability.models.provider import volunteers


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def cmd_sample(args: argparse.Namespace) -> int:
    """Print how many volunteers are registered."""
    with open_db(args) as db:
        count = volunteers(db)
    print(json.dumps({"volunteers": count}) if args.json else f"志愿者 {count} 人")
    return EXIT_OK


def cmd_people_sample(args: argparse.Namespace) -> int:
    """The same, as an action of `people`."""
    return cmd_sample(args)


COMMANDS = (
    Command("sample", 115, "样例：志愿者人数", "tests.sample_capability.cli:cmd_sample",
            _arguments),
    Command("sample", 70, "样例：志愿者人数", "tests.sample_capability.cli:cmd_people_sample",
            _arguments, group="people"),
)
