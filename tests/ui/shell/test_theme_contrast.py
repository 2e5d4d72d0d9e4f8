"""Text and its background reach WCAG contrast in the staff windows (issue 11, item 3):
4.5:1 in the normal look (AA), 7:1 in the high-contrast look chosen in 设置 (AAA), and 3:1 for
the focus outline and field borders. Button labels used to be #1de9b6 on white: 1.57:1.

Checked twice: from the theme's colours as the style sheet combines them, and on pixels of the
real main window as it is drawn.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.contrast import (
    NON_TEXT_AA,
    RGB,
    TEXT_AA,
    TEXT_AAA,
    contrast_ratio,
    over,
    parse_colour,
)
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.theme import apply_theme, style_sheet, theme_colours
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, make_id_number, make_person_input, not_none, save_centre_profile

LOOKS = [pytest.param(False, TEXT_AA, id="normal"), pytest.param(True, TEXT_AAA, id="high")]


def _rgb(colour: str) -> RGB:
    r, g, b, _alpha = parse_colour(colour)
    return (r, g, b)


def _tint(colour: str, alpha: float, background: RGB) -> RGB:
    """``colour`` at ``alpha`` over ``background``, as the sheet's opacity() draws it."""
    return over((*_rgb(colour), alpha), background)


@pytest.mark.parametrize(("high", "text_minimum"), LOOKS)
def test_theme_colour_pairs_reach_the_contrast_asked(high: bool, text_minimum: float) -> None:
    c = theme_colours(high)
    page = _rgb(c["secondaryDarkColor"])
    # The sheet's translucent backgrounds as they land on the page.
    field = _tint(c["secondaryColor"], 0.75, page)
    focused_button = _tint(c["primaryColor"], 0.2, page)
    alternate_row = _tint(c["primaryColor"], 0.1, page)
    text_pairs = {
        "labels and table text": (c["secondaryTextColor"], page),
        "table header": (c["secondaryTextColor"], _rgb(c["secondaryColor"])),
        "alternate table row": (c["secondaryTextColor"], alternate_row),
        "totals row": (c["secondaryTextColor"], _rgb(c["totalRowColor"])),
        "typed text": (c["primaryTextColor"], field),
        "typed text, focused field": (c["primaryColor"], field),
        "button label": (c["primaryColor"], page),
        "button label, focused": (c["primaryColor"], focused_button),
        "pressed button, current row": (c["onPrimaryColor"], _rgb(c["primaryColor"])),
        "selected rows and text": (c["selectionTextColor"], _rgb(c["primaryLightColor"])),
        "group titles": (c["headingColor"], page),
        "error messages": (c["errorColor"], page),
        "warnings": (c["warningColor"], page),
        "placeholder, archived rows": (c["mutedColor"], page),
        "placeholder in a field": (c["mutedColor"], field),
    }
    too_low = {what: round(contrast_ratio(_rgb(text), bg), 2)
               for what, (text, bg) in text_pairs.items()
               if contrast_ratio(_rgb(text), bg) < text_minimum}
    assert too_low == {}
    # Disabled controls are exempt in WCAG, but must stay readable.
    assert contrast_ratio(_rgb(c["disabledColor"]), page) >= (TEXT_AA if high else NON_TEXT_AA)
    outlines = {
        "focus outline": (c["focusColor"], page),
        "focus outline on a focused button": (c["focusColor"], focused_button),
        "field border": (c["fieldBorderColor"], page),
        "button border": (c["primaryColor"], page),
    }
    assert {what: round(contrast_ratio(_rgb(colour), bg), 2)
            for what, (colour, bg) in outlines.items()
            if contrast_ratio(_rgb(colour), bg) < NON_TEXT_AA} == {}


def measured_contrast(widget: QWidget, rect: QRect | None = None) -> float:
    """The contrast on screen between the commonest colour in ``rect`` of ``widget`` (the
    background) and the colour farthest from it (the text), drawn inside its window."""
    QApplication.processEvents()
    area = rect if rect is not None else widget.rect()
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, area.topLeft()), area.size())).toImage() \
        .convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    line = image.bytesPerLine()
    pixels = [(data[y * line + 4 * x + 2], data[y * line + 4 * x + 1], data[y * line + 4 * x])
              for y in range(image.height()) for x in range(image.width())]
    background = Counter(pixels).most_common(1)[0][0]
    return max(contrast_ratio(pixel, background) for pixel in set(pixels))


def inside(widget: QWidget, margin: int = 5) -> QRect:
    """The widget without its border (borders are not text)."""
    return widget.rect().adjusted(margin, margin, -margin, -margin)


@pytest.fixture
def window(qtbot, db: Database, ui_settings: UiSettings) -> Iterator[MainWindow]:
    save_centre_profile(db)
    people.create_person(db, make_person_input(name="张三"), actor=ADMIN)
    archived = people.create_person(
        db, make_person_input(name="李四", id_number=make_id_number(seq=3),
                              card_number="WH000002"), actor=ADMIN)
    people.archive_person(db, archived, reason="迁出", actor=ADMIN)
    main = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    apply_theme(QApplication.instance(), 1.0, False)  # type: ignore[arg-type]


