"""希联圆梦 handicraft sales: the monthly workbook's 希联圆梦 sheet (declared here,
``desktop.excel.detail_sheets``) and the makers' payout sheet (发放表)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (DetailSheet("希联圆梦", 60, "desktop.excel.sales.month_sheet:write_sales"),)
