"""Reading the district's list of expected centres from a file.

Accepted: a text or CSV file with ``code[,name[,street]]`` per line (UTF-8, with or without
BOM, or GBK as saved by Chinese Excel; commas, full-width commas or tabs between fields;
empty lines and lines starting with ``#`` ignored; a first line 中心编码,… is a header), or
an xlsx whose first sheet has the columns 中心编码, 中心名称, 街道 in row 1 (any order; only
中心编码 is required).
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.district import ExpectedCentre, clean_list

CODE_HEADER, NAME_HEADER, STREET_HEADER = "中心编码", "中心名称", "街道"
_SEPARATORS = re.compile(r"[,，\t]")


class ExpectedListError(WarmHomeError):
    """The list file could not be read; the message says why."""


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExpectedListError(
        Message(
            QT_TRANSLATE_NOOP("Messages", "应报中心名单 {file} 不是 UTF-8 或 GBK 编码的文本"),
            file=path.name,
        )
    )


def _from_text(path: Path) -> list[ExpectedCentre]:
    centres: list[ExpectedCentre] = []
    for line in _decode(path.read_bytes(), path).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip().strip('"') for f in _SEPARATORS.split(line)] + ["", ""]
        if not centres and fields[0] == CODE_HEADER:
            continue
        centres.append(ExpectedCentre(fields[0], fields[1], fields[2]))
    return centres


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _from_xlsx(path: Path) -> list[ExpectedCentre]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ExpectedListError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "应报中心名单 {file} 无法打开：不是有效的 xlsx 文件"),
                file=path.name,
            )
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_text(v) for v in next(rows, ())]
        if CODE_HEADER not in header:
            raise ExpectedListError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "应报中心名单 {file} 第一行缺少列“{column}”"),
                    file=path.name,
                    column=CODE_HEADER,
                )
            )
        columns = {h: header.index(h) for h in (CODE_HEADER, NAME_HEADER, STREET_HEADER)
                   if h in header}
        centres: list[ExpectedCentre] = []
        for row in rows:
            def get(name: str, row: tuple[object, ...] = row) -> str:
                index = columns.get(name)
                return _text(row[index]) if index is not None and index < len(row) else ""
            if not any(_text(v) for v in row):
                continue  # empty rows between entries are common in hand-kept lists
            centres.append(ExpectedCentre(get(CODE_HEADER), get(NAME_HEADER), get(STREET_HEADER)))
        return centres
    finally:
        workbook.close()


def read_expected_file(path: str | os.PathLike[str]) -> list[ExpectedCentre]:
    """The expected centres listed in ``path`` (.txt, .csv or .xlsx), checked.

    ExpectedListError when the file is missing or unreadable, or a code is bad or repeated.
    """
    file = Path(path)
    if not file.is_file():
        raise ExpectedListError(
            Message(QT_TRANSLATE_NOOP("Messages", "应报中心名单文件 {file} 不存在"), file=file)
        )
    try:
        centres = _from_xlsx(file) if file.suffix.lower() == ".xlsx" else _from_text(file)
        return clean_list(centres)
    except ValidationError as exc:
        raise ExpectedListError(Message(QT_TRANSLATE_NOOP("Messages", "{file}：{problem}"),
                                        file=file.name, problem=exc.message)) from exc
