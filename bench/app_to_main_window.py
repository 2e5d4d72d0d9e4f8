"""Cold start to the main window: the app's own start path, with the sign-in done in code.

Run as a script, like ``python main.py``::

    python bench/app_to_main_window.py DATABASE USERNAME PASSWORD

``python main.py`` stops at the sign-in dialog until someone types a password, so this follows
what ``desktop.app.run_gui`` does after that, with ``accounts.sign_in`` (the function the login
dialog calls, scrypt included) in place of the typing: the QApplication with theme and
translation (``create_app``), the instance lock beside the database, ``open_database``,
``sign_in``, ``MainWindow`` with interface settings in a fresh temporary ini file (no saved
geometry), ``show()``, one ``processEvents()``. Then it prints how long ``sign_in`` took and
``ready: main window shown`` to stderr and quits, like ``bench/bare_window.py``.

It imports nothing from ``bench`` (that would load the data generators and slow the start).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

# main.py builds the command line's parser first (every capability's subcommands are
# declared there) and reaches desktop.app through it: the same import cost.
import desktop.cli
from desktop.app import create_app
from desktop.models.admin import accounts
from desktop.models.admin.permissions import Permission
from desktop.models.db import open_database
from desktop.ui.shell.instance_lock import InstanceLock, LockState
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings


def main(argv: list[str]) -> int:
    """Start, sign in, show the main window, report ready, quit."""
    if len(argv) != 3:
        print("usage: app_to_main_window.py DATABASE USERNAME PASSWORD", file=sys.stderr)
        return 2
    path, username, password = Path(argv[0]), argv[1], argv[2]
    desktop.cli.build_parser()
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    app, _ = create_app()
    lock = InstanceLock(path)
    if lock.acquire() is LockState.HELD_ELSEWHERE:
        print(f"bench: {path} is open in another window", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="warmhome-bench-") as folder, \
                open_database(path) as db:
            ui_settings = UiSettings(QSettings(str(Path(folder) / "ui.ini"),
                                               QSettings.Format.IniFormat))
            started = time.perf_counter()
            account = accounts.sign_in(db, username, password)
            sign_in_ms = (time.perf_counter() - started) * 1000
            actor = account.as_actor()
            if not actor.can(Permission.EDIT_PEOPLE):
                print(f"bench: {username} may not open the main window", file=sys.stderr)
                return 1
            window = MainWindow(db, actor, ui_settings)
            window.show()
            app.processEvents()
            print(f"bench: sign_in {sign_in_ms:.1f} ms", file=sys.stderr)
            print("ready: main window shown", file=sys.stderr, flush=True)
    finally:
        lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
