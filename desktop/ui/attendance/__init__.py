"""考勤: the attendance page, staff sign-in changes and the paper fallback."""
