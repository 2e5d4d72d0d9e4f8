"""The help window F1 opens: the current page's topic from the help document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.shell.help_topics import topic_html, topic_title
from desktop.ui.shell.pages import HelpTopic


class HelpDialog(QDialog):
    """A short help for one page, readable by keyboard and screen reader; Esc closes it.
    Without a topic it shows the general help."""

    def __init__(self, topic: HelpTopic | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("帮助")
        self.setWindowTitle(f"{title} — {topic_title(topic)}" if topic is not None else title)
        self.topic = topic
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("帮助内容"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(topic_html(topic))
        # The text is read with the arrow keys and Page Up/Down, like a page of a book.
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭帮助"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.browser.setFocus()

    def text(self) -> str:
        """The help as plain text (what a screen reader reads)."""
        return self.browser.toPlainText()
