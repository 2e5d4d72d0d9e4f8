"""The staff windows' look: qt-material's style sheet in our colours (normal or high contrast),
with a font size that follows the system and the large-text setting.

The colours live in ``resources/themes/*.xml`` (qt-material's colour names plus ours); the
sheet is qt-material's template rendered with them, followed by ``EXTRA_QSS``, which fixes what
the template draws with too little contrast. Text size is not in the sheet: it comes from the
application font, so a new size needs no new sheet (see ``set_text_scale`` and ``restyle``).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Collection, Mapping
from functools import cache
from pathlib import Path

import jinja2
import qt_material
from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from qt_material.resources import RESOURCES_PATH, ResourseGenerator

from desktop.models import locations

THEMES = {False: "warmhome_light.xml", True: "warmhome_high_contrast.xml"}
_SYSTEM_POINT_SIZE = "warmhome_system_point_size"
_APPLIED = "warmhome_theme"
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
# The application font sizes text; sizes in the sheet would override it on every widget.
_FONT_SIZES = re.compile(r"(font-size|line-height)\s*:[^;}]*;?")
# What qt-material draws with too little contrast, the focus outline it removes (keyboard
# users must always see where they are), and the calendar button of a date-and-time field,
# which it draws only for date fields (the incident time's arrow was squeezed into a sliver);
# a time field without the calendar keeps its up and down buttons as they were.
# Placeholders are the theme's colours.
EXTRA_QSS = """
* {{ selection-background-color: {primaryLightColor}; selection-color: {selectionTextColor}; }}
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QTimeEdit, QSpinBox, QDoubleSpinBox {{
  border-color: {fieldBorderColor};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QComboBox:focus, QListView:focus, QTableView:focus, QTabBar::tab:focus {{
  border: 2px solid {focusColor};
}}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QDateTimeEdit:focus, QTimeEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus {{
  border: 2px solid {focusColor};
}}
QPushButton:pressed, QPushButton:pressed:focus, QPushButton:checked {{
  color: {onPrimaryColor}; background-color: {primaryColor};
}}
QMainWindow QLineEdit, QMainWindow QComboBox, QMainWindow QPlainTextEdit, QDialog QLineEdit,
QDialog QComboBox, QDialog QPlainTextEdit {{
  placeholder-text-color: {mutedColor};  /* staff windows: the kiosk has its own look */
}}
QTableView::item:selected, QTreeView::item:selected, QListView::item:selected {{
  background-color: {primaryLightColor}; selection-background-color: {primaryLightColor};
  color: {selectionTextColor}; selection-color: {selectionTextColor};
}}
QTableView::item:selected:focus, QTreeView::item:selected:focus,
QListView::item:selected:focus {{
  background-color: {primaryColor}; selection-background-color: {primaryColor};
  color: {onPrimaryColor}; selection-color: {onPrimaryColor};
}}
QMenu::item:selected, QMenuBar::item:pressed {{
  background-color: {primaryLightColor}; color: {selectionTextColor};
}}
QHeaderView::section {{ color: {secondaryTextColor}; }}
QGroupBox::title {{ color: {headingColor}; font-weight: bold; }}
QToolTip {{ color: {secondaryTextColor}; background-color: {secondaryDarkColor};
  border: 1px solid {fieldBorderColor}; }}
QPushButton:disabled, QPushButton:flat:disabled {{
  color: {disabledColor}; border-color: {disabledColor}; background-color: transparent;
}}
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled, QGroupBox:disabled,
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled, QDateTimeEdit:disabled,
QTimeEdit:disabled, QSpinBox:disabled, QDoubleSpinBox:disabled, QPlainTextEdit:disabled,
QTextEdit:disabled, QHeaderView::section:disabled, QTableView::item:disabled {{
  color: {disabledColor};
}}
QLabel[role="error"] {{ color: {errorColor}; }}
QLabel[role="warning"] {{ color: {warningColor}; }}
QDateTimeEdit[calendarPopup="true"]::drop-down {{
  border: none; color: {primaryColor}; width: 20px;
}}
QDateTimeEdit[calendarPopup="true"]::down-arrow {{
  image: url(icon:/active/downarrow.svg); margin-right: 12px;
}}
QDateTimeEdit[calendarPopup="true"]::down-arrow:focus {{
  image: url(icon:/primary/downarrow.svg); margin-right: 12px;
}}
QDateTimeEdit[calendarPopup="true"]::down-arrow:disabled {{
  image: url(icon:/disabled/downarrow.svg); margin-right: 12px;
}}
"""


def theme_colours(high_contrast: bool = False) -> dict[str, str]:
    """The colours of the normal or the high-contrast look, by name (lower-case #rrggbb)."""
    path = locations.resource_root() / "themes" / THEMES[high_contrast]
    root = ElementTree.parse(path).getroot()
    return {node.attrib["name"]: (node.text or "").strip().lower()
            for node in root.iter("color")}


@cache
def style_sheet(high_contrast: bool = False) -> str:
    """The whole application sheet for one look (rendered once per process and look)."""
    colours = theme_colours(high_contrast)
    template = Path(qt_material.__file__).with_name("material.qss.template")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(template.parent),
                             autoescape=False)
    env.filters["opacity"] = qt_material.opacity
    env.filters["density"] = qt_material.density
    system = platform.system()
    values: dict[str, object] = {
        "linux": system == "Linux", "windows": system == "Windows",
        "darwin": system == "Darwin", "pyside6": True, "pyqt6": False,
        "font_family": "Roboto", "density_scale": "0", "button_shape": "default",
        "icon": None, "danger": "#dc3545", "warning": "#ffc107", "success": "#17a2b8",
        **colours}
    material = env.get_template(template.name).render(values)
    return _FONT_SIZES.sub("", material) + EXTRA_QSS.format(**colours)


def icon_folder(high_contrast: bool = False) -> Path:
    """Where the sheet's arrow and check-mark icons in this look's colours are kept.

    Made once per look and colours, into a folder of its own: qt-material would empty and
    rewrite a shared folder on every call, under the feet of another running window.
    """
    colours = theme_colours(high_contrast)
    key = "-".join(colours[name].lstrip("#") for name in
                   ("primaryColor", "secondaryColor", "secondaryLightColor"))
    folder = Path(RESOURCES_PATH) / f"warmhome-{key}"
    if (folder / "primary").is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="warmhome-icons-", dir=folder.parent))
    ResourseGenerator(primary=colours["primaryColor"], secondary=colours["secondaryColor"],
                      disabled=colours["secondaryLightColor"],
                      source=str(Path(qt_material.__file__).with_name("resources") / "source"),
                      parent=str(scratch)).generate()
    try:
        os.replace(scratch, folder)
    except OSError:  # another window made it first: theirs is the same
        shutil.rmtree(scratch, ignore_errors=True)
    return folder


