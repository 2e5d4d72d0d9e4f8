"""考勤: the attendance export, the call list of members not seen lately, and the monthly
workbook's 考勤明细 sheet (declared here, ``desktop.excel.detail_sheets``)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (
    # Optional: the centre chooses (desktop.models.reporting.workbook_options.ATTENDANCE_MATRIX).
    DetailSheet("考勤明细", 10, "desktop.excel.attendance.month_sheet:write_attendance",
                setting="report.attendance_matrix"),
)
