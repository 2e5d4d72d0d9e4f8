"""Render every main page and dialog offscreen with demo data into docs/screenshots/.

Run with `make screenshots`. A CJK font must be installed (Debian: fonts-wqy-microhei).
"""

# ruff: noqa: E402  (the project root goes on sys.path before the app is imported)
from __future__ import annotations

import contextlib
import random
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.app import create_app
from desktop.models.admin import accounts, backup, centre
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.ui.activities.activities_page import ActivitiesPage
from desktop.ui.admin.restore_dialog import RestoreDialog
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.attendance.attendance_page import AttendancePage
from desktop.ui.kiosk.kiosk_speech import SilentSpeaker
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.reporting.dashboard_page import DashboardPage
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.shell.welcome_dialog import WelcomeDialog
from desktop.ui.subsidy.subsidy_page import SubsidyPage

OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 11, 29)
# The attendance screenshots show the last weekday before TODAY (a Sunday), late afternoon.
ATTENDANCE_NOW = datetime(2026, 11, 27, 17, 30)
DASHBOARD_NOW = datetime(2026, 11, 28, 17, 30)
KIOSK = Actor("kiosk", Role.KIOSK)


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def add_sign_ins(db: Database, staff: Actor, now: datetime = ATTENDANCE_NOW) -> None:
    """A few weeks of sign-ins up to ``now`` through the model functions: most at the kiosk,
    some added by staff or from a paper sheet, one voided, and two kiosk refusals that day.

    Skipped when the demo data already holds sign-ins (a later `warmhome demo` makes them).
    """
    if db.scalar("SELECT count(*) FROM sign_in"):
        return
    rng = random.Random(2016)
    members = [m[0] for m in attendance.expected_members(db, now.date().isoformat())]
    regularity = {pid: rng.uniform(0.4, 0.95) for pid in members}
    day = now.date().replace(day=1)
    while day <= now.date():
        if day.weekday() < 5:
            for pid in members:
                if rng.random() >= regularity[pid]:
                    continue
                arrived = datetime.combine(day, time(8, 20)) + timedelta(
                    minutes=rng.randrange(100), seconds=rng.randrange(60))
                if rng.random() < 0.06:
                    attendance.staff_sign_in(db, pid, arrived.replace(second=0), actor=staff,
                                             reason=rng.choice(("忘带卡", "签到台排队，代为签到")),
                                             method=rng.choice(("staff", "paper")), now=now)
                    continue
                method = rng.choice(("card", "card", "card", "search", "keypad"))
                result = attendance.kiosk_sign_in(db, pid, method=method, actor=KIOSK,
                                                  now=arrived)
                leaving = datetime.combine(day, time(15, 0)) + timedelta(
                    minutes=rng.randrange(120))
                if rng.random() < 0.7 and leaving <= now:
                    attendance.sign_out(db, result.sign_in.id, actor=KIOSK, now=leaving)
        day += timedelta(days=1)
    today = attendance.day_sign_ins(db, now.date().isoformat())
    attendance.void_sign_in(db, today[3].id, actor=staff, reason="误刷了家属的卡")
    for scanned, minute in (("WH999999", 5), ("%%ERR", 12)):
        with contextlib.suppress(attendance.KioskRefusal):
            attendance.kiosk_scan(db, scanned, actor=KIOSK, now=now.replace(hour=9, minute=minute))


def shoot_attendance(db: Database, staff: Actor) -> None:
    """The attendance page's day view, month matrix and members not seen recently."""
    add_sign_ins(db, staff)
    db.clock = FixedClock(ATTENDANCE_NOW)
    page = AttendancePage(db, staff)
    page.resize(1280, 760)
    page.show()
    page.day_panel.table.selectRow(0)
    _save(page, "attendance-day")
    page.show_month()
    _save(page, "attendance-month")
    panel = page.show_not_seen()
    # The demo's members all come at least every three weeks: a shorter N shows the list.
    panel.weeks_spin.setValue(2)
    _save(page, "attendance-not-seen")
    page.close()
