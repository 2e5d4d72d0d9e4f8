"""Changes to a month's records, read from the audit log (the 变更 sheet, the close check).

A change "touches" a month when it is about a sign-in dated in the month, an activity dated in
it (now, before or after the change: moving an activity in or out counts for both months), a
participant of such an activity, the reopening of the month itself, the subsidy settings
(the rate and the minimum stay: before schema v6 one setting for every month, since then an
entry effective from a month, which touches that month and the ones after it), or a people
edit that changed the month's people figures: moved a member onto or off its register
(joining or leaving date, the member role, archiving) or a joining or leaving date into or out
of the month or its year so far (the rule of :mod:`desktop.models.people.register`). Entries are
selected by audit id, not by clock time, so two changes in the same second are never confused.

Records are described in words (who, which day, which activity), never by table name; identity
numbers are masked as everywhere in exports.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.models.admin.audit_query import ACTION_NAMES
from desktop.models.attendance.attendance_month import month_days
from desktop.models.db import Database
from desktop.models.people.identity import mask_id
from desktop.models.people.register import footprint

# Chinese names of the logged fields that a month's records carry.
FIELD_NAMES = {
    "person_id": "会员",
    "day": "日期",
    "signed_in_at": "签到时间",
    "signed_out_at": "签退时间",
    "method": "方式",
    "recorded_by": "登记人",
    "created_at": "登记时间",
    "voided_at": "作废时间",
    "title": "活动名称",
    "kind": "类型",
    "place": "地点",
    "organiser": "组织者",
    "activity_id": "活动",
    "added_at": "登记时间",
    "month": "月份",
    "closed": "已关账",
    "subsidy.daily_rate_fen": "日补助标准（分）",
    "subsidy.min_stay_minutes": "最短停留（分钟）",
    "effective_from": "起执行月份",
    "is_member": "会员身份",
    "joined_on": "入会日期",
    "left_on": "离开日期",
    "archived_at": "归档时间",
}
# The logged person fields that decide who is on the register (the only ones a people edit
# shows in the listing: its other fields do not change the month's figures).
REGISTER_FIELDS = ("is_member", "joined_on", "left_on")
METHOD_NAMES = {"card": "刷卡", "search": "查找", "keypad": "数字键", "staff": "工作人员补签",
                "paper": "纸质签到表"}
# Keys left out of the summary: bookkeeping, or repeated in the record column.
_QUIET = {"created_at", "recorded_by", "activity_id", "month"}


@dataclass(frozen=True)
class Change:
    """One audited change to a month's records, ready to print."""

    audit_id: int
    at: str
    actor: str
    action: str
    record: str
    before: str
    after: str
    reason: str


_CHANGES_SQL = """
SELECT l.id, l.at, l.actor, l.action, l.table_name, l.record_id, l.before, l.after, l.reason
FROM audit_log l
WHERE l.id > :after_id AND (:until_id IS NULL OR l.id <= :until_id) AND (
  (l.table_name = 'sign_in'
   AND l.record_id IN (SELECT id FROM sign_in WHERE day BETWEEN :first AND :last))
  OR (l.table_name IN ('activity', 'activity_participant') AND (
       l.record_id IN (SELECT id FROM activity WHERE day BETWEEN :first AND :last)
       OR (json_valid(l.before) AND substr(json_extract(l.before, '$.day'), 1, 7) = :month)
       OR (json_valid(l.after) AND substr(json_extract(l.after, '$.day'), 1, 7) = :month)))
  OR (l.table_name = 'month_state' AND l.action = 'reopen'
      AND l.record_id = (SELECT id FROM month_state WHERE month = :month))
  OR (l.table_name = 'setting' AND (l.before LIKE '%"subsidy.%' OR l.after LIKE '%"subsidy.%'))
  OR (l.table_name = 'subsidy_rate' AND json_valid(l.after)
      AND json_extract(l.after, '$.effective_from') <= :month)
  OR (l.table_name = 'person' AND (l.action IN ('create', 'archive', 'restore')
      OR (l.action = 'update' AND json_valid(l.before) AND json_valid(l.after) AND (
          json_extract(l.before, '$.is_member') IS NOT json_extract(l.after, '$.is_member')
          OR json_extract(l.before, '$.joined_on') IS NOT json_extract(l.after, '$.joined_on')
          OR json_extract(l.before, '$.left_on') IS NOT json_extract(l.after, '$.left_on')))))
)
ORDER BY l.id
"""


