"""管理: accounts, the audit log, backups, restore and the settings page.

Declares its main-window pages and their help (``desktop.ui.shell.pages``).
"""

from desktop.models.admin.permissions import Permission
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

USERS_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "账户"),
    QT_TRANSLATE_NOOP("Help", "管理员在这里为工作人员开设账户、重设密码、停用或启用账户。"),
    (
        QT_TRANSLATE_NOOP("Help", "新增账户：填写用户名、姓名并选择角色（管理员、工作人员或签到台）。"),
        QT_TRANSLATE_NOOP("Help", "有人忘记密码或连续输错被锁定：为其重设密码，锁定随即解除。"),
        QT_TRANSLATE_NOOP("Help", "人员离职：停用其账户。账户不会被删除，操作日志中仍能看到他做过的事。"),
    ),
)
AUDIT_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "操作日志"),
    QT_TRANSLATE_NOOP("Help", "记录谁在什么时候改了什么，包括查看完整证件号。日志只能追加，不能修改或删除。"),
    (
        QT_TRANSLATE_NOOP("Help", "按日期、操作人、数据表或记录编号筛选，查看每次修改前后的内容；可导出到 Excel。"),
        QT_TRANSLATE_NOOP("Help", "点“校验日志”检查日志是否被改动过；如有问题，会指出第一条被改动的记录。"),
    ),
)
SETTINGS_HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "设置"),
    QT_TRANSLATE_NOOP("Help", "中心信息、文字大小、界面语言、自动锁屏和备份。"),
    (
        QT_TRANSLATE_NOOP("Help", "中心信息：名称、区残联给的中心编码、街道、负责人和电话会印在月报上。"),
        QT_TRANSLATE_NOOP("Help", "文字大小：看不清时选“大字”或“特大字”。"),
        QT_TRANSLATE_NOOP("Help", "备份：软件每天自动备份；请再选一个U盘或共享文件夹，"
                          "备份会加密复制过去。请把口令记在安全的地方。"),
        QT_TRANSLATE_NOOP("Help", "恢复备份（管理员）：当前数据会先另存一份，再用备份替换；恢复后请重新登录。"),
    ),
)

PAGES = (
    Page("users", QT_TRANSLATE_NOOP("MainWindow", "账户"), 80,
         "desktop.ui.admin.users_page:make_page",
         permission=Permission.MANAGE_USERS, help=USERS_HELP),
    Page("audit", QT_TRANSLATE_NOOP("MainWindow", "操作日志"), 90,
         "desktop.ui.admin.audit_page:make_page",
         permission=Permission.VIEW_AUDIT, help=AUDIT_HELP),
    Page("settings", QT_TRANSLATE_NOOP("MainWindow", "设置"), 100,
         "desktop.ui.admin.settings_page:make_page",
         scrolls=True, help=SETTINGS_HELP),
)
