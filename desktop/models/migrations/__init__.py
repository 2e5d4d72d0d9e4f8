"""Numbered, stepwise schema migrations: one module per schema version, found by its name.

``vNNN_what_it_does.py`` brings a database from version ``NNN - 1`` to ``NNN`` with its
``upgrade(conn)`` function; :mod:`desktop.models.db` runs each in its own transaction and then
sets ``PRAGMA user_version`` to ``NNN``. A capability adds its tables by adding the next module:
there is no list to edit. The numbers must run 1, 2, 3 … without a gap or a repeat, or importing
this package fails: a database migrated past a missing step would be wrong forever.

A migration is never edited once released (databases out there have run it): a change goes
into a new module with the next number. :mod:`.shared` holds the SQL helpers several use, under
the same rule.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

Migration = Callable[[sqlite3.Connection], None]

# vNNN_what_it_does: three digits, then a lower-case name.
_MODULE_NAME = re.compile(r"v(?P<number>[0-9]{3})_[a-z0-9_]+")
# Anything that starts like a migration is held to the pattern, so a misnamed one fails
# instead of being skipped.
_LOOKS_LIKE_MIGRATION = re.compile(r"v[0-9]")


class MigrationOrderError(RuntimeError):
    """The migration modules do not number 1, 2, 3 … exactly once each (or one is malformed)."""


@dataclass(frozen=True)
class Step:
    """One migration: the schema version it brings a database to, its module and function."""

    number: int
    module: str
    upgrade: Migration


def discover(package_name: str) -> list[Step]:
    """The migrations in ``package_name``, in order; MigrationOrderError unless they number
    1 … N with no gap, no repeat and an ``upgrade`` function in each."""
    package = importlib.import_module(package_name)
    found: dict[int, list[str]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        name = info.name
        if not _LOOKS_LIKE_MIGRATION.match(name):
            continue  # shared helpers
        match = _MODULE_NAME.fullmatch(name)
        if match is None or info.ispkg:
            raise MigrationOrderError(
                f"{package_name}.{name}: a migration is a module named vNNN_what_it_does")
        found.setdefault(int(match["number"]), []).append(name)
    if not found:
        raise MigrationOrderError(f"{package_name}: no migration modules (vNNN_*.py) found")
    repeated = {number: sorted(names) for number, names in found.items() if len(names) > 1}
    if repeated:
        raise MigrationOrderError(f"{package_name}: more than one migration numbered "
                                  + "; ".join(f"{n}: {', '.join(names)}"
                                              for n, names in sorted(repeated.items())))
    if 0 in found:
        raise MigrationOrderError(f"{package_name}.{found[0][0]}: the first migration is v001")
    missing = sorted(set(range(1, max(found) + 1)) - set(found))
    if missing:
        raise MigrationOrderError(f"{package_name}: the migrations must number v001, v002 … "
                                  "without a gap; missing: "
                                  + ", ".join(f"v{n:03d}" for n in missing))
    steps = []
    for number in sorted(found):
        module_name = f"{package_name}.{found[number][0]}"
        upgrade = getattr(importlib.import_module(module_name), "upgrade", None)
        if not callable(upgrade):
            raise MigrationOrderError(f"{module_name} has no upgrade(conn) function")
        steps.append(Step(number, module_name, upgrade))
    return steps


STEPS: list[Step] = discover(__name__)
# MIGRATIONS[n - 1] brings a database from version n - 1 to n.
MIGRATIONS: list[Migration] = [step.upgrade for step in STEPS]
SCHEMA_VERSION = len(MIGRATIONS)
