"""Only one Warm Home window per database: a lock file beside the database (QLockFile).

Two windows on one file would each show stale lists and confuse staff about what was saved,
so a second start on the same database is refused before it opens (or changes) anything.
A lock left behind by a crashed or killed process is taken over.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


class LockState(enum.Enum):
    """The outcome of trying to take the lock."""

    ACQUIRED = "acquired"
    HELD_ELSEWHERE = "held_elsewhere"
    # No lock file can be made there (read-only or missing folder): opening the database
    # will explain that better than the lock can.
    UNAVAILABLE = "unavailable"


def lock_path_for(db_path: str | os.PathLike[str]) -> Path:
    """The lock file for a database: ``<database>.lock`` beside it."""
    db = Path(db_path).expanduser().absolute()
    return db.with_name(db.name + LOCK_SUFFIX)


class InstanceLock:
    """The lock that says "a Warm Home window has this database open"."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.path = lock_path_for(db_path)
        self._lock = QLockFile(str(self.path))
        # A window stays open for days, so a lock must never count as stale because of its
        # age (Qt's default is 30 s); QLockFile still takes over a lock whose process (same
        # host, checked by PID and program name) is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockState:
        """Take the lock without waiting; a stale lock from a dead process is taken over."""
        try:
            # The first start on a new database: its folder may not exist yet.
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return LockState.UNAVAILABLE
        if self._lock.tryLock(0):
            return LockState.ACQUIRED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return LockState.HELD_ELSEWHERE
        return LockState.UNAVAILABLE

    def release(self) -> None:
        """Remove the lock file if this process holds it."""
        if self._lock.isLocked():
            self._lock.unlock()
