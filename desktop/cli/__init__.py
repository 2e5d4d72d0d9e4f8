"""The command line: `python main.py SUBCOMMAND` or `warmhome SUBCOMMAND`.

A public interface that district staff schedule (the contract: docs/architecture.md): every
subcommand takes ``--db PATH``, exits 0 on success and non-zero with one line on stderr on
failure. Qt is imported only when no subcommand is given and the GUI opens.

The subcommands are declared by one module per capability here (``COMMANDS``, see
:mod:`desktop.cli.commands`): this module only builds the parser from the declarations and runs
the command chosen, with the shared handling of failures.

A database path that does not exist is refused with one line (exit 1) and nothing is created,
so a mistyped ``--db`` never reports on an empty database. Only first-time setup creates one:
``demo`` (demo data), ``users add`` (the first administrator), ``people add`` and
``people import`` (bringing the register in), ``sales bazaar-open`` (a bazaar laptop's own
database, from the centre's package), and ``restore`` (a backup onto a new PC); the
graphical interface creates one too. When such a command fails, the database it created is
removed again. An empty (0-byte) file is refused by every command, these included: it is a
copy or save that did not finish, and a new database there would hide that the data is gone
(``restore`` can still put a backup in its place).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from desktop import __version__
from desktop.cli.commands import Command, add_declared
from desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_UNHEALTHY,
    EXIT_USAGE,
    CliError,
    OptionError,
    unexpected_failure,
)
from desktop.models import locations
from desktop.models.clock import SystemClock
from desktop.models.db import explain_failure
from desktop.models.errors import DuplicateError, ValidationError, WarmHomeError


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are reported in one line on stderr too, not the whole usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: 错误：{message}（用 --help 查看用法）\n")


def build_parser(extra: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argument parser (also used by the GUI start: no subcommand opens the window), with
    every subcommand the capabilities declare (and those of the ``extra`` packages)."""
    db_help = (f"数据库文件（默认：用户数据目录；环境变量 {locations.DB_ENV}）。文件不存在时报错，"
               "只有 demo、users add、people add、people import、restore 会新建")
    top_common = argparse.ArgumentParser(add_help=False)
    top_common.add_argument("--db", metavar="PATH", help=db_help)
    # Subcommands accept --db too; SUPPRESS keeps them from resetting a --db given before them.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser = _Parser(
        prog="warmhome", parents=[top_common],
        description="温馨家园工作台 Warm Home desktop。不带子命令时打开图形界面。")
    parser.add_argument("--version", action="version", version=f"warmhome {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="打开图形界面并在登录后打开签到台（签到台账户总是直接进入签到台）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_declared(sub, common, extra)
    return parser


def _describe(exc: WarmHomeError) -> str:
    if isinstance(exc, ValidationError):
        # The messages name their field already (身份证号…, 联系电话…).
        return "；".join(exc.fields.values())
    if isinstance(exc, DuplicateError):
        return f"{exc.message}（已有人员编号 {exc.existing_id}）"
    return exc.message


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None, extra: Sequence[str] = ()) -> int:
    """Run the command line; with no subcommand, open the GUI. Returns the exit code.
    ``extra``: further capability packages whose subcommands are added (a test capability)."""
    _utf8_streams()
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    # The one clock of the command: every date and time it reads or records comes from it.
    args.clock = SystemClock()
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(db_path=args.db, kiosk=args.kiosk, clock=args.clock)
    try:
        command: Command = args.command_declared
        return command.run(args)
    except WarmHomeError as exc:
        print(f"warmhome: 错误：{_describe(exc)}", file=sys.stderr)
        if isinstance(exc, OptionError):
            return EXIT_USAGE
        return EXIT_UNHEALTHY if isinstance(exc, CliError) else EXIT_ERROR
    except KeyboardInterrupt:
        print("warmhome: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`warmhome people list | head`): that is not a failure.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"warmhome: 错误：{exc.strerror or exc}（{exc.filename or ''}）", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:
        # Damage that only shows when a page is read (opening checks the header and schema),
        # or a disk that filled up or went read-only meanwhile: told apart as when opening.
        path = locations.default_db_path(args.db)
        print(f"warmhome: 错误：{explain_failure(path, exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        return unexpected_failure(args)  # an error in the program: logged, one line here


if __name__ == "__main__":
    sys.exit(main())
