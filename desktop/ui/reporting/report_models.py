"""Qt item models for a month's report: the 汇总 preview and the validation findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.reporting.indicators import Finding, Row, Severity
from desktop.models.subsidy.subsidy import format_yuan
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel

# Money indicators are computed in integer fen (docs/workbook.md) and shown in yuan.
FEN_UNIT = "分"


def shown_figure(value: float, unit: str) -> str:
    """An indicator's value as shown: money in yuan with two decimals, averages with one."""
    if unit == FEN_UNIT:
        return format_yuan(int(value))
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def shown_unit(unit: str) -> str:
    """The unit as shown, translated (fen are shown as yuan)."""
    if unit == FEN_UNIT:
        return QCoreApplication.translate("ReportModels", "元")
    return model_message(unit)


SUMMARY_COLUMNS: list[Column[Row]] = [
    Column(lambda: QCoreApplication.translate("ReportModels", "指标"),
           lambda r: model_message(r.indicator.label)),
    Column(lambda: QCoreApplication.translate("ReportModels", "单位"),
           lambda r: shown_unit(r.indicator.unit)),
    Column(lambda: QCoreApplication.translate("ReportModels", "本月"),
           lambda r: shown_figure(r.this_month, r.indicator.unit), align=RIGHT),
    Column(lambda: QCoreApplication.translate("ReportModels", "上月"),
           lambda r: shown_figure(r.last_month, r.indicator.unit), align=RIGHT),
    Column(lambda: QCoreApplication.translate("ReportModels", "本年累计"),
           lambda r: shown_figure(r.year_to_date, r.indicator.unit), align=RIGHT),
]


def severity_label(severity: Severity) -> str:
    """错误 or 警告, translated, after a sign (never colour alone)."""
    if severity is Severity.ERROR:
        return "✖ " + QCoreApplication.translate("ReportModels", "错误")
    return "⚠ " + QCoreApplication.translate("ReportModels", "警告")


FINDING_COLUMNS: list[Column[Finding]] = [
    Column(lambda: QCoreApplication.translate("ReportModels", "级别"),
           lambda f: severity_label(f.severity)),
    Column(lambda: QCoreApplication.translate("ReportModels", "记录数"),
           lambda f: str(f.count), align=RIGHT),
    Column(lambda: QCoreApplication.translate("ReportModels", "说明"),
           lambda f: model_message(f.message)),
]


def summary_model(parent: Any = None) -> ListTableModel[Row]:
    """The 汇总 preview: every indicator with this month, last month and year to date."""
    return ListTableModel(SUMMARY_COLUMNS, parent)


def findings_model(parent: Any = None) -> ListTableModel[Finding]:
    """The validation findings, errors first."""
    return ListTableModel(FINDING_COLUMNS, parent)
