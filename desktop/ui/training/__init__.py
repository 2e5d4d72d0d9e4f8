"""职业培训: the vocational training page (courses with their trainees and sessions, the roll
call of a day's sessions, and the parts other modules add: completion, certificates, subsidy
claims, employment follow-up), one tab per part (:mod:`.training_page`).

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.admin.permissions import Permission
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "职业培训"),
    QT_TRANSLATE_NOOP("Help", "开设职业培训课程（西点、软陶、电脑、按摩等），给学员报名，"
                      "每次课点名，按出勤率结业。"),
    (
        QT_TRANSLATE_NOOP("Help", "在“课程”里选好年份，按“新建课程”填写课程的类型、形式、授课人、"
                          "起止日期、招收人数、结业要求和补贴标准（元），并排好课：每周固定的星期，"
                          "或列出上课日期；节假日等写在“不上课的日期”里。"),
        QT_TRANSLATE_NOOP("Help", "选中课程，在下方“学员”里按“报名”，输入姓名或拼音首字母（如 zs）"
                          "找到学员（会员和非会员都可以）；课程满员时可以登记到候补名单，"
                          "有人退出后按“递补”。学员不再参加按“退出”，要写明原因。"),
        QT_TRANSLATE_NOOP("Help", "在下方“课次”里按“排课”按星期或日期加课（补一次课只写一个日期），"
                          "某次课不上了按“取消课次”并写明原因；取消的课不计入任何人的出勤。"
                          "整门课不办了按“取消课程”。"),
        QT_TRANSLATE_NOOP("Help", "在“点名”里选日期和这天的课，逐个学员按一个键标记：1 出勤、2 迟到、"
                          "3 早退、4 请假、5 缺勤（↑↓ 换人），标完按“保存点名”一次保存。"
                          "当天在签到台签到过的学员预先标为“出勤（签到台签到，待确认）”，请核对后保存。"),
        QT_TRANSLATE_NOOP("Help", "课程上完后在“结业”里选中学员按“办理结业”：出勤率低于课程要求、还有课没点名"
                          "或要求考核而未合格的，会说明原因，不会结业；需要考核的先按“记录考核”。"),
        QT_TRANSLATE_NOOP("Help", "结业后按“结业证书”打印（第一次编号登记，再打印为“补打”，编号不变）；"
                          "“结业证书”页列出登记簿，可补打和打印登记簿。"),
        QT_TRANSLATE_NOOP("Help", "在“补贴申请”选年份和课程（课程结束后才能申请），核对学员的出勤、结业和金额；"
                          "“说明”列写明没有补贴的原因。按“登记申请”得到申请编号，再导出或打印申请表，"
                          "签字盖章后报送；登记错了就“作废申请”并写明原因，再重新登记。"),
        QT_TRANSLATE_NOOP("Help", "学员培训后就业的，在“就业回访”按“登记就业”记下单位、岗位、上岗日期和就业形式；"
                          "上岗后第1、3、6、12个月到期的回访列在上方（已逾期的标明），选中后按“登记这次回访”。"),
        QT_TRANSLATE_NOOP("Help", "参加技能竞赛的在“技能竞赛”按“登记参赛”，输入姓名或拼音首字母找到本人。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "出勤率 = 出勤（含迟到、早退）÷ 应出勤次数，请假的课不计入；"
                          "已结账的月份不能再点名或改课次。"),
    ),
)

PAGES = (
    # After 希联圆梦 (55) and before 月报 (60).
    Page("training", QT_TRANSLATE_NOOP("MainWindow", "职业培训"), 57,
         "desktop.ui.training.training_page:make_page",
         permission=Permission.MANAGE_TRAINING, help=HELP),
)
