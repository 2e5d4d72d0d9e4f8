"""Reading and verifying one centre's monthly workbook for district consolidation.

Only ``_meta`` and 汇总 are used (docs/workbook.md: sheets are found by name, never by
position); the data checksum is recomputed over every sheet ``_meta`` says it covers, so a
file edited after export is refused. Every refusal is a :class:`RejectedFile` whose message
says, in Chinese, what is wrong with that one file.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.excel.reporting.monthly_workbook import (
    META,
    READABLE_FORMAT_VERSIONS,
    SUMMARY,
    SUMMARY_HEADER_ROWS,
    YEAR_SUM,
    meta_checksum,
    standard_name,
)
from desktop.excel.reporting.workbook_signature import (
    AUDIT_HASH,
    AUDIT_SEQ,
    BadSignature,
    check_signature,
    meta_rows,
)
from desktop.excel.workbook_damage import DAMAGE_TYPES, is_damage
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.centre_keys import KeyRegister
from desktop.models.reporting.district import normalise_code

# An encrypted xlsx (and an old .xls) is an OLE compound file, not a zip.
CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK"
KEY_HEADER, LABEL_HEADER, UNIT_HEADER, MONTH_HEADER, YEAR_HEADER = (
    "指标代码", "指标", "单位", "本月", "本年累计")
# How the row's year to date is made: 累计方式 with 本年累计 / 时点数 (formats 1 and 2),
# 本年累计的算法 with 1月至本月累计 / 不累计，同本月 (format 3).
MODE_HEADERS = ("累计方式", "本年累计的算法")
CUMULATIVE_MODES = ("本年累计", YEAR_SUM)
MONEY_UNIT = "元"
# What the district workbook writes in its own _meta, so it is never taken for a centre's.
DISTRICT_KIND = "district_consolidation"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class ClaimedCentre:
    """Whose a refused file says it is, from its ``_meta``: shown with the refusal, never
    trusted (the file was refused), so it never makes a centre count as reported."""

    code: str
    name: str = ""
    street: str = ""
    revision: int | None = None


class RejectedFile(WarmHomeError):
    """This file cannot be consolidated; the message is the reason shown to the user.

    ``claimed`` is the centre its ``_meta`` names, when that could be read.
    """

    claimed: ClaimedCentre | None = None


@dataclass(frozen=True)
class IndicatorValue:
    """One 汇总 row as consolidation uses it: the key, label, unit, mode and this month."""

    key: str
    label: str
    unit: str
    cumulative: bool
    value: Decimal
    # 本年累计 (None when the file has no such column or the cell is empty).
    year_to_date: Decimal | None = None


@dataclass
class CentreWorkbook:
    """A verified workbook: who sent it, which revision, and its 汇总 for the month."""

    path: Path
    code: str
    name: str
    district: str
    street: str
    period: str
    revision: int
    generated_at: str
    sha256: str
    indicators: list[IndicatorValue] = field(default_factory=list)
    # The key that signed it ("" for a file of a release before signing), and whether the
    # district had no key on file for the centre: trusted on first use, with a warning.
    signing_key: str = ""
    key_fingerprint: str = ""
    first_use: bool = False
    # The audit chain's head at export, as signed (None in a file of an older release).
    audit_seq: int | None = None
    audit_hash: str = ""

    def values(self) -> dict[str, Decimal]:
        """Indicator key → this month's value."""
        return {i.key: i.value for i in self.indicators}

    def year_values(self) -> dict[str, Decimal]:
        """Indicator key → the year to date, where the file gives one."""
        return {i.key: i.year_to_date for i in self.indicators if i.year_to_date is not None}

    @property
    def has_standard_name(self) -> bool:
        """Whether the file still has the name the export gave it (not "副本 …")."""
        expected = standard_name(self.district, self.street, self.code, self.period,
                                 self.revision)
        return self.path.name.lower() == expected.lower()


def input_files(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to read: each named file, and every ``*.xlsx`` directly inside each named
    folder (sorted by name; Office lock files ``~$…`` and hidden files skipped). A path
    that does not exist is kept, so that it is reported as missing."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += sorted(p for p in path.iterdir()
                            if p.suffix.lower() == ".xlsx" and p.is_file()
                            and not p.name.startswith(("~$", ".")))
        else:
            files.append(path)
    unique: dict[Path, None] = {}
    for path in files:
        # The same file named twice (as a file and through its folder) is read once.
        unique.setdefault(path.resolve() if path.exists() else path, None)
    return list(unique)


