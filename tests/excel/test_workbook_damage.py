"""Damaged workbooks are refused as damaged; an error in our own reader is not blamed on the file.

Each damaged file is made from a real exported workbook by changing its bytes the way a broken
copy, a bad disk or another program does, and each kind of damage in
``desktop.excel.workbook_damage`` is produced by one of them. Errors in our own code are
injected by replacing one of our functions; they must propagate (to the error handler and the
log), never turn into "文件已损坏，请中心重新导出".
"""

from __future__ import annotations

import re
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import ParseError

import pytest

from desktop.excel.reporting import consolidation_input, consolidation_output
from desktop.excel.reporting.consolidation import ACCEPTED, REJECTED, Consolidation, consolidate
from desktop.excel.reporting.consolidation_input import RejectedFile, read_centre_workbook
from desktop.excel.reporting.consolidation_output import is_district_workbook, write_consolidation
from desktop.models.clock import FixedClock
from tests.excel.reporting.consolidation_helpers import MONTH, TODAY, export, make_centres

Change = Callable[[str, bytes], bytes | None]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two centres' workbooks for MONTH, as exported (copy before changing)."""
    centres = make_centres(tmp_path_factory.mktemp("centres"))
    folder = tmp_path_factory.mktemp("good")
    return [export(c, folder) for c in centres[:2]]


