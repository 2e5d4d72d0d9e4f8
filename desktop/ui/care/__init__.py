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
        QT_TRANSLATE_NOOP("Help", "“今日照料”列出当天已签到的日间照料会员：方向键移动，空格键（或回车、单击）勾选或取消，立即保存；康复等计时项目直接输入分钟数；心情列按 1 好、2 一般、3 差，备注列直接输入。"),
        QT_TRANSLATE_NOOP("Help", "个别化服务计划里当天的服务显示为灰色的“计划”，还没有保存；核对后按“按计划勾选全部”（Alt+A）一次保存，再改个别不同的格子。"),
        QT_TRANSLATE_NOOP("Help", "每次服药都要记录已服、拒服或漏服，以及时间和给药人：在“今日照料”的“药”列按空格，回车即记为已服（时间为现在，给药人为当前账户）；也可以在“用药”页记录。记错了在“用药”页作废并写明原因，再重新记录。"),
        QT_TRANSLATE_NOOP("Help", "电脑不能用时，用“打印照料表”打印空白表手写，之后在“今日照料”按同样的列顺序录入；已填表可打印存档签字。"),
        QT_TRANSLATE_NOOP("Help", "“离站交接”列出当天已签到的会员：选中会员，选接走的人（不在接送名单上的"
                          "选“其他人”，填写姓名并写明原因），核对时间后按回车登记；尚未签退的会员"
                          "同时记下签退。过了闭馆时间仍未接走的会员标为“已过闭馆时间，仍在中心”，"
                          "首页也会提示。"),
        QT_TRANSLATE_NOOP("Help", "“突发事件”登记跌倒、癫痫发作、冲突、擅自离开、疾病等：发生时间、当事人、"
                          "经过（必填）、处理措施、通知了哪位家属和时间、后续跟进。较重和严重的事件"
                          "一直显示在首页，补全家属通知和后续跟进后才能结案；“打印报告”打印突发事件"
                          "报告，供报告人、负责人和家属签字。"),
        QT_TRANSLATE_NOOP("Help", "“照料档案”中为每位会员填写自理能力、饮食、医生、风险、用药和"
                          "接送人（至少一位监护人），并制定个别化服务计划：目标、每周服务安排和"
                          "评估日期；打印后请监护人签字，评估到期时记录评估。"),
        QT_TRANSLATE_NOOP("Help", "“购买服务”登记与社会组织签订的合同（合同数量按小时或次数，金额以元填写）；"
                          "每次服务后点“登记服务”，勾选当天已签到的会员；月底选中合同，"
                          "点“打印服务确认单”请双方签字盖章，“本月完成情况”显示完成率。"),
        QT_TRANSLATE_NOOP("Help", "“餐费”设定每餐费用和个人自付部分（从某月起执行）；"
                          "用餐次数来自照料记录中勾选的午餐，打印餐费收费表请家属签字，"
                          "或打印所选会员的餐费单交给家属。"),
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
