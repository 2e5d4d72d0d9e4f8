"""Large text on the kiosk's smallest screen (1024×768): the greeting shows only the open-shift
offers that fit (each a whole touch target; the rest counted in a line sending the volunteer
to staff) and the window never grows past the screen; in English the header keeps to two rows
so the start screen's welcome and hint do not run into each other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_keypad import MIN_TOUCH_PX
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.models.volunteers.sign_ins_support import shift, volunteer
from tests.ui.kiosk.kiosk_helpers import RecordingSpeaker, make_kiosk, prepare_centre, scan

DAY = date(2024, 6, 3)  # the kiosk stands at 09:02
CARD = "VC0001"
SMALL = (1024, 768)
OPEN_SHIFTS = 4  # one more than the greeting ever offers


def _inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    bottom_right = widget.mapTo(area, QPoint(widget.width() - 1, widget.height() - 1))
    return area.rect().contains(top_left) and area.rect().contains(bottom_right)


def _cut(labels: list[QLabel], area: QWidget) -> list[str]:
    """The shown labels whose text needs more height than they have, or that lie partly
    outside ``area``."""
    return [label.text() for label in labels if label.isVisible()
            and (label.heightForWidth(label.width()) > label.height()
                 or not _inside(label, area))]


def _overlapping(widgets: list[QWidget], root: QWidget) -> list[tuple[str, str]]:
    shown = [w for w in widgets if w.isVisible()]
    rects = [(w, QRect(w.mapTo(root, QPoint(0, 0)), w.size())) for w in shown]
    return [(a.objectName(), b.objectName()) for i, (a, ra) in enumerate(rects)
            for b, rb in rects[i + 1:] if ra.intersects(rb)]


@pytest.fixture
def sized(qtbot, themed, db: Database,
          ui_settings: UiSettings) -> Iterator[Callable[[float], KioskWindow]]:
    """Makes a kiosk at 1024×768 with the given text scale (closed after the test)."""
    made: list[KioskWindow] = []

    def make(scale: float) -> KioskWindow:
        ui_settings.text_scale = scale
        kiosk = make_kiosk(qtbot, db, ui_settings, RecordingSpeaker())
        made.append(kiosk)
        kiosk.resize(*SMALL)
        qtbot.waitUntil(lambda: kiosk.size().toTuple() == SMALL)
        QApplication.processEvents()
        return kiosk

    yield make
    for kiosk in made:
        kiosk.close_without_password()


@pytest.fixture
def open_shifts(db: Database) -> None:
    prepare_centre(db)
    volunteer(db, "欧阳志强", 41, card=CARD)  # no shift today: the greeting offers some
    shift(db, DAY, "09:30", "12:00", post="日间照料协助")
    shift(db, DAY, "11:00", "13:00")
    shift(db, DAY, "14:00", "16:00", post="义卖")
    shift(db, DAY, "15:00", "17:00", post="日间照料协助")


@pytest.mark.usefixtures("open_shifts")
@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_only_the_offers_that_fit_are_shown_and_the_rest_are_counted(
        qtbot, sized, scale: float) -> None:
    kiosk = sized(scale)
    scan(qtbot, kiosk, CARD)
    QApplication.processEvents()
    result = kiosk.result

    # The window stays the screen's size: nothing below its edge.
    assert kiosk.size().toTuple() == SMALL
    shown = [b for b in result.offer_buttons if b.isVisible()]
    for button in shown:
        assert button.height() >= MIN_TOUCH_PX, button.text()
        assert button.fontMetrics().boundingRect(
            button.rect(), 0, button.text()).width() <= button.width(), button.text()
        assert _inside(button, result), button.text()
    assert [b.text().replace("\n", " ") for b in shown] == [
        "日间照料协助 09:30–12:00", "助餐 11:00–13:00", "义卖 14:00–16:00"][:len(shown)]
    more = OPEN_SHIFTS - len(shown)
    assert result.more_offers_label.isVisible()
    assert result.more_offers_label.text() == (
        f"另有 {more} 个空缺班次，请问工作人员" if shown
        else f"今天有 {more} 个空缺班次，请问工作人员")
    assert result.offers_label.isVisible() == bool(shown)
    labels = [result.status_label, result.name_label, result.sentence_label,
              result.offers_label, result.more_offers_label]
    assert _cut(labels, result) == []
    if scale == 1.0:
        assert shown, "at normal text at least one offer fits beside the keypad"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_in_english_the_header_keeps_its_lines_and_the_start_screen_fits(
        qtbot, db: Database, sized, scale: float) -> None:
    prepare_centre(db)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        kiosk = sized(scale)
        kiosk._tick()  # the date in the new default locale
        QApplication.processEvents()
        assert kiosk.date_label.text() == "Monday, June 3, 2024"
        # The centre's name and the date each on one line (two rows at most beside the
        # clock and the buttons), never three lines of a wrapped date.
        for label in (kiosk.centre_label, kiosk.date_label):
            assert label.height() < 2 * label.fontMetrics().lineSpacing(), label.text()
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), \
                label.text()
        header = [kiosk.centre_label, kiosk.date_label, kiosk.clock_label,
                  kiosk.contrast_button, kiosk.staff_button]
        assert _overlapping(header, kiosk) == []
        page = kiosk.start_page
        assert page.title.text() == "Welcome! Please scan your card"
        assert _cut([page.title, page.hint], page) == []
        assert _overlapping([page.title, page.hint], kiosk) == []
        assert kiosk.size().toTuple() == SMALL
    finally:
        QLocale.setDefault(before)
