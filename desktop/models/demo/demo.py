"""Realistic, deterministic demo data (Faker zh_CN) for trying the app and for screenshots.

The same seed, counts and "today" always give the same database. Each capability declares its
part (``DEMO``, a :class:`~desktop.models.demo.DemoStep`, in its models package); the people
register comes first (:func:`generate_people`, declared by ``desktop.models.people``), then the
others in their ``order``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from desktop.models import capabilities
from desktop.models.admin.centre import XICHENG_STREETS, CentreProfile, is_configured, save_profile
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.db import Database
from desktop.models.demo import DemoStep
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import people
from desktop.models.people.identity import id_check_char
from desktop.models.people.person_input import FamilyLink, PersonInput

ACTOR = DEMO_ACTOR
# Weights follow the usual make-up of a centre's register: physical most common.
CATEGORY_WEIGHTS = {4: 36, 5: 16, 6: 15, 1: 11, 2: 10, 3: 3, 7: 9}
GRADE_WEIGHTS = {1: 14, 2: 26, 3: 31, 4: 29}
COMMUNITIES = ("二龙路", "西单", "丰盛", "太平桥", "复兴门", "月坛北", "白云观", "南营房",
               "阜外东", "三里河", "新街口东", "德胜里", "什刹海西", "大栅栏东", "天桥南")
HUTONGS = ("砖塔胡同", "兵马司胡同", "西四北二条", "白塔寺东夹道", "护国寺街", "辟才胡同",
           "丰盛胡同", "大乘胡同", "前公用胡同", "礼路胡同", "南闹市口", "报子街")
ORGANISATIONS = ("西城区志愿者联合会", "北京师范大学青年志愿者协会", "社区志愿服务队",
                 "金融街青年志愿者", "中国银行西城支行党员志愿队", "")
RELATIONS = ("父亲", "母亲", "配偶", "子女", "兄弟姐妹", "其他亲属")
# Areas of Beijing's districts (west city first: the centre's own residents).
AREA_CODES = ("110102", "110102", "110102", "110102", "110101", "110105", "110106", "110108")

# Members are 18 to 85 years old; they joined up to three years before the first year of data.
MEMBER_AGES = (18, 85)
JOINED_BEFORE_YEARS = 3
# Identity numbers and dates before 1900 are refused on entry (person_input, identity).
EARLIEST_DATE = date(1900, 1, 1)



@dataclass
class DemoOptions:
    """What `warmhome demo` was asked for."""

    seed: int = 2016
    members: int = 400
    years: int = 10
    # The day the data runs up to: `--today`, else today by the clock the command started.
    today: date = field(kw_only=True)
    street: str = XICHENG_STREETS[0]


def demo_profile(street: str, responsible_person: str) -> CentreProfile:
    """The demo centre of a 西城区 street: 月坛 → 月坛温馨家园, code XC-YT-01 (the street's
    pinyin initials), so demo databases of several streets look like several centres."""
    from pypinyin import Style, lazy_pinyin

    # The whole name at once: pypinyin's phrase list reads 长安 as chang'an, not zhang'an.
    initials = "".join(lazy_pinyin(street, style=Style.FIRST_LETTER)).upper()
    return CentreProfile(name=f"{street}温馨家园", code=f"XC-{initials}-01", district="西城区",
                         street=street, responsible_person=responsible_person,
                         phone="010-66012345")


@dataclass
class DemoRun:
    """What every step of one demo run shares: the options, the random stream (each step
    draws from it in turn, so the same seed gives the same data), the Faker instance and the
    identity numbers handed out so far."""

    options: DemoOptions
    rng: random.Random
    fake: Faker
    used_ids: set[str] = field(default_factory=set)


Generator = Callable[[Database, DemoRun], dict[str, int]]


def steps(extra: Sequence[str] = ()) -> list[DemoStep]:
    """Every capability's declared demo step (``DEMO``), in order; ``extra``: further
    capability packages."""
    found = capabilities.declarations("desktop.models", "DEMO", extra)
    return sorted(found, key=lambda step: step.order)


class DemoError(WarmHomeError):
    """Demo data can only go into a database without people."""


# Faker's zh_CN given names are not split by sex; the ID's sex digit must match the name.
GIVEN_MALE = ("伟", "强", "军", "刚", "勇", "杰", "涛", "斌", "明", "磊", "建国", "志强",
              "建华", "国庆", "文博", "浩然", "子轩", "德胜", "宏伟", "海涛", "俊杰", "振华",
              "立新", "永刚")
GIVEN_FEMALE = ("芳", "娟", "敏", "静", "丽", "艳", "霞", "秀英", "桂兰", "淑珍", "玉梅",
                "丽娟", "秀兰", "春梅", "慧敏", "雅琴", "欣怡", "梓涵", "红霞", "淑华", "婷婷",
                "晓燕", "美玲")


def options_problem(opts: DemoOptions, today: date) -> str | None:
    """What is wrong with the options, or None: checked before any database is opened, so
    options that would fail half-way create nothing."""
    if opts.today > today:
        return f"--today {opts.today} 晚于今天：演示数据不能来自未来"
    oldest = MEMBER_AGES[1] * 365
    if (opts.today - EARLIEST_DATE).days < oldest:
        earliest = EARLIEST_DATE + timedelta(days=oldest)
        return (f"--today {opts.today} 太早：演示会员最大{MEMBER_AGES[1]}岁，出生日期不能早于"
                f"1900年，--today 最早为 {earliest}")
    most = opts.today.year - EARLIEST_DATE.year - JOINED_BEFORE_YEARS + 1
    if opts.years > most:
        return (f"--years {opts.years} 太多：入会日期会早于1900年；--today {opts.today} 时"
                f"最多 {most} 年")
    return None


def gendered_name(fake: Faker, rng: random.Random, male: bool) -> str:
    """A Chinese name whose given name suits the sex coded in the person's ID."""
    return fake.last_name() + rng.choice(GIVEN_MALE if male else GIVEN_FEMALE)


