"""志愿服务: volunteers' details and training, posts, shifts (one-off and weekly), sign-ups,
sign-in and sign-out at the kiosk, service hours, no-shows, star levels and certificates.

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

AUDIT_LABELS = (AuditLabels(
    order=70,
    tables={
        "volunteer_detail": QT_TRANSLATE_NOOP("AuditModel", "志愿者信息"),
        "volunteer_training": QT_TRANSLATE_NOOP("AuditModel", "志愿者培训"),
        "volunteer_post": QT_TRANSLATE_NOOP("AuditModel", "志愿服务岗位"),
        "volunteer_pattern": QT_TRANSLATE_NOOP("AuditModel", "每周排班"),
        "volunteer_shift": QT_TRANSLATE_NOOP("AuditModel", "志愿服务班次"),
        "volunteer_signup": QT_TRANSLATE_NOOP("AuditModel", "班次报名"),
        "volunteer_sign_in": QT_TRANSLATE_NOOP("AuditModel", "志愿者签到"),
        "volunteer_service": QT_TRANSLATE_NOOP("AuditModel", "志愿服务时长"),
        "volunteer_certificate": QT_TRANSLATE_NOOP("AuditModel", "志愿服务证明"),
    },
), AuditLabels(
    order=73,
    table_fields={
        # the hours ledger and certificates (service_entries.py, certificates.py)
        "volunteer_service": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "服务日期"),
            "post_id": QT_TRANSLATE_NOOP("AuditValues", "服务岗位"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "content": QT_TRANSLATE_NOOP("AuditValues", "服务内容"),
            "recorded_by": QT_TRANSLATE_NOOP("AuditValues", "记录人"),
            "created_at": QT_TRANSLATE_NOOP("AuditValues", "记录时间"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "volunteer_certificate": {
            "number": QT_TRANSLATE_NOOP("AuditValues", "证明编号"),
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者"),
            "period_from": QT_TRANSLATE_NOOP("AuditValues", "服务期间自"),
            "period_to": QT_TRANSLATE_NOOP("AuditValues", "服务期间至"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "issued_by": QT_TRANSLATE_NOOP("AuditValues", "经办人"),
            "issued_at": QT_TRANSLATE_NOOP("AuditValues", "出具时间"),
            "reprints": QT_TRANSLATE_NOOP("AuditValues", "补打次数"),
            "last_printed_at": QT_TRANSLATE_NOOP("AuditValues", "最近打印时间"),
        },
    },
),)

# Home-page alerts (desktop.models.reporting.dashboard): who reached a star level this month.
ALERTS = ("desktop.models.volunteers.ledger:level_alerts",)
