"""The kiosk's spoken greeting through QtTextToSpeech, silently skipped without an engine.

Speech is an addition for members who cannot read the screen well; the same words are
always shown as text, so a machine without a speech engine loses nothing essential.
QtTextToSpeech is imported only when a speaker is prepared: importing it loads QtMultimedia,
which costs start-up time and, on machines without PipeWire, logs a harmless Qt warning.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject

log = logging.getLogger("warmhome.kiosk")
# Qt's "mock" engine speaks nothing (it only simulates timing): never chosen unless asked for.
MOCK_ENGINE = "mock"


class Speaker(Protocol):
    """Something that can say a sentence aloud (or quietly do nothing)."""

    def say(self, text: str) -> None:
        """Start saying ``text``; never raises, never blocks for the length of the speech."""


def engine_order(available: Sequence[str], requested: Sequence[str] | None = None) -> list[str]:
    """Which engines to try, in order: the requested ones that exist, else every real one."""
    if requested is not None:
        return [name for name in requested if name in available]
    return [name for name in available if name != MOCK_ENGINE]


class QtSpeaker(QObject):
    """Speaks through the first QtTextToSpeech engine that starts; otherwise does nothing.

    ``engines`` restricts the choice (tests pass ``["mock"]``); ``language`` is the interface
    language, and an engine with voices but none for that language stays silent rather
    than read Chinese with an English voice.
    """

    def __init__(self, language: str = "zh_CN", engines: Sequence[str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._requested = list(engines) if engines is not None else None
        self._engine: Any = None
        self._prepared = False
        self.engine_name = ""

    @property
    def available(self) -> bool:
        """Whether a working engine was found (prepares one on first use)."""
        self.prepare()
        return self._engine is not None

    def prepare(self) -> None:
        """Find and start an engine once; cheap on later calls. Failures are only logged."""
        if self._prepared:
            return
        self._prepared = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            log.info("no QtTextToSpeech module: the kiosk greets in text only")
            return
        for name in engine_order(QTextToSpeech.availableEngines(), self._requested):
            try:
                engine = QTextToSpeech(name, self)
            except Exception as exc:  # a broken plug-in must not stop the kiosk
                log.info("speech engine %s failed to start: %r", name, exc)
                continue
            if engine.state() == QTextToSpeech.State.Error:
                log.info("speech engine %s unusable: %s", name, engine.errorString())
                engine.deleteLater()
                continue
            if not self._choose_voice(engine):
                log.info("speech engine %s has no voice for %s", name, self._language)
                engine.deleteLater()
                continue
            self._engine = engine
            self.engine_name = name
            log.info("kiosk greetings are spoken by the %s engine", name)
            return
        log.info("no speech engine: the kiosk greets in text only")

    def _choose_voice(self, engine: Any) -> bool:
        """Use a voice for the interface language; False if the engine has voices but none."""
        wanted = QLocale(self._language)
        locales = list(engine.availableLocales())
        if not locales:
            return True  # the engine does not say; let it use its default voice
        for locale in locales:
            if locale.language() == wanted.language():
                engine.setLocale(locale)
                return True
        return False

    def say(self, text: str) -> None:
        """Say ``text`` if an engine works; a failing engine is dropped, not retried."""
        self.prepare()
        if self._engine is None or not text:
            return
        try:
            self._engine.stop()
            self._engine.say(text)
        except Exception as exc:
            log.info("speech failed, continuing without it: %r", exc)
            self._engine = None


class SilentSpeaker:
    """A speaker that says nothing (speech switched off, benchmarks)."""

    def say(self, text: str) -> None:
        """Do nothing."""
