"""The home page's training alert (Qt-free): employment follow-ups that are due and not yet
overdue.

Declared as ``ALERTS`` in ``desktop/models/training/__init__.py``; the alert sends staff to
the ``training`` page, whose 就业回访 tab lists the same follow-ups. The overdue ones are a
check of the monthly report (``training.overdue_follow_ups``), which the home page already
shows as "本月：有 n 次就业回访逾期未做…" (``dashboard.validation_alerts``): this alert leaves
them out so that no follow-up is listed twice (as the care and volunteer alerts leave their
report checks to the report), and it is a warning, like theirs: something to do, not an error.
"""

from __future__ import annotations

from datetime import datetime

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.dashboard import Alert
from desktop.models.reporting.indicators import Severity
from desktop.models.training import rules
from desktop.models.training.employment import follow_ups_due

PAGE = "training"
# How many people the alert names before "…".
ALERT_NAMES = 5


def follow_up_alerts(db: Database, now: datetime) -> list[Alert]:
    """One warning for the follow-ups due today or earlier, not recorded and not yet overdue
    (:data:`rules.OVERDUE_AFTER_DAYS` days past their day); none when there are none."""
    due = [d for d in follow_ups_due(db, now.date()) if not d.overdue]
    if not due:
        return []
    people = list(dict.fromkeys(d.name for d in due))
    names = "、".join(people[:ALERT_NAMES]) + (" …" if len(people) > ALERT_NAMES else "")
    return [Alert("training.follow_ups_due", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
        "Messages", "有 {count} 次就业回访到期：{names}。请在到期后 {days} 天内联系本人或用人单位"
                    "并登记回访"),
        count=len(due), names=names, days=rules.OVERDUE_AFTER_DAYS), PAGE)]
