"""月报: indicators, the dashboard, month close, export log and the district view."""
