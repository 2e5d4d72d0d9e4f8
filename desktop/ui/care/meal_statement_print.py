"""The monthly meal statement (餐费单) on paper: what each family pays for a member's meals.

Two :class:`~desktop.ui.common.printed_form.PrintedForm` forms on A4 portrait. The month's list
(:func:`statement_form`) has one row per member who had meals, with the meals, the family's
share and a box for a family member to sign when paying, the families' total in capital
numerals (大写) and the centre's sign-off; it names every member, so it stays at the centre.
One member's statement (:func:`member_form`) lists the days with a meal, the price, what the
family pays (大写 too) and a 家属签字 line: the page handed to that family.
"""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import meals
from desktop.models.care.meals import MealRate, MealStatement, MemberMeals
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.ui.attendance.attendance_labels import weekday_label
from desktop.ui.common.printed_form import (
    FormTable,
    MoneyTotal,
    PrintedForm,
    SignOff,
    paragraphs,
    write_form_pdf,
)

# A family member signs in each row of the month's list.
SIGNATURE_ROW_MM = 10


def month_words(month: str) -> str:
    """2024-05 → 2024年5月."""
    return QCoreApplication.translate("MealStatement", "{year}年{month}月").format(
        year=month[:4], month=int(month[5:7])
    )


def price_text(rate: MealRate | None) -> str:
    """The month's price in words (or that none is set)."""
    if rate is None:
        return QCoreApplication.translate(
            "MealStatement", "本月未设定餐费标准：金额按 0 元计，请先在“餐费”页设定"
        )
    return QCoreApplication.translate(
        "MealStatement",
        "每餐 {cost} 元，其中个人自付 {contribution} 元、中心承担 {centre} 元（{month} 起执行）",
    ).format(
        cost=format_yuan(rate.cost_fen),
        contribution=format_yuan(rate.contribution_fen),
        centre=format_yuan(rate.centre_fen),
        month=rate.effective_from,
    )


def statement_form(statement: MealStatement, centre_name: str) -> PrintedForm:
    """The month's list: one row per member with meals, a box for the family to sign, the
    families' total in figures and 大写, and the centre's sign-off."""
    unit = statement.rate.contribution_fen if statement.rate else 0
    columns = (
        (QCoreApplication.translate("MealStatement", "序号"), 7),
        (QCoreApplication.translate("MealStatement", "姓名"), 17),
        (QCoreApplication.translate("MealStatement", "用餐次数"), 12),
        (QCoreApplication.translate("MealStatement", "每餐自付（元）"), 15),
        (QCoreApplication.translate("MealStatement", "应缴金额（元）"), 17),
        (QCoreApplication.translate("MealStatement", "家属签字"), 32),
    )
    rows = [
        f'<tr valign="middle"><td align="center">{number}</td>'
        f'<td nowrap>{html.escape(row.name)}</td><td align="right">{row.meals}</td>'
        f'<td align="right">{format_yuan(unit)}</td>'
        f'<td align="right">{format_yuan(row.contribution_fen)}</td><td>&nbsp;</td></tr>'
        for number, row in enumerate(statement.rows, start=1)
    ]
    if not rows:
        rows = [
            '<tr><td colspan="6" align="center">'
            + html.escape(QCoreApplication.translate("MealStatement", "本月没有用餐记录"))
            + "</td></tr>"
        ]
    closing = paragraphs(
        QCoreApplication.translate(
            "MealStatement",
            "本月共 {people} 人用餐 {meals} 次：餐费合计 {cost} 元，个人自付 {contribution} 元，"
            "中心承担 {centre} 元。",
        ).format(
            people=len(statement.rows),
            meals=statement.meals,
            cost=format_yuan(statement.cost_fen),
            contribution=format_yuan(statement.contribution_fen),
            centre=format_yuan(statement.centre_fen),
        )
    )
    return PrintedForm(
        title=QCoreApplication.translate("MealStatement", "日间照料餐费收费表"),
        centre=centre_name,
        subject=QCoreApplication.translate("MealStatement", "餐费收费表"),
        period=month_words(statement.month),
        note=QCoreApplication.translate("MealStatement", "含个人信息，中心留存"),
        intro=paragraphs(price_text(statement.rate), align="center"),
        table=FormTable(columns, rows, row_height_mm=SIGNATURE_ROW_MM),
        closing=closing,
        total=MoneyTotal(
            QCoreApplication.translate("MealStatement", "家属应缴合计"), statement.contribution_fen
        ),
        sign_off=SignOff(),
    )


