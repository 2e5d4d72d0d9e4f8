"""考勤: the attendance page, staff sign-in changes and the paper fallback.

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "考勤"),
    QT_TRANSLATE_NOOP("Help", "查看和补录会员的签到。日视图列出某一天每个人如何签到、由谁签到；"
                      "月视图是每人每天的签到表，可以导出 Excel。"),
    (
        QT_TRANSLATE_NOOP("Help", "会员通常在签到台自己签到（刷卡、点照片或输入拼音首字母）。"),
        QT_TRANSLATE_NOOP("Help", "忘记签到的，在日视图中由工作人员代签；纸质签到表可按表补录。"),
        QT_TRANSLATE_NOOP("Help", "签错了的，选中该条“作废”并写明原因；作废的记录仍保留，不计入统计。"),
        QT_TRANSLATE_NOOP("Help", "月视图：选月份和项目，查看每人的天数，点“导出”保存为 Excel。"),
    ),
    (QT_TRANSLATE_NOOP("Help", "已报送（关账）月份的签到不能再修改，需管理员先重新开账。"),),
)

PAGES = (
    Page("attendance", QT_TRANSLATE_NOOP("MainWindow", "考勤"), 30,
         "desktop.ui.attendance.attendance_page:make_page",
         help=HELP),
)
