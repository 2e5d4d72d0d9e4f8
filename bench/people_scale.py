"""A deterministic register of 100,000 people, for measuring the people page at scale.

The people are made like the demo's (Faker zh_CN, seeded; valid IDs from ``demo.make_id`` and
certificate numbers with a plausible mix of categories and grades), with guardians and other
family members linked to members, volunteers, and a few archived members. Every row goes
through the app's own normalisation, validation and search-key code (``people._person_columns``
and ``people._member_columns``); only the writing is different: one ``executemany`` per table
inside one transaction instead of one ``create_person`` per person, and no audit entries.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from bench import reference
from bench.common import DATA_DIR, source_fingerprint
from bench.reference import TODAY, PreparedDb, build_cached, count_people
from desktop.models.admin.centre import CentreProfile, save_profile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.demo import demo
from desktop.models.people import people
from desktop.models.people.person_input import (
    FamilyLink,
    PersonInput,
    normalised,
    validate_person,
)

FULL_SIZE = 100_000
QUICK_SIZE = 20_000
SEED = 100_000
PREFIX = "people-"
VOLUNTEER_SHARE = 0.10
ARCHIVED_SHARE = 0.04
# Each member brings about 0.28 guardians (demo.generate's rule); the rest of the non-volunteer
# share is filled with family members who are not guardians.
MEMBERS_PER_NON_VOLUNTEER = 1 / 1.3
GUARDIAN_ALSO_VOLUNTEER = 0.05
# Who writes the centre profile (recorded in its audit entry).
BENCH_ACTOR = Actor("bench", Role.ADMIN)
ARCHIVE_REASONS = ("迁出本区", "去世", "长期未参加活动", "本人申请退出")
FAMILY_RELATIONS = ("配偶", "子女", "兄弟姐妹", "其他亲属")


@dataclass(frozen=True)
class ScaleOptions:
    """How many people, from which seed, as of which day."""

    people: int = FULL_SIZE
    seed: int = SEED
    today: date = TODAY


@dataclass
class PlannedPerson:
    """One person to write: the form input, the id they get, and whether they are archived."""

    person_id: int
    data: PersonInput
    archive_reason: str = ""
    extra_links: list[FamilyLink] = field(default_factory=list)


def _needs_guardian(member: PersonInput) -> bool:
    """demo.generate's rule: intellectual, mental or multiple disability, or grade 1."""
    cert = member.cert_number
    return bool(cert) and (cert[18] in "567" or cert[19:20] == "1")


def _relative(fake: Faker, rng: random.Random, member: PersonInput, member_id: int,
              guardian: bool) -> PersonInput:
    relation = rng.choice(demo.RELATIONS if guardian else FAMILY_RELATIONS)
    also_volunteer = guardian and rng.random() < GUARDIAN_ALSO_VOLUNTEER
    return PersonInput(
        name=member.name[0] + fake.first_name(),
        phone=fake.phone_number(),
        street=member.street,
        community=member.community,
        address=member.address,
        family_links=[FamilyLink(member_id, relation, guardian)],
        is_volunteer=also_volunteer,
    )


def plan_people(opts: ScaleOptions) -> list[PlannedPerson]:
    """Everyone to write, in id order: members each followed by their guardian, then volunteers."""
    fake = Faker("zh_CN")
    fake.seed_instance(opts.seed)
    rng = random.Random(opts.seed)
    used_ids: set[str] = set()
    volunteers = round(opts.people * VOLUNTEER_SHARE)
    budget = opts.people - volunteers
    demo_opts = demo.DemoOptions(seed=opts.seed, members=math.floor(budget *
                                 MEMBERS_PER_NON_VOLUNTEER), years=10, today=opts.today)
    planned: list[PlannedPerson] = []
    member_ids: list[tuple[int, PersonInput]] = []
    for member in demo.member_inputs(fake, rng, demo_opts, used_ids):
        if len(planned) >= budget:
            break
        reason = rng.choice(ARCHIVE_REASONS) if rng.random() < ARCHIVED_SHARE else ""
        planned.append(PlannedPerson(len(planned) + 1, member, reason))
        member_ids.append((len(planned), member))
        if _needs_guardian(member) and rng.random() < 0.6 and len(planned) < budget:
            relative = _relative(fake, rng, member, len(planned), guardian=True)
            planned.append(PlannedPerson(len(planned) + 1, relative))
    while len(planned) < budget:
        member_id, member = rng.choice(member_ids)
        relative = _relative(fake, rng, member, member_id, guardian=False)
        planned.append(PlannedPerson(len(planned) + 1, relative))
    volunteer_number = 0
    for person in planned:
        if person.data.is_volunteer:
            volunteer_number += 1
            person.data.volunteer_number = _volunteer_number(opts.today, volunteer_number)
    for _ in range(volunteers):
        volunteer_number += 1
        data = demo.volunteer_input(fake, rng, demo_opts, used_ids, volunteer_number)
        planned.append(PlannedPerson(len(planned) + 1, data))
    return planned


