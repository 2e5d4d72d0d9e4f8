"""The sample capability's page (after 操作日志, before 设置) and its help."""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

PAGES = (
    Page("sample", QT_TRANSLATE_NOOP("MainWindow", "样例"), 95,
         "tests.sample_capability.ui.page:make_page",
         help=HelpTopic(QT_TRANSLATE_NOOP("Help", "样例"),
                        QT_TRANSLATE_NOOP("Help", "样例页面只用于测试。"),
                        (QT_TRANSLATE_NOOP("Help", "打开它，看志愿者人数。"),))),
)
