"""The individual service plan dialog (服务计划): a member's plans, one at a time.

Choose a plan (or 新建计划) at the top; edit its goals and dates, tick the weekdays of each
service in the grid with its minutes and goal, fill in the guardian's signature when the signed
paper comes back, and save. A saved plan's review is recorded with 记录评估 (the next review
date moves on by the review interval) and the plan is ended with 结束计划. A new plan ends the
one before it on the day before it starts.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import plans
from desktop.models.care.day_care import CareService, add_months, review_months, services
from desktop.models.care.plans import Plan, PlanInput, PlanServiceInput
from desktop.models.care.profile import ReviewState, person_name, review_state
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.ui.care.care_dialog_parts import (
    DayDialog,
    FormDialog,
    date_field,
    iso_day,
    save_close_buttons,
    set_day,
)
from desktop.ui.care.care_words import service_name
from desktop.ui.care.plan_print import weekday_name
from desktop.ui.common.dialog_parts import error_line, named_button
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel

WEEKDAY_DIGITS = "1234567"


def review_words(state: ReviewState) -> str:
    """A plan review's state in words (never colour alone)."""
    names = {
        ReviewState.OVERDUE: QCoreApplication.translate("CareLabels", "评估已逾期"),
        ReviewState.DUE: QCoreApplication.translate("CareLabels", "14天内到期"),
        ReviewState.OK: "",
        ReviewState.NO_PLAN: QCoreApplication.translate("CareLabels", "未制定计划"),
    }
    return names[state]


class ServiceRow:
    """One row of the services grid: a checkbox per weekday, the minutes, the goal."""

    def __init__(self, service: CareService, grid: QGridLayout, row: int,
                 parent: QWidget) -> None:
        self.service = service
        name = QLabel(service_name(service.name))
        grid.addWidget(name, row, 0)
        self.day_checks: list[QCheckBox] = []
        for column, digit in enumerate(WEEKDAY_DIGITS, start=1):
            check = QCheckBox(parent)
            check.setAccessibleName(QCoreApplication.translate(
                "PlanDialog", "{service} 星期{day}").format(service=service_name(service.name),
                                                          day=weekday_name(digit)))
            grid.addWidget(check, row, column, Qt.AlignmentFlag.AlignCenter)
            self.day_checks.append(check)
        self.minutes_spin: QSpinBox | None = None
        if service.counts_minutes:
            spin = QSpinBox(parent)
            spin.setRange(1, plans.MINUTES_MAX)
            spin.setValue(service.default_minutes or 30)
            spin.setSuffix(QCoreApplication.translate("PlanDialog", " 分钟"))
            spin.setAccessibleName(QCoreApplication.translate(
                "PlanDialog", "{service} 每次分钟数").format(service=service_name(service.name)))
            grid.addWidget(spin, row, 8)
            self.minutes_spin = spin
        else:
            grid.addWidget(QLabel("—"), row, 8, Qt.AlignmentFlag.AlignCenter)
        self.goal_edit = QLineEdit(parent)
        self.goal_edit.setMaxLength(plans.GOAL_MAX)
        self.goal_edit.setAccessibleName(QCoreApplication.translate(
            "PlanDialog", "{service} 服务目标").format(service=service_name(service.name)))
        grid.addWidget(self.goal_edit, row, 9)

    def widgets(self) -> list[QWidget]:
        """The row's controls in tab order."""
        controls: list[QWidget] = list(self.day_checks)
        if self.minutes_spin is not None:
            controls.append(self.minutes_spin)
        controls.append(self.goal_edit)
        return controls

    def weekdays(self) -> str:
        """The ticked weekdays as ISO digits ('' when none)."""
        return "".join(d for d, check in zip(WEEKDAY_DIGITS, self.day_checks, strict=True)
                       if check.isChecked())

    def show(self, weekdays: str, minutes: int | None, goal: str) -> None:
        """Fill the row from a stored service (or clear it with '')."""
        for digit, check in zip(WEEKDAY_DIGITS, self.day_checks, strict=True):
            check.setChecked(digit in weekdays)
        if self.minutes_spin is not None:
            self.minutes_spin.setValue(minutes or self.service.default_minutes or 30)
        self.goal_edit.setText(goal)

    def plan_input(self) -> PlanServiceInput | None:
        """The service as plan input, or None when no weekday is ticked."""
        days = self.weekdays()
        if not days:
            return None
        minutes = self.minutes_spin.value() if self.minutes_spin is not None else None
        return PlanServiceInput(self.service.key, days, minutes, self.goal_edit.text())


