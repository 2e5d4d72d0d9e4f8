"""考勤: sign-ins, the kiosk's search, month grids and members not seen lately.

Declares (``desktop.models.capabilities``) its indicators, its demo step and the words for its
audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

INDICATORS = ("desktop.models.attendance.indicator_provider:PROVIDER",)
DEMO = (DemoStep(20, "desktop.models.attendance.demo_attendance:generate"),)
AUDIT_LABELS = (AuditLabels(
    order=20,
    tables={"sign_in": QT_TRANSLATE_NOOP("AuditModel", "签到")},
    fields={
        "person_id": QT_TRANSLATE_NOOP("AuditValues", "人员编号"),
        "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
        "signed_in_at": QT_TRANSLATE_NOOP("AuditValues", "签到时间"),
        "signed_out_at": QT_TRANSLATE_NOOP("AuditValues", "签退时间"),
        "method": QT_TRANSLATE_NOOP("AuditValues", "签到方式"),
        "recorded_by": QT_TRANSLATE_NOOP("AuditValues", "登记人"),
        "created_at": QT_TRANSLATE_NOOP("AuditValues", "登记时间"),
        "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        # The demo data's one entry for its generated attendance (demo_attendance).
        "sign_ins": QT_TRANSLATE_NOOP("AuditValues", "签到条数"),
        "voided": QT_TRANSLATE_NOOP("AuditValues", "其中作废"),
        "activities": QT_TRANSLATE_NOOP("AuditValues", "活动数"),
        "activity_participants": QT_TRANSLATE_NOOP("AuditValues", "活动参加人次"),
        "from": QT_TRANSLATE_NOOP("AuditValues", "开始日期"),
        "to": QT_TRANSLATE_NOOP("AuditValues", "结束日期"),
    }),)
