"""送货单: the delivery note of an order (a PrintedForm, A4): the receiving unit, its contact,
the order's number and days, each item with its code, quantity, agreed price and amount, the
total in figures and in capital numerals, and the sign-off: who delivered, who received, the
receiving unit's seal and the day it was received (收货单位签收)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales import catalogue, orders
from desktop.models.sales.orders import Order
from desktop.ui.common.printed_form import (
    FormTable,
    MoneyTotal,
    PrintedForm,
    SignOff,
    paragraphs,
    total_text,
)


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
    lines = [QCoreApplication.translate("DeliveryNote", "收货单位：{customer}").format(
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
        # The total before the receiver's words, these right above the boxes they sign in.
        closing=paragraphs(
            total_text(total),
            QCoreApplication.translate("DeliveryNote", "以上商品已如数收到，数量、品质无误。"),
            QCoreApplication.translate("DeliveryNote", "收货单位签收：")),
        sign_off=SignOff(signers=[QCoreApplication.translate("DeliveryNote", "送货人"),
                                  QCoreApplication.translate("DeliveryNote", "收货人")],
                         stamp=True,
                         date_label=QCoreApplication.translate("DeliveryNote", "收货日期")))


def delivery_note_of(db: Database, order_id: int) -> PrintedForm:
    """The delivery note of the stored order (dated the day it was delivered, or today)."""
    order = orders.get_order(db, order_id)
    codes = {pid: catalogue.get_product(db, pid).code
             for pid in {line.product_id for line in order.lines}}
    return delivery_note(order, codes, centre.load_profile(db).name,
                         order.delivered_on or db.clock.today().isoformat())
