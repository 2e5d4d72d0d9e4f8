"""志愿服务: volunteers' details and training, posts, shifts (one-off and weekly), sign-ups,
sign-in and sign-out at the kiosk, service hours, no-shows, star levels and certificates.

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (vol-report).
INDICATORS = ("desktop.models.volunteers.indicator_provider:PROVIDER",)

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
),)