def _kiosk(db: Database, ui: UiSettings, admin: Actor) -> None:
    """The kiosk's start screen, a search on the keypad, and a confirmation."""
    desk = accounts.create_account(db, "desk", "demo-password-3", Role.KIOSK, actor=admin)
    db.clock = FixedClock(datetime.combine(TODAY, time(9, 2)))
    kiosk = KioskWindow(db, desk.as_actor(), ui, speaker=SilentSpeaker())
    kiosk.resize(1366, 768)
    kiosk.show()
    _save(kiosk, "kiosk-start")
    for letter in "ZL":
        kiosk.keypad.letter_buttons[letter].click()
    _save(kiosk, "kiosk-search")
    _person_id, _name, card = attendance.expected_members(db, TODAY.isoformat())[0]
    kiosk.scan(card)
    _save(kiosk, "kiosk-confirmation")
    kiosk.close_without_password()
def _activity_pages(db: Database, actor: Actor) -> None:
    """The activities page (list, yearly counts, participants) and the subsidy page.

    Shown on their own until the main window's navigation lists them.
    """
    db.clock = FixedClock(TODAY)
    page = ActivitiesPage(db, actor)
    page.resize(1280, 760)
    page.show()
    _save(page, "activities")
    page.tabs.setCurrentIndex(1)
    page.below_check.setChecked(True)
    _save(page, "activities-counts")
    page.tabs.setCurrentIndex(0)
    # The newest activity that has taken place: its day's sign-ins can be added.
    shown = (page.model.activity(row) for row in range(page.model.rowCount()))
    past = next(a for a in shown if a is not None and a.day <= TODAY.isoformat())
    dialog = page.make_participants_dialog(past.id)
    assert dialog is not None
    dialog.show()
    for row in range(0, 12, 3):
        index = dialog.sign_in_model.index(row, 0)
        dialog.sign_in_model.setData(index, Qt.CheckState.Checked.value,
                                     Qt.ItemDataRole.CheckStateRole)
    dialog.search_edit.setText("zs")
    _save(dialog, "activity-participants")
    dialog.close()
    page.close()
    subsidy_page = SubsidyPage(db, actor)
    subsidy_page.resize(1280, 760)
    previous = TODAY.replace(day=1) - timedelta(days=1)
    subsidy_page.set_month(f"{previous:%Y-%m}")
    subsidy_page.show()
    _save(subsidy_page, "subsidy")
    subsidy_page.close()


def _dashboard(window: MainWindow) -> None:
    """The home page with the sign-ins and activities made above, its trend as a table too."""
    window.select_page("dashboard")
    page = window.page("dashboard", DashboardPage)
    page.refresh_all()
    _save(window, "dashboard")
    page.trend_panel.toggle_button.click()
    _save(window, "dashboard-trend-table")
    page.trend_panel.toggle_button.click()


REPORT_MONTH = "2026-10"


def _inside(page: QWidget) -> QWidget:
    """The page itself when the main window wrapped it in a scroll area."""
    return (page.widget() or page) if isinstance(page, QScrollArea) else page


def _other_centres(folder: Path, streets: tuple[str, ...]) -> None:
    """Small demo centres of other streets, each exporting the report month into ``folder``,
    and one workbook edited after export (the district summary refuses it)."""
    from openpyxl import load_workbook

    from desktop.excel.reporting.monthly_workbook import export_monthly_workbook

    for seed, street in enumerate(streets, start=1):
        with open_database(folder.parent / f"{street}.db") as other:
            demo.generate(other, demo.DemoOptions(seed=seed, members=60, years=1, today=TODAY,
                                                  street=street))
            written = export_monthly_workbook(other, REPORT_MONTH, folder, generated_by="demo",
                                              today=TODAY)
    edited = load_workbook(written.path)
    edited["汇总"]["C4"] = 999  # the number of members (本月), typed over after export
    edited.save(folder / f"{written.path.stem}_改过.xlsx")
    written.path.unlink()


