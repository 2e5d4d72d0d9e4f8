"""志愿服务: the volunteers page (shifts and their week, sign-ups, service hours and levels,
certificates, volunteers' details), one tab per part (:mod:`.volunteers_page`).

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.admin.permissions import Permission
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "志愿服务"),
    QT_TRANSLATE_NOOP("Help", "安排志愿者的班次，记录他们在签到台的签到和签退，统计真实的服务时长，"
                      "标记未到，出具志愿服务证明，并查看星级。"),
    (
        QT_TRANSLATE_NOOP("Help", "在“排班”里用“每周排班”一次排好多周的班次（节假日可以跳过），"
                          "或用“新建班次”加一个班次；用“上一周”“下一周”翻看。"),
        QT_TRANSLATE_NOOP("Help", "选中一个班次，按“报名”，输入姓名或拼音首字母（如 wf）找到志愿者；"
                          "“缺 1 人”表示还差几个人。"),
        QT_TRANSLATE_NOOP("Help", "不来的志愿者用“取消报名”，整个班次不办了用“取消班次”，都要写明原因。"),
        QT_TRANSLATE_NOOP("Help", "班次报满了用“修改名额”增加人数，志愿者要换到别的班次用“换班”，"
                          "都要写明原因；岗位的新增、改名和停用在“岗位”里。"),
        QT_TRANSLATE_NOOP("Help", "志愿者在签到台刷自己的志愿者卡，或输入姓名、拼音首字母后点自己的名字"
                          "（下面写着“志愿者”）签到；离开时再刷一次签退，有班次的自动计服务时长。"),
        QT_TRANSLATE_NOOP("Help", "“签到记录”按日期列出志愿者的签到：没有排班的“临时服务”签退后显示"
                          "“待确认”，选中后按“确认临时服务”选岗位、写明做了什么才计时长；忘记签退的"
                          "按“按班次结束计”，时间记错的“更正时间”，误刷卡的“作废”，都要写原因。"),
        QT_TRANSLATE_NOOP("Help", "班次结束后按“标记未到”，把报名了却没有签到的志愿者记为未到；事先请过假"
                          "的改为“请假”（记错了按“撤销请假”），其实来了的“撤销未到”，或直接"
                          "“员工代签到”选 TA 的班次；撤销过的不会再被自动标记。"),
        QT_TRANSLATE_NOOP("Help", "每月在“服务时长”里选好月份，按“导出到志愿北京…”存成 Excel，"
                          "再导入志愿北京；没有志愿北京编号的志愿者会列在下方，请先在“人员登记”中补上。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "服务时长只计班次之内签到到签退的时间（路途不计），按设定的取整单位"
                          "向下取整（不满一个单位的部分不计）；不能直接填写一个小时数，每条时长都要"
                          "说明做了什么。"),
    ),
)

PAGES = (
    Page("volunteers", QT_TRANSLATE_NOOP("MainWindow", "志愿服务"), 47,
         "desktop.ui.volunteers.volunteers_page:make_page",
         permission=Permission.MANAGE_VOLUNTEERS, help=HELP),
)
