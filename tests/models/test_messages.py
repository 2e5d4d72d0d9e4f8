"""Messages are their Chinese text and also carry what the GUI needs to translate them."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date, datetime

from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message, MessageList
from desktop.models.reporting import dashboard, indicators


def test_a_message_is_its_chinese_text() -> None:
    message = Message(QT_TRANSLATE_NOOP("Messages", "{count} 条往日签到没有签退记录"), count=3)
    assert message == "3 条往日签到没有签退记录"
    assert str(message) == "3 条往日签到没有签退记录" and type(str(message)) is str
    assert f"本月：{message}" == "本月：3 条往日签到没有签退记录"
    assert json.dumps([message], ensure_ascii=False) == '["3 条往日签到没有签退记录"]'
    assert message.template == "{count} 条往日签到没有签退记录"
    assert message.args == {"count": 3}


def test_a_fixed_message_may_hold_braces() -> None:
    message = Message("请输入 {姓名}")
    assert message == "请输入 {姓名}" and message.args == {}


def test_copies_and_pickles_keep_template_and_arguments() -> None:
    inner = Message("签到时间不能晚于现在")
    message = Message("本月：{finding}", finding=inner)
    for copied in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert copied == message
        assert copied.template == "本月：{finding}"
        assert isinstance(copied.args["finding"], Message)
    joined = MessageList([inner, Message("请填写原因")])
    again = pickle.loads(pickle.dumps(joined))
    assert again == "签到时间不能晚于现在；请填写原因"
    assert isinstance(again, MessageList) and again.parts == joined.parts


def test_validation_error_joins_its_messages_for_translation() -> None:
    error = ValidationError({"name": Message("请填写姓名"),
                             "phone": Message("电话最多{limit}位", limit=20)})
    assert error.message == "请填写姓名；电话最多20位"
    assert isinstance(error.message, MessageList)
    parts = [part for part in error.message.parts if isinstance(part, Message)]
    assert len(parts) == len(error.message.parts)
    assert [part.template for part in parts] == ["请填写姓名", "电话最多{limit}位"]
    assert ValidationError({}).message == "输入不正确"
    # Plain text still works (older callers), without a template to translate.
    assert WarmHomeError("出错了").message == "出错了"


def test_alerts_and_findings_carry_their_templates(db: Database) -> None:
    # The home page's alerts and the monthly report's findings are Messages: the CLI and the
    # workbook print the Chinese, the GUI translates the template.
    alerts = dashboard.alerts(db, datetime(2024, 6, 10, 9))
    assert [a.message for a in alerts] == ["还没有成功的备份，请立即备份"]
    assert isinstance(alerts[0].message, Message)
    report = indicators.compute(db, "2024-06", date(2024, 6, 10))
    unfinished = report.findings[-1]
    assert unfinished.message == "本月尚未结束，数据截至 2024-06-10"
    assert isinstance(unfinished.message, Message)
    assert unfinished.message.template == "本月尚未结束，数据截至 {day}"
    labels = {row.indicator.key: row.indicator.label for row in report.rows}
    assert labels["attendance.wenxin.sign_ins"] == "温馨家园签到人次"
    assert isinstance(labels["attendance.wenxin.sign_ins"], Message)
