"""The GUI start on a database it cannot open shows the command line's very words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as app_module
from desktop import cli
from desktop.models.admin import backup
from desktop.models.db import open_database
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN


def _read_and_close_box(seen: list[tuple[str, str]], tries: int = 500) -> None:
    """Read and close the next modal message box, without blocking the test on it."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append((box.windowTitle(), box.text()))
        box.close()
    elif tries > 0:
        QTimer.singleShot(10, lambda: _read_and_close_box(seen, tries - 1))


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warmhome: 错误")]


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        saved = backup.make_backup(db, actor=ADMIN).path
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path, saved


@pytest.mark.parametrize("case", ["damaged", "empty"])
def test_gui_start_explains_in_the_words_of_the_command_line(
        qtbot, qapp: QApplication, ui_settings: UiSettings, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], case: str) -> None:
    if case == "damaged":
        path, saved = _damaged_with_backup(tmp_path)
    else:
        path, saved = tmp_path / "centre.db", None
        path.touch()
    assert cli.main(["check", "--db", str(path)]) == 1
    cli_lines = _error_lines(capsys.readouterr().err)
    assert len(cli_lines) == 1
    cli_line = cli_lines[0]
    seen: list[tuple[str, str]] = []
    QTimer.singleShot(0, lambda: _read_and_close_box(seen))
    assert app_module._run_on_database(qapp, ui_settings, path, smoke=False) == 1
    assert _error_lines(capsys.readouterr().err) == [cli_line]
    assert seen == [("无法打开数据库", cli_line.removeprefix("warmhome: 错误："))]
    if saved is not None:
        assert f"可以用最近的备份恢复：{saved}" in seen[0][1]
    else:
        assert "是空的（0 字节）" in seen[0][1] and path.stat().st_size == 0
