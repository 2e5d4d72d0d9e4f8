"""The kiosk's start screen: the welcome and how to sign in without a card. Where large text
would not fit (a 1024×768 screen beside the keypad) the welcome steps down to a smaller size
instead of running into the hint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class StartPage(QWidget):
    """The welcome (``title``) and the hint below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStartPage")
        self._column = QVBoxLayout(self)
        self._column.addStretch(1)
        # The window's context: these strings were the window's before the page was its own.
        self.title = QLabel(QCoreApplication.translate("KioskWindow", "欢迎！请刷卡签到"))
        self.title.setObjectName("kioskStartTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(QCoreApplication.translate(
            "KioskWindow", "没有卡？在上面输入姓名或拼音首字母，或点右边的字母，"
                           "再点自己的照片。"))
        self.hint.setObjectName("kioskStartHint")
        self.hint.setWordWrap(True)
        self._column.addWidget(self.title)
        self._column.addWidget(self.hint)
        self._column.addStretch(2)

    def fit(self) -> None:
        """The welcome at its full size, or smaller (``fit="tight"`` in the kiosk's style
        sheet) when the welcome and the hint would not fit the page's height."""
        for step in ("", "tight"):
            self.setProperty("fit", step)
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
            if self._needed_height() <= self.height():
                return

    def _needed_height(self) -> int:
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        return (self.title.heightForWidth(width) + self._column.spacing()
                + self.hint.heightForWidth(width) + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
