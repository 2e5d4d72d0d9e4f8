"""The 照料档案 tab: every member of the 日间照料 programme with what their care rests on.

One row per member: whether the care profile exists, the self-care level and risks, the active
plan's next review (overdue and due within 14 days said in words), the medicines in effect and
whether a guardian may collect them. Enter (or a double click) opens the profile; the buttons
open the service plan and print it for the guardian to sign. The review interval (a centre
setting) is changed at the bottom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.care import plans
from desktop.models.care.day_care import review_months
from desktop.models.care.profile import ProfileRow, ReviewState, profile_list
from desktop.models.db import Database
from desktop.ui.care.care_words import care_label
from desktop.ui.care.plan_dialog import PlanDialog, review_words
from desktop.ui.care.plan_print import PlanPrint, load_plan_print, plan_preview
from desktop.ui.care.profile_dialog import ProfileDialog
from desktop.ui.common.columns import Column
from desktop.ui.common.labels import list_separator
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_COLUMN_CHARS = (5, 7, 4, 4, 10, 17, 3, 6)


def _profile_text(row: ProfileRow) -> str:
    return QCoreApplication.translate("ProfileTab", "已建") if row.has_profile else \
        "⚠ " + QCoreApplication.translate("ProfileTab", "未建")


def _review_text(row: ProfileRow) -> str:
    words = review_words(row.review_state)
    if row.review_on is None:
        return words
    return f"{row.review_on}（⚠ {words}）" if words else row.review_on


def _guardian_text(row: ProfileRow) -> str:
    if row.no_guardian:
        return "⚠ " + QCoreApplication.translate("ProfileTab", "无监护人")
    return QCoreApplication.translate("ProfileTab", "{n} 人").format(n=row.guardians)


def _columns() -> list[Column[ProfileRow]]:
    return [
        Column(lambda: QCoreApplication.translate("ProfileTab", "姓名"), lambda r: r.name,
               sort_key=lambda r: (r.name_sort, r.person_id)),
        Column(lambda: QCoreApplication.translate("ProfileTab", "卡号"),
               lambda r: r.card_number),
        Column(lambda: QCoreApplication.translate("ProfileTab", "照料档案"), _profile_text),
        Column(lambda: QCoreApplication.translate("ProfileTab", "自理能力"),
               lambda r: care_label(r.self_care) if r.has_profile else ""),
        Column(lambda: QCoreApplication.translate("ProfileTab", "风险"),
               lambda r: list_separator().join(care_label(f) for f in r.risks)),
        Column(lambda: QCoreApplication.translate("ProfileTab", "服务计划评估"), _review_text,
               sort_key=lambda r: (r.review_on is None, r.review_on or "")),
        Column(lambda: QCoreApplication.translate("ProfileTab", "用药"),
               lambda r: QCoreApplication.translate("ProfileTab", "{n} 种").format(
                   n=r.medicines) if r.medicines else ""),
        Column(lambda: QCoreApplication.translate("ProfileTab", "监护人"), _guardian_text),
    ]


class ProfileTab(RefreshingPage):
    """The day-care members' profiles and plans."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("日间照料会员的照料档案、用药、接送人和个别化服务计划。"
                               "选中一人后按回车打开档案。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: ListTableModel[ProfileRow] = ListTableModel(_columns(), self,
                                                                key=lambda r: r.person_id)
        self.table = record_table(self.model, self.tr("日间照料会员档案列表"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addLayout(self._button_row())
        layout.addLayout(self._setting_row())
        self.status_label = StatusLabel(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        for first, second in ((self.table, self.profile_button),
                              (self.profile_button, self.plan_button),
                              (self.plan_button, self.print_button),
                              (self.print_button, self.months_spin),
                              (self.months_spin, self.months_button)):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()
        self.size_columns()

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.profile_button = QPushButton(self.tr("编辑档案(&E)…"))
        self.profile_button.setAccessibleName(self.tr("编辑选中会员的照料档案、用药和接送人"))
        self.profile_button.clicked.connect(self.open_profile)
        self.plan_button = QPushButton(self.tr("服务计划(&P)…"))
        self.plan_button.setAccessibleName(self.tr("选中会员的个别化服务计划"))
        self.plan_button.clicked.connect(self.open_plan)
        self.print_button = QPushButton(self.tr("打印服务计划(&R)…"))
        self.print_button.setAccessibleName(self.tr("打印选中会员的服务计划供监护人签字"))
        self.print_button.clicked.connect(self.print_plan)
        for button in (self.profile_button, self.plan_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _setting_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("服务计划评估间隔(&M):"))
        self.months_spin = QSpinBox()
        self.months_spin.setRange(*plans.REVIEW_MONTHS_RANGE)
        self.months_spin.setSuffix(self.tr(" 个月"))
        self.months_spin.setAccessibleName(self.tr("服务计划评估间隔（月）"))
        label.setBuddy(self.months_spin)
        self.months_button = QPushButton(self.tr("保存间隔"))
        self.months_button.setAccessibleName(self.tr("保存服务计划评估间隔"))
        self.months_button.clicked.connect(self.save_review_months)
        allowed = self._actor.can(Permission.EDIT_SETTINGS)
        self.months_spin.setEnabled(allowed)
        self.months_button.setEnabled(allowed)
        note = QLabel(self.tr("新计划的评估日期和每次评估后的下次评估日期按此计算"))
        note.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.months_spin)
        row.addWidget(self.months_button)
        row.addWidget(note, 1)
        return row

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again, keeping the selected member selected."""
        chosen = self.selected()
        rows = profile_list(self._db, actor=self._actor, today=self._db.clock.today())
        self.model.set_rows(rows)
        self.months_spin.setValue(review_months(self._db))
        overdue = sum(r.review_state is ReviewState.OVERDUE for r in rows)
        due = sum(r.review_state is ReviewState.DUE for r in rows)
        no_plan = sum(r.review_state is ReviewState.NO_PLAN for r in rows)
        no_guardian = sum(r.no_guardian for r in rows)
        self.summary_label.setText(self.tr(
            "共 {n} 人；评估逾期 {overdue} 人，14天内到期 {due} 人，未制定计划 {no_plan} 人，"
            "无监护人 {no_guardian} 人").format(n=len(rows), overdue=overdue, due=due,
                                            no_plan=no_plan, no_guardian=no_guardian))
        self.select(chosen.person_id if chosen is not None else None)
        self._update_buttons()

    def size_columns(self) -> None:
        fit_columns(self.table, _COLUMN_CHARS)

    def selected(self) -> ProfileRow | None:
        """The member selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def select(self, person_id: int | None) -> None:
        """Select a member's row (the first row when ``person_id`` is not listed)."""
        row = self.model.row_of(person_id) if person_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.profile_button, self.plan_button):
            button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None and row.has_profile)
        self.plan_button.setEnabled(row is not None and row.has_profile)
        self.plan_button.setToolTip("" if row is None or row.has_profile
                                    else self.tr("请先编辑并保存照料档案"))

    # -- actions -------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.open_profile()

    def profile_dialog(self) -> ProfileDialog | None:
        """The profile dialog for the selected member (not shown yet)."""
        row = self.selected()
        if row is None:
            return None
        return ProfileDialog(self._db, self._actor, row.person_id, self)

    def open_profile(self) -> None:
        """Open the selected member's profile; the list follows what was saved."""
        dialog = self.profile_dialog()
        if dialog is None:
            return
        dialog.resize(1100, 680)
        dialog.exec()
        if dialog.changed:
            self.refresh()
        dialog.deleteLater()

    def plan_dialog(self) -> PlanDialog | None:
        """The plan dialog for the selected member (not shown yet)."""
        row = self.selected()
        if row is None:
            return None
        return PlanDialog(self._db, self._actor, row.person_id, self)

    def open_plan(self) -> None:
        """Open the selected member's service plans."""
        dialog = self.plan_dialog()
        if dialog is None:
            return
        dialog.resize(1000, 700)
        dialog.exec()
        if dialog.changed:
            self.refresh()
        dialog.deleteLater()

    def plan_to_print(self) -> PlanPrint | None:
        """The selected member's newest plan as printed (a new plan is printed before it
        starts, for the guardian to sign); None (with the reason on the status line) when
        there is none."""
        row = self.selected()
        if row is None:
            return None
        found = attempt(self, lambda: next(iter(plans.plans(self._db, row.person_id,
                                                            actor=self._actor)), None),
                        status=self.status_label)
        if found is None:
            self.status_label.show_result(self.tr(
                "{name} 还没有服务计划：请先点“服务计划”制定").format(name=row.name),
                problem=True)
            return None
        return load_plan_print(self._db, found.id, actor=self._actor)

    def print_plan(self) -> None:
        """Show the print preview of the selected member's plan."""
        content = self.plan_to_print()
        if content is None:
            return
        preview = plan_preview(content, self)
        preview.resize(1000, 760)
        preview.exec()
        preview.deleteLater()

    def save_review_months(self) -> None:
        """Store the review interval (a centre setting, audited)."""
        months = self.months_spin.value()
        if succeeded(self, lambda: plans.set_review_months(self._db, months, actor=self._actor),
                     status=self.status_label):
            self.status_label.show_result(self.tr(
                "已保存：服务计划每 {months} 个月评估一次").format(months=months))


def make_tab(context: PageContext) -> ProfileTab:
    """The 照料档案 tab of the 日间照料 page."""
    return ProfileTab(context.db, context.actor)
