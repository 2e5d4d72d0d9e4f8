"""Shared pieces of the kiosk tests: members with cards, a kiosk at a fixed time, scanning."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF, make_id_number, make_person_input

# Monday 3 June 2024, 09:02: "上午好".
NOW = datetime(2024, 6, 3, 9, 2, 0)
KIOSK_ACTOR = Actor("desk", Role.KIOSK)
SIZE = (1366, 768)


class RecordingSpeaker:
    """Stands in for the speech engine at the boundary: remembers what it was asked to say."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        """Remember ``text``."""
        self.said.append(text)


def jpeg_photo(colour: str = "#8d6e63") -> bytes:
    """A small JPEG, as the person dialog stores photos."""
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    return bytes(data.data())


def card(seq: int) -> str:
    """The card number of the member added with ``seq``."""
    return f"WH{seq:06d}"


def add_member(db: Database, name: str, seq: int, **overrides: object) -> int:
    """An active member with card ``card(seq)``."""
    values: dict[str, object] = {"name": name, "id_number": make_id_number(seq=seq),
                                 "card_number": card(seq)}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF,
                                today=date(2024, 6, 1))


def prepare_centre(db: Database) -> dict[str, int]:
    """A centre with three members: 张三 (photo, card 1), 李四 (card 2), 张珊 (card 3)."""
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=STAFF)
    return {
        "张三": add_member(db, "张三", 1, photo=jpeg_photo()),
        "李四": add_member(db, "李四", 2),
        "张珊": add_member(db, "张珊", 3),
    }


def make_kiosk(qtbot, db: Database, ui_settings: UiSettings,
               speaker: RecordingSpeaker | None = None, actor: Actor = KIOSK_ACTOR,
               key_clock: Callable[[], float] | None = None) -> KioskWindow:
    """A kiosk at NOW (the database's clock is set to it), shown as a normal window of kiosk
    size (the app shows it full screen). ``key_clock`` replaces the real time of keys and
    taps (a ``SteppedClock``)."""
    db.clock = FixedClock(NOW)
    kiosk = KioskWindow(db, actor, ui_settings, speaker=speaker or RecordingSpeaker(),
                        key_clock=key_clock or time.monotonic)
    qtbot.addWidget(kiosk)
    # A loaded test machine can pause between two synthetic keys; a person never types
    # four keys 60 ms apart, so the scan tests stay meaningful.
    kiosk.input.burst_gap_ms = 60
    kiosk.resize(*SIZE)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


class SteppedClock:
    """The kiosk's time source for keys and taps, in seconds, moved on only by the test."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, ms: float) -> None:
        """Let ``ms`` milliseconds pass."""
        self.now += ms / 1000


def scan(qtbot, kiosk: KioskWindow, code: str, enter: bool = True) -> None:
    """A keyboard-wedge reader: the code as a fast burst of keys, then Enter."""
    qtbot.keyClicks(kiosk.input, code)
    if enter:
        qtbot.keyClick(kiosk.input, Qt.Key.Key_Return)


def sign_in_rows(db: Database) -> int:
    """How many sign-ins are stored (voided ones included)."""
    return int(db.scalar("SELECT count(*) FROM sign_in"))


def visible_texts(root: QWidget) -> list[str]:
    """Every text a sighted person could read on the kiosk now (labels, buttons, input), and
    what a screen reader would say about each visible widget."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return texts
