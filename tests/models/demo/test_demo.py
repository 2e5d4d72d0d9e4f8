"""Demo data: deterministic, valid identifiers throughout, only into an empty database."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.models.admin.centre import XICHENG_STREETS, is_configured, load_profile
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.people import people
from desktop.models.people.identity import (
    parse_certificate,
    sex_from_id,
    validate_certificate,
    validate_id_number,
    validate_phone,
)
from desktop.models.people.person_input import PersonInput, normalised, validate_person
from tests.conftest import STAFF

TODAY = date(2024, 6, 1)
OPTIONS = demo.DemoOptions(seed=7, members=30, years=3, today=TODAY)
Counts = Callable[[Database], dict[str, int]]

_VOLATILE = {"created_at", "updated_at", "at"}


def _dump(database: Database, table: str) -> list[dict[str, object]]:
    rows = database.query(f"SELECT * FROM {table} ORDER BY 1, 2")
    return [{k: v for k, v in dict(r).items() if k not in _VOLATILE} for r in rows]


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.generate(db, OPTIONS)
    return db


def test_counts(db: Database) -> None:
    counts = demo.generate(db, OPTIONS)
    assert counts["members"] == 30
    assert counts["volunteers"] == 6
    assert counts["guardians"] >= 1
    people_counts = [counts[k] for k in ("members", "volunteers", "guardians")]
    assert db.scalar("SELECT count(*) FROM person") == sum(people_counts)
    assert db.scalar("SELECT count(*) FROM member") == 30
    assert db.scalar("SELECT count(*) FROM volunteer") == 6
    assert db.scalar("SELECT count(DISTINCT person_id) FROM family_link") == counts["guardians"]


def test_same_seed_and_today_give_identical_databases(tmp_path: Path) -> None:
    dumps = []
    for name in ("one.db", "two.db"):
        with open_database(tmp_path / name) as database:
            demo.generate(database, OPTIONS)
            dumps.append({t: _dump(database, t) for t in (
                "person", "member", "member_programme", "volunteer", "family_link")})
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["person"]) > 30


@pytest.mark.parametrize(("street", "code"), [("西长安街", "XC-XCAJ-01"), ("月坛", "XC-YT-01"),
                                              ("广安门外", "XC-GAMW-01")])
def test_each_street_is_its_own_demo_centre(street: str, code: str) -> None:
    profile = demo.demo_profile(street, "王芳")
    assert (profile.name, profile.code, profile.district, profile.street) == (
        f"{street}温馨家园", code, "西城区", street)


def test_the_demo_centre_follows_the_street_chosen(db: Database) -> None:
    demo.generate(db, demo.DemoOptions(seed=3, members=5, years=1, today=TODAY, street="月坛"))
    assert (load_profile(db).code, load_profile(db).name) == ("XC-YT-01", "月坛温馨家园")


def test_another_seed_gives_other_people(tmp_path: Path) -> None:
    names = []
    for seed in (1, 2):
        with open_database(tmp_path / f"s{seed}.db") as database:
            demo.generate(database, demo.DemoOptions(seed=seed, members=10, years=2,
                                                     today=TODAY))
            names.append([r[0] for r in database.query("SELECT name FROM person ORDER BY id")])
    assert names[0] != names[1]


def test_every_stored_identifier_is_valid(demo_db: Database) -> None:
    rows = demo_db.query(
        "SELECT p.id, p.id_number, p.sex, p.birth_date, p.phone, p.emergency_phone,"
        " m.cert_number, m.category, m.grade FROM person p"
        " LEFT JOIN member m ON m.person_id = p.id")
    with_id = 0
    for row in rows:
        if row["id_number"]:
            with_id += 1
            assert validate_id_number(row["id_number"], TODAY) is None, row["id_number"]
            assert row["sex"] == sex_from_id(row["id_number"])
            assert row["birth_date"] == (f"{row['id_number'][6:10]}-{row['id_number'][10:12]}"
                                         f"-{row['id_number'][12:14]}")
        if row["cert_number"]:
            assert validate_certificate(row["cert_number"], row["id_number"], TODAY) is None
            cert = parse_certificate(row["cert_number"])
            assert cert is not None
            assert (cert.category, cert.grade) == (row["category"], row["grade"])
        for phone in (row["phone"], row["emergency_phone"]):
            assert validate_phone(phone) is None, phone
    assert with_id >= 30


def test_every_demo_person_passes_the_form_rules(demo_db: Database) -> None:
    for (pid,) in demo_db.query("SELECT id FROM person"):
        data = people.load_person(demo_db, pid)
        assert validate_person(normalised(data, TODAY), TODAY) == {}, (pid, data.name)


def test_demo_data_is_plausible(demo_db: Database) -> None:
    streets = {r[0] for r in demo_db.query("SELECT DISTINCT street FROM person")}
    assert streets <= set(XICHENG_STREETS)
    assert len(streets) > 3
    categories = {r[0] for r in demo_db.query("SELECT DISTINCT category FROM member")}
    assert len(categories - {None}) >= 3
    assert demo_db.scalar("SELECT count(*) FROM member_programme WHERE programme = '温馨家园'") \
        == 30
    guardians = demo_db.query("SELECT is_guardian, member_id FROM family_link")
    assert all(g["is_guardian"] == 1 for g in guardians)
    joined = [r[0] for r in demo_db.query("SELECT joined_on FROM member")]
    assert all(j <= TODAY.isoformat() for j in joined)
    assert is_configured(demo_db)
    assert load_profile(demo_db).code == "XC-XCAJ-01"
    assert demo_db.integrity_problems() == []


def test_demo_writes_are_audited(demo_db: Database) -> None:
    people_count = demo_db.scalar("SELECT count(*) FROM person")
    assert demo_db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'person'"
                          " AND action = 'create' AND actor = 'demo'") == people_count


def test_demo_refuses_a_database_with_people(db: Database, person_input: Callable[..., PersonInput],
                                             row_counts: Counts) -> None:
    people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    before = row_counts(db)
    with pytest.raises(demo.DemoError) as caught:
        demo.generate(db, OPTIONS)
    assert caught.value.message == "数据库中已有人员，演示数据只能载入空数据库"
    assert row_counts(db) == before


def test_demo_twice_is_refused(demo_db: Database, row_counts: Counts) -> None:
    before = row_counts(demo_db)
    with pytest.raises(demo.DemoError):
        demo.generate(demo_db, OPTIONS)
    assert row_counts(demo_db) == before


def _capability(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                source: str) -> str:
    """A capability package declaring a demo step, importable for this test."""
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_a_failing_step_rolls_back_everything(db: Database, row_counts: Counts, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    broken = _capability(tmp_path, monkeypatch, "broken_demo_capability", (
        "from desktop.models.demo import DemoStep\n"
        "def generate(db, run):\n"
        "    raise RuntimeError('step failed')\n"
        "DEMO = (DemoStep(99, 'broken_demo_capability:generate'),)\n"))
    before = row_counts(db)
    with pytest.raises(RuntimeError):
        demo.generate(db, OPTIONS, extra=[broken])
    assert row_counts(db) == before


def test_steps_run_after_the_people_and_add_their_counts(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _capability(tmp_path, monkeypatch, "counting_demo_capability", (
        "from desktop.models.demo import DemoStep\n"
        "SEEN = []\n"
        "def generate(db, run):\n"
        "    people = db.scalar('SELECT count(*) FROM person')\n"
        "    SEEN.append((run.options.today, run.options.years, people))\n"
        "    return {'extra': 3}\n"
        "DEMO = (DemoStep(99, 'counting_demo_capability:generate'),)\n"))
    counts = demo.generate(db, demo.DemoOptions(seed=1, members=5, years=2, today=TODAY),
                           extra=[counting])
    assert counts["extra"] == 3
    seen = importlib.import_module(counting).SEEN
    assert len(seen) == 1 and seen[0][:2] == (TODAY, 2)
    assert seen[0][2] == counts["members"] + counts["volunteers"] + counts["guardians"]


def test_make_id_gives_unique_valid_ids() -> None:
    rng = random.Random(3)
    used: set[str] = set()
    for n in range(200):
        value = demo.make_id(rng, date(1980, 1, 1 + n % 28), n % 2 == 0, used)
        assert validate_id_number(value, TODAY) is None
        assert sex_from_id(value) == ("男" if n % 2 == 0 else "女")
    assert len(used) == 200


def test_options_that_would_fail_half_way_are_named_before_anything_is_written(
        tmp_path: Path) -> None:
    earliest = demo.EARLIEST_DATE + timedelta(days=demo.MEMBER_AGES[1] * 365)
    too_early = demo.DemoOptions(members=3, years=1, today=earliest - timedelta(days=1))
    assert demo.options_problem(too_early, TODAY) == (
        f"--today {too_early.today} 太早：演示会员最大85岁，出生日期不能早于1900年，"
        f"--today 最早为 {earliest}")
    future = demo.DemoOptions(today=TODAY + timedelta(days=1))
    assert demo.options_problem(future, TODAY) == \
        f"--today {future.today} 晚于今天：演示数据不能来自未来"
    assert demo.options_problem(demo.DemoOptions(years=123, today=TODAY), TODAY) is not None
    # What the check lets through really generates: the edges included.
    for opts in (demo.DemoOptions(members=3, years=1, today=earliest),
                 demo.DemoOptions(members=3, years=122, today=date(2024, 1, 1))):
        assert demo.options_problem(opts, TODAY) is None
        with open_database(tmp_path / f"{opts.today}.db") as db:
            assert demo.generate(db, opts)["members"] == 3
