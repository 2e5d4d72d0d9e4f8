"""The version the app reports is the one pyproject.toml declares."""

from __future__ import annotations

import tomllib
from pathlib import Path

import desktop


def test_version_matches_pyproject() -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert desktop.__version__ == pyproject["project"]["version"]
