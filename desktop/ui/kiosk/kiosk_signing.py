"""What a scan or a tap does at the kiosk: sign a member (or a volunteer) in or out through
the models, take an open shift chosen on a volunteer's greeting, keep a double tap from
announcing "already signed in", and put the outcome on the result panel.

The window owns the screen (input, tiles, timers, speech); it hands itself in as the
:class:`SigningScreen` this module shows outcomes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypeVar, assert_never

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.attendance import attendance, kiosk_people
from desktop.models.attendance.attendance import (
    NOT_FOUND_MESSAGE,
    KioskOutcome,
    KioskRefusal,
    KioskResult,
)
from desktop.models.attendance.kiosk_people import KioskPeople, KioskPersonResult
from desktop.models.db import Database
from desktop.ui.common.model_action import attempt
from desktop.ui.kiosk.kiosk_result import ResultPanel, refusal_text

T = TypeVar("T")

# A greeting offering open shifts stays this many times longer: time to read and choose.
OFFER_TIME_FACTOR = 4


class SigningScreen(Protocol):
    """What the signing needs of the kiosk window."""

    confirm_ms: int  # how long a confirmation stays
    already_ms: int  # how long an "already signed in" stays (time to reach 签退)
    repeat_guard_s: float  # a second tap within this many seconds keeps the confirmation
    result: ResultPanel

    def end_search(self) -> None:
        """Stop a pending search and empty the input: the scan or tap is being handled."""

    def focus_input(self) -> None:
        """Put the keyboard focus back on the input."""

    def stop_result_timer(self) -> None:
        """Keep the result on screen until the next :meth:`present`."""

    def present(self, sentence: str, duration_ms: int) -> None:
        """Show the result panel for ``duration_ms`` and announce ``sentence``."""

    def present_message(self, message: str) -> None:
        """Show a neutral message without a person."""

    def failed(self, reason: str) -> None:
        """The models failed unexpectedly: log ``reason``, ask the person to find staff."""

    def result_picture(self, person_id: int, name: str, *, with_photo: bool = True) -> QPixmap:
        """The person's photo (or drawn initial) at the result panel's size."""


class KioskSigning:
    """Signs people in and out for the kiosk window ``screen`` (``parent`` shows refusals).
    ``seconds`` (elapsed time only, never the clock of record) times a repeated tap."""

    def __init__(self, db: Database, actor: Actor, screen: SigningScreen, parent: QWidget,
                 seconds: Callable[[], float]) -> None:
        self._db = db
        self._seconds = seconds
        self._actor = actor
        self._screen = screen
        self._parent = parent
        self._recent: tuple[int, float] | None = None
        # The provider and person whose greeting offers choices (a volunteer's open shifts).
        self._offered: tuple[KioskPeople, int] | None = None

    def forget_offer(self) -> None:
        """The greeting is gone: a late tap on one of its offers does nothing."""
        self._offered = None

    def scan(self, code: str) -> None:
        """A card or QR code was read (or a card number typed and Enter pressed)."""
        screen = self._screen
        screen.end_search()
        try:
            result = attempt(self._parent, lambda: attendance.kiosk_scan(
                self._db, code, actor=self._actor),
                show=screen.failed, passing=(KioskRefusal,))
        except KioskRefusal as exc:
            if exc.message == NOT_FOUND_MESSAGE and self._scan_other(code):
                return
            screen.present_message(refusal_text(exc.message))
            return
        if result is not None:
            self._show_result(result)

    def _scan_other(self, code: str) -> bool:
        """A card that is not a member's: sign in (or out) whoever else holds it (a
        volunteer). False when nobody does (the caller shows the neutral refusal)."""
        failures: list[str] = []
        try:
            outcome = attempt(self._parent, lambda: kiosk_people.sign_by_card(
                self._db, code, actor=self._actor), show=failures.append,
                passing=(KioskRefusal,))
        except KioskRefusal as exc:
            self._screen.present_message(refusal_text(exc.message))
            return True
        if failures:
            self._screen.failed(failures[0])
            return True
        if outcome is None:
            return False
        holder = kiosk_people.card_holder(self._db, code) if outcome.offers else None
        self._show_person(outcome, holder[0] if holder else None)
        return True

    def choose_member(self, person_id: int, method: str) -> None:
        """A member tapped their tile (``method``: "search" or "keypad")."""
        if self._is_repeat(person_id):
            return
        self._screen.end_search()
        result = self._sign(lambda: attendance.kiosk_sign_in(
            self._db, person_id, method=method, actor=self._actor))
        if result is not None:
            self._show_result(result)

    def choose_other(self, provider: KioskPeople, person_id: int, method: str) -> None:
        """Someone a provider signs in (a volunteer) tapped their tile."""
        if self._is_repeat(person_id):
            return
        self._screen.end_search()
        outcome = self._sign(lambda: provider.sign(self._db, person_id, method, self._actor,
                                                   None))
        if outcome is not None:
            self._show_person(outcome, provider)

    def take_offer(self, key: int) -> None:
        """The volunteer chose an open shift on their greeting: signed up and linked to it."""
        offered = self._offered
        self._offered = None
        if offered is None:
            return
        provider, person_id = offered
        take = provider.take
        if take is None:
            return
        self._screen.stop_result_timer()
        outcome = self._sign(lambda: take(self._db, person_id, key, self._actor))
        if outcome is not None:
            self._show_person(outcome, provider)

    def sign_out(self, sign_in_id: int) -> None:
        """The member pressed 签退 on their "already signed in" screen."""
        screen = self._screen
        record = attempt(self._parent, lambda: attendance.sign_out(
            self._db, sign_in_id, actor=self._actor), show=screen.present_message)
        if record is None:
            return
        picture = screen.result_picture(record.person_id, record.name)
        self._recent = (record.person_id, self._seconds())
        screen.present(screen.result.show_signed_out(record, picture), screen.confirm_ms)

    def _sign(self, action: Callable[[], T]) -> T | None:
        """``action()``'s outcome; None after showing its refusal (or failure) instead."""
        try:
            return attempt(self._parent, action, show=self._screen.failed,
                           passing=(KioskRefusal,))
        except KioskRefusal as exc:
            self._screen.present_message(refusal_text(exc.message))
            return None

    def _show_person(self, outcome: KioskPersonResult,
                     provider: KioskPeople | None = None) -> None:
        screen = self._screen
        if outcome.status == "already" and self._is_repeat(outcome.person_id):
            screen.focus_input()
            return
        picture = screen.result_picture(outcome.person_id, outcome.name,
                                        with_photo=outcome.show_photo)
        if outcome.status != "already":
            self._recent = (outcome.person_id, self._seconds())
        offers = outcome.offers if provider is not None and provider.take else ()
        if offers != outcome.offers:
            outcome = replace(outcome, offers=offers)
        self._offered = (provider, outcome.person_id) if offers and provider else None
        sentence = screen.result.show_person(outcome, picture, self._db.clock.now())
        duration = screen.already_ms if outcome.status == "already" else screen.confirm_ms
        screen.present(sentence, duration * OFFER_TIME_FACTOR if offers else duration)

    def _show_result(self, result: KioskResult) -> None:
        screen = self._screen
        record = result.sign_in
        match result.status:
            case KioskOutcome.SIGNED_IN:
                picture = screen.result_picture(record.person_id, record.name)
                self._recent = (record.person_id, self._seconds())
                moment = datetime.fromisoformat(record.signed_in_at)
                screen.present(screen.result.show_signed_in(record, picture, moment),
                               screen.confirm_ms)
            case KioskOutcome.ALREADY:
                if self._is_repeat(record.person_id):
                    screen.focus_input()
                    return
                picture = screen.result_picture(record.person_id, record.name)
                screen.present(screen.result.show_already(record, picture), screen.already_ms)
            case _:
                assert_never(result.status)

    def _is_repeat(self, person_id: int) -> bool:
        # Seconds elapsed since the last tap, not the clock of record.
        return self._recent is not None and self._recent[0] == person_id and \
            self._seconds() - self._recent[1] < self._screen.repeat_guard_s
