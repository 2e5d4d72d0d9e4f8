"""希联圆梦: handicraft sales made by members: the till, refunds and voids, the day end (日结),
and the catalogue, stock, orders, bazaars and makers' income, one tab per part
(:mod:`.sales_page`).

Declares its main-window page and its help (``desktop.ui.shell.pages``).
"""

from desktop.models.admin.permissions import Permission
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.shell.pages import HelpTopic, Page

HELP = HelpTopic(
    QT_TRANSLATE_NOOP("Help", "希联圆梦"),
    QT_TRANSLATE_NOOP("Help", "销售会员制作的手工品：收银、小票、退款和作废、日结，商品和库存，"
                      "单位订购，义卖；"
                      "每笔销售都记下是谁做的，按月给制作者发放收入。"),
    (
        QT_TRANSLATE_NOOP("Help", "在“收银”里用扫码枪扫商品条码，商品马上加到单子上；同一件再扫一次"
                          "数量加 1。没有条码时输入商品名称或拼音首字母（如 rtysk），按↓选中、"
                          "回车加入。"),
        QT_TRANSLATE_NOOP("Help", "要改数量，选中那一行按 F2 或“改数量”；要优惠，按“优惠”并写明原因"
                          "（没有原因不能优惠）；按 Delete 删除选中的一行。"),
        QT_TRANSLATE_NOOP("Help", "用 F5 现金、F6 微信、F7 支付宝、F8 银行卡、F9 其他选择付款方式"
                          "（软件只记录，不收款）。现金在“实收现金”里填顾客给的钱，找零马上显示。"),
        QT_TRANSLATE_NOOP("Help", "扫完后在空的扫码框里按回车到“实收现金”，再按回车（或 F12、“结账”）"
                          "结账，小票自动打印；小票纸（58 毫米、80 毫米或 A4）在右上角选择。"),
        QT_TRANSLATE_NOOP("Help", "账面库存不够时会问原因（例如新做的还没入库），写明后照样结账，"
                          "月报核对时会列出。"),
        QT_TRANSLATE_NOOP("Help", "顾客退货在“退款作废”里：选日期或输入小票上的单号找到这笔销售，"
                          "整笔录错的按“作废整笔”（商品退回库存），退部分商品的选中那一行按“退款”，"
                          "填数量、金额和原因；“补打小票”的小票上印着“补打”。"),
        QT_TRANSLATE_NOOP("Help", "每天收银结束在“日结”里数一数钱箱里当天收的现金，填入“清点现金”；"
                          "和应有现金不一致时写明原因再“记录日结”，可以打印日结单。"),
        QT_TRANSLATE_NOOP("Help", "在“商品”里按“新建商品”填写名称、售价和材料成本，输入姓名或拼音首字母找到"
                          "制作者（须是本中心会员），填好份额后按“添加制作者”；各人份额合计必须是10"
                          "0%。编码留空会自动生成8位条码编号。"),
        QT_TRANSLATE_NOOP("Help", "“打印标签”把列出的商品打印在A4标签纸上（每张3×8或4×10个），每个标"
                          "签有名称、售价和条码，扫码枪可以直接扫；也可以先存成PDF看一看。"),
        QT_TRANSLATE_NOOP("Help", "不再制作的商品按“下架”并写明原因，收银台就不再出售；勾选“显示已下架”可以"
                          "找到它并“恢复上架”。"),
        QT_TRANSLATE_NOOP("Help", "新做好的商品在“库存”里选中后按“生产入库”，选制作者、件数和日期；损坏、样"
                          "品、赠送用“调整”，送到商店或集市寄售用“寄售发出”，卖剩的拿回来用“寄售收"
                          "回”。"),
        QT_TRANSLATE_NOOP("Help", "盘点时先按“打印盘点表”，逐件清点并写在表上；再按“盘点”，在“实盘数”栏输"
                          "入数字（回车确认），填写差异原因后“过账”，账面库存就改成清点的数。"),
        QT_TRANSLATE_NOOP("Help", "单位订购在“订单”里按“新建订单”登记；送货后按“登记交货”，商品当天出库"
                          "（“库存”里记为寄售在该订单），打印“送货单”请对方签收盖章；开了发票在下方改"
                          "“发票”状态；对方付款后按“收款”，订单就计入收款当月的销售。"),
        QT_TRANSLATE_NOOP("Help", "在“义卖”里填好地点、日期和每种商品的带出件数，按“导出义卖包”；带出的商品"
                          "记为寄售。"),
        QT_TRANSLATE_NOOP("Help", "义卖电脑新装本软件后，在“义卖”里按“打开义卖包”；收银台照常销售，数据照常"
                          "备份。"),
        QT_TRANSLATE_NOOP("Help", "义卖结束后在义卖电脑上按“导出销售文件”，带回中心按“导入销售文件”：每笔销"
                          "售只记一次，重复导入不会多记，未售出的收回库存。"),
        QT_TRANSLATE_NOOP("Help", "超出带出数量或价格不同的列为待处理，选中后按“处理所选”写明处理说明。"),
        QT_TRANSLATE_NOOP("Help", "在“制作者收入”里选月份，看每位制作者卖出的件数、收入、材料成本和"
                          "应得收入；“分配规则”用简单的话说明怎么分，也可以修改。"),
        QT_TRANSLATE_NOOP("Help", "月份结束后按“导出发放表”打印，发钱时请制作者或监护人签字，再按"
                          "“登记所选已发放”或“全部登记已发放”。"),
        QT_TRANSLATE_NOOP("Help", "“所选对账单”“全部对账单”生成大字对账单 PDF，告诉制作者卖了什么、"
                          "能得多少钱。"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "应有现金只算当天在中心收的现金（减去现金退款），不含备用零钱；"
                          "义卖展销的现金在义卖现场清点。"),
    ),
)

PAGES = (
    Page("sales", QT_TRANSLATE_NOOP("MainWindow", "希联圆梦"), 55,
         "desktop.ui.sales.sales_page:make_page", permission=Permission.SELL, help=HELP),
)
