"""The bazaar laptop merged back by file: export (stock consigned), open on a laptop database,
sell there, return a signed file, import every sale exactly once with stock right, issues
settled with a note; a file from another centre, edited or truncated refused with a Chinese
message naming the file and nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.models.admin.audit_fields import CHINESE, table_names
from desktop.models.admin.centre import set_setting
from desktop.models.db import open_database
from desktop.models.errors import ValidationError
from desktop.models.sales import bazaar_import, bazaar_laptop, bazaar_package, catalogue, stock
from desktop.models.sales.bazaar_file import BazaarFileError
from desktop.models.sales.catalogue import ProductInput
from desktop.models.sales.refunds import refund_line, void_sale
from desktop.models.sales.rules import SaleRefused
from desktop.models.sales.sales import get_sale
from tests.conftest import STAFF, submit_month
from tests.models.sales.bazaar_support import PLACE, Bazaar, centre_with_stock, make_bazaar, sell
from tests.models.sales.sales_support import TODAY

TABLES = ("sales_sale", "sales_line", "sales_refund", "sales_stock_movement",
          "sales_bazaar_package", "sales_bazaar_take", "sales_bazaar_import",
          "sales_bazaar_issue", "audit_log")


@pytest.fixture
def bazaar(tmp_path: Path) -> Iterator[Bazaar]:
    made = make_bazaar(tmp_path)
    try:
        yield made
    finally:
        made.centre.close()
        made.laptop.close()


def counts(b: Bazaar) -> dict[str, int]:
    return {t: int(b.centre.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def returned(b: Bazaar, name: str = "sales.json") -> Path:
    return bazaar_laptop.write_return(b.laptop, b.folder / name, actor=STAFF).path


def test_export_consigns_the_stock_taken_and_writes_the_package(bazaar: Bazaar) -> None:
    b = bazaar
    assert stock.on_hand(b.centre, b.chain) == 4 and stock.on_hand(b.centre, b.bag) == 1
    document = json.loads(b.package.read_text("utf-8"))
    body = document["body"]
    assert body["centre_code"] == "XC-YT-09" and body["place"] == PLACE
    assert {t["product_id"]: t["quantity"] for t in body["take"]} == {b.chain: 6, b.bag: 3}
    assert len(body["key"]) == 64
    # Nothing personal leaves the centre: maker sets by id only.
    assert "王芳" not in b.package.read_text("utf-8")
    assert not list(b.folder.glob(".*partial"))
    assert b.centre.scalar("SELECT count(*) FROM audit_log WHERE table_name ="
                           " 'sales_bazaar_package'") == 1


def test_the_laptop_database_is_marked_and_holds_the_catalogue_and_stock(
        bazaar: Bazaar) -> None:
    b = bazaar
    who = bazaar_laptop.identity(b.laptop)
    assert who is not None and who.centre_code == "XC-YT-09" and who.place == PLACE
    assert bazaar_laptop.identity(b.centre) is None
    assert stock.on_hand(b.laptop, b.chain) == 6 and stock.on_hand(b.laptop, b.bag) == 3
    assert catalogue.find_by_code(b.laptop, catalogue.get_product(b.centre, b.chain).code)
    assert [p.name for p in catalogue.find_products(b.laptop, "rtysk")] == ["软陶钥匙扣"]
    with pytest.raises(SaleRefused, match="已经打开了"):
        bazaar_laptop.open_package(b.laptop, b.package, actor=STAFF)
    with pytest.raises(SaleRefused, match="已有商品"):
        bazaar_laptop.open_package(b.centre, b.package, actor=STAFF)
    with pytest.raises(SaleRefused, match="义卖电脑的数据库"):
        bazaar_package.export_package(b.laptop, b.folder / "x.json", PLACE, TODAY,
                                      {b.chain: 1}, actor=STAFF)


def test_sales_come_back_once_with_voids_refunds_and_stock_right(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.chain, 2)
    voided = sell(b.laptop, b.bag, 1, payment="微信", time="11:00")
    void_sale(b.laptop, voided, "录错了商品", actor=STAFF)
    refunded = sell(b.laptop, b.chain, 1, time="11:30")
    refund_line(b.laptop, get_sale(b.laptop, refunded).lines[0].id, 1, 2_000, "顾客退货",
                restock=True, actor=STAFF)
    sell(b.laptop, b.bag, 1, payment="支付宝", time="12:00")
    path = returned(b)
    report = bazaar_import.import_return(b.centre, path, actor=STAFF)
    assert (report.added, report.skipped, report.issues) == (4, 0, ())
    # Sold: 2 chains kept, 1 bag kept; everything else came back.
    assert stock.on_hand(b.centre, b.chain) == 10 - 2
    assert stock.on_hand(b.centre, b.bag) == 4 - 1
    assert stock.on_consignment(b.centre, b.chain, bazaar_package.packages(b.centre)[0]
                                .stock_place) == 0
    assert report.returned_items == (6 - 3) + (3 - 2)
    assert b.centre.scalar("SELECT count(*) FROM sales_sale WHERE channel = 'bazaar'"
                           " AND voided_at IS NOT NULL") == 1
    assert b.centre.scalar("SELECT sum(amount_fen) FROM sales_refund") == 2_000
    before = counts(b)
    again = bazaar_import.import_return(b.centre, path, actor=STAFF)
    assert (again.added, again.skipped, again.returned_items) == (0, 4, 0)
    after = counts(b)
    assert {t: after[t] - before[t] for t in TABLES} == {
        **{t: 0 for t in TABLES}, "sales_bazaar_import": 1, "audit_log": 1}
    assert stock.on_hand(b.centre, b.chain) == 8


def test_a_later_file_adds_only_the_new_sales(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.chain, 1)
    bazaar_import.import_return(b.centre, returned(b, "first.json"), actor=STAFF)
    sell(b.laptop, b.chain, 1, time="15:00")
    report = bazaar_import.import_return(b.centre, returned(b, "second.json"), actor=STAFF)
    assert (report.added, report.skipped) == (1, 1)
    # The unsold were taken back at the first import: the later sale is a shortfall.
    assert [(i.kind, i.quantity) for i in report.issues] == [("shortfall", 1)]
    assert stock.on_hand(b.centre, b.chain) == 10 - 2


def test_shortfall_and_changed_price_are_listed_and_settled_with_a_note(
        bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.bag, 4, short_reason="现场又找到一个")
    product = catalogue.get_product(b.centre, b.chain)
    catalogue.update_product(b.centre, b.chain, ProductInput(
        name=product.name, price_fen=2_500, makers=[(m.person_id, m.share_percent)
                                                    for m in product.makers],
        material_cost_fen=product.material_cost_fen, category=product.category,
        code=product.code), actor=STAFF)
    sell(b.laptop, b.chain, 1, time="11:00")
    report = bazaar_import.import_return(b.centre, returned(b), actor=STAFF)
    assert [(i.kind, i.product, i.quantity, i.bazaar_price_fen, i.centre_price_fen)
            for i in report.issues] == [("shortfall", "编织包", 1, 5_000, 5_000),
                                        ("price", "软陶钥匙扣", 1, 2_000, 2_500)]
    line = b.centre.query_one("SELECT short_quantity, unit_price_fen FROM sales_line"
                              " WHERE product_id = ?", (b.bag,))
    assert line is not None and tuple(line) == (1, 5_000)
    issue = bazaar_import.list_issues(b.centre)[0]
    with pytest.raises(ValidationError) as refused:
        bazaar_import.settle_issue(b.centre, issue.id, "  ", actor=STAFF)
    assert "请填写处理说明" in str(refused.value)
    assert len(bazaar_import.list_issues(b.centre)) == 2
    bazaar_import.settle_issue(b.centre, issue.id, "现场多卖一个，已盘点补记", actor=STAFF)
    assert [i.id for i in bazaar_import.list_issues(b.centre)] == [report.issues[1].id]
    settled = bazaar_import.list_issues(b.centre, include_settled=True)[0]
    assert settled.settle_note == "现场多卖一个，已盘点补记" and settled.settled_by == "staff"
    assert b.centre.scalar("SELECT reason FROM audit_log WHERE table_name ="
                           " 'sales_bazaar_issue'") == "现场多卖一个，已盘点补记"
    with pytest.raises(SaleRefused, match="处理过"):
        bazaar_import.settle_issue(b.centre, issue.id, "再来一次", actor=STAFF)


def refused(b: Bazaar, path: Path, expected: str) -> None:
    before = counts(b)
    with pytest.raises(BazaarFileError) as error:
        bazaar_import.import_return(b.centre, path, actor=STAFF)
    message = str(error.value)
    assert expected in message and str(path) in message, message
    assert counts(b) == before


def test_an_edited_file_is_refused(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.chain, 2)
    path = returned(b)
    document = json.loads(path.read_text("utf-8"))
    document["body"]["sales"][0]["lines"][0]["unit_price_fen"] = 1
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    refused(b, path, "被修改过")


def test_a_truncated_file_is_refused(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.chain, 2)
    path = returned(b)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(b, path, "不完整或已损坏")


def test_a_file_from_another_centre_is_refused(tmp_path: Path) -> None:
    ours = make_bazaar(tmp_path / "ours")
    (tmp_path / "theirs").mkdir()
    theirs = make_bazaar(tmp_path / "theirs")
    try:
        sell(theirs.laptop, theirs.chain, 1)
        path = returned(theirs)
        # Same centre code typed by mistake elsewhere: the package is unknown here.
        refused(ours, path, "没有导出过它的义卖包")
        with ours.centre.transaction():
            set_setting(ours.centre, "centre.code", "XC-DS-01")
        refused(ours, path, "来自中心 XC-YT-09")
    finally:
        for b in (ours, theirs):
            b.centre.close()
            b.laptop.close()


def test_export_refuses_more_than_on_hand_and_an_empty_place(tmp_path: Path) -> None:
    db, chain, _bag = centre_with_stock(tmp_path / "c.db")
    try:
        before = int(db.scalar("SELECT count(*) FROM sales_stock_movement"))
        with pytest.raises(SaleRefused, match="库存只有 10 件，不能带走 11 件"):
            bazaar_package.export_package(db, tmp_path / "p.json", PLACE, TODAY,
                                          {chain: 11}, actor=STAFF)
        with pytest.raises(ValidationError) as error:
            bazaar_package.export_package(db, tmp_path / "p.json", " ", TODAY,
                                          {chain: 1}, actor=STAFF)
        assert "请填写义卖的地点" in str(error.value)
        with pytest.raises(BazaarFileError, match="不存在"):
            bazaar_package.export_package(db, tmp_path / "no" / "p.json", PLACE, TODAY,
                                          {chain: 1}, actor=STAFF)
        assert int(db.scalar("SELECT count(*) FROM sales_stock_movement")) == before
        assert db.scalar("SELECT count(*) FROM sales_bazaar_package") == 0
        assert not (tmp_path / "p.json").exists()
    finally:
        db.close()


def test_a_void_or_refund_made_after_an_import_comes_with_the_next_file(
        bazaar: Bazaar) -> None:
    b = bazaar
    first = sell(b.laptop, b.chain, 2)
    second = sell(b.laptop, b.bag, 1, time="11:00")
    bazaar_import.import_return(b.centre, returned(b, "first.json"), actor=STAFF)
    assert stock.on_hand(b.centre, b.chain) == 8 and stock.on_hand(b.centre, b.bag) == 3
    void_sale(b.laptop, first, "顾客不要了", actor=STAFF)
    refund_line(b.laptop, get_sale(b.laptop, second).lines[0].id, 1, 4_000, "有瑕疵",
                restock=True, actor=STAFF)
    report = bazaar_import.import_return(b.centre, returned(b, "second.json"), actor=STAFF)
    assert (report.added, report.skipped, report.updated) == (0, 2, 2)
    assert stock.on_hand(b.centre, b.chain) == 10 and stock.on_hand(b.centre, b.bag) == 4
    assert b.centre.scalar("SELECT void_reason FROM sales_sale WHERE id = (SELECT sale_id"
                           " FROM sales_line WHERE product_id = ?)", (b.chain,)) == "顾客不要了"
    assert b.centre.scalar("SELECT amount_fen FROM sales_refund") == 4_000
    again = bazaar_import.import_return(b.centre, returned(b, "third.json"), actor=STAFF)
    assert (again.added, again.skipped, again.updated) == (0, 2, 0)
    assert b.centre.scalar("SELECT count(*) FROM sales_refund") == 1


def test_a_damaged_package_is_not_opened(tmp_path: Path) -> None:
    made = make_bazaar(tmp_path)
    try:
        document = json.loads(made.package.read_text("utf-8"))
        document["body"]["products"][0]["price_fen"] = 1
        made.package.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
        fresh = open_database(tmp_path / "fresh.db")
        try:
            with pytest.raises(BazaarFileError) as error:
                bazaar_laptop.open_package(fresh, made.package, actor=STAFF)
            assert "已损坏或被修改过" in str(error.value) and str(made.package) in str(error.value)
            assert fresh.scalar("SELECT count(*) FROM sales_product") == 0
            assert bazaar_laptop.identity(fresh) is None
        finally:
            fresh.close()
    finally:
        made.centre.close()
        made.laptop.close()


def test_a_file_with_sales_in_a_closed_month_is_refused(bazaar: Bazaar) -> None:
    b = bazaar
    sale = sell(b.laptop, b.chain, 1, day=date(2024, 5, 31), time="16:05:00")
    sell(b.laptop, b.chain, 1)  # June's: open, but the file is refused whole
    number = str(get_sale(b.laptop, sale).uid)[:8].upper()
    path = returned(b)
    submit_month(b.centre, "2024-05", today=TODAY)
    refused(b, path, "2024-05 已报送关账，文件里有 1 笔销售记在这些月份："
                     f"2024-05-31 16:05 单号 {number} 20.00 元。整个文件都没有导入（其他销售也"
                     "没有）：请管理员重新开账 2024-05 后再导入；不能重新开账的，请联系区残联处理")


def test_a_sale_voided_on_the_laptop_is_no_issue(bazaar: Bazaar) -> None:
    """Voided before the first import or after it: nothing about it is left to settle."""
    b = bazaar
    sell(b.laptop, b.chain, 1)
    bazaar_import.import_return(b.centre, returned(b, "first.json"), actor=STAFF)
    beyond = sell(b.laptop, b.chain, 1, time="15:00")
    second = bazaar_import.import_return(b.centre, returned(b, "second.json"), actor=STAFF)
    assert [(i.kind, i.quantity) for i in second.issues] == [("shortfall", 1)]
    void_sale(b.laptop, beyond, "录重了", actor=STAFF)
    voided_now = sell(b.laptop, b.bag, 5, time="16:00", short_reason="多卖")
    void_sale(b.laptop, voided_now, "顾客不要了", actor=STAFF)
    third = bazaar_import.import_return(b.centre, returned(b, "third.json"), actor=STAFF)
    assert (third.added, third.updated, third.issues) == (1, 1, ())
    assert bazaar_import.list_issues(b.centre) == []
    assert bazaar_import.list_issues(b.centre, import_id=second.import_id) == []


def test_every_logged_bazaar_key_has_its_words(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.bag, 4, short_reason="现场又找到一个")
    bazaar_import.import_return(b.centre, returned(b), actor=STAFF)
    bazaar_import.settle_issue(b.centre, bazaar_import.list_issues(b.centre)[0].id, "已补记",
                               actor=STAFF)
    missing: set[tuple[str, str]] = set()
    for db in (b.centre, b.laptop):
        for entry in db.query("SELECT table_name, before, after FROM audit_log"
                              " WHERE table_name LIKE 'sales_bazaar%' OR (table_name ="
                              " 'setting' AND after LIKE '%sales.bazaar.%')"):
            assert entry["table_name"] in table_names()
            for stored in (entry["before"], entry["after"]):
                for key in json.loads(stored or "{}"):
                    if CHINESE.label(entry["table_name"], key) == key:
                        missing.add((entry["table_name"], key))
    assert missing == set()


def test_a_sale_of_a_product_the_centre_does_not_know_is_refused(bazaar: Bazaar) -> None:
    b = bazaar
    sell(b.laptop, b.chain, 1)
    with b.laptop.transaction():
        b.laptop.execute("UPDATE sales_product SET code = '29999995' WHERE id = ?", (b.chain,))
    refused(b, returned(b), "编码为 29999995 的商品不在本中心的商品目录里")


def test_a_package_of_another_centre_code_is_not_opened(tmp_path: Path) -> None:
    made = make_bazaar(tmp_path)
    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.transaction():
            set_setting(fresh, "centre.code", "XC-DS-01")
        with pytest.raises(SaleRefused) as error:
            bazaar_laptop.open_package(fresh, made.package, actor=STAFF)
        assert "本机的中心编码是 XC-DS-01，义卖包来自中心 XC-YT-09" in str(error.value)
        assert fresh.scalar("SELECT count(*) FROM sales_product") == 0
    finally:
        fresh.close()
        made.centre.close()
        made.laptop.close()


def test_export_without_a_centre_code_is_refused(tmp_path: Path) -> None:
    db, chain, _bag = centre_with_stock(tmp_path / "c.db", code="")
    try:
        with pytest.raises(SaleRefused, match="还没有填写中心编码"):
            bazaar_package.export_package(db, tmp_path / "p.json", PLACE, TODAY, {chain: 1},
                                          actor=STAFF)
        assert not (tmp_path / "p.json").exists()
        assert stock.on_hand(db, chain) == 10
    finally:
        db.close()
