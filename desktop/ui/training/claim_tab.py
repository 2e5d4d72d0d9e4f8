"""The 补贴申请 tab of the 职业培训 page: pick a course of a year, see its trainees with their
attendance, hours, completion and subsidy, and the claim's totals (in 大写 too); register the
claim (it gets its number, once per course), write the claim workbook (培训补贴申请表), print
the claim form with the sign-off block or save it as a PDF, and void a claim made in error
(with a reason).

A course that has not ended (or was cancelled) cannot be claimed: choosing it shows the models'
reason and nothing can be registered, exported or printed. A course nobody completed cannot be
registered (the summary says why). Until the claim is registered the workbook cannot be
exported (it goes to the district with its number) and the form prints as a draft
(草稿，未登记).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.training.claim_sheet import export_claim_workbook, hours_text
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.money import capital_yuan, format_yuan
from desktop.models.training import claims, rules
from desktop.models.training.claim_status import claimed_courses
from desktop.models.training.claims import ClaimData, ClaimLine
from desktop.models.training.courses import Course, list_courses, load_course
from desktop.models.training.enrolment import enrolments_of
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, run_export, succeeded
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    fit_columns,
    xlsx_path,
)
from desktop.ui.common.printed_form import form_printer, print_form
from desktop.ui.common.record_table import record_table
from desktop.ui.training.claim_print import claim_form, standard_text, write_claim_pdf

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_CHARS = (8, 19, 8, 7, 7, 5, 10, 12)
FIRST_YEAR = 2000


def claim_columns(note: Callable[[ClaimLine], str]) -> list[Column[ClaimLine]]:
    """The trainees' columns; ``note`` says why a trainee gets nothing."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return every_column([
        Column(lambda: QCoreApplication.translate("ClaimTab", "姓名"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("ClaimTab", "身份证号（已脱敏）"),
               lambda r: r.masked_id),
        Column(lambda: QCoreApplication.translate("ClaimTab", "出勤/应出勤"),
               lambda r: f"{r.attended_sessions}/{r.counted_sessions}", align=right),
        Column(lambda: QCoreApplication.translate("ClaimTab", "出勤率"), lambda r: r.percent,
               align=right),
        Column(lambda: QCoreApplication.translate("ClaimTab", "出勤学时"),
               lambda r: hours_text(r.attended_minutes), align=right),
        Column(lambda: QCoreApplication.translate("ClaimTab", "结业"),
               lambda r: QCoreApplication.translate("ClaimTab", "是") if r.completed
               else QCoreApplication.translate("ClaimTab", "否")),
        Column(lambda: QCoreApplication.translate("ClaimTab", "补贴金额（元）"),
               lambda r: format_yuan(r.amount_fen), align=right),
        Column(lambda: QCoreApplication.translate("ClaimTab", "说明"), note),
    ])


