"""The person form: basic data, roles, member, volunteer and family sections.

It only collects and shows: ``value()`` builds a PersonInput, ``show_errors`` puts each
message under its field. Validation rules live in desktop.models.people.person_input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.clock import Clock
from desktop.models.people.identity import (
    birth_date_from_id,
    mask_address,
    mask_id,
    mask_phone,
    normalise_id,
    parse_certificate,
    sex_from_id,
    validate_id_number,
)
from desktop.models.people.person_input import MAX_LENGTHS, PROGRAMMES, FamilyLink, PersonInput
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import category_label, grade_label, programme_label, sex_label
from desktop.ui.common.masked_fields import MaskedFields

DATE_HINT = "YYYY-MM-DD"


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class PersonForm(QWidget):
    """All fields of a person; emits ``changed`` on every edit. ``clock`` gives the day an
    ID number's birth date must not come after."""

    changed = Signal()

    def __init__(self, members: list[tuple[int, str]], clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._extra_links: list[FamilyLink] = []
        # Real values of sensitive fields while they are shown masked (not yet revealed).
        self._hidden: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._basic_group())
        layout.addWidget(self._roles_group())
        layout.addWidget(self._member_group())
        layout.addWidget(self._volunteer_group())
        layout.addWidget(self._family_group(members))
        layout.addStretch(1)
        self._sync_roles()
        # Typing into a masked field says how to edit it instead of doing nothing.
        self.masked_fields = MaskedFields(self._sensitive_edits(), lambda: self.masked, self)

    # -- building ----------------------------------------------------------------------------
    def _basic_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("基本信息"))
        form = QFormLayout(box)
        self.errors = FieldErrors(form)
        self.name_edit = _line(MAX_LENGTHS["name"] + 10, self.tr("如：张三、阿依古丽·买买提"))
        self.id_edit = _line(22, self.tr("18位，最后一位可为X"))
        self.sex_combo = QComboBox()
        for value in ("", "男", "女"):
            self.sex_combo.addItem(sex_label(value) if value else self.tr("（未填）"), value)
        self.birth_edit = _line(10, DATE_HINT)
        self.derived_label = QLabel()
        self.derived_label.setVisible(False)
        self.phone_edit = _line(20, self.tr("手机11位，或座机如 010-66012345"))
        self.street_combo = QComboBox()
        self.street_combo.setEditable(True)
        self.street_combo.addItems(["", *XICHENG_STREETS])
        self.street_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.community_edit = _line(MAX_LENGTHS["community"] + 10)
        self.address_edit = _line(MAX_LENGTHS["address"] + 10)
        self.emergency_edit = _line(MAX_LENGTHS["emergency_contact"] + 10)
        self.emergency_phone_edit = _line(20)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        rows = [
            ("name", self.tr("姓名(&N):"), self.name_edit),
            ("id_number", self.tr("身份证号(&I):"), self.id_edit),
            ("sex", self.tr("性别(&X):"), self.sex_combo),
            ("birth_date", self.tr("出生日期(&B):"), self.birth_edit),
            ("phone", self.tr("联系电话(&P):"), self.phone_edit),
            ("street", self.tr("街道(&T):"), self.street_combo),
            ("community", self.tr("社区(&U):"), self.community_edit),
            ("address", self.tr("住址(&A):"), self.address_edit),
            ("emergency_contact", self.tr("紧急联系人(&E):"), self.emergency_edit),
            ("emergency_phone", self.tr("紧急联系电话:"), self.emergency_phone_edit),
            ("notes", self.tr("备注(&O):"), self.notes_edit),
        ]
        for name, label, widget in rows:
            self.errors.add_row(name, label, widget)
        form.insertRow(6, "", self.derived_label)
        for edit in (self.name_edit, self.id_edit, self.birth_edit, self.phone_edit,
                     self.community_edit, self.address_edit, self.emergency_edit,
                     self.emergency_phone_edit):
            edit.textChanged.connect(self._on_changed)
        self.id_edit.textChanged.connect(self._derive_from_id)
        self.id_edit.editingFinished.connect(self._on_changed)
        self.sex_combo.currentIndexChanged.connect(self._on_changed)
        self.street_combo.currentTextChanged.connect(self._on_changed)
        self.notes_edit.textChanged.connect(self._on_changed)
        return box

    def _roles_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("身份（可多选）"))
        row = QHBoxLayout(box)
        self.member_check = QCheckBox(self.tr("残疾人会员(&M)"))
        self.volunteer_check = QCheckBox(self.tr("志愿者(&V)"))
        self.family_check = QCheckBox(self.tr("家属/监护人(&G)"))
        for check in (self.member_check, self.volunteer_check, self.family_check):
            row.addWidget(check)
            check.toggled.connect(self._sync_roles)
        self.roles_error = QLabel()
        row.addWidget(self.roles_error, 1)
        self.errors.attach("roles", self.member_check, self.roles_error)
        return box

    def _member_group(self) -> QGroupBox:
        self.member_box = QGroupBox(self.tr("会员信息"))
        form = QFormLayout(self.member_box)
        fields = FieldErrors(form)
        self.cert_edit = _line(24, self.tr("身份证号+类别(1–7)+等级(1–4)，共20位"))
        self.cert_label = QLabel()
        self.programme_checks: dict[str, QCheckBox] = {}
        programmes = QWidget()
        prow = QHBoxLayout(programmes)
        prow.setContentsMargins(0, 0, 0, 0)
        for programme in PROGRAMMES:
            check = QCheckBox(programme_label(programme))
            check.setAccessibleName(self.tr("服务项目：") + programme_label(programme))
            check.toggled.connect(self._on_changed)
            self.programme_checks[programme] = check
            prow.addWidget(check)
        prow.addStretch(1)
        self.joined_edit = _line(10, DATE_HINT)
        self.left_edit = _line(10, DATE_HINT)
        self.card_edit = _line(MAX_LENGTHS["card_number"] + 5, self.tr("签到卡或二维码上的编号"))
        fields.add_row("cert_number", self.tr("残疾人证号(&C):"), self.cert_edit)
        form.addRow(self.tr("类别与等级:"), self.cert_label)
        form.addRow(self.tr("服务项目:"), programmes)
        fields.add_row("joined_on", self.tr("入会日期(&J):"), self.joined_edit)
        fields.add_row("left_on", self.tr("离开日期(&L):"), self.left_edit)
        fields.add_row("card_number", self.tr("签到卡号(&K):"), self.card_edit)
        self._member_fields = fields
        for edit in (self.cert_edit, self.joined_edit, self.left_edit, self.card_edit):
            edit.textChanged.connect(self._on_changed)
        self.cert_edit.textChanged.connect(self._derive_from_certificate)
        return self.member_box

    def _volunteer_group(self) -> QGroupBox:
        self.volunteer_box = QGroupBox(self.tr("志愿者信息"))
        form = QFormLayout(self.volunteer_box)
        fields = FieldErrors(form)
        self.volunteer_number_edit = _line(MAX_LENGTHS["volunteer_number"] + 5)
        self.organisation_edit = _line(MAX_LENGTHS["organisation"] + 10)
        fields.add_row("volunteer_number", self.tr("志愿者编号(&W):"), self.volunteer_number_edit)
        fields.add_row("organisation", self.tr("所属组织(&Z):"), self.organisation_edit)
        self._volunteer_fields = fields
        self.volunteer_number_edit.textChanged.connect(self._on_changed)
        self.organisation_edit.textChanged.connect(self._on_changed)
        return self.volunteer_box

    def _family_group(self, members: list[tuple[int, str]]) -> QGroupBox:
        self.family_box = QGroupBox(self.tr("家属/监护人信息"))
        form = QFormLayout(self.family_box)
        fields = FieldErrors(form)
        self.member_combo = QComboBox()
        self.member_combo.setEditable(True)
        self.member_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member_combo.addItem("", None)
        for member_id, name in members:
            self.member_combo.addItem(self.tr("{name}（{id}）").format(name=name, id=member_id),
                                      member_id)
        self.relation_edit = _line(20, self.tr("如：母亲、配偶"))
        self.guardian_check = QCheckBox(self.tr("是法定监护人"))
        fields.add_row("family_links", self.tr("关联会员(&H):"), self.member_combo)
        fields.add_row("relation", self.tr("与会员关系(&R):"), self.relation_edit)
        form.addRow("", self.guardian_check)
        self.guardian_check.setAccessibleName(self.tr("是法定监护人"))
        self._family_fields = fields
        self.member_combo.currentIndexChanged.connect(self._on_changed)
        self.relation_edit.textChanged.connect(self._on_changed)
        self.guardian_check.toggled.connect(self._on_changed)
        return self.family_box

    # -- behaviour ---------------------------------------------------------------------------
    def _on_changed(self, *_: object) -> None:
        self.changed.emit()

    def _sync_roles(self, *_: object) -> None:
        self.member_box.setVisible(self.member_check.isChecked())
        self.volunteer_box.setVisible(self.volunteer_check.isChecked())
        self.family_box.setVisible(self.family_check.isChecked())
        self.changed.emit()

    def _derive_from_id(self, text: str) -> None:
        """A valid ID fixes sex and birth date: fill them and lock them."""
        value = normalise_id(self._hidden.get("id_number", text))
        derived = len(value) == 18 and validate_id_number(value, self._clock.today()) is None
        if derived:
            born = birth_date_from_id(value)
            self.birth_edit.setText(born.isoformat() if born else "")
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(sex_from_id(value)))
            self.derived_label.setText(self.tr("性别和出生日期已由身份证号自动填写"))
        else:
            self.derived_label.setText("")
        self.derived_label.setVisible(derived)
        self.sex_combo.setEnabled(not derived)
        self.birth_edit.setReadOnly(derived)

    def _derive_from_certificate(self, text: str) -> None:
        cert = parse_certificate(self._hidden.get("cert_number", text))
        if cert is None:
            self.cert_label.setText(self.tr("（由残疾人证号自动得出）"))
            return
        self.cert_label.setText(f"{category_label(cert.category)} · {grade_label(cert.grade)}")
        if not self.id_edit.text().strip():
            self.id_edit.setText(cert.id_number)

    # -- data --------------------------------------------------------------------------------
    def _sensitive_edits(self) -> dict[str, QLineEdit]:
        return {"id_number": self.id_edit, "cert_number": self.cert_edit,
                "phone": self.phone_edit, "emergency_phone": self.emergency_phone_edit,
                "address": self.address_edit}

    def mask_sensitive(self) -> None:
        """Show ID, certificate, phones and address masked and read-only (PIPL): the real
        values stay in the form and are saved unchanged unless revealed and edited."""
        masks = {"id_number": mask_id, "cert_number": mask_id, "phone": mask_phone,
                 "emergency_phone": mask_phone, "address": mask_address}
        for name, edit in self._sensitive_edits().items():
            real = edit.text()
            self._hidden[name] = real
            edit.blockSignals(True)
            edit.setText(masks[name](real))
            edit.blockSignals(False)
            edit.setReadOnly(True)
        self._derive_from_id(self.id_edit.text())
        self._derive_from_certificate(self.cert_edit.text())

    @property
    def masked(self) -> bool:
        """Whether sensitive fields are currently masked."""
        return bool(self._hidden)

    def reveal(self, values: dict[str, str]) -> None:
        """Show the real values (fetched through the audited reveal) and allow editing."""
        self._hidden = {}
        self.masked_fields.hide_notices()
        for name, edit in self._sensitive_edits().items():
            edit.setText(values.get(name, ""))
            edit.setReadOnly(False)
        self._derive_from_id(self.id_edit.text())

    def value(self) -> PersonInput:
        """What the form holds now (photo is handled by the dialog)."""
        links: list[FamilyLink] = []
        member_id = self.member_combo.currentData()
        if self.family_check.isChecked():
            if member_id is not None:
                links.append(FamilyLink(int(member_id), self.relation_edit.text(),
                                        self.guardian_check.isChecked()))
            links.extend(self._extra_links)
        real = {name: self._hidden.get(name, edit.text())
                for name, edit in self._sensitive_edits().items()}
        return PersonInput(
            name=self.name_edit.text(), sex=self.sex_combo.currentData() or "",
            birth_date=self.birth_edit.text().strip(), id_number=real["id_number"],
            phone=real["phone"], address=real["address"],
            street=self.street_combo.currentText(), community=self.community_edit.text(),
            emergency_contact=self.emergency_edit.text(),
            emergency_phone=real["emergency_phone"],
            notes=self.notes_edit.toPlainText(),
            is_member=self.member_check.isChecked(), cert_number=real["cert_number"],
            programmes=[p for p, c in self.programme_checks.items() if c.isChecked()],
            joined_on=self.joined_edit.text().strip(), left_on=self.left_edit.text().strip(),
            card_number=self.card_edit.text(),
            is_volunteer=self.volunteer_check.isChecked(),
            volunteer_number=self.volunteer_number_edit.text(),
            organisation=self.organisation_edit.text(),
            family_links=links,
        )

    def set_value(self, data: PersonInput) -> None:
        """Fill every field from stored data."""
        self.name_edit.setText(data.name)
        self.id_edit.setText(data.id_number)
        if not data.id_number:
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(data.sex)))
            self.birth_edit.setText(data.birth_date)
        self.phone_edit.setText(data.phone)
        self.street_combo.setCurrentText(data.street)
        self.community_edit.setText(data.community)
        self.address_edit.setText(data.address)
        self.emergency_edit.setText(data.emergency_contact)
        self.emergency_phone_edit.setText(data.emergency_phone)
        self.notes_edit.setPlainText(data.notes)
        self.member_check.setChecked(data.is_member)
        self.cert_edit.setText(data.cert_number)
        for programme, check in self.programme_checks.items():
            check.setChecked(programme in data.programmes)
        self.joined_edit.setText(data.joined_on)
        self.left_edit.setText(data.left_on)
        self.card_edit.setText(data.card_number)
        self.volunteer_check.setChecked(data.is_volunteer)
        self.volunteer_number_edit.setText(data.volunteer_number)
        self.organisation_edit.setText(data.organisation)
        self.family_check.setChecked(bool(data.family_links))
        if data.family_links:
            first, *rest = data.family_links
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(first.member_id)))
            self.relation_edit.setText(first.relation)
            self.guardian_check.setChecked(first.is_guardian)
            self._extra_links = rest

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field; fields not named are cleared."""
        self.errors.show(errors)
        self._member_fields.show(errors)
        self._volunteer_fields.show(errors)
        self._family_fields.show(errors)

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' if none)."""
        for fields in (self.errors, self._member_fields, self._volunteer_fields,
                       self._family_fields):
            if name in fields.names():
                return fields.text(name)
        return ""

    def typed_fields(self) -> set[str]:
        """Fields the user has put something into (their errors show while typing)."""
        texts = {
            "name": self.name_edit.text(), "id_number": self.id_edit.text(),
            "birth_date": self.birth_edit.text(), "phone": self.phone_edit.text(),
            "community": self.community_edit.text(), "address": self.address_edit.text(),
            "emergency_contact": self.emergency_edit.text(),
            "emergency_phone": self.emergency_phone_edit.text(),
            "notes": self.notes_edit.toPlainText(), "cert_number": self.cert_edit.text(),
            "joined_on": self.joined_edit.text(), "left_on": self.left_edit.text(),
            "card_number": self.card_edit.text(),
            "volunteer_number": self.volunteer_number_edit.text(),
            "organisation": self.organisation_edit.text(),
            "street": self.street_combo.currentText(),
        }
        typed = {k for k, v in texts.items() if v and k not in self._hidden}
        # "应为18位，现在是3位" while still typing is noise: wait for 18 characters or Tab.
        if len(self.id_edit.text().strip()) < 18 and self.id_edit.hasFocus():
            typed.discard("id_number")
        if self.sex_combo.currentData():
            typed.add("sex")
        if self.family_check.isChecked() and self.member_combo.currentData() is not None:
            typed.add("family_links")
        return typed

    def focus_field(self, name: str) -> None:
        """Move the keyboard focus to a field (e.g. the first one with an error)."""
        widgets: dict[str, QWidget] = {
            "name": self.name_edit, "id_number": self.id_edit, "sex": self.sex_combo,
            "birth_date": self.birth_edit, "phone": self.phone_edit,
            "cert_number": self.cert_edit, "card_number": self.card_edit,
            "volunteer_number": self.volunteer_number_edit, "joined_on": self.joined_edit,
            "left_on": self.left_edit, "emergency_phone": self.emergency_phone_edit,
            "roles": self.member_check, "family_links": self.member_combo,
        }
        widget = widgets.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