def _reporting(window: MainWindow, db: Database, admin: Actor, work: Path) -> None:
    """月报 after a submission, a reopening and revision 2; then 区汇总 of several centres."""
    from desktop.models.admin.centre import XICHENG_STREETS
    from desktop.models.reporting import month_close
    from desktop.models.reporting.district import ExpectedCentre, save_expected
    from desktop.ui.reporting.consolidation_page import ConsolidationPage
    from desktop.ui.reporting.export_page import ExportPage

    reports = work / "reports"
    reports.mkdir()
    page = _inside(window.select_page("export"))
    assert isinstance(page, ExportPage)
    page.set_month(REPORT_MONTH)
    page.folder_edit.setText(str(reports))
    page.export()
    page.close_panel.close_month()
    page.close_panel.reopen_month("区残联要求核对签到人次")
    # A sign-in that no daily care rests on (voiding one that care does is refused).
    voided = db.scalar("SELECT id FROM sign_in WHERE day = ? AND voided_at IS NULL"
                       " AND person_id NOT IN (SELECT person_id FROM care_profile)"
                       " ORDER BY id LIMIT 1", (f"{REPORT_MONTH}-15",))
    attendance.void_sign_in(db, int(voided), actor=admin, reason="重复签到")
    page.refresh()
    page.export()
    page.close_panel.close_month()
    page.folder_edit.setText(str(Path.home() / "U盘" / "月报"))
    _save(window, "export")
    assert month_close.is_closed(db, REPORT_MONTH)

    _other_centres(reports, ("月坛", "新街口", "德胜", "展览路"))
    save_expected(db, [ExpectedCentre(p.code, p.name, p.street) for p in
                       (demo.demo_profile(street, "") for street in XICHENG_STREETS)],
                  actor=admin)
    district = _inside(window.select_page("consolidation"))
    assert isinstance(district, ConsolidationPage)
    district.load_expected()
    district.set_month(REPORT_MONTH)
    district.add_paths([reports])
    district.run_consolidation()
    _save(window, "consolidation")


def _care(window: MainWindow, db: Database) -> None:
    """日间照料 on the last weekday of the demo data, late afternoon: the day's care log, the
    medication and hand-over tabs, the incidents, the care profiles and one member's profile."""
    from desktop.ui.care.care_page import CarePage
    from desktop.ui.care.incidents_tab import IncidentsTab
    from desktop.ui.care.profile_tab import ProfileTab

    db.clock = FixedClock(ATTENDANCE_NOW)
    window.select_page("care")
    page = window.page("care", CarePage)
    page.tab("log")
    _save(window, "care-log")
    page.tab("medication")
    _save(window, "care-medication")
    page.tab("handover")
    _save(window, "care-handover")
    incidents = page.tab("incidents")
    assert isinstance(incidents, IncidentsTab)
    _save(window, "care-incidents")
    page.tab("services")
    _save(window, "care-services")
    profiles = page.tab("profiles")
    assert isinstance(profiles, ProfileTab)
    _save(window, "care-profiles")
    dialog = profiles.profile_dialog()
    if dialog is not None:
        dialog.resize(1200, 760)
        dialog.show()
        _save(dialog, "care-profile-dialog")
        dialog.close()
    page.tab("log")


def _volunteers(window: MainWindow, db: Database, admin: Actor) -> None:
    """志愿服务: the week's shifts, the month's hours ledger and a certificate of service."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from desktop.models.volunteers import certificates
    from desktop.ui.volunteers.certificate_print import write_certificate_pdf
    from desktop.ui.volunteers.ledger_tab import LedgerTab
    from desktop.ui.volunteers.volunteers_page import VolunteersPage
    from desktop.ui.volunteers.week_tab import WeekTab, monday_of

    db.clock = FixedClock(ATTENDANCE_NOW)
    window.select_page("volunteers")
    page = window.page("volunteers", VolunteersPage)
    week = page.tab("week")
    assert isinstance(week, WeekTab)
    week.show_week(monday_of(ATTENDANCE_NOW.date()))
    _save(window, "volunteers-week")
    ledger = page.tab("ledger")
    assert isinstance(ledger, LedgerTab)
    ledger.table.selectRow(0)
    _save(window, "volunteers-ledger")
    # The volunteer with the most hours this year, certified for the year so far.
    first = f"{ATTENDANCE_NOW.year}-01-01"
    person = db.scalar("SELECT person_id FROM volunteer_service WHERE voided_at IS NULL"
                       " AND day >= ? GROUP BY person_id ORDER BY sum(minutes) DESC LIMIT 1",
                       (first,))
    certificate = certificates.issue(db, int(person), first,
                                     ATTENDANCE_NOW.date().isoformat(), actor=admin)
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_certificate_pdf(certificate, Path(folder) / "certificate.pdf")
        document = QPdfDocument()
        document.load(str(pdf))
        document.render(0, QSize(744, 1052)).save(str(OUT / "volunteer-certificate.png"))
        document.close()
    print("wrote docs/screenshots/volunteer-certificate.png")


def _pdf_page(pdf: Path, name: str, width: int) -> None:
    """The first page of ``pdf`` as docs/screenshots/NAME.png, ``width`` pixels wide."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    document.render(0, QSize(width, round(width * size.height() / size.width()))).save(
        str(OUT / f"{name}.png"))
    document.close()
    print(f"wrote docs/screenshots/{name}.png")


