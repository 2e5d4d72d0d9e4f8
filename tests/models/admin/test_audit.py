"""The audit log: entries commit with their change and never hold identifiers in clear."""

from __future__ import annotations

import json

import pytest

from desktop.models.admin import audit
from desktop.models.db import Database


def test_record_masks_sensitive_values(db: Database) -> None:
    with db.transaction():
        audit.record(db, actor="staff", action="update", table="person", record_id=1,
                     before={"id_number": "11010519491231002X", "phone": "13812345678"},
                     after={"id_number": "360426199101010071", "cert_number":
                            "36042619910101007143", "emergency_phone": "01066012345",
                            "address": "砖塔胡同1号", "photo": True, "name": "张三",
                            "notes": ""}, reason="更正")
    (entry,) = audit.entries_for(db, "person", 1)
    before = json.loads(entry["before"])
    after = json.loads(entry["after"])
    assert before == {"id_number": "110105********002X", "phone": "138****5678"}
    assert after["id_number"] == "360426********0071"
    assert after["cert_number"] == "360426**********7143"
    assert after["emergency_phone"] == "010****2345"
    assert after["address"] == "***"
    assert after["photo"] == "***"
    assert after["name"] == "张三"
    assert entry["reason"] == "更正"
    assert (entry["actor"], entry["action"]) == ("staff", "update")
    assert entry["at"][:4].isdigit() and "T" in entry["at"]
    for clear in ("11010519491231002X", "360426199101010071", "13812345678", "砖塔胡同"):
        assert clear not in entry["before"] + entry["after"]


def test_empty_sensitive_values_stay_empty(db: Database) -> None:
    with db.transaction():
        audit.record(db, actor="staff", action="create", table="person", record_id=2,
                     after={"id_number": "", "phone": "", "address": ""})
    (entry,) = audit.entries_for(db, "person", 2)
    assert entry["before"] is None
    assert json.loads(entry["after"]) == {"id_number": "", "phone": "", "address": ""}


def test_entries_are_returned_oldest_first_per_record(db: Database) -> None:
    with db.transaction():
        for action in ("create", "update", "archive"):
            audit.record(db, actor="staff", action=action, table="person", record_id=5)
        audit.record(db, actor="staff", action="create", table="person", record_id=6)
    assert [e["action"] for e in audit.entries_for(db, "person", 5)] == [
        "create", "update", "archive"]
    assert audit.entries_for(db, "person", 99) == []


def test_an_entry_rolls_back_with_its_change(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        audit.record(db, actor="staff", action="update", table="setting", record_id=None)
        raise RuntimeError("the change failed")
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


def test_recording_outside_a_transaction_is_refused(db: Database) -> None:
    with pytest.raises(RuntimeError):
        audit.record(db, actor="staff", action="create", table="person", record_id=1)
    assert db.scalar("SELECT count(*) FROM audit_log") == 0
