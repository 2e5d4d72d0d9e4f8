"""日间照料: the monthly workbook's 日间照料 sheet (declared here, ``desktop.excel.detail_sheets``)
and the month's meal statement (:mod:`.meal_statement`)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (DetailSheet("日间照料", 40, "desktop.excel.care.month_sheet:write_care"),)
