"""Words of daily care the interface translates although they come from the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.messages import QT_TRANSLATE_NOOP

# The coded words of a care profile (self-care levels, diet textures, risk flags, who supplies
# a medicine: desktop.models.care.day_care and .profile), marked here for the catalogue.
_CARE_LABELS = frozenset((
    QT_TRANSLATE_NOOP("CareLabels", "自理"),
    QT_TRANSLATE_NOOP("CareLabels", "半自理"),
    QT_TRANSLATE_NOOP("CareLabels", "不能自理"),
    QT_TRANSLATE_NOOP("CareLabels", "普通"),
    QT_TRANSLATE_NOOP("CareLabels", "软食"),
    QT_TRANSLATE_NOOP("CareLabels", "碎食"),
    QT_TRANSLATE_NOOP("CareLabels", "流食"),
    QT_TRANSLATE_NOOP("CareLabels", "走失"),
    QT_TRANSLATE_NOOP("CareLabels", "癫痫"),
    QT_TRANSLATE_NOOP("CareLabels", "跌倒"),
    QT_TRANSLATE_NOOP("CareLabels", "攻击行为"),
    QT_TRANSLATE_NOOP("CareLabels", "吞咽困难"),
    QT_TRANSLATE_NOOP("CareLabels", "其他"),
    QT_TRANSLATE_NOOP("CareLabels", "家属"),
    QT_TRANSLATE_NOOP("CareLabels", "中心"),
))


def service_name(name: str) -> str:
    """A care service's name in the interface language: the seeded services are translated
    (``desktop.models.care.day_care.SEEDED_SERVICE_NAMES``); a centre's own keep their name."""
    return QCoreApplication.translate("CareServices", name)


def care_label(word: str) -> str:
    """A coded word of a care profile (自理, 软食, 走失, 家属 …) in the interface language;
    a word the code does not know is shown as stored."""
    return QCoreApplication.translate("CareLabels", word) if word in _CARE_LABELS else word
