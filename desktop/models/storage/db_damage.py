"""What to tell someone whose database file cannot be read: damaged, or empty (0 bytes).

The message names the newest backup that can be restored (from the ``backups`` folder
beside the database) and the exact command that restores it, because the program itself
cannot open the damaged file to offer a restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.models.admin.backup_files import default_backup_folder, our_backups
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.storage.db_file import DatabaseError
from desktop.models.storage.snapshot_files import inspect_snapshot


@dataclass(frozen=True)
class RestorableBackup:
    """A backup file that a restore would accept (as far as can be told without a passphrase)."""

    path: Path
    created: datetime
    encrypted: bool
    people: int | None


def newest_restorable_backup(db_path: Path) -> RestorableBackup | None:
    """The newest backup beside ``db_path`` that can be restored, or None.

    Plain backups must open and read; encrypted ones are offered as they are (checking them
    needs the passphrase). Regular backups come before the safety copies taken before a
    restore, which hold the data a restore replaced.
    """
    found = our_backups(default_backup_folder(db_path))
    found.sort(key=lambda item: (not item[1].before_restore, item[1].created, item[1].seq,
                                 not item[1].encrypted), reverse=True)
    for path, name in found:
        if name.encrypted:
            return RestorableBackup(path, name.created, True, None)
        try:
            info = inspect_snapshot(path, check_integrity=False)
        except DatabaseError:
            continue
        return RestorableBackup(path, name.created, False, info.counts.get("people"))
    return None


def restore_hint(db_path: Path) -> str:
    """What to do about a database that cannot be read: the backup to restore, and how."""
    backup = newest_restorable_backup(db_path)
    if backup is None:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                '在 {folder} 中没有找到可用的备份。'
                '如果U盘或网络位置上有备份（.db 或加密的 .whbak），'
                '运行 warmhome restore 备份文件 --db "{path}" 恢复，或请技术人员帮助',
            ),
            folder=default_backup_folder(db_path),
            path=db_path,
        )
    about = (
        Message(QT_TRANSLATE_NOOP("Messages", "加密备份，恢复时要输入口令"))
        if backup.encrypted
        else (
            Message(QT_TRANSLATE_NOOP("Messages", "人员 {count} 人"), count=backup.people)
            if backup.people is not None
            else ""
        )
    )
    about = Message(QT_TRANSLATE_NOOP("Messages", "，{about}"), about=about) if about else ""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            '可以用最近的备份恢复：{backup}（{created} 的备份{about}）。恢复方法：'
            '运行 warmhome restore "{backup}" --db "{path}"，恢复前会先把现在的文件另存一份；'
            '或请技术人员帮助。这个备份之后录入的内容需要重新录入',
        ),
        backup=backup.path,
        created=f"{backup.created:%Y-%m-%d %H:%M}",
        about=about,
        path=db_path,
    )


def damaged_message(db_path: Path, detail: object) -> str:
    """The file is damaged: SQLite's words for support staff, the backup, and that it was kept."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages", "数据库文件 {path} 已损坏，无法读取（{detail}），文件未做任何修改。{hint}"
        ),
        path=db_path,
        detail=detail,
        hint=restore_hint(db_path),
    )


def empty_file_message(db_path: Path) -> str:
    """A 0-byte file where a database should be: not a database, and not made into one."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "文件 {path} 是空的（0 字节），不是数据库：可能复制或保存没有完成，"
            "原来的数据不在这个文件里。文件未做任何修改。{hint}。如果要在这里新建数据库，"
            "请先删除这个空文件",
        ),
        path=db_path,
        hint=restore_hint(db_path),
    )
