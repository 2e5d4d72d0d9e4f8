"""Errors the models raise; their messages are Chinese and meant to be shown to people."""

from __future__ import annotations


class WarmHomeError(Exception):
    """Base of every error the application explains to its user."""

    @property
    def message(self) -> str:
        """The one-line explanation, as shown in a dialog or on stderr."""
        return str(self.args[0]) if self.args else self.__class__.__name__


class ValidationError(WarmHomeError):
    """Input was refused; ``fields`` maps a field name to what is wrong with it."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        summary = "；".join(self.fields.values())
        super().__init__(summary or "输入不正确")


class DuplicateError(WarmHomeError):
    """A record with the same unique identifier exists; ``existing_id`` names it."""

    def __init__(self, message: str, existing_id: int, field: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.field = field


class NotFoundError(WarmHomeError):
    """The record asked for does not exist."""
