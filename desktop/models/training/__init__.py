"""职业培训 vocational training: courses and their sessions (``courses``, ``sessions``),
enrolment with a waiting list (``enrolment``), the roll call with the kiosk's pre-marks
(``roll_call``), completion from attendance and an assessment (``completion``), numbered
completion certificates (``certificates``), training subsidy claims (``claims``), job
placements and their follow-ups (``employment``), skills competitions (``competitions``), the
checks for the monthly report (``training_checks``) and the month's figures that the
workbook, the command line and the indicators all read (``figures.month_figures``).

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words
for its audit entries and the home page's alert for employment follow-ups that are due.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The home page lists the employment follow-ups that are due (page "training").
ALERTS = ("desktop.models.training.training_alerts:follow_up_alerts",)
# The monthly report's rows and checks (training-report).
INDICATORS = ("desktop.models.training.indicator_provider:PROVIDER",)
# After sales (50): trainees are members made by the people step (training-report).
DEMO = (DemoStep(60, "desktop.models.training.demo_training:generate"),)

AUDIT_LABELS: tuple[AuditLabels, ...] = (AuditLabels(
    order=90,
    tables={
        "training_course": QT_TRANSLATE_NOOP("AuditModel", "培训课程"),
        "training_session": QT_TRANSLATE_NOOP("AuditModel", "培训课次"),
        "training_enrolment": QT_TRANSLATE_NOOP("AuditModel", "培训报名"),
        # One entry per roll call; its record is the session's id.
        "training_attendance": QT_TRANSLATE_NOOP("AuditModel", "培训点名"),
        "training_certificate": QT_TRANSLATE_NOOP("AuditModel", "结业证书"),
        "training_placement": QT_TRANSLATE_NOOP("AuditModel", "就业安置"),
        "training_follow_up": QT_TRANSLATE_NOOP("AuditModel", "就业回访"),
        "training_competition": QT_TRANSLATE_NOOP("AuditModel", "技能竞赛"),
        "training_claim": QT_TRANSLATE_NOOP("AuditModel", "培训补贴申请"),
    },
    # The default completion rule (rules.save_default_min_attendance), on table ``setting``.
    fields={
        "training.min_attendance_pct": QT_TRANSLATE_NOOP("AuditValues", "默认结业出勤率（%）"),
    },
    table_fields={
        "training_course": {
            "name": QT_TRANSLATE_NOOP("AuditValues", "课程名称"),
            "kind": QT_TRANSLATE_NOOP("AuditValues", "培训类型"),
            "form": QT_TRANSLATE_NOOP("AuditValues", "培训形式"),
            "employer": QT_TRANSLATE_NOOP("AuditValues", "用人单位"),
            "teacher_person_id": QT_TRANSLATE_NOOP("AuditValues", "授课人（编号）"),
            "teacher_org": QT_TRANSLATE_NOOP("AuditValues", "授课机构"),
            "place": QT_TRANSLATE_NOOP("AuditValues", "地点"),
            "first_day": QT_TRANSLATE_NOOP("AuditValues", "开始日期"),
            "last_day": QT_TRANSLATE_NOOP("AuditValues", "结束日期"),
            "minutes_per_session": QT_TRANSLATE_NOOP("AuditValues", "每次课时长（分钟）"),
            "capacity": QT_TRANSLATE_NOOP("AuditValues", "招收人数"),
            "min_attendance_pct": QT_TRANSLATE_NOOP("AuditValues", "结业出勤率（%）"),
            "assessment_required": QT_TRANSLATE_NOOP("AuditValues", "需要考核"),
            "subsidy_kind": QT_TRANSLATE_NOOP("AuditValues", "补贴方式"),
            "subsidy_fen": QT_TRANSLATE_NOOP("AuditValues", "补贴标准"),
            "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
            "cancelled_at": QT_TRANSLATE_NOOP("AuditValues", "取消时间"),
            "sessions": QT_TRANSLATE_NOOP("AuditValues", "取消的课次"),
        },
        "training_session": {
            "course_id": QT_TRANSLATE_NOOP("AuditValues", "课程（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "days": QT_TRANSLATE_NOOP("AuditValues", "上课日期"),
            "starts_at": QT_TRANSLATE_NOOP("AuditValues", "上课时间"),
            "ends_at": QT_TRANSLATE_NOOP("AuditValues", "下课时间"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "课时（分钟）"),
            "cancelled_at": QT_TRANSLATE_NOOP("AuditValues", "取消时间"),
        },
        "training_enrolment": {
            "course_id": QT_TRANSLATE_NOOP("AuditValues", "课程（编号）"),
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "学员（编号）"),
            "status": QT_TRANSLATE_NOOP("AuditValues", "报名状态"),
            "enrolled_on": QT_TRANSLATE_NOOP("AuditValues", "入班日期"),
            "withdrawn_on": QT_TRANSLATE_NOOP("AuditValues", "退出日期"),
            "assessment": QT_TRANSLATE_NOOP("AuditValues", "考核结果"),
            "assessment_score": QT_TRANSLATE_NOOP("AuditValues", "考核分数"),
            "completed_on": QT_TRANSLATE_NOOP("AuditValues", "结业日期"),
            "attended_sessions": QT_TRANSLATE_NOOP("AuditValues", "出勤次数"),
            "counted_sessions": QT_TRANSLATE_NOOP("AuditValues", "应出勤次数"),
            "attended_minutes": QT_TRANSLATE_NOOP("AuditValues", "出勤时长（分钟）"),
        },
        "training_attendance": {
            "day": QT_TRANSLATE_NOOP("AuditValues", "上课日期"),
            "marks": QT_TRANSLATE_NOOP("AuditValues", "点名结果（报名编号：出勤情况）"),
        },
        "training_certificate": {
            "number": QT_TRANSLATE_NOOP("AuditValues", "证书编号"),
            "enrolment_id": QT_TRANSLATE_NOOP("AuditValues", "报名记录（编号）"),
            "issued_on": QT_TRANSLATE_NOOP("AuditValues", "发证日期"),
            "reprints": QT_TRANSLATE_NOOP("AuditValues", "补打次数"),
        },
        "training_placement": {
            "enrolment_id": QT_TRANSLATE_NOOP("AuditValues", "报名记录（编号）"),
            "employer": QT_TRANSLATE_NOOP("AuditValues", "就业单位"),
            "job": QT_TRANSLATE_NOOP("AuditValues", "岗位"),
            "started_on": QT_TRANSLATE_NOOP("AuditValues", "上岗日期"),
            "employment_form": QT_TRANSLATE_NOOP("AuditValues", "就业形式（代码）"),
            "ended_on": QT_TRANSLATE_NOOP("AuditValues", "离岗日期"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "training_follow_up": {
            "placement_id": QT_TRANSLATE_NOOP("AuditValues", "就业安置（编号）"),
            "due_month": QT_TRANSLATE_NOOP("AuditValues", "回访（上岗后月数）"),
            "done_on": QT_TRANSLATE_NOOP("AuditValues", "回访日期"),
            "still_employed": QT_TRANSLATE_NOOP("AuditValues", "仍在岗"),
            "income_band": QT_TRANSLATE_NOOP("AuditValues", "月收入"),
            "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "training_competition": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "参赛人（编号）"),
            "course_id": QT_TRANSLATE_NOOP("AuditValues", "课程（编号）"),
            "name": QT_TRANSLATE_NOOP("AuditValues", "竞赛名称"),
            "level": QT_TRANSLATE_NOOP("AuditValues", "竞赛级别"),
            "held_on": QT_TRANSLATE_NOOP("AuditValues", "比赛日期"),
            "result": QT_TRANSLATE_NOOP("AuditValues", "成绩"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "training_claim": {
            "course_id": QT_TRANSLATE_NOOP("AuditValues", "课程（编号）"),
            "number": QT_TRANSLATE_NOOP("AuditValues", "申请编号"),
            "made_on": QT_TRANSLATE_NOOP("AuditValues", "申请日期"),
            "trainees": QT_TRANSLATE_NOOP("AuditValues", "学员人数"),
            "completed": QT_TRANSLATE_NOOP("AuditValues", "结业人数"),
            "attended_minutes": QT_TRANSLATE_NOOP("AuditValues", "出勤时长（分钟）"),
            "amount_fen": QT_TRANSLATE_NOOP("AuditValues", "申请金额"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
    },
), AuditLabels(
    # The demo data's one entry for its generated training (demo_training, training-report).
    order=91,
    fields={
        "training_courses": QT_TRANSLATE_NOOP("AuditValues", "培训课程数"),
        "training_sessions": QT_TRANSLATE_NOOP("AuditValues", "培训课次数"),
        "training_enrolments": QT_TRANSLATE_NOOP("AuditValues", "培训报名条数"),
        "training_marks": QT_TRANSLATE_NOOP("AuditValues", "点名记录条数"),
        "training_completions": QT_TRANSLATE_NOOP("AuditValues", "结业人数"),
        "training_certificates": QT_TRANSLATE_NOOP("AuditValues", "结业证书数"),
        "training_placements": QT_TRANSLATE_NOOP("AuditValues", "就业安置条数"),
        "training_follow_ups": QT_TRANSLATE_NOOP("AuditValues", "就业回访条数"),
        "training_competitions": QT_TRANSLATE_NOOP("AuditValues", "技能竞赛条数"),
        "training_claims": QT_TRANSLATE_NOOP("AuditValues", "补贴申请条数"),
    }),)
