"""The catalogue: products with makers whose shares sum to 100, codes made for barcodes, found
by code, name or pinyin initials; bad prices, shares, makers and codes refused with a Chinese
message and nothing written."""

from __future__ import annotations

import pytest

from desktop.models.admin import audit
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.sales import catalogue
from desktop.models.sales.catalogue import ProductInput, ean8_check_digit
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.models.sales.sales_support import KIOSK, TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]


def _input(makers: list[tuple[int, int]], **overrides: object) -> ProductInput:
    values: dict[str, object] = {"name": "串珠手链", "price_fen": 3_000, "makers": makers,
                                 "material_cost_fen": 800, "category": "串珠"}
    values.update(overrides)
    return ProductInput(**values)  # type: ignore[arg-type]


def test_a_product_is_stored_with_its_makers_and_a_barcode_code(sales_db: Database) -> None:
    wang, li = member(sales_db, "王芳", 11), member(sales_db, "李强", 12)
    product_id = catalogue.create_product(sales_db, _input([(wang, 60), (li, 40)]), actor=STAFF)
    stored = catalogue.get_product(sales_db, product_id)
    assert (stored.name, stored.price_fen, stored.material_cost_fen, stored.category) == (
        "串珠手链", 3_000, 800, "串珠")
    assert [(m.person_id, m.share_percent, m.name) for m in stored.makers] == [
        (wang, 60, "王芳"), (li, 40, "李强")]
    # EAN-8 in the in-store range: 2000001 and its check digit.
    assert stored.code == "20000011" and ean8_check_digit("2000001") == "1"
    assert product(sales_db, [(wang, 100)], name="软陶杯垫") != product_id
    assert catalogue.find_by_code(sales_db, "20000028") is not None  # the next code
    [entry] = audit.entries_for(sales_db, "sales_product", product_id)
    assert entry["action"] == "create" and "60%" in entry["after"]


def test_the_ean8_check_digit_is_the_standard_one() -> None:
    # 96385074 is the usual worked example of an EAN-8 code.
    assert ean8_check_digit("9638507") == "4"
    assert ean8_check_digit("5512345") == "7"


def test_a_price_of_zero_or_less_is_refused(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    before = rows(sales_db)
    for price in (0, -100):
        with pytest.raises(ValidationError) as refused:
            catalogue.create_product(sales_db, _input([(wang, 100)], price_fen=price),
                                     actor=STAFF)
        assert refused.value.fields == {"price_fen": "售价应大于0元：请填写商品的售价"}
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(wang, 100)], material_cost_fen=-1),
                                 actor=STAFF)
    assert refused.value.message == "材料成本不能为负数：没有材料成本请填0"
    assert rows(sales_db) == before


@pytest.mark.parametrize(("shares", "message"), [
    ([], "请至少填写一位制作者（本中心会员）及其份额"),
    ([60, 30], "制作者的份额合计应为100%，现在是90%：请调整后再保存"),
    ([70, 40], "制作者的份额合计应为100%，现在是110%：请调整后再保存"),
    ([100, 0], "每位制作者的份额应为1–100的整数（%）"),
])
def test_shares_that_do_not_sum_to_100_are_refused(sales_db: Database, shares: list[int],
                                                   message: str) -> None:
    makers = [member(sales_db, "王芳", 11), member(sales_db, "李强", 12)]
    before = rows(sales_db)
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input(list(zip(makers, shares, strict=False))),
                                 actor=STAFF)
    assert refused.value.message == message
    assert rows(sales_db) == before


def test_the_same_maker_twice_is_refused(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    before = rows(sales_db)
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(wang, 50), (wang, 50)]), actor=STAFF)
    assert refused.value.message == "同一位制作者只能填写一次：请合并其份额"
    assert rows(sales_db) == before


def test_a_maker_who_is_not_a_member_is_refused(sales_db: Database) -> None:
    volunteer = people.create_person(sales_db, make_person_input(
        name="赵六", id_number=make_id_number(seq=30), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number="V-030"),
        actor=STAFF, today=TODAY)
    before = rows(sales_db)
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(volunteer, 100)]), actor=STAFF)
    assert refused.value.message == "赵六 不是在册会员，不能作为手工品制作者：制作者须是本中心会员"
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(9_999, 100)]), actor=STAFF)
    assert refused.value.message == "没有编号为 9999 的人员"
    assert rows(sales_db) == before


def test_an_archived_member_cannot_be_a_maker(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    people.archive_person(sales_db, wang, "搬离本街道", actor=STAFF)
    before = rows(sales_db)
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(wang, 100)]), actor=STAFF)
    assert refused.value.message == (
        "王芳 已归档，不能作为手工品制作者：如需恢复，请先在“人员登记”中恢复")
    assert rows(sales_db) == before


