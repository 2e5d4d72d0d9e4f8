"""lupdate finds a translatable string only in a call it recognises: ``self.tr``,
``QCoreApplication.translate``, ``translate`` or ``QT_TRANSLATE_NOOP``. A short alias such as
``t = QCoreApplication.translate`` hides every string called through it, and the English
interface then shows them in Chinese (the volunteers' certificate labels did)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "desktop"
ALIAS = re.compile(r"^\s*(\w+)\s*=\s*(?:QCoreApplication\.translate|QT_TRANSLATE_NOOP)\s*$",
                   re.MULTILINE)


def test_translate_is_never_aliased_to_a_name_lupdate_does_not_read() -> None:
    hidden = []
    for path in sorted(ROOT.rglob("*.py")):
        for match in ALIAS.finditer(path.read_text(encoding="utf-8")):
            if match.group(1) != "translate":
                hidden.append(f"{path.relative_to(ROOT.parent)}: {match.group(0).strip()}")
    assert not hidden, hidden
