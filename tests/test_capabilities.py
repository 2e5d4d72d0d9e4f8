"""Capabilities plug in by declaring themselves (desktop.models.capabilities): the walk, the
lazy references, and every real capability's declarations, so a dropped one fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.commands import Command, Group, declared
from desktop.excel.detail_sheets import detail_sheets
from desktop.models import capabilities
from desktop.models.admin.audit_fields import field_names, table_names
from desktop.models.admin.permissions import Permission
from desktop.models.demo import demo
from desktop.models.reporting import dashboard, indicators
from desktop.ui.shell.pages import declared_pages

ROOT = Path(__file__).resolve().parents[1]


def _write(folder: Path, relative: str, text: str) -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A layer package with two capabilities, a module, a private module and a capability
    that declares nothing; and an extra package."""
    _write(tmp_path, "fake_layer/__init__.py", "")
    _write(tmp_path, "fake_layer/zebra/__init__.py", "THINGS = ('z1', 'z2')\n")
    _write(tmp_path, "fake_layer/alpha/__init__.py", "THINGS = ['a1']\n")
    _write(tmp_path, "fake_layer/quiet/__init__.py", "OTHER = ('q',)\n")
    _write(tmp_path, "fake_layer/module.py", "THINGS = ('m',)\n")
    _write(tmp_path, "fake_layer/_private.py", "raise RuntimeError('never imported')\n")
    _write(tmp_path, "fake_extra/__init__.py", "THINGS = ('x',)\n")
    _write(tmp_path, "fake_wrong/__init__.py", "THINGS = 'not a tuple'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "fake_layer"


def test_declarations_walk_the_children_by_name_then_the_extra_packages(layer: str) -> None:
    assert capabilities.declarations(layer, "THINGS") == ["a1", "m", "z1", "z2"]
    assert capabilities.declarations(layer, "THINGS", ["fake_extra"]) == [
        "a1", "m", "z1", "z2", "x"]
    assert capabilities.declarations(layer, "NOTHING") == []


def test_a_declaration_that_is_not_a_sequence_is_refused(layer: str) -> None:
    with pytest.raises(TypeError, match=r"fake_wrong\.THINGS"):
        capabilities.declarations(layer, "THINGS", ["fake_wrong"])


def test_references_are_imported_when_resolved() -> None:
    assert capabilities.resolve("desktop.models.demo.demo:DemoOptions.__name__") == "DemoOptions"
    assert capabilities.resolve(len) is len  # a declaration may give the object itself
    for bad in ("desktop.models.demo.demo", ":x", "desktop.models.demo.demo:"):
        with pytest.raises(ValueError, match="module:attr"):
            capabilities.resolve(bad)
    with pytest.raises(ModuleNotFoundError):
        capabilities.resolve("desktop.models.no_such_module:x")


def test_every_page_is_declared_in_navigation_order() -> None:
    pages = declared_pages()
    assert [p.id for p in pages] == ["dashboard", "people", "attendance", "activities", "care",
                                     "volunteers", "subsidy", "sales", "training", "export",
                                     "consolidation", "users", "audit", "settings"]
    assert [p.title for p in pages] == ["首页", "人员登记", "考勤", "文体活动", "日间照料",
                                        "志愿服务", "康复补助", "希联圆梦", "职业培训", "月报",
                                        "区汇总", "账户", "操作日志", "设置"]
    assert {p.id: p.permission for p in pages if p.permission} == {
        "care": Permission.RECORD_CARE, "volunteers": Permission.MANAGE_VOLUNTEERS,
        "sales": Permission.SELL, "training": Permission.MANAGE_TRAINING,
        "users": Permission.MANAGE_USERS, "audit": Permission.VIEW_AUDIT}
    assert {p.id for p in pages if p.scrolls} == {"dashboard", "export", "consolidation",
                                                  "settings"}
    # Each page's help has the page's title, and every factory names a real function.
    for page in pages:
        assert page.help is not None and page.help.title == page.title, page.id
        assert callable(capabilities.resolve(page.factory)), page.id


def test_every_alert_names_a_declared_page() -> None:
    ids = {p.id for p in declared_pages()}
    targets = {dashboard.SETTINGS_PAGE, dashboard.EXPORT_PAGE,
               *(p.page for p in indicators.providers())}
    assert targets <= ids, targets - ids


def test_every_detail_sheet_indicator_and_demo_step_is_declared() -> None:
    assert [(s.title, s.order) for s in detail_sheets()] == [
        ("考勤明细", 10), ("活动明细", 20), ("补助明细", 30), ("日间照料", 40),
        ("志愿服务", 50), ("希联圆梦", 60), ("职业培训", 70)]
    assert [(p.name, p.page) for p in indicators.providers()] == [
        ("people", "people"), ("attendance", "attendance"), ("activities", "activities"),
        ("care", "care"), ("volunteers", "volunteers"), ("subsidy", "subsidy"),
        ("sales", "sales"), ("training", "training")]
    assert [step.generate for step in demo.steps()] == [
        "desktop.models.demo.demo:generate_people",
        "desktop.models.attendance.demo_attendance:generate",
        "desktop.models.care.demo_care:generate",
        "desktop.models.volunteers.demo_volunteers:generate",
        "desktop.models.sales.demo_sales:generate",
        "desktop.models.training.demo_training:generate"]


def test_every_home_page_alert_check_is_declared() -> None:
    assert capabilities.declarations("desktop.models", "ALERTS") == [
        "desktop.models.care.doses:due_alerts",
        "desktop.models.care.handover:not_collected_alerts",
        "desktop.models.care.incidents:serious_alerts",
        "desktop.models.training.training_alerts:follow_up_alerts",
        "desktop.models.volunteers.ledger:level_alerts"]
    assert all(callable(capabilities.resolve(ref))
               for ref in capabilities.declarations("desktop.models", "ALERTS"))


def test_every_audit_table_has_its_words() -> None:
    assert table_names() == {
        "person": "人员", "user_account": "账户", "setting": "设置", "subsidy_rate": "补助标准",
        "activity": "文体活动", "activity_participant": "活动参加者", "sign_in": "签到",
        "database": "数据库", "month_state": "月份关账", "month_report": "月报导出和报送",
        "export_attempt": "月报导出尝试", "care_profile": "照料档案",
        "care_medication": "用药安排", "care_pickup": "接送人", "care_plan": "个别化服务计划",
        "care_log": "照料记录", "care_entry": "照料服务", "care_dose": "服药记录",
        "care_handover": "离站交接", "care_incident": "突发事件", "care_provider": "购买服务合同",
        "care_provider_session": "购买服务记录", "care_meal_rate": "餐费标准",
        "volunteer_detail": "志愿者信息", "volunteer_training": "志愿者培训",
        "volunteer_post": "志愿服务岗位", "volunteer_pattern": "每周排班",
        "volunteer_shift": "志愿服务班次", "volunteer_signup": "班次报名",
        "volunteer_sign_in": "志愿者签到", "volunteer_service": "志愿服务时长",
        "volunteer_certificate": "志愿服务证明", "sales_product": "手工品",
        "sales_stock_movement": "库存变动", "sales_stock_take": "库存盘点", "sales_sale": "销售",
        "sales_refund": "退款", "sales_day_end": "日结", "sales_order": "订单",
        "sales_payout": "制作者收入发放", "sales_bazaar_package": "义卖包",
        "sales_bazaar_import": "义卖销售导入", "sales_bazaar_issue": "义卖待处理事项",
        "training_course": "培训课程", "training_session": "培训课次",
        "training_enrolment": "培训报名", "training_attendance": "培训点名",
        "training_certificate": "结业证书", "training_placement": "就业安置",
        "training_follow_up": "就业回访", "training_competition": "技能竞赛",
        "training_claim": "培训补贴申请", "centre_signing_key": "月报签名密钥",
        "district_centre_key": "各中心公钥登记"}
    # The person form's order: name first; then the sign-in's, the activity's, the month's.
    assert list(field_names())[:3] == ["name", "sex", "birth_date"]
    order = list(field_names())
    assert order.index("day") < order.index("title") < order.index("month") \
        < order.index("effective_from") < order.index("code")


def test_every_subcommand_is_declared_in_help_order() -> None:
    items = declared()
    top = [item.name for item in items
           if isinstance(item, Group) or (isinstance(item, Command) and item.group is None)]
    assert top == ["check", "backup", "restore", "users", "audit", "month", "demo", "people",
                   "attendance", "care", "volunteers", "sales", "training", "subsidy",
                   "export-month",
                   "consolidate", "keys"]

    def actions(group: str) -> list[str]:
        return [c.name for c in items if isinstance(c, Command) and c.group == group]

    assert actions("people") == ["list", "add", "archive", "template", "import", "not-seen"]
    assert actions("users") == ["add", "list", "reset-password", "disable", "enable"]
    assert actions("month") == ["status", "close", "reopen", "submissions"]
    assert actions("attendance") == ["summary"]
    assert actions("care") == ["summary", "log"]
    assert actions("volunteers") == ["hours", "certificate", "export"]
    assert actions("sales") == ["summary", "bazaar-export", "bazaar-import", "bazaar-issues",
                                "bazaar-settle", "bazaar-open", "bazaar-return"]
    assert actions("training") == ["summary", "certificate"]
    assert actions("audit") == ["verify"]
    assert actions("keys") == ["show", "export", "rotate", "import", "list", "revoke"]
    for command in items:
        if isinstance(command, Command):
            assert callable(capabilities.resolve(command.handler)), command.name


# Reading the declarations must not import what they name: the main window lists ten pages at
# start-up and builds one, the command line builds its parser at every start.
LAZY_PROBE = r'''
import sys
from desktop.cli import build_parser
from desktop.ui.shell.pages import declared_pages
build_parser()
assert len(declared_pages()) == 14
heavy = sorted(m for m in sys.modules if m.endswith("_page") or m in (
    "desktop.models.demo.demo", "desktop.excel.reporting.monthly_workbook", "openpyxl",
    "desktop.models.people.people_query", "desktop.models.reporting.month_close"))
assert not heavy, heavy
'''


def test_reading_declarations_imports_no_page_and_no_handler() -> None:
    result = subprocess.run([sys.executable, "-c", LAZY_PROBE], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_the_care_page_lists_its_tabs_in_the_order_of_a_day() -> None:
    from desktop.ui.care.care_page import TABS

    assert [tab.id for tab in TABS] == ["log", "medication", "handover", "incidents",
                                        "services", "meals", "profiles"]
    assert [tab.title for tab in TABS] == ["今日照料", "用药", "离站交接", "突发事件",
                                           "购买服务", "餐费", "照料档案"]
    for tab in TABS:
        assert callable(capabilities.resolve(tab.factory)), tab.id


def test_the_sales_page_starts_with_the_till() -> None:
    from desktop.ui.sales.sales_page import TABS

    assert [tab.id for tab in TABS][:3] == ["till", "refunds", "day_end"]
    assert [tab.title for tab in TABS][:3] == ["收银", "退款作废", "日结"]
    for tab in TABS:
        assert callable(capabilities.resolve(tab.factory)), tab.id


def test_the_training_page_starts_with_the_courses_and_the_roll_call() -> None:
    from desktop.ui.training.training_page import TABS

    assert [tab.id for tab in TABS][:2] == ["courses", "roll_call"]
    assert [tab.title for tab in TABS][:2] == ["课程", "点名"]
    for tab in TABS:
        assert callable(capabilities.resolve(tab.factory)), tab.id
