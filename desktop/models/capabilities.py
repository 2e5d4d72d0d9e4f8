"""How a capability plugs in: it declares itself in its own packages, and the shell reads the
declarations (Qt-free).

Each layer holds one package per capability (``desktop/models/people/``,
``desktop/ui/attendance/``, ``desktop/excel/subsidy/`` …), and the command line one module per
capability (``desktop/cli/people.py``). A capability's ``__init__`` (or CLI module) declares
what it brings under a well-known name, a sequence of small records:

========================  =====================  ===============================================
layer package             name                   what each item is
========================  =====================  ===============================================
``desktop.ui``            ``PAGES``              a main-window page (``desktop.ui.shell.pages``)
``desktop.excel``         ``DETAIL_SHEETS``      a monthly-workbook detail sheet
``desktop.models``        ``INDICATORS``         an indicator provider (``"module:attr"``)
``desktop.models``        ``DEMO``               a demo-data generator
``desktop.models``        ``AUDIT_LABELS``       words for the audit log's tables and fields
``desktop.cli``           ``COMMANDS``           a subcommand (or a group of them)
========================  =====================  ===============================================

:func:`declarations` walks the layer package's direct children (sorted by name, so the result
never depends on the file system) and collects what each declares; the reader orders the
items by their own ``order``. Nothing is listed centrally, so a new capability is a new
package, never an edit elsewhere.

An ``__init__`` must stay cheap: it is imported whenever anything of its package is, and the
main window reads every page declaration at start-up. So a declaration names its heavy part (a
page class, a sheet writer, a command's handler, a provider) as a ``"module:attr"`` string,
which :func:`resolve` imports on first use.

``extra`` names further packages read the same way (a test-only capability): the entry points
that read declarations (the main window, the workbook export, the indicator registry, the
command line's ``main``) take it as a parameter. There is deliberately no environment variable
or setting for it: the installed app never imports a module it was not built with.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from functools import cache
from typing import Any

# "package.module:attribute", imported when first used.
Ref = str


@cache
def _children(layer_package: str) -> tuple[str, ...]:
    """The dotted names of a package's direct children (modules and packages), sorted; names
    starting with an underscore are private and skipped."""
    package = importlib.import_module(layer_package)
    return tuple(sorted(info.name for info in pkgutil.iter_modules(
        package.__path__, layer_package + ".")
        if not info.name.rpartition(".")[2].startswith("_")))


def declarations(layer_package: str, name: str, extra: Sequence[str] = ()) -> list[Any]:
    """Every item declared under ``name`` by the direct children of ``layer_package`` (in
    the order of their names), then by each package of ``extra`` (in the order given).

    A child that declares nothing under ``name`` contributes nothing; a declaration must be a
    sequence (a tuple or list), else TypeError names the module.
    """
    found: list[Any] = []
    for module_name in (*_children(layer_package), *extra):
        module = importlib.import_module(module_name)
        declared = getattr(module, name, ())
        if isinstance(declared, str | bytes) or not isinstance(declared, Sequence):
            raise TypeError(f"{module_name}.{name} must be a tuple or list")
        found.extend(declared)
    return found


def resolve(ref: Ref | Any) -> Any:
    """What a ``"module:attr"`` reference names (the module is imported now, once); anything
    that is not a string is returned as it is, so a declaration may also give the object."""
    if not isinstance(ref, str):
        return ref
    module_name, sep, attribute = ref.partition(":")
    if not sep or not module_name or not attribute:
        raise ValueError(f"not a 'module:attr' reference: {ref!r}")
    target: Any = importlib.import_module(module_name)
    for part in attribute.split("."):
        target = getattr(target, part)
    return target
