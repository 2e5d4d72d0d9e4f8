"""Commands for looking after the data and the accounts: check, backup, restore, users, audit."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.commands import Command, Group
from desktop.cli.common import (
    EXIT_OK,
    CliError,
    open_db,
    password_from_stdin,
)
from desktop.models import locations
from desktop.models.admin import accounts, audit
from desktop.models.admin.permissions import CLI_ACTOR, ROLE_NAMES, Role
from desktop.models.db import SCHEMA_VERSION
from desktop.models.storage.db_damage import restore_hint


def role_arg(text: str) -> Role:
    """A role by its code (admin) or its Chinese name (管理员), as `users list` prints it."""
    by_name = {name: role for role, name in ROLE_NAMES.items()}
    value = text.strip()
    if value in by_name:
        return by_name[value]
    try:
        return Role(value.lower())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"角色应为 admin/管理员、staff/工作人员 或 kiosk/签到台，现在是“{text}”") from exc


def cmd_users_add(args: argparse.Namespace) -> int:
    """Add an account; the password is read from standard input."""
    password = password_from_stdin()
    with open_db(args, create=True) as db:
        first = not accounts.has_accounts(db)
        actor = accounts.first_admin_actor(args.name) if first else CLI_ACTOR
        account = accounts.create_account(db, args.name, password, args.role, actor=actor,
                                          display_name=args.display_name or "")
    print(f"已添加账户 {account.username}（{accounts.role_name(account.role)}）")
    return EXIT_OK


def cmd_users_list(args: argparse.Namespace) -> int:
    """List accounts (never passwords)."""
    with open_db(args) as db:
        rows = accounts.list_accounts(db)
    if args.json:
        print(json.dumps([{"id": a.id, "username": a.username, "display_name": a.display_name,
                           "role": a.role.value, "disabled": a.disabled,
                           "locked_until": a.locked_until} for a in rows],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    for a in rows:
        state = "停用" if a.disabled else ("锁定" if a.locked_until else "正常")
        print("\t".join([a.username, accounts.role_name(a.role), state, a.display_name]))
    return EXIT_OK


def cmd_users_reset(args: argparse.Namespace) -> int:
    """Set a new password (read from standard input); also lifts a lock."""
    password = password_from_stdin()
    with open_db(args) as db:
        accounts.reset_password(db, CLI_ACTOR, args.name, password)
    print(f"已重设 {args.name} 的密码")
    return EXIT_OK


def cmd_users_disable(args: argparse.Namespace) -> int:
    """Disable or enable an account."""
    with open_db(args) as db:
        accounts.set_disabled(db, CLI_ACTOR, args.name, args.disable)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity check and schema version; exit 0 only when healthy."""
    from desktop.models.people import (
        people_query,  # loaded when run: keeps the GUI start light
    )

    with open_db(args) as db:
        problems = db.integrity_problems()
        damaged = bool(problems)
        if not problems:
            # A file can be sound for SQLite and still have an edited audit log.
            chain = audit.verify(db)
            if not chain.ok:
                problems.append(chain.message)
        version = db.schema_version
        count = people_query.count_people(db)
        path = db.path
        counts = {} if problems else db.table_counts()
    print(f"数据库：{path}")
    print(f"结构版本：{version}（本软件：{SCHEMA_VERSION}）")
    print(f"人员：{count}")
    if problems:
        for problem in problems[:20]:
            print(f"问题：{problem}")
        advice = f"。{restore_hint(path)}" if damaged else ""
        raise CliError(f"数据库 {path} 检查未通过：发现 {len(problems)} 个问题{advice}")
    print("记录数：" + "，".join(f"{name} {n}" for name, n in sorted(counts.items())))
    print("完整性检查：正常")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the audit log's hash chain, and with --anchor that each signed workbook's
    anchored head is still in it; exit 0 only when nothing was changed or removed."""
    with open_db(args) as db:
        result = audit.verify(db)
        anchors = []
        if result.ok and args.anchor:
            from desktop.excel.reporting.audit_anchor import check_anchor

            anchors = [check_anchor(db, path) for path in args.anchor]
    if not result.ok:
        raise CliError(result.message)
    print(result.message)
    for check in anchors:
        print(("锚点一致：" if check.ok else "锚点不符：") + check.message)
    failed = [c for c in anchors if not c.ok]
    if failed:
        raise CliError(f"{len(failed)} 个月报的操作日志锚点未通过核对；第一个：{failed[0].message}")
    return EXIT_OK


def _audit_verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--anchor", nargs="+", metavar="WORKBOOK",
                   help="本中心已报送的月报工作簿：核对其中签名的操作日志锚点是否仍在日志中"
                        "（发现导出后改写日志并重算哈希）")


def cmd_backup(args: argparse.Namespace) -> int:
    """Make a verified backup now; print its path (warnings on stderr, still exit 0)."""
    from desktop.models.admin import backup

    with open_db(args) as db:
        result = backup.make_backup(db, args.to, actor=CLI_ACTOR)
    print(result.path)
    if result.encrypted_copy is not None:
        print(f"已加密复制到：{result.encrypted_copy}", file=sys.stderr)
    for warning in result.warnings:
        print(f"warmhome: 注意：{warning}", file=sys.stderr)
    return EXIT_OK


def _read_passphrase(file: str) -> str:
    """One line from stdin (a pipe from a script, or typed at a terminal without echo)."""
    if sys.stdin is None:
        raise CliError(f"备份文件 {file} 已加密，请从标准输入提供口令")
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"备份文件 {file} 的口令：")
    line = sys.stdin.readline()
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise CliError(f"备份文件 {file} 已加密，请从标准输入提供口令（一行）")
    return passphrase


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup; the current data is backed up first."""
    from desktop.models.admin import backup, backup_crypto

    source = Path(args.file).expanduser()
    passphrase = _read_passphrase(args.file) \
        if backup_crypto.is_encrypted_backup(source) else None
    # The database is not opened here: open_database would migrate an older file, and
    # restore must be able to replace even a file that no longer opens.
    result = backup.restore(locations.default_db_path(args.db), source, actor=CLI_ACTOR,
                            passphrase=passphrase, clock=args.clock)
    counts = result.counts
    print(f"已恢复：{result.db_path}（来自 {result.source}；人员 {counts.get('people', 0)}，"
          f"会员 {counts.get('members', 0)}，志愿者 {counts.get('volunteers', 0)}）")
    if result.safety_backup is not None:
        print(f"恢复前的数据已备份到：{result.safety_backup}")
    return EXIT_OK


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", metavar="DIR",
                   help="备份到此文件夹（默认：数据库旁边的 backups 文件夹）")


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="备份文件（.db 或加密的 .whbak）")


