"""志愿服务: volunteers' details and training, posts, shifts (one-off and weekly), sign-ups,
sign-in and sign-out at the kiosk, service hours, no-shows, star levels and certificates.

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

AUDIT_LABELS: tuple[AuditLabels, ...] = (AuditLabels(
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
),)

AUDIT_LABELS += (AuditLabels(
    # Volunteers' sign-ins, their service rows and no-shows (sign_ins.py, no_shows.py).
    order=72,
    table_fields={
        "volunteer_sign_in": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "shift_id": QT_TRANSLATE_NOOP("AuditValues", "班次（编号）"),
            "signed_in_at": QT_TRANSLATE_NOOP("AuditValues", "签到时间"),
            "signed_out_at": QT_TRANSLATE_NOOP("AuditValues", "签退时间"),
            "method": QT_TRANSLATE_NOOP("AuditValues", "签到方式"),
            "confirmed_by": QT_TRANSLATE_NOOP("AuditValues", "确认人"),
            "confirmed_at": QT_TRANSLATE_NOOP("AuditValues", "确认时间"),
        },
        "volunteer_service": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "post_id": QT_TRANSLATE_NOOP("AuditValues", "岗位（编号）"),
            "shift_id": QT_TRANSLATE_NOOP("AuditValues", "班次（编号）"),
            "sign_in_id": QT_TRANSLATE_NOOP("AuditValues", "签到（编号）"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "content": QT_TRANSLATE_NOOP("AuditValues", "服务内容"),
        },
        "volunteer_signup": {
            "status": QT_TRANSLATE_NOOP("AuditValues", "报名状态"),
            "reason": QT_TRANSLATE_NOOP("AuditValues", "原因"),
        },
    },
),)

# Volunteers sign in and out at the kiosk by card or name (attendance asks, never imports us).
KIOSK_PEOPLE = ("desktop.models.volunteers.kiosk_link:PROVIDER",)