def _volunteer_number(today: date, number: int) -> str:
    return f"BJV{today.year % 100:02d}{number:05d}"


@dataclass
class _Rows:
    """The rows for each table, as executemany parameters."""

    person: list[dict[str, Any]] = field(default_factory=list)
    member: list[dict[str, Any]] = field(default_factory=list)
    programme: list[tuple[int, str]] = field(default_factory=list)
    volunteer: list[tuple[int, str | None, str]] = field(default_factory=list)
    family: list[tuple[int, int, str, int]] = field(default_factory=list)


def build_rows(planned: Iterable[PlannedPerson], today: date) -> _Rows:
    """Normalise and validate every person and compute the stored columns with the app's code.

    Raises ValueError naming the person when the generator produced something the app refuses.
    """
    rows = _Rows()
    today_stamp = f"{today.isoformat()}T09:00:00"
    for person in planned:
        data = normalised(person.data, today)
        errors = validate_person(data, today)
        if errors:
            raise ValueError(f"generated person {person.person_id} is invalid: {errors}")
        stamp = f"{data.joined_on}T09:00:00" if data.joined_on else today_stamp
        rows.person.append({
            "id": person.person_id,
            **people._person_columns(data),
            "created_at": stamp,
            "updated_at": stamp,
            "archived_at": today_stamp if person.archive_reason else None,
            "archive_reason": person.archive_reason or None,
        })
        if data.is_member:
            rows.member.append({"person_id": person.person_id, **people._member_columns(data)})
            rows.programme.extend((person.person_id, p) for p in data.programmes)
        if data.is_volunteer:
            rows.volunteer.append((person.person_id, data.volunteer_number or None,
                                   data.organisation))
        rows.family.extend((person.person_id, link.member_id, link.relation,
                            int(link.is_guardian)) for link in data.family_links)
    return rows


def _insert_sql(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    return (f"INSERT INTO {table} ({', '.join(names)})"
            f" VALUES ({', '.join(':' + n for n in names)})")


def write_rows(db: Database, rows: _Rows) -> None:
    """Bulk-insert every table in one transaction."""
    with db.transaction():
        save_profile(db, CentreProfile(
            name="西城区残联（规模测试）", code="XC-BENCH-01", district="西城区",
            street="西长安街", responsible_person="测试", phone="010-66012345"), actor=BENCH_ACTOR)
        db.executemany(_insert_sql("person", rows.person[0]), rows.person)
        member_sql = _insert_sql("member", [*rows.member[0], "active"]).replace(":active", "1")
        db.executemany(member_sql, rows.member)
        db.executemany("INSERT INTO member_programme (person_id, programme) VALUES (?, ?)",
                       rows.programme)
        db.executemany("INSERT INTO volunteer (person_id, volunteer_number, organisation,"
                       " active) VALUES (?, ?, ?, 1)", rows.volunteer)
        db.executemany("INSERT INTO family_link (person_id, member_id, relation,"
                       " is_guardian) VALUES (?, ?, ?, ?)", rows.family)


def generate_scale(db: Database, opts: ScaleOptions) -> dict[str, float]:
    """Fill an empty database with ``opts.people`` people; return counts and phase timings."""
    if int(db.scalar("SELECT count(*) FROM person")) > 0:
        raise ValueError("the scale generator needs an empty database")
    started = time.perf_counter()
    planned = plan_people(opts)
    planned_at = time.perf_counter()
    rows = build_rows(planned, opts.today)
    built_at = time.perf_counter()
    write_rows(db, rows)
    written_at = time.perf_counter()
    return {
        "people": len(rows.person),
        "members": len(rows.member),
        "volunteers": len(rows.volunteer),
        "family_links": len(rows.family),
        "archived": sum(1 for r in rows.person if r["archived_at"]),
        "plan_s": planned_at - started,
        "rows_s": built_at - planned_at,
        "insert_s": written_at - built_at,
    }


def scale_path(opts: ScaleOptions) -> Path:
    """Where the database for these options and the current code is cached."""
    key = f"{opts.people}-s{opts.seed}-{opts.today:%Y%m%d}"
    # reference.py too: build_cached there adds the bench account to every cached database.
    fingerprint = source_fingerprint(extra=[Path(__file__), Path(reference.__file__)])
    return DATA_DIR / f"{PREFIX}{key}-{fingerprint}.db"


def scale_db(opts: ScaleOptions, regenerate: bool = False) -> PreparedDb:
    """The scale database for ``opts``, generated unless already cached."""
    path = scale_path(opts)
    if not regenerate and reference.reusable(path):
        return PreparedDb(path, count_people(path), None)
    return build_cached(path, lambda db: int(generate_scale(db, opts)["people"]),
                        f"{PREFIX}{opts.people}-")
