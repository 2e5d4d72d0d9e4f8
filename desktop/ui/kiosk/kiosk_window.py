"""The self-service sign-in kiosk (签到台): a full-screen window of the same process.

Members sign in by card or QR (a keyboard-wedge reader), by typing a name or pinyin
initials, or with the on-screen initials keypad and a tap on their tile. The kiosk greets
them in words, a picture and (where an engine exists) speech, forgets them after a short
idle time, and lets nobody out without a staff password.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QCloseEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance import attendance, kiosk_people, kiosk_search
from desktop.models.attendance.kiosk_people import KioskPeople
from desktop.models.attendance.kiosk_search import KioskMatch
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.kiosk.kiosk_header import KioskHeader
from desktop.ui.kiosk.kiosk_input import KioskActivity, ScanInput
from desktop.ui.kiosk.kiosk_keypad import InitialsKeypad, touch_button
from desktop.ui.kiosk.kiosk_leave import StaffPasswordDialog
from desktop.ui.kiosk.kiosk_result import ResultPanel, refusal_text
from desktop.ui.kiosk.kiosk_signing import KioskSigning
from desktop.ui.kiosk.kiosk_speech import QtSpeaker, Speaker
from desktop.ui.kiosk.kiosk_start import StartPage
from desktop.ui.kiosk.kiosk_style import kiosk_style_sheet
from desktop.ui.kiosk.kiosk_tiles import TileGrid, photo_pixmap
from desktop.ui.shell.theme import system_point_size
from desktop.ui.shell.ui_settings import UiSettings

log = logging.getLogger("warmhome.kiosk")

IDLE_MS = 30_000
CONFIRM_MS = 3_000
ALREADY_MS = 10_000  # long enough to read the time and reach 签退
MESSAGE_MS = 5_000
SEARCH_DELAY_MS = 200
# The same member again while their confirmation is still up (a double tap, a second swipe)
# keeps that confirmation instead of announcing an "already signed in" (kiosk_signing).
REPEAT_GUARD_S = 3.0
SPEECH_PREPARE_MS = 1_000
# On a tall screen the base text is at least the screen height divided by this.
SCREEN_LINES = 56
KEYPAD_SHARE = 0.40


class KioskWindow(QWidget):
    """The kiosk. ``staff_mode_requested(actor)`` is emitted when a staff member left it with
    their password through the 工作人员 button, ``left(actor)`` whenever someone did.
    The date and time shown and recorded are the database's clock (``db.clock``; tests,
    benchmarks and screenshots set a fixed one). ``key_clock`` (seconds, elapsed time only)
    times keys and keypad taps (a reader, a person, a tremor)."""

    staff_mode_requested = Signal(object)
    left = Signal(object)

    def __init__(self, db: Database, actor: Actor, ui_settings: UiSettings,
                 parent: QWidget | None = None, *, speaker: Speaker | None = None,
                 key_clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setProperty("kiosk", True)  # the staff idle lock ignores input here
        actor.require(Permission.RUN_KIOSK)
        self._db = db
        self._actor = actor
        self._ui = ui_settings
        self._speaker: Speaker = speaker if speaker is not None else QtSpeaker(
            ui_settings.language, parent=self)
        self.confirm_ms = CONFIRM_MS
        self.already_ms = ALREADY_MS
        self.message_ms = MESSAGE_MS
        self.repeat_guard_s = REPEAT_GUARD_S
        self.leave_dialog: StaffPasswordDialog | None = None
        self._may_close = False
        self._keypad_used = False
        self._pictures: dict[tuple[int, int], QPixmap] = {}
        self._result_side = 200
        self._applied_px = 0
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        profile = centre.load_profile(db)
        self.setWindowTitle(self.tr("签到台 — {centre}").format(centre=profile.name)
                            if profile.name else self.tr("签到台"))
        self._build(profile.name, key_clock)
        self._make_timers()
        self.apply_look()
        self.activity = KioskActivity(self, self.input, self.idle_timer)
        self.activity.watch(self)
        self._tick()
        self.reset_to_start()

    # -- building ----------------------------------------------------------------------------
    def _build(self, centre_name: str, key_clock: Callable[[], float]) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 24)
        root.setSpacing(14)
        root.addWidget(self._header(centre_name))
        self.prompt_label = QLabel(self.tr("请刷卡，或输入姓名、拼音首字母(&N):"))
        self.prompt_label.setObjectName("kioskPrompt")
        self.input = ScanInput(clock=key_clock)
        self.input.setObjectName("kioskInput")
        self.input.setAccessibleName(self.tr("刷卡或输入姓名"))
        self.input.setPlaceholderText(self.tr("例如：张三 → zs"))
        self.prompt_label.setBuddy(self.input)
        self.input.scanned.connect(self.scan)
        self.input.entered.connect(self._entered)
        self.input.burst_without_enter.connect(self._burst_without_enter)
        self.input.textEdited.connect(self._typed)
        self.input.textChanged.connect(self._text_changed)
        root.addWidget(self.prompt_label)
        root.addWidget(self.input)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.stage = QStackedWidget()
        # The pages fit themselves to the stage (StartPage.fit, ResultPanel._fit: smaller
        # text, fewer offers); they never make the window taller than the screen.
        self.stage.setMinimumHeight(1)
        self.start_page = StartPage()
        self.stage.addWidget(self.start_page)
        self.stage.addWidget(self._tiles_page())
        self.result = ResultPanel()
        self.signing = KioskSigning(self._db, self._actor, self, self,
                                    seconds=time.monotonic)
        self.result.sign_out_requested.connect(self.signing.sign_out)
        self.result.offer_chosen.connect(self.signing.take_offer)
        self.stage.addWidget(self.result)
        body.addWidget(self.stage, 1)
        self.keypad = InitialsKeypad(clock=key_clock)
        self.keypad.letter.connect(self._keypad_letter)
        self.keypad.backspace.connect(self._keypad_backspace)
        self.keypad.cleared.connect(self._keypad_clear)
        body.addWidget(self.keypad)
        root.addLayout(body, 1)
        # Keyboard order: the input, the member tiles, 签退, the keypad, then the two
        # buttons of the header (which come first on screen but are rarely needed).
        chain: list[QWidget] = [self.input, *self.tiles.tiles, self.result.sign_out_button,
                                *self.keypad.buttons(), self.contrast_button,
                                self.staff_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _header(self, centre_name: str) -> KioskHeader:
        self.centre_label = QLabel(centre_name or self.tr("温馨家园"))
        self.centre_label.setObjectName("kioskCentre")
        self.centre_label.setWordWrap(True)
        self.date_label = QLabel()
        self.date_label.setObjectName("kioskDate")
        self.date_label.setWordWrap(True)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("kioskClock")
        self.clock_label.setAccessibleName(self.tr("现在时间"))
        bar = QWidget()
        bar.setObjectName("kioskBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        self.contrast_button = touch_button("", self.tr("高对比度"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(self._ui.kiosk_high_contrast)
        self.contrast_button.toggled.connect(self._contrast_toggled)
        self.staff_button = touch_button(self.tr("工作人员"),
                                         self.tr("工作人员：输入密码离开签到台"))
        self.staff_button.clicked.connect(lambda: self.request_leave(staff_mode=True))
        for button in (self.contrast_button, self.staff_button):
            # Never narrower than their words: the centre's name wraps instead.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        self.header = KioskHeader(self.centre_label, self.date_label, self.clock_label, bar)
        return self.header

    def _tiles_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.tiles_hint = QLabel()
        self.tiles_hint.setObjectName("kioskPrompt")
        self.tiles_hint.setWordWrap(True)
        self.tiles = TileGrid()
        self.tiles.chosen.connect(self.choose_member)
        self.tiles.other_chosen.connect(self.choose_other)
        column.addWidget(self.tiles_hint)
        column.addWidget(self.tiles, 1)
        return page

    def _make_timers(self) -> None:
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1_000)
        self.idle_timer = self._single_shot(IDLE_MS, self._idle)
        self.result_timer = self._single_shot(CONFIRM_MS, self._result_over)
        self.search_timer = self._single_shot(SEARCH_DELAY_MS, self.run_search)
        # Speech starts once the confirmation is painted, never before it.
        self._speech_timer = self._single_shot(0, self._speak_pending)
        self._pending_speech = ""
        self._prepare_timer = self._single_shot(SPEECH_PREPARE_MS, self._prepare_speech)

    def _single_shot(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def idle_ms(self) -> int:
        """How long without input before the kiosk forgets everything (tests shorten it)."""
        return self.idle_timer.interval()

    @idle_ms.setter
    def idle_ms(self, value: int) -> None:
        self.idle_timer.setInterval(value)
        self.idle_timer.start()

    # -- look --------------------------------------------------------------------------------
    def _base_px(self) -> int:
        """The kiosk's base text size: the system font, or more on a tall screen (a kiosk is
        read standing, from further away than a desk), times the large-text setting."""
        app = QApplication.instance()
        points = system_point_size(app) if isinstance(app, QApplication) else 10.0
        return round(max(points * 4 / 3, self.height() / SCREEN_LINES) * self._ui.text_scale)

    def apply_look(self) -> None:
        """Apply the large-text and high-contrast settings."""
        base_px = self._base_px()
        self._applied_px = base_px
        high = self._ui.kiosk_high_contrast
        self.setStyleSheet(kiosk_style_sheet(base_px, high))
        self.contrast_button.setText(self.tr("高对比度：开") if high else self.tr("高对比度：关"))
        self.tiles.set_icon_side(round(base_px * 6))
        self.header.fit()
        self._result_side = round(base_px * 13)
        self.result.set_photo_side(self._result_side)
        self.start_page.fit()
        self._pictures.clear()

    def _contrast_toggled(self, on: bool) -> None:
        self._ui.kiosk_high_contrast = on
        self._ui.sync()
        self.apply_look()
        self.input.setFocus()

    # -- clock -------------------------------------------------------------------------------
    def _tick(self) -> None:
        now = self._db.clock.now()
        self.clock_label.setText(f"{now:%H:%M}")
        self.date_label.setText(QLocale().toString(QDate(now.year, now.month, now.day),
                                                   QLocale.FormatType.LongFormat))

    # -- typing and searching ----------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.search_timer.start()

    def _text_changed(self, text: str) -> None:
        if not text:
            self._keypad_used = False

    def run_search(self) -> None:
        """Show the tiles for what is in the input now (the start screen when empty)."""
        self.search_timer.stop()
        if self.input.in_burst():
            return  # a reader is typing: its Enter (or its silence) decides
        text = self.input.text().strip()
        if not text:
            self._show_start()
            return
        if any(c.isdigit() for c in text):
            self._show_tiles([], self.tr("输入卡号后请按回车键"))
            return
        # One more than fits: so the kiosk knows to ask for another letter. Members and
        # volunteers on one ranking: exact initials first, whoever the person is.
        found = kiosk_people.find_tiles(self._db, text, self._db.clock.today(),
                                        kiosk_search.MAX_TILES + 1)
        if len(found) > kiosk_search.MAX_TILES:
            left_off = found[kiosk_search.MAX_TILES]
            if left_off.rank.level == kiosk_search.EXACT \
                    and not kiosk_search.has_han(text):
                # Someone left off has exactly these initials: another letter would lose
                # them (a two-character name has no third letter); the full pinyin finds them.
                hint = self.tr("找到的人很多，只显示前12位：没有自己的照片，"
                               "请输入名字的全拼（例如 zhangsan）")
            else:
                hint = self.tr("找到的人很多，只显示前12位：没有自己的照片，请再输入一个字母")
            self._show_tiles(found[:kiosk_search.MAX_TILES], hint)
        elif found:
            self._show_tiles(found, self.tr("请点自己的照片签到"))
        else:
            self._show_tiles([], self.tr("没有找到，请换个写法，或找工作人员帮忙"))

    def _show_tiles(self, found: list[kiosk_people.KioskTile], hint: str) -> None:
        self.result_timer.stop()
        self.result.clear()
        self.tiles.show_matches(found, self._match_picture)
        self.tiles_hint.setText(hint)
        self.stage.setCurrentIndex(1)

    def _entered(self, text: str) -> None:
        """Enter after typing: a card number signs in, a name shows (and focuses) the tiles."""
        text = text.strip()
        if not text:
            return
        if any(c.isdigit() for c in text):
            self.scan(text)
            return
        self.run_search()
        shown = self.tiles.visible_tiles()
        if shown:
            shown[0].setFocus()

    def _burst_without_enter(self) -> None:
        self.search_timer.stop()
        self.present_message(refusal_text(attendance.UNREADABLE_MESSAGE))

    def _keypad_letter(self, letter: str) -> None:
        self._keypad_used = True
        self.input.reset_run()
        self.input.setText(self.input.text() + letter)
        self.run_search()

    def _keypad_backspace(self) -> None:
        self.input.reset_run()
        self.input.setText(self.input.text()[:-1])
        self.run_search()

    def _keypad_clear(self) -> None:
        self.input.reset_run()
        self.input.clear()
        self.run_search()

    # -- signing in and out (kiosk_signing) --------------------------------------------------
    def scan(self, code: str) -> None:
        """A card or QR code was read (or a card number typed and Enter pressed)."""
        self.signing.scan(code)

    def choose_member(self, person_id: int) -> None:
        """A member tapped their tile."""
        self.signing.choose_member(person_id, self._sign_method())

    def choose_other(self, provider: KioskPeople, person_id: int) -> None:
        """Someone a provider signs in (a volunteer) tapped their tile."""
        self.signing.choose_other(provider, person_id, self._sign_method())

    def _sign_method(self) -> str:
        return "keypad" if self._keypad_used else "search"

    def end_search(self) -> None:
        """Stop a pending search and empty the input: a scan or tap is being handled."""
        self.search_timer.stop()
        self.input.clear()

    def focus_input(self) -> None:
        """Put the keyboard focus back on the input."""
        self.input.setFocus()

    def stop_result_timer(self) -> None:
        """Keep the result on screen until the next :meth:`present`."""
        self.result_timer.stop()

    def failed(self, reason: str) -> None:
        """The models failed unexpectedly: log it, ask the person to find staff."""
        log.error("kiosk sign-in failed: %s", reason)
        self.present_message(self.tr("暂时无法签到，请找工作人员"))

    # -- showing outcomes --------------------------------------------------------------------
    def present_message(self, message: str) -> None:
        """Show a neutral message without a person."""
        self.present(self.result.show_message(message), self.message_ms)

    def present(self, sentence: str, duration_ms: int) -> None:
        """Show the result panel for ``duration_ms`` and announce ``sentence``."""
        self.tiles.clear()
        self.tiles_hint.clear()
        self.stage.setCurrentWidget(self.result)
        self.result_timer.start(duration_ms)
        self.input.setAccessibleDescription(sentence)
        self.input.setFocus()
        self._announce(sentence)
        self._pending_speech = sentence
        self._speech_timer.start()

    def _announce(self, sentence: str) -> None:
        """Tell a screen reader, which may not follow a panel that changed by itself."""
        if not QAccessible.isActive():
            return
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.input, QAccessible.Event.DescriptionChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(self.result, QAccessible.Event.Alert))
        log.debug("announced: %s", sentence)

    def _speak_pending(self) -> None:
        sentence, self._pending_speech = self._pending_speech, ""
        if sentence:
            self._speaker.say(sentence)

    def _prepare_speech(self) -> None:
        prepare = getattr(self._speaker, "prepare", None)
        if callable(prepare):
            prepare()

    def _result_over(self) -> None:
        if self.input.text().strip():
            self.run_search()
        else:
            self._show_start()

    def _show_start(self) -> None:
        self.result_timer.stop()
        self.signing.forget_offer()
        self.tiles.clear()
        self.tiles_hint.clear()
        self.result.clear()
        self.input.setAccessibleDescription("")
        self.stage.setCurrentIndex(0)

    # -- pictures ----------------------------------------------------------------------------
    def _match_picture(self, match: KioskMatch, side: int) -> QPixmap:
        return self._picture(match.person_id, match.name, side)

    def result_picture(self, person_id: int, name: str, *, with_photo: bool = True) -> QPixmap:
        """The person's photo (or drawn initial) at the result panel's size."""
        if not with_photo:
            return photo_pixmap(None, name, self._result_side)
        return self._picture(person_id, name, self._result_side)

    def _picture(self, person_id: int, name: str, side: int) -> QPixmap:
        key = (person_id, side)
        if key not in self._pictures:
            self._pictures[key] = photo_pixmap(people.load_photo(self._db, person_id), name,
                                               side)
        return self._pictures[key]

    # -- idle and reset ----------------------------------------------------------------------
    def reset_to_start(self) -> None:
        """Back to the start screen with nothing personal left: input, tiles, result."""
        self.search_timer.stop()
        self._speech_timer.stop()
        self._pending_speech = ""
        self.input.reset_run()
        self.input.clear()
        self._keypad_used = False
        self._pictures.clear()
        self._show_start()
        self.input.setFocus()
        self.idle_timer.start()

    def _idle(self) -> None:
        if self.leave_dialog is not None:
            self.leave_dialog.reject()
        self.reset_to_start()

    # -- leaving -----------------------------------------------------------------------------
    def request_leave(self, staff_mode: bool) -> StaffPasswordDialog:
        """Ask for a staff password; leave (and maybe switch to staff mode) once it is right."""
        if self.leave_dialog is not None:
            self.leave_dialog.raise_()
            return self.leave_dialog
        dialog = StaffPasswordDialog(self._db, staff_mode, self)
        self.activity.watch(dialog)
        dialog.accepted.connect(lambda: self._leave_with(dialog, staff_mode))
        dialog.finished.connect(self._leave_dialog_closed)
        self.leave_dialog = dialog
        dialog.open()
        return dialog

    def _leave_dialog_closed(self) -> None:
        dialog, self.leave_dialog = self.leave_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.input.setFocus()

    def _leave_with(self, dialog: StaffPasswordDialog, staff_mode: bool) -> None:
        if dialog.account is None:
            return
        actor = dialog.account.as_actor()
        log.info("kiosk left by %s%s", actor.username, " for staff mode" if staff_mode else "")
        self._may_close = True
        if staff_mode:
            self.staff_mode_requested.emit(actor)
        self.left.emit(actor)
        self.close()

    def close_without_password(self) -> None:
        """Close from code (the application quitting, a restored database)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self.request_leave(staff_mode=False)
            return
        for timer in (self.clock_timer, self.idle_timer, self.result_timer,
                      self.search_timer, self._speech_timer, self._prepare_timer):
            timer.stop()
        self.reset_to_start()
        self.idle_timer.stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.input.setFocus()
        self.idle_timer.start()
        self._prepare_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The keys are big enough at 40% of the width; the tiles need the rest for names.
        self.keypad.setFixedWidth(max(self.keypad.minimum_width(),
                                      round(self.width() * KEYPAD_SHARE)))
        if self._base_px() != self._applied_px:
            self.apply_look()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply_look()  # the large-text setting changed in the staff window
        return super().event(event)