def _check_container(path: Path) -> None:
    """Refuse what is not an xlsx at all before openpyxl sees it (clearer messages)."""
    if not path.exists():
        raise RejectedFile(Message(QT_TRANSLATE_NOOP("Messages", "文件不存在")))
    if not path.is_file():
        raise RejectedFile(Message(QT_TRANSLATE_NOOP("Messages", "不是文件")))
    if path.suffix.lower() != ".xlsx":
        # Named on purpose, yet not a workbook's name: say so rather than "damaged".
        shown = (
            Message(QT_TRANSLATE_NOOP("Messages", "扩展名是 {suffix}"), suffix=path.suffix)
            if path.suffix
            else Message(QT_TRANSLATE_NOOP("Messages", "文件名没有扩展名"))
        )
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "不是 .xlsx 文件（{shown}），请选择中心导出的 .xlsx 月报"
                ),
                shown=shown,
            )
        )
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "无法读取文件（{reason}）"), reason=exc.strerror)
        ) from exc
    if head == CFB_SIGNATURE:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "文件有密码保护（或是旧版 .xls 格式），无法读取；请中心取消密码后重新导出 xlsx",
                )
            )
        )
    if not head.startswith(ZIP_SIGNATURE):
        raise RejectedFile(Message(QT_TRANSLATE_NOOP("Messages", "不是 xlsx 文件")))
    if not zipfile.is_zipfile(path):
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "文件已损坏（不完整或无法解压），请中心重新导出或重新复制"
                )
            )
        )


def meta_values(sheet: Any) -> dict[str, Any]:
    """A ``_meta`` sheet's rows below its header as key → value."""
    meta: dict[str, Any] = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row and row[0] is not None:
            meta[str(row[0]).strip()] = row[1] if len(row) > 1 else None
    return meta


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _number(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{sheet} {where} 不是数字"),
                sheet=SUMMARY,
                where=where,
            )
        )
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{sheet} {where} 不是数字"),
                sheet=SUMMARY,
                where=where,
            )
        ) from exc
    if not number.is_finite():
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{sheet} {where} 不是数字"),
                sheet=SUMMARY,
                where=where,
            )
        )
    return number


def _summary(sheet: Any, header_row: int = 1) -> list[IndicatorValue]:
    """The indicators of 汇总 whose column headers are in row ``header_row`` (by format
    version: the rows above are its title)."""
    if header_row > 1:
        for number, cells in enumerate(sheet.iter_rows(max_row=header_row - 1), start=1):
            _no_formula(cells, number)
    rows = sheet.iter_rows(min_row=header_row)
    header = [_text(c.value) for c in next(rows, ())]
    missing = [h for h in (KEY_HEADER, MONTH_HEADER) if h not in header]
    if missing:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{sheet} 缺少列“{columns}”（第 {row} 行）"),
                sheet=SUMMARY,
                columns="”“".join(missing),
                row=header_row,
            )
        )
    column = {
        h: header.index(h)
        for h in (KEY_HEADER, LABEL_HEADER, UNIT_HEADER, MONTH_HEADER, YEAR_HEADER,
                  *MODE_HEADERS)
        if h in header
    }
    mode_header = next((h for h in MODE_HEADERS if h in column), MODE_HEADERS[0])
    indicators: list[IndicatorValue] = []
    seen: set[str] = set()
    for number, cells in enumerate(rows, start=header_row + 1):
        _no_formula(cells, number)

        def get(name: str, cells: Sequence[Any] = cells) -> Any:
            index = column.get(name)
            return cells[index].value if index is not None and index < len(cells) else None

        key = _text(get(KEY_HEADER))
        if not key:
            if any(_text(c.value) for c in cells):
                raise RejectedFile(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "{sheet} 第 {number} 行缺少指标代码"),
                        sheet=SUMMARY,
                        number=number,
                    )
                )
            continue
        if key in seen:
            raise RejectedFile(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{sheet} 指标代码 {key} 出现两次"),
                    sheet=SUMMARY,
                    key=key,
                )
            )
        seen.add(key)
        unit = _text(get(UNIT_HEADER))
        value = _number(
            get(MONTH_HEADER),
            Message(
                QT_TRANSLATE_NOOP("Messages", "第 {number} 行（{key}）的本月值"),
                number=number,
                key=key,
            ),
        )
        year = get(YEAR_HEADER)
        year_value = None if year is None else _number(
            year,
            Message(
                QT_TRANSLATE_NOOP("Messages", "第 {number} 行（{key}）的本年累计"),
                number=number,
                key=key,
            ),
        )
        if unit == MONEY_UNIT:
            value = value.quantize(_CENT)  # money is exact yuan and fen
            year_value = None if year_value is None else year_value.quantize(_CENT)
        indicators.append(IndicatorValue(key, _text(get(LABEL_HEADER)) or key, unit,
                                         _text(get(mode_header)) in CUMULATIVE_MODES, value,
                                         year_value))
    return indicators


