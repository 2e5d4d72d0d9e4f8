"""Words of daily care the interface translates although they come from the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def service_name(name: str) -> str:
    """A care service's name in the interface language: the seeded services are translated
    (``desktop.models.care.day_care.SEEDED_SERVICE_NAMES``); a centre's own keep their name."""
    return QCoreApplication.translate("CareServices", name)
