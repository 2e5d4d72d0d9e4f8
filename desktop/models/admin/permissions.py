"""Who may do what: roles, permissions and the Actor every protected model function checks.

Checks live here, in the models layer, so a button hidden in the UI is not the only guard:
calling a protected function without the permission raises PermissionDenied.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message


class Role(StrEnum):
    """The three account roles."""

    ADMIN = "admin"
    STAFF = "staff"
    KIOSK = "kiosk"


ROLE_NAMES: dict[Role, str] = {
    Role.ADMIN: Message(QT_TRANSLATE_NOOP("Messages", "管理员")),
    Role.STAFF: Message(QT_TRANSLATE_NOOP("Messages", "工作人员")),
    Role.KIOSK: Message(QT_TRANSLATE_NOOP("Messages", "签到台")),
}


class Permission(StrEnum):
    """Protected actions."""

    EDIT_PEOPLE = "edit_people"
    REVEAL_SENSITIVE = "reveal_sensitive"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MAKE_BACKUP = "make_backup"
    RESTORE_BACKUP = "restore_backup"
    CLOSE_MONTH = "close_month"
    REOPEN_MONTH = "reopen_month"
    RUN_KIOSK = "run_kiosk"
    EDIT_ATTENDANCE = "edit_attendance"
    RECORD_CARE = "record_care"
    MANAGE_VOLUNTEERS = "manage_volunteers"
    SELL = "sell"
    MANAGE_TRAINING = "manage_training"


PERMISSION_NAMES: dict[Permission, str] = {
    Permission.EDIT_PEOPLE: Message(QT_TRANSLATE_NOOP("Messages", "登记和修改人员")),
    Permission.REVEAL_SENSITIVE: Message(
        QT_TRANSLATE_NOOP("Messages", "查看完整证件号、电话和住址")
    ),
    Permission.EDIT_SETTINGS: Message(QT_TRANSLATE_NOOP("Messages", "修改中心信息")),
    Permission.MANAGE_USERS: Message(QT_TRANSLATE_NOOP("Messages", "管理账户")),
    Permission.VIEW_AUDIT: Message(QT_TRANSLATE_NOOP("Messages", "查看操作日志")),
    Permission.MAKE_BACKUP: Message(QT_TRANSLATE_NOOP("Messages", "备份数据")),
    Permission.RESTORE_BACKUP: Message(QT_TRANSLATE_NOOP("Messages", "恢复备份")),
    Permission.CLOSE_MONTH: Message(QT_TRANSLATE_NOOP("Messages", "报送月报并关账")),
    Permission.REOPEN_MONTH: Message(QT_TRANSLATE_NOOP("Messages", "重新打开已报送的月份")),
    Permission.RUN_KIOSK: Message(QT_TRANSLATE_NOOP("Messages", "运行签到台")),
    Permission.EDIT_ATTENDANCE: Message(
        QT_TRANSLATE_NOOP("Messages", "补签、更正和作废签到，管理文体活动")
    ),
    Permission.RECORD_CARE: Message(
        QT_TRANSLATE_NOOP("Messages", "查看和记录日间照料（用药、突发事件等健康信息）")
    ),
    Permission.MANAGE_VOLUNTEERS: Message(
        QT_TRANSLATE_NOOP("Messages", "管理志愿者、排班、服务时长和志愿服务证明")
    ),
    Permission.SELL: Message(
        QT_TRANSLATE_NOOP("Messages", "管理希联圆梦手工品的商品、库存、销售和制作者收入")
    ),
    Permission.MANAGE_TRAINING: Message(
        QT_TRANSLATE_NOOP("Messages", "管理职业培训的课程、报名、点名、结业、补贴申请和就业回访")
    ),
}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.STAFF: frozenset({
        Permission.EDIT_PEOPLE, Permission.REVEAL_SENSITIVE, Permission.EDIT_SETTINGS,
        Permission.MAKE_BACKUP, Permission.RUN_KIOSK, Permission.EDIT_ATTENDANCE,
        Permission.CLOSE_MONTH, Permission.RECORD_CARE, Permission.MANAGE_VOLUNTEERS,
        Permission.SELL, Permission.MANAGE_TRAINING,
    }),
    Role.KIOSK: frozenset({Permission.RUN_KIOSK}),
}


class PermissionDenied(WarmHomeError):
    """The signed-in account may not do this."""


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in account, or the command line / demo generator."""

    username: str
    role: Role
    user_id: int | None = None

    def can(self, permission: Permission) -> bool:
        """Whether this actor's role grants the permission."""
        return permission in GRANTS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the role grants the permission."""
        if not self.can(permission):
            raise PermissionDenied(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "“{user}”（{role}）没有权限：{permission}"),
                    user=self.username,
                    role=ROLE_NAMES[self.role],
                    permission=PERMISSION_NAMES[permission],
                )
            )


# Whoever runs the command line already holds the database file; it acts as an administrator
# and is recorded as "cli" in the audit log.
CLI_ACTOR = Actor("cli", Role.ADMIN)
DEMO_ACTOR = Actor("demo", Role.ADMIN)
