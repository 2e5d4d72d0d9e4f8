"""登记回访: a follow-up of a placement at 1, 3, 6 or 12 months — the day it was done, whether
the person is still employed, the monthly income band and a note. A day before the job
started (or after today) is refused by the models: the reason shows in the dialog, which
stays open, and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import employment, rules
from desktop.models.training.employment import Placement
from desktop.ui.common.dialog_parts import accept_cancel_buttons, show_error
from desktop.ui.common.model_action import attempt
from desktop.ui.training.employment_dialogs import DIALOG_CHARS, day_edit, problem_line


class FollowUpDialog(QDialog):
    """Record a follow-up of ``placement``; ``month`` is chosen first (else the earliest not
    yet recorded). ``follow_up_id`` is the new record's id once saved."""

    def __init__(self, db: Database, actor: Actor, placement: Placement, done: set[int],
                 month: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._placement = placement
        self.follow_up_id: int | None = None
        self.setWindowTitle(self.tr("登记回访：{name}").format(name=placement.name))
        self.setAccessibleName(self.windowTitle())
        today = db.clock.today()
        about = QLabel(self.tr("{name}，{employer}，{job}，{start} 上岗").format(
            name=placement.name, employer=placement.employer, job=placement.job,
            start=placement.started_on))
        about.setWordWrap(True)
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("第几个月的回访"))
        for months in rules.FOLLOW_UP_MONTHS:
            if months not in done:
                self.month_combo.addItem(self.tr("上岗后第 {n} 个月（{day} 起）").format(
                    n=months, day=rules.add_months(placement.started_on, months)), months)
        if month is not None:
            self.month_combo.setCurrentIndex(max(self.month_combo.findData(month), 0))
        self.done_edit = day_edit(today, self.tr("回访日期"), latest=today)
        self.employed_check = QCheckBox(self.tr("仍在岗(&E)"))
        self.employed_check.setChecked(placement.ended_on is None)
        self.employed_check.setAccessibleName(self.tr("回访时仍在岗"))
        self.income_combo = QComboBox()
        self.income_combo.setAccessibleName(self.tr("月收入（元）"))
        for band in rules.INCOME_BANDS:
            self.income_combo.addItem(band or self.tr("未了解"), band)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(100)
        self.note_edit.setAccessibleName(self.tr("回访备注"))
        self.note_edit.setPlaceholderText(self.tr("如：电话回访本人，工作稳定"))
        form = QFormLayout()
        for text, widget in ((self.tr("回访(&M):"), self.month_combo),
                             (self.tr("回访日期(&D):"), self.done_edit),
                             (self.tr("月收入(&I):"), self.income_combo),
                             (self.tr("备注(&N):"), self.note_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(2, "", self.employed_check)
        self.error_label = problem_line(self.tr("登记回访的问题"))
        buttons, _ok = accept_cancel_buttons(self, self.tr("保存(&S)"), self.tr("保存回访"),
                                             self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the longest choice at any text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * DIALOG_CHARS)

    def save(self) -> None:
        """Record the follow-up; on refusal show why and stay open."""
        months = self.month_combo.currentData()
        if months is None:
            show_error(self.error_label, self.tr("这次就业的四次回访都已登记"))
            return
        found = attempt(self, lambda: employment.add_follow_up(
            self._db, self._placement.id, int(months),
            self.done_edit.date().toString("yyyy-MM-dd"),
            still_employed=self.employed_check.isChecked(), actor=self._actor,
            income_band=str(self.income_combo.currentData()), note=self.note_edit.text()),
            show=lambda text: show_error(self.error_label, text))
        if found is not None:
            self.follow_up_id = found
            self.accept()
