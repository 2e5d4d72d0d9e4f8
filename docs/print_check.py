"""Print every kind of file the app writes, the way a clerk would, to look at the paper.

Run with `make print-check`. From demo data it writes each workbook (the centre's monthly
report, the district consolidation of 15 centres, the subsidy payout sheet, the attendance
matrix, the audit log, the call list, the roster template, the meal statement, the 志愿北京
export, the makers' payout sheet, the training subsidy claim) and each PDF the app prints (the
paper sign-in sheet, the call list; daily care's care sheet blank and filled, a service plan,
an incident report, a service confirmation, the meal collection sheet; a volunteer's
certificate of service and its reprint; 希联圆梦's receipt on each paper, labels, count sheet,
delivery note, day-end slip and makers' statements; the printed training subsidy claim),
converts the workbooks to PDF with LibreOffice (`soffice --headless --convert-to pdf`) when it
is installed, and renders every PDF page to a PNG with pdftoppm (poppler-utils). Look at the
pages in build/print-check/pages/; the summary printed at the end gives each file's page count,
paper size and the smallest text height on its pages (from `pdftotext -bbox`; a word box is
about 1.2 times the font size).
"""

# ruff: noqa: E402  (the project root goes on sys.path before the app is imported)
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.excel.admin.audit_export import export_audit
from desktop.excel.attendance.attendance_export import export_month
from desktop.excel.attendance.call_list_export import export_call_list
from desktop.excel.care.meal_statement import export_meal_statement
from desktop.excel.people.roster_template import write_template
from desktop.excel.sales.payout_sheet import export_payout_sheet
from desktop.excel.subsidy.subsidy_export import export_subsidy
from desktop.excel.training.claim_sheet import export_claim_workbook
from desktop.excel.volunteers.platform_export import export_platform
from desktop.models.admin.audit_query import AuditQuery
from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import open_database

OUT = ROOT / "build" / "print-check"
MONTH = "2026-10"
TODAY = date(2026, 11, 20)
ADMIN = Actor("print-check", Role.ADMIN)
CENTRES = 15


def warmhome(*args: str) -> None:
    """Run the real command line, as a clerk's script would."""
    done = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", check=False)
    if done.returncode:
        sys.exit(f"warmhome {' '.join(args)} failed:\n{done.stderr}")


def demo(db: Path, seed: int, street: str, members: int) -> None:
    warmhome("--db", str(db), "demo", "--seed", str(seed), "--members", str(members),
             "--years", "1", "--today", TODAY.isoformat(), "--street", street)


def write_files(files: Path, work: Path) -> list[Path]:
    """Every kind of workbook and PDF the app writes, from demo data; returns them."""
    written: list[Path] = []
    centre_db = work / "centre.db"
    demo(centre_db, 7, XICHENG_STREETS[0], 300)
    centre_book = files / "月报-中心.xlsx"
    warmhome("--db", str(centre_db), "export-month", "--out", str(centre_book), MONTH)
    written.append(centre_book)

    inputs = work / "centres"
    inputs.mkdir()
    for number, street in enumerate(XICHENG_STREETS[:CENTRES]):
        centre = work / f"c{number}.db"
        demo(centre, 100 + number, street, 120)
        warmhome("--db", str(centre), "export-month", "--out", str(inputs), MONTH)
    district = files / "区汇总.xlsx"
    warmhome("consolidate", "--month", MONTH, "--out", str(district), str(inputs))
    written.append(district)

    db = open_database(centre_db)
    try:
        targets = {
            "补助发放表.xlsx": lambda p: export_subsidy(db, ADMIN, MONTH, p),
            "考勤表.xlsx": lambda p: export_month(db, MONTH, None, p, actor=ADMIN),
            "操作日志.xlsx": lambda p: export_audit(db, ADMIN, AuditQuery(), p),
            "久未签到名单.xlsx": lambda p: export_call_list(db, p, weeks=2, today=TODAY,
                                                       actor=ADMIN),
            "会员名册模板.xlsx": write_template,
            "餐费明细.xlsx": lambda p: export_meal_statement(db, ADMIN, MONTH, p),
            "志愿服务记录.xlsx": lambda p: export_platform(db, ADMIN, MONTH, p),
            "制作者收入发放表.xlsx": lambda p: export_payout_sheet(db, ADMIN, MONTH, p),
            "培训补贴申请表.xlsx": lambda p: export_claim_workbook(db, ADMIN, claim_course(db), p),
        }
        for name, write in targets.items():
            write(files / name)
            written.append(files / name)
        written += write_pdfs(db, files)
    finally:
        db.close()
    return written


