"""Demo vocational training: the same seed gives the same records; every course type and form
is there with sessions, roll calls, a waiting list, withdrawals, completions, certificates,
claims, placements, follow-ups and competitions; what the demo stores agrees with what the
models compute (completion counts, claims), and nothing breaks the report's checks except a
few recent, realistic gaps."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.models.admin.audit_fields import CHINESE
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.training import claims, completion, demo_training, rules, training_checks

TODAY = date(2024, 11, 20)
OPTIONS = demo.DemoOptions(seed=11, members=80, years=3, today=TODAY)
TABLES = ("training_course", "training_session", "training_enrolment", "training_attendance",
          "training_certificate", "training_claim", "training_placement", "training_follow_up",
          "training_competition")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, OPTIONS)
    return path


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def test_the_same_seed_gives_the_same_training(demo_db: Path, tmp_path: Path) -> None:
    with open_database(tmp_path / "again.db") as db:
        demo.generate(db, OPTIONS)
        again = _dump(db)
    with open_database(demo_db) as db:
        first = _dump(db)
        [logged] = db.query("SELECT after FROM audit_log WHERE table_name = 'training_course'"
                            " AND record_id IS NULL")
    # The one entry of the load: its counts and dates in words on the 操作日志 page.
    keys = json.loads(logged["after"])
    assert {key: CHINESE.label("training_course", key) for key in keys if
            CHINESE.label("training_course", key) == key} == {}
    assert keys["training_courses"] == len(first["training_course"])
    assert first == again
    assert all(first[t] for t in TABLES)


def test_every_course_type_and_form_each_year(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        kinds = {r[0] for r in db.query("SELECT kind FROM training_course")}
        forms = {r[0] for r in db.query("SELECT form FROM training_course")}
        years = {r[0] for r in db.query("SELECT DISTINCT substr(first_day, 1, 4)"
                                        " FROM training_course")}
        statuses = {r[0] for r in db.query("SELECT status FROM training_enrolment")}
        # A full course kept a waiting list: still waiting, or closed when the course ended.
        waited = db.scalar("SELECT count(*) FROM training_enrolment WHERE status = 'waiting'"
                           " OR withdraw_reason = ?", (demo_training.WAITING_CLOSED,))
        order_employers = {r[0] for r in db.query(
            "SELECT employer FROM training_course WHERE form = 'order'")}
        running = db.scalar("SELECT count(*) FROM training_course WHERE first_day <= ?"
                            " AND last_day >= ?", (TODAY.isoformat(), TODAY.isoformat()))
        subsidies = {r[0] for r in db.query("SELECT subsidy_kind FROM training_course")}
    assert kinds == set(rules.COURSE_KINDS)
    assert forms == set(rules.FORMS)
    assert years == {"2022", "2023", "2024"}
    assert {"enrolled", "withdrawn"} <= statuses and waited > 0
    assert "" not in order_employers
    assert running >= 1
    assert subsidies == set(rules.SUBSIDY_KINDS)


def test_completions_are_stored_as_the_models_count_them(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        done = db.query("SELECT e.id, e.completed_on, e.attended_sessions, e.counted_sessions,"
                        " e.attended_minutes, e.assessment, c.assessment_required, c.last_day"
                        " FROM training_enrolment e JOIN training_course c ON c.id = e.course_id"
                        " WHERE e.completed_on IS NOT NULL")
        assert len(done) > 50
        for row in done:
            figures = completion.attendance(db, row["id"], today=row["completed_on"])
            assert (figures.attended, figures.counted, figures.attended_minutes) == (
                row["attended_sessions"], row["counted_sessions"], row["attended_minutes"])
            assert figures.meets_rule and figures.unmarked == 0
            assert row["completed_on"] >= row["last_day"]
            assert not row["assessment_required"] or row["assessment"] == "passed"
        months = {str(r["completed_on"])[:7] for r in done}
        assert all(training_checks.completions_below_rule(db, m) == [] for m in months)
        # Some did not make it: below the rule, failed the assessment or withdrew.
        assert db.scalar("SELECT count(*) FROM training_enrolment e JOIN training_course c"
                         " ON c.id = e.course_id WHERE e.status = 'enrolled'"
                         " AND e.completed_on IS NULL AND c.last_day < ?",
                         (str(TODAY - timedelta(days=10)),)) > 0


def test_claims_and_certificates_agree_with_the_models(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        code = str(db.scalar("SELECT value FROM setting WHERE key = 'centre.code'") or "")
        made = db.query("SELECT * FROM training_claim ORDER BY number")
        assert made
        for row in made:
            data = claims.claim_data(db, row["course_id"])
            assert data.number == row["number"] and data.made_on == row["made_on"]
            assert (data.trainees, data.completed, data.attended_minutes, data.amount_fen) == (
                row["trainees"], row["completed"], row["attended_minutes"], row["amount_fen"])
            assert row["number"].startswith(f"PXBT-{code}-{row['made_on'][:4]}-")
        # The latest ended course with a subsidy is left for staff to claim.
        unclaimed = db.scalar(
            "SELECT count(*) FROM training_course c WHERE c.subsidy_kind <> 'none'"
            " AND c.cancelled_at IS NULL AND c.last_day < ? AND NOT EXISTS (SELECT 1 FROM"
            " training_claim t WHERE t.course_id = c.id)", (TODAY.isoformat(),))
        assert unclaimed >= 1
        numbers = [r[0] for r in db.query("SELECT number FROM training_certificate"
                                          " ORDER BY issued_on, number")]
        by_year: dict[str, list[int]] = {}
        for number in numbers:
            by_year.setdefault(number.split("-")[-2], []).append(int(number.split("-")[-1]))
        assert all(seq == list(range(1, len(seq) + 1)) for seq in by_year.values())
        assert db.scalar("SELECT count(*) FROM training_certificate c JOIN training_enrolment e"
                         " ON e.id = c.enrolment_id WHERE e.completed_on IS NULL") == 0


def test_placements_follow_ups_and_competitions(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        forms = {int(r[0]) for r in db.query("SELECT employment_form FROM training_placement")}
        assert forms <= set(rules.EMPLOYMENT_FORMS) and len(forms) >= 3
        assert db.scalar("SELECT count(*) FROM training_placement p JOIN training_enrolment e"
                         " ON e.id = p.enrolment_id WHERE e.completed_on IS NULL"
                         " OR p.started_on < e.completed_on") == 0
        assert db.scalar("SELECT count(*) FROM training_follow_up f JOIN training_placement p"
                         " ON p.id = f.placement_id WHERE f.done_on < p.started_on") == 0
        assert {int(r[0]) for r in db.query("SELECT due_month FROM training_follow_up")} == set(
            rules.FOLLOW_UP_MONTHS)
        # Only recent follow-ups are left undone: nothing overdue from long ago.
        overdue = training_checks.overdue_follow_ups(db, TODAY.isoformat()[:7], TODAY)
        assert all(due.due_on >= str(TODAY - timedelta(days=100)) for due in overdue)
        levels = {r[0] for r in db.query("SELECT level FROM training_competition")}
        assert levels <= set(rules.COMPETITION_LEVELS) and levels
        # Present marks of trainees who signed in at the kiosk that day by the session's end
        # came from the kiosk.
        kiosk = db.query(
            "SELECT a.mark, EXISTS (SELECT 1 FROM sign_in si WHERE si.person_id = e.person_id"
            " AND si.day = s.day AND si.voided_at IS NULL"
            " AND substr(si.signed_in_at, 12, 5) <= s.ends_at) AS signed"
            " FROM training_attendance a"
            " JOIN training_session s ON s.id = a.session_id JOIN training_enrolment e"
            " ON e.id = a.enrolment_id WHERE a.from_kiosk = 1")
        assert kiosk and all(r["mark"] == "present" and r["signed"] for r in kiosk)
        # Past sessions all have their roll call except a few of the last fortnight's.
        missing = db.query("SELECT day FROM training_session WHERE cancelled_at IS NULL"
                           " AND roll_called_at IS NULL AND day < ?", (TODAY.isoformat(),))
        assert all(r[0] >= str(TODAY - timedelta(days=15)) for r in missing)


def test_ended_courses_are_fully_roll_called_and_empty_ones_hold_no_session(
        demo_db: Path) -> None:
    """No held session lacks its roll call in a course that has ended (its trainees can
    complete); no session is held with nobody on its list; no entry is there twice."""
    with open_database(demo_db) as db:
        assert db.scalar(
            "SELECT count(*) FROM training_session s JOIN training_course c"
            " ON c.id = s.course_id WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL"
            " AND s.roll_called_at IS NULL AND s.day < ? AND c.last_day < ?",
            (TODAY.isoformat(), TODAY.isoformat())) == 0
        assert db.scalar(
            "SELECT count(*) FROM training_session s JOIN training_course c"
            " ON c.id = s.course_id WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL"
            " AND s.day < ? AND NOT EXISTS (SELECT 1 FROM training_enrolment e"
            " WHERE e.course_id = s.course_id AND e.enrolled_on <= s.day"
            " AND (e.withdrawn_on IS NULL OR e.withdrawn_on > s.day))",
            (TODAY.isoformat(),)) == 0
        assert db.scalar(
            "SELECT count(*) FROM training_session s JOIN training_course c"
            " ON c.id = s.course_id WHERE c.cancelled_at IS NOT NULL"
            " AND s.cancelled_at IS NULL") == 0
        assert db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM training_competition WHERE voided_at IS NULL"
            " GROUP BY person_id, name, held_on HAVING count(*) > 1)") == 0


@pytest.mark.parametrize("today", [date(2026, 12, 3), date(2026, 11, 29)])
def test_no_held_session_waits_for_a_roll_call_in_an_ended_course(today: date,
                                                                  tmp_path: Path) -> None:
    """The reviewer's days: 计算机基础与办公软件 ended in late November with its trainees
    waiting on an unmarked session; now every ended course is roll-called."""
    from datetime import datetime

    from desktop.models.clock import FixedClock

    with open_database(tmp_path / "d.db", clock=FixedClock(
            datetime.combine(today, datetime.min.time()))) as db:
        demo.generate(db, demo.DemoOptions(seed=5, members=80, years=2, today=today))
        assert db.scalar(
            "SELECT count(*) FROM training_session s JOIN training_course c"
            " ON c.id = s.course_id WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL"
            " AND s.roll_called_at IS NULL AND s.day < ? AND c.last_day < ?",
            (today.isoformat(), today.isoformat())) == 0
