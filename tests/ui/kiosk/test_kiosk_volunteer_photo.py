"""A volunteer's register photo shows at the kiosk only with their photo consent
(``volunteer_detail.photo_consent`` = 1); otherwise the drawn initial members without a photo
get, on the greeting and on their tile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtGui import QColor, QPixmap

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.models.volunteers.sign_ins_support import shift, sign_up, volunteer
from tests.ui.kiosk.kiosk_helpers import (
    RecordingSpeaker,
    jpeg_photo,
    make_kiosk,
    prepare_centre,
    scan,
)

DAY = date(2024, 6, 3)
CARD = "VC0001"
PHOTO = "#1565c0"


def _setup(db: Database, consent: int) -> int:
    prepare_centre(db)
    person = volunteer(db, "王志强", 41, card=CARD)
    sign_up(db, shift(db, DAY, "09:00", "11:00"), person)
    with db.transaction():
        db.execute("INSERT INTO person_photo (person_id, image) VALUES (?, ?)",
                   (person, jpeg_photo(PHOTO)))
        db.execute("UPDATE volunteer_detail SET photo_consent = ? WHERE person_id = ?",
                   (consent, person))
    return person


def _shows_photo(picture: QPixmap) -> bool:
    image = picture.toImage()
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    wanted = QColor(PHOTO)
    return all(abs(a - b) < 24 for a, b in (
        (centre.red(), wanted.red()), (centre.green(), wanted.green()),
        (centre.blue(), wanted.blue())))


@pytest.fixture
def kiosk_for(qtbot, db: Database, ui_settings: UiSettings,
              ) -> Iterator[Callable[[int], KioskWindow]]:
    windows: list[KioskWindow] = []

    def make(consent: int) -> KioskWindow:
        _setup(db, consent)
        window = make_kiosk(qtbot, db, ui_settings, RecordingSpeaker())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_without_password()


@pytest.mark.parametrize(("consent", "shown"), [(1, True), (0, False)])
def test_the_greeting_shows_the_photo_only_with_consent(qtbot, kiosk_for, consent: int,
                                                        shown: bool) -> None:
    kiosk = kiosk_for(consent)
    scan(qtbot, kiosk, CARD)

    assert kiosk.result.name_label.text() == "王志强"
    picture = kiosk.result.photo_label.pixmap()
    assert not picture.isNull()  # a drawn initial stands in without consent
    assert _shows_photo(picture) is shown


@pytest.mark.parametrize(("consent", "shown"), [(1, True), (0, False)])
def test_the_tile_shows_the_photo_only_with_consent(qtbot, kiosk_for, consent: int,
                                                    shown: bool) -> None:
    kiosk = kiosk_for(consent)
    qtbot.keyClicks(kiosk.input, "wzq", delay=80)
    qtbot.waitUntil(lambda: bool(kiosk.tiles.visible_tiles()))
    (tile,) = kiosk.tiles.visible_tiles()

    icon = tile.icon()
    assert not icon.isNull()
    assert _shows_photo(icon.pixmap(icon.availableSizes()[0])) is shown
