"""Dialogs of the 购买服务 tab: a contract with a service provider (new or edit; the amount
typed in 元), and one session the provider delivered, with the members it served ticked from
those present that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import providers
from desktop.models.care.day_care import NotPresentError, present_members
from desktop.models.care.providers import Provider, ProviderInput, SessionInput
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.reporting import month_close
from desktop.ui.attendance.sign_in_dialogs import date_edit, name_editor, python_date
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import closed_month_line, closed_month_tip, model_message
from desktop.ui.common.model_action import succeeded

_AMOUNT_LABEL = QT_TRANSLATE_NOOP("Messages", "合同金额")
_MEMBER_COLUMNS = 4


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _buttons(dialog: QDialog, save_name: str,
             save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton]:
    """保存 (calling ``save``) and 取消, in this module's words."""
    return accept_cancel_buttons(
        dialog, QCoreApplication.translate("ProviderDialogs", "保存(&S)"), save_name,
        QCoreApplication.translate("ProviderDialogs", "取消"), save)


class ContractDialog(QDialog):
    """A contract with a service provider: organisation, number, what it buys, its period,
    unit and quantity, the amount in 元, the contact. Problems are shown by each field."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, provider_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.provider_id = provider_id
        self.setWindowTitle(self.tr("新增购买服务合同") if provider_id is None
                            else self.tr("修改购买服务合同"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._errors = FieldErrors(form)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(providers.ORGANISATION_MAX)
        self.organisation_edit.setPlaceholderText(self.tr("如：西城区阳光社会工作事务所"))
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(providers.CONTRACT_NUMBER_MAX)
        self.number_edit.setPlaceholderText(self.tr("合同上的编号，如 XC-GM-2024-007"))
        self.service_edit = QLineEdit()
        self.service_edit.setMaxLength(providers.SERVICE_MAX)
        self.service_edit.setPlaceholderText(self.tr("如：康复训练、音乐治疗、小组活动"))
        today = db.clock.today()
        self.starts_edit = date_edit(today.replace(month=1, day=1), self.tr("合同开始日期"))
        self.ends_edit = date_edit(today.replace(month=12, day=31), self.tr("合同结束日期"))
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("按小时"), "hours")
        self.unit_combo.addItem(self.tr("按次数"), "sessions")
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, providers.MAX_QUANTITY)
        self.quantity_spin.setValue(0)
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaxLength(16)
        self.amount_edit.setPlaceholderText(self.tr("如 36600 或 36600.50"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(providers.CONTACT_MAX)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(providers.PHONE_MAX)
        self.fields: dict[str, QWidget] = {
            "organisation": self.organisation_edit, "contract_number": self.number_edit,
            "service": self.service_edit, "starts_on": self.starts_edit,
            "ends_on": self.ends_edit, "unit": self.unit_combo,
            "contracted_quantity": self.quantity_spin, "amount_fen": self.amount_edit,
            "contact": self.contact_edit, "phone": self.phone_edit}
        labels = {
            "organisation": self.tr("服务机构(&O):"), "contract_number": self.tr("合同编号(&N):"),
            "service": self.tr("服务内容(&V):"), "starts_on": self.tr("开始日期(&B):"),
            "ends_on": self.tr("结束日期(&E):"), "unit": self.tr("计量单位(&U):"),
            "contracted_quantity": self.tr("合同数量(&Q):"),
            "amount_fen": self.tr("合同金额（元）(&A):"), "contact": self.tr("联系人(&C):"),
            "phone": self.tr("联系电话(&P):")}
        for name, widget in self.fields.items():
            self._errors.add_row(name, labels[name], widget)
        for editor in (self.starts_edit, self.ends_edit, self.quantity_spin):
            name_editor(editor, editor.accessibleName())
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = _buttons(self, self.tr("保存合同"), self.save)
        layout.addWidget(buttons)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._show_unit())
        if provider_id is not None:
            self._load(providers.get_provider(db, provider_id, actor=actor))
        self._show_unit()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _show_unit(self) -> None:
        self.quantity_spin.setSuffix(self.tr(" 小时") if self.unit_combo.currentData() == "hours"
                                     else self.tr(" 次"))

    def _load(self, provider: Provider) -> None:
        self.organisation_edit.setText(provider.organisation)
        self.number_edit.setText(provider.contract_number)
        self.service_edit.setText(provider.service)
        self.starts_edit.setDate(_qdate(date.fromisoformat(provider.starts_on)))
        self.ends_edit.setDate(_qdate(date.fromisoformat(provider.ends_on)))
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(provider.unit), 0))
        self.quantity_spin.setValue(provider.contracted_quantity)
        self.amount_edit.setText(format_yuan(provider.amount_fen).replace(",", ""))
        self.contact_edit.setText(provider.contact)
        self.phone_edit.setText(provider.phone)

    def provider_input(self) -> ProviderInput:
        """What the form holds; ValidationError when the amount is not an amount in 元."""
        return ProviderInput(
            organisation=self.organisation_edit.text(), contract_number=self.number_edit.text(),
            service=self.service_edit.text(),
            starts_on=python_date(self.starts_edit).isoformat(),
            ends_on=python_date(self.ends_edit).isoformat(),
            unit=self.unit_combo.currentData(), contracted_quantity=self.quantity_spin.value(),
            amount_fen=parse_yuan(self.amount_edit.text(), field="amount_fen",
                                  label=Message(_AMOUNT_LABEL)),
            contact=self.contact_edit.text(), phone=self.phone_edit.text())

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def _show(self, errors: dict[str, str]) -> None:
        self._errors.show({k: model_message(v) for k, v in errors.items()})
        first = next((self.fields[k] for k in self.fields if k in errors), None)
        if first is not None:
            first.setFocus()

    def save(self) -> bool:
        """Validate and store; on success emit ``saved`` and close. Returns whether it saved."""
        self.error_label.setVisible(False)
        try:
            data = self.provider_input()
            problems = providers.validate_provider(providers.normalised(data))
            if problems:
                raise ValidationError(problems)
            saved = succeeded(self, lambda: self._store(data), show=self._refused,
                              passing=(ValidationError, DuplicateError))
        except ValidationError as exc:
            fields = dict(exc.fields)
            # The amount is parsed first: check the rest too, so every problem shows at once.
            if "amount_fen" in fields and len(fields) == 1:
                fields.update(providers.validate_provider(providers.normalised(
                    self._input_without_amount())))
            self._show(fields)
            return False
        except DuplicateError as exc:
            self._show({exc.field: exc.message})
            return False
        if not saved:
            return False
        self._errors.show({})
        assert self.provider_id is not None
        self.saved.emit(self.provider_id)
        self.accept()
        return True

    def _input_without_amount(self) -> ProviderInput:
        return ProviderInput(
            organisation=self.organisation_edit.text(), contract_number=self.number_edit.text(),
            service=self.service_edit.text(),
            starts_on=python_date(self.starts_edit).isoformat(),
            ends_on=python_date(self.ends_edit).isoformat(),
            unit=self.unit_combo.currentData(), contracted_quantity=self.quantity_spin.value(),
            amount_fen=0, contact=self.contact_edit.text(), phone=self.phone_edit.text())

    def _store(self, data: ProviderInput) -> None:
        if self.provider_id is None:
            self.provider_id = providers.add_provider(self._db, data, actor=self._actor)
        else:
            providers.update_provider(self._db, self.provider_id, data, actor=self._actor)

    def _refused(self, reason: str) -> None:
        self.error_label.setText("⚠ " + reason)
        self.error_label.setVisible(True)


class SessionDialog(QDialog):
    """One session a provider delivered: the day (within the contract, not after today), the
    provider's staff member, what was done, the minutes and the members served, ticked from
    the day-care members who signed in that day."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, provider_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.provider = providers.get_provider(db, provider_id, actor=actor)
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("登记服务记录"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{organisation}（合同 {number}，{starts} 至 {ends}）").format(
            organisation=self.provider.organisation, number=self.provider.contract_number,
            starts=self.provider.starts_on, ends=self.provider.ends_on))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self._errors = FieldErrors(form)
        first = date.fromisoformat(self.provider.starts_on)
        last = min(date.fromisoformat(self.provider.ends_on), db.clock.today())
        start = min(max(day, first), max(first, last))
        self.day_edit = date_edit(start, self.tr("服务日期"))
        self.day_edit.setDateRange(_qdate(first), _qdate(max(first, last)))
        self.staff_edit = QLineEdit()
        self.staff_edit.setMaxLength(providers.STAFF_MAX)
        self.staff_edit.setPlaceholderText(self.tr("服务机构派来的人员，如 陈老师"))
        self.content_edit = QLineEdit()
        self.content_edit.setMaxLength(providers.CONTENT_MAX)
        self.content_edit.setPlaceholderText(self.tr("如：手指操和平衡训练"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(providers.MIN_MINUTES, providers.MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        self._errors.add_row("day", self.tr("日期(&D):"), self.day_edit)
        name_editor(self.day_edit, self.day_edit.accessibleName())
        self._errors.add_row("staff_name", self.tr("服务人员(&R):"), self.staff_edit)
        self._errors.add_row("content", self.tr("服务内容(&C):"), self.content_edit)
        self._errors.add_row("minutes", self.tr("时长(&M):"), self.minutes_spin)
        name_editor(self.minutes_spin, self.minutes_spin.accessibleName())
        layout.addLayout(form)
        layout.addWidget(self._members_box())
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = _buttons(self, self.tr("保存服务记录"), self.save)
        layout.addWidget(buttons)
        self.day_edit.dateChanged.connect(lambda _day: self.load_members())
        self.load_members()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def _members_box(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.members_label = QLabel()
        self.members_label.setWordWrap(True)
        self.all_button = QPushButton(self.tr("全选(&L)"))
        self.all_button.setAccessibleName(self.tr("勾选当天所有在场会员"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton(self.tr("全不选"))
        self.none_button.setAccessibleName(self.tr("取消勾选所有会员"))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        row.addWidget(self.members_label, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        outer.addLayout(row)
        self.members_area = QScrollArea()
        self.members_area.setWidgetResizable(True)
        self.members_area.setMinimumHeight(self.fontMetrics().height() * 5)
        outer.addWidget(self.members_area)
        self.members_error = error_line()
        outer.addWidget(self.members_error)
        self._errors.attach("members", self.members_area, self.members_error)
        self.member_checks: dict[int, QCheckBox] = {}
        return box

    def day(self) -> str:
        """The day chosen, YYYY-MM-DD."""
        return python_date(self.day_edit).isoformat()

    def load_members(self) -> None:
        """Offer the day-care members present on the chosen day (ticks kept where the same
        member is there), and say whether the day's month is closed."""
        ticked = {pid for pid, check in self.member_checks.items() if check.isChecked()}
        holder = QWidget()
        grid = QGridLayout(holder)
        self.member_checks = {}
        present = present_members(self._db, self.day())
        names = {r[0]: r[1] for r in self._db.query(
            f"SELECT id, name FROM person WHERE id IN ({','.join('?' * len(present))})",
            present)} if present else {}
        for number, person_id in enumerate(present):
            check = QCheckBox(names.get(person_id, str(person_id)))
            check.setAccessibleName(self.tr("服务了 {name}").format(name=names.get(person_id)))
            check.setChecked(person_id in ticked)
            grid.addWidget(check, number // _MEMBER_COLUMNS, number % _MEMBER_COLUMNS)
            self.member_checks[person_id] = check
        if not present:
            grid.addWidget(QLabel(self.tr("这一天没有日间照料会员签到：请先确认日期，"
                                          "或在“考勤”页补签")), 0, 0)
        grid.setRowStretch(grid.rowCount(), 1)
        self.members_area.setWidget(holder)
        self.members_label.setText(self.tr("服务的会员（{day} 已签到的日间照料会员 {n} 人）:")
                                   .format(day=self.day(), n=len(present)))
        self.all_button.setEnabled(bool(present))
        self.none_button.setEnabled(bool(present))
        month = self.day()[:7]
        closed = month_close.is_closed(self._db, month)
        self.closed_label.setText("⚠ " + closed_month_line(month) if closed else "")
        self.closed_label.setVisible(closed)
        self.save_button.setEnabled(not closed)
        self.save_button.setToolTip(closed_month_tip(month) if closed else "")

    def tick_all(self, ticked: bool) -> None:
        """Tick (or untick) every member offered."""
        for check in self.member_checks.values():
            check.setChecked(ticked)

    def tick(self, person_ids: list[int]) -> None:
        """Tick these members (those offered)."""
        for person_id in person_ids:
            if person_id in self.member_checks:
                self.member_checks[person_id].setChecked(True)

    def session_input(self) -> SessionInput:
        """What the form holds."""
        return SessionInput(
            provider_id=self.provider.id, day=self.day(), staff_name=self.staff_edit.text(),
            content=self.content_edit.text(), minutes=self.minutes_spin.value(),
            members=tuple(pid for pid, check in self.member_checks.items()
                          if check.isChecked()))

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def save(self, data: SessionInput | None = None) -> bool:
        """Store the session (``data`` instead of the form's, for a test feeding what the form
        cannot hold); on success emit ``saved`` and close. Returns whether it saved."""
        data = data or self.session_input()
        self.error_label.setVisible(False)
        self._errors.show({})
        try:
            saved = succeeded(
                self, lambda: self._store(data), show=self._refused,
                passing=(ValidationError, NotPresentError))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            return False
        except NotPresentError as exc:
            # Said beside the members: the way out (add the sign-in first) is in the message.
            self._errors.show({"members": model_message(exc.message)})
            return False
        if not saved:
            return False
        assert self.session_id is not None
        self.saved.emit(self.session_id)
        self.accept()
        return True

    def _store(self, data: SessionInput) -> None:
        self.session_id = providers.add_session(self._db, data, actor=self._actor)

    def _refused(self, reason: str) -> None:
        self.error_label.setText("⚠ " + reason)
        self.error_label.setVisible(True)

