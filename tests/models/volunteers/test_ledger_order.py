"""The 服务时长 ledger, the star crossings and the year's certificates list volunteers in the
same pinyin order as the 志愿者 tab (the register's sort key), not in the characters' code
order (张 U+5F20 before 李 U+674E before 阿 U+963F)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.volunteers import certificates, details, ledger
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import bank, open_clocked, serve, volunteer

PINYIN_ORDER = ["阿明", "李四", "张三"]


@pytest.fixture
def vdb(tmp_path: Path) -> Iterator[Database]:
    database = open_clocked(tmp_path)
    for seq, name in enumerate(["张三", "李四", "阿明"], start=1):
        person = volunteer(database, name, seq)
        bank(database, person, "2024-04-30", 99 * 60)
        serve(database, person, "2024-05-06", 90)
    yield database
    database.close()


def test_the_ledger_is_in_the_volunteer_tabs_pinyin_order(vdb: Database) -> None:
    assert sorted(PINYIN_ORDER) != PINYIN_ORDER  # code-point order would differ
    assert [r.name for r in details.volunteers(vdb)] == PINYIN_ORDER
    assert [r.name for r in ledger.month_ledger(vdb, "2024-05", actor=STAFF)] == PINYIN_ORDER
    assert [c.name for c in ledger.crossed_levels(vdb, "2024-05")] == PINYIN_ORDER
    assert [c.name for c in certificates.year_certificates(vdb, 2024, actor=STAFF)] == \
        PINYIN_ORDER
