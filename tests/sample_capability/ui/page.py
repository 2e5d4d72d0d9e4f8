"""The sample page: the number of volunteers, and a button that opens the people page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.db import Database
from desktop.ui.shell.pages import PageContext, ShellSignals
from tests.sample_capability.models.provider import volunteers


class SamplePage(QWidget):
    """Shows the volunteer count; asks the window for another page through its signals."""

    def __init__(self, db: Database, signals: ShellSignals) -> None:
        super().__init__()
        self.count_label = QLabel(f"志愿者 {volunteers(db)} 人")
        self.count_label.setAccessibleName("志愿者人数")
        self.people_button = QPushButton("打开人员登记")
        self.people_button.setAccessibleName("打开人员登记")
        self.people_button.clicked.connect(lambda: signals.open_page.emit("people"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.people_button)


def make_page(context: PageContext) -> SamplePage:
    """The page for the main window."""
    return SamplePage(context.db, context.signals)
