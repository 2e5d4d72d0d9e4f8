"""What marks a SQLite file as a Warm Home database, and the errors for a file that cannot be
opened or used (each message names the file and the reason).

Re-exported by :mod:`desktop.models.db`, the gateway, which is where callers import them from;
they live here so that the opening checks and the backup-file readers beside this module can
raise them without importing the gateway back.
"""

from __future__ import annotations

from desktop.models.errors import WarmHomeError
from desktop.models.storage.db_location import LocationKind, LocationProblem

SQLITE_MAGIC = b"SQLite format 3\x00"
# "WHME": marks a file as ours, so another program's database is refused.
APPLICATION_ID = 0x57484D45


class DatabaseError(WarmHomeError):
    """A database could not be opened or used; the message names the file and the reason."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer release; it is left untouched."""


class DatabaseLocationError(DatabaseError):
    """The database's disk, folder or file cannot be written (full, read-only); ``kind`` says
    which. The file is not damaged and is left untouched."""

    def __init__(self, problem: LocationProblem) -> None:
        super().__init__(problem.message)
        self.kind: LocationKind = problem.kind


class DatabaseDamagedError(DatabaseError):
    """The file cannot be read as a database (damaged, or empty); the message names the
    newest backup to restore from. The file is left untouched."""
