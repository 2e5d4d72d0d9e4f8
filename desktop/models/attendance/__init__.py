"""考勤: sign-ins, the kiosk's search, month grids and members not seen lately."""
