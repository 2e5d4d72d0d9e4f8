"""No-shows marked without anyone pressing a button: the 签到记录 and 排班 tabs call
:func:`mark_ended_shifts` before they read their data, so a sign-up of a shift that has ended
without a sign-in shows as 未到. Nothing is written (nor audited) when there is nothing to mark.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.volunteers import no_shows
from desktop.ui.common.model_action import attempt


def mark_ended_shifts(parent: QWidget, db: Database, actor: Actor) -> list[int]:
    """The sign-up ids just marked 未到 (none when the account may not manage volunteers or
    the marking is refused)."""
    if not actor.can(Permission.MANAGE_VOLUNTEERS):
        return []
    # A refusal (a closed month, say) is not shown as the tab opens: the 标记未到 button
    # says why when staff press it.
    marked = attempt(parent, lambda: no_shows.mark_no_shows(db, db.clock.now(), actor=actor),
                     show=lambda _reason: None)
    return marked or []
