"""文体活动: the monthly workbook's 活动明细 sheet (declared here,
``desktop.excel.detail_sheets``)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (
    DetailSheet("活动明细", 20, "desktop.excel.activities.month_sheet:write_activities"),
)