def changes_between(db: Database, month: str, after_id: int,
                    until_id: int | None = None) -> list[Change]:
    """Changes touching ``month`` logged after audit entry ``after_id`` (and up to
    ``until_id`` when given), oldest first."""
    days = month_days(month)
    rows = db.query(_CHANGES_SQL, {"after_id": after_id, "until_id": until_id,
                                   "first": days[0], "last": days[-1], "month": month})
    return [_change(db, row) for row in rows
            if row["table_name"] != "person" or _changes_people_figures(db, row, days[0],
                                                                         days[-1])]


def _member_now(db: Database, person_id: Any) -> dict[str, Any]:
    row = db.query_one("SELECT active, joined_on, left_on FROM member WHERE person_id = ?",
                       (person_id,))
    if row is None:
        return {}
    return {"is_member": bool(row["active"]), "joined_on": row["joined_on"],
            "left_on": row["left_on"]}


def _changes_people_figures(db: Database, row: sqlite3.Row, first: str, last: str) -> bool:
    """Whether a logged people edit changed what the person adds to the people figures of
    ``first`` .. ``last`` (on the register, joined or left)."""
    before, after = _values(row["before"]), _values(row["after"])
    if row["action"] in ("archive", "restore"):
        # The entry holds only the archive time; the membership is the member's current one.
        member = _member_now(db, row["record_id"])
        before, after = {**member, **before}, {**member, **after}
    return footprint(before, first, last) != footprint(after, first, last)


def _values(stored: str | None) -> dict[str, Any]:
    if not stored:
        return {}
    try:
        values = json.loads(stored)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _person(db: Database, person_id: Any) -> str:
    row = db.query_one("SELECT name, id_number FROM person WHERE id = ?", (person_id,))
    if row is None:
        return f"编号 {person_id}"
    masked = mask_id(row["id_number"])
    return f"{row['name']}（{masked}）" if masked else str(row["name"])


def _activity(db: Database, activity_id: Any) -> str:
    row = db.query_one("SELECT title, day FROM activity WHERE id = ?", (activity_id,))
    return f"文体活动“{row['title']}”（{row['day']}）" if row else f"文体活动 编号 {activity_id}"


def _record(db: Database, row: sqlite3.Row, before: dict[str, Any],
            after: dict[str, Any]) -> str:
    table, record_id = row["table_name"], row["record_id"]
    if table == "sign_in":
        found = db.query_one("SELECT person_id, day FROM sign_in WHERE id = ?", (record_id,))
        if found is None:
            return f"签到 编号 {record_id}"
        return f"{found['day']} 签到：{_person(db, found['person_id'])}"
    if table == "activity":
        return _activity(db, record_id)
    if table == "activity_participant":
        person_id = after.get("person_id", before.get("person_id"))
        return f"{_activity(db, record_id)} 参加者：{_person(db, person_id)}"
    if table == "month_state":
        return f"月份 {after.get('month') or before.get('month') or ''}".strip()
    if table == "setting":
        return "生活补助设置"
    if table == "subsidy_rate":
        start = after.get("effective_from") or before.get("effective_from") or ""
        return f"生活补助标准（{start} 起执行）" if start else "生活补助标准"
    if table == "person":
        return f"人员登记：{_person(db, record_id)}"
    return f"{table} {record_id if record_id is not None else ''}".strip()


def _shown(key: str, value: Any, db: Database) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "person_id":
        return _person(db, value)
    if key == "method":
        return METHOD_NAMES.get(str(value), str(value))
    if key == "effective_from" and value == "0000-01":
        return "最初"  # the subsidy entry migrated from schema v5 (subsidy.BEGINNING)
    if isinstance(value, str) and len(value) == 19 and value[10] == "T":
        return value.replace("T", " ")
    return str(value)


def _summary(db: Database, values: dict[str, Any], keys: list[str]) -> str:
    parts = [f"{FIELD_NAMES.get(key, key)}：{_shown(key, values.get(key), db)}"
             for key in keys if key in values]
    return "；".join(parts)


def _change(db: Database, row: sqlite3.Row) -> Change:
    before, after = _values(row["before"]), _values(row["after"])
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in _QUIET]
    if row["table_name"] in ("sign_in", "activity_participant"):
        # The member and the day are named in the record column.
        keys = [k for k in keys if k not in ("person_id", "day")]
    elif row["table_name"] == "person":
        # Only what decides the register, and of an edit only what it changed.
        keys = [k for k in (*REGISTER_FIELDS, "archived_at") if k in keys
                and (row["action"] != "update" or before.get(k) != after.get(k))]
    action = ACTION_NAMES.get(row["action"], row["action"])
    return Change(audit_id=int(row["id"]), at=str(row["at"]).replace("T", " "),
                  actor=row["actor"], action=action, record=_record(db, row, before, after),
                  before=_summary(db, before, keys), after=_summary(db, after, keys),
                  reason=row["reason"] or "")
