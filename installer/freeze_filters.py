"""What the frozen build leaves out, so it stays small without losing anything the app uses.

Used by installer/warmhome.spec after PyInstaller's analysis. Two steps:

1. ``unneeded`` names bundle entries to drop: Qt's own translations other than Chinese and
   English, Qt plugins for hardware or features the app does not have (embedded and VNC
   platforms, the QML virtual keyboard, PDF as an image format, TLS and
   network-status backends, the GTK theme that would load the system's GTK into our Qt).
2. ``prune_orphans`` then drops the shared libraries that only those entries needed (QML and
   Quick for the virtual keyboard, GTK's pango and cairo, …). A library is removed only if
   it was reachable through link-time imports before step 1 and is not afterwards, so libraries
   that Qt or Python load at runtime by name (never imported by anything, such as Windows'
   opengl32sw.dll) are never touched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

# (destination, source, type code), as in PyInstaller 6's TOC lists.
TocEntry = tuple[str, str, str]

# Plugin files (matched on the destination path, without "lib" prefix and suffix).
DROPPED_PLUGINS = (
    # Platforms for embedded devices, remote desktops and Vulkan displays; the app runs on
    # xcb (X11), wayland, windows, and offscreen (smoke tests, screenshots).
    "platforms/qeglfs", "platforms/qlinuxfb", "platforms/qminimalegl", "platforms/qvnc",
    "platforms/qvkkhrdisplay", "egldeviceintegrations/",
    # The QML virtual keyboard pulls in QtQml and QtQuick (≈ 17 MB); ibus and compose stay.
    "platforminputcontexts/qtvirtualkeyboardplugin",
    # Reading PDF files as images pulls in QtPdf.
    "imageformats/qpdf",
    # QtMultimedia's FFmpeg backend stays: it is the only one in PySide6's Linux wheels and the
    # default on Windows, and the person form takes photos with a camera through it.
    # TLS and network-status backends: the app makes no network connections.
    "tls/", "networkinformation/",
    # The GTK theme loads the system's GTK 3 next to our bundled GLib, pango and cairo, a known
    # source of crashes; Qt's own style is used instead (qt-material styles everything).
    "platformthemes/qgtk3",
    # A test double that speaks nothing.
    "texttospeech/qtexttospeech_mock",
)
KEPT_QT_TRANSLATIONS = ("_zh_CN.qm", "_en.qm")
# Entries that are not files of their own (a symlink's source is its relative target).
_NOT_FILES = frozenset({"SYMLINK", "DEPENDENCY"})


def _normal(path: str) -> str:
    return path.replace("\\", "/")


def unneeded(dest: str) -> bool:
    """Whether a bundle entry (by its destination path) is left out of the build."""
    path = _normal(dest)
    name = path.rsplit("/", 1)[-1]
    if "/translations/" in path and name.endswith(".qm") and path.startswith("PySide6/"):
        return not name.endswith(KEPT_QT_TRANSLATIONS)
    if "/plugins/" not in path:
        return False
    plugin = path.split("/plugins/", 1)[1]
    folder, _, file = plugin.rpartition("/")
    stem = file.removeprefix("lib").split(".", 1)[0]
    for pattern in DROPPED_PLUGINS:
        if pattern.endswith("/"):
            if f"{folder}/" == pattern:
                return True
        elif f"{folder}/{stem}" == pattern:
            return True
    return False


def _key(dest: str) -> str:
    return os.path.basename(_normal(dest)).lower()


def _imported(entries: Iterable[TocEntry],
              imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Base names (lower case) of the libraries the entries' files link against."""
    names: set[str] = set()
    for _, source, kind in entries:
        if kind not in _NOT_FILES:
            names.update(os.path.basename(_normal(name)).lower() for name in imports_of(source))
    return names


def prune_orphans(before: list[TocEntry], after: list[TocEntry],
                  imports_of: Callable[[str], Iterable[str]]) -> tuple[list[TocEntry], list[str]]:
    """Drop from ``after`` the libraries that only the removed entries needed.

    ``before`` is the binary list as analysed, ``after`` the list with the unneeded entries taken
    out; ``imports_of(source)`` gives the names a binary links against. A library goes when
    something imported it before and nothing that stays imports it now (repeated, so that what
    only an orphan imported goes too). Returns the new list and the destinations dropped.
    """
    was_imported = _imported(before, imports_of)
    kept = list(after)
    dropped: list[str] = []
    while True:
        orphans = was_imported - _imported(kept, imports_of)
        gone = [entry for entry in kept if _key(entry[0]) in orphans]
        if not gone:
            return kept, sorted(dropped)
        dropped.extend(entry[0] for entry in gone)
        kept = [entry for entry in kept if _key(entry[0]) not in orphans]


def drop_dangling_symlinks(entries: list[TocEntry], others: list[TocEntry]) -> list[TocEntry]:
    """``entries`` minus symlinks (``SYMLINK`` entries) to files in neither list any more."""
    present = {_normal(dest) for dest, _, _ in [*entries, *others]}
    kept = []
    for dest, source, kind in entries:
        if kind == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), source))
            if _normal(target) not in present:
                continue
        kept.append((dest, source, kind))
    return kept