def claim_course(db: object) -> int:
    """The latest course ended before TODAY with a subsidy standard: the one to claim."""
    from desktop.models.db import Database

    assert isinstance(db, Database)
    return int(db.scalar("SELECT id FROM training_course WHERE cancelled_at IS NULL"
                         " AND subsidy_kind <> 'none' AND last_day < ? ORDER BY last_day DESC",
                         (TODAY.isoformat(),)))


def write_training_pdfs(db: object, files: Path) -> list[Path]:
    """职业培训's paper: the printed training subsidy claim."""
    from desktop.models.db import Database
    from desktop.ui.training.claim_print import write_claim_pdf

    assert isinstance(db, Database)
    return [write_claim_pdf(db, claim_course(db), files / "培训补贴申请表-打印.pdf")]


def write_pdfs(db: object, files: Path) -> list[Path]:
    """The PDFs the app prints through Qt: the paper sign-in sheet and the call list."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from desktop.app import create_app
    from desktop.models.attendance.not_seen import members_not_seen
    from desktop.models.db import Database
    from desktop.ui.attendance.call_list_print import call_list_printer, render_call_list
    from desktop.ui.attendance.paper_sheet import load_sheet, write_sheet_pdf

    assert isinstance(db, Database)
    create_app([])
    sheet = files / "纸质签到表.pdf"
    write_sheet_pdf(load_sheet(db, TODAY, None), sheet)
    calls = files / "久未签到名单-打印.pdf"
    printer = call_list_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(calls))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    render_call_list(printer, members_not_seen(db, 2, today=TODAY), "西长安街温馨家园")
    return [sheet, calls, *write_care_pdfs(db, files), *write_volunteer_pdfs(db, files),
            *write_sales_pdfs(db, files), *write_training_pdfs(db, files)]


def write_sales_pdfs(db: object, files: Path) -> list[Path]:
    """希联圆梦's paper: a receipt on each paper, a sheet of labels, the stock-take count sheet,
    a delivery note, the day-end slip and the makers' statements of MONTH."""
    from desktop.models.admin.centre import load_profile
    from desktop.models.db import Database
    from desktop.models.sales import catalogue, day_end
    from desktop.models.sales import sales as sales_model
    from desktop.ui.common.printed_form import write_form_pdf
    from desktop.ui.sales.day_end_tab import day_end_form
    from desktop.ui.sales.delivery_note_print import delivery_note_of
    from desktop.ui.sales.income_statement_print import write_statements
    from desktop.ui.sales.labels_print import SHEETS, write_labels_pdf
    from desktop.ui.sales.receipt_print import PAPERS, receipt_of, write_receipt_pdf
    from desktop.ui.sales.stock_count_sheet import count_sheet_of

    assert isinstance(db, Database)
    centre_name = load_profile(db).name
    written: list[Path] = []
    last = db.scalar("SELECT max(id) FROM sales_sale WHERE voided_at IS NULL AND day <= ?",
                     (TODAY.isoformat(),))
    sale = sales_model.get_sale(db, int(last))
    for paper in PAPERS:
        written.append(write_receipt_pdf(receipt_of(sale, centre_name), paper,
                                         files / f"小票-{paper}.pdf"))
    products = catalogue.list_products(db)[:12]
    written.append(write_labels_pdf(products, SHEETS[0], files / "商品标签.pdf"))
    written.append(write_form_pdf(count_sheet_of(db), files / "库存盘点表.pdf"))
    order = db.scalar("SELECT max(id) FROM sales_order")
    if order is not None:
        written.append(write_form_pdf(delivery_note_of(db, int(order)), files / "送货单.pdf"))
    day = date.fromisoformat(sale.day)
    written.append(write_form_pdf(day_end_form(centre_name, day_end.day_totals(db, day),
                                               day_end.day_end_of(db, day)),
                                  files / "日结单.pdf"))
    statements, _ = write_statements(db, MONTH, files / "制作者收入对账单.pdf")
    return [*written, statements]


