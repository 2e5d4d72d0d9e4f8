"""希联圆梦 handicraft sales: the catalogue and its makers, stock kept as movements, sales with
their lines and payment, voids and refunds, day ends (日结), orders, the makers' monthly
income and payouts, and bazaar sales from a laptop merged back by file (``bazaar_*``).

The shared rules are in :mod:`.rules`. Declares (``desktop.models.capabilities``) the words for
its audit entries, its indicators and its demo step.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

# The monthly report's rows and checks (sales-income).
INDICATORS = ("desktop.models.sales.indicator_provider:PROVIDER",)
# After volunteers (40): the makers are members made by the people step (sales-income).
DEMO = (DemoStep(50, "desktop.models.sales.demo_sales:generate"),)

AUDIT_LABELS: tuple[AuditLabels, ...] = (AuditLabels(
    order=80,
    tables={
        "sales_product": QT_TRANSLATE_NOOP("AuditModel", "手工品"),
        "sales_stock_movement": QT_TRANSLATE_NOOP("AuditModel", "库存变动"),
        "sales_stock_take": QT_TRANSLATE_NOOP("AuditModel", "库存盘点"),
        "sales_sale": QT_TRANSLATE_NOOP("AuditModel", "销售"),
        "sales_refund": QT_TRANSLATE_NOOP("AuditModel", "退款"),
        "sales_day_end": QT_TRANSLATE_NOOP("AuditModel", "日结"),
        "sales_order": QT_TRANSLATE_NOOP("AuditModel", "订单"),
        "sales_payout": QT_TRANSLATE_NOOP("AuditModel", "制作者收入发放"),
        "sales_bazaar_package": QT_TRANSLATE_NOOP("AuditModel", "义卖包"),
        "sales_bazaar_import": QT_TRANSLATE_NOOP("AuditModel", "义卖销售导入"),
        "sales_bazaar_issue": QT_TRANSLATE_NOOP("AuditModel", "义卖待处理事项"),
    },
    # The split rule (rules.save_split_rule), audited on table ``setting``.
    fields={
        "sales.share_basis": QT_TRANSLATE_NOOP("AuditValues", "制作者收入分配基数"),
        "sales.makers_percent": QT_TRANSLATE_NOOP("AuditValues", "制作者所得比例（%）"),
        # A bazaar laptop's database: the package it was opened from (bazaar_laptop).
        "sales.bazaar.package_id": QT_TRANSLATE_NOOP("AuditValues", "义卖包编号"),
        "sales.bazaar.centre_code": QT_TRANSLATE_NOOP("AuditValues", "义卖包所属中心"),
        "sales.bazaar.place": QT_TRANSLATE_NOOP("AuditValues", "义卖地点"),
        "sales.bazaar.day": QT_TRANSLATE_NOOP("AuditValues", "义卖日期"),
        "sales.bazaar.products": QT_TRANSLATE_NOOP("AuditValues", "义卖包商品种数"),
    },
    # Named per table, so other capabilities' keys keep their own words.
    table_fields={
        "sales_product": {
            "code": QT_TRANSLATE_NOOP("AuditValues", "商品编码"),
            "name": QT_TRANSLATE_NOOP("AuditValues", "商品名称"),
            "category": QT_TRANSLATE_NOOP("AuditValues", "类别"),
            "price_fen": QT_TRANSLATE_NOOP("AuditValues", "售价"),
            "material_cost_fen": QT_TRANSLATE_NOOP("AuditValues", "材料成本"),
            "makers": QT_TRANSLATE_NOOP("AuditValues", "制作者及份额"),
            "photo": QT_TRANSLATE_NOOP("AuditValues", "照片"),
            "archived_at": QT_TRANSLATE_NOOP("AuditValues", "下架时间"),
        },
        "sales_stock_movement": {
            "product_id": QT_TRANSLATE_NOOP("AuditValues", "商品（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "kind": QT_TRANSLATE_NOOP("AuditValues", "变动类型"),
            "quantity": QT_TRANSLATE_NOOP("AuditValues", "数量"),
            "adjustment": QT_TRANSLATE_NOOP("AuditValues", "调整类型"),
            "reason": QT_TRANSLATE_NOOP("AuditValues", "原因"),
            "place": QT_TRANSLATE_NOOP("AuditValues", "寄售地点"),
            "maker_id": QT_TRANSLATE_NOOP("AuditValues", "制作者（编号）"),
        },
        "sales_stock_take": {
            "day": QT_TRANSLATE_NOOP("AuditValues", "盘点日期"),
            "reason": QT_TRANSLATE_NOOP("AuditValues", "差异原因"),
            "products": QT_TRANSLATE_NOOP("AuditValues", "盘点商品数"),
            "differences": QT_TRANSLATE_NOOP("AuditValues", "有差异的商品"),
        },
        "sales_sale": {
            "uid": QT_TRANSLATE_NOOP("AuditValues", "销售单号"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "time": QT_TRANSLATE_NOOP("AuditValues", "时间"),
            "channel": QT_TRANSLATE_NOOP("AuditValues", "销售渠道"),
            "payment": QT_TRANSLATE_NOOP("AuditValues", "付款方式"),
            "total_fen": QT_TRANSLATE_NOOP("AuditValues", "应收"),
            "cash_given_fen": QT_TRANSLATE_NOOP("AuditValues", "实收现金"),
            "change_fen": QT_TRANSLATE_NOOP("AuditValues", "找零"),
            "lines": QT_TRANSLATE_NOOP("AuditValues", "商品明细"),
            "short": QT_TRANSLATE_NOOP("AuditValues", "超出库存销售"),
            "voided_at": QT_TRANSLATE_NOOP("AuditValues", "作废时间"),
        },
        "sales_refund": {
            "line_id": QT_TRANSLATE_NOOP("AuditValues", "销售明细（编号）"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "退款日期"),
            "quantity": QT_TRANSLATE_NOOP("AuditValues", "退货数量"),
            "amount_fen": QT_TRANSLATE_NOOP("AuditValues", "退款金额"),
            "restocked": QT_TRANSLATE_NOOP("AuditValues", "退回库存"),
        },
        "sales_day_end": {
            "day": QT_TRANSLATE_NOOP("AuditValues", "日期"),
            "expected_cash_fen": QT_TRANSLATE_NOOP("AuditValues", "应有现金"),
            "counted_fen": QT_TRANSLATE_NOOP("AuditValues", "清点现金"),
            "difference_fen": QT_TRANSLATE_NOOP("AuditValues", "差额"),
            "note": QT_TRANSLATE_NOOP("AuditValues", "说明"),
        },
        "sales_order": {
            "customer": QT_TRANSLATE_NOOP("AuditValues", "订购单位"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "下单日期"),
            "due_day": QT_TRANSLATE_NOOP("AuditValues", "交货期限"),
            "lines": QT_TRANSLATE_NOOP("AuditValues", "商品明细"),
            "delivered_on": QT_TRANSLATE_NOOP("AuditValues", "交货日期"),
            "invoice_status": QT_TRANSLATE_NOOP("AuditValues", "发票状态"),
            "cancelled_at": QT_TRANSLATE_NOOP("AuditValues", "取消时间"),
        },
        "sales_payout": {
            "month": QT_TRANSLATE_NOOP("AuditValues", "月份"),
            "person_id": QT_TRANSLATE_NOOP("AuditValues", "制作者（编号）"),
            "items": QT_TRANSLATE_NOOP("AuditValues", "售出件数"),
            "revenue_fen": QT_TRANSLATE_NOOP("AuditValues", "销售收入"),
            "material_cost_fen": QT_TRANSLATE_NOOP("AuditValues", "材料成本"),
            "share_fen": QT_TRANSLATE_NOOP("AuditValues", "应得收入"),
            "paid_on": QT_TRANSLATE_NOOP("AuditValues", "发放日期"),
        },
        "sales_bazaar_package": {
            "package_id": QT_TRANSLATE_NOOP("AuditValues", "义卖包编号"),
            "place": QT_TRANSLATE_NOOP("AuditValues", "义卖地点"),
            "day": QT_TRANSLATE_NOOP("AuditValues", "义卖日期"),
            "take": QT_TRANSLATE_NOOP("AuditValues", "带出商品"),
        },
        "sales_bazaar_import": {
            "file": QT_TRANSLATE_NOOP("AuditValues", "文件"),
            "package_id": QT_TRANSLATE_NOOP("AuditValues", "义卖包编号"),
            "added": QT_TRANSLATE_NOOP("AuditValues", "新增销售"),
            "skipped": QT_TRANSLATE_NOOP("AuditValues", "已导入过（跳过）"),
            "issues": QT_TRANSLATE_NOOP("AuditValues", "待处理事项"),
            "returned_items": QT_TRANSLATE_NOOP("AuditValues", "收回未售件数"),
            "updated": QT_TRANSLATE_NOOP("AuditValues", "补记作废或退款的销售"),
        },
        "sales_bazaar_issue": {
            "settled_at": QT_TRANSLATE_NOOP("AuditValues", "处理时间"),
        },
    },
), AuditLabels(
    # The demo data's one entry for its generated sales (demo_sales).
    order=81,
    fields={
        "sales_products": QT_TRANSLATE_NOOP("AuditValues", "手工品种数"),
        "sales_makers": QT_TRANSLATE_NOOP("AuditValues", "制作者人数"),
        "sales": QT_TRANSLATE_NOOP("AuditValues", "销售笔数"),
        "sales_lines": QT_TRANSLATE_NOOP("AuditValues", "销售明细条数"),
        "sales_refunds": QT_TRANSLATE_NOOP("AuditValues", "退款条数"),
        "sales_orders": QT_TRANSLATE_NOOP("AuditValues", "单位订单数"),
        "sales_day_ends": QT_TRANSLATE_NOOP("AuditValues", "日结次数"),
        "sales_payouts": QT_TRANSLATE_NOOP("AuditValues", "制作者收入发放条数"),
    }),)