def _users_add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="用户名")
    p.add_argument("--role", required=True, type=role_arg, metavar="ROLE",
                   help="admin 管理员，staff 工作人员，kiosk 签到台（英文或中文均可）")
    p.add_argument("--display-name", help="姓名")


def _json_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def _name_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")


def _disable_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")
    p.set_defaults(disable=True)


def _enable_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")
    p.set_defaults(disable=False)


COMMANDS = (
    Command("check", 10, "检查数据库完整性和结构版本", "desktop.cli.admin:cmd_check"),
    Command("backup", 20, "立即备份数据库（校验后保存，并按保留规则清理旧备份）",
            "desktop.cli.admin:cmd_backup", _backup_arguments),
    Command("restore", 30,
            "用备份文件恢复数据库（先备份当前数据；加密备份的口令从标准输入读一行）",
            "desktop.cli.admin:cmd_restore", _restore_arguments),
    Group("users", 40, "账户管理"),
    Command("add", 10, "添加账户（密码从标准输入读取一行）", "desktop.cli.admin:cmd_users_add",
            _users_add_arguments, group="users"),
    Command("list", 20, "列出账户", "desktop.cli.admin:cmd_users_list", _json_argument,
            group="users"),
    Command("reset-password", 30, "重设密码（从标准输入读取一行）",
            "desktop.cli.admin:cmd_users_reset", _name_argument, group="users"),
    Command("disable", 40, "停用账户", "desktop.cli.admin:cmd_users_disable",
            _disable_arguments, group="users"),
    Command("enable", 50, "启用账户", "desktop.cli.admin:cmd_users_disable",
            _enable_arguments, group="users"),
    Group("audit", 50, "操作日志"),
    Command("verify", 10, "校验操作日志的哈希链：找出第一条被改动、删除或调换顺序的记录",
            "desktop.cli.admin:cmd_audit_verify", _audit_verify_arguments, group="audit"),
)