def write_volunteer_pdfs(db: object, files: Path) -> list[Path]:
    """志愿服务's paper: a certificate of service for the volunteer with the most hours in
    the year before MONTH, issued and then reprinted (补打)."""
    from desktop.models.db import Database
    from desktop.models.volunteers import certificates
    from desktop.ui.volunteers.certificate_print import write_certificate_pdf

    assert isinstance(db, Database)
    start, end = f"{int(MONTH[:4]) - 1}{MONTH[4:]}-01", f"{MONTH}-28"
    person = db.scalar("SELECT person_id FROM volunteer_service WHERE voided_at IS NULL"
                       " AND day BETWEEN ? AND ? GROUP BY person_id ORDER BY sum(minutes) DESC"
                       " LIMIT 1", (start, end))
    issued = certificates.issue(db, int(person), start, end, actor=ADMIN)
    first = write_certificate_pdf(issued, files / "志愿服务证明.pdf")
    again = certificates.reprint(db, issued.id, actor=ADMIN)
    return [first, write_certificate_pdf(again, files / "志愿服务证明-补打.pdf")]


def write_care_pdfs(db: object, files: Path) -> list[Path]:
    """日间照料's paper: the day's care sheet blank and filled, a service plan, an incident
    report, a purchased-service confirmation and the month's meal collection sheet."""
    from desktop.models.care import incidents, plans
    from desktop.models.db import Database
    from desktop.ui.care.care_log_print import load_sheet as care_sheet
    from desktop.ui.care.care_log_print import write_sheet_pdf as write_care_sheet
    from desktop.ui.care.incident_print import incident_form
    from desktop.ui.care.meal_statement_print import write_statement_pdf
    from desktop.ui.care.plan_print import load_plan_print, write_plan_pdf
    from desktop.ui.care.service_confirmation_print import write_confirmation_pdf
    from desktop.ui.common.printed_form import write_form_pdf

    assert isinstance(db, Database)
    day = db.scalar("SELECT max(day) FROM care_entry WHERE day <= ?", (TODAY.isoformat(),))
    written = []
    for filled, name in ((False, "照料记录表-空白.pdf"), (True, "照料记录表-已填.pdf")):
        write_care_sheet(care_sheet(db, ADMIN, date.fromisoformat(day), filled=filled),
                         files / name)
        written.append(files / name)
    member = db.scalar("SELECT person_id FROM care_plan ORDER BY id LIMIT 1")
    plan = plans.plans(db, member, actor=ADMIN)[0]
    write_plan_pdf(load_plan_print(db, plan.id, actor=ADMIN), files / "个别化服务计划.pdf")
    found = incidents.incidents(db, actor=ADMIN)[0]
    write_form_pdf(incident_form(found, "西长安街温馨家园"), files / "突发事件报告.pdf")
    provider = db.scalar("SELECT provider_id FROM care_provider_session WHERE day LIKE ?"
                         " LIMIT 1", (f"{MONTH}%",))
    if provider is not None:
        write_confirmation_pdf(db, ADMIN, int(provider), MONTH, files / "购买服务确认单.pdf")
        written.append(files / "购买服务确认单.pdf")
    write_statement_pdf(db, ADMIN, MONTH, files / "餐费收费表.pdf")
    return [*written, files / "个别化服务计划.pdf", files / "突发事件报告.pdf",
            files / "餐费收费表.pdf"]


def to_pdf(workbooks: Sequence[Path], pdf: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed: workbooks are not printed. "
              "Debian: apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(pdf),
                    *map(str, workbooks)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def page_facts(pdf: Path) -> tuple[int, str, float]:
    """Pages, paper size and the smallest word height in points."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    size = re.search(r"Page size:\s+(.*)", info).group(1).strip()  # type: ignore[union-attr]
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in
               re.findall(r'<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', boxes)]
    return pages, size, min(heights, default=0.0)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing. Debian: apt-get install poppler-utils", file=sys.stderr)
        return 1
    shutil.rmtree(OUT, ignore_errors=True)
    files, pdf, pages, work = (OUT / name for name in ("files", "pdf", "pages", "work"))
    for folder in (files, pdf, pages, work):
        folder.mkdir(parents=True)
    written = write_files(files, work)
    to_pdf([p for p in written if p.suffix == ".xlsx"], pdf)
    for made in written:
        if made.suffix == ".pdf":
            shutil.copy(made, pdf / made.name)
    print(f"{'file':<24} pages  smallest text  paper")
    for printed in sorted(pdf.glob("*.pdf")):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(printed),
                        str(pages / printed.stem)], check=True)
        count, size, smallest = page_facts(printed)
        print(f"{printed.stem:<24} {count:>5}  {smallest / 1.2:>6.1f} pt     {size}")
    shutil.rmtree(work)
    print(f"pages to look at: {pages.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
