"""An error in the program itself, as a scheduled command line meets it: the real CLI in a
process with a bug injected into one of our functions. One line on stderr names the log,
exit code 70, the traceback goes to the log (without personal data), not to the screen."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.models.db import open_database
from tests.cli.conftest import Result, one_line_error
from tests.conftest import ROOT, main_env
from tests.excel.reporting.consolidation_helpers import MONTH, export, make_centres

ID_NUMBER = "11010519491231002X"
# Runs the real command line after replacing one function of ours with one that fails.
BUGGY_RUN = """
import importlib, sys
module = importlib.import_module(sys.argv[1])
def broken(*args, **kwargs):
    raise TypeError("张三 11010519491231002X 13812345678")
setattr(module, sys.argv[2], broken)
from desktop.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _run(home: Path, module: str, function: str, *args: str | Path) -> Result:
    """The command line ARGS with ``module.function`` replaced by one that raises."""
    return subprocess.run([sys.executable, "-c", BUGGY_RUN, module, function, *map(str, args)],
                          cwd=ROOT, env=main_env(home), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


def _log(home: Path) -> Path:
    return home / "data" / "warmhome" / "logs" / "warmhome.log"


def test_a_bug_is_one_line_exit_70_and_a_traceback_in_the_log(tmp_path: Path) -> None:
    db = tmp_path / "centre.db"
    open_database(db).close()
    result = _run(tmp_path, "desktop.models.people.people_query", "list_people",
                  "people", "list", "--db", db)
    assert result.returncode == 70
    line = one_line_error(result)
    log = _log(tmp_path)
    assert line == (f"warmhome: 错误：程序出现了意外错误（TypeError），命令没有完成；"
                    f"详细记录在日志文件 {log} 中，请把这个文件发给技术支持")
    assert "张三" not in result.stderr and ID_NUMBER not in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "start: cli people list (warmhome " in text
    assert "ERROR warmhome: unexpected error in cli people list" in text
    assert "Traceback (most recent call last):" in text
    assert "desktop.cli:" in text and " in cmd_people_list" in text
    assert "TypeError (message not logged)" in text
    assert "张三" not in text and ID_NUMBER not in text and "13812345678" not in text
    assert str(db) not in text


def test_a_refused_input_writes_no_log(tmp_path: Path) -> None:
    # The usual one-line refusals (exit 1) are not errors of the program.
    result = _run(tmp_path, "desktop.models.people.people_query", "list_people",
                  "people", "list", "--db", tmp_path / "missing.db")
    assert result.returncode == 1
    assert "数据库文件不存在" in one_line_error(result)
    assert not _log(tmp_path).exists()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One centre's good workbook, and a zip with no workbook in it (openpyxl reads it)."""
    centre = make_centres(tmp_path_factory.mktemp("centres"))[0]
    folder = tmp_path_factory.mktemp("usb")
    export(centre, folder)
    with zipfile.ZipFile(folder / "坏文件.xlsx", "w") as damaged:
        damaged.writestr("a.txt", "not a workbook")
    return folder


def test_a_bug_in_the_reader_is_not_reported_as_a_damaged_file(tmp_path: Path,
                                                               reports: Path) -> None:
    out = tmp_path / "区汇总.xlsx"
    result = _run(tmp_path, "desktop.excel.reporting.consolidation_input", "_summary",
                  "consolidate", "--month", MONTH, "--out", out, reports)
    assert result.returncode == 70
    line = one_line_error(result)
    assert "程序出现了意外错误（TypeError）" in line and str(_log(tmp_path)) in line
    assert "损坏" not in result.stderr + result.stdout
    assert not out.exists()
    text = _log(tmp_path).read_text(encoding="utf-8")
    assert "unexpected error in cli consolidate" in text
    assert "desktop.excel.reporting.consolidation_input:" in text and " in _verify_centre" in text
    # Without the bug the same folder consolidates, the damaged file listed as damaged.
    fine = _run(tmp_path, "desktop.excel.reporting.consolidation_input", "unused_name",
                "consolidate", "--month", MONTH, "--out", out, reports)
    assert fine.returncode == 0, fine.stderr
    assert f"未采用：{reports / '坏文件.xlsx'}：文件已损坏，无法按 xlsx 读取，请中心重新导出" \
        in fine.stdout.splitlines()