def _sales(window: MainWindow, db: Database) -> None:
    """希联圆梦: the till with a sale under way, its receipt, and a maker's statement."""
    from desktop.models.sales import catalogue, makers_income
    from desktop.models.sales import sales as sales_model
    from desktop.ui.sales.income_statement_print import write_statements
    from desktop.ui.sales.receipt_print import ROLL_80, receipt_of, write_receipt_pdf
    from desktop.ui.sales.sales_page import SalesPage
    from desktop.ui.sales.till_tab import TillTab

    db.clock = FixedClock(ATTENDANCE_NOW)
    window.select_page("sales")
    page = window.page("sales", SalesPage)
    till = page.tab("till")
    assert isinstance(till, TillTab)
    # Three of the best sellers, one of them twice, and cash given.
    codes = [str(r[0]) for r in db.query(
        "SELECT p.code FROM sales_line l JOIN sales_product p ON p.id = l.product_id"
        " WHERE p.archived_at IS NULL GROUP BY p.id ORDER BY sum(l.quantity) DESC LIMIT 3")]
    for code in (*codes, codes[0]):
        product = catalogue.find_by_code(db, code)
        assert product is not None
        till.add_product(product)
    till.given_edit.setText("100")
    _save(window, "sales-till")
    last = db.scalar("SELECT max(id) FROM sales_sale WHERE voided_at IS NULL"
                     " AND channel = 'counter'")
    sale = sales_model.get_sale(db, int(last))
    name = centre.load_profile(db).name
    with tempfile.TemporaryDirectory() as folder:
        _pdf_page(write_receipt_pdf(receipt_of(sale, name), ROLL_80,
                                    Path(folder) / "receipt.pdf"), "sales-receipt", 360)
        month = f"{ATTENDANCE_NOW.year}-{ATTENDANCE_NOW.month - 1:02d}"
        # A maker of the middle of the month's list, as most makers' statements look.
        makers = sorted(makers_income.month_income(db, month).makers, key=lambda m: m.share_fen)
        maker = makers[len(makers) // 2]
        pdf, _ = write_statements(db, month, Path(folder) / "statement.pdf", maker.person_id)
        _pdf_page(pdf, "sales-maker-statement", 744)


def _training(window: MainWindow, db: Database) -> None:
    """职业培训: the courses of the year with a running course's trainees, the roll call of its
    latest session, and a completion certificate."""
    from PySide6.QtCore import QDate

    from desktop.models.training import certificates
    from desktop.ui.training.certificate_print import write_certificate_pdf
    from desktop.ui.training.courses_tab import CoursesTab
    from desktop.ui.training.roll_call_tab import RollCallTab
    from desktop.ui.training.training_page import TrainingPage

    db.clock = FixedClock(ATTENDANCE_NOW)
    window.select_page("training")
    page = window.page("training", TrainingPage)
    # The running course with the most trainees, and its latest session held so far.
    row = db.query_one(
        "SELECT c.id, max(s.day) AS day FROM training_course c"
        " JOIN training_session s ON s.course_id = c.id AND s.cancelled_at IS NULL"
        " AND s.roll_called_at IS NOT NULL AND s.day <= ?"
        " WHERE c.cancelled_at IS NULL AND c.first_day <= ? AND c.last_day >= ?"
        " GROUP BY c.id ORDER BY (SELECT count(*) FROM training_enrolment e"
        " WHERE e.course_id = c.id) DESC, c.id LIMIT 1",
        (TODAY.isoformat(), TODAY.isoformat(), TODAY.isoformat()))
    assert row is not None, "the demo has a course running"
    courses = page.tab("courses")
    assert isinstance(courses, CoursesTab)
    courses.select_course(int(row["id"]))
    _save(window, "training-courses")
    roll_call = page.tab("roll_call")
    assert isinstance(roll_call, RollCallTab)
    day = date.fromisoformat(str(row["day"]))
    roll_call.day_edit.setDate(QDate(day.year, day.month, day.day))
    index = roll_call.session_combo.findData(db.scalar(
        "SELECT id FROM training_session WHERE course_id = ? AND day = ?",
        (int(row["id"]), str(row["day"]))))
    roll_call.session_combo.setCurrentIndex(max(index, 0))
    _save(window, "training-roll-call")
    issued = db.scalar("SELECT max(id) FROM training_certificate")
    assert issued is not None, "the demo has issued certificates"
    with tempfile.TemporaryDirectory() as folder:
        data = certificates.certificate_data(db, int(issued))
        _pdf_page(write_certificate_pdf(data, Path(folder) / "certificate.pdf"),
                  "training-certificate", 744)


def main() -> int:
    """Make the screenshots; returns the exit code."""
    OUT.mkdir(parents=True, exist_ok=True)
    app, _ = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        ui = UiSettings(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        db = open_database(Path(tmp) / "demo.db", clock=FixedClock(DASHBOARD_NOW))
        welcome = WelcomeDialog(db)
        welcome.resize(1000, 560)
        welcome.show()
        _save(welcome, "welcome")
        welcome.close()
        # The demo's last day is the home page's day: nothing in it lies in that day's future.
        demo.generate(db, demo.DemoOptions(seed=2016, members=400, today=DASHBOARD_NOW.date()))
        admin = accounts.create_account(db, "admin", "demo-password-1", Role.ADMIN,
                                        actor=accounts.first_admin_actor("admin"))
        wangfang = accounts.create_account(db, "wangfang", "demo-password-2", Role.STAFF,
                                           actor=admin.as_actor(), display_name="王芳")
        login = LoginDialog(db, centre.load_profile(db).name)
        login.resize(460, 300)
        login.show()
        login.username_edit.setText("wangfang")
        _save(login, "login")
        login.close()
        window = MainWindow(db, admin.as_actor(), ui)
        window.resize(1280, 760)
        window.show()
        window.select_page("people")
        _save(window, "people")
        page = window.page("people", PeoplePage)
        page.search_edit.setText("zs")
        _save(window, "people-search-zs")
        page.search_edit.clear()
        dialog = page.make_dialog(page.selected_person_id())
        dialog.resize(820, 760)
        dialog.show()
        _save(dialog, "person-form")
        dialog.close()
        window.select_page("users")
        _save(window, "users")
        window.select_page("settings")
        _save(window, "settings")
        area = window.stack.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(window.page("settings", SettingsPage).backup_panel)
        _save(window, "settings-backup")
        backup.make_backup(db, actor=admin.as_actor())
        restore = RestoreDialog(db, admin.as_actor(), window)
        restore.resize(900, 520)
        restore.show()
        _save(restore, "restore")
        restore.close()
        shoot_attendance(db, wangfang.as_actor())
        # The home page shows the demo data's last day with sign-ins (a Saturday), late.
        db.clock = FixedClock(DASHBOARD_NOW)
        _dashboard(window)  # before the kiosk signs someone in "tomorrow"
        _kiosk(db, ui, admin.as_actor())
        _activity_pages(db, admin.as_actor())
        _care(window, db)
        _volunteers(window, db, admin.as_actor())
        _sales(window, db)
        _training(window, db)
        db.clock = FixedClock(DASHBOARD_NOW)
        window.resize(1280, 860)
        _reporting(window, db, admin.as_actor(), Path(tmp))
        window.resize(1280, 760)
        window.select_page("people")
        apply_theme(app, 1.5)
        window.resize(1366, 768)
        _save(window, "people-large-text")
        # The staff window's high-contrast look (设置 → 高对比度), at normal text size.
        apply_theme(app, 1.0, high_contrast=True)
        window.resize(1280, 760)
        _save(window, "people-high-contrast")
        window.select_page("settings")
        _save(window, "settings-high-contrast")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