class ReviewDialog(FormDialog):
    """Record a plan's review: the day and what was found."""

    def __init__(self, db: Database, actor: Actor, plan_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._plan_id = db, actor, plan_id
        self.next_review: str | None = None
        self.setWindowTitle(self.tr("记录评估"))
        text = QLabel(self.tr("评估后，下次评估日期自动定为评估日期之后 {months} 个月。").format(
            months=review_months(db)))
        text.setWordWrap(True)
        self._layout.addWidget(text)
        self.day_edit = date_field(db.clock.today(), self.tr("评估日期"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("目标达成情况、存在的问题、下一步安排"))
        self._errors.add_row("reviewed_on", self.tr("评估日期(&D):"), self.day_edit)
        self._errors.add_row("review_notes", self.tr("评估意见(&N):"), self.notes_edit)
        self._finish(self.tr("保存评估(&S)"), self.tr("保存评估"), 520)

    def store(self) -> None:
        """Store the review (the model refuses what is wrong, by field)."""
        self.next_review = plans.record_review(self._db, self._plan_id, iso_day(self.day_edit),
                                               self.notes_edit.toPlainText(), actor=self._actor)


class PlanDialog(QDialog):
    """A member's individual service plans: choose one or start a new one, edit, save,
    record its review, end it."""

    def __init__(self, db: Database, actor: Actor, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self.person_id = db, actor, person_id
        self.changed = False
        self._plans: list[Plan] = []
        self._review_touched = False
        self._filling = False
        self.setWindowTitle(self.tr("个别化服务计划 – {name}").format(
            name=person_name(db, person_id)))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("计划(&L):"))
        self.plan_combo = QComboBox()
        self.plan_combo.setAccessibleName(self.tr("选择服务计划"))
        label.setBuddy(self.plan_combo)
        top.addWidget(label)
        top.addWidget(self.plan_combo, 1)
        self.state_label = QLabel()
        top.addWidget(self.state_label, 2)
        layout.addLayout(top)
        layout.addWidget(self._plan_box())
        layout.addWidget(self._services_box(), 1)
        layout.addWidget(self._review_box())
        self.status_label = StatusLabel(self.tr("服务计划保存结果"))
        layout.addWidget(self.status_label)
        buttons, self.save_button = save_close_buttons(
            self, self.tr("保存计划(&S)"), self.tr("保存服务计划"), self.save)
        layout.addWidget(buttons)
        self._set_tab_order()
        self.plan_combo.currentIndexChanged.connect(lambda _index: self._show_plan())
        self.starts_edit.dateChanged.connect(lambda _day: self._start_changed())
        self.review_edit.dateChanged.connect(lambda _day: self._review_changed())
        self._reload()

    # -- building ------------------------------------------------------------------------------
    def _plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("目标和日期"))
        form = QFormLayout(box)
        self._errors = FieldErrors(form)
        self.goals_edit = QPlainTextEdit()
        self.goals_edit.setTabChangesFocus(True)
        self.goals_edit.setPlaceholderText(self.tr("如：三个月内能独立用勺进食；每周参加两次手工"))
        self.goals_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        today = self._db.clock.today()
        self.starts_edit = date_field(today, self.tr("计划开始日期"))
        self.review_edit = date_field(add_months(today, review_months(self._db)),
                                      self.tr("下次评估日期"))
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.starts_edit)
        review_label = QLabel(self.tr("下次评估(&R):"))
        review_label.setBuddy(self.review_edit)
        row.addWidget(review_label)
        row.addWidget(self.review_edit)
        row.addStretch(1)
        self.review_error = error_line()
        signature = QWidget()
        sign_row = QHBoxLayout(signature)
        sign_row.setContentsMargins(0, 0, 0, 0)
        self.signed_check = QCheckBox(self.tr("签字的计划已收回(&G)"))
        self.signed_check.setAccessibleName(self.tr("监护人已签字"))
        self.signer_edit = QLineEdit()
        self.signer_edit.setMaxLength(plans.SIGNER_MAX)
        self.signer_edit.setPlaceholderText(self.tr("签字的监护人"))
        self.signer_edit.setAccessibleName(self.tr("签字的监护人姓名"))
        self.signed_edit = date_field(today, self.tr("监护人签字日期"))
        sign_row.addWidget(self.signed_check)
        sign_row.addWidget(self.signer_edit, 1)
        sign_row.addWidget(self.signed_edit)
        self.signature_error = error_line()
        self._errors.add_row("goals", self.tr("服务目标(&O):"), self.goals_edit)
        self._errors.add_row("starts_on", self.tr("开始日期(&B):"), dates)
        self.starts_edit.setAccessibleName(self.tr("计划开始日期"))
        form.addRow("", self.review_error)
        self._errors.attach("review_on", self.review_edit, self.review_error)
        self._errors.add_row("guardian_signed_by", self.tr("监护人签字:"), signature)
        signature.setAccessibleName(self.tr("监护人签字"))
        form.addRow("", self.signature_error)
        self._errors.attach("guardian_signed_on", self.signed_edit, self.signature_error)
        self.signed_check.toggled.connect(self._signed_toggled)
        self._signed_toggled(False)
        return box

    def _services_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("服务安排（勾选每周提供的日子）"))
        outer = QVBoxLayout(box)
        # A centre with many services (or large text) scrolls the grid, not the dialog; the
        # headings stay above it (in the grid they scrolled away with the first rows), their
        # columns kept as wide as the grid's (_align_headings).
        headings = QWidget()
        head = QGridLayout(headings)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(QLabel(self.tr("服务")), 0, 0)
        for column, digit in enumerate(WEEKDAY_DIGITS, start=1):
            head.addWidget(QLabel(weekday_name(digit)), 0, column, Qt.AlignmentFlag.AlignCenter)
        head.addWidget(QLabel(self.tr("每次时长")), 0, 8)
        head.addWidget(QLabel(self.tr("这项服务的目标")), 0, 9)
        head.setColumnStretch(9, 1)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.setColumnStretch(9, 1)
        self.service_rows = [ServiceRow(service, grid, number, inner)
                             for number, service in enumerate(services(self._db))]
        grid.setRowStretch(len(self.service_rows), 1)
        self._service_grids = (head, grid)
        scroll.setWidget(inner)
        outer.addWidget(headings)
        outer.addWidget(scroll, 1)
        self.services_error = error_line()
        outer.addWidget(self.services_error)
        self._errors.attach("services", box, self.services_error)
        return box

    def _align_headings(self) -> None:
        """Give each column of the headings and of the services grid the same width (the
        wider of the two), in the current font."""
        grids = self._service_grids
        for column in range(9):
            width = 0
            for grid in grids:
                for row in range(grid.rowCount()):
                    item = grid.itemAtPosition(row, column)
                    widget = item.widget() if item is not None else None
                    if widget is not None:
                        widget.ensurePolished()
                        width = max(width, widget.sizeHint().width())
            for grid in grids:
                grid.setColumnMinimumWidth(column, width)

    def showEvent(self, event: QShowEvent) -> None:
        self._align_headings()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and \
                hasattr(self, "_service_grids"):
            self._align_headings()
        super().changeEvent(event)

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("评估和结束"))
        layout = QHBoxLayout(box)
        self.review_info = QLabel()
        self.review_info.setWordWrap(True)
        layout.addWidget(self.review_info, 1)
        self.review_button = named_button(
            self.tr("记录评估(&V)…"), self.tr("记录这份计划的评估"), self.record_review)
        self.end_button = named_button(
            self.tr("结束计划(&E)…"), self.tr("结束这份计划"), self.end_plan)
        layout.addWidget(self.review_button)
        layout.addWidget(self.end_button)
        return box

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.plan_combo, self.goals_edit, self.starts_edit,
                                self.review_edit, self.signed_check, self.signer_edit,
                                self.signed_edit]
        for row in self.service_rows:
            chain.extend(row.widgets())
        chain.extend([self.review_button, self.end_button, self.save_button])
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing -------------------------------------------------------------------------------
    def _reload(self, select: int | None = None) -> None:
        """Read the member's plans again and show ``select`` (default: today's plan, else
        the latest, else a new one)."""
        self._plans = plans.plans(self._db, self.person_id, actor=self._actor)
        today = self._db.clock.today().isoformat()
        if select is None:
            shown = next((p for p in self._plans if p.active_on(today)),
                         self._plans[0] if self._plans else None)
            select = shown.id if shown is not None else None
        self._filling = True
        self.plan_combo.clear()
        for plan in self._plans:
            self.plan_combo.addItem(self._plan_title(plan, today), plan.id)
        self.plan_combo.addItem(self.tr("新建计划"), None)
        self._filling = False
        index = self.plan_combo.findData(select) if select is not None else -1
        self.plan_combo.setCurrentIndex(index if index >= 0 else self.plan_combo.count() - 1)
        self._show_plan()

    def _plan_title(self, plan: Plan, today: str) -> str:
        if plan.ended_on is None:
            return self.tr("{start} 起（进行中）").format(start=plan.starts_on) \
                if plan.starts_on <= today else self.tr("{start} 起（未开始）").format(
                    start=plan.starts_on)
        return self.tr("{start} 至 {end}").format(start=plan.starts_on, end=plan.ended_on)

    def current_plan(self) -> Plan | None:
        """The plan chosen at the top (None: a new plan)."""
        plan_id = self.plan_combo.currentData()
        return next((p for p in self._plans if p.id == plan_id), None)

    def _show_plan(self) -> None:
        if self._filling:
            return
        plan = self.current_plan()
        self._errors.show({})
        self._filling = True
        today = self._db.clock.today()
        if plan is None:
            start = today
            latest = self._plans[0].starts_on if self._plans else None
            if latest is not None and latest >= start.isoformat():
                start = date.fromisoformat(latest) + timedelta(days=1)
            self.goals_edit.setPlainText("")
            set_day(self.starts_edit, start.isoformat())
            set_day(self.review_edit, add_months(start, review_months(self._db)).isoformat())
            self.signed_check.setChecked(False)
            self.signer_edit.setText("")
            for row in self.service_rows:
                row.show("", None, "")
            self._review_touched = False
        else:
            self.goals_edit.setPlainText(plan.goals)
            set_day(self.starts_edit, plan.starts_on)
            set_day(self.review_edit, plan.review_on)
            self.signed_check.setChecked(plan.signed)
            self.signer_edit.setText(plan.guardian_signed_by)
            if plan.guardian_signed_on:
                set_day(self.signed_edit, plan.guardian_signed_on)
            stored = {s.service: s for s in plan.services}
            for row in self.service_rows:
                service = stored.get(row.service.key)
                row.show(service.weekdays if service else "",
                         service.minutes if service else None, service.goal if service else "")
            self._review_touched = True
        self._filling = False
        self._signed_toggled(self.signed_check.isChecked())
        self._show_state(plan)

    def _show_state(self, plan: Plan | None) -> None:
        today = self._db.clock.today()
        if plan is None:
            self.state_label.setText(self.tr("新计划：开始后，之前的计划在前一天结束"))
            self.review_info.setText(self.tr("保存计划后可以记录评估或结束计划。"))
        else:
            words = review_words(review_state(plan.review_on, plan.ended_on, today))
            state = self.tr("下次评估：{day}").format(day=plan.review_on)
            if words:
                state += "（⚠ " + words + "）"
            if plan.ended_on:
                state = self.tr("已于 {day} 结束").format(day=plan.ended_on)
            self.state_label.setText(state)
            self.review_info.setText(
                self.tr("最近一次评估：{day}　{notes}").format(day=plan.reviewed_on,
                                                         notes=plan.review_notes)
                if plan.reviewed_on else self.tr("这份计划还没有评估过。"))
        self.review_button.setEnabled(plan is not None and plan.ended_on is None)
        self.end_button.setEnabled(plan is not None)

    def _signed_toggled(self, checked: bool) -> None:
        self.signer_edit.setEnabled(checked)
        self.signed_edit.setEnabled(checked)

    def _start_changed(self) -> None:
        # A new plan's review follows its start until the review date is set by hand.
        if self._filling or self._review_touched:
            return
        start = date.fromisoformat(iso_day(self.starts_edit))
        self._filling = True
        set_day(self.review_edit, add_months(start, review_months(self._db)).isoformat())
        self._filling = False

    def _review_changed(self) -> None:
        if not self._filling:
            self._review_touched = True

    # -- actions -------------------------------------------------------------------------------
    def plan_input(self) -> PlanInput:
        """What the form holds."""
        chosen = tuple(item for item in (row.plan_input() for row in self.service_rows)
                       if item is not None)
        signed = self.signed_check.isChecked()
        return PlanInput(self.goals_edit.toPlainText(), iso_day(self.starts_edit),
                         iso_day(self.review_edit), chosen,
                         self.signer_edit.text() if signed else "",
                         iso_day(self.signed_edit) if signed else "")

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def save(self) -> bool:
        """Store the plan (new or changed); say so, or show why by the fields."""
        data = self.plan_input()
        plan = self.current_plan()
        saved_id: list[int] = []

        def store() -> None:
            if plan is None:
                saved_id.append(plans.create_plan(self._db, self.person_id, data,
                                                  actor=self._actor))
            else:
                plans.update_plan(self._db, plan.id, data, actor=self._actor)
                saved_id.append(plan.id)
        try:
            ok = succeeded(self, store, status=self.status_label, passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            self.status_label.show_result(self.tr("未保存：请按提示修改"), problem=True)
            return False
        if not ok:
            return False
        self.changed = True
        self._reload(saved_id[0])
        self.status_label.show_result(self.tr("服务计划已保存") if plan is not None
                                      else self.tr("新的服务计划已保存"))
        return True

    def record_review(self) -> None:
        """Open the review form for the plan shown."""
        plan = self.current_plan()
        if plan is None:
            return
        dialog = ReviewDialog(self._db, self._actor, plan.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._reload(plan.id)
            self.status_label.show_result(self.tr("评估已记录；下次评估日期：{day}").format(
                day=dialog.next_review))

    def end_plan(self) -> None:
        """Ask for the plan's last day and end it."""
        plan = self.current_plan()
        if plan is None:
            return
        dialog = DayDialog(self.tr("结束计划"), self.tr(
            "计划最后一天的日期；结束后它仍保留在记录中。"), self.tr("最后一天(&D):"),
            self._db.clock.today(), self.tr("结束计划(&E)"),
            lambda day: plans.end_plan(self._db, plan.id, day, actor=self._actor), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._reload(plan.id)
            self.status_label.show_result(self.tr("计划已结束"))