def make_id(rng: random.Random, born: date, male: bool, used: set[str]) -> str:
    """A valid resident ID for this birth date and sex, unique within ``used``."""
    while True:
        area = rng.choice(AREA_CODES)
        seq = rng.randrange(0, 100)
        sex_digit = rng.choice("13579" if male else "02468")
        first17 = f"{area}{born:%Y%m%d}{seq:02d}{sex_digit}"
        value = first17 + id_check_char(first17)
        if value not in used:
            used.add(value)
            return value


def _weighted(rng: random.Random, weights: dict[int, int]) -> int:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _birth(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    return today - timedelta(days=rng.randint(min_age * 365 + 1, max_age * 365))


def _address(rng: random.Random, street: str) -> str:
    return f"北京市西城区{street}街道{rng.choice(HUTONGS)}{rng.randint(1, 120)}号"


def member_inputs(fake: Faker, rng: random.Random, opts: DemoOptions,
                  used: set[str]) -> list[PersonInput]:
    """Members with valid IDs and certificates, programmes matching their disability."""
    out: list[PersonInput] = []
    for n in range(opts.members):
        male = rng.random() < 0.55
        born = _birth(rng, opts.today, *MEMBER_AGES)
        id_number = make_id(rng, born, male, used)
        category = _weighted(rng, CATEGORY_WEIGHTS)
        grade = _weighted(rng, GRADE_WEIGHTS)
        age = (opts.today - born).days // 365
        programmes = ["温馨家园"]
        working_age = age < 60
        suits_rehab = category in (5, 6) or (category == 4 and grade <= 2)
        if working_age and suits_rehab and rng.random() < 0.5:
            programmes.append("职康站")
        if grade <= 2 and rng.random() < 0.35:
            programmes.append("日间照料")
        first_year = opts.today.year - opts.years + 1
        joined = date(rng.randint(first_year - JOINED_BEFORE_YEARS, opts.today.year),
                      rng.randint(1, 12), 1)
        joined = min(joined, opts.today)
        street = rng.choice(XICHENG_STREETS)
        out.append(PersonInput(
            name=gendered_name(fake, rng, male),
            id_number=id_number,
            phone=fake.phone_number() if rng.random() < 0.85 else "",
            address=_address(rng, street),
            street=street,
            community=rng.choice(COMMUNITIES) + "社区",
            emergency_contact=fake.name() if rng.random() < 0.7 else "",
            emergency_phone=fake.phone_number() if rng.random() < 0.6 else "",
            is_member=True,
            cert_number=f"{id_number}{category}{grade}" if rng.random() < 0.97 else "",
            programmes=programmes,
            joined_on=joined.isoformat(),
            card_number=f"WH{n + 1:06d}",
        ))
    return out


def volunteer_input(fake: Faker, rng: random.Random, opts: DemoOptions, used: set[str],
                    number: int) -> PersonInput:
    """A volunteer, usually with an ID (volunteer records need it for certificates)."""
    male = rng.random() < 0.4
    born = _birth(rng, opts.today, 18, 72)
    street = rng.choice(XICHENG_STREETS)
    return PersonInput(
        name=gendered_name(fake, rng, male),
        id_number=make_id(rng, born, male, used) if rng.random() < 0.9 else "",
        sex="男" if male else "女",
        birth_date=born.isoformat(),
        phone=fake.phone_number(),
        street=street,
        community=rng.choice(COMMUNITIES) + "社区",
        is_volunteer=True,
        volunteer_number=f"BJV{opts.today.year % 100:02d}{number:05d}",
        organisation=rng.choice(ORGANISATIONS),
    )


def generate(db: Database, opts: DemoOptions, extra: Sequence[str] = ()) -> dict[str, int]:
    """Fill an empty database with demo data: every declared step (:func:`steps`, people
    first) in one transaction; return the counts. ``extra``: further capability packages."""
    if int(db.scalar("SELECT count(*) FROM person")) > 0:
        raise DemoError(
            Message(QT_TRANSLATE_NOOP("Messages", "数据库中已有人员，演示数据只能载入空数据库"))
        )
    generators: list[Generator] = [capabilities.resolve(step.generate) for step in steps(extra)]
    fake = Faker("zh_CN")
    fake.seed_instance(opts.seed)
    run = DemoRun(opts, random.Random(opts.seed), fake)
    counts: dict[str, int] = {}
    with db.transaction():
        for generator in generators:
            counts.update(generator(db, run))
    return counts


def generate_people(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo centre's profile (unless one is set) and its people: members, their guardians
    and volunteers. The first step: every other builds on the register."""
    opts, rng, fake, used = run.options, run.rng, run.fake, run.used_ids
    counts = {"members": 0, "volunteers": 0, "guardians": 0}
    if not is_configured(db):
        save_profile(db, demo_profile(opts.street, fake.name()), actor=ACTOR)
    member_ids: list[tuple[int, PersonInput]] = []
    for data in member_inputs(fake, rng, opts, used):
        pid = people.create_person(db, data, actor=ACTOR, today=opts.today)
        member_ids.append((pid, data))
        counts["members"] += 1
    for pid, data in member_ids:
        category = int(data.cert_number[18]) if data.cert_number else 0
        needs_guardian = category in (5, 6, 7) or data.cert_number[19:20] == "1"
        if needs_guardian and rng.random() < 0.6:
            guardian = PersonInput(
                name=data.name[0] + fake.first_name(),
                phone=fake.phone_number(),
                street=data.street,
                community=data.community,
                address=data.address,
                family_links=[FamilyLink(pid, rng.choice(RELATIONS), True)],
            )
            people.create_person(db, guardian, actor=ACTOR, today=opts.today)
            counts["guardians"] += 1
    for n in range(max(1, opts.members // 5)):
        people.create_person(db, volunteer_input(fake, rng, opts, used, n + 1),
                             actor=ACTOR, today=opts.today)
        counts["volunteers"] += 1
    return counts
