"""康复补助: the vocational rehabilitation living subsidy, by month.

Declares (``desktop.models.capabilities``) its indicators and the words for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

INDICATORS = ("desktop.models.subsidy.indicator_provider:PROVIDER",)
AUDIT_LABELS = (AuditLabels(
    order=50,
    tables={"subsidy_rate": QT_TRANSLATE_NOOP("AuditModel", "补助标准")},
    fields={
        "effective_from": QT_TRANSLATE_NOOP("AuditValues", "执行起始月份"),
        "subsidy.daily_rate_fen": QT_TRANSLATE_NOOP("AuditValues", "每日补助标准"),
        "subsidy.min_stay_minutes": QT_TRANSLATE_NOOP("AuditValues", "最短停留时间"),
    }),)