def test_a_code_in_use_or_with_odd_characters_is_refused(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    product(sales_db, [(wang, 100)], code="XL-001")
    before = rows(sales_db)
    with pytest.raises(DuplicateError) as duplicate:
        catalogue.create_product(sales_db, _input([(wang, 100)], code="xl-００1"), actor=STAFF)
    assert duplicate.value.message == (
        "编码 XL-001 已用于商品“软陶钥匙扣”：请换一个编码，或留空自动生成")
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(sales_db, _input([(wang, 100)], code="手链1"), actor=STAFF)
    assert refused.value.fields["code"].startswith("商品编码只能由数字、大写字母和“-”组成")
    assert rows(sales_db) == before


def test_the_kiosk_account_may_not_keep_the_catalogue(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    before = rows(sales_db)
    with pytest.raises(PermissionDenied):
        catalogue.create_product(sales_db, _input([(wang, 100)]), actor=KIOSK)
    assert rows(sales_db) == before


def test_changing_makers_makes_a_new_set_and_keeps_the_old(sales_db: Database) -> None:
    wang, li = member(sales_db, "王芳", 11), member(sales_db, "李强", 12)
    product_id = catalogue.create_product(sales_db, _input([(wang, 100)]), actor=STAFF)
    first_set = catalogue.get_product(sales_db, product_id).maker_set_id
    catalogue.update_product(sales_db, product_id, _input([(wang, 100)], price_fen=3_500),
                             actor=STAFF)
    assert catalogue.get_product(sales_db, product_id).maker_set_id == first_set
    catalogue.update_product(sales_db, product_id, _input([(wang, 50), (li, 50)],
                                                          price_fen=3_500), actor=STAFF)
    changed = catalogue.get_product(sales_db, product_id)
    assert changed.maker_set_id != first_set and changed.price_fen == 3_500
    assert [m.person_id for m in catalogue.makers_of_set(sales_db, first_set)] == [wang]
    updates = [e for e in audit.entries_for(sales_db, "sales_product", product_id)
               if e["action"] == "update"]
    assert len(updates) == 2 and "makers" in updates[1]["after"]


def test_products_are_found_by_code_name_and_pinyin_initials(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(wang, 100)], name="软陶钥匙扣")
    bracelet = product(sales_db, [(wang, 100)], name="串珠手链")
    code = catalogue.get_product(sales_db, keyring).code
    assert catalogue.find_by_code(sales_db, f" {code}\u200b").id == keyring  # type: ignore[union-attr]
    assert catalogue.find_by_code(sales_db, "99999999") is None
    assert [p.id for p in catalogue.find_products(sales_db, "rtysk")] == [keyring]
    assert [p.id for p in catalogue.find_products(sales_db, "ＣＺ")] == [bracelet]
    assert [p.id for p in catalogue.find_products(sales_db, "手链")] == [bracelet]
    assert [p.id for p in catalogue.find_products(sales_db, "chuanzhu")] == [bracelet]
    assert [p.id for p in catalogue.find_products(sales_db, code)] == [keyring]
    assert {p.id for p in catalogue.find_products(sales_db, "200000")} == {keyring, bracelet}
    catalogue.archive_product(sales_db, bracelet, "不再制作", actor=STAFF)
    assert catalogue.find_products(sales_db, "cz") == []
    assert [p.id for p in catalogue.list_products(sales_db)] == [keyring]
    catalogue.restore_product(sales_db, bracelet, actor=STAFF)
    assert [p.id for p in catalogue.find_products(sales_db, "cz")] == [bracelet]
    before = rows(sales_db)
    catalogue.restore_product(sales_db, bracelet, actor=STAFF)  # on sale: nothing to do
    assert rows(sales_db) == before


def test_archiving_needs_a_reason(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    product_id = product(sales_db, [(wang, 100)])
    before = rows(sales_db)
    with pytest.raises(ValidationError) as refused:
        catalogue.archive_product(sales_db, product_id, "  ", actor=STAFF)
    assert refused.value.message == "请填写下架原因，例如：不再制作"
    with pytest.raises(NotFoundError):
        catalogue.archive_product(sales_db, 404, "不再制作", actor=STAFF)
    assert rows(sales_db) == before


def test_a_photo_is_kept_with_the_product(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    product_id = product(sales_db, [(wang, 100)])
    catalogue.set_photo(sales_db, product_id, b"\xff\xd8jpeg", actor=STAFF)
    catalogue.set_photo(sales_db, product_id, b"\x89PNG", "image/png", actor=STAFF)
    assert catalogue.photo(sales_db, product_id) == (b"\x89PNG", "image/png")
