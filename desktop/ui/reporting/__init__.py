"""月报: the dashboard, the monthly export, month close and the district consolidation."""
