"""The home page's panels without a chart: today's sign-ins, this month against last month,
the three-activities goal and the alerts list.

Changes are said in words ("比上月同期 +12"), never by colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.labels import model_message
from desktop.ui.shell.page_titles import page_title

if TYPE_CHECKING:
    # Types only: the models behind the figures load after the window is first painted.
    from desktop.models.reporting.dashboard import (
        Alert,
        GoalProgress,
        MonthComparison,
        TodayFigures,
    )

# The big number is this many times the application's text size (large text scales it too).
BIG_NUMBER_SCALE = 3.0


def _selectable(label: QLabel) -> QLabel:
    # Figures can be read (and copied) from the keyboard by screen-reader users.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def signed(change: int) -> str:
    """A change with its sign: +12, -3, ±0."""
    return f"+{change}" if change > 0 else (str(change) if change < 0 else "±0")


class TodayCard(QGroupBox):
    """今日签到: the day's sign-ins as a big number, and how many people they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("今日签到"), parent)
        self.number_label = _selectable(QLabel("–"))
        self.number_label.setAccessibleName(self.tr("今日签到人次"))
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = _selectable(QLabel())
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setAccessibleName(self.tr("今日签到说明"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.number_label, 1)
        layout.addWidget(self.detail_label)
        self._scale_number()

    def show_figures(self, today: TodayFigures) -> None:
        """Show one day's figures."""
        self.number_label.setText(str(today.sign_ins))
        self.detail_label.setText(self.tr("{day}：{sign_ins} 人次，{people} 人").format(
            day=today.day, sign_ins=today.sign_ins, people=today.people))
        self.number_label.setAccessibleDescription(self.detail_label.text())

    def _scale_number(self) -> None:
        # qt-material sizes text by style sheet, which overrides setFont: size it the same way.
        points = QApplication.font().pointSizeF()
        pixels = round((points if points > 0 else 10.0) * 4 / 3 * BIG_NUMBER_SCALE)
        self.number_label.setStyleSheet(f"font-size: {pixels}px; font-weight: bold;")

    def changeEvent(self, event: QEvent) -> None:
        # The large-text setting changes the application font: follow it.
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._scale_number()
        super().changeEvent(event)


class MonthCard(QGroupBox):
    """本月: this month so far against last month to the same day, and all of last month."""

    ROWS = ("sign_ins", "members", "activities", "participants")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("本月与上月"), parent)
        names = {"sign_ins": self.tr("签到人次"), "members": self.tr("签到人数"),
                 "activities": self.tr("开展活动"), "participants": self.tr("参加活动人次")}
        grid = QGridLayout(self)
        headers = (self.tr("本月至今"), self.tr("变化"), self.tr("上月全月"))
        for column, text in enumerate(headers, start=1):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, key in enumerate(self.ROWS, start=1):
            grid.addWidget(QLabel(names[key]), row, 0)
            cells = (_selectable(QLabel("–")), _selectable(QLabel()), _selectable(QLabel()))
            for column, cell in enumerate(cells, start=1):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                grid.addWidget(cell, row, column)
            cells[0].setAccessibleName(self.tr("本月至今{what}").format(what=names[key]))
            cells[1].setAccessibleName(self.tr("{what}比上月同期").format(what=names[key]))
            cells[2].setAccessibleName(self.tr("上月全月{what}").format(what=names[key]))
            self.cells[key] = cells
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        grid.addWidget(self.period_label, len(self.ROWS) + 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)

    def show_comparison(self, comparison: MonthComparison) -> None:
        """Show the three periods; each change as signed text."""
        for key in self.ROWS:
            this = int(getattr(comparison.this_month, key))
            before = int(getattr(comparison.last_month_to_date, key))
            whole = int(getattr(comparison.last_month, key))
            now_cell, change_cell, whole_cell = self.cells[key]
            now_cell.setText(str(this))
            change_cell.setText(self.tr("比上月同期 {change}").format(
                change=signed(this - before)))
            whole_cell.setText(str(whole))
        self.period_label.setText(self.tr(
            "本月至今：{first} 至 {last}；上月同期：{p_first} 至 {p_last}").format(
                first=comparison.this_month.first, last=comparison.this_month.last,
                p_first=comparison.last_month_to_date.first,
                p_last=comparison.last_month_to_date.last))

    def change_text(self, key: str) -> str:
        """The change shown for one figure (``sign_ins``, ``members``, …)."""
        return self.cells[key][1].text()


