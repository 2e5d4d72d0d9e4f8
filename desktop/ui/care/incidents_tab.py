"""The 突发事件 tab: the incidents of a month (or all), open ones only if asked; report a new
one, complete and close it, void a wrong one, and print its report.

The list names the person concerned (staff need it) and nothing that identifies them further
(no identity numbers, no phones).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import incidents
from desktop.models.care.incidents import Incident
from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.care.incident_dialog import IncidentDialog
from desktop.ui.care.incident_print import (
    guardian_text,
    incident_form,
    incident_printer,
    kind_label,
    moment_text,
    person_text,
    render_incident,
    severity_label,
    state_text,
)
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.labels import closed_month_line
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# At most this many characters per column (0: no cap): time, person, kind, severity, state,
# place, family told, what happened; the state comes before the long texts so that it stays in
# view with large text, and what happened takes the spare width.
_MAX_CHARS = (0, 8, 0, 0, 0, 8, 14, 30)
_GROW = (7,)
_SUMMARY_CHARS = 40


def summary_text(incident: Incident) -> str:
    """The first line of what happened, cut to fit a list cell."""
    first = incident.what_happened.splitlines()[0] if incident.what_happened else ""
    return first if len(first) <= _SUMMARY_CHARS else first[:_SUMMARY_CHARS] + "…"


def short_state(incident: Incident) -> str:
    """未结案 / 已结案 / 已作废 (when, by whom and why in the tooltip)."""
    if incident.voided:
        return QCoreApplication.translate("IncidentsTab", "已作废")
    if incident.closed_at:
        return QCoreApplication.translate("IncidentsTab", "已结案")
    return QCoreApplication.translate("IncidentsTab", "未结案")


def incident_columns(palette: QPalette) -> list[Column[Incident]]:
    """The columns of the list; voided rows greyed (and said so in the state column)."""
    grey = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    return every_column([
        Column(lambda: QCoreApplication.translate("IncidentsTab", "发生时间"),
               lambda i: moment_text(i.occurred_at)),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "当事人"), person_text),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "类型"),
               lambda i: kind_label(i.kind)),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "严重程度"),
               lambda i: severity_label(i.severity)),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "状态"), short_state,
               tooltip=state_text, accessible=state_text),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "地点"), lambda i: i.place),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "通知家属"), guardian_text),
        Column(lambda: QCoreApplication.translate("IncidentsTab", "事件经过"), summary_text,
               tooltip=lambda i: i.what_happened),
    ], foreground=lambda i: grey if i.voided else None)


class IncidentsTab(RefreshingPage):
    """Incidents: the list with its filters, and the actions on the selected one."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[Incident] = ListTableModel(
            incident_columns(self.palette()), self, key=lambda i: i.id)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.table = record_table(self.model, self.tr("突发事件列表"), wrap=False)
        self.columns = ContentColumns(self.table, _MAX_CHARS, _GROW)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        self.status_label = StatusLabel(self.tr("突发事件操作结果"))
        layout.addWidget(self.status_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_incident)
        self.reload()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("月份(&M):"))
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("月份"))
        label.setBuddy(self.month_combo)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.open_check = QCheckBox(self.tr("只看未结案(&O)"))
        self.open_check.setAccessibleName(self.tr("只看未结案的突发事件"))
        self.open_check.toggled.connect(lambda _on: self.reload_list())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("突发事件数目"))
        row.addWidget(label)
        row.addWidget(self.month_combo)
        row.addWidget(self.open_check)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("登记突发事件(&N)"))
        self.edit_button = QPushButton(self.tr("编辑(&E)"))
        self.close_button = QPushButton(self.tr("结案(&C)…"))
        self.void_button = QPushButton(self.tr("作废(&D)…"))
        self.print_button = QPushButton(self.tr("打印报告(&P)…"))
        for button, name, action in (
                (self.add_button, self.tr("登记突发事件"), self.add_incident),
                (self.edit_button, self.tr("编辑所选突发事件"), self.edit_selected),
                (self.close_button, self.tr("所选突发事件结案"), self.close_selected),
                (self.void_button, self.tr("作废所选突发事件"), self.void_selected),
                (self.print_button, self.tr("打印所选突发事件的报告"), self.open_preview)):
            button.setAccessibleName(name)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- behaviour -------------------------------------------------------------------------------
    def selected_month(self) -> str | None:
        """The month chosen (YYYY-MM), or None for all months."""
        month = self.month_combo.currentData()
        return str(month) if month else None

    def reload(self) -> None:
        """The month choices and the list again (the current choices kept)."""
        current = self.month_combo.currentData()
        today_month = f"{self._db.clock.today():%Y-%m}"
        months = sorted({today_month, *incidents.incident_months(self._db, actor=self._actor)},
                        reverse=True)
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("全部月份"), "")
        for month in months:
            self.month_combo.addItem(month, month)
        self.month_combo.setCurrentIndex(max(self.month_combo.findData(
            current if current is not None else ""), 0))
        self.month_combo.blockSignals(False)
        self.reload_list()

    def reload_list(self, select: int | None = None) -> None:
        """Read the list as filtered; select ``select`` (an id) or keep the selection."""
        keep = select if select is not None else self.selected_id()
        self.model.set_rows(incidents.incidents(
            self._db, month=self.selected_month(), open_only=self.open_check.isChecked(),
            actor=self._actor))
        rows = self.model.rows()
        open_count = sum(1 for i in rows if i.is_open)
        serious = sum(1 for i in rows if i.is_open and i.serious)
        self.count_label.setText(self.tr("共 {n} 起，未结案 {open} 起"
                                         "（其中较重或严重 {serious} 起）").format(
            n=len(rows), open=open_count, serious=serious))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> Incident | None:
        """The incident on the selected row, if any."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        """The id of the selected incident, if any."""
        found = self.selected()
        return found.id if found else None

    def _update_buttons(self) -> None:
        found = self.selected()
        closed_month = found is not None and month_close.is_closed(self._db, found.month)
        self.edit_button.setEnabled(found is not None and found.is_open)
        self.close_button.setEnabled(found is not None and found.is_open)
        self.void_button.setEnabled(found is not None and not found.voided and not closed_month)
        self.print_button.setEnabled(found is not None)
        if found is not None and closed_month:
            text = self.tr("⚠ {line}：不能作废，发生时间和严重程度不能再改；"
                           "经过、跟进和结案仍可补充").format(line=closed_month_line(found.month))
        else:
            text = ""
        self.closed_label.setText(text)
        self.closed_label.setVisible(bool(text))

    def _changed(self, incident_id: int | None = None) -> None:
        self.reload()
        if incident_id is not None:
            self.reload_list(select=incident_id)

    # -- actions -----------------------------------------------------------------------------
    def make_dialog(self, incident_id: int | None) -> IncidentDialog:
        """The new/edit form, wired to refresh this tab (tests drive it directly)."""
        dialog = IncidentDialog(self._db, self._actor, incident_id, self)
        dialog.saved.connect(self._incident_saved)
        return dialog

    def _incident_saved(self, incident_id: int) -> None:
        self._changed(incident_id)
        self.status_label.show_result(self.tr("突发事件已保存"))

    def add_incident(self) -> None:
        """Open the form for a new incident."""
        self.make_dialog(None).open()

    def edit_selected(self) -> None:
        """Open the form for the selected open incident."""
        found = self.selected()
        if found is not None and self.edit_button.isEnabled():
            self.make_dialog(found.id).open()

    def _activated(self, _index: QModelIndex) -> None:
        if self.edit_button.isEnabled():
            self.edit_selected()
        elif self.print_button.isEnabled():
            self.open_preview()

    def make_close_box(self) -> QMessageBox | None:
        """The question before closing the selected incident, wired to close on Yes."""
        found = self.selected()
        if found is None or not self.close_button.isEnabled():
            return None
        missing = incidents.missing_before_close(found)
        if missing:
            # Said before asking: a question answered "yes" and then refused wastes a step.
            words = {"guardian_told_name": self.tr("通知了哪位家属"),
                     "guardian_told_at": self.tr("通知家属的时间"),
                     "follow_up": self.tr("后续跟进")}
            self.status_label.show_result(self.tr(
                "{severity}的事件结案前请先补全：{missing}。请点“编辑”补充后再结案。").format(
                    severity=severity_label(found.severity),
                    missing=self.tr("、").join(words[name] for name in missing)),
                problem=True)
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("突发事件结案"), self.tr(
            "{when} {who}{kind}（{severity}）结案后不能再修改。确定结案吗？").format(
                when=moment_text(found.occurred_at),
                who=f"{found.person_name} " if found.person_name else "",
                kind=kind_label(found.kind), severity=severity_label(found.severity)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("结案"))
        yes.setAccessibleName(self.tr("结案"))
        no = box.button(QMessageBox.StandardButton.No)
        no.setText(self.tr("取消"))
        no.setAccessibleName(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._close(found.id))
        return box

    def close_selected(self) -> None:
        """Ask, then close the selected incident."""
        box = self.make_close_box()
        if box is not None:
            box.open()

    def _close(self, incident_id: int) -> None:
        if succeeded(self, lambda: incidents.close_incident(self._db, incident_id,
                                                            actor=self._actor),
                     title=self.tr("无法结案"), status=self.status_label,
                     note=self.tr("请先点“编辑”补充后再结案。")):
            self._changed(incident_id)
            self.status_label.show_result(self.tr("已结案"))

    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason dialog for voiding the selected incident, wired to void on OK."""
        found = self.selected()
        if found is None or not self.void_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("作废突发事件"),
            self.tr("作废后这条记录不再计入月报，也不再在首页提示；记录本身仍保留。"),
            self.tr("作废"), self, placeholder=self.tr("如：重复登记、选错当事人"),
            max_length=incidents.REASON_MAX)
        dialog.accepted.connect(lambda: self._void(found.id, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask for a reason and void the selected incident."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _void(self, incident_id: int, reason: str) -> None:
        if succeeded(self, lambda: incidents.void_incident(self._db, incident_id, reason=reason,
                                                           actor=self._actor),
                     title=self.tr("无法作废"), status=self.status_label):
            self._changed(incident_id)
            self.status_label.show_result(self.tr("已作废"))

    # -- print ---------------------------------------------------------------------------------
    def _render(self, printer: QPrinter, incident: Incident) -> int | None:
        return attempt(self, lambda: render_incident(
            printer, incident, centre.load_profile(self._db).name), status=self.status_label)

    def make_preview(self) -> QPrintPreviewDialog | None:
        """The print preview of the selected incident's report (its Print button prints on a
        real printer), or None when none is selected."""
        found = self.selected()
        if found is None:
            return None
        form = incident_form(found, centre.load_profile(self._db).name)
        preview = QPrintPreviewDialog(incident_printer(form), self)
        preview.setWindowTitle(self.tr("突发事件报告打印预览"))
        preview.setAccessibleName(preview.windowTitle())
        preview.paintRequested.connect(lambda printer: self._render(printer, found))
        return preview

    def open_preview(self) -> None:
        """Show the print preview (modal)."""
        preview = self.make_preview()
        if preview is None:
            return
        preview.resize(1000, 760)
        preview.exec()
        preview.deleteLater()

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whenever the tab shows (the home page may have sent staff here)."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "columns"):
            fit_columns(self.table, [])
            self.columns.apply()


def make_tab(context: PageContext) -> IncidentsTab:
    """The 突发事件 tab of the 日间照料 page."""
    return IncidentsTab(context.db, context.actor)
