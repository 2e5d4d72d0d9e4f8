"""The sample capability's detail sheet in the monthly workbook."""

from desktop.excel.detail_sheets import DetailSheet

DETAIL_SHEETS = (DetailSheet("样例明细", 90, "tests.sample_capability.excel.sheet:write"),)