def system_point_size(app: QApplication) -> float:
    """The desktop's own font size, remembered before we first scale it."""
    stored = app.property(_SYSTEM_POINT_SIZE)
    if stored:
        return float(stored)
    size = QGuiApplication.font().pointSizeF()
    size = size if size > 0 else 10.0
    app.setProperty(_SYSTEM_POINT_SIZE, size)
    return size


def set_text_scale(app: QApplication, text_scale: float) -> bool:
    """Set the application font to the system size × ``text_scale``; True if it changed.

    Widgets made from now on use it; existing ones need ``restyle`` (the style sheet keeps
    the font a widget had when it was styled).
    """
    font = QFont(app.font())
    if "Roboto" not in QFontDatabase.families():
        qt_material.add_fonts()  # the family the sheet names (Latin letters and digits)
    font.setPointSizeF(system_point_size(app) * text_scale)
    if font == app.font():
        return False
    app.setFont(font)
    return True


def restyle(root: QWidget, skip: Collection[QWidget] = ()) -> None:
    """Style ``root`` and everything in it again (but not the ``skip`` subtrees), so a new
    application font reaches it: much faster than a new sheet for the whole application."""
    styled: list[QWidget] = []
    stack = [root]
    while stack:  # parents before children: a child's font derives from its parent's
        widget = stack.pop()
        if widget in skip:
            continue
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        styled.append(widget)
        stack.extend(reversed(widget.findChildren(QWidget, options=_DIRECT)))
    for widget in styled:  # as a new sheet does: pages fit their columns to the new font
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


def apply_theme(app: QApplication, text_scale: float = 1.0, high_contrast: bool = False) -> None:
    """Apply the normal or high-contrast look with the font scaled from the system size
    (large text: 1.25, 1.5) to every window; nothing is done when it is already in place."""
    if app.property(_APPLIED) is None:
        app.setStyle("Fusion")  # qt-material's sheet is written for it
    font_changed = set_text_scale(app, text_scale)
    sheet = style_sheet(high_contrast)
    if app.styleSheet() == sheet and not font_changed:
        return
    if app.styleSheet() != sheet:
        QDir.setSearchPaths("icon", [str(icon_folder(high_contrast))])
        app.setPalette(_palette(theme_colours(high_contrast)))
    app.setStyleSheet(sheet)  # styles every widget again, with the new font too
    app.setProperty(_APPLIED, THEMES[high_contrast])


def _palette(colours: Mapping[str, str]) -> QPalette:
    """The palette for what the sheet does not paint: placeholder text, item-view brushes."""
    palette = QPalette(QGuiApplication.palette())
    roles = {
        QPalette.ColorRole.Window: colours["secondaryDarkColor"],
        QPalette.ColorRole.Base: colours["secondaryDarkColor"],
        QPalette.ColorRole.AlternateBase: colours["totalRowColor"],
        QPalette.ColorRole.WindowText: colours["secondaryTextColor"],
        QPalette.ColorRole.Text: colours["secondaryTextColor"],
        QPalette.ColorRole.ButtonText: colours["primaryColor"],
        QPalette.ColorRole.Button: colours["secondaryDarkColor"],
        QPalette.ColorRole.Highlight: colours["primaryColor"],
        QPalette.ColorRole.HighlightedText: colours["onPrimaryColor"],
        QPalette.ColorRole.PlaceholderText: colours["mutedColor"],
        QPalette.ColorRole.ToolTipBase: colours["secondaryDarkColor"],
        QPalette.ColorRole.ToolTipText: colours["secondaryTextColor"],
    }
    for role, colour in roles.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabledColor"]))
    return palette


def muted_brush() -> QBrush:
    """Text that matters less (archived people, voided sign-ins) in the current look."""
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def total_brush() -> QBrush:
    """The background of a totals row or column in the current look."""
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase))
