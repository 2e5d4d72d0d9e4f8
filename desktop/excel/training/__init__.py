"""职业培训 vocational training: the monthly workbook's 职业培训 sheet (declared here,
``desktop.excel.detail_sheets``) and the training subsidy claim workbook (培训补贴申请)."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (DetailSheet("职业培训", 70, "desktop.excel.training.month_sheet:write_training"),)
