"""The qt-material theme with a font size that follows the system and the large-text setting."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from qt_material import apply_stylesheet

THEME = "light_teal.xml"
_SYSTEM_POINT_SIZE = "warmhome_system_point_size"
# qt-material removes focus outlines; keyboard users must always see where they are.
FOCUS_QSS = """
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QComboBox:focus, QListView:focus, QTableView:focus, QTabBar::tab:focus {
  border: 2px solid #e65100;
}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QSpinBox:focus {
  border: 2px solid #e65100;
}
QGroupBox::title { color: #263238; font-weight: bold; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="warning"] { color: #8a5300; }
"""


def system_point_size(app: QApplication) -> float:
    """The desktop's own font size, remembered before we first scale it."""
    stored = app.property(_SYSTEM_POINT_SIZE)
    if stored:
        return float(stored)
    size = QGuiApplication.font().pointSizeF()
    size = size if size > 0 else 10.0
    app.setProperty(_SYSTEM_POINT_SIZE, size)
    return size


def apply_theme(app: QApplication, text_scale: float = 1.0) -> None:
    """Apply qt-material with the font scaled from the system size (large text: 1.25, 1.5)."""
    points = system_point_size(app) * text_scale
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    # qt-material sizes text in pixels; 1 pt = 4/3 px at the 96 dpi Qt assumes for styles.
    pixels = round(points * 4 / 3)
    apply_stylesheet(app, theme=THEME, invert_secondary=True,
                     extra={"font_size": pixels, "line_height": pixels, "density_scale": "0"})
    app.setStyleSheet(app.styleSheet() + FOCUS_QSS)
