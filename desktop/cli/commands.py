"""How a capability adds subcommands: it declares them, ``desktop.cli.main`` builds the parser.

Each capability has a module here (``desktop/cli/people.py`` …) declaring ``COMMANDS``
(``desktop.models.capabilities``): :class:`Group` for a subcommand with actions of its own
(``people``, ``users``, ``month``) and :class:`Command` for a command (top level, or an action of
a group, which another capability may declare: ``people not-seen`` is attendance's). Both are
placed in ``--help`` by ``order``. A command's handler is a ``"module:attr"`` reference, imported
only when the command runs; it gets the parsed arguments and returns the exit code. The
conventions every subcommand follows (``--db``, ``--month YYYY-MM``, ``--json``, ``--out``, one
stderr line on failure) are in ``docs/architecture.md``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models import capabilities
from desktop.models.capabilities import Ref

AddArguments = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Group:
    """A subcommand whose actions are commands declared with ``group=name`` (its parsed
    action is ``args.<name>_command``)."""

    name: str
    order: int
    help: str


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, place in ``--help``, help text, options (``add_arguments``
    fills its parser; the shared ``--db`` is there already) and handler. ``group``: the
    :class:`Group` it is an action of, or None for a top-level command."""

    name: str
    order: int
    help: str
    handler: Ref
    add_arguments: AddArguments | None = None
    group: str | None = None

    def run(self, args: argparse.Namespace) -> int:
        """Run the handler (its module is imported now)."""
        handler: Handler = capabilities.resolve(self.handler)
        return int(handler(args))


def declared(extra: Sequence[str] = ()) -> list[Group | Command]:
    """Every group and command the modules of ``desktop.cli`` (then ``extra``) declare, in
    ``order``."""
    found: list[Group | Command] = capabilities.declarations("desktop.cli", "COMMANDS", extra)
    return sorted(found, key=lambda item: item.order)


def add_declared(sub: Any, common: argparse.ArgumentParser,
                 extra: Sequence[str] = ()) -> None:
    """Add every declared group and command to the top-level subcommands ``sub``; each
    command's parser gets ``command`` set to the :class:`Command`. ValueError for a command
    of an undeclared group or a name declared twice."""
    items = declared(extra)
    groups = {item.name: item for item in items if isinstance(item, Group)}
    for item in items:
        if isinstance(item, Command) and item.group is not None and item.group not in groups:
            raise ValueError(f"command {item.name!r} of undeclared group {item.group!r}")
    seen: set[tuple[str | None, str]] = set()
    for item in items:
        if isinstance(item, Command) and item.group is not None:
            continue
        key = (None, item.name)
        if key in seen:
            raise ValueError(f"subcommand {item.name!r} declared twice")
        seen.add(key)
        parser = _subcommand(sub, item.name, common, item.help)
        if isinstance(item, Command):
            _fill(parser, item)
            continue
        actions = parser.add_subparsers(dest=f"{item.name}_command", metavar="ACTION",
                                        required=True)
        for command in items:
            if isinstance(command, Command) and command.group == item.name:
                if (item.name, command.name) in seen:
                    raise ValueError(f"{item.name} {command.name!r} declared twice")
                seen.add((item.name, command.name))
                _fill(_subcommand(actions, command.name, common, command.help), command)


def _subcommand(sub: Any, name: str, common: argparse.ArgumentParser,
                help_text: str) -> argparse.ArgumentParser:
    # Every subcommand takes --db too (from ``common``).
    return sub.add_parser(name, parents=[common], help=help_text)


def _fill(parser: argparse.ArgumentParser, command: Command) -> None:
    if command.add_arguments is not None:
        command.add_arguments(parser)
    parser.set_defaults(command_declared=command)
