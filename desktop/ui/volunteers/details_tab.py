"""志愿者: the volunteers on the register (name, 志愿北京 number, organisation, skills, kiosk
card, 未到率: no-shows over sign-ups of the last year), found by name or pinyin initials, and
the dialog that edits one's details (skills, availability, photo consent, kiosk card) and
trainings (added; a wrong one voided with a reason).
Enter or 编辑 opens the selected volunteer's dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.volunteers import details, no_shows
from desktop.models.volunteers.details import Training, VolunteerDetails, VolunteerRow
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.columns import CENTER, Column
from desktop.ui.common.form_fields import accessible_label, use_calendar_popup
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import fit_columns_wrapping
from desktop.ui.volunteers.shift_dialogs import button, matches
from desktop.ui.volunteers.volunteer_fields import han_width

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext


NO_SHOW_DAYS = 365  # the no-show rate looks back a year: old habits should not stick


def no_show_text(missed: int, total: int) -> str:
    """未到率 as shown: "2/20 次，10%", or 无报名 without any sign-up."""
    if not total:
        return QCoreApplication.translate("DetailsTab", "无报名")
    return QCoreApplication.translate("DetailsTab", "{missed}/{total} 次，{percent}%").format(
        missed=missed, total=total, percent=round(missed * 100 / total))


def volunteer_columns(no_shows_of: Callable[[VolunteerRow], str] = lambda v: ""
                      ) -> list[Column[VolunteerRow]]:
    """The columns of the volunteers' list; ``no_shows_of`` gives the 未到率 text."""
    return [
        Column(lambda: QCoreApplication.translate("DetailsTab", "姓名"), lambda v: v.name),
        Column(lambda: QCoreApplication.translate("DetailsTab", "志愿北京编号"),
               lambda v: v.volunteer_number),
        Column(lambda: QCoreApplication.translate("DetailsTab", "所在单位"),
               lambda v: v.organisation),
        Column(lambda: QCoreApplication.translate("DetailsTab", "特长技能"), lambda v: v.skills,
               tooltip=lambda v: v.skills or None),
        Column(lambda: QCoreApplication.translate("DetailsTab", "签到卡号"),
               lambda v: v.card_number or QCoreApplication.translate("DetailsTab", "（无）")),
        Column(lambda: QCoreApplication.translate("DetailsTab", "未到率"), no_shows_of,
               tooltip=lambda v: QCoreApplication.translate(
                   "DetailsTab", "近一年报名后未到的次数 / 报名次数（不算取消的）")),
    ]


def training_columns() -> list[Column[Training]]:
    """The columns of a volunteer's trainings (voided ones say so in words)."""
    return [
        Column(lambda: QCoreApplication.translate("DetailsTab", "日期"), lambda t: t.day,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("DetailsTab", "培训内容"), lambda t: t.topic),
        Column(lambda: QCoreApplication.translate("DetailsTab", "分钟"), lambda t: t.minutes,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("DetailsTab", "作废"),
               lambda t: QCoreApplication.translate("DetailsTab", "已作废：{reason}").format(
                   reason=t.void_reason) if t.voided_at else ""),
    ]


