"""The reason dialog grows with large text, so its hint is not cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.shell.theme import apply_theme


def test_the_reason_hint_shows_whole_at_large_text(qtbot, qapp: QApplication) -> None:
    apply_theme(qapp, 1.5)
    try:
        # The longest hint in use (签到记录's "count to the shift's end").
        dialog = ReasonDialog("按班次结束计", "请写明原因。", "确认",
                              placeholder="如：忘记签退，带班老师确认服务到结束")
        qtbot.addWidget(dialog)
        dialog.show()
        edit = dialog.reason_edit
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.contentsRect().width() > needed
    finally:
        apply_theme(qapp, 1.0)
