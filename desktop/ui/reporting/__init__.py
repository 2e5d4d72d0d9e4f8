"""月报: the dashboard, the monthly export, month close and the district consolidation.

Declares its main-window pages and their help (``desktop.ui.shell.pages``).
"""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

DASHBOARD_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "首页"),
    QT_TRANSLATE_NOOP("Help", "首页一眼看清今天和本月的情况：今天签到的人次和人数、本月与上月同期的"
                      "对比、近12个月的趋势、“每人每年至少参加三次文体活动”的完成情况，以及需要处理的提醒。"),
    (
        QT_TRANSLATE_NOOP("Help", "看“今天”：签到台或工作人员每签到一人，数字在两秒内更新。"),
        QT_TRANSLATE_NOOP("Help", "看“本月”：每项数字旁用文字写明比上月同期多了或少了多少。"),
        QT_TRANSLATE_NOOP("Help", "看“提醒”：每条提醒旁有按钮，点它打开能处理这件事的页面"
                          "（例如备份过旧时打开“设置”）。"),
        QT_TRANSLATE_NOOP("Help", "用读屏软件时，点“以表格显示”（Alt+T）把趋势图换成表格。"),
    ),
    (QT_TRANSLATE_NOOP("Help", "首页只显示数字，不修改任何数据。"),),
)
EXPORT_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "月报"),
    QT_TRANSLATE_NOOP("Help", "生成每月报送区残联的 Excel 月报，并在报送后关账。"),
    (
        QT_TRANSLATE_NOOP("Help", "选择月份，先看“校验”：标为错误的项必须先改正才能导出，警告会写入月报的校验表。"),
        QT_TRANSLATE_NOOP("Help", "点“导出月报”，选择保存的文件夹（例如U盘），文件名按区残联的规定自动生成。"),
        QT_TRANSLATE_NOOP("Help", "把这个文件按区残联的要求交上去（U盘、共享文件夹或邮件）。"),
        QT_TRANSLATE_NOOP("Help", "交上去以后，点“报送并关账”：本软件记下报送的时间、人员和文件的校验码，"
                          "该月的数据从此只读。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "“报送并关账”只在本机记录报送并关账，不会把文件发送出去；"
                          "文件仍须由您交给区残联。"),
        QT_TRANSLATE_NOOP("Help", "关账后发现错误：请管理员“重新开账”并写明原因，改正后再导出；"
                          "新文件是第2版，附有变更表。"),
    ),
)
CONSOLIDATION_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "区汇总"),
    QT_TRANSLATE_NOOP("Help", "供区残联使用：把各中心交来的月报合并成一份全区汇总表。"),
    (
        QT_TRANSLATE_NOOP("Help", "选择月份，添加各中心的月报文件或整个文件夹。"),
        QT_TRANSLATE_NOOP("Help", "维护“应报中心”名单，以便看出哪些中心还没有报。"),
        QT_TRANSLATE_NOOP("Help", "点“开始汇总”，选择汇总表保存的位置。"),
        QT_TRANSLATE_NOOP("Help", "查看结果：被拒收的文件会写明原因（月份不对、导出后被改动、文件损坏等），"
                          "其余文件照常汇总。"),
    ),
    (QT_TRANSLATE_NOOP("Help", "汇总不会修改各中心交来的文件。"),),
)

PAGES = (
    Page("dashboard", QT_TRANSLATE_NOOP("MainWindow", "首页"), 10,
         "desktop.ui.reporting.dashboard_page:make_page",
         scrolls=True, help=DASHBOARD_HELP),
    Page("export", QT_TRANSLATE_NOOP("MainWindow", "月报"), 60,
         "desktop.ui.reporting.export_page:make_page",
         scrolls=True, help=EXPORT_HELP),
    Page("consolidation", QT_TRANSLATE_NOOP("MainWindow", "区汇总"), 70,
         "desktop.ui.reporting.consolidation_page:make_page",
         scrolls=True, help=CONSOLIDATION_HELP),
)
