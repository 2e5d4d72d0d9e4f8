"""How a cell prints: its lines and shading, from its own style or from a conditional format
that always applies to it (``desktop.excel.sheet_layout.grid_by_format``)."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def drawn(sheet: Worksheet, row: int, column: int) -> tuple[bool, str | None]:
    """(whether the cell prints with lines on all four sides, the colour it is shaded in):
    from its own style or from a conditional format that always applies to it."""
    cell = sheet.cell(row=row, column=column)
    sides = [cell.border.left, cell.border.right, cell.border.top, cell.border.bottom]
    lined = all(side is not None and side.style == "thin" for side in sides)
    shade = cell.fill.fgColor.rgb[-6:] if cell.fill.fill_type == "solid" else None
    for formats in sheet.conditional_formatting:
        if cell.coordinate not in formats.sqref:
            continue
        for rule in formats.rules:
            assert rule.type == "expression" and rule.formula == ["TRUE"]
            border = rule.dxf.border
            lined = lined or all(side is not None and side.style == "thin" for side in
                                 (border.left, border.right, border.top, border.bottom))
            if rule.dxf.fill is not None and rule.dxf.fill.fill_type == "solid":
                # A conditional format's solid colour is its background colour in Excel.
                assert rule.dxf.fill.bgColor.rgb == rule.dxf.fill.fgColor.rgb
                shade = rule.dxf.fill.bgColor.rgb[-6:]
    return lined, shade
