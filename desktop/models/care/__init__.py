"""日间照料: daily care for members who cannot stay alone all day: care profiles and individual
service plans, the daily care log, medication, hand-over, incidents, purchased services, meals.

The shared rules are in :mod:`.day_care`. Declares (``desktop.models.capabilities``) the words for
its audit entries (and, as its parts arrive, its indicators, demo step and home-page alerts).
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (care-report).
INDICATORS = ("desktop.models.care.indicator_provider:PROVIDER",)
# After attendance (20): care is recorded on the days members signed in (care-report).
DEMO = (DemoStep(30, "desktop.models.care.demo_care:generate"),)

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
    # The demo data's one entry for its generated care records (demo_care, care-report).
    order=61,
    tables={},
    fields={
        "care_days": QT_TRANSLATE_NOOP("AuditValues", "照料人天"),
        "care_entries": QT_TRANSLATE_NOOP("AuditValues", "照料服务条数"),
        "care_doses": QT_TRANSLATE_NOOP("AuditValues", "服药记录条数"),
        "care_handovers": QT_TRANSLATE_NOOP("AuditValues", "离站交接条数"),
        "care_incidents": QT_TRANSLATE_NOOP("AuditValues", "突发事件数"),
        "care_sessions": QT_TRANSLATE_NOOP("AuditValues", "购买服务次数"),
    }),)
