"""记录考核: the assessment of one trainee (合格, 不合格 or not assessed, with an optional score
0–100), asked from the 结业 tab. A refusal (a trainee withdrawn or already completed) is
shown in the dialog, which stays open; nothing is written then."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import completion
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.model_action import succeeded
from desktop.ui.training.employment_dialogs import DIALOG_CHARS

# The score box's lowest value stands for "no score".
NO_SCORE = -1


class AssessmentDialog(QDialog):
    """Record the assessment of enrolment ``enrolment_id`` (``name`` for the title)."""

    def __init__(self, db: Database, actor: Actor, enrolment_id: int, name: str,
                 result: str | None, score: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._enrolment_id = enrolment_id
        self.setWindowTitle(self.tr("记录考核：{name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.result_combo = QComboBox()
        for text, value in ((self.tr("合格"), "passed"), (self.tr("不合格"), "failed"),
                            (self.tr("未考核"), None)):
            self.result_combo.addItem(text, value)
        self.result_combo.setCurrentIndex(max(self.result_combo.findData(result), 0)
                                          if result else 2)
        self.result_combo.setAccessibleName(self.tr("考核结果"))
        self.score_spin = QSpinBox()
        self.score_spin.setRange(NO_SCORE, 100)
        self.score_spin.setSpecialValueText(self.tr("不填分数"))
        self.score_spin.setValue(NO_SCORE if score is None else score)
        self.score_spin.setAccessibleName(self.tr("考核分数（0–100，可不填）"))
        result_label = QLabel(self.tr("考核结果(&R):"))
        result_label.setBuddy(self.result_combo)
        score_label = QLabel(self.tr("分数(&N):"))
        score_label.setBuddy(self.score_spin)
        form.addRow(result_label, self.result_combo)
        form.addRow(score_label, self.score_spin)
        self.error_label = error_line()
        self.error_label.setAccessibleName(self.tr("记录考核的问题"))
        buttons, _ok = accept_cancel_buttons(self, self.tr("保存(&S)"), self.tr("保存考核结果"),
                                             self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the longest choice at any text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * DIALOG_CHARS)

    def save(self) -> bool:
        """Record the assessment; on refusal show why and stay open."""
        result = self.result_combo.currentData()
        score = self.score_spin.value()
        done = succeeded(self, lambda: completion.record_assessment(
            self._db, self._enrolment_id, result, actor=self._actor,
            score=None if score == NO_SCORE else score),
            show=lambda text: show_error(self.error_label, text))
        if done:
            self.accept()
        return done
