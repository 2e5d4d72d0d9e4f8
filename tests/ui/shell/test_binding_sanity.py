"""Guards against Qt binding releases that would crash the app in daily use."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6.QtWidgets import QLabel

ROOT = Path(__file__).resolve().parents[3]


def _none_is_counted() -> bool:
    """Whether references to None change its reference count. From Python 3.12 None is
    immortal: its count never changes, so a binding that loses references to it can neither
    be seen by counting nor free it."""
    before = sys.getrefcount(None)
    held = [None] * 1000
    counted = sys.getrefcount(None) >= before + len(held)
    del held
    return counted


@pytest.mark.skipif(not _none_is_counted(),
                    reason="None is immortal on this Python (3.12+): lost references to it "
                           "cannot be counted, and cannot free it either")
def test_void_method_calls_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call: a crash after a day's work."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5_000):
        label.setText("")
        label.setVisible(False)
    assert sys.getrefcount(None) > before - 100


def test_the_installed_binding_is_not_a_release_known_to_crash() -> None:
    """The PySide6 releases pyproject.toml excludes (the test above shows why) are not the ones
    installed, on any Python: where None is immortal the lost references go unseen."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["dependencies"]
    bindings = [Requirement(d) for d in dependencies if d.startswith("PySide6")]
    assert {r.name for r in bindings} == {"PySide6-Essentials", "PySide6-Addons"}
    for requirement in bindings:
        installed = version(requirement.name)
        assert requirement.specifier.contains(installed, prereleases=True), \
            f"{requirement.name} {installed} is excluded by pyproject.toml ({requirement})"