class DetailsDialog(QDialog):
    """One volunteer's details (保存 stores them) and trainings (added or voided at once)."""

    def __init__(self, db: Database, actor: Actor, volunteer: VolunteerRow,
                 saved: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._person = db, actor, volunteer.person_id
        self._saved = saved
        self.setWindowTitle(self.tr("志愿者信息：{name}").format(name=volunteer.name))
        self.setModal(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        current = details.load_details(db, volunteer.person_id)
        self.skills_edit = QLineEdit(current.skills)
        self.skills_edit.setMaxLength(details.SKILLS_MAX)
        self.skills_edit.setPlaceholderText(self.tr("如：手语、急救、书法"))
        self.availability_edit = QLineEdit(current.availability)
        self.availability_edit.setMaxLength(details.AVAILABILITY_MAX)
        self.availability_edit.setPlaceholderText(self.tr("如：周二、周四上午"))
        self.card_edit = QLineEdit(current.card_number)
        self.card_edit.setMaxLength(details.CARD_MAX)
        self.photo_box = QCheckBox(self.tr("同意拍照并用于宣传(&O)"))
        self.photo_box.setChecked(current.photo_consent)
        self.photo_box.setAccessibleName(self.tr("同意拍照并用于宣传"))
        for text, field in ((self.tr("特长技能(&K):"), self.skills_edit),
                            (self.tr("可服务时间(&A):"), self.availability_edit),
                            (self.tr("签到卡号(&C):"), self.card_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(accessible_label(text))
            form.addRow(label, field)
        form.addRow(self.photo_box)
        layout.addLayout(form)
        self.status_label = StatusLabel(self.tr("结果"))
        # Trainings: a table, then one line to add one.
        trainings_label = QLabel(self.tr("培训记录（含已作废）"))
        layout.addWidget(trainings_label)
        self.training_model: ListTableModel[Training] = ListTableModel(training_columns(), self)
        self.training_table = record_table(self.training_model, trainings_label.text())
        layout.addWidget(self.training_table, 1)
        add_row = QHBoxLayout()
        self.training_day = QDateEdit()
        self.training_day.setDisplayFormat("yyyy-MM-dd")
        today = db.clock.today()
        self.training_day.setDate(QDate(today.year, today.month, today.day))
        use_calendar_popup(self.training_day)
        self.topic_edit = QLineEdit()
        self.topic_edit.setMaxLength(details.TOPIC_MAX)
        self.topic_edit.setPlaceholderText(self.tr("如：急救培训"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 1440)
        self.minutes_spin.setSingleStep(30)
        self.minutes_spin.setValue(120)
        line: tuple[tuple[str, QWidget], ...] = (
            (self.tr("培训日期(&D):"), self.training_day),
            (self.tr("内容(&T):"), self.topic_edit),
            (self.tr("分钟(&M):"), self.minutes_spin))
        for text, widget in line:
            label = QLabel(text)
            label.setBuddy(widget)
            if isinstance(widget, QDateEdit):
                name_editor(widget, accessible_label(text))
            else:
                widget.setAccessibleName(accessible_label(text))
            add_row.addWidget(label)
            add_row.addWidget(widget, 1 if widget is self.topic_edit else 0)
        self.add_training_button = button(self.tr("添加培训(&G)"), self.tr("添加这条培训记录"),
                                          self.add_training)
        self.void_training_button = button(self.tr("作废培训(&V)…"),
                                           self.tr("作废选中的培训记录，写明原因"),
                                           self._ask_void)
        layout.addLayout(add_row)
        # The buttons under the fields: on the same line they squeezed the topic to nothing
        # in English at large text.
        training_buttons = QHBoxLayout()
        training_buttons.addWidget(self.add_training_button)
        training_buttons.addWidget(self.void_training_button)
        training_buttons.addStretch(1)
        layout.addLayout(training_buttons)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存信息(&S)"))
        self.save_button.setAccessibleName(self.tr("保存志愿者信息"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._load_trainings()
        self.resize(max(640, han_width(self, 50)), max(520, han_width(self, 40)))

    def _load_trainings(self) -> None:
        self.training_model.set_rows(details.trainings(self._db, self._person))
        fit_columns(self.training_table, [10, 16, 4, 10])
        if self.training_model.rowCount():
            self.training_table.selectRow(0)

    def save(self) -> bool:
        """Store the details shown; close when they were stored."""
        data = VolunteerDetails(self.skills_edit.text(), self.availability_edit.text(),
                                self.photo_box.isChecked(), self.card_edit.text())
        if not succeeded(self, lambda: details.save_details(self._db, self._person, data,
                                                            actor=self._actor),
                         status=self.status_label):
            return False
        self._saved()
        self.accept()
        return True

    def add_training(self) -> bool:
        """Record the training typed on the line under the table."""
        day = self.training_day.date().toString("yyyy-MM-dd")
        if not succeeded(self, lambda: details.add_training(
                self._db, self._person, day, self.topic_edit.text(), self.minutes_spin.value(),
                actor=self._actor), status=self.status_label):
            return False
        self.topic_edit.clear()
        self._load_trainings()
        self.status_label.show_result(self.tr("已添加培训"))
        return True

    def void_training(self, reason: str) -> bool:
        """Void the selected training with ``reason``."""
        chosen = self.training_model.row_data(self.training_table.currentIndex().row())
        if chosen is None:
            return False
        if not succeeded(self, lambda: details.void_training(self._db, chosen.id, reason,
                                                             actor=self._actor),
                         status=self.status_label):
            return False
        self._load_trainings()
        self.status_label.show_result(self.tr("已作废培训：{topic}").format(topic=chosen.topic))
        return True

    def _ask_void(self) -> None:
        dialog = ReasonDialog(self.tr("作废培训记录"), self.tr("作废选中的培训记录，记录仍保留。"),
                              self.tr("作废(&V)"), self)
        dialog.accepted.connect(lambda: self.void_training(dialog.reason()))
        dialog.open()


class DetailsTab(RefreshingPage):
    """The volunteers' list with a search line and the button that edits one."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self._all: list[VolunteerRow] = []
        self._no_shows: dict[int, str] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        search_label = QLabel(self.tr("查找(&F):"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或志愿北京编号"))
        self.search_edit.setAccessibleName(self.tr("查找志愿者"))
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(lambda _: self._show())
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        self.edit_button = button(self.tr("编辑(&E)…"), self.tr("编辑选中志愿者的信息和培训"),
                                  lambda: self._open_edit())
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.model: ListTableModel[VolunteerRow] = ListTableModel(
            volunteer_columns(lambda v: self._no_shows.get(v.person_id, "")), self,
            key=lambda v: v.person_id)
        self.table = record_table(self.model, self.tr("志愿者名单"))
        self.table.activated.connect(lambda _: self._open_edit())
        layout.addWidget(self.table, 1)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        self.refresh()

    def refresh(self) -> None:
        """The volunteers again (keeping the one selected)."""
        self._all = attempt(self, lambda: details.volunteers(self._db),
                            status=self.status_label) or []
        since = self._db.clock.today() - timedelta(days=NO_SHOW_DAYS)
        self._no_shows = {v.person_id: no_show_text(*no_shows.no_show_counts(
            self._db, v.person_id, since)) for v in self._all}
        self._show()

    def _show(self) -> None:
        chosen = self.selected()
        self.model.set_rows([v for v in self._all if matches(v, self.search_edit.text())])
        row = self.model.row_of(chosen.person_id) if chosen is not None else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self.edit_button.setEnabled(self.model.rowCount() > 0)
        self.size_columns()

    def size_columns(self) -> None:
        # Narrow enough for a 1200-pixel window at large text; English headers wrap.
        fit_columns_wrapping(self.table, [5, 8, 12, 12, 8, 9])

    def selected(self) -> VolunteerRow | None:
        """The volunteer of the current row."""
        if not hasattr(self, "table"):
            return None
        return self.model.row_data(self.table.currentIndex().row())

    def make_edit_dialog(self) -> DetailsDialog | None:
        """The dialog for the selected volunteer."""
        chosen = self.selected()
        if chosen is None:
            return None
        return DetailsDialog(self._db, self._actor, chosen, self._after_save, self)

    def _after_save(self) -> None:
        self.refresh()
        self.status_label.show_result(self.tr("已保存志愿者信息"))

    def _open_edit(self) -> None:
        dialog = self.make_edit_dialog()
        if dialog is not None:
            dialog.open()


def make_tab(context: PageContext) -> DetailsTab:
    """The 志愿者 tab of the 志愿服务 page."""
    return DetailsTab(context)
