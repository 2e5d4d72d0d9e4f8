"""Messages to people that the GUI can translate, written once in Chinese (Qt-free).

A :class:`Message` *is* the formatted Chinese text (a ``str``): the command line prints it,
the workbooks write it, ``==`` compares it, exactly as before. It also remembers the
template it was made from and the values put into it, so the GUI can translate the template
through the same catalogue as the interface and put the same values into the English one
(``desktop.ui.common.labels.model_message``).

Templates are marked with :func:`QT_TRANSLATE_NOOP` under the context ``"Messages"``, so that
`make ts` (pyside6-lupdate, which reads the call syntactically) collects them into
``warmhome_en.ts``; the placeholders are named (``{count}``), never positional or formatted
(``{day:%Y}``): the translation must keep them as they are. A value that is itself a
:class:`Message` (a field's name, a reason) is translated too; any other value (a name, a
file path, a month, a number) is data and is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context`` and return it untranslated.

    A twin of Qt's macro that needs no Qt: lupdate finds the name, mypy sees a ``str``.
    """
    return text


class Message(str):
    """A Chinese message that also carries its template and arguments for translation.

    ``Message(template, **args)`` is ``template.format(**args)`` (or ``template`` itself
    when there are no arguments, so a fixed text may contain braces).
    """

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        text = template.format(**args) if args else template
        made = super().__new__(cls, text)
        made.template = str(template)
        made.args = dict(args)
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        # Copies and pickles are built again from the template and the arguments.
        return (self.template,), dict(self.args)


class MessageList(Message):
    """Several messages shown as one, joined by ``；`` (a translated separator in the GUI)."""

    SEPARATOR = QT_TRANSLATE_NOOP("Messages", "；")
    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str], /) -> MessageList:
        joined = tuple(parts)
        made = str.__new__(cls, cls.SEPARATOR.join(joined))
        made.template = str(made)
        made.args = {}
        made.parts = joined
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[Any], dict[str, Any]]:
        return (self.parts,), {}
