"""The home page's training alert (Qt-free): employment follow-ups that are due.

Declared as ``ALERTS`` in ``desktop/models/training/__init__.py``; the alert sends staff to
the ``training`` page, whose 就业回访 tab lists the same follow-ups.
"""

from __future__ import annotations

from datetime import datetime

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.dashboard import Alert
from desktop.models.reporting.indicators import Severity
from desktop.models.training.employment import follow_ups_due

PAGE = "training"
# How many people the alert names before "…".
ALERT_NAMES = 5


def follow_up_alerts(db: Database, now: datetime) -> list[Alert]:
    """One alert for the follow-ups due today or earlier and not recorded: a warning, or an
    error when one is overdue (:data:`rules.OVERDUE_AFTER_DAYS` days past its day); none when
    nothing is due."""
    due = follow_ups_due(db, now.date())
    if not due:
        return []
    overdue = sum(1 for d in due if d.overdue)
    people = list(dict.fromkeys(d.name for d in due))
    names = "、".join(people[:ALERT_NAMES]) + (" …" if len(people) > ALERT_NAMES else "")
    return [Alert("training.follow_ups_due", Severity.ERROR if overdue else Severity.WARNING,
                  Message(QT_TRANSLATE_NOOP(
                      "Messages", "有 {count} 次就业回访到期（其中 {overdue} 次已逾期）：{names}。"
                      "请联系本人或用人单位并登记回访"),
                      count=len(due), overdue=overdue, names=names), PAGE)]
