"""The command line as district staff and scripts use it: real subprocesses, real files.

Each subprocess costs a Python start-up, so independent command lines run side by side
(``run_many``) and the long table of field messages is also checked in-process through
``cli.main`` (the very same code path, minus the process start-up).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.models.db import SCHEMA_VERSION, open_database
from desktop.models.people import people
from desktop.models.people.identity import id_check_char
from desktop.models.people.person_input import PersonInput
from tests.cli.conftest import Command, Result, Run, RunMany, digest, one_line_error
from tests.conftest import ROOT, STAFF, main_env
from tests.disk_helpers import MakeReadOnly

DEMO_ARGS = ("--members", "30", "--seed", "11", "--today", "2024-06-01")
Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def demo_db(run: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled once by `demo` and shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("demo", "--db", path, *DEMO_ARGS)
    assert result.returncode == 0, result.stderr
    assert "已载入演示数据" in result.stdout
    return path


@pytest.fixture(scope="module")
def demo_rows(run: Run, demo_db: Path) -> Rows:
    """`people list --json` of the demo database."""
    return people_json(run, demo_db)


def counts(path: Path) -> tuple[int, int, int]:
    """(persons, members, audit entries) in the database at ``path``."""
    with open_database(path) as database:
        return (database.scalar("SELECT count(*) FROM person"),
                database.scalar("SELECT count(*) FROM member"),
                database.scalar("SELECT count(*) FROM audit_log"))


def people_json(run: Run, path: Path, *args: str) -> Rows:
    result = run("people", "list", "--json", "--db", path, *args)
    assert result.returncode == 0, result.stderr
    rows: Rows = json.loads(result.stdout)
    return rows


def valid_id(born: date = date(1985, 7, 9), seq: str = "123") -> str:
    first17 = f"110102{born:%Y%m%d}{seq}"
    return first17 + id_check_char(first17)


def _make_small_db(path: Path) -> Path:
    """A migrated database with one member already registered (person id 1)."""
    with open_database(path) as database:
        people.create_person(database, PersonInput(
            name="已有会员", id_number="360426199101010071", phone="13800000000",
            is_member=True, cert_number="36042619910101007151", card_number="WH1"),
            actor=STAFF)
    return path


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    return _make_small_db(tmp_path / "small.db")


# -- version, demo, list, search, check ------------------------------------------------------------
def test_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0
    name, version = result.stdout.split()
    assert name == "warmhome" and version[0].isdigit()


def test_people_list_json_has_the_public_keys_and_masks(demo_rows: Rows,
                                                        demo_db: Path) -> None:
    assert len(demo_rows) > 30
    for row in demo_rows:
        assert {"id", "name", "sex", "roles", "id_number", "phone", "street"} <= set(row)
        assert isinstance(row["id"], int) and isinstance(row["roles"], list)
        for key in ("id_number", "phone"):
            value = row[key]
            assert isinstance(value, str)
            assert value == "" or "*" in value, (key, value)
    members = [r for r in demo_rows if "member" in r["roles"]]
    assert len(members) == 30
    assert all("*" in str(r["id_number"]) for r in members)
    assert all(r["street"] for r in demo_rows)
    # No clear identifier or phone anywhere in the output.
    with open_database(demo_db) as database:
        clear = [v for r in database.query("SELECT id_number, phone FROM person")
                 for v in r if v]
    text = json.dumps(demo_rows, ensure_ascii=False)
    assert not [value for value in clear if value in text]


def test_people_list_plain_prints_one_masked_line_per_person(
        run: Run, demo_db: Path, demo_rows: Rows) -> None:
    result = run("people", "list", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(demo_rows)
    assert all(line.split("\t")[4] == "" or "*" in line.split("\t")[4] for line in lines)


def test_people_list_search_and_role(run_many: RunMany, demo_db: Path,
                                     demo_rows: Rows) -> None:
    target = next(r for r in demo_rows if "member" in r["roles"])
    searches = [("--search", str(target["name"])),
                # The last four characters of the ID (shown even when masked) find the person.
                ("--search", str(target["id_number"])[-4:]),
                ("--search", "%"), ("--search", "_"), ("--search", "'; DROP TABLE person; --"),
                ("--role", "volunteer")]
    results = run_many([("people", "list", "--json", "--db", demo_db, *args)
                        for args in searches])
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    by_name, by_id, percent, underscore, sql, volunteers = (json.loads(r.stdout)
                                                            for r in results)
    assert by_name and by_name[0]["id"] == target["id"]
    assert target["id"] in [r["id"] for r in by_id]
    assert percent == underscore == sql == []
    assert volunteers == [r for r in demo_rows
                          if "volunteer" in r["roles"]]
    assert len(volunteers) == 6


def test_check_healthy_database(run: Run, demo_db: Path) -> None:
    result = run("check", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    assert f"数据库：{demo_db}" in result.stdout
    assert f"结构版本：{SCHEMA_VERSION}" in result.stdout
    assert "完整性检查：正常" in result.stdout


def test_demo_is_deterministic_and_refuses_a_filled_database(
        run_many: RunMany, run: Run, tmp_path: Path, demo_db: Path,
        demo_rows: Rows) -> None:
    again = tmp_path / "again.db"
    before = counts(demo_db)
    fresh, refused = run_many([("demo", "--db", again, *DEMO_ARGS),
                               ("demo", "--db", demo_db, *DEMO_ARGS)])
    assert fresh.returncode == 0, fresh.stderr
    assert people_json(run, again) == demo_rows
    assert "已有人员" in one_line_error(refused)
    assert counts(demo_db) == before


# -- where the database is -------------------------------------------------------------------------
def test_db_option_works_before_and_after_the_subcommand(run_many: RunMany,
                                                         demo_db: Path) -> None:
    commands: list[Command] = [("--db", demo_db, "people", "list", "--json"),
                ("people", "--db", demo_db, "list", "--json"),
                ("people", "list", "--json", "--db", demo_db),
                ("--db", demo_db, "check")]
    *lists, check = run_many(commands)
    for args, result in zip(commands, lists, strict=False):
        assert result.returncode == 0, (args, result.stderr)
        assert len(json.loads(result.stdout)) > 30, args
    assert check.returncode == 0 and f"数据库：{demo_db}" in check.stdout


def test_db_option_on_every_subcommand(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "every.db"
    # A user data folder of this test's own, to prove nothing is written there.
    xdg = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert run("demo", "--db", path, "--members", "3", "--today", "2024-06-01", **xdg
               ).returncode == 0
    assert run("check", "--db", path, **xdg).returncode == 0
    added = run("people", "add", "--db", path, "--name", "赵六", "--role", "volunteer", **xdg)
    assert added.returncode == 0, added.stderr
    person_id = added.stdout.strip()
    archived = run("people", "archive", "--db", path, person_id, "--reason", "测试", **xdg)
    assert archived.returncode == 0, archived.stderr
    listed = run("people", "list", "--json", "--archived", "--search", "赵六", "--db", path,
                 **xdg)
    assert [(r["name"], r["archived"]) for r in json.loads(listed.stdout)] == [("赵六", True)]
    assert not (tmp_path / "xdg").exists()


def test_warmhome_db_environment_variable_is_honoured(run: Run, run_many: RunMany,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    other = tmp_path / "other.db"
    open_database(other).close()
    result = run("people", "add", "--name", "钱七", "--role", "volunteer",
                 WARMHOME_DB=str(path))
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    check, overridden = run_many([("check",), ("check", "--db", other)])
    assert str(path) not in check.stdout + check.stderr  # without the variable: not that file
    env_check = run("check", WARMHOME_DB=str(path))
    assert env_check.returncode == 0 and f"数据库：{path}" in env_check.stdout
    assert "人员：1" in env_check.stdout
    # --db wins over the environment.
    assert overridden.returncode == 0 and f"数据库：{other}" in overridden.stdout


def test_default_database_is_in_the_user_data_folder(run: Run, tmp_path: Path) -> None:
    xdg = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    # Not there yet: refused, naming where it was looked for, and nothing is created.
    line = one_line_error(run("check", **xdg))
    assert "数据库文件不存在" in line and str(tmp_path / "xdg") in line
    assert not (tmp_path / "xdg").exists()
    assert run("demo", "--members", "3", "--today", "2024-06-01", **xdg).returncode == 0
    result = run("check", **xdg)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "xdg") in result.stdout


# Every command that reads or changes an existing centre's data, with a folder to export to.
def _commands_on_existing_data(out: Path) -> list[Command]:
    month = f"{date.today().replace(day=1) - timedelta(days=1):%Y-%m}"
    return [
        ("check",), ("backup",), ("audit", "verify"), ("people", "list"),
        ("people", "archive", "1", "--reason", "迁出"), ("users", "list"),
        ("users", "disable", "desk"), ("users", "enable", "desk"),
        ("attendance", "summary", "--month", month), ("subsidy", "--month", month),
        ("export-month", month, "--out", out), ("month", "status", month),
        ("month", "close", month), ("month", "reopen", month, "--reason", "更正"),
        ("month", "submissions")]


def test_a_database_that_does_not_exist_is_refused_and_not_created(
        run_many: RunMany, run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nonexist.db"
    out = tmp_path / "out"
    out.mkdir()
    commands = _commands_on_existing_data(out)
    results = run_many([(*args, "--db", missing) for args in commands])
    expected = (f"warmhome: 错误：数据库文件不存在：{missing}（用 --db 指定正确的文件；"
                "新建请先运行图形界面或 warmhome demo）")
    for args, result in zip(commands, results, strict=True):
        assert one_line_error(result) == expected, args
        assert result.returncode == 1 and result.stdout == "", args
    # WARMHOME_DB mistyped the same way.
    assert one_line_error(run("month", "status", "2024-05", WARMHOME_DB=str(missing))) == \
        expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert list(out.iterdir()) == []


def test_first_time_setup_commands_create_the_database(run: Run, tmp_path: Path) -> None:
    made = {name: tmp_path / f"{name}.db" for name in ("people", "users")}
    added = run("people", "add", "--name", "赵六", "--role", "volunteer", "--db",
                made["people"])
    assert added.returncode == 0, added.stderr
    first = run("users", "add", "boss", "--role", "admin", "--db", made["users"],
                stdin="secret-pass-1\n")
    assert first.returncode == 0, first.stderr
    assert all(path.is_file() for path in made.values())


# -- bad files: one line naming the file, file untouched -------------------------------------------
def test_not_a_database(run_many: RunMany, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("这不是数据库\n", encoding="utf-8")
    noise = tmp_path / "random.db"
    noise.write_bytes(os.urandom(4096))
    before = {p: digest(p) for p in (text, noise)}
    commands = [("check", "--db", text), ("check", "--db", noise),
                ("people", "list", "--db", noise), ("demo", "--db", noise)]
    for (*_, path), result in zip(commands, run_many(commands), strict=True):
        line = one_line_error(result)
        assert str(path) in line and "不是 SQLite" in line
    assert {p: digest(p) for p in (text, noise)} == before


def _damaged_copy(source: Path, target: Path, start: int, end: int) -> Path:
    data = bytearray(source.read_bytes())
    data[start:end] = b"\x5a" * (end - start)
    target.write_bytes(bytes(data))
    return target


def test_damaged_database(run_many: RunMany, demo_db: Path, tmp_path: Path) -> None:
    schema = _damaged_copy(demo_db, tmp_path / "schema.db", 100, 4096)
    # Opening reads the header and the schema; damage to the person table's root page shows
    # only when data is read.
    with sqlite3.connect(demo_db) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    start = (root - 1) * page_size
    data = _damaged_copy(demo_db, tmp_path / "data.db", start, start + page_size)
    before = {p: digest(p) for p in (schema, data)}
    commands = [("check", "--db", schema), ("people", "list", "--db", schema),
                ("check", "--db", data), ("people", "list", "--db", data)]
    results = run_many(commands)
    for (*_, path), result in zip(commands, results, strict=True):
        assert str(path) in one_line_error(result)
    assert "损坏" in results[0].stderr and "损坏" in results[1].stderr
    assert "检查未通过" in results[2].stderr
    assert "问题：" in results[2].stdout and "损坏" in results[2].stdout
    assert "损坏" in results[3].stderr
    assert {p: digest(p) for p in (schema, data)} == before


def test_database_from_a_newer_version(run_many: RunMany, tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    commands = [(*args, "--db", path) for args in (
        ("check",), ("people", "list"), ("people", "add", "--name", "甲", "--role", "volunteer"))]
    for result in run_many(commands):
        line = one_line_error(result)
        assert str(path) in line
        assert "更新版本" in line
    assert digest(path) == before


def test_another_programs_database(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER)")
    conn.close()
    before = digest(path)
    line = one_line_error(run("check", "--db", path))
    assert str(path) in line and "其他软件" in line
    assert digest(path) == before


def test_path_that_cannot_be_created(run_many: RunMany, tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    commands = [(*args, "--db", blocker / "x.db") for args in (
        ("check",), ("demo",), ("people", "list"),
        ("people", "add", "--name", "甲", "--role", "volunteer"),
        ("people", "archive", "1", "--reason", "x"))]
    for result in run_many(commands):
        assert str(blocker) in one_line_error(result)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_read_only_folder(run_many: RunMany, tmp_path: Path,
                          make_read_only: MakeReadOnly) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    existing = folder / "centre.db"
    open_database(existing).close()
    before = existing.read_bytes()
    make_read_only(folder)
    opened, created = run_many([("check", "--db", existing),
                                ("demo", "--members", "3", "--db", folder / "new.db")])
    assert one_line_error(opened).startswith(
        f"warmhome: 错误：不能在数据库所在的文件夹 {folder} 中写入")
    assert one_line_error(created).startswith(f"warmhome: 错误：不能在文件夹 {folder} 中写入")
    assert "无法新建数据库" in created.stderr
    assert [p.name for p in folder.iterdir()] == ["centre.db"]
    assert existing.read_bytes() == before


# -- people add: every bad input gets a field message and writes nothing ---------------------------
FUTURE = date.today() + timedelta(days=30)
BAD_ADDS: list[tuple[tuple[str, ...], str]] = [
    (("--role", "member", "--id", "360426199101010072"),
     "身份证号校验位不正确，请核对每一位数字"),
    (("--role", "member", "--id", "11010519990230001x"),
     "身份证号中的出生日期 19990230 不是有效日期"),
    (("--role", "member", "--id", valid_id(FUTURE)),
     "身份证号中的出生日期在今天之后"),
    (("--role", "member", "--id", "1101051949"), "身份证号应为18位，现在是10位"),
    (("--role", "member", "--id", valid_id(), "--cert", "36012119701121001343"),
     "残疾人证号的前18位应与身份证号一致"),
    (("--role", "member", "--cert", valid_id() + "83"),
     "残疾人证号第19位是残疾类别，应为1–7"),
    (("--role", "member", "--cert", valid_id() + "45"),
     "残疾人证号第20位是残疾等级，应为1–4"),
    (("--role", "member", "--phone", "12345"), "联系电话：手机号应为11位，以13–19开头"),
    (("--role", "volunteer", "--phone", "010-66"), "联系电话：电话格式不正确"),
    (("--role", "volunteer", "--emergency-phone", "电话"),
     "紧急联系电话：电话号码只能包含数字和连字符"),
    (("--role", "member", "--birth", "1999-02-30"), "出生日期不是有效日期"),
    (("--role", "member", "--birth", FUTURE.isoformat()), "出生日期不能晚于今天"),
    (("--role", "member", "--joined", "2024-02-31"), "入会日期不是有效日期"),
    (("--role", "volunteer", "--notes", "长" * 2001), "备注最多2000个字，现在是2001个字"),
    (("--role", "volunteer", "--address", "址" * 201), "住址最多200个字，现在是201个字"),
    (("--role", "volunteer", "--name", "名" * 51), "姓名最多50个字，现在是51个字"),
    (("--role", "member", "--card", "卡 1"), "签到卡号只能包含字母、数字和连字符"),
    ((), "请至少选择一个身份"),
    (("--guardian-of", "999"), "关联的会员（编号 999）不存在"),
    (("--role", "member", "--id", "360426199101010071"),
     "身份证号与已登记的 已有会员 相同（已有人员编号 1）"),
    (("--role", "member", "--cert", "36042619910101007151B2"), "（已有人员编号 1）"),
    (("--role", "member", "--card", "wh1"), "签到卡号已被 已有会员 使用（已有人员编号 1）"),
]
# One of each kind as a real process: ID, date in ID, future, certificate, phone, date,
# length, duplicate.
SUBPROCESS_CASES = (0, 1, 2, 4, 5, 6, 7, 10, 11, 15, 19, 21)
CASE_IDS = [expected.split("：")[0][:12] + f"-{n}" for n, (_, expected) in enumerate(BAD_ADDS)]


@pytest.mark.parametrize("case", range(len(BAD_ADDS)), ids=CASE_IDS)
def test_people_add_bad_input_in_process(small_db: Path, capsys: pytest.CaptureFixture[str],
                                         case: int) -> None:
    args, expected = BAD_ADDS[case]
    code = cli.main(["people", "add", "--db", str(small_db), "--name", "新人", *args])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_ERROR
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("warmhome: 错误：")
    assert expected in err
    assert counts(small_db) == (1, 1, 1)  # the one member and its audit entry, nothing more


@pytest.fixture(scope="module")
def bad_add_results(run_many: RunMany, tmp_path_factory: pytest.TempPathFactory
                    ) -> dict[int, tuple[Result, Path]]:
    """The chosen bad `people add` lines, each against its own copy of a one-member database."""
    folder = tmp_path_factory.mktemp("bad-add")
    template = _make_small_db(folder / "template.db")
    paths = {n: folder / f"case{n}.db" for n in SUBPROCESS_CASES}
    for path in paths.values():
        shutil.copyfile(template, path)
    commands: list[Command] = [
        ("people", "add", "--db", paths[n], "--name", "新人", *BAD_ADDS[n][0])
        for n in SUBPROCESS_CASES]
    return {n: (result, paths[n])
            for n, result in zip(SUBPROCESS_CASES, run_many(commands), strict=True)}


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=[CASE_IDS[n] for n in SUBPROCESS_CASES])
def test_people_add_bad_input(bad_add_results: dict[int, tuple[Result, Path]],
                              case: int) -> None:
    result, path = bad_add_results[case]
    line = one_line_error(result)
    assert result.returncode == cli.EXIT_ERROR
    assert BAD_ADDS[case][1] in line
    assert result.stdout == ""
    assert counts(path) == (1, 1, 1)


def test_people_add_stores_a_member_and_warns_about_a_similar_person(
        run: Run, small_db: Path) -> None:
    result = run("people", "add", "--db", small_db, "--name", "阿依古丽·买买提", "--role",
                 "member", "--id", "11010519491231002x", "--cert", "11010519491231002x43b1",
                 "--phone", "138 1234 5678", "--programme", "职康站", "--card", "wh9",
                 "--street", "月坛")
    assert result.returncode == 0, result.stderr
    person_id = int(result.stdout.strip())
    with open_database(small_db) as database:
        row = database.query_one(
            "SELECT p.*, m.cert_number, m.category, m.grade, m.card_number FROM person p"
            " JOIN member m ON m.person_id = p.id WHERE p.id = ?", (person_id,))
        assert row is not None
        assert row["name"] == "阿依古丽·买买提"
        assert row["id_number"] == "11010519491231002X"
        assert row["cert_number"] == "11010519491231002X43B1"
        assert (row["category"], row["grade"], row["card_number"]) == (4, 3, "WH9")
        assert row["phone"] == "13812345678"

    # Same name and phone: saved, with a one-line warning naming the other person.
    similar = run("people", "add", "--db", small_db, "--name", "阿依古丽·买买提", "--role",
                  "volunteer", "--phone", "13812345678")
    assert similar.returncode == 0, similar.stderr
    assert "Traceback" not in similar.stderr
    assert f"编号 {person_id}" in similar.stderr
    assert "同名且电话相同" in similar.stderr
    found = people_json(run, small_db, "--search", "ayglmmt")
    assert sorted(r["id"] for r in found) == [person_id, int(similar.stdout)]
    assert {r["id_number"] for r in found} == {"110105********002X", ""}


def test_people_add_guardian(run: Run, small_db: Path) -> None:
    result = run("people", "add", "--db", small_db, "--name", "家长", "--guardian-of", "1",
                 "--relation", "母亲")
    assert result.returncode == 0, result.stderr
    with open_database(small_db) as database:
        link = database.query_one("SELECT * FROM family_link")
        assert link is not None
        assert (link["member_id"], link["relation"], link["is_guardian"]) == (1, "母亲", 1)


# -- people archive --------------------------------------------------------------------------------
def test_people_archive_errors(run: Run, run_many: RunMany, small_db: Path) -> None:
    before = counts(small_db)
    blank, missing = run_many([("people", "archive", "--db", small_db, "1", "--reason", "  "),
                               ("people", "archive", "--db", small_db, "99", "--reason", "x")])
    assert "请填写归档原因" in one_line_error(blank)
    assert "99" in one_line_error(missing)
    assert counts(small_db) == before
    assert run("people", "archive", "--db", small_db, "1", "--reason", "迁出").returncode == 0
    assert "已经归档" in one_line_error(
        run("people", "archive", "--db", small_db, "1", "--reason", "再次"))


# -- usage errors are one line too -----------------------------------------------------------------
USAGE_ERRORS: list[tuple[str, ...]] = [
    ("people", "add", "--role", "member"),          # --name missing
    ("people", "archive", "1"),                       # --reason missing
    ("people", "archive", "abc", "--reason", "x"),    # not a number
    ("demo", "--members", "0"),
    ("demo", "--today", "2024-13-01"),
    ("people", "add", "--name", "甲", "--programme", "不存在"),
    ("people",),
    ("no-such-command",),
    ("--no-such-option", "check"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_usage_errors_are_one_line_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              args: tuple[str, ...]) -> None:
    path = tmp_path / "usage.db"
    with pytest.raises(SystemExit) as caught:
        cli.main([*args, "--db", str(path)])
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("warmhome") and "错误" in err
    assert not path.exists()


def test_usage_errors_are_one_line(run_many: RunMany, tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    chosen = [USAGE_ERRORS[0], USAGE_ERRORS[3], USAGE_ERRORS[7]]
    for result in run_many([(*args, "--db", path) for args in chosen]):
        one_line_error(result)
        assert result.returncode == 2
    assert not path.exists()


def test_help_lists_the_subcommands(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "people"):
        assert command in result.stdout


def test_cli_does_not_import_qt(tmp_path: Path) -> None:
    open_database(tmp_path / "q.db").close()
    code = ("import sys; from desktop import cli; "
            "code = cli.main(['check', '--db', sys.argv[1]]); "
            "qt = sorted(m for m in sys.modules"
            " if m.split('.')[0] in ('PySide6', 'shiboken6', 'qt_material')); "
            "assert code == 0 and not qt, qt")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "q.db")], cwd=ROOT,
                            env=main_env(tmp_path), capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