@pytest.mark.parametrize(("high", "text_minimum"), LOOKS)
def test_staff_pages_as_drawn_reach_the_contrast_asked(
        qtbot, themed, window: MainWindow, high: bool, text_minimum: float) -> None:
    apply_theme(themed, 1.0, high)
    seen: dict[str, float] = {}
    page = window.select_page("people")
    people_page = window.page("people", PeoplePage)
    people_page.archived_filter.setCurrentIndex(people_page.archived_filter.count() - 1)
    table = people_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    for button in page.findChildren(type(window.kiosk_button)):
        if button.isVisible() and button.isEnabled():
            seen[f"button {button.text()}"] = measured_contrast(button, inside(button))
    button = people_page.add_button
    button.setFocus()
    seen["focused button"] = measured_contrast(button, inside(button))
    button.setDown(True)
    seen["pressed button"] = measured_contrast(button, inside(button))
    button.setDown(False)

    edit = people_page.search_edit
    seen["placeholder"] = measured_contrast(edit, inside(edit, 6))
    edit.setFocus()
    edit.setText("张")
    seen["typed text, focused"] = measured_contrast(edit, inside(edit, 6))
    edit.selectAll()
    seen["selected text"] = measured_contrast(edit, inside(edit, 6))
    edit.clear()

    header = table.horizontalHeader()
    seen["table header"] = measured_contrast(header, QRect(
        header.sectionViewportPosition(0) + 4, 4, header.sectionSize(0) - 8, header.height() - 8))
    model = table.model()
    archived_row = next(row for row in range(2) if model.index(row, 0).data() == "李四")

    def cell(row: int) -> QRect:
        return table.visualRect(model.index(row, 0)).adjusted(3, 3, -3, -3)

    seen["archived row"] = measured_contrast(table.viewport(), cell(archived_row))
    table.setFocus()
    active_row = 1 - archived_row
    table.selectRow(active_row)
    seen["selected row, focused table"] = measured_contrast(table.viewport(), cell(active_row))
    window.nav.setFocus()
    seen["selected row"] = measured_contrast(table.viewport(), cell(active_row))
    item = window.nav.currentItem()
    seen["current page in the navigation"] = measured_contrast(
        window.nav.viewport(), window.nav.visualItemRect(item).adjusted(3, 3, -3, -3))
    seen["status bar"] = measured_contrast(window.user_label)

    window.select_page("settings")
    settings = window.page("settings", SettingsPage)
    combo = settings.language_combo
    text_part = QRect(6, 6, combo.width() // 2, combo.height() - 12)
    seen["drop-down"] = measured_contrast(combo, text_part)
    combo.setFocus()
    seen["drop-down, focused"] = measured_contrast(combo, text_part)
    labels = [label for label in settings.findChildren(QLabel)
              if label.text().startswith("文字大小") and label.isVisible()]
    assert labels
    seen["form label"] = measured_contrast(labels[0])
    seen["group title"] = measured_contrast(not_none(labels[0].parentWidget()),
                                            QRect(0, 0, 120, 30))
    check = settings.contrast_check
    seen["check box"] = measured_contrast(check, QRect(40, 2, check.width() - 44,
                                                       check.height() - 4))
    for role in ("error", "warning"):
        settings.status_label.setText("⚠ 未保存：请改正标出的内容")
        settings.status_label.setProperty("role", role)
        settings.status_label.style().unpolish(settings.status_label)
        settings.status_label.style().polish(settings.status_label)
        seen[f"{role} message"] = measured_contrast(settings.status_label)

    assert {what: round(ratio, 2) for what, ratio in seen.items() if ratio < text_minimum} == {}
    assert len(seen) >= 20


@pytest.mark.parametrize(("high", "minimum"), [(False, NON_TEXT_AA), (True, TEXT_AA)])
def test_disabled_buttons_stay_readable(qtbot, themed, window: MainWindow, high: bool,
                                        minimum: float) -> None:
    apply_theme(themed, 1.0, high)
    window.select_page("people")
    restore = window.page("people", PeoplePage).restore_button
    assert not restore.isEnabled()
    assert measured_contrast(restore, inside(restore)) >= minimum


def pixel(widget: QWidget, point: QPoint) -> RGB:
    """The colour drawn at ``point`` of ``widget``."""
    QApplication.processEvents()
    window = widget.window()
    colour = window.grab(QRect(widget.mapTo(window, point), QSize(1, 1))).toImage().pixelColor(
        0, 0)
    return (colour.red(), colour.green(), colour.blue())


@pytest.mark.parametrize("high", [False, True], ids=["normal", "high"])
def test_focus_outline_stands_out_from_the_page(qtbot, themed, window: MainWindow,
                                                high: bool) -> None:
    apply_theme(themed, 1.0, high)
    window.select_page("people")
    edit = window.page("people", PeoplePage).search_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    middle = edit.height() // 2
    outline = pixel(edit, QPoint(0, middle))
    page = pixel(edit, QPoint(-3, middle))
    assert contrast_ratio(outline, page) >= NON_TEXT_AA
    assert outline == _rgb(theme_colours(high)["focusColor"])


def test_high_contrast_is_a_setting_applied_at_once(
        qtbot, themed, window: MainWindow, ui_settings: UiSettings) -> None:
    settings = window.page("settings", SettingsPage)
    window.select_page("settings")
    assert not settings.contrast_check.isChecked()
    assert settings.contrast_check.accessibleName() == "高对比度"
    button = settings.save_button
    assert measured_contrast(button, inside(button)) < TEXT_AAA  # the normal look: AA

    settings.contrast_check.setFocus()
    qtbot.keyClick(settings.contrast_check, Qt.Key.Key_Space)
    assert ui_settings.staff_high_contrast is True  # remembered for the next start
    assert themed.styleSheet() == style_sheet(True)
    assert measured_contrast(button, inside(button)) >= TEXT_AAA

    qtbot.keyClick(settings.contrast_check, Qt.Key.Key_Space)
    assert ui_settings.staff_high_contrast is False
    assert themed.styleSheet() == style_sheet(False)
