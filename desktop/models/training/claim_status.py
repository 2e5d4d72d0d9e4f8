"""Which courses have a training subsidy claim registered (Qt-free): for the claim tab's list
of courses, in one query (``claims.claim_data`` per course would compute every attendance)."""

from __future__ import annotations

from desktop.models.db import Database


def claimed_courses(db: Database) -> dict[int, str]:
    """Course id → the number of its valid (not voided) claim, for every course claimed."""
    return {int(r[0]): str(r[1]) for r in db.query(
        "SELECT course_id, number FROM training_claim WHERE voided_at IS NULL")}
