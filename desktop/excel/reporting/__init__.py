"""月报: the monthly workbook (which writes the detail sheets the capabilities declare) and the
district consolidation."""