def _no_formula(cells: Sequence[Any], number: int) -> None:
    """Refuse a formula anywhere in 汇总."""
    for index, cell in enumerate(cells, start=1):
        if cell.data_type == "f":
            # Consolidation adds up values; a formula's value is whatever Excel last
            # cached, if anything: the centre must send the exported figures.
            raise RejectedFile(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{sheet} 第 {column}{number} 格是公式，月报中只能是导出的数值",
                    ),
                    sheet=SUMMARY,
                    column=get_column_letter(index),
                    number=number,
                )
            )


def _revision(value: Any) -> int:
    try:
        revision = int(str(value).strip())
    except ValueError as exc:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "_meta 中的版本号 {value} 不是正整数"),
                value=f"{value!r}",
            )
        ) from exc
    if revision < 1:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "_meta 中的版本号 {revision} 不是正整数"),
                revision=revision,
            )
        )
    return revision


def _claimed(meta: dict[str, Any]) -> ClaimedCentre | None:
    code = normalise_code(_text(meta.get("centre_code")))
    if not code:
        return None
    try:
        revision: int | None = _revision(meta.get("revision"))
    except RejectedFile:
        revision = None
    return ClaimedCentre(code, _text(meta.get("centre_name")), _text(meta.get("street")),
                         revision)


def _check_key(rows: Sequence[tuple[Any, Any]], code: str,
               keys: KeyRegister | None) -> tuple[str, str, bool]:
    """(the signing key, its fingerprint, whether trusted on first use) of a verified file,
    against the district's register ``keys`` (None: no register, any valid signature).
    RejectedFile when the signature is bad, the key is revoked or is not the centre's."""
    try:
        signed = check_signature(rows)
    except BadSignature as exc:
        raise RejectedFile(exc.message) from exc
    on_file = [] if keys is None else keys.get(code, [])
    active = [k for k in on_file if k.active]
    if signed is None:
        if active:
            # Dropping the signature must not get an edited file past the register.
            raise RejectedFile(Message(QT_TRANSLATE_NOOP(
                "Messages", "文件没有签名，但区里已登记该中心的签名公钥（指纹 {fingerprint}）"
                "；请中心用新版本重新导出"), fingerprint=active[0].fingerprint))
        return "", "", False
    match = next((k for k in on_file if k.public_key == signed.public_key), None)
    if match is not None and not match.active:
        raise RejectedFile(Message(QT_TRANSLATE_NOOP(
            "Messages", "签名公钥（指纹 {fingerprint}）已于 {when} 停用（{reason}）"
            "；请中心用当前的密钥重新导出，或向区里提交新的公钥文件"),
            fingerprint=signed.fingerprint, when=str(match.revoked_at)[:10],
            reason=match.revoke_reason or ""))
    if match is None and active:
        raise RejectedFile(Message(QT_TRANSLATE_NOOP(
            "Messages", "签名公钥（指纹 {fingerprint}）不是区里登记的该中心公钥（指纹 {known}）"
            "；如中心更换了电脑，请先导入中心新的公钥文件"),
            fingerprint=signed.fingerprint, known=active[0].fingerprint))
    if match is None and on_file:
        raise RejectedFile(Message(QT_TRANSLATE_NOOP(
            "Messages", "签名公钥（指纹 {fingerprint}）未在区里登记，该中心登记的公钥都已停用"
            "；请先导入中心新的公钥文件"), fingerprint=signed.fingerprint))
    return signed.public_key, signed.fingerprint, keys is not None and match is None


def _verify(workbook: Any, month: str | None, path: Path,
            keys: KeyRegister | None = None) -> CentreWorkbook:
    names = workbook.sheetnames
    if META not in names:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "缺少 {meta} 工作表：不是本软件导出的月报，或工作表被删除、改名"
                ),
                meta=META,
            )
        )
    meta = meta_values(workbook[META])
    if meta.get("kind") == DISTRICT_KIND:
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "这是区汇总工作簿，不是中心的月报"))
        )
    try:
        return _verify_centre(workbook, meta, month, path, keys)
    except RejectedFile as exc:
        exc.claimed = _claimed(meta)
        raise


