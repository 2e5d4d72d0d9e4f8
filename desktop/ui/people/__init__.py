"""人员登记: the people page, the person form, roster import and the camera.

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "人员登记"),
    QT_TRANSLATE_NOOP("Help", "登记和查找会员（残疾人）、志愿者和家属/监护人。一个人可以同时有几种身份。"
                      "身份证号和残疾人证号在录入时即时校验，列表中只显示部分号码。"),
    (
        QT_TRANSLATE_NOOP("Help", "查找：按 Ctrl+F，输入姓名、拼音首字母（如 zs 找张三）、全拼，"
                          "或证件号、电话的后四位以上。"),
        QT_TRANSLATE_NOOP("Help", "新增：按 Ctrl+N，填写表单；有错的项旁边会写明原因；按 Ctrl+S 保存。"),
        QT_TRANSLATE_NOOP("Help", "修改：在列表中选中一人，按回车或双击打开表单。"),
        QT_TRANSLATE_NOOP("Help", "迁出、去世等：用“归档”并写明原因。人员不会被删除，归档后仍可查到。"),
        QT_TRANSLATE_NOOP("Help", "已有 Excel 名册：先“保存空白名册”，按模板整理后用“导入名册”，"
                          "预览中会列出每一行的问题，全部无误才导入。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "证件号、电话和住址属于敏感个人信息。查看完整号码会记入操作日志，"
                          "请只在工作需要时查看。"),
    ),
)

PAGES = (
    Page("people", QT_TRANSLATE_NOOP("MainWindow", "人员登记"), 20,
         "desktop.ui.people.people_page:make_page",
         help=HELP),
)
