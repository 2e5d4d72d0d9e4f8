"""Telling a damaged xlsx file apart from an error in our own code.

openpyxl reads a workbook through zipfile (the container) and xml.etree (each part's XML).
A damaged file makes them raise ordinary exception types (KeyError, ValueError, TypeError, …)
that a mistake in our own code raises too. So an exception means "the file is damaged" only
when all of this holds:

- it was raised while openpyxl was reading the file (one of its readers is on the stack);
- its type, and the module that raised it (the innermost frame), are a pair listed in
  ``_DAMAGE``, each with the damage that produces it (tests/excel/test_workbook_damage.py
  makes each such file and reads it).

Anything else, above all an exception raised in our own code, is a bug: it must reach the
error handler and the log (desktop.models.error_log), never be reported as a problem with the
user's file. openpyxl's InvalidFileException is not listed: it only refuses a file name
extension, which the callers check before openpyxl sees the file.
"""

from __future__ import annotations

import zipfile
import zlib
from types import TracebackType
from xml.etree.ElementTree import ParseError

# (exception type, modules that raise it for a damaged file): the damage it means.
_DAMAGE: tuple[tuple[type[BaseException], tuple[str, ...]], ...] = (
    # A member whose data fails its CRC, a local header that is not where the directory says.
    (zipfile.BadZipFile, ("zipfile",)),
    # A member's compressed data is damaged.
    (zlib.error, ("zipfile",)),
    # A member packed by a method Python cannot unpack (Deflate64, from some zip tools).
    (NotImplementedError, ("zipfile",)),
    # A member encrypted with a zip password.
    (RuntimeError, ("zipfile",)),
    # A part every workbook has ([Content_Types].xml, xl/workbook.xml) is missing.
    (KeyError, ("zipfile",)),
    # A part's XML is not well-formed (cut short, tags that do not match).
    (ParseError, ("xml.etree.ElementTree",)),
    # The content types name no workbook part ("File contains no valid workbook part").
    (OSError, ("openpyxl.reader.excel",)),
    # A cell's value or reference is not what it claims (text in a number cell, r="B?").
    (ValueError, ("openpyxl.worksheet._reader", "openpyxl.utils.cell")),
    # An attribute of the wrong kind (sheetId="x", numFmtId="q").
    (TypeError, ("openpyxl.descriptors.base",)),
)
# The exception types to catch around reading; ``is_damage`` then decides.
DAMAGE_TYPES: tuple[type[BaseException], ...] = tuple(kind for kind, _ in _DAMAGE)
# Where openpyxl reads a file: opening it (load_workbook) and streaming a sheet's rows.
_READERS = ("openpyxl.reader.", "openpyxl.worksheet._read_only", "openpyxl.worksheet._reader")


def _modules(tb: TracebackType | None) -> list[str]:
    """The module of each frame, outermost first."""
    modules: list[str] = []
    while tb is not None:
        modules.append(str(tb.tb_frame.f_globals.get("__name__", "")))
        tb = tb.tb_next
    return modules


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` means the workbook being read is damaged (see the module docstring)."""
    modules = _modules(exc.__traceback__)
    if not modules or not any(m.startswith(_READERS) for m in modules):
        return False
    raised_in = modules[-1]
    return any(isinstance(exc, kind) and raised_in in raisers for kind, raisers in _DAMAGE)
