"""The help document: one short topic per page, opened with F1 on that page.

The text is written once, in Chinese (the source language), and marked with
``QT_TRANSLATE_NOOP`` so that `make ts` collects it into the same catalogue as the interface:
the English help comes from ``warmhome_en.ts`` like every other string. A topic says what the
page is for, the steps of the usual work, and what to keep in mind.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

CONTEXT = "Help"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context`` and return it untranslated.

    Our own typed twin of Qt's macro: lupdate finds the name, mypy sees a ``str``.
    """
    return text


@dataclass(frozen=True)
class HelpTopic:
    """The help for one page: its title, what it is for, the steps and the notes."""

    key: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    notes: tuple[str, ...] = ()


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TOPICS: dict[str, HelpTopic] = {topic.key: topic for topic in (
    HelpTopic(
        "dashboard",
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
    ),
    HelpTopic(
        "people",
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
    ),
    HelpTopic(
        "attendance",
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
    ),
    HelpTopic(
        "activities",
        QT_TRANSLATE_NOOP("Help", "文体活动"),
        QT_TRANSLATE_NOOP("Help", "登记文化、体育、康复、节日走访等活动及参加的会员，"
                          "并查看每位会员本年参加了几次（政策要求每人每年至少三次）。"),
        (
            QT_TRANSLATE_NOOP("Help", "新建活动：填写名称、类型、日期、地点和组织者；可以提前一年登记计划中的活动。"),
            QT_TRANSLATE_NOOP("Help", "活动当天或之后添加参加者：从当天签到的会员中勾选，或按姓名、拼音首字母查找。"),
            QT_TRANSLATE_NOOP("Help", "移除参加者或作废活动都要写明原因，并记入操作日志。"),
            QT_TRANSLATE_NOOP("Help", "“本年参加次数”列出每人的次数，以及还不满三次的会员。"),
        ),
    ),
    HelpTopic(
        "subsidy",
        QT_TRANSLATE_NOOP("Help", "康复补助"),
        QT_TRANSLATE_NOOP("Help", "计算职康站学员的生活补助：每天的标准乘以计入的天数。"
                          "可以设定最少停留时间，签退时达到这个时间的一天才计入。"),
        (
            QT_TRANSLATE_NOOP("Help", "设定每日标准（元）和最少停留时间，并选择从哪个月起执行；"
                              "已报送的月份仍按当时的标准计算。"),
            QT_TRANSLATE_NOOP("Help", "选择月份，查看每人签到天数、计入天数和金额及合计。"),
            QT_TRANSLATE_NOOP("Help", "点“导出到 Excel”，打印后请学员签字领取。"),
        ),
    ),
    HelpTopic(
        "export",
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
    ),
    HelpTopic(
        "consolidation",
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
    ),
    HelpTopic(
        "users",
        QT_TRANSLATE_NOOP("Help", "账户"),
        QT_TRANSLATE_NOOP("Help", "管理员在这里为工作人员开设账户、重设密码、停用或启用账户。"),
        (
            QT_TRANSLATE_NOOP("Help", "新增账户：填写用户名、姓名并选择角色（管理员、工作人员或签到台）。"),
            QT_TRANSLATE_NOOP("Help", "有人忘记密码或连续输错被锁定：为其重设密码，锁定随即解除。"),
            QT_TRANSLATE_NOOP("Help", "人员离职：停用其账户。账户不会被删除，操作日志中仍能看到他做过的事。"),
        ),
    ),
    HelpTopic(
        "audit",
        QT_TRANSLATE_NOOP("Help", "操作日志"),
        QT_TRANSLATE_NOOP("Help", "记录谁在什么时候改了什么，包括查看完整证件号。日志只能追加，不能修改或删除。"),
        (
            QT_TRANSLATE_NOOP("Help", "按日期、操作人、数据表或记录编号筛选，查看每次修改前后的内容；可导出到 Excel。"),
            QT_TRANSLATE_NOOP("Help", "点“校验日志”检查日志是否被改动过；如有问题，会指出第一条被改动的记录。"),
        ),
    ),
    HelpTopic(
        "settings",
        QT_TRANSLATE_NOOP("Help", "设置"),
        QT_TRANSLATE_NOOP("Help", "中心信息、文字大小、界面语言、自动锁屏和备份。"),
        (
            QT_TRANSLATE_NOOP("Help", "中心信息：名称、区残联给的中心编码、街道、负责人和电话会印在月报上。"),
            QT_TRANSLATE_NOOP("Help", "文字大小：看不清时选“大字”或“特大字”。"),
            QT_TRANSLATE_NOOP("Help", "备份：软件每天自动备份；请再选一个U盘或共享文件夹，"
                              "备份会加密复制过去。请把口令记在安全的地方。"),
            QT_TRANSLATE_NOOP("Help", "恢复备份（管理员）：当前数据会先另存一份，再用备份替换；恢复后请重新登录。"),
        ),
    ),
)}


def topic_title(key: str) -> str:
    """The translated title of a page's topic ("帮助" for a page without one)."""
    topic = TOPICS.get(key)
    return _t(topic.title if topic else QT_TRANSLATE_NOOP("Help", "帮助"))


def topic_html(key: str) -> str:
    """The topic for a page as HTML, in the interface language (the general topic if unknown)."""
    topic = TOPICS.get(key)
    if topic is None:
        return general_html()
    # Marked outside the f-strings: lupdate does not look inside them.
    steps_title = _t(QT_TRANSLATE_NOOP("Help", "怎样做"))
    notes_title = _t(QT_TRANSLATE_NOOP("Help", "请注意"))
    parts = [f"<h2>{escape(_t(topic.title))}</h2>", f"<p>{escape(_t(topic.purpose))}</p>",
             f"<h3>{escape(steps_title)}</h3>", "<ol>"]
    parts += [f"<li>{escape(_t(step))}</li>" for step in topic.steps]
    parts.append("</ol>")
    if topic.notes:
        parts.append(f"<h3>{escape(notes_title)}</h3><ul>")
        parts += [f"<li>{escape(_t(note))}</li>" for note in topic.notes]
        parts.append("</ul>")
    return "".join(parts)


def general_html() -> str:
    """What the program is for and how to move around it: shown where no page topic exists."""
    lines = (
        QT_TRANSLATE_NOOP("Help", "温馨家园工作台记录会员、签到、活动和补助，并生成每月报送区残联的月报。"
                          "数据只保存在本机。"),
        QT_TRANSLATE_NOOP("Help", "用左侧的导航或 Ctrl+1 … Ctrl+0 切换页面；在任何页面按 F1 打开该页的帮助。"),
    )
    title = escape(_t(QT_TRANSLATE_NOOP("Help", "帮助")))
    return f"<h2>{title}</h2>" + "".join(f"<p>{escape(_t(line))}</p>" for line in lines)
