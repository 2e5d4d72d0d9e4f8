"""Individual service plans: created with their services and a default review date, a new
plan ends the one before it, reviews move the review date on, plans end; bad input refused
with nothing written; the review-interval setting."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin.permissions import PermissionDenied
from desktop.models.care import plans
from desktop.models.care.day_care import review_months
from desktop.models.care.plans import PlanInput, PlanServiceInput
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from tests.care_support import add_day_care_member, care_centre
from tests.conftest import ADMIN, STAFF, not_none
from tests.models.care.profile_support import KIOSK, audit_rows, care_db, care_rows

__all__ = ["care_db"]

SERVICES = (PlanServiceInput("rehab", "135", 40, "独立行走十米"),
            PlanServiceInput("lunch", "12345"),
            PlanServiceInput("handicraft", "24", None, "完成串珠"))


def test_a_plan_is_stored_with_its_services_and_a_default_review(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    plan_id = plans.create_plan(care_db, person_id, PlanInput(
        " 提高生活自理能力 ", "2024-05-13", services=SERVICES), actor=STAFF)
    plan = plans.load_plan(care_db, plan_id, actor=STAFF)
    assert (plan.goals, plan.starts_on, plan.review_on) == ("提高生活自理能力", "2024-05-13",
                                                            "2024-08-13")
    # In the services' column order; minutes only where the service counts them, the
    # service's default when none is given.
    assert [(s.service, s.name, s.weekdays, s.minutes, s.goal) for s in plan.services] == [
        ("lunch", "午餐", "12345", None, ""), ("rehab", "康复训练", "135", 40, "独立行走十米"),
        ("handicraft", "手工制作", "24", 60, "完成串珠")]
    assert plan.services[1].applies_on(date(2024, 5, 15))  # a Wednesday
    assert not plan.services[1].applies_on(date(2024, 5, 14))
    assert not plan.signed
    assert plans.active_plan(care_db, person_id, "2024-05-13", actor=STAFF) == plan
    assert plans.active_plan(care_db, person_id, date(2024, 5, 12), actor=STAFF) is None
    [entry] = audit_rows(care_db, "care_plan")
    assert entry["action"] == "create" and '"service": "rehab"' in entry["after"]


def test_the_review_interval_setting_sets_the_default_review(care_db: Database) -> None:
    centre = care_centre(care_db)
    plans.set_review_months(care_db, 6, actor=STAFF)
    assert review_months(care_db) == 6
    entry = audit_rows(care_db, "setting")[-1]
    assert entry["before"] == '{"care.review_months": 3}'
    assert entry["after"] == '{"care.review_months": 6}'
    plan_id = plans.create_plan(care_db, centre.members[0], PlanInput(
        "目标", "2024-08-31", services=SERVICES[:1]), actor=STAFF)
    assert plans.load_plan(care_db, plan_id, actor=STAFF).review_on == "2025-02-28"


@pytest.mark.parametrize("months", [0, 25])
def test_an_interval_outside_1_to_24_months_is_refused(care_db: Database, months: int) -> None:
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        plans.set_review_months(care_db, months, actor=ADMIN)
    assert refused.value.fields == {"review_months": "服务计划评估间隔应为1–24个月"}
    assert care_rows(care_db) == before


def test_the_kiosk_account_cannot_change_the_interval_or_plans(care_db: Database) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(PermissionDenied, match="修改中心信息"):
        plans.set_review_months(care_db, 6, actor=KIOSK)
    with pytest.raises(PermissionDenied):
        plans.create_plan(care_db, centre.members[0], PlanInput("目标", "2024-05-13",
                                                                services=SERVICES), actor=KIOSK)
    with pytest.raises(PermissionDenied):
        plans.active_plan(care_db, centre.members[0], "2024-05-13", actor=KIOSK)
    assert care_rows(care_db) == before


@pytest.mark.parametrize(("data", "field", "message"), [
    (PlanInput("目标", "2024-05-13", "2024-05-12", SERVICES), "review_on",
     "评估日期 2024-05-12 早于计划开始日期 2024-05-13：评估日期应在计划开始之后"),
    (PlanInput("目标", "2024-05-13", services=(PlanServiceInput("swimming"),)), "services",
     "没有“swimming”这项照料服务"),
    (PlanInput("目标", "2024-05-13", services=(PlanServiceInput("rehab", "1289"),)), "services",
     "服务“康复训练”的每周安排应为1–7的数字（1是星期一，7是星期日），如 12345，现在是“1289”"),
    (PlanInput("目标", "2024-05-13", services=(PlanServiceInput("rehab", ""),)), "services",
     "服务“康复训练”的每周安排应为1–7的数字（1是星期一，7是星期日），如 12345，现在是“”"),
    (PlanInput("目标", "2024-05-13", services=(PlanServiceInput("rehab", "1", 0),)),
     "services", "服务“康复训练”的时长应为1–720分钟"),
    (PlanInput("目标", "2024-05-13", services=(PlanServiceInput("lunch"),
                                              PlanServiceInput("lunch", "1"))),
     "services", "服务“午餐”列了两次"),
    (PlanInput("目标", "2024-05-13"), "services", "请至少安排一项服务（勾选星期几提供）"),
    (PlanInput(" ", "2024-05-13", services=SERVICES), "goals", "请填写服务目标"),
    (PlanInput("目标", "2024-02-30", services=SERVICES), "starts_on",
     "计划开始日期应为 年-月-日 格式的真实日期，如 2024-05-13，现在是“2024-02-30”"),
    (PlanInput("目标", "2024-05-13", services=SERVICES, guardian_signed_by="王建国"),
     "guardian_signed_on", "请填写监护人签字的日期"),
    (PlanInput("目标", "2024-05-13", services=SERVICES, guardian_signed_on="2024-05-10"),
     "guardian_signed_by", "请填写签字的监护人姓名"),
    (PlanInput("目标", "2024-05-13", services=SERVICES, guardian_signed_by="王建国",
               guardian_signed_on="2024-05-14"),
     "guardian_signed_on", "监护人签字日期不能晚于今天"),
])
def test_bad_input_is_refused_and_nothing_is_written(care_db: Database, data: PlanInput,
                                                     field: str, message: str) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        plans.create_plan(care_db, centre.members[0], data, actor=STAFF)
    assert refused.value.fields == {field: message}
    assert care_rows(care_db) == before


def test_a_new_plan_ends_the_previous_one_the_day_before(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    first = plans.create_plan(care_db, person_id, PlanInput("第一期", "2024-01-02",
                                                            services=SERVICES), actor=STAFF)
    second = plans.create_plan(care_db, person_id, PlanInput("第二期", "2024-05-13",
                                                             services=SERVICES[:1]), actor=STAFF)
    assert plans.load_plan(care_db, first, actor=STAFF).ended_on == "2024-05-12"
    assert not_none(plans.active_plan(care_db, person_id, "2024-05-12", actor=STAFF)).id == first
    assert not_none(plans.active_plan(care_db, person_id, "2024-05-13",
                                      actor=STAFF)).id == second
    assert [p.id for p in plans.plans(care_db, person_id, actor=STAFF)] == [second, first]
    actions = [(e["action"], e["record_id"]) for e in audit_rows(care_db, "care_plan")]
    assert actions == [("create", first), ("update", first), ("create", second)]
    # A plan may not start on or before an existing plan's start.
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        plans.create_plan(care_db, person_id, PlanInput("第三期", "2024-05-13",
                                                        services=SERVICES), actor=STAFF)
    assert refused.value.fields == {"starts_on": "已有 2024-05-13 开始的服务计划：新计划应在它之后"
                                                 "开始；要改那份计划，请选中它再修改"}
    assert care_rows(care_db) == before


def test_an_update_changes_the_services_and_the_signature(care_db: Database) -> None:
    centre = care_centre(care_db)
    plan_id = plans.create_plan(care_db, centre.members[0], PlanInput(
        "目标", "2024-05-13", services=SERVICES), actor=STAFF)
    plans.update_plan(care_db, plan_id, PlanInput(
        "新目标", "2024-05-13", "2024-07-01", (PlanServiceInput("rehab", "7654", 20),),
        "王建国", "2024-05-13"), actor=STAFF)
    plan = plans.load_plan(care_db, plan_id, actor=STAFF)
    assert (plan.goals, plan.review_on, plan.guardian_signed_by, plan.guardian_signed_on) == (
        "新目标", "2024-07-01", "王建国", "2024-05-13")
    assert [(s.service, s.weekdays, s.minutes) for s in plan.services] == [
        ("rehab", "4567", 20)]
    entry = audit_rows(care_db, "care_plan")[-1]
    assert entry["action"] == "update" and '"service": "lunch"' in entry["before"]
    assert '"service": "lunch"' not in entry["after"]
    before = care_rows(care_db)
    with pytest.raises(ValidationError, match="早于计划开始日期"):
        plans.update_plan(care_db, plan_id, PlanInput("目标", "2024-05-13", "2024-05-01",
                                                      SERVICES), actor=STAFF)
    assert care_rows(care_db) == before


def test_an_edit_may_not_make_two_plans_overlap(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    plans.create_plan(care_db, person_id, PlanInput("一", "2024-01-02", services=SERVICES),
                      actor=STAFF)
    second = plans.create_plan(care_db, person_id, PlanInput("二", "2024-05-13",
                                                             services=SERVICES), actor=STAFF)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        plans.update_plan(care_db, second, PlanInput("二", "2024-05-01", "2024-08-01",
                                                     SERVICES), actor=STAFF)
    assert refused.value.fields == {
        "starts_on": "与 2024-01-02 开始的另一份服务计划时间重叠：同一天只能有一份计划"}
    assert care_rows(care_db) == before


def test_a_review_moves_the_next_review_on_and_an_ended_plan_is_no_longer_due(
        care_db: Database) -> None:
    centre = care_centre(care_db)
    plan_id = plans.create_plan(care_db, centre.members[0], PlanInput(
        "目标", "2024-01-02", "2024-04-02", SERVICES), actor=STAFF)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        plans.record_review(care_db, plan_id, "2023-12-01", "好", actor=STAFF)
    assert refused.value.fields == {
        "reviewed_on": "评估日期 2023-12-01 早于计划开始日期 2024-01-02：评估日期应在计划开始之后"}
    with pytest.raises(ValidationError, match="请填写评估意见"):
        plans.record_review(care_db, plan_id, "2024-05-10", " ", actor=STAFF)
    with pytest.raises(ValidationError, match="评估日期不能晚于今天"):
        plans.record_review(care_db, plan_id, "2024-05-14", "好", actor=STAFF)
    assert care_rows(care_db) == before
    assert plans.record_review(care_db, plan_id, "2024-05-10", "能独立进食",
                               actor=STAFF) == "2024-08-10"
    plan = plans.load_plan(care_db, plan_id, actor=STAFF)
    assert (plan.reviewed_on, plan.review_notes, plan.review_on) == (
        "2024-05-10", "能独立进食", "2024-08-10")
    plans.end_plan(care_db, plan_id, "2024-05-31", actor=STAFF)
    assert plans.load_plan(care_db, plan_id, actor=STAFF).ended_on == "2024-05-31"
    assert plans.active_plan(care_db, centre.members[0], "2024-06-01", actor=STAFF) is None
    assert [e["action"] for e in audit_rows(care_db, "care_plan")] == [
        "create", "update", "update"]
    with pytest.raises(ValidationError, match="结束日期 2023-12-31 早于计划开始日期 2024-01-02"):
        plans.end_plan(care_db, plan_id, "2023-12-31", actor=STAFF)


def test_a_member_outside_the_programme_or_without_a_profile_gets_no_plan(
        care_db: Database) -> None:
    centre = care_centre(care_db)
    newcomer = add_day_care_member(care_db, "周杰", 150, profile=False)
    before = care_rows(care_db)
    with pytest.raises(NotFoundError, match="不是日间照料的在册会员"):
        plans.create_plan(care_db, centre.other, PlanInput("目标", "2024-05-13",
                                                           services=SERVICES), actor=STAFF)
    with pytest.raises(NotFoundError, match="还没有照料档案"):
        plans.create_plan(care_db, newcomer, PlanInput("目标", "2024-05-13",
                                                       services=SERVICES), actor=STAFF)
    assert care_rows(care_db) == before
