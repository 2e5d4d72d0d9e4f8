"""The shared printed form, printed to real PDF files and read back with Qt's PDF reader: the
running header and "第 n 页，共 m 页" on every page, the table heading repeated and no row split,
the total in capital numerals and the sign-off block whole on the last page, with room to sign
and to stamp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.common.paged_print import PrintError
from desktop.ui.common.printed_form import (
    FormTable,
    MoneyTotal,
    PdfError,
    PrintedForm,
    SignOff,
    form_printer,
    paragraphs,
    print_form,
    write_form_pdf,
)
from tests.ui.common.pdf_reading import MM_PER_POINT, PrintedPdf

HEADER = "西长安街温馨家园 补助发放表 2026年10月"  # its ideographic spaces read back as plain ones
SIGN_OFF = ("制表人", "审核人", "负责人", "单位（盖章）", "日期")
COLUMNS = (("序号", 8), ("姓名", 22), ("金额（元）", 20), ("领取人签名", 50))
PER_ROW_FEN = 6920  # 60 rows: 4,152.00 元


def payout_rows(count: int) -> list[str]:
    return [f'<tr><td align="center">{n}</td><td>会员{n:03d}</td>'
            f'<td align="right">发放{n:03d}：69.20</td><td>&nbsp;</td></tr>'
            for n in range(1, count + 1)]


def payout_form(rows: int, **overrides: object) -> PrintedForm:
    values: dict[str, object] = {
        "title": "西长安街温馨家园2026年10月职康站生活补助发放表", "centre": "西长安街温馨家园",
        "subject": "补助发放表", "period": "2026年10月",
        "intro": paragraphs("发放标准：每出勤一天 5.00 元。"),
        "table": FormTable(COLUMNS, payout_rows(rows), row_height_mm=10),
        "total": MoneyTotal("合计金额", PER_ROW_FEN * rows), "sign_off": SignOff()}
    values.update(overrides)
    return PrintedForm(**values)  # type: ignore[arg-type]


def written(form: PrintedForm, path: Path) -> PrintedPdf:
    return PrintedPdf(write_form_pdf(form, path))


def test_a_form_of_several_pages(qapp, tmp_path: Path) -> None:
    pdf = written(payout_form(60), tmp_path / "发放表.pdf")
    pages = len(pdf)
    assert pages >= 3
    last = pages - 1
    for number, text in enumerate(pdf.texts):
        width, height = pdf.size_mm(number)
        assert round(width) == 210 and round(height) == 297  # A4 portrait
        assert text.startswith(HEADER), text
        assert f"第 {number + 1} 页，共 {pages} 页" in text
        assert "领取人签名" in text  # the heading row, repeated
    assert pdf.pages_with("西长安街温馨家园2026年10月职康站生活补助发放表") == [0]
    # No row split: its first and last cell on the same page; rows tall enough to sign.
    for n in range(1, 61):
        (page,) = pdf.pages_with(f"会员{n:03d}")
        assert f"发放{n:03d}" in pdf.texts[page]
        if pdf.pages_with(f"会员{n + 1:03d}") == [page]:
            pitch = pdf.box(page, f"会员{n + 1:03d}").top() - pdf.box(page, f"会员{n:03d}").top()
            assert pitch * MM_PER_POINT >= 10
    # Body text at 10 pt: a line of Chinese is about 0.9 of the size high.
    assert pdf.box(0, "会员001").height() >= 10 * 0.85
    assert pdf.box(0, "西长安街温馨家园").height() >= 9 * 0.85  # the running header
    # The total in capitals, and the whole sign-off block, on the last page only.
    assert pdf.pages_with("合计金额：人民币（大写）肆仟壹佰伍拾贰元整 （小写）¥4,152.00") == [last]
    for label in SIGN_OFF:
        assert pdf.pages_with(label) == [last], label
    assert "会员060" in pdf.texts[last]
    # Room for the seal below its label, and the whole block above the page number.
    stamp = pdf.box(last, "单位（盖章）")
    day = pdf.box(last, "日期")
    assert (day.top() - stamp.bottom()) * MM_PER_POINT >= 30
    footer = pdf.box(last, f"第 {pages} 页")
    assert pdf.box(last, "年").bottom() < footer.top()
    pdf.close()


def test_the_sign_off_takes_the_last_row_to_a_new_page_rather_than_go_alone(
        qapp, tmp_path: Path) -> None:
    # Rows enough to fill the first page: the block does not fit below them.
    for rows in range(15, 40):
        pdf = written(payout_form(rows), tmp_path / f"{rows}.pdf")
        if len(pdf) == 2 and pdf.pages_with(f"会员{rows - 1:03d}") == [0]:
            break
        pdf.close()
    else:
        pytest.fail("no row count fills the first page")
    assert pdf.pages_with(f"会员{rows:03d}") == [1]
    for label in SIGN_OFF:
        assert pdf.pages_with(label) == [1], label
    assert pdf.texts[1].startswith(HEADER) and "领取人签名" in pdf.texts[1]
    assert "第 2 页，共 2 页" in pdf.texts[1]
    pdf.close()


def test_free_text_flows_over_pages_with_header_and_numbers(qapp, tmp_path: Path) -> None:
    texts = [f"第{n:03d}条：志愿服务时长按实际服务时间计算，不含往返路程。" for n in range(1, 121)]
    form = payout_form(0, table=None, total=None, orientation=QPageLayout.Orientation.Landscape,
                       intro=paragraphs(*texts))
    pdf = written(form, tmp_path / "说明.pdf")
    pages = len(pdf)
    assert pages >= 2
    for number, text in enumerate(pdf.texts):
        width, height = pdf.size_mm(number)
        assert round(width) == 297 and round(height) == 210  # A4 landscape
        assert text.startswith(HEADER) and f"第 {number + 1} 页，共 {pages} 页" in text
    for n in range(1, 121):
        assert len(pdf.pages_with(f"第{n:03d}条")) == 1, n
    assert pdf.pages_with("第120条") == [pages - 1] and pdf.pages_with("负责人") == [pages - 1]
    pdf.close()


def test_the_same_form_prints_to_a_printer(qapp, tmp_path: Path) -> None:
    form = payout_form(3, sign_off=SignOff(signers=("经办人",), stamp=False))
    printer = form_printer(form)
    assert printer.pageLayout().pageSize().id().name == "A4"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_form(printer, form) == 1
    del printer  # closes the file
    pdf = PrintedPdf(tmp_path / "printed.pdf")
    (text,) = pdf.texts
    assert "经办人" in text and "日期" in text and "审核人" not in text
    assert "单位（盖章）" not in text and "人民币（大写）贰佰零柒元陆角整" in text
    pdf.close()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_open_or_a_missing_folder_is_reported(qapp,
                                                                    tmp_path: Path) -> None:
    form = payout_form(3)
    printer = form_printer(form)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "x.pdf"))
    with pytest.raises(PrintError) as refused:
        print_form(printer, form)
    assert str(refused.value) == \
        f"无法开始打印：打印机或文件 {tmp_path / 'missing' / 'x.pdf'} 无法打开"
    with pytest.raises(PdfError) as failed:
        write_form_pdf(form, tmp_path / "missing" / "x.pdf")
    assert str(failed.value) == f"保存失败：文件夹 {tmp_path / 'missing'} 不存在"
    assert list(tmp_path.iterdir()) == []


def test_text_below_9_points_is_refused() -> None:
    with pytest.raises(ValueError, match="below 9 pt"):
        payout_form(1, point_size=8)


SIGN_OFFS = {
    "the default block": SignOff(),
    "a maker's statement": SignOff(signers=("本人或监护人", "经办人"), stamp=False),
    "a certificate": SignOff(signers=("负责人",), date_label="发证日期",
                             date_text="2026年10月31日"),
    "five signers": SignOff(signers=("本人或监护人", "经办人", "制表人", "审核人", "负责人")),
}


@pytest.mark.parametrize("point_size", [9, 10, 11, 12, 16])
@pytest.mark.parametrize("sign_off", list(SIGN_OFFS), ids=list(SIGN_OFFS))
def test_no_word_of_the_sign_off_is_broken_in_any_type_size(
        qapp, tmp_path: Path, point_size: int, sign_off: str) -> None:
    block = SIGN_OFFS[sign_off]
    form = PrintedForm(title="对账单", centre="西长安街温馨家园", subject="对账单", period="十月",
                       sign_off=block, point_size=point_size)
    pdf = written(form, tmp_path / "签字.pdf")
    (text,) = pdf.texts
    words = [*(block.signers or ("制表人", "审核人", "负责人")), block.date_label or "日期"]
    if block.stamp:
        words.append("单位（盖章）")
    one_line = pdf.box(0, "对账单 十月").height() * 1.5  # the running header, 9 pt
    one_line = max(one_line, point_size * 1.5)
    for word in words:
        assert word in text, word  # a word split over two lines reads back with a break
        assert pdf.box(0, word).height() < one_line, word
    # The date to fill in (年 月 日) or printed (2026年10月31日) stays on one line.
    date = block.date_text or "年 月 日"
    assert date in text
    assert pdf.box(0, date).height() < one_line
    # Every box to sign is wide enough for a name written by hand, up to the page's edge.
    width, _height = pdf.size_mm(0)
    for word in words[:-2 if block.stamp else -1]:
        assert pdf.box(0, word).right() * MM_PER_POINT < width - 12 - 25, word
    pdf.close()
