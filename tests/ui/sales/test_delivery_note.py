"""The delivery note (送货单) names the centre as 送货单位, and its sign-off is a form of two
halves: the sender's (送货人, 送货日期, 送货单位（盖章）) beside the receiver's (收货人,
收货日期, 收货单位（盖章）), each seal in a box of its own, no empty cell."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.models.db import Database
from desktop.models.sales import orders
from desktop.models.sales.orders import OrderInput
from desktop.ui.common.printed_form import write_form_pdf
from desktop.ui.sales.delivery_note_print import delivery_note_of
from tests.conftest import STAFF, save_centre_profile
from tests.models.sales.sales_support import member, product, sales_db
from tests.ui.sales.till_support import CENTRE

__all__ = ["sales_db"]


def _lines(pdf: Path) -> list[str]:
    return [" ".join(line.split()) for line in subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
        timeout=60).stdout.splitlines()]


def test_the_centre_delivers_and_both_units_sign_and_seal(qapp, sales_db: Database,
                                                          tmp_path: Path) -> None:
    save_centre_profile(sales_db, name=CENTRE)
    keyring = product(sales_db, [(member(sales_db, "王芳", 1), 100)])
    order_id = orders.create_order(sales_db, OrderInput("西城区残联", [(keyring, 20)]),
                                   actor=STAFF)
    lines = _lines(write_form_pdf(delivery_note_of(sales_db, order_id),
                                  tmp_path / "送货单.pdf"))
    assert f"送货单位：{CENTRE}" in lines
    assert "收货单位：西城区残联" in lines
    assert "送货人 收货人" in lines
    assert "送货日期 2024-06-03 收货日期 年 月 日" in lines
    assert "送货单位（盖章） 收货单位（盖章）" in lines