def _rewrite(source: Path, target: Path, change: Change,
             compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A copy of the xlsx ``source`` with each member passed through ``change`` (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compression) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def _sheet_member(path: Path, title: str) -> str:
    """The zip member holding the sheet named ``title``."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rel_id = re.search(rf'<sheet[^>]*name="{title}"[^>]*r:id="(rId\d+)"', workbook)
    assert rel_id is not None
    target = re.search(rf'<Relationship[^>]*Id="{rel_id.group(1)}"[^>]*Target="([^"]+)"', rels) \
        or re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rel_id.group(1)}"', rels)
    assert target is not None
    return "xl/" + target.group(1).removeprefix("/xl/")


def _edit(member: str, pattern: bytes, replacement: bytes) -> Change:
    def change(name: str, data: bytes) -> bytes:
        if name != member:
            return data
        edited, count = re.subn(pattern, replacement, data, count=1)
        assert count == 1, (member, pattern)
        return edited
    return change


def _flip_bytes(path: Path, member: str, *, at_end: bool = False) -> None:
    """Damage 8 bytes of ``member``'s stored data, as a bad sector would: near its start, or
    with ``at_end`` near its end (stored data is read in chunks and its CRC checked with the
    last one: damage in the first chunk of a large member would reach the XML parser first)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    start += info.compress_size - 16 if at_end else 40
    for offset in range(8):
        data[start + offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _central_entry(path: Path, member: str, change: Callable[[bytearray, int], None]) -> None:
    """Change ``member``'s entry in the zip's central directory (``change(data, offset)``)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + length].decode() == member:
            change(data, at)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def _stored_flipped(good: Path, bad: Path) -> None:
    _rewrite(good, bad, lambda _n, d: d, zipfile.ZIP_STORED)
    _flip_bytes(bad, _sheet_member(bad, "汇总"), at_end=True)


def _deflated_flipped(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)
    _flip_bytes(bad, "xl/workbook.xml")


def _header_damaged(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)
    data = bytearray(bad.read_bytes())
    with zipfile.ZipFile(bad) as archive:
        data[archive.getinfo("xl/workbook.xml").header_offset] = 0
    bad.write_bytes(bytes(data))


def _deflate64(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)
    _central_entry(bad, "xl/workbook.xml",
                   lambda d, at: d.__setitem__(slice(at + 10, at + 12), struct.pack("<H", 9)))


def _zip_password(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)

    def encrypted(data: bytearray, at: int) -> None:
        flags = struct.unpack("<H", data[at + 8:at + 10])[0] | 1
        data[at + 8:at + 10] = struct.pack("<H", flags)
    _central_entry(bad, "xl/workbook.xml", encrypted)


def _no_content_types(good: Path, bad: Path) -> None:
    _rewrite(good, bad, lambda name, d: None if name == "[Content_Types].xml" else d)


def _no_workbook_part(good: Path, bad: Path) -> None:
    _rewrite(good, bad, _edit("[Content_Types].xml", rb"sheet\.main\+xml", b"sheet.other+xml"))


def _workbook_xml_cut(good: Path, bad: Path) -> None:
    _rewrite(good, bad, _edit("xl/workbook.xml", rb"</workbook>", b""))


def _summary_xml_broken(good: Path, bad: Path, title: str = "汇总") -> None:
    _rewrite(good, bad, _edit(_sheet_member(good, title), rb"</sheetData>",
                              b"<row></sheetData>"))


def _text_in_a_number_cell(good: Path, bad: Path) -> None:
    _rewrite(good, bad, _edit(_sheet_member(good, "汇总"),
                              rb'(<c r="C4"[^>]*t="n"[^>]*><v>)[^<]*', rb"\1abc"))  # 本月


def _bad_cell_reference(good: Path, bad: Path) -> None:
    _rewrite(good, bad, _edit(_sheet_member(good, "汇总"), rb'<c r="B4"', b'<c r="B?"'))


def _attribute_of_the_wrong_kind(good: Path, bad: Path) -> None:
    _rewrite(good, bad, _edit("xl/workbook.xml", rb'sheetId="1"', b'sheetId="x"'))


DAMAGE = [
    ("stored data fails its CRC", _stored_flipped, zipfile.BadZipFile),
    ("compressed data damaged", _deflated_flipped, zlib.error),
    ("local header damaged", _header_damaged, zipfile.BadZipFile),
    ("packed with Deflate64", _deflate64, NotImplementedError),
    ("zip password", _zip_password, RuntimeError),
    ("no [Content_Types].xml", _no_content_types, KeyError),
    ("no workbook part", _no_workbook_part, OSError),
    ("workbook.xml cut short", _workbook_xml_cut, ParseError),
    ("汇总 XML not well-formed", _summary_xml_broken, ParseError),
    ("text in a number cell", _text_in_a_number_cell, ValueError),
    ("cell reference B?", _bad_cell_reference, ValueError),
    ("sheetId x", _attribute_of_the_wrong_kind, TypeError),
]


def _run(inputs: list[Path]) -> Consolidation:
    return consolidate(inputs, MONTH, clock=FixedClock(TODAY))


@pytest.mark.parametrize(("damage", "make", "raised"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_each_kind_of_damage_is_refused_as_damaged(
        good: list[Path], tmp_path: Path, damage: str, make: Callable[[Path, Path], None],
        raised: type[BaseException]) -> None:
    bad = tmp_path / "坏文件.xlsx"
    make(good[0], bad)
    with pytest.raises(RejectedFile) as refused:
        read_centre_workbook(bad, MONTH)
    assert refused.value.message.startswith("文件已损坏"), damage
    assert type(refused.value.__cause__) is raised, refused.value.__cause__
    result = _run([bad, good[1]])
    outcome = next(o for o in result.outcomes if o.path == bad)
    assert outcome.status == REJECTED and outcome.reason.startswith("文件已损坏")
    assert result.count(ACCEPTED) == 1  # the other centre still counts


def _break(monkeypatch: pytest.MonkeyPatch, module: object, name: str,
           error: BaseException) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise error
    monkeypatch.setattr(module, name, broken)


@pytest.mark.parametrize(("name", "error"), [
    ("_summary", TypeError("'NoneType' object is not subscriptable")),
    ("meta_values", KeyError("centre_code")),
    ("meta_checksum", ValueError("unknown format version")),
    ("load_workbook", TypeError("load_workbook() got an unexpected keyword argument")),
])
def test_an_error_in_our_reader_is_not_blamed_on_the_file(
        good: list[Path], monkeypatch: pytest.MonkeyPatch, name: str,
        error: BaseException) -> None:
    _break(monkeypatch, consolidation_input, name, error)
    with pytest.raises(type(error)) as raised:
        _run(good)
    assert raised.value is error


def test_a_bug_raised_inside_openpyxl_by_our_call_is_not_damage(
        good: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # A wrong argument of ours makes openpyxl raise ValueError from its own code, while the
    # file itself is fine: that is not one of the ways a damaged file fails.
    from openpyxl.utils import get_column_letter

    original = consolidation_input._summary

    def summary_with_a_bad_call(sheet: object, header_row: int = 1) -> object:
        get_column_letter(0)
        return original(sheet, header_row)
    monkeypatch.setattr(consolidation_input, "_summary", summary_with_a_bad_call)
    with pytest.raises(ValueError, match="Invalid column index"):
        _run(good)


def test_district_workbook_check_refuses_damage_and_raises_our_errors(
        good: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = write_consolidation(_run(good), tmp_path / "区汇总.xlsx")
    assert is_district_workbook(earlier)
    damaged = tmp_path / "damaged.xlsx"
    _summary_xml_broken(earlier, damaged, "_meta")
    assert not is_district_workbook(damaged)
    _break(monkeypatch, consolidation_output, "meta_values", KeyError("kind"))
    with pytest.raises(KeyError):
        is_district_workbook(earlier)
