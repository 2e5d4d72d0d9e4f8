"""The migrations package: one module per schema version, found by name and applied in order;
a gap, a repeated number or a misnamed module stops the import."""

from __future__ import annotations

import importlib
import itertools
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import migrations
from desktop.models.db import SCHEMA_VERSION
from desktop.models.migrations import MIGRATIONS, STEPS, MigrationOrderError, discover

PACKAGE_DIR = Path(migrations.__file__).parent
_names = (f"scratch_migrations_{n}" for n in itertools.count())


def _package(root: Path, modules: dict[str, str], init: str = "") -> str:
    """A package of migration modules under ``root`` (on sys.path); returns its unique name."""
    name = next(_names)
    folder = root / name
    folder.mkdir()
    (folder / "__init__.py").write_text(init, encoding="utf-8")
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(source, encoding="utf-8")
    return name


def _appends(text: str) -> str:
    """A migration that appends ``text`` to the table ``steps`` (made by the first one)."""
    return ("def upgrade(conn):\n"
            "    conn.execute('CREATE TABLE IF NOT EXISTS steps (id INTEGER PRIMARY KEY, t)')\n"
            f"    conn.execute('INSERT INTO steps (t) VALUES (?)', ({text!r},))\n")


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path for scratch packages; they leave sys.modules after the test."""
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for module in [m for m in sys.modules if m.startswith("scratch_migrations_")]:
        del sys.modules[module]


# -- the real package ----------------------------------------------------------------------------
def test_every_schema_version_is_one_module_in_order() -> None:
    files = sorted(p.stem for p in PACKAGE_DIR.glob("v[0-9][0-9][0-9]_*.py"))
    assert [step.module for step in STEPS] == [f"desktop.models.migrations.{f}" for f in files]
    assert [step.number for step in STEPS] == list(range(1, len(files) + 1))
    assert files[0] == "v001_people_registry" and files[7] == "v008_sign_in_failures"
    assert [step.upgrade for step in STEPS] == MIGRATIONS
    assert SCHEMA_VERSION == len(MIGRATIONS) == len(files) >= 8


def test_each_migration_says_what_it_changes() -> None:
    for step in STEPS:
        module = importlib.import_module(step.module)
        assert module.__doc__ and module.__doc__.startswith(f"Schema v{step.number}:"), step
        assert step.upgrade.__module__ == step.module
        assert step.upgrade.__doc__, step


# -- discovery rules, on scratch packages -------------------------------------------------------
def test_migrations_run_in_number_order_and_helpers_are_not_migrations(scratch: Path) -> None:
    # Written out of order, with a helper module and a package-private module beside them.
    name = _package(scratch, {"v003_third": _appends("c"), "v001_first": _appends("a"),
                              "shared": "X = 1\n", "_private": "Y = 2\n",
                              "v002_second": _appends("b")})
    steps = discover(name)
    assert [(s.number, s.module) for s in steps] == [
        (1, f"{name}.v001_first"), (2, f"{name}.v002_second"), (3, f"{name}.v003_third")]
    conn = sqlite3.connect(":memory:")
    for step in steps:
        step.upgrade(conn)
    assert [r[0] for r in conn.execute("SELECT t FROM steps ORDER BY id")] == ["a", "b", "c"]


def test_a_gap_in_the_numbers_is_refused(scratch: Path) -> None:
    name = _package(scratch, {"v001_a": _appends("a"), "v002_b": _appends("b"),
                              "v004_d": _appends("d")})
    with pytest.raises(MigrationOrderError, match="missing: v003"):
        discover(name)


def test_numbers_must_start_at_one(scratch: Path) -> None:
    name = _package(scratch, {"v002_b": _appends("b")})
    with pytest.raises(MigrationOrderError, match="missing: v001"):
        discover(name)
    zero = _package(scratch, {"v000_nothing": _appends("0"), "v001_a": _appends("a")})
    with pytest.raises(MigrationOrderError, match="v000_nothing: the first migration is v001"):
        discover(zero)


def test_a_repeated_number_is_refused(scratch: Path) -> None:
    name = _package(scratch, {"v001_a": _appends("a"), "v002_care": _appends("care"),
                              "v002_sales": _appends("sales")})
    with pytest.raises(MigrationOrderError, match="numbered 2: v002_care, v002_sales"):
        discover(name)


@pytest.mark.parametrize("module", ["v2_short", "v0002_long", "v002", "v002_Capital"])
def test_a_misnamed_migration_is_refused_not_skipped(scratch: Path, module: str) -> None:
    name = _package(scratch, {"v001_a": _appends("a"), module: _appends("x")})
    with pytest.raises(MigrationOrderError, match=f"{name}.{module}: a migration is a module"):
        discover(name)


def test_a_migration_without_upgrade_is_refused(scratch: Path) -> None:
    name = _package(scratch, {"v001_a": _appends("a"), "v002_b": "def migrate(conn): pass\n"})
    with pytest.raises(MigrationOrderError, match=r"v002_b has no upgrade\(conn\) function"):
        discover(name)


def test_an_empty_package_is_refused(scratch: Path) -> None:
    # What a frozen build that did not collect the modules would find.
    name = _package(scratch, {"shared": "X = 1\n"})
    with pytest.raises(MigrationOrderError, match="no migration modules"):
        discover(name)


def test_a_gap_stops_the_import_of_the_package(scratch: Path) -> None:
    init = "from desktop.models.migrations import discover\nSTEPS = discover(__name__)\n"
    name = _package(scratch, {"v001_a": _appends("a"), "v003_c": _appends("c")}, init=init)
    with pytest.raises(MigrationOrderError, match="missing: v002"):
        importlib.import_module(name)


# -- the released history and the shared helpers ----------------------------------------------
RELEASED = ["v001_people_registry", "v002_accounts", "v003_audit_chain", "v004_attendance",
            "v005_month_close", "v006_subsidy_rates", "v007_export_attempts",
            "v008_sign_in_failures"]


def test_released_migrations_keep_their_modules() -> None:
    # A database in the field was upgraded by exactly these steps: renaming or dropping one
    # would leave files that no release can explain.
    modules = [step.module.rsplit(".", 1)[1] for step in STEPS]
    assert modules[:len(RELEASED)] == RELEASED


def test_shared_closed_month_triggers_refuse_writes_to_a_closed_month() -> None:
    from desktop.models.migrations.shared import (
        CLOSED_MONTH_MESSAGE,
        closed_month_triggers,
        execute_all,
        month_closed,
    )

    conn = sqlite3.connect(":memory:")
    execute_all(conn, [
        "CREATE TABLE month_state (month TEXT PRIMARY KEY, closed INTEGER NOT NULL)",
        "CREATE TABLE entry (day TEXT NOT NULL)",
        "INSERT INTO month_state VALUES ('2024-05', 1), ('2024-06', 0)",
        *closed_month_triggers(
            "entry", on_insert=month_closed("substr(NEW.day, 1, 7)"),
            on_update=month_closed("substr(OLD.day, 1, 7)"),
            on_delete=month_closed("substr(OLD.day, 1, 7)")),
    ])
    conn.execute("INSERT INTO entry VALUES ('2024-06-03')")  # an open month takes writes
    with pytest.raises(sqlite3.IntegrityError, match=CLOSED_MONTH_MESSAGE):
        conn.execute("INSERT INTO entry VALUES ('2024-05-31')")
    conn.execute("UPDATE month_state SET closed = 1 WHERE month = '2024-06'")
    with pytest.raises(sqlite3.IntegrityError, match=CLOSED_MONTH_MESSAGE):
        conn.execute("DELETE FROM entry")
    assert conn.execute("SELECT day FROM entry").fetchall() == [("2024-06-03",)]
