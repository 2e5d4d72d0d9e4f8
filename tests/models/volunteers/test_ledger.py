"""The hours ledger: a month per volunteer, a volunteer per month and post, star levels and
who crossed one (the home page's alert). Voided entries never count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.admin import centre
from desktop.models.capabilities import declarations
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.indicators import Severity
from desktop.models.volunteers import ledger, rules
from desktop.models.volunteers.service_entries import void_service
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import (
    NOW,
    bank,
    open_clocked,
    serve,
    volunteer,
)


@pytest.fixture
def vdb(tmp_path: Path) -> Iterator[Database]:
    database = open_clocked(tmp_path)
    yield database
    database.close()


def test_the_months_ledger_counts_valid_minutes_and_cumulative_hours(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1, "BJV2400001")
    wang = volunteer(vdb, "王芳", 2, "BJV2400002")
    bank(vdb, li, "2023-12-31", 6000)
    serve(vdb, li, "2024-06-03", 120, post="文体活动")
    serve(vdb, li, "2024-06-04", 90)
    wrong = serve(vdb, li, "2024-06-05", 300)
    void_service(vdb, wrong, reason="重复录入", actor=STAFF)
    serve(vdb, li, "2024-07-01", 60)
    rows = {r.person_id: r for r in ledger.month_ledger(vdb, "2024-06", actor=STAFF)}
    assert rows[li].minutes == 210
    assert rows[li].cumulative_minutes == 6210
    assert rows[li].star == 1
    assert rows[li].posts == ("文体活动", "助餐")
    assert rows[li].volunteer_number == "BJV2400001"
    assert rows[li].masked_id.startswith("110102") and "********" in rows[li].masked_id
    assert (rows[wang].minutes, rows[wang].cumulative_minutes, rows[wang].star) == (0, 0, 0)


def test_a_malformed_month_is_refused(vdb: Database) -> None:
    with pytest.raises(ValidationError, match="月份“2024-6”不正确"):
        ledger.month_ledger(vdb, "2024-6", actor=STAFF)


def test_a_volunteers_ledger_is_per_month_and_post(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    serve(vdb, li, "2024-05-06", 120)
    serve(vdb, li, "2024-05-07", 60)
    serve(vdb, li, "2024-05-08", 30, post="义卖")
    serve(vdb, li, "2024-06-03", 90)
    rows = ledger.person_ledger(vdb, li, actor=STAFF)
    assert [(r.month, r.post, r.minutes, r.entries, r.cumulative_minutes) for r in rows] == [
        ("2024-06", "助餐", 90, 1, 300),
        ("2024-05", "助餐", 180, 2, 210),
        ("2024-05", "义卖", 30, 1, 210)]


def test_stars_follow_the_thresholds_setting(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    serve(vdb, li, "2024-06-03", 180)
    with vdb.transaction():
        centre.set_setting(vdb, rules.STAR_HOURS_KEY, "1,2,3,4,5")
    assert ledger.month_ledger(vdb, "2024-06", actor=STAFF)[0].star == 3


def test_crossing_a_threshold_in_the_month_is_a_home_page_alert(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    wang = volunteer(vdb, "王芳", 2)
    zhao = volunteer(vdb, "赵强", 3)
    bank(vdb, li, "2024-05-31", 99 * 60)
    serve(vdb, li, "2024-06-03", 60)          # 99 h → 100 h: one star in June
    bank(vdb, wang, "2024-05-31", 101 * 60)  # already a star before June
    serve(vdb, wang, "2024-06-03", 60)
    serve(vdb, zhao, "2024-06-03", 60)        # far from a star
    assert [(c.person_id, c.star) for c in ledger.crossed_levels(vdb, "2024-06")] == [(li, 1)]
    assert ledger.crossed_levels(vdb, "2024-05") == [
        ledger.Crossing(wang, "王芳", 1, 101 * 60)]
    alerts = ledger.level_alerts(vdb, NOW)
    assert [(a.severity, a.target) for a in alerts] == [(Severity.WARNING, "volunteers")]
    assert alerts[0].message == ("李华 本月志愿服务累计 100.0 小时，达到1星：可告知本人并在"
                                 "志愿北京申请星级认定")
    declared = declarations("desktop.models", "ALERTS")
    assert "desktop.models.volunteers.ledger:level_alerts" in declared
