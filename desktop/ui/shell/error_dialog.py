"""An unexpected error as the user sees it: logged, and a dialog that says where the log is.

``install_error_reporting`` (called once by the GUI start) hands every exception that nothing
caught to an :class:`ErrorReporter`: exceptions in Qt slots and event handlers (PySide6 passes
them to ``sys.excepthook``), in QThreads and Python threads (``threading.excepthook``), and one
that ends the program. Each goes to the log file (``desktop.models.error_log``: without
personal data) with its traceback, and a dialog says that something went wrong, what to do
and where the log is. The program carries on where that is safe: after an exception in a slot
Qt's event loop simply continues, and every user action is one transaction, so the database
holds whole actions only.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models import error_log


def unexpected_error_box(log_file: Path | None, error_name: str) -> QMessageBox:
    """The dialog for an unexpected error of type ``error_name``: what happened, what to do,
    the log file's path and a button that opens its folder (none without a log file)."""
    title = QCoreApplication.translate("ErrorDialog", "意外错误")
    box = QMessageBox(QMessageBox.Icon.Critical, title, QCoreApplication.translate(
        "ErrorDialog", "程序出现了意外错误，刚才的操作可能没有完成。"))
    box.setAccessibleName(title)
    if log_file is not None:
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog",
            "请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请把日志文件"
            "发给技术支持（日志中没有人员的姓名、证件号和电话）：\n{log}\n\n错误类型：{error}"
        ).format(log=log_file, error=error_name))
        folder = log_file.parent
        open_button = box.addButton(QCoreApplication.translate("ErrorDialog", "打开日志文件夹"),
                                    QMessageBox.ButtonRole.ActionRole)
        open_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", "打开日志文件夹"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    else:
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog",
            "请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请告诉技术支持"
            "错误类型：{error}（日志文件无法写入：{folder}）"
        ).format(error=error_name, folder=error_log.log_file().parent))
    close_button = box.addButton(QCoreApplication.translate("ErrorDialog", "关闭"),
                                 QMessageBox.ButtonRole.AcceptRole)
    close_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", "关闭"))
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)
    return box


class ErrorReporter(QObject):
    """Logs every unexpected exception and shows one dialog at a time, on the GUI thread."""

    # The exception's type name; emitted from any thread, shown on the GUI thread.
    _raised = Signal(str)

    def __init__(self, log_file: Path | None, *, never_block: bool = False) -> None:
        super().__init__()
        self.log_file = log_file
        self._never_block = never_block
        self.box: QMessageBox | None = None
        # Direct when emitted on the GUI thread, queued to it from any other thread.
        self._raised.connect(self.show_error)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """An exception nothing caught (in a slot, a QThread, or ending the program)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        error_log.record_unexpected((kind, exc, tb), "gui")
        self._raised.emit(kind.__name__)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended a Python thread."""
        if args.exc_type is SystemExit:
            return  # a thread's normal way out, as for threading's own hook
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        error_log.record_unexpected((args.exc_type, exc, args.exc_traceback), "gui")
        self._raised.emit(args.exc_type.__name__)

    def show_error(self, error_name: str) -> None:
        """The dialog, unless one is already showing (an error repeating in a loop must not
        bury the window in dialogs: the log has every one)."""
        if self.box is not None and self.box.isVisible():
            return
        if not isinstance(QApplication.instance(), QApplication):
            return  # before the application exists: the log is all there can be
        self.box = unexpected_error_box(self.log_file, error_name)
        if self._never_block or QThread.currentThread().loopLevel() > 0:
            self.box.open()
        else:
            # No event loop runs (the start failed, or the program is ending): a dialog that
            # does not wait would never be seen.
            self.box.exec()


def install_error_reporting(*, smoke: bool = False) -> ErrorReporter:
    """Start the log file and report every unexpected exception from now on (``smoke``: the
    dialog never waits, as the smoke test and benchmarks close the program themselves)."""
    log_file = error_log.configure(
        "gui", {"Qt": qVersion(), "PySide6": PySide6.__version__})
    reporter = ErrorReporter(log_file, never_block=smoke)
    reporter.install()
    return reporter
