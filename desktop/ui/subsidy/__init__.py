"""康复补助: the subsidy page.

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "康复补助"),
    QT_TRANSLATE_NOOP("Help", "计算职康站学员的生活补助：每天的标准乘以计入的天数。"
                      "可以设定最少停留时间，签退时达到这个时间的一天才计入。"),
    (
        QT_TRANSLATE_NOOP("Help", "设定每日标准（元）和最少停留时间，并选择从哪个月起执行；"
                          "已报送的月份仍按当时的标准计算。"),
        QT_TRANSLATE_NOOP("Help", "选择月份，查看每人签到天数、计入天数和金额及合计。"),
        QT_TRANSLATE_NOOP("Help", "点“导出到 Excel”，打印后请学员签字领取。"),
    ),
)

PAGES = (
    Page("subsidy", QT_TRANSLATE_NOOP("MainWindow", "康复补助"), 50,
         "desktop.ui.subsidy.subsidy_page:make_page",
         help=HELP),
)
