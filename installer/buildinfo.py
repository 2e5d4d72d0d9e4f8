"""Names, paths and the version shared by the spec, the packaging scripts, the smoke test and tests.

One place for them, so the PyInstaller spec, the Inno Setup script, the .deb and the smoke test
cannot drift apart: the spec declares the executables from these names, and
tests/installer/test_inno_script.py checks the Inno script against them.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
ICON_SVG = RESOURCES / "icons" / "warmhome.svg"

APP_ID = "warmhome"
DISPLAY_NAME = "温馨家园工作台"
ENGLISH_NAME = "Warm Home desktop"
PUBLISHER = "Warm Home desktop project"

GUI_EXE = "warmhome-gui"  # windowed: the app, started from shortcuts and the desktop entry
CLI_EXE = "warmhome"  # console: the command line (docs/architecture.md)
FROZEN_NAME = "warmhome"  # the one-folder build: dist/warmhome/
CONTENTS_DIR = "_internal"  # PyInstaller 6's folder for everything but the executables

DIST_DIR = ROOT / "dist"
FROZEN_DIR = DIST_DIR / FROZEN_NAME
# Inputs generated for packaging (icons, the Inno version include); never committed.
GENERATED_DIR = ROOT / "build" / "installer"
ICON_DIR = GENERATED_DIR / "icons"
ICO_FILE = ICON_DIR / "warmhome.ico"
VERSION_INCLUDE = GENERATED_DIR / "version.iss"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# The Debian package: the frozen folder under /opt, a command in /usr/bin.
DEB_PACKAGE = "warmhome"
DEB_PREFIX = "/opt/warmhome"


def version() -> str:
    """The release version, as pyproject.toml declares it."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject["project"]["version"])


def exe_file(name: str, windows: bool | None = None) -> str:
    """The file name of an executable on Windows (``.exe``) or elsewhere."""
    if windows is None:
        windows = sys.platform == "win32"
    return f"{name}.exe" if windows else name


def version_include_text(release: str | None = None) -> str:
    """The Inno Setup include that defines the version (``#define AppVersion "…"``)."""
    return (
        "; Generated from pyproject.toml by installer/warmhome.spec; do not edit.\n"
        f'#define AppVersion "{release or version()}"\n'
    )


def write_version_include() -> Path:
    """Write build/installer/version.iss for installer/warmhome.iss."""
    VERSION_INCLUDE.parent.mkdir(parents=True, exist_ok=True)
    VERSION_INCLUDE.write_text(version_include_text(), encoding="utf-8")
    return VERSION_INCLUDE


def lrelease() -> list[str]:
    """The command that compiles .ts to .qm: PySide6's own lrelease, beside the interpreter."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return [str(folder / name)]
    return [str(Path(sys.executable).parent / "pyside6-lrelease")]


def compile_translations() -> list[Path]:
    """Build every resources/translations/*.qm that is missing or older than its .ts."""
    built = []
    for ts in sorted((RESOURCES / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def resource_datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every runtime resource: all but .ts sources."""
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix != ".ts":
            relative = path.relative_to(ROOT).parent
            datas.append((str(path), relative.as_posix()))
    return datas
