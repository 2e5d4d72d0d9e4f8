"""A refusal from the models (a WarmHomeError) is shown through desktop/ui/common/model_action.py
only, so that every page shows it the same way and an error in our code is never dressed up
as the user's fault:

- no module under desktop/ui catches WarmHomeError itself (the catch-all for refusals) outside
  model_action.py: it runs the call through ``attempt``/``succeeded``;
- a handler for a refusal the page treats differently (a form's fields, a wrong passphrase) or
  for anything broader (``Exception``) never opens a message box itself, directly or through a
  function or method of the same module: a box for a refusal comes from ``show_refusal``.

There is no allow-list: every site fits the helper.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import textwrap
from pathlib import Path
from types import ModuleType

import desktop.ui
from desktop.models.errors import ValidationError, WarmHomeError

UI = Path(desktop.ui.__file__).parent
HELPER = UI / "common" / "model_action.py"
# What opens a message box: Qt's class (its static warning()/critical() or a constructed box)
# and the shared non-blocking box of page_parts.
BOX_NAMES = frozenset({"QMessageBox", "open_message"})


def _resolve(node: ast.expr, namespace: dict[str, object], where: str) -> list[object]:
    """The classes an ``except`` clause names, looked up in the module's namespace."""
    if isinstance(node, ast.Tuple):
        return [found for element in node.elts for found in _resolve(element, namespace, where)]
    if isinstance(node, ast.Name):
        if node.id in namespace:
            return [namespace[node.id]]
        assert hasattr(builtins, node.id), f"{where}: cannot tell what {node.id} is"
        return [getattr(builtins, node.id)]
    if isinstance(node, ast.Attribute):
        [owner] = _resolve(node.value, namespace, where)
        return [getattr(owner, node.attr)]
    raise AssertionError(f"{where}: an except clause this test cannot read: {ast.dump(node)}")


def _catches_refusals(types: list[object]) -> bool:
    """Whether the handler catches some WarmHomeError (a subclass, or something broader)."""
    return any(isinstance(kind, type) and (issubclass(kind, WarmHomeError)
                                           or issubclass(WarmHomeError, kind))
               for kind in types)


def _definitions(tree: ast.Module) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    """The module's functions and methods by name (a name may be defined in several classes)."""
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.setdefault(node.name, []).append(node)
    return found


def _opens_a_box(nodes: list[ast.stmt], definitions: dict[str, list[ast.FunctionDef |
                 ast.AsyncFunctionDef]], seen: set[str]) -> bool:
    """Whether ``nodes`` name a message box, or call a function or method of the module (by
    name: ``helper(...)``, ``self.helper(...)``) that does."""
    for statement in nodes:
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and node.id in BOX_NAMES:
                return True
            if isinstance(node, ast.Attribute) and node.attr in BOX_NAMES:
                return True
            if isinstance(node, ast.Call):
                called = node.func.id if isinstance(node.func, ast.Name) else \
                    node.func.attr if isinstance(node.func, ast.Attribute) else None
                if called in definitions and called not in seen:
                    seen.add(called)
                    if any(_opens_a_box(d.body, definitions, seen) for d in definitions[called]):
                        return True
    return False


def problems(source: str, namespace: dict[str, object], where: str) -> list[str]:
    """Each place in ``source`` (a module whose names are ``namespace``) that handles a refusal
    itself instead of through model_action."""
    tree = ast.parse(source)
    definitions = _definitions(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ExceptHandler):
            continue
        line = f"{where}:{node.lineno}"
        types: list[object] = [BaseException] if node.type is None else \
            _resolve(node.type, namespace, line)
        if WarmHomeError in types:
            found.append(f"{line}: catches WarmHomeError; run the call through attempt() or "
                         "succeeded() in desktop/ui/common/model_action.py")
        elif _catches_refusals(types) and _opens_a_box(node.body, definitions, set()):
            found.append(f"{line}: shows a refusal in a message box of its own; use "
                         "show_refusal() (or attempt(title=...)) from model_action.py")
    return found


def _ui_modules() -> list[tuple[Path, ModuleType]]:
    modules = []
    for path in sorted(UI.rglob("*.py")):
        name = ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts)
        modules.append((path, importlib.import_module(name.removesuffix(".__init__"))))
    return modules


def test_no_page_catches_a_refusal_and_shows_it_itself() -> None:
    modules = _ui_modules()
    assert len(modules) > 50 and HELPER in [path for path, _ in modules]
    found: list[str] = []
    handlers_read = 0
    for path, module in modules:
        if path == HELPER:
            continue
        source = path.read_text(encoding="utf-8")
        handlers_read += source.count("except ")
        found += problems(source, vars(module), str(path.relative_to(UI.parent.parent)))
    assert handlers_read > 20  # the walk really read the pages' handlers
    assert found == []


def test_the_check_finds_the_pattern_written_out() -> None:
    # The three shapes the pages used to write out, and two that are fine.
    source = textwrap.dedent('''
        def save(self):
            try:
                model_call()
            except WarmHomeError as exc:
                self.label.setText(str(exc))

        def archive(self):
            try:
                model_call()
            except (ValidationError, KeyError) as exc:
                QMessageBox.warning(self, "无法归档", str(exc))

        def restore(self):
            try:
                model_call()
            except Exception as exc:
                self._tell(exc)

        def _tell(self, exc):
            open_message(self, "无法恢复", str(exc), "确定")

        def fields(self):
            try:
                model_call()
            except ValidationError as exc:
                self.errors.show(exc.fields)

        def file(self):
            try:
                open_file()
            except OSError as exc:
                QMessageBox.warning(self, "无法打开", str(exc))
    ''')
    namespace: dict[str, object] = {"WarmHomeError": WarmHomeError,
                                    "ValidationError": ValidationError}
    found = problems(source, namespace, "page.py")
    assert [line.split(":")[1] for line in found] == ["5", "11", "17"]
    assert "catches WarmHomeError" in found[0]
    assert all("message box of its own" in line for line in found[1:])
