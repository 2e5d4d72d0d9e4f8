"""Qt-free workbook export, import and consolidation (openpyxl)."""
