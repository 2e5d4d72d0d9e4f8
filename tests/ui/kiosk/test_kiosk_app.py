"""Which window an account gets, and the way from the kiosk to the staff window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import Session, window_for
from desktop.models.admin import accounts, backup
from desktop.models.admin.permissions import Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_screen import open_kiosk
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.ui.kiosk.kiosk_helpers import KIOSK_ACTOR, NOW, card, prepare_centre, scan


def _accounts(db: Database) -> None:
    admin = accounts.create_account(db, "admin", "admin-pass-1", Role.ADMIN,
                                    actor=accounts.first_admin_actor("admin"))
    accounts.create_account(db, "wangfang", "staff-pass-1", Role.STAFF, actor=admin.as_actor())


def test_kiosk_account_gets_the_kiosk_and_staff_the_main_window(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    prepare_centre(db)
    _accounts(db)
    kiosk = window_for(db, KIOSK_ACTOR, ui_settings)
    assert isinstance(kiosk, KioskWindow)
    qtbot.addWidget(kiosk)
    kiosk.close_without_password()
    staff = accounts.get_account(db, "wangfang").as_actor()
    main = window_for(db, staff, ui_settings)
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)


def test_staff_leave_the_kiosk_for_the_main_window_as_themselves(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    prepare_centre(db)
    _accounts(db)
    kiosk = window_for(db, KIOSK_ACTOR, ui_settings)
    assert isinstance(kiosk, KioskWindow)
    qtbot.addWidget(kiosk)
    session = Session(db, ui_settings, kiosk)
    start = session.change_marker
    session.show(smoke=True)
    assert kiosk.isVisible()
    assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
    assert session.main is None and session.restored_path is None

    db.clock = FixedClock(NOW)
    kiosk.input.burst_gap_ms = 60
    scan(qtbot, kiosk, card(1))  # a member signs in before staff arrive
    assert kiosk.result.sentence == "张三，上午好，签到成功 09:02"
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    dialog = kiosk.leave_dialog
    assert dialog is not None
    dialog.username_edit.setText("wangfang")
    qtbot.keyClicks(dialog.password_edit, "staff-pass-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    main = session.main
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert main.isVisible() and not kiosk.isVisible()
    assert main.actor.username == "wangfang"
    # The kiosk's sign-in happened in this session: the exit backup must still see it.
    assert session.change_marker == start
    assert backup.changed_since(db, session.change_marker)


def test_staff_open_a_kiosk_beside_the_main_window(qtbot, db: Database,
                                                   ui_settings: UiSettings) -> None:
    prepare_centre(db)
    _accounts(db)
    staff = accounts.get_account(db, "wangfang").as_actor()
    main = MainWindow(db, staff, ui_settings)
    qtbot.addWidget(main)
    main.show()
    kiosk = open_kiosk(db, staff, ui_settings, near=main)
    qtbot.addWidget(kiosk)
    try:
        assert kiosk.isVisible() and main.isVisible()
        assert kiosk.parent() is None  # its own top-level window, not a dialog of main
        assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
        db.clock = FixedClock(NOW)
        kiosk.input.burst_gap_ms = 60
        scan(qtbot, kiosk, card(2))
        assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    finally:
        kiosk.close_without_password()
    assert main.isVisible()
