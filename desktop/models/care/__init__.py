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
    # The daily care log and medication doses (care_log, care_entry, care_dose).
    order=61,
    fields={
        "service": QT_TRANSLATE_NOOP("AuditValues", "照料服务"),
        "minutes": QT_TRANSLATE_NOOP("AuditValues", "分钟数"),
        "mood": QT_TRANSLATE_NOOP("AuditValues", "心情"),
        "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
        "medication_id": QT_TRANSLATE_NOOP("AuditValues", "用药安排编号"),
        "scheduled_time": QT_TRANSLATE_NOOP("AuditValues", "应服时间"),
        "at_time": QT_TRANSLATE_NOOP("AuditValues", "服药时间"),
        "given_by": QT_TRANSLATE_NOOP("AuditValues", "给药人"),
    },
    table_fields={"care_dose": {"status": QT_TRANSLATE_NOOP("AuditValues", "服药情况")}},
))

# Home-page alerts: doses due now and not yet recorded.
ALERTS = ("desktop.models.care.doses:due_alerts",)
