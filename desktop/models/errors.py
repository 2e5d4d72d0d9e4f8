"""Errors the models raise; their messages are Chinese and meant to be shown to people.

A message is best given as a :class:`~desktop.models.messages.Message` (marked for the
catalogue), so that the GUI can show it in English too; the command line prints the Chinese.
"""

from __future__ import annotations

from desktop.models.messages import QT_TRANSLATE_NOOP, Message, MessageList


class WarmHomeError(Exception):
    """Base of every error the application explains to its user."""

    @property
    def message(self) -> str:
        """The one-line explanation, as shown in a dialog or on stderr."""
        if not self.args:
            return self.__class__.__name__
        first = self.args[0]
        # A Message keeps its template and arguments for the GUI's translation.
        return first if isinstance(first, Message) else str(first)


class ValidationError(WarmHomeError):
    """Input was refused; ``fields`` maps a field name to what is wrong with it."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        summary = MessageList(self.fields.values()) if self.fields else \
            Message(QT_TRANSLATE_NOOP("Messages", "输入不正确"))
        super().__init__(summary)


class DuplicateError(WarmHomeError):
    """A record with the same unique identifier exists; ``existing_id`` names it."""

    def __init__(self, message: str, existing_id: int, field: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.field = field


class NotFoundError(WarmHomeError):
    """The record asked for does not exist."""
