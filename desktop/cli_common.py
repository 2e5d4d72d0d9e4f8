"""What every part of the command line shares: exit codes, one-line errors, opening --db."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.models import locations
from desktop.models.db import Database, open_database
from desktop.models.errors import WarmHomeError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3


class CliError(WarmHomeError):
    """A command-line problem explained in one line."""


class OptionError(WarmHomeError):
    """Options that do not fit together (exit code 2, like other usage errors)."""


class MissingDatabaseError(WarmHomeError):
    """The database file named by --db (or WARMHOME_DB, or the default) does not exist."""


def missing_database_message(path: Path) -> str:
    """The one line that refuses a database path that does not exist."""
    return (f"数据库文件不存在：{path}（用 --db 指定正确的文件；"
            "新建请先运行图形界面或 warmhome demo）")


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database named by --db (or WARMHOME_DB, or the default), opened and migrated.

    A path that does not exist is refused (MissingDatabaseError) and nothing is created:
    a mistyped --db would otherwise give an empty database, and a report of zeros that looks
    like success. Only the commands of first-time setup pass ``create=True``
    (listed in ``desktop.cli``'s docstring and the --db help).
    """
    path = locations.default_db_path(args.db)
    if not create and not path.exists():
        raise MissingDatabaseError(missing_database_message(path))
    return open_database(path)


def subcommand(sub: Any, name: str, common: argparse.ArgumentParser,
                help_text: str) -> argparse.ArgumentParser:
    """A subcommand parser that also takes --db."""
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help_text)
    return parser


def password_from_stdin() -> str:
    """One line from standard input (the password), without its line ending."""
    # One line from standard input, so scripts can pipe it and it never shows in `ps`.
    line = sys.stdin.readline()
    if not line:
        raise OptionError("请在标准输入中提供密码（一行）")
    return line.rstrip("\r\n")
