"""管理: accounts, permissions, the audit log, backups and the centre profile.

Declares (``desktop.models.capabilities``) the words for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

AUDIT_LABELS = (AuditLabels(
    order=60,
    tables={"user_account": QT_TRANSLATE_NOOP("AuditModel", "账户"),
            "setting": QT_TRANSLATE_NOOP("AuditModel", "设置"),
            "database": QT_TRANSLATE_NOOP("AuditModel", "数据库"),
            "centre_signing_key": QT_TRANSLATE_NOOP("AuditModel", "月报签名密钥"),
            "district_centre_key": QT_TRANSLATE_NOOP("AuditModel", "各中心公钥登记")},
    fields={
        # accounts
        "display_name": QT_TRANSLATE_NOOP("AuditValues", "姓名"),
        "username": QT_TRANSLATE_NOOP("AuditValues", "用户名"),
        "role": QT_TRANSLATE_NOOP("AuditValues", "角色"),
        "disabled": QT_TRANSLATE_NOOP("AuditValues", "已停用"),
        # settings: the centre profile, the idle lock, backups
        "code": QT_TRANSLATE_NOOP("AuditValues", "中心编码"),
        "district": QT_TRANSLATE_NOOP("AuditValues", "所属区"),
        "responsible_person": QT_TRANSLATE_NOOP("AuditValues", "负责人"),
        "ui.idle_lock_minutes": QT_TRANSLATE_NOOP("AuditValues", "无操作自动锁定"),
        "backup.keep_daily": QT_TRANSLATE_NOOP("AuditValues", "保留每日备份"),
        "backup.keep_weekly": QT_TRANSLATE_NOOP("AuditValues", "保留每周备份"),
        "backup.keep_monthly": QT_TRANSLATE_NOOP("AuditValues", "保留每月备份"),
        "backup.second_folder": QT_TRANSLATE_NOOP("AuditValues", "第二备份位置"),
        "backup.passphrase": QT_TRANSLATE_NOOP("AuditValues", "加密口令"),
        # restoring a backup
        "file": QT_TRANSLATE_NOOP("AuditValues", "备份文件"),
        "safety_backup": QT_TRANSLATE_NOOP("AuditValues", "恢复前的数据"),
        "schema_version": QT_TRANSLATE_NOOP("AuditValues", "数据库版本"),
        "people": QT_TRANSLATE_NOOP("AuditValues", "人员数"),
        "members": QT_TRANSLATE_NOOP("AuditValues", "会员数"),
        "volunteers": QT_TRANSLATE_NOOP("AuditValues", "志愿者数"),
        "audit_entries": QT_TRANSLATE_NOOP("AuditValues", "日志条数"),
    },
    # The same key means something else in this table.
    table_fields={"setting": {"name": QT_TRANSLATE_NOOP("AuditValues", "中心名称")}}),)
