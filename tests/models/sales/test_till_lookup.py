"""Finding a sale by the number on its receipt: the uid's first characters, any case."""

from __future__ import annotations

from desktop.models.db import Database
from desktop.models.sales import sales, stock, till_lookup
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.sales_support import member, product
from tests.models.sales.sales_support import sales_db as sales_db


def test_a_sale_is_found_by_the_start_of_its_uid(sales_db: Database) -> None:
    maker = member(sales_db, "李大强", 1)
    item = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, item, 5, sales_db.clock.today(), actor=STAFF)
    one = sales.record_sale(sales_db, SaleInput([LineInput(item)], "微信", uid="abcd1234ffff"),
                            actor=STAFF)
    two = sales.record_sale(sales_db, SaleInput([LineInput(item)], "现金", uid="abcd9999eeee"),
                            actor=STAFF)
    assert [s.id for s in till_lookup.sales_by_number(sales_db, "ABCD1234")] == [one.id]
    assert {s.id for s in till_lookup.sales_by_number(sales_db, "abcd")} == {one.id, two.id}
    assert till_lookup.sales_by_number(sales_db, "abc") == []  # too short to mean one sale
    assert till_lookup.sales_by_number(sales_db, "ab%d") == []  # a wildcard is a character
