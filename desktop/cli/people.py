"""`warmhome people …`: list, add, archive people; the roster template and its import."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.arguments import int_arg
from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, OptionError, open_db
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.people.person_input import (
    PROGRAMMES,
    ROLES,
    FamilyLink,
    PersonInput,
    PersonRole,
)


def cmd_people_list(args: argparse.Namespace) -> int:
    """Print people, masked, as a table or JSON."""
    from desktop.models.people import (
        people_query,  # loaded when run: keeps the GUI start light
    )

    archived = (people_query.ArchivedFilter.ALL if args.archived
                else people_query.ArchivedFilter.ACTIVE)
    role = PersonRole(args.role) if args.role else None
    query = people_query.PeopleQuery(text=args.search or "", role=role, archived=archived)
    with open_db(args) as db:
        rows = people_query.list_people(db, query)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        print("\t".join([str(r.id), r.name, r.sex, r.birth_date, r.id_number, r.phone,
                         r.street, r.role_names, r.category_name, r.grade_name]))
    print(f"共 {len(rows)} 人", file=sys.stderr)
    return EXIT_OK


# Options that only mean something for one role: given without the role, they would be
# silently dropped, so they are refused instead.
_ROLE_OPTIONS = {
    "member": (("cert", "--cert"), ("programme", "--programme"), ("joined", "--joined"),
               ("card", "--card")),
    "volunteer": (("volunteer_number", "--volunteer-number"),
                  ("organisation", "--organisation")),
}


def _person_from_args(args: argparse.Namespace) -> PersonInput:
    roles = set(args.role or [])
    for role, options in _ROLE_OPTIONS.items():
        given = [flag for attr, flag in options if getattr(args, attr)]
        if given and role not in roles:
            role_name = "会员" if role == "member" else "志愿者"
            raise OptionError(f"{'、'.join(given)} 只用于{role_name}，请同时给出 --role {role}")
    if args.relation and not args.guardian_of:
        raise OptionError("--relation 需要与 --guardian-of 一起使用")
    links = [FamilyLink(member_id=m, relation=args.relation or "", is_guardian=True)
             for m in (args.guardian_of or [])]
    return PersonInput(
        name=args.name, sex=args.sex or "", birth_date=args.birth or "",
        id_number=args.id or "", phone=args.phone or "", address=args.address or "",
        street=args.street or "", community=args.community or "",
        emergency_contact=args.emergency_contact or "",
        emergency_phone=args.emergency_phone or "", notes=args.notes or "",
        is_member="member" in roles, cert_number=args.cert or "",
        programmes=args.programme or [], joined_on=args.joined or "",
        card_number=args.card or "",
        is_volunteer="volunteer" in roles, volunteer_number=args.volunteer_number or "",
        organisation=args.organisation or "", family_links=links,
    )


def cmd_people_add(args: argparse.Namespace) -> int:
    """Add one person; refuses invalid or duplicate identifiers."""
    from desktop.models.people import people

    data = _person_from_args(args)
    with open_db(args, create=True) as db:
        person_id = people.create_person(db, data, actor=CLI_ACTOR)
        for similar in people.similar_people(db, data, exclude_id=person_id):
            print(f"注意：与已登记的 {similar.name}（编号 {similar.person_id}）{similar.reason}",
                  file=sys.stderr)
    print(person_id)
    return EXIT_OK


def cmd_people_archive(args: argparse.Namespace) -> int:
    """Archive one person with a reason."""
    from desktop.models.people import people

    with open_db(args) as db:
        people.archive_person(db, args.person_id, args.reason, actor=CLI_ACTOR)
    return EXIT_OK


def cmd_people_template(args: argparse.Namespace) -> int:
    """Write the blank roster workbook."""
    from desktop.excel.people import roster_template  # openpyxl: load it only for this command

    path = roster_template.write_template(args.out)
    print(f"已生成名册模板：{path}")
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace) -> int:
    """Check a roster workbook and, unless --dry-run, import it all at once or not at all."""
    from desktop.excel.people import roster_import

    with open_db(args, create=True) as db:
        preview = roster_import.read_roster(db, args.file)
        print(f"读取的工作表：{preview.sheet}")
        problems = preview.problems
        for problem in problems:
            print(problem)
        existing = preview.count(roster_import.EXISTING)
        print(f"共 {len(preview.rows)} 行：可新增 {preview.count(roster_import.NEW)}，"
              f"已登记 {existing}，有错误 {preview.count('error')}（{len(problems)} 处）；"
              f"跳过示例行 {preview.skipped_examples}")
        if problems:
            raise roster_import.RosterError(
                f"名册有{len(problems)}处错误，未导入任何人员；第一处：{problems[0]}")
        if args.dry_run:
            action = "更新" if args.update_existing else "跳过"
            print(f"试运行：未写入。导入时将新增 {preview.count(roster_import.NEW)} 人，"
                  f"{action}已登记的 {existing} 人")
            return EXIT_OK
        result = roster_import.apply(db, preview, actor=CLI_ACTOR,
                                     on_existing="update" if args.update_existing else "skip")
    print(f"已导入：新增 {result.created} 人，更新 {result.updated} 人，"
          f"跳过已登记 {result.skipped} 人")
    return EXIT_OK


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", metavar="Q",
                   help="姓名、拼音首字母、全拼、证件号后4位以上、电话、卡号")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--archived", action="store_true", help="包括已归档人员")
    p.add_argument("--json", action="store_true")


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True)
    p.add_argument("--role", action="append", choices=("member", "volunteer"),
                   help="member 或 volunteer，可重复；家属用 --guardian-of")
    p.add_argument("--id", metavar="ID_NUMBER")
    p.add_argument("--sex", choices=("男", "女"))
    p.add_argument("--birth", metavar="YYYY-MM-DD")
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--street")
    p.add_argument("--community")
    p.add_argument("--emergency-contact")
    p.add_argument("--emergency-phone")
    p.add_argument("--notes")
    p.add_argument("--cert", metavar="CERT_NUMBER")
    p.add_argument("--programme", action="append", choices=PROGRAMMES)
    p.add_argument("--joined", metavar="YYYY-MM-DD")
    p.add_argument("--card")
    p.add_argument("--volunteer-number")
    p.add_argument("--organisation")
    p.add_argument("--guardian-of", type=int_arg, action="append", metavar="MEMBER_ID")
    p.add_argument("--relation")


def _archive_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("person_id", type=int_arg)
    p.add_argument("--reason", required=True)


def _template_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="保存为此 xlsx 文件")


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE",
                   help="名册文件（模板，或有相同列名的 xlsx）：读取名为“会员名册”的工作表，"
                        "没有时读取当前工作表或第一个可见的工作表，从不读取隐藏的工作表")
    p.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入")
    p.add_argument("--update-existing", action="store_true",
                   help="身份证号已登记的人员用名册内容更新（默认跳过）")


COMMANDS = (
    Group("people", 80, "人员登记"),
    Command("list", 10, "列出人员（证件号、电话已脱敏）", "desktop.cli.people:cmd_people_list",
            _list_arguments, group="people"),
    Command("add", 20, "登记一个人员", "desktop.cli.people:cmd_people_add", _add_arguments,
            group="people"),
    Command("archive", 30, "归档一个人员（需填写原因）", "desktop.cli.people:cmd_people_archive",
            _archive_arguments, group="people"),
    Command("template", 40, "生成空白的会员名册模板（xlsx，带下拉列表和示例行）",
            "desktop.cli.people:cmd_people_template", _template_arguments, group="people"),
    Command("import", 50, "导入会员名册（xlsx）：先检查每一行，全部正确才一次写入，否则不写入",
            "desktop.cli.people:cmd_people_import", _import_arguments, group="people"),
)
