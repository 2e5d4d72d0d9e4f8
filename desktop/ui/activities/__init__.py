"""文体活动: the activities page and its dialogs.

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "文体活动"),
    QT_TRANSLATE_NOOP("Help", "登记文化、体育、康复、节日走访等活动及参加的会员，"
                      "并查看每位会员本年参加了几次（政策要求每人每年至少三次）。"),
    (
        QT_TRANSLATE_NOOP("Help", "新建活动：填写名称、类型、日期、地点和组织者；可以提前一年登记计划中的活动。"),
        QT_TRANSLATE_NOOP("Help", "活动当天或之后添加参加者：从当天签到的会员中勾选，或按姓名、拼音首字母查找。"),
        QT_TRANSLATE_NOOP("Help", "移除参加者或作废活动都要写明原因，并记入操作日志。"),
        QT_TRANSLATE_NOOP("Help", "“本年参加次数”列出每人的次数，以及还不满三次的会员。"),
    ),
)

PAGES = (
    Page("activities", QT_TRANSLATE_NOOP("MainWindow", "文体活动"), 40,
         "desktop.ui.activities.activities_page:make_page",
         help=HELP),
)
