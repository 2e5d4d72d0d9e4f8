"""报名: enrol a person from the register (member or not, found by name, pinyin initials or
the last digits of the ID number) on a course. When the course is full the dialog says so and
offers the waiting list (登记到候补名单) instead; a refusal keeps the dialog open with the
reason, and it closes when the person was enrolled or put on the waiting list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.db import Database
from desktop.models.training.rules import CourseFull
from desktop.ui.common.dialog_parts import (
    accept_cancel_buttons,
    error_line,
    named_button,
    show_error,
)
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import succeeded
from desktop.ui.training.course_fields import PersonPicker, han_width

Enrol = Callable[[int, bool], object]
"""Enrol ``person_id`` (on the waiting list when the flag is set); raises the refusal."""


class EnrolDialog(QDialog):
    """Find a person and enrol them; a full course offers the waiting list."""

    def __init__(self, db: Database, course_text: str, enrol: Enrol,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enrol = enrol
        self.setWindowTitle(self.tr("报名"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        about = QLabel(course_text)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.picker = PersonPicker(db, self.tr("学员(&N):"), self.tr("查找学员"), self)
        self.picker.add_to(form)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        self.waiting_button: QPushButton = named_button(
            self.tr("登记到候补名单(&W)"), self.tr("登记到候补名单"), self.put_on_waiting_list)
        self.waiting_button.setVisible(False)
        layout.addWidget(self.waiting_button)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("报名(&E)"), self.tr("报名"), self.tr("取消"), self.save)
        layout.addWidget(buttons)
        # A different person is a new question: the waiting list was offered for the last one.
        self.picker.chosen.connect(self._chosen)

    def sizeHint(self) -> QSize:
        """Wide enough for a name, the masked ID number and 会员 on one line."""
        self.ensurePolished()
        return super().sizeHint().expandedTo(QSize(han_width(self, 30), 0))

    def _chosen(self) -> None:
        self.waiting_button.setVisible(False)
        show_error(self.error_label, "")

    def _run(self, waiting: bool) -> bool:
        person_id = self.picker.required(lambda text: show_error(self.error_label, text))
        if person_id is None:
            return False
        try:
            done = succeeded(self, lambda: self._enrol(person_id, waiting),
                             show=lambda text: show_error(self.error_label, text),
                             passing=(CourseFull,))
        except CourseFull as full:
            # Not an error to fix: a choice to make. The button takes the focus.
            show_error(self.error_label, model_message(full.message))
            self.waiting_button.setVisible(True)
            self.waiting_button.setFocus()
            return False
        if done:
            self.accept()
        return done

    def save(self) -> bool:
        """Enrol the chosen person; close when they were enrolled."""
        return self._run(False)

    def put_on_waiting_list(self) -> bool:
        """Put the chosen person on the waiting list; close when they were."""
        return self._run(True)
