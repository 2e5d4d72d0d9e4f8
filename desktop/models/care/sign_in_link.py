"""Daily care recorded on the strength of a sign-in (Qt-free).

Care is recorded only for members present that day, so voiding the sign-in afterwards would
leave care without a sign-in, which the monthly report refuses to export. The attendance
capability asks every capability that declares ``SIGN_IN_DEPENDENTS`` before it voids a
sign-in; this is daily care's answer.
"""

from __future__ import annotations

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message


def records_on_day(db: Database, person_id: int, day: str) -> list[str]:
    """What daily care holds for the member that day (valid services, doses, notes,
    hand-overs, purchased sessions), as one line naming where to void it; [] when nothing."""
    row = db.query_one(
        "SELECT"
        " (SELECT count(*) FROM care_entry WHERE person_id = :p AND day = :d"
        "  AND voided_at IS NULL),"
        " (SELECT count(*) FROM care_dose WHERE person_id = :p AND day = :d"
        "  AND voided_at IS NULL),"
        " (SELECT count(*) FROM care_log WHERE person_id = :p AND day = :d"
        "  AND (mood <> '' OR note <> '')),"
        " (SELECT count(*) FROM care_handover WHERE person_id = :p AND day = :d"
        "  AND voided_at IS NULL),"
        " (SELECT count(*) FROM care_provider_session_member m"
        "  JOIN care_provider_session s ON s.id = m.session_id"
        "  WHERE m.person_id = :p AND s.day = :d AND s.voided_at IS NULL)",
        {"p": person_id, "d": day})
    assert row is not None
    entries, doses, notes, handovers, sessions = (int(value) for value in row)
    if not entries + doses + notes + handovers + sessions:
        return []
    return [Message(QT_TRANSLATE_NOOP(
        "Messages", "日间照料：服务 {entries} 项、服药 {doses} 次、心情或备注 {notes} 条、"
                    "离站交接 {handovers} 次、购买服务 {sessions} 次（在“日间照料”页取消或作废）"),
        entries=entries, doses=doses, notes=notes, handovers=handovers, sessions=sessions)]
