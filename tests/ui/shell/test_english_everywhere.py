"""In English, no page or main dialog shows Chinese, except data people typed.

The English translator is installed, the real main window is built on a database with a
member, sign-ins and an activity (so the home page has alerts and the monthly report has
checks), and every page (and every tab of it) is visited with its F1 help; then forms
showing the models' validation messages (centre details, an activity, a person), the
welcome dialog and the sign-in dialog with its error. Every visible text is collected:
labels, buttons, group boxes, tab titles, combo items, table headers and cells, window
titles, placeholders, tooltips and accessible names. Data stays as entered: the strings of
:data:`DATA` (each with the reason it is exempt) are taken out first; anything else with a
Han character is listed.

Also here: model_message() with a small catalogue, every marked message being in the .ts,
and the 月报 indicator column being wide enough in both languages.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin import centre
from desktop.models.admin.centre import XICHENG_STREETS, CentreProfile
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import Message
from desktop.models.people import people
from desktop.models.people.identity import mask_address
from desktop.ui.activities.activity_dialogs import ActivityDialog
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.common.labels import model_message
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.reporting.dashboard_page import DashboardPage
from desktop.ui.reporting.export_page import ExportPage
from desktop.ui.shell.help_dialog import HelpDialog
from desktop.ui.shell.help_topics import topics
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.shell.welcome_dialog import WelcomeDialog
from tests.conftest import ADMIN, make_id_number, make_person_input
from tests.ui.conftest import CJK, compile_qm
from tests.ui.shell.test_translation import (
    _messages as ts_messages,
)

ROOT = Path(__file__).resolve().parents[3]
CENTRE = "西长安街温馨家园"
MEMBER = "张三"
SECOND = "李四"
ADDRESS = "北京市西城区西长安街街道砖塔胡同1号"
ACTIVITY = "书法练习"
PLACE = "活动室"
# Data: text people typed or chose from official Chinese names, shown as it is in English
# too. Each is removed from a text before looking for Han characters.
DATA = sorted({
    CENTRE, MEMBER, SECOND, ADDRESS, ACTIVITY, PLACE,  # typed in the forms below
    mask_address(ADDRESS),  # the address as lists show it: its start, the rest hidden
    "西单社区",  # the member's community, typed
    "补签",  # the reason typed for a staff sign-in, shown in the day view and the log
    "西城区",  # the district: an official name printed on the reports (KEEPS_CHINESE)
    *XICHENG_STREETS,  # the street combo offers the official street names (saved as data)
    "阿依古丽·买买提",  # the name example in the name field's placeholder (KEEPS_CHINESE)
    # Not data, but Chinese on purpose: the language menu names each language in itself, so
    # that someone who reads only Chinese finds 中文 in the English interface.
    "中文",
}, key=len, reverse=True)
MAX_ROWS = 60  # cells looked at per model: enough for every kind of row here


def without_data(text: str) -> str:
    """``text`` with the data strings taken out."""
    for value in DATA:
        text = text.replace(value, "")
    return text


def where(widget: QWidget) -> str:
    """A readable name for a widget: its class, object name and accessible name."""
    name = widget.objectName() or widget.accessibleName()
    window = widget.window()
    return f"{type(window).__name__} › {type(widget).__name__} {name!r}"


def _count(method: Callable[..., int]) -> int:
    # A list model's columnCount is private (it has one column); rowCount wants a parent.
    try:
        return method(QModelIndex())
    except TypeError:
        return 1


def model_texts(model: QAbstractItemModel, view_name: str) -> Iterator[tuple[str, str]]:
    """Headers and cells (display and tooltip) of a model's first rows."""
    kind = type(model).__name__
    headers: list[str] = []
    columns = _count(model.columnCount)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        headers.append(str(header) if header is not None else "")
        yield f"{view_name} header {column}", headers[-1]
    for row in range(min(_count(model.rowCount), MAX_ROWS)):
        for column in range(max(columns, 1)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{view_name} ({kind}) row {row} column {column}", value


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a person sees or a screen reader reads under ``root`` (visible widgets)."""
    yield f"{type(root).__name__} window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        at = where(widget)
        yield f"{at} tooltip", widget.toolTip()
        yield f"{at} accessible name", widget.accessibleName()
        yield f"{at} accessible description", widget.accessibleDescription()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield at, widget.text()
        elif isinstance(widget, QGroupBox):
            yield at, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{at} tab {i}", widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{at} item {i}", widget.itemText(i)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{at} placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield f"{at} placeholder", widget.placeholderText()
            if widget.isReadOnly():
                yield f"{at} text", widget.toPlainText()
        elif isinstance(widget, QProgressBar):
            yield f"{at} text", widget.text()
        elif isinstance(widget, QAbstractSpinBox):
            yield f"{at} special value", widget.specialValueText()
            yield f"{at} shown value", widget.text()
        # A header shows its table's model (walked with the table); a combo's list its items.
        if isinstance(widget, QAbstractItemView) and widget.model() is not None \
                and not isinstance(widget, QHeaderView) \
                and not isinstance(widget.parentWidget(), QComboBox):
            yield from model_texts(widget.model(), at)


class HanCollector:
    """Collects the texts with Han characters, each with where it was seen."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}  # text → where it was first seen

    def walk(self, root: QWidget, label: str) -> None:
        """Look at everything visible under ``root`` (shown as ``label`` in the failure)."""
        QApplication.processEvents()
        for place, text in widget_texts(root):
            if text and CJK.search(without_data(text)):
                self.found.setdefault(text, f"{label}: {place}")

    def walk_tabs(self, root: QWidget, label: str) -> None:
        """Walk ``root`` once per tab of each of its tab widgets."""
        self.walk(root, label)
        for tabs in root.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                self.walk(root, f"{label} tab {i}")

    def report(self) -> str:
        """One line per text found."""
        return "\n".join(f"{place}: {text!r}"
                         for text, place in sorted(self.found.items(), key=lambda i: i[1]))


@pytest.fixture
def centre_with_records(db: Database) -> Database:
    """A configured centre with two members (one without a certificate number), sign-ins
    today and on the first of last month (never signed out), and an activity."""
    today = date.today()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    centre.save_profile(db, CentreProfile(name=CENTRE, code="XC-01", district="西城区",
                                          street=XICHENG_STREETS[0]), actor=ADMIN)
    first = people.create_person(db, make_person_input(
        name=MEMBER, address=ADDRESS, programmes=["温馨家园", "职康站"]), actor=ADMIN)
    second = people.create_person(db, make_person_input(
        name=SECOND, id_number=make_id_number(seq=2), card_number="WH000002", cert_number="",
        address=ADDRESS), actor=ADMIN)
    now = datetime.now()
    attendance.staff_sign_in(db, first, datetime.combine(last_month, datetime.min.time())
                             .replace(hour=9), actor=ADMIN, reason="补签", now=now)
    attendance.staff_sign_in(db, second, now.replace(hour=0, minute=1, second=0,
                                                     microsecond=0),
                             actor=ADMIN, reason="补签", now=now)
    activity = activities.create_activity(
        db, ActivityInput(ACTIVITY, activities.COUNTED_KINDS[0], last_month.isoformat(), PLACE),
        actor=ADMIN)
    activities.add_participants(db, activity, [first], actor=ADMIN)
    return db


@pytest.mark.usefixtures("english")
def test_every_page_and_main_dialog_is_english(qtbot, centre_with_records: Database,
                                               ui_settings: UiSettings) -> None:
    db = centre_with_records
    assert QCoreApplication.translate("MainWindow", "设置") == "Settings"
    found = HanCollector()
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    home = window.page("dashboard", DashboardPage)
    qtbot.waitUntil(lambda: home.loaded)
    assert home.alerts_panel.rows, "the home page shows no alerts"
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.page_at(row)
        found.walk_tabs(window, f"page {window.nav.item(row).text()}")
        help_dialog = window.show_help()
        found.walk(help_dialog, f"help of {window.nav.item(row).text()}")
        help_dialog.close()
        assert page.isVisible()

    # Problems a person makes while typing, explained by the models' messages.
    settings = window.page("settings", SettingsPage)
    window.select_page("settings")
    settings_title = window.nav.currentItem().text()
    settings.centre_form.code_edit.setText("X")  # too short
    settings.centre_form.name_edit.setText("")
    settings.save_profile()
    found.walk(window, f"page {settings_title} with a wrong centre code")

    activity = ActivityDialog(db, ADMIN)
    qtbot.addWidget(activity)
    activity.show()
    activity.title_edit.setText("")
    activity.place_edit.setText("很" * 300)
    activity.save()
    assert activity.isVisible()
    found.walk(activity, "activity dialog with errors")

    dialog = PersonDialog(db, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name_edit.setText(MEMBER)
    dialog.form.id_edit.setText("360426199101010072")  # the checksum fails
    dialog.save()
    assert dialog.isVisible() and dialog.person_id is None
    found.walk(dialog, "person dialog with errors")

    welcome = WelcomeDialog(db)
    qtbot.addWidget(welcome)
    welcome.show()
    found.walk(welcome, "welcome dialog")

    login = LoginDialog(db, CENTRE)
    qtbot.addWidget(login)
    login.show()
    login.username_edit.setText("nobody")
    login.password_edit.setText("wrong password")
    login.try_sign_in()
    assert login.error_label.text()
    found.walk(login, "sign-in dialog with its error")

    help_dialog = HelpDialog(topics()["people"])
    qtbot.addWidget(help_dialog)
    help_dialog.show()
    found.walk(help_dialog, "help dialog")

    assert not found.found, "Chinese in the English interface:\n" + found.report()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_report_indicator_column_shows_whole_names(qtbot, request: pytest.FixtureRequest,
                                                   centre_with_records: Database,
                                                   ui_settings: UiSettings,
                                                   language: str) -> None:
    # In the main window at its usual size, the 汇总 preview's indicator column is as wide as
    # its longest name in either language (it used to shrink to about 50 px).
    if language == "en":
        request.getfixturevalue("english")
    window = MainWindow(centre_with_records, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.select_page("export")
    page = window.page("export", ExportPage)
    QApplication.processEvents()
    table = page.summary_table
    model = table.model()
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert len(names) > 20 and ("Members on the register" in names) == (language == "en")
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
    assert table.columnWidth(0) >= widest, (table.columnWidth(0), widest)
    units = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert table.columnWidth(1) >= max(table.fontMetrics().horizontalAdvance(u) for u in units)


# -- model_message: the models' messages in the interface's language ----------------------------
SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="en">
<context><name>Messages</name>
<message><source>本月：{finding}</source><translation>This month: {finding}</translation></message>
<message><source>{count} 条往日签到没有签退记录</source>
<translation>{count} sign-ins of past days have no sign-out</translation></message>
<message><source>{name} 已归档，不能签到</source>
<translation>{name} is archived</translation></message>
<message><source>请填写原因</source><translation>Please give a reason</translation></message>
<message><source>；</source><translation>; </translation></message>
<message><source>丢了占位符 {count}</source><translation>lost placeholder {number}</translation>
</message>
</context></TS>
"""


@pytest.fixture
def small_catalogue(qapp: QApplication, tmp_path) -> Iterator[QTranslator]:
    """A catalogue of a few messages, one of them with a broken translation."""
    ts = tmp_path / "small.ts"
    ts.write_text(SMALL_TS, encoding="utf-8")
    compile_qm(ts, tmp_path / "small.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "small.qm"))
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


def test_model_message_translates_template_and_message_arguments(small_catalogue) -> None:
    finding = Message("{count} 条往日签到没有签退记录", count=2)
    alert = Message("本月：{finding}", finding=finding)
    assert alert == "本月：2 条往日签到没有签退记录"  # the models' own text stays Chinese
    assert model_message(alert) == "This month: 2 sign-ins of past days have no sign-out"
    # Data arguments (a name) are shown as entered.
    assert model_message(Message("{name} 已归档，不能签到", name="张三")) == "张三 is archived"
    # A joined message is translated part by part, with the separator.
    joined = ValidationError({"reason": Message("请填写原因"), "other": finding}).message
    assert model_message(joined) == "Please give a reason; 2 sign-ins of past days have no sign-out"
    # A fixed text without a Message is looked up whole (as before); unknown text stays.
    assert model_message("请填写原因") == "Please give a reason"
    assert model_message("没有译文的消息") == "没有译文的消息"


def test_model_message_falls_back_to_chinese_when_a_placeholder_is_lost(small_catalogue) -> None:
    # A translation that lost {count} must not raise or show a half-filled sentence.
    assert model_message(Message("丢了占位符 {count}", count=3)) == "丢了占位符 3"


def test_every_marked_message_is_in_the_catalogue() -> None:
    # `make ts` collects every QT_TRANSLATE_NOOP("Context", "literal") of desktop/; the .ts
    # must hold each one translated, or the English interface shows the Chinese.
    catalogue = {(context, source): element for context, source, element in ts_messages()}
    missing: list[str] = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "QT_TRANSLATE_NOOP":
                context, source = (ast.literal_eval(arg) for arg in node.args)
                element = catalogue.get((context, source))
                if element is None or element.get("type") == "unfinished" \
                        or not (element.text or "").strip():
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {context}: {source}")
    assert not missing, "run `make ts` and translate:\n" + "\n".join(missing)
