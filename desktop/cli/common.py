"""What every part of the command line shares: exit codes, one-line errors, opening --db."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.models import error_log, locations
from desktop.models.db import Database, open_database
from desktop.models.errors import WarmHomeError
from desktop.models.storage.db_location import missing_folders, remove_folders, sidecars

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3
# An error in the program itself, not in what it was given (BSD sysexits' EX_SOFTWARE).
EXIT_SOFTWARE = 70


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


@contextlib.contextmanager
def open_db(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database named by --db (or WARMHOME_DB, or the default), opened and migrated,
    for a ``with`` block; closed at its end.

    A path that does not exist is refused (MissingDatabaseError) and nothing is created:
    a mistyped --db would otherwise give an empty database, and a report of zeros that looks
    like success. Only the commands of first-time setup pass ``create=True``
    (listed in ``desktop.cli``'s docstring and the --db help). When such a command fails,
    the database it created is removed again, unless something was saved in it meanwhile.
    The database reads the date and time from the command's clock (``args.clock``).
    """
    path = locations.default_db_path(args.db)
    new = not path.exists()
    if new and not create:
        raise MissingDatabaseError(missing_database_message(path))
    folders = missing_folders(path.expanduser().absolute().parent) if new else []
    db = open_database(path, clock=args.clock)
    fresh = _change_marker(db) if new else None
    try:
        yield db
    except BaseException:
        unused = False
        if fresh is not None:
            with contextlib.suppress(sqlite3.Error):
                unused = _change_marker(db) == fresh
        db.close()
        if unused:
            _remove_database(path, folders)
        raise
    db.close()


def _change_marker(db: Database) -> tuple[int, dict[str, int]]:
    """Commits by other connections (data_version) and the rows of every table: on a new
    database, unchanged rows mean nothing was saved (a rolled-back attempt leaves none)."""
    if db.in_transaction:
        return -1, {}  # cannot tell: keep the file
    tables = [str(r[0]) for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return (int(db.scalar("PRAGMA data_version")),
            {t: int(db.scalar(f'SELECT count(*) FROM "{t}"')) for t in tables})


def _remove_database(path: Path, folders: list[Path]) -> None:
    """Remove a database this command created and nobody wrote to, with its folders."""
    for leftover in (path, *sidecars(path)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    remove_folders(folders)


def password_from_stdin() -> str:
    """One line from standard input (the password), without its line ending."""
    # One line from standard input, so scripts can pipe it and it never shows in `ps`.
    line = sys.stdin.readline()
    if not line:
        raise OptionError("请在标准输入中提供密码（一行）")
    return line.rstrip("\r\n")


def command_name(args: argparse.Namespace) -> str:
    """The subcommand run (``people list``): names from the parser, never option values."""
    names = [str(args.command)]
    names += [str(value) for key, value in vars(args).items()
              if key.endswith("_command") and isinstance(value, str)]
    return " ".join(names)


def unexpected_failure(args: argparse.Namespace) -> int:
    """For the exception being handled, which no check of ours foresaw (an error in the
    program): its traceback to the log file (never to the screen), one line on stderr that
    names the log, and EXIT_SOFTWARE."""
    kind, exc, tb = sys.exc_info()
    assert kind is not None and exc is not None
    path = error_log.record_unexpected((kind, exc, tb), f"cli {command_name(args)}")
    if path is not None:
        where = f"详细记录在日志文件 {path} 中，请把这个文件发给技术支持"
    else:
        where = f"日志文件无法写入（{error_log.log_file().parent}），请把这一行告诉技术支持"
    print(f"warmhome: 错误：程序出现了意外错误（{kind.__name__}），命令没有完成；{where}",
          file=sys.stderr)
    return EXIT_SOFTWARE
