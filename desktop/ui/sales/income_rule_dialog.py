"""分配规则: how a month's sales become the makers' income (a setting, since no public rule
was found): the basis (revenue less material cost, or the whole revenue) and the percentage
of it that goes to the makers, explained in plain words as it is changed."""

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
from desktop.models.sales import rules
from desktop.models.sales.rules import SplitRule
from desktop.ui.common.dialog_parts import accept_cancel_buttons
from desktop.ui.common.model_action import succeeded
from desktop.ui.sales.income_statement_print import rule_sentence


class IncomeRuleDialog(QDialog):
    """Change the split rule; a refusal is shown in the dialog, which stays open."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("制作者收入分配规则"))
        self.setAccessibleName(self.windowTitle())
        rule = rules.split_rule(db)
        form = QFormLayout()
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("销售收入减去材料成本"), "margin")
        self.basis_combo.addItem(self.tr("销售收入（不扣材料成本）"), "revenue")
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(rule.basis)))
        form.addRow(self.tr("分配基数(&B):"), self.basis_combo)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(rule.makers_percent)
        form.addRow(self.tr("制作者所得比例(&P):"), self.percent_spin)
        self.basis_combo.setAccessibleName(self.tr("分配基数"))
        self.percent_spin.setAccessibleName(self.tr("制作者所得比例"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("分配规则的说明"))
        self.note = QLabel(self.tr("改动从现在起对所有未发放的月份生效；已发放的金额不变。"))
        self.note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("保存分配规则的问题"))
        self.buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("保存(&S)"), self.tr("保存分配规则"), self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.basis_combo.currentIndexChanged.connect(lambda _i: self._explain())
        self.percent_spin.valueChanged.connect(lambda _v: self._explain())
        self._explain()

    def rule(self) -> SplitRule:
        """The rule as set in the dialog."""
        return SplitRule(str(self.basis_combo.currentData()), self.percent_spin.value())

    def _explain(self) -> None:
        rule = self.rule()
        self.explanation.setText(rule_sentence(rule.basis, rule.makers_percent))

    def save(self) -> None:
        """Save the rule (audited) and close; a refusal stays in the dialog."""
        if succeeded(self, lambda: rules.save_split_rule(self._db, self.rule(),
                                                         actor=self._actor),
                     show=self.error_label.setText):
            self.accept()
