"""文体活动: activities and who took part.

Declares (``desktop.models.capabilities``) its indicators and the words for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

INDICATORS = ("desktop.models.activities.indicator_provider:PROVIDER",)
AUDIT_LABELS = (AuditLabels(
    order=30,
    tables={"activity": QT_TRANSLATE_NOOP("AuditModel", "文体活动"),
            "activity_participant": QT_TRANSLATE_NOOP("AuditModel", "活动参加者")},
    fields={
        "title": QT_TRANSLATE_NOOP("AuditValues", "活动名称"),
        "kind": QT_TRANSLATE_NOOP("AuditValues", "类型"),
        "place": QT_TRANSLATE_NOOP("AuditValues", "地点"),
        "organiser": QT_TRANSLATE_NOOP("AuditValues", "组织者"),
        "activity_id": QT_TRANSLATE_NOOP("AuditValues", "活动编号"),
        "added_at": QT_TRANSLATE_NOOP("AuditValues", "加入时间"),
    }),)
