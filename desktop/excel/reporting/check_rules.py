"""The 校验 sheet's rules in words: each rule's name in Chinese and what staff should do.

Rules are named by their code in the findings (``people.no_certificate``); the workbook shows
these names and advice and keeps the code only in a hidden column. A rule from a capability
this module does not know yet is shown by its message, with general advice.
"""

from __future__ import annotations

# code → (name, what to do)
RULES: dict[str, tuple[str, str]] = {
    "people.no_certificate": (
        "在册会员缺残疾证号",
        "在“人员登记”中为这些会员补填残疾人证号（20位）；没有残疾证的，在备注中说明。"),
    "people.future_dates": (
        "入会或离会日期晚于今天",
        "在“人员登记”中改正入会日期或离开日期。"),
    "attendance.no_sign_out": (
        "签到后没有签退",
        "在“签到”页面为这些签到补记签退时间；不补记的，不计入需要停留时长的补助。"),
    "attendance.future": (
        "签到日期晚于今天",
        "在“签到”页面作废或改正这些签到（多为电脑日期设置错误）。"),
    "activities.future": (
        "尚未开展的活动已有参加者",
        "在“文体活动”页面改正活动日期，或移除参加者。"),
    "subsidy.days_over_open": (
        "补助天数多于开放天数",
        "核对该会员当月的签到记录，作废重复或错误的签到。"),
    "care.without_sign_in": (
        "照料记录当天没有签到",
        "在“考勤”页为这些会员补签；当天没有来的，在“日间照料”页作废这些照料记录。"),
    "care.review_overdue": (
        "个别化服务计划逾期未评估",
        "在“日间照料”页为这些计划记录评估（评估后下次评估日期自动后延）。"),
    "care.no_dose": (
        "有用药安排却没有服药记录",
        "在“日间照料”页补记这些天的服药情况（已服、拒服或漏服）；停药的，结束其用药安排。"),
    "sales.unpaid_makers": (
        "往月制作者收入未发放",
        "在“希联圆梦”的“制作者收入”里选那个月份，发放后按“登记所选已发放”或“全部登记已发放”。"),
    "sales.negative_stock": (
        "账面库存小于 0",
        "在“希联圆梦”的“库存”里补登生产入库，或盘点后按实际数量过账。"),
    "sales.sold_beyond_stock": (
        "超出库存销售",
        "核对销售时写明的原因；做好未入库的，在“库存”里补登生产入库。"),
    "sales.below_cost": (
        "实收低于材料成本",
        "核对这些销售的优惠和售价；录错的在“退款作废”里作废后重新收银。"),
    "volunteers.over_daily_max": (
        "志愿服务时长一天超过上限",
        "在“志愿服务”页核对这些志愿者当天的服务时长，作废重复或错误的记录，使一天的合计不超过上限。"),
    "volunteers.no_sign_out": (
        "志愿者签到后没有签退",
        "在“志愿服务”页为这些签到补记签退或确认服务到班次结束；确实没有服务的，作废签到。"),
    "volunteers.over_capacity": (
        "班次报名人数多于名额",
        "在“志愿服务”页增加该班次的名额，或与多出的志愿者商量取消报名。"),
    "training.no_roll_call": (
        "培训课次没有点名",
        "在“职业培训”页打开这些课次补点名；课没有上的，取消该课次并写明原因。"),
    "training.below_rule": (
        "结业时出勤率低于课程要求",
        "在“职业培训”页核对这些学员的点名记录；点名改错的改回，确实不够的，与培训机构商量后处理其结业和补贴申请。"),
    "training.overdue_follow_ups": (
        "就业回访逾期",
        "在“职业培训”页联系这些学员或其用人单位，登记回访结果（是否在岗、收入区间）。"),
    "month.unfinished": (
        "本月尚未结束",
        "月底后重新导出本月报表再报送；现在导出的数据只截至今天。"),
}
UNKNOWN_ADVICE = "请按“说明”核对相关记录后重新导出。"


def rule_name(code: str) -> str:
    """The rule's name in Chinese; the code itself for a rule this release does not know."""
    return RULES.get(code, (code, ""))[0]


def rule_advice(code: str) -> str:
    """What to do about a finding of this rule."""
    return RULES.get(code, ("", UNKNOWN_ADVICE))[1]
