"""日间照料 workbooks: the month's meal statement (:mod:`.meal_statement`) and, declared here as
they arrive, the care sheets of the monthly workbook."""
