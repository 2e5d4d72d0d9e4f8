"""The kiosk for everyone: names for screen readers, 64 px targets, keyboard order, high
contrast, large text; the staff password to leave; the spoken greeting."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.models.admin import accounts
from desktop.models.admin.permissions import Actor, Permission, Role
from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_keypad import KEY_FRAME, MIN_LABEL_PX
from desktop.ui.kiosk.kiosk_speech import MOCK_ENGINE, QtSpeaker, engine_order
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from tests.ui.conftest import CJK, mnemonics, unnamed_interactive_widgets
from tests.ui.kiosk.kiosk_helpers import (
    RecordingSpeaker,
    add_member,
    card,
    make_kiosk,
    prepare_centre,
    scan,
    sign_in_rows,
)

STAFF_PASSWORD = "staff-pass-1"
DESK_PASSWORD = "desk-pass-12"


@pytest.fixture
def centre_db(db: Database) -> Database:
    """A centre with three members and accounts: admin, staff 王芳, the kiosk account desk."""
    prepare_centre(db)
    admin = accounts.create_account(db, "admin", "admin-pass-1", Role.ADMIN,
                                    actor=accounts.first_admin_actor("admin"))
    accounts.create_account(db, "wangfang", STAFF_PASSWORD, Role.STAFF, actor=admin.as_actor())
    accounts.create_account(db, "desk", DESK_PASSWORD, Role.KIOSK, actor=admin.as_actor())
    return db


@pytest.fixture
def kiosk(qtbot, centre_db: Database, ui_settings: UiSettings) -> Iterator[KioskWindow]:
    """A kiosk at 09:02 on a Monday."""
    window = make_kiosk(qtbot, centre_db, ui_settings)
    yield window
    window.close_without_password()


def _buttons(kiosk: KioskWindow) -> list[QAbstractButton]:
    return [b for b in kiosk.findChildren(QAbstractButton) if b.isVisibleTo(kiosk)]


def _show_everything(qtbot, kiosk: KioskWindow) -> None:
    """Tiles on screen, then an "already signed in" with its 签退 button."""
    qtbot.keyClicks(kiosk.input, "zs")
    kiosk.run_search()
    assert kiosk.tiles.visible_tiles()
    kiosk.input.clear()  # the member walks off; the next one scans


# -- screen readers ---------------------------------------------------------------------------
def test_every_kiosk_control_has_an_accessible_name(qtbot, kiosk: KioskWindow) -> None:
    assert unnamed_interactive_widgets(kiosk) == []
    _show_everything(qtbot, kiosk)
    assert unnamed_interactive_widgets(kiosk) == []
    scan(qtbot, kiosk, card(1))
    kiosk.repeat_guard_s = 0
    scan(qtbot, kiosk, card(1))
    assert kiosk.result.offers_sign_out
    assert unnamed_interactive_widgets(kiosk) == []
    dialog = kiosk.request_leave(staff_mode=True)
    assert unnamed_interactive_widgets(dialog) == []
    dialog.reject()


def test_named_controls_say_what_they_do(kiosk: KioskWindow) -> None:
    assert kiosk.input.accessibleName() == "刷卡或输入姓名"
    assert kiosk.prompt_label.buddy() is kiosk.input  # Alt+N reaches the input
    assert kiosk.keypad.letter_buttons["A"].accessibleName() == "字母 A"
    assert kiosk.keypad.delete_button.accessibleName() == "删除一个字母"
    assert kiosk.keypad.clear_button.accessibleName() == "清空输入"
    assert kiosk.contrast_button.accessibleName() == "高对比度"
    assert kiosk.staff_button.accessibleName() == "工作人员：输入密码离开签到台"


def test_duplicate_names_are_told_apart_by_card_ending(qtbot, kiosk: KioskWindow,
                                                       centre_db: Database) -> None:
    add_member(centre_db, "李四", 12)
    qtbot.keyClicks(kiosk.input, "ls")
    kiosk.run_search()
    names = sorted(t.accessibleName() for t in kiosk.tiles.visible_tiles())
    assert names == ["签到：李四，卡尾号 0002", "签到：李四，卡尾号 0012"]
    assert sorted(t.text() for t in kiosk.tiles.visible_tiles()) == \
        ["李四\n卡 0002", "李四\n卡 0012"]


# -- touch targets ------------------------------------------------------------------------------
@pytest.mark.parametrize(("size", "scale"), [((1366, 768), 1.0), ((1920, 1080), 1.0),
                                             ((1366, 768), 1.5), ((1024, 768), 1.0)])
def test_every_touch_target_is_at_least_64_px(qtbot, kiosk: KioskWindow, ui_settings,
                                              size: tuple[int, int], scale: float) -> None:
    ui_settings.text_scale = scale
    kiosk.apply_look()
    kiosk.resize(*size)
    _show_everything(qtbot, kiosk)
    QApplication.processEvents()
    small = [(b.accessibleName(), b.width(), b.height()) for b in _buttons(kiosk)
             if b.width() < 64 or b.height() < 64]
    assert small == []
    assert len(kiosk.tiles.visible_tiles()) == 2
    assert kiosk.input.height() >= 64
    assert kiosk.width() <= size[0]  # nothing forces the window wider than the screen
    scan(qtbot, kiosk, card(1))
    kiosk.repeat_guard_s = 0
    scan(qtbot, kiosk, card(1))
    QApplication.processEvents()
    button = kiosk.result.sign_out_button
    assert button.isVisible() and button.width() >= 64 and button.height() >= 64


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize(("size", "scale"), [((1366, 768), 1.0), ((1366, 768), 1.5),
                                             ((1024, 768), 1.5), ((1920, 1080), 1.5)])
def test_key_labels_fit_inside_their_keys(qtbot, centre_db: Database, ui_settings,
                                          request: pytest.FixtureRequest,
                                          size: tuple[int, int], scale: float,
                                          language: str) -> None:
    if language == "en":
        request.getfixturevalue("english")
    kiosk = make_kiosk(qtbot, centre_db, ui_settings)
    try:
        kiosk.resize(*size)
        _show_everything(qtbot, kiosk)
        QApplication.processEvents()
        # Large text switched on while the kiosk is open: the keys keep their size.
        ui_settings.text_scale = scale
        kiosk.apply_look()
        QApplication.processEvents()
        keypad = kiosk.keypad
        assert keypad.delete_button.text() == ("Delete" if language == "en" else "删除")
        spilling = []
        for button in keypad.buttons():
            button.ensurePolished()
            text_width = button.fontMetrics().horizontalAdvance(button.text())
            # Inside the border, with room to spare on both sides.
            if text_width > button.width() - 2 * KEY_FRAME:
                spilling.append((button.text(), text_width, button.width()))
        assert spilling == []
        # The word keys shrink only as far as they must (never larger than the letters),
        # and both the same, so neither looks more important.
        letter = keypad.letter_buttons["A"].fontInfo().pixelSize()
        word_sizes = {b.fontInfo().pixelSize() for b in keypad.word_buttons()}
        assert len(word_sizes) == 1 and MIN_LABEL_PX <= word_sizes.pop() <= letter
    finally:
        kiosk.close_without_password()


# -- keyboard ------------------------------------------------------------------------------------
def test_tab_goes_from_the_input_to_the_tiles_then_the_keypad(qtbot,
                                                             kiosk: KioskWindow) -> None:
    qtbot.keyClicks(kiosk.input, "zs")
    kiosk.run_search()
    first, second = kiosk.tiles.visible_tiles()
    visited: list[QWidget | None] = []
    for _ in range(len(kiosk.keypad.buttons()) + 4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[:2] == [first, second]  # hidden tiles and the hidden 签退 are skipped
    assert visited[2:2 + len(kiosk.keypad.buttons())] == kiosk.keypad.buttons()
    assert visited[-2:] == [kiosk.contrast_button, kiosk.staff_button]


def test_buttons_can_take_keyboard_focus_but_not_from_a_tap(kiosk: KioskWindow) -> None:
    for button in _buttons(kiosk):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus, button.accessibleName()


# -- looks: high contrast and large text --------------------------------------------------------
def test_high_contrast_toggle_is_saved_and_shown_in_words(qtbot, kiosk: KioskWindow,
                                                          centre_db: Database,
                                                          ui_settings: UiSettings) -> None:
    assert not ui_settings.kiosk_high_contrast
    assert kiosk.contrast_button.text() == "高对比度：关"
    assert "#000000" not in kiosk.styleSheet()

    qtbot.mouseClick(kiosk.contrast_button, Qt.MouseButton.LeftButton)

    assert ui_settings.kiosk_high_contrast
    assert kiosk.contrast_button.isChecked()
    assert kiosk.contrast_button.text() == "高对比度：开"  # the state in words, not colour
    assert "background: #000000" in kiosk.styleSheet()
    assert kiosk.input.hasFocus()
    again = make_kiosk(qtbot, centre_db, ui_settings, RecordingSpeaker())
    try:
        assert again.contrast_button.isChecked()
        assert "background: #000000" in again.styleSheet()
    finally:
        again.close_without_password()


def test_large_text_setting_enlarges_the_kiosk(qtbot, centre_db: Database,
                                               ui_settings: UiSettings, themed) -> None:
    sizes = []
    for scale in (1.0, 1.5):
        ui_settings.text_scale = scale
        kiosk = make_kiosk(qtbot, centre_db, ui_settings)
        try:
            kiosk.clock_label.ensurePolished()
            kiosk.input.ensurePolished()
            sizes.append((kiosk.clock_label.fontInfo().pixelSize(),
                          kiosk.input.fontInfo().pixelSize()))
        finally:
            kiosk.close_without_password()
    (clock_normal, input_normal), (clock_large, input_large) = sizes
    assert clock_large >= clock_normal * 1.4 and input_large >= input_normal * 1.4
    assert input_normal >= 24  # a kiosk is read standing, at arm's length


def test_text_size_changed_in_the_staff_window_reaches_an_open_kiosk(
        qtbot, kiosk: KioskWindow, ui_settings: UiSettings, themed) -> None:
    kiosk.input.ensurePolished()
    before = kiosk.input.fontInfo().pixelSize()
    ui_settings.text_scale = 1.5
    apply_theme(themed, 1.5)  # what the settings page does
    try:
        qtbot.waitUntil(lambda: kiosk.input.fontInfo().pixelSize() > before)
    finally:
        apply_theme(themed, 1.0)


# -- leaving the kiosk ----------------------------------------------------------------------------
def _fill(qtbot, dialog, username: str, password: str) -> None:
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_closing_asks_for_a_staff_password(qtbot, kiosk: KioskWindow) -> None:
    assert kiosk.close() is False
    dialog = kiosk.leave_dialog
    assert dialog is not None and dialog.isVisible()
    assert kiosk.isVisible()

    _fill(qtbot, dialog, "wangfang", "wrong-password")
    assert dialog.isVisible() and kiosk.isVisible()
    assert "用户名或密码不正确" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""

    # The kiosk's own account cannot let anyone out.
    _fill(qtbot, dialog, "desk", DESK_PASSWORD)
    assert dialog.isVisible() and kiosk.isVisible()
    assert dialog.error_label.text() == "⚠ 此账户不能离开签到台，请用工作人员或管理员账户"

    with qtbot.waitSignal(kiosk.left) as left, \
            qtbot.assertNotEmitted(kiosk.staff_mode_requested):
        _fill(qtbot, dialog, "wangfang", STAFF_PASSWORD)
    assert left.args is not None
    actor = left.args[0]
    assert isinstance(actor, Actor) and actor.username == "wangfang"
    assert not kiosk.isVisible()


def test_cancel_returns_to_the_kiosk(qtbot, kiosk: KioskWindow) -> None:
    dialog = kiosk.request_leave(staff_mode=False)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert kiosk.isVisible() and kiosk.leave_dialog is None
    assert kiosk.input.hasFocus()


def test_staff_button_switches_to_staff_mode_with_a_password(qtbot,
                                                             kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    dialog = kiosk.leave_dialog
    assert dialog is not None
    with qtbot.waitSignal(kiosk.staff_mode_requested) as switched:
        _fill(qtbot, dialog, "admin", "admin-pass-1")
    assert switched.args is not None
    actor = switched.args[0]
    assert actor.username == "admin" and actor.can(Permission.EDIT_PEOPLE)
    assert not kiosk.isVisible()


def test_idle_closes_a_forgotten_password_prompt(qtbot, kiosk: KioskWindow) -> None:
    dialog = kiosk.request_leave(staff_mode=True)
    dialog.username_edit.setText("wangfang")
    kiosk.idle_ms = 100
    qtbot.waitUntil(lambda: kiosk.leave_dialog is None, timeout=3000)
    assert kiosk.isVisible()


def test_staff_account_can_run_the_kiosk_too(qtbot, centre_db: Database,
                                            ui_settings: UiSettings) -> None:
    staff = accounts.get_account(centre_db, "wangfang").as_actor()
    kiosk = make_kiosk(qtbot, centre_db, ui_settings, actor=staff)
    try:
        scan(qtbot, kiosk, card(1))
        assert kiosk.result.sentence == "张三，上午好，签到成功 09:02"
        assert centre_db.scalar("SELECT recorded_by FROM sign_in") == "wangfang"
    finally:
        kiosk.close_without_password()


# -- speech ------------------------------------------------------------------------------------
def test_engine_order_prefers_real_engines_and_never_picks_mock_unasked() -> None:
    assert engine_order(["speechd", "mock"]) == ["speechd"]
    assert engine_order(["mock"]) == []
    assert engine_order(["sapi", "winrt", "mock"]) == ["sapi", "winrt"]
    assert engine_order(["speechd", "mock"], requested=["mock", "flite"]) == ["mock"]


def test_speaker_with_a_working_engine_speaks(qtbot) -> None:
    speaker = QtSpeaker("en", engines=[MOCK_ENGINE])
    assert speaker.available and speaker.engine_name == MOCK_ENGINE
    speaker.say("Good morning")  # the mock engine speaks nothing, but runs the real calls
    engine = speaker._engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine.state().name in ("Speaking", "Ready"))


def test_speaker_without_a_voice_for_the_language_stays_silent() -> None:
    # The mock engine has English and Nordic voices only: no Chinese greeting in English.
    speaker = QtSpeaker("zh_CN", engines=[MOCK_ENGINE])
    assert not speaker.available
    speaker.say("张三，上午好")  # silently nothing


def test_speaker_without_any_engine_is_silently_skipped() -> None:
    speaker = QtSpeaker("zh_CN", engines=["no-such-engine"])
    assert not speaker.available
    speaker.say("张三，上午好")


def test_default_speaker_never_stops_the_kiosk(qtbot, qtlog) -> None:
    # Whatever this machine has (speech-dispatcher or nothing), preparing and speaking must
    # not raise; the engine plug-in's own complaints are not ours to fail on.
    with qtlog.disabled():
        speaker = QtSpeaker("zh_CN")
        speaker.say("张三，上午好，签到成功 09:02")
    assert speaker.available in (True, False)


def test_refused_write_shows_a_neutral_message_and_writes_nothing(
        qtbot, kiosk: KioskWindow, centre_db: Database) -> None:
    # A write the database refuses (here: another program holds the write lock) must neither
    # crash the kiosk nor leave the member guessing.
    centre_db.scalar("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(centre_db.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        scan(qtbot, kiosk, card(2))
        assert kiosk.result.sentence == "暂时无法签到，请找工作人员"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sign_in_rows(centre_db) == 0
    scan(qtbot, kiosk, card(2))  # once the lock is gone, the same card works
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"


# -- English -----------------------------------------------------------------------------------
@pytest.mark.usefixtures("english")
def test_kiosk_speaks_english(qtbot, centre_db: Database, ui_settings: UiSettings) -> None:
    kiosk = make_kiosk(qtbot, centre_db, ui_settings)
    try:
        assert kiosk.staff_button.text() == "Staff"
        assert kiosk.contrast_button.text() == "High contrast: off"
        assert kiosk.prompt_label.text().startswith("Scan your card")
        scan(qtbot, kiosk, card(1))
        # Names stay as registered; everything around them is English.
        assert kiosk.result.sentence == "Good morning, 张三, signed in at 09:02"
        scan(qtbot, kiosk, "WH999999")
        assert kiosk.result.sentence == "Card not found, please ask a member of staff"
        texts = [w.text() for w in kiosk.findChildren(QAbstractButton)]
        assert not [t for t in texts if CJK.search(t)]
        dialog = kiosk.request_leave(staff_mode=False)
        letters = [m for w in dialog.findChildren(QLabel) if w.buddy() is not None
                   for m in mnemonics(w.text())]
        assert sorted(letters) == ["p", "u"]
        dialog.reject()
    finally:
        kiosk.close_without_password()
