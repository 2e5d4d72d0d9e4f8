"""康复补助: the subsidy workbook, and the monthly workbook's 补助明细 sheet (declared here,
``desktop.excel.detail_sheets``)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (DetailSheet("补助明细", 30, "desktop.excel.subsidy.month_sheet:write_subsidy"),)
