"""The staff password dialog over the kiosk reads like the kiosk: large words, and boxes
and text that stand out from the background, in high contrast too (WCAG contrast ratios
computed from the colours Qt actually paints)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_leave import StaffPasswordDialog
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.ui.kiosk.kiosk_helpers import make_kiosk, prepare_centre

# WCAG 2.x: 7:1 is the enhanced (AAA) level for text, which high contrast promises;
# 3:1 is the minimum for the outline of a control (success criterion 1.4.11).
TEXT_RATIO = 7.0
OUTLINE_RATIO = {True: 7.0, False: 3.0}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#ffff00"), QColor("#000000")) == pytest.approx(19.56, abs=0.01)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture(params=[True, False], ids=["high-contrast", "normal"])
def high_contrast(request: pytest.FixtureRequest) -> bool:
    """Whether the kiosk is in its high-contrast look."""
    return bool(request.param)


@pytest.fixture
def kiosk(qtbot, db: Database, ui_settings: UiSettings, themed: QApplication,
          high_contrast: bool) -> Iterator[KioskWindow]:
    """A kiosk over the real staff theme (qt-material), in the look asked for."""
    prepare_centre(db)
    ui_settings.kiosk_high_contrast = high_contrast
    window = make_kiosk(qtbot, db, ui_settings)
    yield window
    window.close_without_password()


@pytest.fixture
def dialog(qtbot, kiosk: KioskWindow) -> Iterator[StaffPasswordDialog]:
    """The dialog the 工作人员 button opens."""
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    shown = kiosk.leave_dialog
    assert shown is not None
    qtbot.waitExposed(shown)
    yield shown
    shown.reject()


def _painted(dialog: StaffPasswordDialog) -> QImage:
    QApplication.processEvents()
    return dialog.grab().toImage()


def test_staff_dialog_words_are_as_large_as_the_kiosk_prompts(
        kiosk: KioskWindow, dialog: StaffPasswordDialog) -> None:
    kiosk.prompt_label.ensurePolished()
    readable = kiosk.prompt_label.fontInfo().pixelSize()
    assert readable >= 20
    small = []
    widgets: list[QLabel | QLineEdit] = [*dialog.findChildren(QLabel),
                                         *dialog.findChildren(QLineEdit)]
    for widget in widgets:
        widget.ensurePolished()
        if widget.fontInfo().pixelSize() < readable:
            small.append((widget.text() or widget.accessibleName(),
                          widget.fontInfo().pixelSize()))
    assert small == []
    assert dialog.password_edit.height() >= 64  # the kiosk's smallest touch target


def test_staff_dialog_text_stands_out_from_its_background(
        qtbot, dialog: StaffPasswordDialog, high_contrast: bool) -> None:
    # A wrong password, so the error line is shown as well.
    dialog.username_edit.setText("nobody")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "⚠ 用户名或密码不正确（还可尝试4次）"
    image = _painted(dialog)
    background = image.pixelColor(2, 2)  # the dialog's own background, in a corner
    assert background == dialog.palette().color(QPalette.ColorRole.Window)
    weak = []
    for label in dialog.findChildren(QLabel):
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        if contrast(colour, background) < TEXT_RATIO:
            weak.append((label.text(), colour.name(), background.name()))
    for edit in (dialog.username_edit, dialog.password_edit):
        inside = edit.mapTo(dialog, edit.rect().center())
        fill = image.pixelColor(inside)
        assert fill == edit.palette().color(QPalette.ColorRole.Base)
        text = edit.palette().color(QPalette.ColorRole.Text)
        if contrast(text, fill) < TEXT_RATIO:
            weak.append((edit.accessibleName(), text.name(), fill.name()))
    assert weak == []


def test_password_box_has_a_visible_outline_all_round(
        dialog: StaffPasswordDialog, high_contrast: bool) -> None:
    edit = dialog.password_edit
    assert not edit.hasFocus()  # its everyday outline, not the focus ring
    image = _painted(dialog)
    background = image.pixelColor(2, 2)
    top_left = edit.mapTo(dialog, QPoint(0, 0))
    width, height = edit.width(), edit.height()
    # One pixel inside each edge, half way along it (clear of the rounded corners).
    edges = {
        "left": QPoint(top_left.x() + 1, top_left.y() + height // 2),
        "right": QPoint(top_left.x() + width - 2, top_left.y() + height // 2),
        "top": QPoint(top_left.x() + width // 2, top_left.y() + 1),
        "bottom": QPoint(top_left.x() + width // 2, top_left.y() + height - 2),
    }
    ratios = {side: round(contrast(image.pixelColor(point), background), 1)
              for side, point in edges.items()}
    assert all(r >= OUTLINE_RATIO[high_contrast] for r in ratios.values()), ratios
