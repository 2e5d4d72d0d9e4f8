"""送货单: the delivery note of an order (a PrintedForm, A4): the receiving unit, its contact,
the order's number and days, each item with its code, quantity, agreed price and amount, the
total in figures and in capital numerals, and the sign-off as a form of two halves: the
centre (送货单位) on the left with who delivered, the day and its seal, the receiving unit
(收货单位) on the right with who received, the day received and its seal."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales import catalogue, orders
from desktop.models.sales.orders import Order
from desktop.ui.common.paged_print import a4_printer, padding_for_height
from desktop.ui.common.printed_form import (
    BODY_POINT_SIZE,
    CELL_PADDING,
    SIGNATURE_ROW_MM,
    STAMP_MM,
    FormTable,
    MoneyTotal,
    PrintedForm,
    paragraphs,
    total_text,
)


def sign_off_form(day: str) -> str:
    """The sign-off as a bordered form, the sender's half beside the receiver's: who signs,
    the day, and a box for each unit's seal (its label at the top, room for a round seal
    below)."""
    words = [html.escape(text) for text in (
        QCoreApplication.translate("DeliveryNote", "送货人"),
        QCoreApplication.translate("DeliveryNote", "收货人"),
        QCoreApplication.translate("DeliveryNote", "送货日期"),
        QCoreApplication.translate("DeliveryNote", "收货日期"),
        QCoreApplication.translate("DeliveryNote", "送货单位（盖章）"),
        QCoreApplication.translate("DeliveryNote", "收货单位（盖章）"),
        QCoreApplication.translate("DeliveryNote", "　　年　　月　　日"))]
    sender, receiver, sent_on, received_on, sender_seal, receiver_seal, blank_date = words
    printer = a4_printer()
    sign = padding_for_height(printer, BODY_POINT_SIZE, SIGNATURE_ROW_MM)
    stamp = padding_for_height(printer, BODY_POINT_SIZE, STAMP_MM) * 2 - CELL_PADDING
    tall = f'nowrap style="padding-top: {sign}px; padding-bottom: {sign}px"'
    seal = f'colspan="2" valign="top" style="padding-bottom: {stamp}px"'
    rows = (
        f'<tr><td width="15%" {tall}>{sender}</td><td width="35%" {tall}>&nbsp;</td>'
        f'<td width="15%" {tall}>{receiver}</td><td width="35%" {tall}>&nbsp;</td></tr>',
        f"<tr><td {tall}>{sent_on}</td><td {tall}>{html.escape(day)}</td>"
        # The date's blanks are spaces to write in: kept, not collapsed.
        f'<td {tall}>{received_on}</td><td {tall}><span style="white-space: pre">'
        f"{blank_date}</span></td></tr>",
        f"<tr><td {seal}>{sender_seal}</td><td {seal}>{receiver_seal}</td></tr>")
    return ('<p>&nbsp;</p><table border="1" cellspacing="0" cellpadding="'
            f'{CELL_PADDING}" width="100%" style="border-collapse: collapse;'
            f' border-color: #000000">{"".join(rows)}</table>')


def delivery_note(order: Order, codes: dict[int, str], centre_name: str, day: str
                  ) -> PrintedForm:
    """The delivery note of ``order`` delivered on ``day``; ``codes`` gives each product's
    code."""
    body = []
    for number, line in enumerate(order.lines, 1):
        cells = ((str(number), "center"), (codes.get(line.product_id, ""), "center"),
                 (line.name, "left"), (str(line.quantity), "right"),
                 (format_yuan(line.unit_price_fen), "right"),
                 (format_yuan(line.quantity * line.unit_price_fen), "right"))
        body.append("<tr>" + "".join(f'<td align="{align}">{html.escape(text)}</td>'
                                     for text, align in cells) + "</tr>")
    columns = [(QCoreApplication.translate("DeliveryNote", "序号"), 7),
               (QCoreApplication.translate("DeliveryNote", "编码"), 14),
               (QCoreApplication.translate("DeliveryNote", "商品名称"), 37),
               (QCoreApplication.translate("DeliveryNote", "数量（件）"), 12),
               (QCoreApplication.translate("DeliveryNote", "单价（元）"), 14),
               (QCoreApplication.translate("DeliveryNote", "金额（元）"), 16)]
    lines = [QCoreApplication.translate("DeliveryNote", "送货单位：{centre}").format(
        centre=centre_name),
        QCoreApplication.translate("DeliveryNote", "收货单位：{customer}").format(
        customer=order.customer)]
    if order.contact:
        lines.append(QCoreApplication.translate("DeliveryNote", "联系人：{contact}").format(
            contact=order.contact))
    lines.append(QCoreApplication.translate(
        "DeliveryNote", "订单编号：{id}　　下单日期：{day}　　送货日期：{delivered}").format(
            id=order.id, day=order.day, delivered=day))
    total = MoneyTotal(QCoreApplication.translate("DeliveryNote", "合计金额"), order.total_fen)
    return PrintedForm(
        title=QCoreApplication.translate("DeliveryNote", "送货单"),
        centre=centre_name,
        subject=QCoreApplication.translate("DeliveryNote", "希联圆梦 送货单"),
        period=QCoreApplication.translate("DeliveryNote", "订单 {id}").format(id=order.id),
        intro=paragraphs(*lines),
        table=FormTable(columns, body),
        # The total before the receiver's words, these right above the boxes they sign in;
        # the sign-off is the delivery note's own form (both units sign and seal).
        closing=paragraphs(
            total_text(total),
            QCoreApplication.translate("DeliveryNote", "以上商品已如数收到，数量、品质无误。"))
        + sign_off_form(day))


def delivery_note_of(db: Database, order_id: int) -> PrintedForm:
    """The delivery note of the stored order (dated the day it was delivered, or today)."""
    order = orders.get_order(db, order_id)
    codes = {pid: catalogue.get_product(db, pid).code
             for pid in {line.product_id for line in order.lines}}
    return delivery_note(order, codes, centre.load_profile(db).name,
                         order.delivered_on or db.clock.today().isoformat())
