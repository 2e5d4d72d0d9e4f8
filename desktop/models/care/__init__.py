"""日间照料: daily care for members who cannot stay alone all day: care profiles and individual
service plans, the daily care log, medication, hand-over, incidents, purchased services, meals.

The shared rules are in :mod:`.day_care`. Declares (``desktop.models.capabilities``) its
indicators, its demo step, its home-page alerts, what depends on a sign-in and the words
for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (care-report).
INDICATORS = ("desktop.models.care.indicator_provider:PROVIDER",)
# After attendance (20): care is recorded on the days members signed in (care-report).
DEMO = (DemoStep(30, "desktop.models.care.demo_care:generate"),)

AUDIT_LABELS = (AuditLabels(
    order=60,
    tables={
        "care_profile": QT_TRANSLATE_NOOP("AuditModel", "照料档案"),
        "care_medication": QT_TRANSLATE_NOOP("AuditModel", "用药安排"),
        "care_pickup": QT_TRANSLATE_NOOP("AuditModel", "接送人"),
        "care_plan": QT_TRANSLATE_NOOP("AuditModel", "个别化服务计划"),
        "care_log": QT_TRANSLATE_NOOP("AuditModel", "照料记录"),
        "care_entry": QT_TRANSLATE_NOOP("AuditModel", "照料服务"),
        "care_dose": QT_TRANSLATE_NOOP("AuditModel", "服药记录"),
        "care_handover": QT_TRANSLATE_NOOP("AuditModel", "离站交接"),
        "care_incident": QT_TRANSLATE_NOOP("AuditModel", "突发事件"),
        "care_provider": QT_TRANSLATE_NOOP("AuditModel", "购买服务合同"),
        "care_provider_session": QT_TRANSLATE_NOOP("AuditModel", "购买服务记录"),
        "care_meal_rate": QT_TRANSLATE_NOOP("AuditModel", "餐费标准"),
    },
    fields={
        # care profiles, medication schedules, pick-ups, service plans (profile.py …)
        "self_care": QT_TRANSLATE_NOOP("AuditValues", "自理能力"),
        "diet_restrictions": QT_TRANSLATE_NOOP("AuditValues", "饮食禁忌"),
        "allergies": QT_TRANSLATE_NOOP("AuditValues", "过敏"),
        "diet_texture": QT_TRANSLATE_NOOP("AuditValues", "饮食性状"),
        "doctor": QT_TRANSLATE_NOOP("AuditValues", "医生"),
        "hospital": QT_TRANSLATE_NOOP("AuditValues", "医院"),
        "doctor_phone": QT_TRANSLATE_NOOP("AuditValues", "医生电话"),
        "risks": QT_TRANSLATE_NOOP("AuditValues", "风险"),
        "risk_notes": QT_TRANSLATE_NOOP("AuditValues", "风险说明"),
        "medicine": QT_TRANSLATE_NOOP("AuditValues", "药品"),
        "dose": QT_TRANSLATE_NOOP("AuditValues", "剂量"),
        "times": QT_TRANSLATE_NOOP("AuditValues", "服药时间"),
        "supplied_by": QT_TRANSLATE_NOOP("AuditValues", "药品提供方"),
        "starts_on": QT_TRANSLATE_NOOP("AuditValues", "开始日期"),
        "ends_on": QT_TRANSLATE_NOOP("AuditValues", "结束日期"),
        "relation": QT_TRANSLATE_NOOP("AuditValues", "关系"),
        "is_guardian": QT_TRANSLATE_NOOP("AuditValues", "监护人"),
        "goals": QT_TRANSLATE_NOOP("AuditValues", "服务目标"),
        "review_on": QT_TRANSLATE_NOOP("AuditValues", "下次评估日期"),
        "guardian_signed_by": QT_TRANSLATE_NOOP("AuditValues", "监护人签字"),
        "guardian_signed_on": QT_TRANSLATE_NOOP("AuditValues", "监护人签字日期"),
        "reviewed_on": QT_TRANSLATE_NOOP("AuditValues", "评估日期"),
        "review_notes": QT_TRANSLATE_NOOP("AuditValues", "评估意见"),
        "ended_on": QT_TRANSLATE_NOOP("AuditValues", "计划结束日期"),
        "services": QT_TRANSLATE_NOOP("AuditValues", "服务安排"),
        "care.review_months": QT_TRANSLATE_NOOP("AuditValues", "服务计划评估间隔（月）"),
    },
    table_fields={"care_pickup": {"active": QT_TRANSLATE_NOOP("AuditValues", "仍可接送")}},
), AuditLabels(
    # Purchased services and meals (desktop.models.care.providers, .meals): their keys are
    # named per table, so the same key elsewhere in care (a plan's starts_on) keeps its words.
    order=66,
    fields={
        "meal_cost_fen": QT_TRANSLATE_NOOP("AuditValues", "每餐费用"),
        "meal_contribution_fen": QT_TRANSLATE_NOOP("AuditValues", "每餐个人自付"),
    },
    table_fields={
        "care_provider": {
            "organisation": QT_TRANSLATE_NOOP("AuditValues", "服务机构"),
            "contract_number": QT_TRANSLATE_NOOP("AuditValues", "合同编号"),
            "service": QT_TRANSLATE_NOOP("AuditValues", "服务内容"),
            "starts_on": QT_TRANSLATE_NOOP("AuditValues", "合同开始日期"),
            "ends_on": QT_TRANSLATE_NOOP("AuditValues", "合同结束日期"),
            "unit": QT_TRANSLATE_NOOP("AuditValues", "计量单位"),
            "contracted_quantity": QT_TRANSLATE_NOOP("AuditValues", "合同数量"),
            "amount_fen": QT_TRANSLATE_NOOP("AuditValues", "合同金额"),
            "contact": QT_TRANSLATE_NOOP("AuditValues", "联系人"),
            "phone": QT_TRANSLATE_NOOP("AuditValues", "联系电话"),
        },
        "care_provider_session": {
            "provider_id": QT_TRANSLATE_NOOP("AuditValues", "合同（内部编号）"),
            "contract_number": QT_TRANSLATE_NOOP("AuditValues", "合同编号"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "staff_name": QT_TRANSLATE_NOOP("AuditValues", "服务人员"),
            "content": QT_TRANSLATE_NOOP("AuditValues", "服务内容"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "members": QT_TRANSLATE_NOOP("AuditValues", "服务的会员（编号）"),
            "void_reason": QT_TRANSLATE_NOOP("AuditValues", "作废原因"),
        },
    }
), AuditLabels(
    # The daily care log and medication doses (care_log, care_entry, care_dose).
    order=61,
    fields={
        "service": QT_TRANSLATE_NOOP("AuditValues", "照料服务"),
        "minutes": QT_TRANSLATE_NOOP("AuditValues", "分钟数"),
        "mood": QT_TRANSLATE_NOOP("AuditValues", "心情"),
        "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
        "medication_id": QT_TRANSLATE_NOOP("AuditValues", "用药安排编号"),
        "scheduled_time": QT_TRANSLATE_NOOP("AuditValues", "应服时间"),
        "at_time": QT_TRANSLATE_NOOP("AuditValues", "服药时间"),
        "given_by": QT_TRANSLATE_NOOP("AuditValues", "给药人"),
    },
    table_fields={"care_dose": {"status": QT_TRANSLATE_NOOP("AuditValues", "服药情况")}},
), AuditLabels(
    # Hand-over and incidents (handover.py, incidents.py).
    order=64,
    fields={
        "person_id": QT_TRANSLATE_NOOP("AuditValues", "人员编号"),
        "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
        "pickup_id": QT_TRANSLATE_NOOP("AuditValues", "接送人编号"),
        "collector_name": QT_TRANSLATE_NOOP("AuditValues", "接走人"),
        "collected_at": QT_TRANSLATE_NOOP("AuditValues", "接走时间"),
        "occurred_at": QT_TRANSLATE_NOOP("AuditValues", "发生时间"),
        "kind": QT_TRANSLATE_NOOP("AuditValues", "类型"),
        "severity": QT_TRANSLATE_NOOP("AuditValues", "严重程度"),
        "place": QT_TRANSLATE_NOOP("AuditValues", "地点"),
        "what_happened": QT_TRANSLATE_NOOP("AuditValues", "事件经过"),
        "action_taken": QT_TRANSLATE_NOOP("AuditValues", "处理措施"),
        "guardian_told_name": QT_TRANSLATE_NOOP("AuditValues", "通知的家属"),
        "guardian_told_at": QT_TRANSLATE_NOOP("AuditValues", "通知家属时间"),
        "follow_up": QT_TRANSLATE_NOOP("AuditValues", "后续跟进"),
        "closed_at": QT_TRANSLATE_NOOP("AuditValues", "结案时间"),
        "closed_by": QT_TRANSLATE_NOOP("AuditValues", "结案人"),
    },
    table_fields={"care_handover": {"reason": QT_TRANSLATE_NOOP("AuditValues", "原因")}},
), AuditLabels(
    # The demo data's one entry for its generated care records (demo_care, care-report).
    order=68,
    fields={
        "care_days": QT_TRANSLATE_NOOP("AuditValues", "照料人天"),
        "care_entries": QT_TRANSLATE_NOOP("AuditValues", "照料服务条数"),
        "care_doses": QT_TRANSLATE_NOOP("AuditValues", "服药记录条数"),
        "care_handovers": QT_TRANSLATE_NOOP("AuditValues", "离站交接条数"),
        "care_incidents": QT_TRANSLATE_NOOP("AuditValues", "突发事件数"),
        "care_sessions": QT_TRANSLATE_NOOP("AuditValues", "购买服务次数"),
    }),)

# Asked before a sign-in is voided: the care recorded because the member was there.
SIGN_IN_DEPENDENTS = ("desktop.models.care.sign_in_link:records_on_day",)

# Home-page alerts (desktop.models.reporting.dashboard): doses due now and not yet recorded,
# members not collected after closing time, open serious incidents.
ALERTS = (
    "desktop.models.care.doses:due_alerts",
    "desktop.models.care.handover:not_collected_alerts",
    "desktop.models.care.incidents:serious_alerts",
)
