"""Where the database and the app's own files live (platformdirs), and resource lookup."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "warmhome"
DB_ENV = "WARMHOME_DB"
DB_FILE = "warmhome.db"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/warmhome, %LOCALAPPDATA%\\warmhome)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db`` if given, else ``WARMHOME_DB``, else the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILE


def resource_root() -> Path:
    """The `resources/` folder, both from a source tree and inside a frozen build."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
