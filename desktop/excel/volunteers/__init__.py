"""志愿服务: the monthly workbook's 志愿服务 sheet (declared here,
``desktop.excel.detail_sheets``)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (
    DetailSheet("志愿服务", 50, "desktop.excel.volunteers.month_sheet:write_volunteers"),)
