"""月报: indicators, the dashboard, month close, export log and the district view.

Declares (``desktop.models.capabilities``) the words for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.messages import QT_TRANSLATE_NOOP

AUDIT_LABELS = (AuditLabels(
    order=40,
    tables={"month_state": QT_TRANSLATE_NOOP("AuditModel", "月份关账"),
            "month_report": QT_TRANSLATE_NOOP("AuditModel", "月报导出和报送"),
            "export_attempt": QT_TRANSLATE_NOOP("AuditModel", "月报导出尝试")},
    fields={
        "month": QT_TRANSLATE_NOOP("AuditValues", "月份"),
        "closed": QT_TRANSLATE_NOOP("AuditValues", "已关账"),
        "revision": QT_TRANSLATE_NOOP("AuditValues", "版本"),
        "file_name": QT_TRANSLATE_NOOP("AuditValues", "文件"),
        "file_sha256": QT_TRANSLATE_NOOP("AuditValues", "文件校验码"),
        "data_sha256": QT_TRANSLATE_NOOP("AuditValues", "数据校验码"),
        "district.expected_centres": QT_TRANSLATE_NOOP("AuditValues", "应报送的中心"),
        "report.attendance_matrix": QT_TRANSLATE_NOOP("AuditValues", "月报包含考勤明细"),
    }),)
