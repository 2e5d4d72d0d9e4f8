"""Add or edit one person: the form, a photo, live validation, duplicate checks, Save."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, ValidationError
from desktop.models.people import people
from desktop.models.people.person_input import PersonInput, normalised, validate_person
from desktop.models.reporting.month_close import MonthClosedError
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import attempt, show_refusal, succeeded
from desktop.ui.people.person_form import PersonForm
from desktop.ui.people.photo_image import photo_jpeg
from desktop.ui.shell.keyboard_nav import FocusFollowingScrollArea

if TYPE_CHECKING:
    from desktop.ui.people.camera_dialog import CameraDialog

PHOTO_MAX_FILE_BYTES = 30 * 1024 * 1024
# Qt refuses to decode images needing more than 256 MB (4 bytes a pixel): stay below that.
PHOTO_MAX_PIXELS = 60_000_000


def scale_photo(path: str) -> bytes:
    """Read an image file, scale it to at most 480 px on its longer side, return JPEG bytes.

    Raises ValueError with a message when the file is not a readable image.
    """
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ValueError(QCoreApplication.translate("PersonDialog", "找不到照片文件：{path}")
                         .format(path=path)) from exc
    if size > PHOTO_MAX_FILE_BYTES:
        raise ValueError(QCoreApplication.translate(
            "PersonDialog", "照片文件太大（超过30 MB），请换一张"))
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    if reader.size().width() * reader.size().height() > PHOTO_MAX_PIXELS:
        raise ValueError(QCoreApplication.translate(
            "PersonDialog", "图片太大（超过6000万像素），请换一张"))
    image = reader.read()
    if image.isNull():
        # Qt's own reason is English and technical; say what the user can do.
        raise ValueError(QCoreApplication.translate(
            "PersonDialog", "无法读取图片：不是支持的图片格式（JPG、PNG、BMP、GIF），或文件已损坏"))
    return photo_jpeg(image)


class PersonDialog(QDialog):
    """The add/edit form. ``open_person_requested`` asks the page to open a duplicate."""

    open_person_requested = Signal(int)
    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.person_id = person_id
        self._photo: bytes | None = None  # None: unchanged; b"": removed
        self._camera_dialog: CameraDialog | None = None
        self._show_all = False
        self._duplicate_id: int | None = None
        self._similar_id: int | None = None
        self.setWindowTitle(self.tr("新增人员") if person_id is None else self.tr("编辑人员"))
        self.setModal(True)
        self.resize(760, 720)

        self.form = PersonForm(people.member_choices(db, exclude_id=person_id), db.clock)
        scroll = FocusFollowingScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        scroll.setWidget(self.form)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(scroll, 1)
        top.addLayout(self._photo_column())
        layout.addLayout(top, 1)

        self.reveal_button = QPushButton(self.tr("显示完整证件号、电话和住址(&Q)"))
        self.reveal_button.setAccessibleName(self.tr("显示完整证件号、电话和住址"))
        self.reveal_button.setToolTip(self.tr("查看会记录在操作日志中"))
        self.reveal_button.clicked.connect(self.reveal_sensitive)
        self.reveal_button.setVisible(person_id is not None
                                      and actor.can(Permission.REVEAL_SENSITIVE))
        layout.addWidget(self.reveal_button)

        self.duplicate_label = QLabel()
        self.duplicate_label.setProperty("role", "error")
        self.duplicate_label.setWordWrap(True)
        self.open_duplicate_button = QPushButton(self.tr("打开此人(&D)"))
        self.open_duplicate_button.setAccessibleName(self.tr("打开已登记的同一人"))
        self.open_duplicate_button.clicked.connect(self._open_duplicate)
        dup_row = QHBoxLayout()
        dup_row.addWidget(self.duplicate_label, 1)
        dup_row.addWidget(self.open_duplicate_button)
        layout.addLayout(dup_row)

        # Says why Save is greyed out, so a mouse user is never left guessing.
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "warning")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("不能保存的原因"))
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存(&S)"))
        self.save_button.setAccessibleName(self.tr("保存"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        if person_id is not None:
            self.form.set_value(people.open_person(db, person_id, actor=actor))
            self.form.mask_sensitive()
            self._show_photo(people.load_photo(db, person_id))
        self.form.changed.connect(self.revalidate)
        self.form.masked_fields.edit_attempted.connect(self._explain_masked)
        self.form.masked_fields.reveal_requested.connect(self._reveal_to_edit)
        self.revalidate()
        self.form.name_edit.setFocus()
        # What the form held when it opened: leaving with anything else asks first.
        self._opened_with = self.form.value()
        self.discard_question: QMessageBox | None = None

    def reveal_sensitive(self) -> None:
        """Show the full identifiers (written to the audit log) and allow editing them."""
        if self.person_id is None:
            return
        person_id = self.person_id
        values = attempt(self, lambda: people.reveal_sensitive(self._db, person_id,
                                                               actor=self._actor),
                         title=self.tr("无法显示"))
        if values is None:
            return
        self.form.reveal(values)
        self.reveal_button.setEnabled(False)
        self.revalidate()

    def _explain_masked(self, name: str) -> None:
        """Someone typed into a masked field: say why nothing happens and how to edit it."""
        field = self.form.masked_fields.edit(name).accessibleName()
        if self.person_id is not None and self._actor.can(Permission.REVEAL_SENSITIVE):
            text = self.tr("{field}已隐藏，不能直接修改。点“显示并修改”显示完整信息后再改"
                           "（查看会记入操作日志）。").format(field=field)
            self.form.masked_fields.show_notice(name, text, offer_reveal=True)
        else:
            text = self.tr("{field}已隐藏。这个账户没有查看完整证件号、电话和住址的权限，"
                           "不能修改；如需修改请联系管理员。").format(field=field)
            self.form.masked_fields.show_notice(name, text, offer_reveal=False)

    def _reveal_to_edit(self, name: str) -> None:
        """The notice's button: reveal (audited), then put the cursor in the field with its
        text selected, so typing replaces it and the arrow keys keep it for a small fix."""
        self.reveal_sensitive()
        if self.form.masked:
            return  # refused: the reason was shown
        edit = self.form.masked_fields.edit(name)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    # -- photo ---------------------------------------------------------------------------
    def _photo_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.photo_label = QLabel(self.tr("无照片"))
        self.photo_label.setFixedSize(150, 190)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QLabel.Shape.Box)
        self.photo_label.setAccessibleName(self.tr("照片"))
        self.choose_photo_button = QPushButton(self.tr("选择照片(&F)…"))
        self.choose_photo_button.setAccessibleName(self.tr("选择照片文件"))
        self.choose_photo_button.clicked.connect(self._choose_photo)
        self.camera_button = QPushButton(self.tr("拍照…"))
        self.camera_button.setAccessibleName(self.tr("用摄像头拍照"))
        self.camera_button.clicked.connect(self.take_photo)
        self.remove_photo_button = QPushButton(self.tr("移除照片"))
        self.remove_photo_button.setAccessibleName(self.tr("移除照片"))
        self.remove_photo_button.clicked.connect(self._remove_photo)
        self.photo_error = QLabel()
        self.photo_error.setProperty("role", "error")
        self.photo_error.setWordWrap(True)
        self.photo_error.setFixedWidth(150)
        column.addWidget(self.photo_label)
        column.addWidget(self.choose_photo_button)
        column.addWidget(self.camera_button)
        column.addWidget(self.remove_photo_button)
        column.addWidget(self.photo_error)
        column.addStretch(1)
        return column

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png *.bmp *.gif)"))
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        """Load, scale and show a photo from a file; False (with a message) if unreadable."""
        try:
            data = scale_photo(path)
        except ValueError as exc:
            self.photo_error.setText("⚠ " + str(exc))
            return False
        self.photo_error.setText("")
        self._photo = data
        self._show_photo(data)
        return True

    def take_photo(self) -> CameraDialog:
        """Open the camera; a picture taken there becomes the photo (saved with the form)."""
        # Imported on use: QtMultimedia loads its media backend, which nothing else needs.
        from desktop.ui.people.camera_dialog import CameraDialog

        if self._camera_dialog is None:
            self._camera_dialog = CameraDialog(self)
            self._camera_dialog.accepted.connect(self._use_camera_photo)
        self._camera_dialog.start()
        self._camera_dialog.open()
        return self._camera_dialog

    def _use_camera_photo(self) -> None:
        data = self._camera_dialog.photo if self._camera_dialog is not None else None
        if data:
            self.photo_error.setText("")
            self._photo = data
            self._show_photo(data)

    def _remove_photo(self) -> None:
        self._photo = b""
        self._show_photo(None)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(pixmap.scaled(
                self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("无照片"))
        self.remove_photo_button.setEnabled(bool(data))

    # -- validation ----------------------------------------------------------------------
    def current_input(self) -> PersonInput:
        """The form's data with the photo change."""
        data = self.form.value()
        data.photo = self._photo
        return data

    def _errors(self) -> dict[str, str]:
        today = self._db.clock.today()
        data = normalised(self.current_input(), today)
        errors = validate_person(data, today)
        if self.form.family_check.isChecked() and self.form.member_combo.currentData() is None:
            errors["family_links"] = self.tr("请选择关联的会员")
            if not data.is_member and not data.is_volunteer:
                errors.pop("roles", None)
        self._duplicate_id = None
        self._similar_id = None
        self.duplicate_label.setProperty("role", "error")
        if not errors:
            try:
                people.check_unique(self._db, data, self.person_id)
            except DuplicateError as dup:
                errors[dup.field] = dup.message
                self._duplicate_id = dup.existing_id
        return errors

    def revalidate(self) -> bool:
        """Re-check the form; show errors of typed fields; enable Save only when valid."""
        errors = self._errors()
        shown = errors if self._show_all else {
            k: v for k, v in errors.items() if k in self.form.typed_fields()}
        self.form.show_errors({k: model_message(v) for k, v in shown.items()})
        self._show_duplicate(errors)
        self.save_button.setEnabled(not errors)
        hidden = [v for k, v in errors.items() if k not in shown]
        if errors and self._duplicate_id is None:
            first = model_message(hidden[0] if hidden else next(iter(errors.values())))
            self.hint_label.setText(self.tr("还不能保存：{reason}").format(reason=first))
        else:
            self.hint_label.setText("")
        return not errors

    def _show_duplicate(self, errors: dict[str, str]) -> None:
        if self._duplicate_id is not None:
            self.duplicate_label.setProperty("role", "error")
            self.duplicate_label.setText(self.tr("⚠ 不能保存：") + next(
                model_message(v) for k, v in errors.items()
                if k in ("id_number", "cert_number", "card_number", "volunteer_number")))
            self.open_duplicate_button.setVisible(True)
            return
        similar = [] if errors else people.similar_people(
            self._db, normalised(self.current_input(), self._db.clock.today()), self.person_id)
        if similar:
            first = similar[0]
            self._similar_id = first.person_id
            self.duplicate_label.setProperty("role", "warning")
            warning = self.tr("注意：已有 {name}（{born}），{reason}；如是同一人请打开原记录")
            self.duplicate_label.setText(warning.format(
                name=first.name, born=first.birth_date or "—", reason=model_message(first.reason)))
            self.open_duplicate_button.setVisible(True)
        else:
            self.duplicate_label.setText("")
            self.open_duplicate_button.setVisible(False)
        self.duplicate_label.style().polish(self.duplicate_label)

    def _open_duplicate(self) -> None:
        target = self._duplicate_id or self._similar_id
        if target is not None:
            self.open_person_requested.emit(target)
            # The user chose the existing record over what they typed: no question.
            super().reject()

    # -- leaving -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether anything was changed since the form opened (fields or photo)."""
        return self._photo is not None or self.form.value() != self._opened_with

    def reject(self) -> None:
        """Esc, 取消 and the window's close button: with unsaved changes, ask first."""
        if not self.is_dirty():
            super().reject()
            return
        if self.discard_question is not None:  # already asking
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("放弃修改？"), self.tr(
            "放弃修改？\n表单中的修改还没有保存，放弃后将不会保存。"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        discard = box.button(QMessageBox.StandardButton.Discard)
        discard.setText(self.tr("放弃修改(&D)"))
        discard.setAccessibleName(self.tr("放弃修改并关闭"))
        keep = box.button(QMessageBox.StandardButton.Cancel)
        keep.setText(self.tr("继续编辑(&E)"))
        keep.setAccessibleName(self.tr("继续编辑"))
        # Enter or Esc once more keeps the changes: only a deliberate choice loses them.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: self._answered(box.clickedButton() is discard))
        self.discard_question = box
        box.open()

    def _answered(self, discard: bool) -> None:
        self.discard_question = None
        if discard:
            super().reject()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        """Save in one transaction; on any problem the form stays open with the reason."""
        self._show_all = True
        if not self.revalidate():
            self._focus_first_error()
            return
        data = self.current_input()
        try:
            saved = succeeded(self, lambda: self._store(data), title=self.tr("保存失败"),
                              note=self.tr("表单内容仍然保留，请稍后重试。"),
                              icon=QMessageBox.Icon.Critical,
                              passing=(ValidationError, DuplicateError, MonthClosedError))
        except ValidationError as exc:
            self.form.show_errors({k: model_message(v) for k, v in exc.fields.items()})
            self._focus_first_error()
            return
        except DuplicateError as exc:
            self.revalidate()
            self.form.focus_field(exc.field)
            return
        except MonthClosedError as exc:
            # Trying again will not help: the change itself is what a closed month refuses.
            show_refusal(self, exc, title=self.tr("未保存"),
                         note=self.tr("表单内容仍然保留，可以改正后再保存，或取消。"))
            return
        if not saved:
            return
        self.saved.emit(self.person_id)
        self.accept()

    def _store(self, data: PersonInput) -> None:
        if self.person_id is None:
            self.person_id = people.create_person(self._db, data, actor=self._actor)
        else:
            people.update_person(self._db, self.person_id, data, actor=self._actor)

    def _focus_first_error(self) -> None:
        errors = self._errors()
        if errors:
            self.form.focus_field(next(iter(errors)))
