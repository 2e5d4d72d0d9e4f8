"""The log file: in the data folder, size-capped, and without personal data in it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import error_log

NAME, OTHER_NAME, LATIN_NAME = "张三", "李四", "Zhang Sanfeng"
ID_NUMBER, CERT_NUMBER = "11010519491231002X", "1101051949123100243"
PHONE, SPACED_PHONE = "13812345678", "139 1234 5678"
ADDRESS = "北京市西城区砖塔胡同1号"
SECRETS = (NAME, OTHER_NAME, LATIN_NAME, ID_NUMBER, CERT_NUMBER, PHONE, SPACED_PHONE, ADDRESS,
           "1234 5678", "Sanfeng")


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user data folder in a temporary place; the log closed and levels restored after."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    logger = logging.getLogger(error_log.LOGGER)
    level = logger.level
    yield tmp_path / "data" / "warmhome"
    error_log.close()
    logger.setLevel(level)


def _import_person(name: str, id_number: str) -> None:
    registered: dict[str, int] = {}
    try:
        registered[id_number]
    except KeyError as exc:
        raise ValueError(f"{name} 的身份证号 {id_number} 电话 13812345678 "
                         "住址 北京市西城区砖塔胡同1号") from exc


def test_log_is_in_the_data_folder_and_starts_with_the_versions(data_folder: Path) -> None:
    path = error_log.configure("cli people list", {"Qt": "6.11.3"})
    assert path == data_folder / "logs" / "warmhome.log"
    text = path.read_text(encoding="utf-8")
    assert "INFO warmhome: start: cli people list (warmhome " in text
    assert "; Python 3." in text and "; Qt 6.11.3; " in text


def test_no_name_id_phone_or_address_reaches_the_log(data_folder: Path) -> None:
    path = error_log.configure("gui")
    assert path is not None
    log = logging.getLogger("warmhome.people")
    try:
        _import_person(NAME, ID_NUMBER)
    except ValueError as exc:
        log.error("import failed for %s (%s)", NAME, LATIN_NAME, exc_info=exc)
        error_log.record_unexpected((type(exc), exc, exc.__traceback__), "gui")
    log.warning(f"person {OTHER_NAME} {CERT_NUMBER} phone {SPACED_PHONE}")
    log.info("%(who)s signed in", {"who": LATIN_NAME})
    log.info(ValueError(PHONE))  # not a format string at all
    log.info("%d people imported, last %s", 12, ID_NUMBER)
    text = path.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, secret
    # What helps to find the bug is there: types, frames, the chain, the counts.
    assert "import failed for <str> (<str>)" in text
    assert "unexpected error in gui" in text
    assert "test_error_log:" in text and " in _import_person" in text
    assert "KeyError (message not logged)" in text
    assert "The above exception was the direct cause of:" in text
    assert text.index("KeyError (message not logged)") < text.index("ValueError (message")
    assert "<str> signed in" in text and "<ValueError>" in text
    assert "12 people imported, last <str>" in text
    assert "person [hanzi] [digits] phone [digits]" in text
    assert str(Path.home()) not in text and __file__ not in text  # frames by module, not path


def test_error_codes_are_kept(data_folder: Path) -> None:
    import sqlite3

    path = error_log.configure("gui")
    assert path is not None
    log = logging.getLogger("warmhome")
    log.error("save failed", exc_info=OSError(28, "No space left on device", "/home/张三/x.db"))
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM 会员")
    except sqlite3.Error as exc:
        log.error("query failed", exc_info=exc)
    text = path.read_text(encoding="utf-8")
    assert "OSError [errno ENOSPC] (message not logged)" in text
    assert "sqlite3.OperationalError [SQLITE_ERROR] (message not logged)" in text
    assert "张三" not in text and "会员" not in text


def test_the_log_is_capped(data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(error_log, "MAX_BYTES", 2_000)
    path = error_log.configure("gui")
    assert path is not None
    log = logging.getLogger("warmhome")
    for number in range(400):
        log.warning("line %d of a long session", number)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["warmhome.log", *(f"warmhome.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "line 399 of a long session" in path.read_text(encoding="utf-8")


def test_an_unwritable_data_folder_leaves_the_program_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert error_log.configure("gui") is None
    try:
        raise RuntimeError(NAME)
    except RuntimeError as exc:
        assert error_log.record_unexpected((RuntimeError, exc, exc.__traceback__), "gui") is None
    assert blocker.read_text() == "x"