class GoalPanel(QGroupBox):
    """The three-activities goal: a progress bar that says its figures in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("每年参加三次文体活动"), parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("三次文体活动目标进度"))
        self.bar.setTextVisible(True)
        # The theme does not draw a bar's text everywhere: the same words stand above it.
        self.progress_label = _selectable(QLabel())
        self.progress_label.setAccessibleName(self.tr("三次文体活动目标已达成"))
        self.detail_label = _selectable(QLabel())
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("三次文体活动目标说明"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)

    def show_progress(self, goal: GoalProgress) -> None:
        """Show how many members met the goal, and how many are part-way or not started."""
        self.bar.setRange(0, max(goal.on_register, 1))
        self.bar.setValue(goal.met)
        text = self.tr("已达成 {met} / {total} 人 ({percent}%)").format(
            met=goal.met, total=goal.on_register, percent=goal.percent)
        # The bar's own text is what screen readers read too.
        self.bar.setFormat(text)
        self.bar.setAccessibleDescription(text)
        self.progress_label.setText(f"<b>{text}</b>")
        self.detail_label.setText(self.tr(
            "{year} 年在册会员 {total} 人：参加满 {target} 次 {met} 人，参加 1–{below} 次 "
            "{partial} 人，尚未参加 {none} 人").format(
                year=goal.year, total=goal.on_register, target=goal.target, met=goal.met,
                below=goal.target - 1, partial=goal.partial, none=goal.none))


class AlertsPanel(QGroupBox):
    """Alerts, errors first; each row names its severity in words and has a button to the
    page that helps. ``open_page`` carries that page's id."""

    open_page = Signal(str)
    # After open_page: the alert's key, so the page opened can show what the alert is about.
    show_alert = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("提醒"), parent)
        self._layout = QVBoxLayout(self)
        self.rows: list[tuple[Alert, QLabel, QPushButton | None]] = []
        self.empty_label = QLabel(self.tr("没有需要处理的事项"))
        self._layout.addWidget(self.empty_label)

    def show_alerts(self, alerts: list[Alert]) -> None:
        """Replace the rows with these alerts."""
        for _alert, label, _button in self.rows:
            row_widget = label.parentWidget()
            if row_widget is not None:
                row_widget.deleteLater()
        self.rows = []
        for alert in alerts:
            self._add_row(alert)
        self.empty_label.setVisible(not alerts)

    def _add_row(self, alert: Alert) -> None:
        from desktop.models.reporting.indicators import Severity

        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        message = model_message(alert.message)
        text = (self.tr("⚠ 错误：{message}") if alert.severity is Severity.ERROR
                else self.tr("⚠ 警告：{message}")).format(message=message)
        label = _selectable(QLabel(text))
        label.setWordWrap(True)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("错") * 12)
        label.setProperty("role", "error" if alert.severity is Severity.ERROR else "warning")
        label.setAccessibleName(label.text())
        row.addWidget(label, 1)
        button: QPushButton | None = None
        if alert.target:
            title = page_title(alert.target)
            button = QPushButton(self.tr("打开“{page}”").format(page=title))
            button.setAccessibleName(self.tr("打开“{page}”处理：{alert}").format(
                page=title, alert=model_message(alert.message)))
            button.clicked.connect(
                lambda _checked=False, p=alert.target, k=alert.key: self._open(p, k))
            row.addWidget(button)
        self._layout.insertWidget(self._layout.count() - 1, row_widget)
        self.rows.append((alert, label, button))

    def _open(self, page: str, key: str) -> None:
        self.open_page.emit(page)
        self.show_alert.emit(key)
