"""月报: the monthly workbook, its detail sheets and the district consolidation."""
