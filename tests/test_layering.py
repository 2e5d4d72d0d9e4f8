"""desktop.models and desktop.excel never import Qt, so they work without it
(docs/architecture.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter: Qt is made impossible to import, then every module is imported.
PROBE = r'''
import importlib
import importlib.abc
import pkgutil
import sys

BLOCKED = ("PySide6", "shiboken6", "qt_material")


class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is not available in this test")
        return None


sys.meta_path.insert(0, NoQt())
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the blocker did not work")

imported = []
for package_name in ("desktop.models", "desktop.excel"):
    package = importlib.import_module(package_name)
    imported.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
assert not leaked, leaked
print("\n".join(imported))
'''


def test_models_and_excel_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    expected = {f"desktop.models.{p.stem}" for p in (ROOT / "desktop" / "models").glob("*.py")
                if p.stem != "__init__"}
    assert expected <= imported, expected - imported
    assert "desktop.excel" in imported
