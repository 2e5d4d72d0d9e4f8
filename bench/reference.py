"""The reference data set's people part (docs/architecture.md): 400 members, 80 volunteers
and guardians.

Made by the app's own demo generator with a fixed seed and a fixed "today", so every run and
every machine measures the same people. The file is cached in ``bench/data/`` under a name
built from the parameters and a fingerprint of the model code and this file.

Every cached benchmark database also gets one administrator account (``BENCH_USERNAME``), made
while it is built: the app asks for a sign-in on a database with accounts, as it does for a
real centre, and the cold-start benchmark signs in with it.
"""

from __future__ import annotations

import importlib.util
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.common import DATA_DIR, replace_stale, source_fingerprint
from desktop.models.admin import accounts
from desktop.models.admin.permissions import Role
from desktop.models.db import Database, open_database
from desktop.models.demo import demo

SEED = 2016
MEMBERS = 400
YEARS = 10
TODAY = date(2026, 11, 29)
PREFIX = "reference-"
BENCH_USERNAME = "bench"
BENCH_PASSWORD = "bench-password-1"


@dataclass(frozen=True)
class PreparedDb:
    """A cached benchmark database and how it was obtained."""

    path: Path
    people: int
    built_seconds: float | None  # None when an existing cached file was reused

    @property
    def how(self) -> str:
        """"cached" or "generated in N s"."""
        if self.built_seconds is None:
            return "cached"
        return f"generated in {self.built_seconds:.1f} s"


def reference_options() -> demo.DemoOptions:
    """The demo options that define the reference data set."""
    return demo.DemoOptions(seed=SEED, members=MEMBERS, years=YEARS, today=TODAY)


def demo_step_files() -> list[Path]:
    """The modules of every declared demo step: the reference data is theirs, so a new step
    (daily care's) or a changed one makes a fresh file (the fingerprint's own glob sees only
    the top of ``desktop/models``)."""
    files: list[Path] = []
    for step in demo.steps():
        spec = importlib.util.find_spec(str(step.generate).split(":", 1)[0])
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    return files


def reference_path() -> Path:
    """Where the reference database for the current code is cached."""
    opts = reference_options()
    key = f"s{opts.seed}-m{opts.members}-y{opts.years}-{opts.today:%Y%m%d}"
    # The schema too: a migration changed (an index added) must not reuse a file made without.
    migrations = sorted((Path(demo.__file__).parents[1] / "migrations").glob("*.py"))
    fingerprint = source_fingerprint(extra=[Path(__file__), *demo_step_files(), *migrations])
    return DATA_DIR / f"{PREFIX}{key}-{fingerprint}.db"


def count_people(path: Path) -> int:
    """Number of persons in a database file."""
    with open_database(path) as db:
        return int(db.scalar("SELECT count(*) FROM person"))


def reusable(path: Path) -> bool:
    """Whether a cached file exists and has the bench account (older builds had none)."""
    if not path.exists():
        return False
    with open_database(path) as db:
        return db.scalar("SELECT 1 FROM user_account WHERE username = ?",
                         (BENCH_USERNAME,)) is not None


def reference_db(regenerate: bool = False) -> PreparedDb:
    """The reference database, generated with demo.generate unless already cached."""
    path = reference_path()
    if not regenerate and reusable(path):
        return PreparedDb(path, count_people(path), None)

    def build(db: Database) -> int:
        demo.generate(db, reference_options())
        return int(db.scalar("SELECT count(*) FROM person"))

    return build_cached(path, build, PREFIX)


def add_bench_account(db: Database) -> None:
    """The administrator the benchmarks sign in as; the first account of the database."""
    accounts.create_account(db, BENCH_USERNAME, BENCH_PASSWORD, Role.ADMIN,
                            actor=accounts.first_admin_actor(BENCH_USERNAME))


def build_cached(path: Path, build: Callable[[Database], int], stale_prefix: str) -> PreparedDb:
    """Build a database at ``path`` atomically with ``build`` (which returns its people count)
    and the bench administrator account, then drop older cached files starting with
    ``stale_prefix``. Nothing is left at ``path`` unless both succeeded."""
    started = time.perf_counter()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    with open_database(partial) as db:
        people = build(db)
        add_bench_account(db)
    os.replace(partial, path)
    replace_stale(DATA_DIR, stale_prefix, keep=path)
    return PreparedDb(path, people, time.perf_counter() - started)
