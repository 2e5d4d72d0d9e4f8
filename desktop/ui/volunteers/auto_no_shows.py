"""No-shows marked without anyone pressing a button: the 签到记录 and 排班 tabs call
:func:`mark_ended_shifts` before they read their data, so a sign-up of a shift that has ended
without a sign-in shows as 未到. Nothing is written (nor audited) when there is nothing to mark.
"""

from __future__ import annotations

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.volunteers import no_shows


def mark_ended_shifts(db: Database, actor: Actor) -> list[int]:
    """The sign-up ids just marked 未到 (none when the account may not manage volunteers or
    the marking is refused: the 标记未到 button still shows why)."""
    if not actor.can(Permission.MANAGE_VOLUNTEERS):
        return []
    try:
        return no_shows.mark_no_shows(db, db.clock.now(), actor=actor)
    except WarmHomeError:
        return []
