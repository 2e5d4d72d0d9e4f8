"""The help document: one short topic per page, opened with F1 on that page.

Each page's topic is declared with the page by its capability (``HelpTopic`` in
``desktop/ui/<cap>/__init__.py``, see ``desktop.ui.shell.pages``). The text is written once, in
Chinese (the source language), and marked with ``QT_TRANSLATE_NOOP("Help", …)`` so that
`make ts` collects it into the same catalogue as the interface: the English help comes from
``warmhome_en.ts`` like every other string. A topic says what the page is for, the steps of the
usual work, and what to keep in mind.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, declared_pages

CONTEXT = "Help"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def topics(extra: Sequence[str] = ()) -> dict[str, HelpTopic]:
    """Every declared page's topic, by page id."""
    return {page.id: page.help for page in declared_pages(extra) if page.help is not None}


def topic_title(topic: HelpTopic | None) -> str:
    """The translated title of a page's topic ("帮助" for a page without one)."""
    return _t(topic.title if topic else QT_TRANSLATE_NOOP("Help", "帮助"))


def topic_html(topic: HelpTopic | None) -> str:
    """A page's topic as HTML, in the interface language (the general topic if None)."""
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
