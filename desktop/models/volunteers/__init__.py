"""志愿服务: volunteers' details and training, posts, shifts (one-off and weekly), sign-ups,
sign-in and sign-out at the kiosk, service hours, no-shows, star levels and certificates.

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries, its indicators, demo step and home-page alerts.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (vol-report).
INDICATORS = ("desktop.models.volunteers.indicator_provider:PROVIDER",)
# After care (30): volunteers are made by the people step (vol-report).
DEMO = (DemoStep(40, "desktop.models.volunteers.demo_volunteers:generate"),)

AUDIT_LABELS: tuple[AuditLabels, ...] = (AuditLabels(
    order=70,
    tables={
        "volunteer_detail": QT_TRANSLATE_NOOP("AuditModel", "志愿者信息"),
        "volunteer_training": QT_TRANSLATE_NOOP("AuditModel", "志愿者培训"),
        "volunteer_post": QT_TRANSLATE_NOOP("AuditModel", "志愿服务岗位"),
        "volunteer_pattern": QT_TRANSLATE_NOOP("AuditModel", "每周排班"),
        "volunteer_shift": QT_TRANSLATE_NOOP("AuditModel", "志愿服务班次"),
        "volunteer_signup": QT_TRANSLATE_NOOP("AuditModel", "班次报名"),
        "volunteer_sign_in": QT_TRANSLATE_NOOP("AuditModel", "志愿者签到"),
        "volunteer_service": QT_TRANSLATE_NOOP("AuditModel", "志愿服务时长"),
        "volunteer_certificate": QT_TRANSLATE_NOOP("AuditModel", "志愿服务证明"),
    },
), AuditLabels(
    # Posts, shifts, patterns, sign-ups, details and trainings (.posts, .shifts, .signups,
    # .details): named per table, so the other parts' keys keep their own words.
    order=71,
    table_fields={
        "volunteer_post": {
            "name": QT_TRANSLATE_NOOP("AuditValues", "岗位名称"),
            "requirements": QT_TRANSLATE_NOOP("AuditValues", "岗位要求"),
            "active": QT_TRANSLATE_NOOP("AuditValues", "启用"),
        },
        "volunteer_shift": {
            "post_id": QT_TRANSLATE_NOOP("AuditValues", "岗位编号"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "starts_at": QT_TRANSLATE_NOOP("AuditValues", "开始时间"),
            "ends_at": QT_TRANSLATE_NOOP("AuditValues", "结束时间"),
            "capacity": QT_TRANSLATE_NOOP("AuditValues", "需要人数"),
            "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
            "cancelled_at": QT_TRANSLATE_NOOP("AuditValues", "取消时间"),
            "cancel_reason": QT_TRANSLATE_NOOP("AuditValues", "取消原因"),
        },
        "volunteer_pattern": {
            "post_id": QT_TRANSLATE_NOOP("AuditValues", "岗位编号"),
            "weekdays": QT_TRANSLATE_NOOP("AuditValues", "每周星期几"),
            "starts_at": QT_TRANSLATE_NOOP("AuditValues", "开始时间"),
            "ends_at": QT_TRANSLATE_NOOP("AuditValues", "结束时间"),
            "capacity": QT_TRANSLATE_NOOP("AuditValues", "需要人数"),
            "first_day": QT_TRANSLATE_NOOP("AuditValues", "第一天"),
            "last_day": QT_TRANSLATE_NOOP("AuditValues", "最后一天"),
            "note": QT_TRANSLATE_NOOP("AuditValues", "备注"),
            "shifts": QT_TRANSLATE_NOOP("AuditValues", "排出的班次数"),
            "skipped": QT_TRANSLATE_NOOP("AuditValues", "跳过的日子"),
        },
        "volunteer_signup": {
            "shift_id": QT_TRANSLATE_NOOP("AuditValues", "班次编号"),
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "人员编号"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "method": QT_TRANSLATE_NOOP("AuditValues", "报名方式"),
            "status": QT_TRANSLATE_NOOP("AuditValues", "报名状态"),
            "reason": QT_TRANSLATE_NOOP("AuditValues", "原因"),
        },
        "volunteer_detail": {
            "skills": QT_TRANSLATE_NOOP("AuditValues", "特长技能"),
            "availability": QT_TRANSLATE_NOOP("AuditValues", "可服务时间"),
            "photo_consent": QT_TRANSLATE_NOOP("AuditValues", "同意拍照"),
            "card_number": QT_TRANSLATE_NOOP("AuditValues", "签到卡号"),
        },
        "volunteer_training": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "人员编号"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "培训日期"),
            "topic": QT_TRANSLATE_NOOP("AuditValues", "培训内容"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "分钟数"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
            "void_reason": QT_TRANSLATE_NOOP("AuditValues", "作废原因"),
        },
    },
), AuditLabels(
    order=73,
    table_fields={
        # the hours ledger and certificates (service_entries.py, certificates.py)
        "volunteer_service": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "服务日期"),
            "post_id": QT_TRANSLATE_NOOP("AuditValues", "服务岗位"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "content": QT_TRANSLATE_NOOP("AuditValues", "服务内容"),
            "recorded_by": QT_TRANSLATE_NOOP("AuditValues", "记录人"),
            "created_at": QT_TRANSLATE_NOOP("AuditValues", "记录时间"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "volunteer_certificate": {
            "number": QT_TRANSLATE_NOOP("AuditValues", "证明编号"),
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者"),
            "period_from": QT_TRANSLATE_NOOP("AuditValues", "服务期间自"),
            "period_to": QT_TRANSLATE_NOOP("AuditValues", "服务期间至"),
            "minutes": QT_TRANSLATE_NOOP("AuditValues", "服务时长（分钟）"),
            "issued_by": QT_TRANSLATE_NOOP("AuditValues", "经办人"),
            "issued_at": QT_TRANSLATE_NOOP("AuditValues", "出具时间"),
            "reprints": QT_TRANSLATE_NOOP("AuditValues", "补打次数"),
            "last_printed_at": QT_TRANSLATE_NOOP("AuditValues", "最近打印时间"),
        },
    },
), AuditLabels(
    # The volunteer settings (rules.save_settings), audited on table ``setting``.
    order=74,
    fields={
        "volunteer.rounding_minutes": QT_TRANSLATE_NOOP("AuditValues", "志愿服务取整单位（分钟）"),
        "volunteer.max_daily_minutes": QT_TRANSLATE_NOOP("AuditValues", "志愿服务每日上限（分钟）"),
        "volunteer.star_hours": QT_TRANSLATE_NOOP("AuditValues", "志愿者星级门槛（小时）"),
    },
), AuditLabels(
    # The demo data's one entry for its generated volunteer service (demo_volunteers).
    order=78,
    fields={
        "volunteer_shifts": QT_TRANSLATE_NOOP("AuditValues", "志愿服务班次数"),
        "volunteer_signups": QT_TRANSLATE_NOOP("AuditValues", "班次报名条数"),
        "volunteer_sign_ins": QT_TRANSLATE_NOOP("AuditValues", "志愿者签到条数"),
        "volunteer_services": QT_TRANSLATE_NOOP("AuditValues", "服务时长条数"),
        "volunteer_hours": QT_TRANSLATE_NOOP("AuditValues", "服务小时数"),
    }),)

# Home-page alerts (desktop.models.reporting.dashboard): who reached a star level this month.
ALERTS = ("desktop.models.volunteers.ledger:level_alerts",)

AUDIT_LABELS += (AuditLabels(
    # Volunteers' sign-ins, their service rows and no-shows (sign_ins.py, no_shows.py).
    order=72,
    table_fields={
        "volunteer_sign_in": {
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "志愿者（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "shift_id": QT_TRANSLATE_NOOP("AuditValues", "班次（编号）"),
            "signed_in_at": QT_TRANSLATE_NOOP("AuditValues", "签到时间"),
            "signed_out_at": QT_TRANSLATE_NOOP("AuditValues", "签退时间"),
            "method": QT_TRANSLATE_NOOP("AuditValues", "签到方式"),
            "confirmed_by": QT_TRANSLATE_NOOP("AuditValues", "确认人"),
            "confirmed_at": QT_TRANSLATE_NOOP("AuditValues", "确认时间"),
        },
        "volunteer_service": {  # its other fields: the ledger's words above
            "shift_id": QT_TRANSLATE_NOOP("AuditValues", "班次（编号）"),
            "sign_in_id": QT_TRANSLATE_NOOP("AuditValues", "签到（编号）"),
        },
        "volunteer_signup": {
            "status": QT_TRANSLATE_NOOP("AuditValues", "报名状态"),
            "reason": QT_TRANSLATE_NOOP("AuditValues", "原因"),
        },
    },
),)

# Volunteers sign in and out at the kiosk by card or name (attendance asks, never imports us).
KIOSK_PEOPLE = ("desktop.models.volunteers.kiosk_link:PROVIDER",)
