"""The 12-month trend on the home page: a QtCharts chart of sign-ins (bars, left axis) and
activities (line, right axis), with a table of the same figures for those who cannot read a
chart ("以表格显示").

QtCharts costs tens of milliseconds to load, so it is imported when the chart is first built
(after the page is on screen), not when the app starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.models.reporting.dashboard import TrendPoint


def month_label(month: str) -> str:
    """A short axis label, 1月 … 12月 (the summary above the chart names the years)."""
    return QCoreApplication.translate("TrendPanel", "{number}月").format(number=int(month[5:7]))


# The chart's text alternative. Headers are literal translate calls so lupdate finds them.
TREND_COLUMNS: list[Column[TrendPoint]] = [
    Column(lambda: QCoreApplication.translate("TrendTableModel", "月份"), lambda p: p.month),
    Column(lambda: QCoreApplication.translate("TrendTableModel", "签到人次"),
           lambda p: str(p.sign_ins), align=RIGHT),
    Column(lambda: QCoreApplication.translate("TrendTableModel", "开展活动"),
           lambda p: str(p.activities), align=RIGHT),
]


class TrendTableModel(ListTableModel["TrendPoint"]):
    """The trend as a table: month, sign-ins, activities (the chart's text alternative)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TREND_COLUMNS, parent)

    def set_points(self, points: list[TrendPoint]) -> None:
        """Replace the months shown."""
        self.set_rows(points)


class TrendPanel(QGroupBox):
    """近12个月: the chart (built on first :meth:`show_points`) or, on request, the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("近12个月趋势"), parent)
        self.model = TrendTableModel(self)
        self.table: QTableView = record_table(self.model, self.tr("近12个月签到与活动表"),
                                              stretch=True)
        self.chart_view: QWidget | None = None
        self._points: list[TrendPoint] = []
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("正在载入图表…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)
        self.toggle_button = QPushButton(self.tr("以表格显示(&T)"))
        self.toggle_button.setAccessibleName(self.tr("以表格显示趋势"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self.show_table)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def show_points(self, points: list[TrendPoint]) -> None:
        """Show these months in the table and the chart (the chart is built the first time)."""
        self._points = list(points)
        self.model.set_points(points)
        self.summary_label.setText(self.summary())
        if self.chart_view is None:
            self.chart_view = self._build_chart()
            self.stack.insertWidget(1, self.chart_view)
        self._fill_chart()
        self.chart_view.setAccessibleDescription(self.summary())
        self.show_table(self.toggle_button.isChecked())

    def summary(self) -> str:
        """The trend in one sentence: the span, the totals and the busiest month."""
        if not self._points:
            return ""
        busiest = max(self._points, key=lambda p: p.sign_ins)
        return self.tr("{first} 至 {last}：签到共 {sign_ins} 人次，开展活动 {activities} 次；"
                       "签到最多的月份是 {busiest}（{most} 人次）").format(
            first=self._points[0].month, last=self._points[-1].month,
            sign_ins=sum(p.sign_ins for p in self._points),
            activities=sum(p.activities for p in self._points),
            busiest=busiest.month, most=busiest.sign_ins)

    def show_table(self, as_table: bool) -> None:
        """Show the table instead of the chart (or the chart again)."""
        self.toggle_button.setText(self.tr("以图表显示(&T)") if as_table
                                   else self.tr("以表格显示(&T)"))
        if as_table or self.chart_view is None:
            self.stack.setCurrentWidget(self.table if as_table else self.placeholder)
        else:
            self.stack.setCurrentWidget(self.chart_view)

    def _build_chart(self) -> QWidget:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QLineSeries,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter

        chart = QChart()
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._bar_set = QBarSet(self.tr("签到人次（左轴）"))
        self._bars = QBarSeries()
        self._bars.append(self._bar_set)
        self._bars.setLabelsVisible(False)
        self._line = QLineSeries()
        self._line.setName(self.tr("开展活动次数（右轴）"))
        self._line.setPointsVisible(True)
        chart.addSeries(self._bars)
        chart.addSeries(self._line)
        self._months_axis = QBarCategoryAxis()
        self._months_axis.setTitleText(self.tr("月份"))
        self._sign_in_axis = QValueAxis()
        self._sign_in_axis.setTitleText(self.tr("签到人次"))
        self._sign_in_axis.setLabelFormat("%d")
        self._activity_axis = QValueAxis()
        # QtCharts elides a Chinese title on the right-hand axis to "…": the legend says which
        # axis belongs to which series instead.
        self._activity_axis.setLabelFormat("%d")
        chart.addAxis(self._months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._sign_in_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self._activity_axis, Qt.AlignmentFlag.AlignRight)
        self._bars.attachAxis(self._months_axis)
        self._bars.attachAxis(self._sign_in_axis)
        self._line.attachAxis(self._months_axis)
        self._line.attachAxis(self._activity_axis)
        self.chart = chart
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self.tr("近12个月签到与活动图表"))
        view.setMinimumHeight(280)
        return view

    def _fill_chart(self) -> None:
        points = self._points
        self._bar_set.remove(0, self._bar_set.count())
        self._bar_set.append([float(p.sign_ins) for p in points])
        self._line.clear()
        # A bar category axis places category i at x = i: the line's points sit on the bars.
        for number, point in enumerate(points):
            self._line.append(float(number), float(point.activities))
        self._months_axis.clear()
        self._months_axis.append([month_label(p.month) for p in points])
        self._sign_in_axis.setRange(0, _nice_top(max((p.sign_ins for p in points), default=0)))
        self._activity_axis.setRange(0, _nice_top(max((p.activities for p in points),
                                                      default=0)))
        self._sign_in_axis.applyNiceNumbers()
        self._activity_axis.applyNiceNumbers()

    def axis_titles(self) -> list[str]:
        """The titles of the chart's axes (empty before the chart is built)."""
        if self.chart_view is None:
            return []
        return [axis.titleText() for axis in self.chart.axes()]


def _nice_top(value: int) -> int:
    # Room above the tallest bar; at least a few steps so an empty year still has an axis.
    return max(4, int(value * 1.1) + 1)
