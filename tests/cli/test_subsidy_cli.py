"""`warmhome subsidy --out`: the payout sheet written from the command line, as a real process."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.conftest import Run, RunMany, digest, one_line_error
from tests.cli.test_attendance_cli import may_db  # noqa: F401  (the shared May database)


def test_out_writes_the_payout_sheet_with_the_capital_total(run: Run, may_db: Path,  # noqa: F811
                                                            tmp_path: Path) -> None:
    target = tmp_path / "发放表.xlsx"
    result = run("subsidy", "--month", "2024-05", "--out", target, "--db", may_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已写入发放表：{target}（1 人，合计 40.00 元）"
    sheet = load_workbook(target).worksheets[0]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("张三" in text for text in texts)
    assert any("肆拾元整" in text for text in texts)  # the total in capital numerals
    assert any(text.startswith("审核人") for text in texts)  # the sign-off block
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4


def test_out_into_a_folder_uses_the_standard_name(run: Run, may_db: Path,  # noqa: F811
                                                  tmp_path: Path) -> None:
    result = run("subsidy", "--month", "2024-05", "--out", tmp_path, "--db", may_db)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "康复补助-2024-05.xlsx").is_file()


def test_out_never_replaces_a_file_and_bad_places_write_nothing(
        run_many: RunMany, may_db: Path, tmp_path: Path) -> None:  # noqa: F811
    existing = tmp_path / "signed.xlsx"
    existing.write_bytes(b"printed and signed")
    before = digest(may_db)
    kept, no_folder, not_xlsx, with_json = run_many([
        ("subsidy", "--month", "2024-05", "--out", existing, "--db", may_db),
        ("subsidy", "--month", "2024-05", "--out", tmp_path / "nowhere" / "x.xlsx",
         "--db", may_db),
        ("subsidy", "--month", "2024-05", "--out", tmp_path / "x.txt", "--db", may_db),
        ("subsidy", "--month", "2024-05", "--out", tmp_path / "y.xlsx", "--json",
         "--db", may_db)])
    assert f"文件已存在，未覆盖：{existing}" in one_line_error(kept)
    assert existing.read_bytes() == b"printed and signed"
    assert "不存在" in one_line_error(no_folder)
    assert ".xlsx" in one_line_error(not_xlsx)
    assert with_json.returncode == 2 and "not allowed with argument" in with_json.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signed.xlsx"]
    assert digest(may_db) == before
