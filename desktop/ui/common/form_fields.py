"""Form rows with an error line under each field, shown next to the field it is about, and
the date edits' calendar pop-up."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)


def accessible_label(label: str) -> str:
    """A label as a screen reader should say it: no mnemonic, no trailing colon."""
    return re.sub(r"\(&.\)", "", label).replace("&", "").rstrip(":：").strip()


class _FitToText(QObject):
    """Keeps a line edit wide enough for its hint and ``typed`` characters, again whenever
    its font or style changes (the large-text setting)."""

    def __init__(self, edit: QLineEdit, typed: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self._typed = typed
        edit.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """Set the minimum width from the current font."""
        edit = self._edit
        metrics = edit.fontMetrics()
        if edit.echoMode() == QLineEdit.EchoMode.Password:
            char = chr(edit.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter,
                                              None, edit))
        else:
            char = "汉"
        text = max(metrics.horizontalAdvance(edit.placeholderText()),
                   metrics.horizontalAdvance(char * self._typed))
        # Qt's own hint is 17 "x" plus the frame, padding and margins: keep those, widen the text.
        chrome = edit.sizeHint().width() - metrics.horizontalAdvance("x") * 17
        edit.setMinimumWidth(text + chrome + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.apply()
        return False


def fit_to_text(edit: QLineEdit, typed: int = 0) -> None:
    """Make ``edit`` at least wide enough to show its placeholder hint whole and ``typed``
    characters (password dots for a password field), following font changes."""
    _FitToText(edit, typed)


def use_calendar_popup(edit: QDateTimeEdit) -> None:
    """Let ``edit`` pick its date from a month calendar: weeks start on Monday and the
    weekday headers are one character (一 二 三 四 五 六 日)."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    # The locale's short names ("周一" … "周日") do not fit the pop-up's columns and all
    # read "周…"; the narrow names are one character in Chinese and in English.
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
    # Qt leaves the calendar's own controls without names a screen reader could say.
    for kind, object_name, name in (
            (QSpinBox, "qt_calendar_yearedit", QCoreApplication.translate("FormFields", "年份")),
            (QToolButton, "qt_calendar_prevmonth",
             QCoreApplication.translate("FormFields", "上个月")),
            (QToolButton, "qt_calendar_nextmonth",
             QCoreApplication.translate("FormFields", "下个月")),
            (QTableView, "qt_calendar_calendarview",
             QCoreApplication.translate("FormFields", "日期"))):
        control = calendar.findChild(kind, object_name)
        if control is not None:
            control.setAccessibleName(name)


class FieldErrors:
    """Maps field names to a widget and an error label in a QFormLayout.

    The label text goes into the widget's accessible description too, so a screen reader
    reads the problem when the field gets focus; errors are words, never colour alone.
    """

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, name: str, label: str, widget: QWidget) -> QLabel:
        """Add ``widget`` under ``label`` (with &-shortcut) and an error line below it."""
        self._form.addRow(label, widget)
        widget.setAccessibleName(accessible_label(label))
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setObjectName(f"error_{name}")
        self._form.addRow("", error)
        self._labels[name] = error
        self._widgets[name] = widget
        return error

    def attach(self, name: str, widget: QWidget, error: QLabel) -> None:
        """Register a field laid out by hand (e.g. inside a group)."""
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setVisible(False)
        self._labels[name] = error
        self._widgets[name] = widget

    def show(self, errors: dict[str, str]) -> None:
        """Show these messages (field → text) and clear every other field's error."""
        for name, label in self._labels.items():
            text = errors.get(name, "")
            label.setText(("⚠ " + text) if text else "")
            label.setVisible(bool(text))
            self._widgets[name].setAccessibleDescription(text)

    def names(self) -> list[str]:
        """Field names known to this form."""
        return list(self._labels)

    def text(self, name: str) -> str:
        """The error currently shown for a field ('' if none)."""
        label = self._labels.get(name)
        return label.text().removeprefix("⚠ ") if label and not label.isHidden() else ""
