"""`warmhome training certificate` as scripts use it (real processes): the first run numbers
the certificate and writes the PDF, a second run reprints it marked 补打 with the same number
(to another file: an existing one is never replaced); refusals are one line on stderr and
write neither the file nor the register."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from desktop.models.clock import FixedClock
from desktop.models.db import open_database
from desktop.models.training import completion
from tests.cli.conftest import Run, one_line_error
from tests.conftest import STAFF
from tests.ui.training.outcomes_support import finished_course


def _make_db(folder: Path) -> tuple[Path, list[int]]:
    """The test course taught to its end; 张三 completed, 李四 (75 %) not."""
    path = folder / "training.db"
    db = open_database(path, clock=FixedClock(datetime(2024, 6, 3, 10, 0)))
    course = finished_course(db)
    completion.complete(db, course.enrolments[0], actor=STAFF)
    db.close()
    return path, course.enrolments


def _register(path: Path) -> list[tuple[str, int]]:
    db = open_database(path)
    try:
        return [(r[0], int(r[1])) for r in db.query(
            "SELECT number, reprints FROM training_certificate ORDER BY id")]
    finally:
        db.close()


def test_certificate_is_issued_then_reprinted_as_pdf(run: Run, tmp_path: Path) -> None:
    from tests.ui.common.pdf_reading import PrintedPdf

    path, enrolments = _make_db(tmp_path)
    out = tmp_path / "张三结业证书.pdf"
    first = run("training", "certificate", str(enrolments[0]), "--out", out, "--db", path)
    assert first.returncode == 0, first.stderr
    # Numbered in the year it is issued (the real clock's, in a separate process).
    number = re.search(r"JYPX-XC-T-01-\d{4}-0001", first.stdout)
    assert number, first.stdout
    assert first.stdout.startswith(f"已发 张三 的结业证书 {number.group(0)}（西点烘焙初级班，"
                                   "出勤率 100.0%，32.0 学时）：")
    assert str(out) in first.stdout
    pdf = PrintedPdf(out)
    assert len(pdf) == 1
    text = " ".join(pdf.texts[0].split())
    for expected in ("结业证书", "张三", number.group(0), "西点烘焙初级班", "32.0 学时",
                     "16 / 16 次（100.0%）", "2024-05-06 至 2024-06-28", "单位（盖章）",
                     "测试温馨家园"):
        assert expected in text, expected
    # The ID number is masked; the first print is not marked 补打.
    assert re.search(r"110102\*+\d{3}[\dX]", text), text
    assert "补打" not in text
    pdf.close()
    assert _register(path) == [(number.group(0), 0)]

    printed = out.read_bytes()
    refused = run("training", "certificate", str(enrolments[0]), "--out", out, "--db", path)
    assert refused.returncode == 1
    assert one_line_error(refused).endswith(f"文件已存在，未覆盖：{out}")
    assert out.read_bytes() == printed
    assert _register(path) == [(number.group(0), 0)]
    out = tmp_path / "张三结业证书-补打.pdf"
    again = run("training", "certificate", str(enrolments[0]), "--out", out, "--db", path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"补打（第 1 次） 张三 的结业证书 {number.group(0)}")
    pdf = PrintedPdf(out)
    assert "补打（第 1 次）" in " ".join(pdf.texts[0].split())
    pdf.close()
    assert _register(path) == [(number.group(0), 1)]


def test_certificate_refusals_are_one_line_and_write_nothing(run: Run, tmp_path: Path) -> None:
    path, enrolments = _make_db(tmp_path)
    out = tmp_path / "证书.pdf"
    base = ("training", "certificate")
    assert one_line_error(run(*base, str(enrolments[1]), "--out", out, "--db", path)).endswith(
        "李四 还没有结业，不能发结业证书：请先办理结业")
    assert "99" in one_line_error(run(*base, "99", "--out", out, "--db", path))
    no_folder = run(*base, str(enrolments[0]), "--out", tmp_path / "没有" / "证书.pdf",
                    "--db", path)
    assert no_folder.returncode == 1
    assert one_line_error(no_folder).endswith(f"保存失败：文件夹 {tmp_path / '没有'} 不存在")
    assert ".pdf" in one_line_error(run(*base, str(enrolments[0]), "--out",
                                        tmp_path / "证书.txt", "--db", path))
    assert one_line_error(run(*base, "0", "--out", out, "--db", path))
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert _register(path) == []


def test_a_centre_without_its_code_cannot_number_a_certificate(run: Run,
                                                               tmp_path: Path) -> None:
    from tests.models.training.training_support import course_with_trainees, teach_to_end

    path = tmp_path / "training.db"
    db = open_database(path, clock=FixedClock(datetime(2024, 6, 3, 10, 0)))
    course = course_with_trainees(db)
    teach_to_end(course)
    completion.complete(db, course.enrolments[0], actor=STAFF)
    db.close()
    out = tmp_path / "证书.pdf"
    assert one_line_error(run("training", "certificate", str(course.enrolments[0]), "--out",
                              out, "--db", path)).endswith(
        "还没有填写中心代码，证书无法编号：请管理员先在“设置”中填写中心信息")
    assert not out.exists()
    assert _register(path) == []
