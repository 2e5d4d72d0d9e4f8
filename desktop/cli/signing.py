"""`warmhome keys …`: the centre's signing key (show, export the key file, rotate) and the
district's register of centres' public keys (import a key file, list, revoke)."""

from __future__ import annotations

import argparse

from desktop.cli.commands import Command, Group
from desktop.cli.common import EXIT_OK, CliError, open_db
from desktop.models.admin import signing_keys
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.reporting import centre_keys


def cmd_keys_show(args: argparse.Namespace) -> int:
    """This centre's signing key's fingerprint (made now if there is none), and the retired."""
    with open_db(args) as db:
        key = signing_keys.ensure_key(db, by=CLI_ACTOR.username)
        retired = [k for k in signing_keys.all_keys(db) if k.retired_at]
    print(f"签名公钥指纹：{key.fingerprint}（{key.created_at[:10]} 生成）")
    for old in retired:
        print(f"已停用：{old.fingerprint}（{str(old.retired_at)[:10]}，{old.retire_reason}）")
    return EXIT_OK


def cmd_keys_export(args: argparse.Namespace) -> int:
    """Write the key file the district imports."""
    with open_db(args) as db:
        profile = load_profile(db)
        if not profile.code.strip():
            raise CliError("请先在 设置 中填写中心编码：公钥文件要写明是哪个中心的")
        key = signing_keys.ensure_key(db, by=CLI_ACTOR.username)
    try:
        path = signing_keys.write_key_file(args.out, key, profile.code, profile.name)
    except OSError as exc:
        raise CliError(f"无法写入公钥文件 {args.out}（{exc.strerror}）") from exc
    print(f"已导出公钥文件：{path}（指纹 {key.fingerprint}）")
    return EXIT_OK


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    """Retire the signing key and make a new one."""
    with open_db(args) as db:
        key = signing_keys.rotate_key(db, args.reason, actor=CLI_ACTOR)
    print(f"已更换签名密钥，新指纹：{key.fingerprint}；请导出公钥文件交给区残联导入")
    return EXIT_OK


def cmd_keys_import(args: argparse.Namespace) -> int:
    """District: register the key a centre's key file carries."""
    key = signing_keys.read_key_file(args.file)
    with open_db(args) as db:
        added = centre_keys.import_key_file(db, key, actor=CLI_ACTOR, reason=args.reason or "")
    if added:
        print(f"已登记 {key.centre_code} {key.centre_name} 的签名公钥，指纹 {key.fingerprint}"
              "；请与中心 设置 中显示的指纹核对")
    else:
        print(f"{key.centre_code} 的这个签名公钥已经登记（指纹 {key.fingerprint}），未作改动")
    return EXIT_OK


def cmd_keys_list(args: argparse.Namespace) -> int:
    """District: every centre's keys."""
    with open_db(args) as db:
        register = centre_keys.known_keys(db)
    if not register:
        print("尚未登记任何中心的签名公钥")
    for code, keys in sorted(register.items()):
        for key in keys:
            how = "公钥文件" if key.source == centre_keys.FROM_FILE else "首次使用时信任"
            state = "在用" if key.active else (
                f"已停用（{str(key.revoked_at)[:10]}，{key.revoke_reason}）")
            print(f"{code}\t{key.fingerprint}\t{how}\t{key.added_at[:10]}\t{state}")
    return EXIT_OK


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    """District: stop accepting a centre's active key."""
    with open_db(args) as db:
        key = centre_keys.revoke_key(db, args.code, args.reason, actor=CLI_ACTOR)
    print(f"已停用 {key.centre_code} 的签名公钥（指纹 {key.fingerprint}）")
    return EXIT_OK


def _out_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="PATH",
                   help="公钥文件名，或已有的文件夹（文件名为 {中心编码}_签名公钥.whkey）")


def _reason_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", required=True, help="原因，如：更换了电脑")


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="中心导出的公钥文件（.whkey）")
    p.add_argument("--reason", help="中心更换密钥时的原因（替换该中心原有的公钥）")


def _revoke_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE", help="中心编码")
    _reason_argument(p)


COMMANDS = (
    Group("keys", 125, "月报签名密钥：本中心的密钥，区残联登记的各中心公钥"),
    Command("show", 10, "显示本中心签名公钥的指纹（没有时生成）",
            "desktop.cli.signing:cmd_keys_show", group="keys"),
    Command("export", 20, "导出本中心的公钥文件，交给区残联导入",
            "desktop.cli.signing:cmd_keys_export", _out_argument, group="keys"),
    Command("rotate", 30, "更换本中心的签名密钥（如更换了电脑），旧密钥停用并记录",
            "desktop.cli.signing:cmd_keys_rotate", _reason_argument, group="keys"),
    Command("import", 40, "区残联：导入中心的公钥文件（替换该中心原有的公钥时记录原因）",
            "desktop.cli.signing:cmd_keys_import", _import_arguments, group="keys"),
    Command("list", 50, "区残联：列出登记的各中心签名公钥",
            "desktop.cli.signing:cmd_keys_list", group="keys"),
    Command("revoke", 60, "区残联：停用某中心在用的签名公钥",
            "desktop.cli.signing:cmd_keys_revoke", _revoke_arguments, group="keys"),
)
