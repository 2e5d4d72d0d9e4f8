"""Per-user interface preferences (window geometry, large text, language, high contrast for
the staff windows and for the kiosk) in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

TEXT_SCALES = (1.0, 1.25, 1.5)


class UiSettings:
    """Typed access to the interface preferences; one instance is passed to whoever needs it."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("WarmHome", "warmhome")

    @property
    def text_scale(self) -> float:
        """1.0 normal, 1.25 large, 1.5 extra large."""
        try:
            value = float(self._s.value("ui/text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return value if value in TEXT_SCALES else 1.0

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._s.setValue("ui/text_scale", float(value))

    @property
    def language(self) -> str:
        """'zh_CN' (the source language) or 'en'."""
        value = str(self._s.value("ui/language", "zh_CN"))
        return value if value in ("zh_CN", "en") else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    def _flag(self, key: str) -> bool:
        value = self._s.value(key, False)
        # QSettings in an ini file gives back "true"/"false" strings.
        return value is True or str(value).lower() in ("true", "1")

    @property
    def staff_high_contrast(self) -> bool:
        """Whether the staff windows use their high-contrast look (white and yellow on black)."""
        return self._flag("ui/high_contrast")

    @staff_high_contrast.setter
    def staff_high_contrast(self, value: bool) -> None:
        self._s.setValue("ui/high_contrast", bool(value))

    @property
    def kiosk_high_contrast(self) -> bool:
        """Whether the kiosk uses its high-contrast look (yellow and white on black)."""
        return self._flag("kiosk/high_contrast")

    @kiosk_high_contrast.setter
    def kiosk_high_contrast(self, value: bool) -> None:
        self._s.setValue("kiosk/high_contrast", bool(value))

    @property
    def export_folder(self) -> str:
        """The folder the monthly workbook was last exported to ('' if never)."""
        return str(self._s.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._s.setValue("export/folder", value)

    @property
    def receipt_paper(self) -> str:
        """The till's receipt paper on this computer: '58' or '80' (mm roll) or 'A4' ('80'
        unless chosen): the receipt printer is attached to the computer, not the database."""
        value = str(self._s.value("sales/receipt_paper", "80") or "80")
        return value if value in ("58", "80", "A4") else "80"

    @receipt_paper.setter
    def receipt_paper(self, value: str) -> None:
        self._s.setValue("sales/receipt_paper", value)

    def window_geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self._s.value("ui/main_window_geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        """Remember where the main window was."""
        self._s.setValue("ui/main_window_geometry", geometry)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()
