"""签到台: the kiosk window members sign in at."""
