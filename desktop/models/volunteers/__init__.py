"""志愿服务: volunteers' details and training, posts, shifts (one-off and weekly), sign-ups,
sign-in and sign-out at the kiosk, service hours, no-shows, star levels and certificates.

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (vol-report).
INDICATORS = ("desktop.models.volunteers.indicator_provider:PROVIDER",)
# After care (30): volunteers are made by the people step (vol-report).
DEMO = (DemoStep(40, "desktop.models.volunteers.demo_volunteers:generate"),)

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
    # The demo data's one entry for its generated volunteer service (demo_volunteers).
    order=78,
    fields={
        "volunteer_shifts": QT_TRANSLATE_NOOP("AuditValues", "志愿服务班次数"),
        "volunteer_signups": QT_TRANSLATE_NOOP("AuditValues", "班次报名条数"),
        "volunteer_sign_ins": QT_TRANSLATE_NOOP("AuditValues", "志愿者签到条数"),
        "volunteer_services": QT_TRANSLATE_NOOP("AuditValues", "服务时长条数"),
        "volunteer_hours": QT_TRANSLATE_NOOP("AuditValues", "服务小时数"),
    }),)
