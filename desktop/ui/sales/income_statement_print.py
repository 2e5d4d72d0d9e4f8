"""The makers' large-print statements (制作者收入对账单): what each maker's products brought in
a month and what they receive, in plain words and big type (16 pt) for makers who read with
difficulty, as a :class:`~desktop.ui.common.printed_form.PrintedForm`; one maker's, or every
maker's of the month in one PDF (each from a new page).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.models.admin.centre import load_profile
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales.income_statement import MakerMonth, maker_month, makers_months
from desktop.models.sales.makers_income import month_income
from desktop.ui.common.printed_form import (
    MoneyTotal,
    PrintedForm,
    SignOff,
    write_forms_pdf,
)

STATEMENT_POINT_SIZE = 16


def _month_words(month: str) -> str:
    year, number = month.split("-")
    return QCoreApplication.translate("IncomeStatement", "{year}年{month}月").format(
        year=year, month=int(number))


def rule_sentence(basis: str, percent: int) -> str:
    """The split rule in plain words, for the statement and the tab."""
    if basis == "margin":
        if percent == 100:
            return QCoreApplication.translate(
                "IncomeStatement", "卖东西收到的钱，先扣除材料费，剩下的全部归做东西的人。")
        return QCoreApplication.translate(
            "IncomeStatement", "卖东西收到的钱，先扣除材料费，剩下的 {percent}% 归做东西的人。"
        ).format(percent=percent)
    if percent == 100:
        return QCoreApplication.translate(
            "IncomeStatement", "卖东西收到的钱全部归做东西的人，材料费不扣除。")
    return QCoreApplication.translate(
        "IncomeStatement", "卖东西收到的钱的 {percent}% 归做东西的人，材料费不扣除。").format(
            percent=percent)


def product_sentence(part_month: MakerMonth, index: int) -> str:
    """One product in plain words: 这个月您做的 X 卖出了 n 件，收入 … 元，扣除材料费 … 元，
    您的份额 … 元."""
    part = part_month.products[index]
    margin = part_month.income.rule.basis == "margin"
    if part.alone:
        made = QCoreApplication.translate("IncomeStatement", "这个月您做的“{product}”").format(
            product=part.product)
    else:
        made = QCoreApplication.translate(
            "IncomeStatement", "这个月您和别人一起做的“{product}”（您占 {percent}%）").format(
                product=part.product, percent=part.share_percent)
    if margin:
        return QCoreApplication.translate(
            "IncomeStatement", "{made}卖出了 {items} 件，收入 {revenue} 元，扣除材料费 {cost} 元，"
                               "您的份额 {share} 元。").format(
            made=made, items=part.items, revenue=format_yuan(part.revenue_fen),
            cost=format_yuan(part.material_cost_fen), share=format_yuan(part.share_fen))
    return QCoreApplication.translate(
        "IncomeStatement", "{made}卖出了 {items} 件，收入 {revenue} 元，您的份额 {share} 元。"
    ).format(made=made, items=part.items, revenue=format_yuan(part.revenue_fen),
             share=format_yuan(part.share_fen))


def _paragraph(text: str) -> str:
    return f'<p style="white-space: pre-wrap">{html.escape(text)}</p>'


def statement_form(db: Database, statement: MakerMonth) -> PrintedForm:
    """One maker's statement of the month, in 16 pt."""
    month, maker = statement.month, statement.maker
    words = _month_words(month)
    lines = [QCoreApplication.translate("IncomeStatement", "{name}，您好：").format(
        name=maker.name)]
    lines += [product_sentence(statement, n) for n in range(len(statement.products))]
    lines.append(QCoreApplication.translate(
        "IncomeStatement", "{month}您一共可以得到 {share} 元。").format(
            month=words, share=format_yuan(maker.share_fen)))
    if maker.payout is not None:
        lines.append(QCoreApplication.translate(
            "IncomeStatement", "这笔钱已于 {day} 发给您。").format(day=maker.payout.paid_on))
    else:
        lines.append(QCoreApplication.translate(
            "IncomeStatement", "这笔钱会在下个月发给您，领取时请在发放表上签字。"))
    rule = statement.income.rule
    closing = _paragraph(QCoreApplication.translate("IncomeStatement", "怎么算的：{rule}"
                                                    "几个人一起做的东西，按各人的份额分。"
                                                    "有不明白的地方，请问工作人员。").format(
        rule=rule_sentence(rule.basis, rule.makers_percent)))
    subject = QCoreApplication.translate("IncomeStatement", "制作者收入对账单")
    return PrintedForm(
        title=QCoreApplication.translate("IncomeStatement", "{month}手工品收入对账单").format(
            month=words),
        centre=load_profile(db).name, subject=subject, period=words,
        intro="".join(_paragraph(line) for line in lines), closing=closing,
        total=MoneyTotal(QCoreApplication.translate("IncomeStatement", "您的份额"),
                         maker.share_fen),
        sign_off=SignOff(signers=[QCoreApplication.translate(
            "IncomeStatement", "本人或监护人"), QCoreApplication.translate(
            "IncomeStatement", "经办人")], stamp=False),
        point_size=STATEMENT_POINT_SIZE)


def statement_forms(db: Database, month: str, person_id: int | None = None
                    ) -> list[PrintedForm]:
    """The month's statements: ``person_id``'s only, or every maker's with items or income,
    by name."""
    income = month_income(db, month)
    if person_id is not None:
        return [statement_form(db, maker_month(db, income, maker))
                for maker in income.makers if maker.person_id == person_id]
    return [statement_form(db, statement) for statement in makers_months(db, income)]


def write_statements(db: Database, month: str, path: str | os.PathLike[str],
                     person_id: int | None = None) -> tuple[Path, int]:
    """Write the month's statements (one maker's or all) into one PDF at ``path``,
    atomically; returns the path and how many statements. PdfError as ``write_forms_pdf``;
    a month without makers writes nothing and returns 0."""
    forms = statement_forms(db, month, person_id)
    if not forms:
        return Path(path), 0
    return write_forms_pdf(forms, path), len(forms)
