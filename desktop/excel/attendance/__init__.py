"""考勤: the attendance export and the call list of members not seen lately."""
