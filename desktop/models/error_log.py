"""The log file: where it is, what goes into it (never personal data), unexpected errors.

Where: ``<data folder>/logs/warmhome.log`` (e.g. ``~/.local/share/warmhome/logs``,
``%LOCALAPPDATA%\\warmhome\\logs``), at most 1 MB, with the five files before it kept as
``warmhome.log.1`` … ``.5``. Always beside the default data folder, also when ``--db`` or
``WARMHOME_DB`` names a database elsewhere: a database on a USB stick or a shared folder must
not collect one PC's logs, and support finds the log in one place (the error dialog and the
command line's error line name it).

What, without personal data (people's names, ID and certificate numbers, phones, addresses
are sensitive personal information, and a log file gets copied and mailed):

1. A record's message is its format string, written in our source code. Its arguments are
   never written: each becomes ``<type>`` (``<str>``, ``<PosixPath>``, ``<RejectedFile>``),
   except numbers, booleans and :class:`Safe` text (names our code chose: a subcommand, a
   version).
2. An exception is written as its type, with the ``errno`` name of an OSError and the SQLite
   error name of an sqlite3 error, and its traceback (causes included); never its message,
   arguments or notes, which is where names, ID numbers and file paths end up.
3. Traceback frames are named by module (``desktop.excel.reporting.consolidation_input:285``),
   not by file path, so no account or folder name comes in through a path.
4. Last, over all of it: a run of 6 or more digits (single spaces or hyphens between them
   allowed: ID and certificate numbers, phones, card numbers, dates) becomes ``[digits]`` and
   a run of Chinese characters ``[hanzi]``: the safety net for a message built with an
   f-string and for Chinese text in a source line. Latin-script names cannot be recognised:
   1–3 keep them out.
"""

from __future__ import annotations

import errno
import linecache
import logging
import platform
import re
import sqlite3
import sys
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.models import locations

LOG_FOLDER = "logs"
LOG_FILE = "warmhome.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER = "warmhome"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_DIGITS = re.compile(r"\d(?:[ \-]?\d){5,}(?:[ \-]?[Xx])?")
_HAN = re.compile("[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_KEPT_TYPES = (bool, int, float)


class Safe(str):
    """Text our own code chose (a subcommand name, a version), written to the log as is."""


def log_file() -> Path:
    """Where the log is written: ``<data folder>/logs/warmhome.log``."""
    return locations.data_dir() / LOG_FOLDER / LOG_FILE


def redact(text: str) -> str:
    """``text`` with digit runs (6 or more) and Chinese text replaced (rule 4 above)."""
    return _HAN.sub("[hanzi]", _DIGITS.sub("[digits]", text))


def _type_name(kind: type) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _argument(value: object) -> object:
    if isinstance(value, Safe):
        return str(value)
    if isinstance(value, _KEPT_TYPES):
        return value
    return f"<{type(value).__name__}>"


def _message(record: logging.LogRecord) -> str:
    """The format string with its arguments withheld (rule 1)."""
    if not isinstance(record.msg, str):
        return f"<{type(record.msg).__name__}>"
    if not record.args:
        return record.msg
    args = record.args
    try:
        if isinstance(args, Mapping):
            return record.msg % {key: _argument(value) for key, value in args.items()}
        return record.msg % tuple(_argument(value) for value in args)
    except (TypeError, ValueError, KeyError):
        # A %d given a withheld argument, or a format string that does not fit its arguments.
        return f"{record.msg} [arguments withheld]"


def _details(exc: BaseException) -> str:
    """What may be said about an exception besides its type: codes, never text."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return f" [errno {errno.errorcode.get(exc.errno, exc.errno)}]"
    name = getattr(exc, "sqlite_errorname", None) if isinstance(exc, sqlite3.Error) else None
    return f" [{name}]" if name else ""


def _frames(tb: TracebackType | None) -> list[str]:
    lines: list[str] = []
    while tb is not None:
        frame, number = tb.tb_frame, tb.tb_lineno
        module = str(frame.f_globals.get("__name__", "?"))
        lines.append(f"  {module}:{number} in {frame.f_code.co_name}")
        source = linecache.getline(frame.f_code.co_filename, number).strip()
        if source:
            lines.append(f"    {source}")
        tb = tb.tb_next
    return lines


def format_exception(exc: BaseException) -> str:
    """The traceback of ``exc`` and of its causes, oldest first, as rule 2 and 3 allow."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    link: BaseException | None = exc
    note = ""  # how this exception led to the one before it in ``chain``
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        chain.append((link, note))
        if link.__cause__ is not None:
            link, note = link.__cause__, "The above exception was the direct cause of:"
        elif link.__context__ is not None and not link.__suppress_context__:
            link, note = link.__context__, "During handling of the above exception:"
        else:
            link = None
    parts: list[str] = []
    link_note = ""
    for item, note in reversed(chain):
        if link_note:
            parts.append(link_note)
        parts.append("Traceback (most recent call last):")
        parts += _frames(item.__traceback__)
        parts.append(f"{_type_name(type(item))}{_details(item)} (message not logged)")
        link_note = note
    return "\n".join(parts)


class PrivateFormatter(logging.Formatter):
    """Formats a record as the module docstring says: no arguments, no exception messages,
    frames by module, digit runs and Chinese text redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """One record: time, level, logger, message and any traceback."""
        text = _message(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_exception(record.exc_info[1])
        if record.stack_info:
            text += "\n" + record.stack_info
        return f"{self.formatTime(record)} {record.levelname} {record.name}: {redact(text)}"


class _LogFile(RotatingFileHandler):
    """The rotating log file; a record it cannot write is dropped, never an error shown."""

    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk or a locked file must not disturb the program (nor its stderr)."""


def versions(extra: Mapping[str, str] | None = None) -> str:
    """The versions that matter for a report: the app, Python, any ``extra`` (Qt), the OS."""
    parts = [f"warmhome {__version__}", f"Python {platform.python_version()}"]
    parts += [f"{name} {version}" for name, version in (extra or {}).items()]
    parts.append(platform.platform())
    if getattr(sys, "frozen", False):
        parts.append("frozen")
    return "; ".join(parts)


def _installed() -> _LogFile | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, _LogFile)), None)


def configure(program: str, extra_versions: Mapping[str, str] | None = None) -> Path | None:
    """Write the log to :func:`log_file` from now on, starting with what runs (``program``:
    ``gui``, or ``cli`` and the subcommand) and the versions. Returns the file, or None when
    the data folder cannot be written (the program then runs without a log file)."""
    close()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                           encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(PrivateFormatter())
    logging.getLogger().addHandler(handler)
    log = logging.getLogger(LOGGER)
    if not log.isEnabledFor(logging.INFO):
        log.setLevel(logging.INFO)
    # Into the file only: stderr carries the lines scripts and the smoke test read.
    handler.handle(log.makeRecord(LOGGER, logging.INFO, __file__, 0, "start: %s (%s)",
                                  (Safe(program), Safe(versions(extra_versions))), None))
    return path


def close() -> None:
    """Stop writing the log file (a later :func:`configure` starts again)."""
    handler = _installed()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def record_unexpected(exc_info: ExcInfo, program: str) -> Path | None:
    """Log an unexpected error with its traceback; the log file, or None if none is written.

    ``program`` says what was running (``gui``, ``cli people list``); the log is configured
    first if it is not yet (the command line writes a log only when something went wrong).
    """
    handler = _installed()
    path = Path(handler.baseFilename) if handler is not None else configure(program)
    logging.getLogger(LOGGER).error("unexpected error in %s", Safe(program), exc_info=exc_info)
    return path
