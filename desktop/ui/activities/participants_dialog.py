"""The participants editor: add members from the day's sign-ins or by search, remove with a
reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.activities import activities
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.ui.activities.activities_model import PickItem, PickListModel, kind_label
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.labels import closed_month_tip
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import StatusLabel


def _list_view(model: PickListModel, name: str) -> QTableView:
    # A one-column table, not a QListView: the theme draws no box for an unticked list item,
    # so people could not see that the list can be ticked.
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setShowGrid(False)
    view.horizontalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    view.setMinimumHeight((view.fontMetrics().height() + 14) * 5)
    return view


class ParticipantsDialog(QDialog):
    """Who took part in one activity. Space ticks a person in a list; the buttons act on the
    ticked ones."""

    participants_changed = Signal()

    def __init__(self, db: Database, actor: Actor, activity_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.activity_id = activity_id
        activity = activities.get_activity(db, activity_id)
        self.setWindowTitle(self.tr("活动参加者"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{title}（{kind}，{day}）").format(
            title=activity.title, kind=kind_label(activity.kind), day=activity.day))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        layout.addWidget(self.closed_label)
        month = activity.day[:7]
        # A closed month's participants can be seen, not changed (the models refuse anyway).
        self.month_closed = month_close.is_closed(db, month)
        self.can_add = not activity.voided and not self.month_closed \
            and activity.day <= self._today.isoformat()
        if activity.voided:
            self.closed_label.setText(self.tr("⚠ 这个活动已作废，不能再修改参加者。"))
        elif self.month_closed:
            self.closed_label.setText("⚠ " + closed_month_tip(month))
        elif not self.can_add:
            self.closed_label.setText(self.tr(
                "⚠ 活动日期还没到：当天或之后才能登记参加者。"))
        self.closed_label.setVisible(bool(self.closed_label.text()))

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._sign_in_box(), 1)
        left.addWidget(self._search_box(), 1)
        columns.addLayout(left, 1)
        columns.addWidget(self._participant_box(), 1)
        layout.addLayout(columns, 1)
        self.status_label = StatusLabel(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.resize(960, 720)

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    def _sign_in_box(self) -> QGroupBox:
        self.sign_in_box = QGroupBox()
        box = QVBoxLayout(self.sign_in_box)
        self.sign_in_model = PickListModel(self.tr("已参加"), self)
        self.sign_in_view = _list_view(self.sign_in_model, self.tr("当天签到的会员"))
        box.addWidget(self.sign_in_view, 1)
        row = QHBoxLayout()
        self.check_all_button = QPushButton(self.tr("全选(&A)"))
        self.check_all_button.setAccessibleName(self.tr("勾选当天签到的全部会员"))
        self.check_all_button.clicked.connect(lambda: self.sign_in_model.set_all_checked(True))
        self.add_sign_ins_button = QPushButton(self.tr("加入勾选的会员(&J)"))
        self.add_sign_ins_button.setAccessibleName(self.tr("把勾选的签到会员加入参加者"))
        self.add_sign_ins_button.clicked.connect(self.add_checked_sign_ins)
        row.addWidget(self.check_all_button)
        row.addWidget(self.add_sign_ins_button)
        row.addStretch(1)
        box.addLayout(row)
        for widget in (self.sign_in_view, self.check_all_button, self.add_sign_ins_button):
            widget.setEnabled(self.can_add)
        return self.sign_in_box

    def _search_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("按姓名、拼音首字母或卡号查找会员"))
        box = QVBoxLayout(group)
        search_row = QHBoxLayout()
        label = QLabel(self.tr("查找(&F):"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(50)
        self.search_edit.setPlaceholderText(self.tr("如 zs 或 张三"))
        self.search_edit.setAccessibleName(self.tr("查找会员"))
        label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._search)
        search_row.addWidget(label)
        search_row.addWidget(self.search_edit, 1)
        box.addLayout(search_row)
        self.search_model = PickListModel(self.tr("已参加"), self)
        self.search_view = _list_view(self.search_model, self.tr("查找结果"))
        box.addWidget(self.search_view, 1)
        self.add_found_button = QPushButton(self.tr("加入勾选的查找结果(&I)"))
        self.add_found_button.setAccessibleName(self.tr("把勾选的查找结果加入参加者"))
        self.add_found_button.clicked.connect(self.add_checked_results)
        box.addWidget(self.add_found_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.search_edit, self.search_view, self.add_found_button):
            widget.setEnabled(self.can_add)
        return group

    def _participant_box(self) -> QGroupBox:
        self.participant_box = QGroupBox()
        box = QVBoxLayout(self.participant_box)
        self.participant_model = PickListModel(parent=self)
        self.participant_view = _list_view(self.participant_model, self.tr("参加者"))
        box.addWidget(self.participant_view, 1)
        self.remove_button = QPushButton(self.tr("移除勾选的参加者(&R)…"))
        self.remove_button.setAccessibleName(self.tr("移除勾选的参加者"))
        self.remove_button.clicked.connect(self.remove_checked)
        self.remove_button.setEnabled(not self.month_closed and not activities.get_activity(
            self._db, self.activity_id).voided)
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.participant_box

    # -- behaviour -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the day's sign-ins, the search results and the participants."""
        day = [PickItem(c.person_id, c.name, c.detail, c.participating)
               for c in activities.day_candidates(self._db, self.activity_id)]
        self.sign_in_model.set_items(day)
        self.sign_in_box.setTitle(self.tr("当天签到的会员（{n} 人）").format(n=len(day)))
        people = activities.participants(self._db, self.activity_id)
        self.participant_model.set_items(
            [PickItem(p.person_id, p.name, p.id_number) for p in people])
        self.participant_box.setTitle(self.tr("参加者（{n} 人）").format(n=len(people)))
        self._search()

    def _search(self, *_: object) -> None:
        found = activities.search_candidates(self._db, self.activity_id, self.search_edit.text())
        self.search_model.set_items([PickItem(c.person_id, c.name, c.detail, c.participating)
                                     for c in found])

    def _add(self, person_ids: list[int]) -> int | None:
        if not person_ids:
            self.status_label.show_result(self.tr("请先勾选要加入的会员（空格键勾选）"),
                                          problem=True)
            return None
        added = attempt(self, lambda: activities.add_participants(
            self._db, self.activity_id, person_ids, actor=self._actor, today=self._today),
            status=self.status_label)
        if added is None:
            return None
        self.status_label.show_result(self.tr("已加入 {n} 人").format(n=added))
        self.reload()
        self.participants_changed.emit()
        return added

    def add_checked_sign_ins(self) -> int | None:
        """Add the ticked members from the day's sign-ins; returns how many were added."""
        return self._add(self.sign_in_model.checked_ids())

    def add_checked_results(self) -> int | None:
        """Add the ticked search results; returns how many were added."""
        return self._add(self.search_model.checked_ids())

    def make_remove_dialog(self) -> ReasonDialog | None:
        """The reason dialog for removing the ticked participants (None if none is ticked)."""
        person_ids = self.participant_model.checked_ids()
        if not person_ids:
            self.status_label.show_result(self.tr("请先勾选要移除的参加者（空格键勾选）"),
                                          problem=True)
            return None
        dialog = ReasonDialog(self.tr("移除参加者"), self.tr(
            "将从这个活动中移除 {n} 名参加者。移除会记录在操作日志中（谁、何时、为什么）。")
            .format(n=len(person_ids)), self.tr("移除"), self)
        dialog.accepted.connect(lambda: self.remove(person_ids, dialog.reason()))
        return dialog

    def remove_checked(self) -> None:
        """Ask for a reason, then remove the ticked participants."""
        dialog = self.make_remove_dialog()
        if dialog is not None:
            dialog.open()

    def remove(self, person_ids: list[int], reason: str) -> bool:
        """Remove these participants with one reason, all or none."""
        def remove_all() -> None:
            with self._db.transaction():
                for person_id in person_ids:
                    activities.remove_participant(self._db, self.activity_id, person_id, reason,
                                                  actor=self._actor)
        if not succeeded(self, remove_all, status=self.status_label):
            return False
        self.status_label.show_result(self.tr("已移除 {n} 人").format(n=len(person_ids)))
        self.reload()
        self.participants_changed.emit()
        return True
