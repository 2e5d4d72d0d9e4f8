"""What every part of the command line shares: exit codes, one-line errors, opening --db."""

from __future__ import annotations

import argparse
import sys
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


def open_db(args: argparse.Namespace) -> Database:
    """The database named by --db (or WARMHOME_DB, or the default), opened and migrated."""
    return open_database(locations.default_db_path(args.db))


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