class ClaimTab(RefreshingPage):
    """A course's training subsidy claim."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.data: ClaimData | None = None
        self.problem = ""
        self.notes: dict[int, str] = {}
        self.void_dialog: ReasonDialog | None = None
        self.register_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年份(&Y):"))
        self.year_spin = QSpinBox()
        today = db.clock.today()
        self.year_spin.setRange(FIRST_YEAR, today.year)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("课程所在年份"))
        year_label.setBuddy(self.year_spin)
        course_label = QLabel(self.tr("课程(&C):"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("申请补贴的课程"))
        self.course_combo.setMinimumContentsLength(28)
        course_label.setBuddy(self.course_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(course_label)
        top.addWidget(self.course_combo, 1)
        layout.addLayout(top)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("补贴申请合计"))
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.model: ListTableModel[ClaimLine] = ListTableModel(
            claim_columns(lambda r: self.notes.get(r.enrolment_id, "")), self,
            key=lambda r: r.enrolment_id)
        self.table = record_table(self.model, self.tr("课程学员的出勤、结业和补贴金额"),
                                  wrap=False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.register_button = QPushButton(self.tr("登记申请(&R)…"))
        self.register_button.setAccessibleName(self.tr("登记本课程的培训补贴申请并编号"))
        self.register_button.clicked.connect(self.ask_register)
        self.export_button = QPushButton(self.tr("导出申请表(&X)…"))
        self.export_button.setAccessibleName(self.tr("把培训补贴申请表导出为 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.print_button = QPushButton(self.tr("打印申请表(&P)…"))
        self.print_button.setAccessibleName(self.tr("预览并打印培训补贴申请表"))
        self.print_button.clicked.connect(self.open_preview)
        self.pdf_button = QPushButton(self.tr("存为 PDF(&D)…"))
        self.pdf_button.setAccessibleName(self.tr("把培训补贴申请表存为 PDF"))
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        self.void_button = QPushButton(self.tr("作废申请(&V)…"))
        self.void_button.setAccessibleName(self.tr("作废本课程已登记的培训补贴申请"))
        self.void_button.clicked.connect(self.ask_void)
        for button in (self.register_button, self.export_button, self.print_button,
                       self.pdf_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = StatusLabel(self.tr("补贴申请操作结果"))
        layout.addWidget(self.status_label)
        self.year_spin.valueChanged.connect(lambda _v: self.load_courses())
        self.course_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.load_courses()
        self.size_columns()

    # -- the course and its claim ------------------------------------------------------------
    def _course_text(self, course: Course, claimed: dict[int, str], today: str) -> str:
        text = self.tr("{name}（{first} 至 {last}）").format(
            name=course.name, first=course.first_day, last=course.last_day)
        if course.id in claimed:
            return self.tr("{course}：已申请 {number}").format(course=text,
                                                            number=claimed[course.id])
        if course.last_day >= today:
            return self.tr("{course}：未结束").format(course=text)
        if course.subsidy_kind == "none":
            return self.tr("{course}：无补贴标准").format(course=text)
        return text

    def load_courses(self, select: int | None = None) -> None:
        """The year's courses (not cancelled), the latest first; select ``select`` (a course
        id) or keep the one chosen."""
        keep = select if select is not None else self.course_id()
        year = self.year_spin.value()
        claimed = claimed_courses(self._db)
        today = self._db.clock.today().isoformat()
        courses = sorted(list_courses(self._db, year=year),
                         key=lambda c: (c.last_day, c.id), reverse=True)
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for course in courses:
            self.course_combo.addItem(self._course_text(course, claimed, today), course.id)
        index = self.course_combo.findData(keep) if keep is not None else -1
        if index < 0:
            # The latest course that has ended: the one to claim now.
            index = next((n for n, c in enumerate(courses) if c.last_day < today),
                         0 if courses else -1)
        self.course_combo.setCurrentIndex(index)
        self.course_combo.blockSignals(False)
        self.reload()

    def course_id(self) -> int | None:
        """The course chosen, if any."""
        if not hasattr(self, "course_combo"):
            return None
        value = self.course_combo.currentData()
        return int(value) if value is not None else None

    def choose_course(self, course_id: int) -> bool:
        """Show the claim of ``course_id`` (its year chosen first); False if not listed."""
        course = attempt(self, lambda: load_course(self._db, course_id),
                         status=self.status_label)
        if course is not None:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(min(int(course.last_day[:4]), self.year_spin.maximum()))
            self.year_spin.blockSignals(False)
            self.load_courses(select=course_id)
        return self.course_id() == course_id

    def reload(self) -> None:
        """The chosen course's claim as it stands; the models' reason when it cannot be
        claimed."""
        self.data, self.problem = None, ""
        course_id = self.course_id()
        if course_id is not None:
            # A course that cannot be claimed: its reason in the summary line, not a box.
            self.data = attempt(self, lambda: claims.claim_data(self._db, course_id),
                                show=self._cannot_claim)
        self.notes = self._notes(self.data) if self.data else {}
        self.model.set_rows(list(self.data.lines) if self.data else [])
        self.summary_label.setText(self._summary())
        self._update_buttons()

    def _notes(self, data: ClaimData) -> dict[int, str]:
        """Why each trainee who did not complete gets nothing (enrolment id → words)."""
        course = data.course
        enrolments = {e.id: e for e in enrolments_of(self._db, course.id)}
        notes: dict[int, str] = {}
        for line in data.lines:
            found = enrolments.get(line.enrolment_id)
            if line.completed or found is None:
                continue
            if found.status == "withdrawn":
                notes[line.enrolment_id] = self.tr("{day} 退出").format(day=found.withdrawn_on)
            elif not rules.meets_rule(line.attended_sessions, line.counted_sessions,
                                      course.min_attendance_pct):
                notes[line.enrolment_id] = self.tr("出勤率未达 {rule}%").format(
                    rule=course.min_attendance_pct)
            elif course.assessment_required and found.assessment != "passed":
                notes[line.enrolment_id] = self.tr("考核不合格") \
                    if found.assessment == "failed" else self.tr("未记录考核")
            else:
                notes[line.enrolment_id] = self.tr("未办理结业")
        return notes

    def _cannot_claim(self, reason: str) -> None:
        self.problem = reason

    def _summary(self) -> str:
        if self.problem:
            return "⚠ " + self.problem
        if self.data is None:
            return self.tr("这一年没有培训课程")
        data = self.data
        if data.number:
            number = self.tr("已登记，编号 {number}（{day}）").format(
                number=data.number, day=data.made_on)
        elif data.completed == 0:
            number = self.tr("尚未登记：没有结业学员，不能登记申请（先在“结业”里办理结业）")
        else:
            number = self.tr("尚未登记：登记后才能导出申请表，登记前打印的是草稿")
        return self.tr(
            "补贴标准：{standard}。学员 {trainees} 人，结业 {completed} 人，出勤 {hours} 小时；"
            "申请金额 {amount} 元（{capital}）；{number}").format(
                standard=standard_text(data), trainees=data.trainees, completed=data.completed,
                hours=hours_text(data.attended_minutes), amount=format_yuan(data.amount_fen),
                capital=capital_yuan(data.amount_fen), number=number)

    def _update_buttons(self) -> None:
        data = self.data
        manage = self._actor.can(Permission.MANAGE_TRAINING)
        shown = data is not None and manage
        registered = data is not None and data.number is not None
        self.export_button.setEnabled(shown and registered)
        self.print_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)
        self.register_button.setEnabled(manage and data is not None and data.number is None
                                        and data.completed > 0)
        self.void_button.setEnabled(manage and data is not None and data.number is not None)

    # -- registering and voiding ---------------------------------------------------------------
    def ask_register(self) -> QMessageBox | None:
        """Ask before registering the claim (the box is returned); a course that cannot be
        claimed (or that nobody completed) is refused at once with the models' reason."""
        if self.data is None or self.data.completed == 0:
            self.register()  # refused: the reason is shown
            return None
        data = self.data
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("登记补贴申请"), self.tr(
            "登记“{course}”的培训补贴申请：结业 {completed} 人，金额 {amount} 元？"
            "登记后得到申请编号，金额固定。").format(
                course=data.course.name, completed=data.completed,
                amount=format_yuan(data.amount_fen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(self.tr("登记申请"))
        box.button(QMessageBox.StandardButton.No).setAccessibleName(self.tr("不登记"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.register)
        self.register_box = box
        box.open()
        return box

    def register(self) -> bool:
        """Register the chosen course's claim today (refused: the reason is shown and
        nothing is written)."""
        course_id = self.course_id()
        if course_id is None:
            return False
        made = attempt(self, lambda: claims.make_claim(self._db, course_id, actor=self._actor),
                       status=self.status_label, title=self.tr("不能登记补贴申请"))
        if made is None:
            return False
        self.load_courses(select=course_id)
        self.status_label.show_result(
            self.tr("已登记培训补贴申请 {number}，金额 {amount} 元").format(
                number=made.number, amount=format_yuan(made.amount_fen)))
        return True

    def ask_void(self) -> ReasonDialog | None:
        """Ask why before voiding the registered claim (the dialog is returned)."""
        if self.data is None or self.data.number is None:
            return None
        number = self.data.number
        dialog = ReasonDialog(
            self.tr("作废补贴申请"),
            self.tr("作废申请 {number}：作废的申请仍留在登记簿里，编号不再使用；需要时可重新登记。"
                    ).format(number=number), self.tr("作废(&V)"), self,
            placeholder=self.tr("如：金额有误，重新申请"), max_length=100)
        dialog.accepted.connect(lambda: self.void(number, dialog.reason()))
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def void(self, number: str, reason: str) -> bool:
        """Void claim ``number`` with ``reason`` (refused: the reason is shown)."""
        course_id = self.course_id()
        if not succeeded(self, lambda: claims.void_claim(self._db, number, reason,
                                                         actor=self._actor),
                         status=self.status_label, title=self.tr("不能作废补贴申请")):
            return False
        self.load_courses(select=course_id)
        self.status_label.show_result(self.tr("已作废培训补贴申请 {number}").format(number=number))
        return True

    # -- paper and files -----------------------------------------------------------------------
    def _file_stem(self) -> str:
        data = self.data
        name = data.course.name if data else ""
        return self.tr("培训补贴申请表-{course}").format(course=name)

    def choose_export_path(self) -> None:
        """Ask where to save the claim workbook, then export it."""
        if not self.export_button.isEnabled():
            return
        suggested = Path.home() / f"{self._file_stem()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出申请表"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export(path)

    def export(self, path: str | Path) -> Path | None:
        """Write the claim workbook to ``path`` (.xlsx added when missing); a claim not
        registered yet is not exported (the reason is shown)."""
        course_id = self.course_id()
        if course_id is None:
            return None
        if self.data is not None and self.data.number is None:
            self.status_label.show_result(
                self.tr("申请还没有登记：请先“登记申请”，再导出申请表"), problem=True)
            return None
        target, actor = xlsx_path(path), self._actor
        done = run_export(self, self.status_label, self.tr("正在导出申请表…"), self._db,
                          lambda db: export_claim_workbook(db, actor, course_id, target))
        if done is None:
            return None
        self.status_label.show_result(self.tr("培训补贴申请表已导出到 {path}").format(path=target))
        return target

    def make_preview(self) -> QPrintPreviewDialog | None:
        """The print preview of the claim form."""
        if self.data is None:
            if self.problem:
                self.status_label.show_result(self.problem, problem=True)
            return None
        form = claim_form(self._db, self.data)
        preview = QPrintPreviewDialog(form_printer(form), self)
        preview.setWindowTitle(self.tr("培训补贴申请表打印预览"))
        preview.paintRequested.connect(lambda printer: print_form(printer, form))
        return preview

    def open_preview(self) -> None:
        """Show the print preview (modal); its Print button prints."""
        preview = self.make_preview()
        if preview is not None:
            preview.resize(900, 760)
            preview.exec()
            preview.deleteLater()

    def choose_pdf_path(self) -> None:
        """Ask where to save the claim form as PDF, then write it."""
        if self.data is None:
            return
        suggested = Path.home() / f"{self._file_stem()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存培训补贴申请表"),
                                              str(suggested), self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> Path | None:
        """Write the claim form to ``path`` as PDF (.pdf added when missing)."""
        course_id = self.course_id()
        if course_id is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        written = attempt(self, lambda: write_claim_pdf(self._db, course_id, target),
                          status=self.status_label, title=self.tr("不能保存申请表"))
        if written is None:
            return None
        self.status_label.show_result(self.tr("培训补贴申请表已存为 {path}").format(path=written))
        return written

    def refresh(self) -> None:
        """Read again whenever the tab shows (completions are recorded elsewhere)."""
        self.year_spin.setMaximum(self._db.clock.today().year)
        self.load_courses()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> ClaimTab:
    """The 补贴申请 tab of the 职业培训 page."""
    return ClaimTab(context.db, context.actor)
