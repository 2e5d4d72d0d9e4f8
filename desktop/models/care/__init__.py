"""日间照料: daily care for members who cannot stay alone all day: care profiles and individual
service plans, the daily care log, medication, hand-over, incidents, purchased services, meals.

The shared rules are in :mod:`.day_care`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

AUDIT_LABELS = (AuditLabels(
    order=60,
    tables={
        "care_profile": QT_TRANSLATE_NOOP("AuditModel", "照料档案"),
        "care_medication": QT_TRANSLATE_NOOP("AuditModel", "用药安排"),
        "care_pickup": QT_TRANSLATE_NOOP("AuditModel", "接送人"),
        "care_plan": QT_TRANSLATE_NOOP("AuditModel", "个别化服务计划"),
        "care_log": QT_TRANSLATE_NOOP("AuditModel", "照料记录"),
        "care_entry": QT_TRANSLATE_NOOP("AuditModel", "照料服务"),
        "care_dose": QT_TRANSLATE_NOOP("AuditModel", "服药记录"),
        "care_handover": QT_TRANSLATE_NOOP("AuditModel", "离站交接"),
        "care_incident": QT_TRANSLATE_NOOP("AuditModel", "突发事件"),
        "care_provider": QT_TRANSLATE_NOOP("AuditModel", "购买服务合同"),
        "care_provider_session": QT_TRANSLATE_NOOP("AuditModel", "购买服务记录"),
        "care_meal_rate": QT_TRANSLATE_NOOP("AuditModel", "餐费标准"),
    },
    fields={},
), AuditLabels(
    # Hand-over and incidents (handover.py, incidents.py).
    order=64,
    fields={
        "person_id": QT_TRANSLATE_NOOP("AuditValues", "人员编号"),
        "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
        "pickup_id": QT_TRANSLATE_NOOP("AuditValues", "接送人编号"),
        "collector_name": QT_TRANSLATE_NOOP("AuditValues", "接走人"),
        "collected_at": QT_TRANSLATE_NOOP("AuditValues", "接走时间"),
        "occurred_at": QT_TRANSLATE_NOOP("AuditValues", "发生时间"),
        "kind": QT_TRANSLATE_NOOP("AuditValues", "类型"),
        "severity": QT_TRANSLATE_NOOP("AuditValues", "严重程度"),
        "place": QT_TRANSLATE_NOOP("AuditValues", "地点"),
        "what_happened": QT_TRANSLATE_NOOP("AuditValues", "事件经过"),
        "action_taken": QT_TRANSLATE_NOOP("AuditValues", "处理措施"),
        "guardian_told_name": QT_TRANSLATE_NOOP("AuditValues", "通知的家属"),
        "guardian_told_at": QT_TRANSLATE_NOOP("AuditValues", "通知家属时间"),
        "follow_up": QT_TRANSLATE_NOOP("AuditValues", "后续跟进"),
        "closed_at": QT_TRANSLATE_NOOP("AuditValues", "结案时间"),
        "closed_by": QT_TRANSLATE_NOOP("AuditValues", "结案人"),
    },
    table_fields={"care_handover": {"reason": QT_TRANSLATE_NOOP("AuditValues", "原因")}},
),)

# Home-page alerts (desktop.models.reporting.dashboard): members not collected after closing
# time, open serious incidents.
ALERTS = (
    "desktop.models.care.handover:not_collected_alerts",
    "desktop.models.care.incidents:serious_alerts",
)