def member_form(member: MemberMeals, centre_name: str) -> PrintedForm:
    """One member's statement for the family: the days with a meal, what the family pays
    (大写 too) and a line for a family member to sign."""
    columns = (
        (QCoreApplication.translate("MealStatement", "序号"), 12),
        (QCoreApplication.translate("MealStatement", "日期"), 34),
        (QCoreApplication.translate("MealStatement", "星期"), 22),
        (QCoreApplication.translate("MealStatement", "用餐次数"), 32),
    )
    rows = [
        f'<tr><td align="center">{number}</td><td>{day}</td>'
        f'<td align="center">{weekday_label(date.fromisoformat(day).weekday())}</td>'
        f'<td align="right">{count}</td></tr>'
        for number, (day, count) in enumerate(member.days, start=1)
    ]
    if not rows:
        rows = [
            '<tr><td colspan="4" align="center">'
            + html.escape(QCoreApplication.translate("MealStatement", "本月没有用餐记录"))
            + "</td></tr>"
        ]
    unit = member.rate.contribution_fen if member.rate else 0
    intro = paragraphs(
        QCoreApplication.translate("MealStatement", "会员：{name}　　月份：{month}").format(
            name=member.name, month=month_words(member.month)
        ),
        price_text(member.rate),
    )
    closing = paragraphs(
        QCoreApplication.translate(
            "MealStatement",
            "本月用餐 {meals} 次：餐费 {cost} 元，中心承担 {centre} 元，家属应缴 {meals} 次 × "
            "{unit} 元 = {contribution} 元。",
        ).format(
            meals=member.meals,
            cost=format_yuan(member.cost_fen),
            centre=format_yuan(member.centre_fen),
            unit=format_yuan(unit),
            contribution=format_yuan(member.contribution_fen),
        )
    )
    return PrintedForm(
        title=QCoreApplication.translate("MealStatement", "日间照料餐费单"),
        centre=centre_name,
        subject=QCoreApplication.translate("MealStatement", "餐费单"),
        period=month_words(member.month),
        intro=intro,
        table=FormTable(columns, rows),
        closing=closing,
        total=MoneyTotal(
            QCoreApplication.translate("MealStatement", "家属应缴"), member.contribution_fen
        ),
        sign_off=SignOff(
            signers=(
                QCoreApplication.translate("MealStatement", "家属签字"),
                QCoreApplication.translate("MealStatement", "经办人"),
            ),
            stamp=True,
            date_label=QCoreApplication.translate("MealStatement", "缴费日期"),
        ),
    )


def load_form(db: Database, actor: Actor, month: str, person_id: int | None = None) -> PrintedForm:
    """The month's list, or one member's statement when ``person_id`` is given."""
    name = centre.load_profile(db).name
    if person_id is None:
        return statement_form(meals.meal_statement(db, month, actor=actor), name)
    return member_form(meals.member_statement(db, person_id, month, actor=actor), name)


def write_statement_pdf(
    db: Database,
    actor: Actor,
    month: str,
    path: str | os.PathLike[str],
    person_id: int | None = None,
) -> Path:
    """Write the month's list (or one member's statement) as an A4 PDF at ``path``,
    atomically; safe on a worker thread with its own ``db``."""
    return write_form_pdf(load_form(db, actor, month, person_id), path)