def _verify_centre(workbook: Any, meta: dict[str, Any], month: str | None,
                   path: Path, keys: KeyRegister | None = None) -> CentreWorkbook:
    names = workbook.sheetnames
    version = _text(meta.get("format_version"))
    if version not in READABLE_FORMAT_VERSIONS:
        shown = version or Message(QT_TRANSLATE_NOOP("Messages", "（空）"))
        readable = "、".join(READABLE_FORMAT_VERSIONS)
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "格式版本 {shown} 无法识别（本软件读取版本 {readable}）"
                    "，请升级本软件或请中心用相同版本重新导出",
                ),
                shown=shown,
                readable=readable,
            )
        )
    period = _text(meta.get("period"))
    if month is not None and period != month:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "月份是 {period}，不是 {month}"),
                period=period or Message(QT_TRANSLATE_NOOP("Messages", "（空）")),
                month=month,
            )
        )
    code = normalise_code(_text(meta.get("centre_code")))
    if not code:
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "{meta} 中缺少中心编码"), meta=META)
        )
    revision = _revision(meta.get("revision"))
    if SUMMARY not in names:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "缺少 {summary} 工作表（被删除或改名）"),
                summary=SUMMARY,
            )
        )
    hashed = [s for s in _text(meta.get("hashed_sheets")).split(",") if s]
    if SUMMARY not in hashed:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{meta} 中的校验范围不含 {summary}，无法确认数据未被修改"
                ),
                meta=META,
                summary=SUMMARY,
            )
        )
    absent = [s for s in hashed if s not in names]
    if absent:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "缺少工作表 {sheets}（被删除或改名）"),
                sheets="、".join(absent),
            )
        )
    expected = _text(meta.get("sha256")).lower()
    if not _SHA256.match(expected):
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "{meta} 中缺少有效的校验码"), meta=META)
        )
    indicators = _summary(workbook[SUMMARY], SUMMARY_HEADER_ROWS[version])
    # Format 2 also covers the identity in _meta: a file relabelled as another centre,
    # month or revision fails here, like one whose figures were edited.
    if meta_checksum(workbook, meta) != expected:
        raise RejectedFile(
            Message(
                QT_TRANSLATE_NOOP("Messages", "文件在导出后被修改过（校验码不符），请中心重新导出")
            )
        )
    # The checksum matched, but anyone can recompute it: the signature says who made it.
    public, shown, first_use = _check_key(meta_rows(workbook[META]), code, keys)
    seq = meta.get(AUDIT_SEQ)
    return CentreWorkbook(
        path=path, code=code, name=_text(meta.get("centre_name")),
        district=_text(meta.get("district")), street=_text(meta.get("street")),
        period=period, revision=revision, generated_at=_text(meta.get("generated_at")),
        sha256=expected, indicators=indicators, signing_key=public, key_fingerprint=shown,
        first_use=first_use, audit_seq=seq if isinstance(seq, int) and public else None,
        audit_hash=_text(meta.get(AUDIT_HASH)) if public else "")


def read_centre_workbook(path: str | os.PathLike[str], month: str | None,
                         keys: KeyRegister | None = None) -> CentreWorkbook:
    """Open, check and read one centre's workbook for ``month`` (None: whichever month it
    is of); RejectedFile says why not.
    ``keys``: the district's register of centres' public keys (None: none consulted)."""
    file = Path(path)
    _check_container(file)
    try:
        stream = file.open("rb")
    except OSError as exc:
        raise RejectedFile(Message(QT_TRANSLATE_NOOP("Messages", "无法读取文件（{reason}）"),
                                   reason=exc.strerror or type(exc).__name__)) from exc
    # Opened here, the file is closed however reading ends (openpyxl leaves a file it failed
    # to read open, and on Windows an open file cannot be replaced or deleted).
    with stream:
        return _read(stream, file, month, keys)


def _read(stream: BinaryIO, file: Path, month: str | None,
          keys: KeyRegister | None = None) -> CentreWorkbook:
    # Only damage is reported as the file's fault (workbook_damage): an error in our own
    # code propagates, to be logged and shown as what it is.
    try:
        workbook = load_workbook(stream, read_only=True, data_only=False)
    except DAMAGE_TYPES as exc:
        if not is_damage(exc):
            raise
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "文件已损坏，无法按 xlsx 读取，请中心重新导出"))
        ) from exc
    try:
        return _verify(workbook, month, file, keys)
    except DAMAGE_TYPES as exc:
        if not is_damage(exc):
            raise
        # Damage inside a sheet only shows while it is streamed.
        raise RejectedFile(
            Message(QT_TRANSLATE_NOOP("Messages", "文件已损坏，工作表无法读取，请中心重新导出"))
        ) from exc
    finally:
        workbook.close()
