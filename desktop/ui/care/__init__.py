"""日间照料: the daily-care page (the day's log, medication, hand-over, incidents, profiles and
plans, purchased services, meals), one tab per part (:mod:`.care_page`).

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.admin.permissions import Permission
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "日间照料"),
    QT_TRANSLATE_NOOP("Help", "记录日间照料会员每天得到的照料：用餐、服药、个人照料、康复训练和活动，"
                      "离站交接，突发事件，以及向社会组织购买的服务。"),
    (
        QT_TRANSLATE_NOOP("Help", "“今日照料”列出当天已签到的日间照料会员，按个别化服务计划预先勾好，"
                          "核对后保存；空格键勾选，方向键移动。"),
        QT_TRANSLATE_NOOP("Help", "每次服药都要记录已服、拒服或漏服，以及时间和给药人。"),
        QT_TRANSLATE_NOOP("Help", "“离站交接”列出当天已签到的会员：选中会员，选接走的人（不在接送名单上的"
                          "选“其他人”，填写姓名并写明原因），核对时间后按回车登记；尚未签退的会员"
                          "同时记下签退。过了闭馆时间仍未接走的会员标为“已过闭馆时间，仍在中心”，"
                          "首页也会提示。"),
        QT_TRANSLATE_NOOP("Help", "“突发事件”登记跌倒、癫痫发作、冲突、擅自离开、疾病等：发生时间、当事人、"
                          "经过（必填）、处理措施、通知了哪位家属和时间、后续跟进。较重和严重的事件"
                          "一直显示在首页，补全家属通知和后续跟进后才能结案；“打印报告”打印突发事件"
                          "报告，供报告人、负责人和家属签字。"),
        QT_TRANSLATE_NOOP("Help", "登记错了的交接或事件不能删除：用“作废”并写明原因，再重新登记。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "用药、突发事件和照料记录属于健康信息，只有工作人员和管理员可以查看，"
                          "每次修改都记入操作日志；月报只报送人数和次数。"),
    ),
)

PAGES = (
    Page("care", QT_TRANSLATE_NOOP("MainWindow", "日间照料"), 45,
         "desktop.ui.care.care_page:make_page", permission=Permission.RECORD_CARE,
         help=HELP),
)
