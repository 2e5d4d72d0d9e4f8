"""Build the Debian package from the frozen folder (dist/warmhome/) with dpkg-deb, offline.

    /opt/warmhome/                         the frozen folder as PyInstaller made it
    /usr/bin/warmhome, /usr/bin/warmhome-gui   relative symlinks into /opt/warmhome
    /usr/share/applications/warmhome.desktop   温馨家园工作台, with a 签到台 (kiosk) action
    /usr/share/icons/hicolor/*/apps/warmhome.{png,svg}

The package has no maintainer scripts: installing, upgrading, removing and purging only add and
remove the files above (menus and icon caches are refreshed by dpkg file triggers). The user's
data (~/.local/share/warmhome) is never part of the package, so nothing dpkg does reaches it.

Run ``python installer/build_deb.py`` after the PyInstaller build (``make dist`` does both).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from installer import buildinfo

# What the frozen build takes from the system (PyInstaller bundles the rest, but leaves out
# libraries that must match the system: the C library, OpenGL/EGL drivers, libxcb). Qt's
# documented X11 requirements are added, so the system also has their configuration (fonts)
# and services (D-Bus, PulseAudio for the kiosk's speech). QtMultimedia's FFmpeg (the camera
# for person photos) links libdrm.
DEPENDS = (
    "libgl1", "libegl1", "libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3", "libpulse0", "libdrm2",
)
RECOMMENDS = (
    "fonts-noto-cjk | fonts-wqy-microhei",  # Chinese text
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",  # Wayland sessions
    "libspeechd2",  # the kiosk's spoken greeting through speech-dispatcher
)
SUGGESTS = ("speech-dispatcher",)

# The Debian package providing each system library the bundle links against. A library the
# build starts to need that is not listed here fails `make smoke` (installer/smoke_test.py),
# so the package's dependencies cannot silently fall behind the Qt build.
LIBRARY_PACKAGES = {
    "ld-linux-x86-64.so.2": "libc6", "ld-linux-aarch64.so.1": "libc6", "libc.so.6": "libc6",
    "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libdrm.so.2": "libdrm2",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libspeechd.so.2": "libspeechd2",
}

DESKTOP_ENTRY = f"""\
[Desktop Entry]
Type=Application
Name={buildinfo.DISPLAY_NAME}
Name[zh_CN]={buildinfo.DISPLAY_NAME}
Name[en]={buildinfo.ENGLISH_NAME}
GenericName=温馨家园管理
GenericName[en]=Community centre management
Comment=温馨家园、职康站离线管理：人员登记、签到、日间照料、志愿服务、报表
Comment[en]=Offline management for Warm Home community centres and vocational rehab stations
Exec={buildinfo.DEB_PREFIX}/{buildinfo.GUI_EXE}
Icon={buildinfo.APP_ID}
Terminal=false
Categories=Office;
Keywords=温馨家园;职康站;残疾人;签到;warmhome;
Actions=kiosk;

[Desktop Action kiosk]
Name=签到台
Name[en]=Sign-in kiosk
Exec={buildinfo.DEB_PREFIX}/{buildinfo.GUI_EXE} --kiosk
"""

COPYRIGHT = f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {buildinfo.APP_ID}

Files: *
License: MIT
Comment: {buildinfo.DISPLAY_NAME} ({buildinfo.ENGLISH_NAME}). The bundled Python, Qt (LGPL-3),
 PySide6 (LGPL-3) and Python packages keep their own licences; their notices are in
 {buildinfo.DEB_PREFIX}/{buildinfo.CONTENTS_DIR}/.
"""


def architecture() -> str:
    """The Debian architecture of this machine (the frozen build is native code)."""
    result = subprocess.run(["dpkg", "--print-architecture"], check=True,
                            capture_output=True, text=True)
    return result.stdout.strip()


def deb_path(version: str | None = None, arch: str | None = None) -> Path:
    """dist/warmhome_VERSION_ARCH.deb."""
    return buildinfo.DIST_DIR / (
        f"{buildinfo.DEB_PACKAGE}_{version or buildinfo.version()}_{arch or architecture()}.deb")


def elf_files(folder: Path) -> Iterator[Path]:
    """Every ELF file (executables, libraries, plugins) under the folder, not following links."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


def _objdump(flag: str, path: Path) -> str:
    return subprocess.run(["objdump", flag, str(path)], check=True, capture_output=True,
                          text=True).stdout


def glibc_floor(folder: Path) -> str:
    """The newest GLIBC symbol version any bundled file needs (the oldest libc6 it runs on)."""
    versions: set[tuple[int, ...]] = set()
    for path in elf_files(folder):
        for match in re.finditer(r"\bGLIBC_(\d+(?:\.\d+)+)\b", _objdump("-T", path)):
            versions.add(tuple(int(part) for part in match.group(1).split(".")))
    return ".".join(map(str, max(versions))) if versions else "2.17"


def external_libraries(folder: Path) -> dict[str, list[str]]:
    """Libraries the bundle links against but does not contain: name → files that need it."""
    bundled = {path.name for path in folder.rglob("*")}
    needed: dict[str, list[str]] = {}
    for path in elf_files(folder):
        for match in re.finditer(r"^\s*NEEDED\s+(\S+)", _objdump("-p", path), re.MULTILINE):
            name = match.group(1)
            if name not in bundled:
                needed.setdefault(name, []).append(str(path.relative_to(folder)))
    return needed


def _package_names(fields: Iterable[str]) -> set[str]:
    names = set()
    for field in fields:
        for alternative in field.split("|"):
            names.add(alternative.split("(")[0].strip())
    return names


def dependency_problems(folder: Path) -> list[str]:
    """System libraries the bundle needs that the package's Depends/Recommends do not bring."""
    declared = _package_names(DEPENDS + RECOMMENDS) | {"libc6"}
    problems = []
    for name, users in sorted(external_libraries(folder).items()):
        package = LIBRARY_PACKAGES.get(name)
        if package is None:
            problems.append(f"{name} (needed by {users[0]}) has no entry in LIBRARY_PACKAGES")
        elif package not in declared:
            problems.append(f"{name} (needed by {users[0]}) comes from {package}, "
                            "which is neither in DEPENDS nor in RECOMMENDS")
    return problems


def control_text(version: str, arch: str, installed_kib: int, glibc: str) -> str:
    """The DEBIAN/control file."""
    depends = ", ".join((f"libc6 (>= {glibc})", *DEPENDS))
    return f"""\
Package: {buildinfo.DEB_PACKAGE}
Version: {version}
Architecture: {arch}
Maintainer: {buildinfo.PUBLISHER} <warmhome@example.org>
Installed-Size: {installed_kib}
Depends: {depends}
Recommends: {", ".join(RECOMMENDS)}
Suggests: {", ".join(SUGGESTS)}
Section: misc
Priority: optional
Description: {buildinfo.DISPLAY_NAME} — Warm Home community centre desktop
 温馨家园、职康站的离线桌面软件：残疾人会员、志愿者和家属登记，签到，
 日间照料，志愿服务，手工艺品销售，培训和每月报送区残联的 Excel 报表。
 .
 Offline desktop application for Warm Home community centres and vocational
 rehab stations: registry of members, volunteers and families, sign-in kiosk,
 daily care, volunteering, sales, training and the monthly Excel report.
 Data stays in the user's data folder (~/.local/share/warmhome), which
 installing, upgrading, removing or purging this package never touches.
"""


def _tree_size_kib(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return (total + 1023) // 1024


def _normalise_modes(root: Path) -> None:
    """Directories 755, executables 755, everything else 644 (Debian policy)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(frozen: Path, staging: Path, icon_dir: Path | None = None) -> Path:
    """Lay out the package's files under ``staging`` (emptied first); returns it."""
    icon_dir = icon_dir or buildinfo.ICON_DIR
    if not (frozen / buildinfo.CLI_EXE).exists():
        raise SystemExit(f"{frozen} has no {buildinfo.CLI_EXE}: run the PyInstaller build first")
    if staging.exists():
        shutil.rmtree(staging)
    prefix = staging / buildinfo.DEB_PREFIX.lstrip("/")
    shutil.copytree(frozen, prefix, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in (buildinfo.CLI_EXE, buildinfo.GUI_EXE):
        # Relative, so the command also works in a root unpacked with `dpkg -x` (smoke test).
        (bin_dir / name).symlink_to(Path("../..") / buildinfo.DEB_PREFIX.lstrip("/") / name)
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{buildinfo.APP_ID}.desktop").write_text(DESKTOP_ENTRY,
                                                                          encoding="utf-8")
    hicolor = share / "icons" / "hicolor"
    for size in buildinfo.ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{buildinfo.APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(icon_dir / f"warmhome-{size}.png", target)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(buildinfo.ICON_SVG, scalable / f"{buildinfo.APP_ID}.svg")
    doc = share / "doc" / buildinfo.DEB_PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    return staging


def build_deb(frozen: Path = buildinfo.FROZEN_DIR, out: Path | None = None,
              icon_dir: Path | None = None) -> Path:
    """Stage the files, write DEBIAN/control and run dpkg-deb; returns the .deb written."""
    version, arch = buildinfo.version(), architecture()
    out = out or deb_path(version, arch)
    staging = stage(frozen, buildinfo.GENERATED_DIR / "deb-root", icon_dir)
    (staging / "DEBIAN").mkdir()
    control = control_text(version, arch, _tree_size_kib(staging), glibc_floor(frozen))
    (staging / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    _normalise_modes(staging)
    out.parent.mkdir(parents=True, exist_ok=True)
    # xz, not zstd: dpkg before 1.21.18 (Debian 11, UOS, Kylin) cannot read zstd packages.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def main() -> int:
    """Build the package and say where it is, how big, and what it needs."""
    path = build_deb()
    problems = dependency_problems(buildinfo.FROZEN_DIR)
    print(f"{path.relative_to(buildinfo.ROOT)}: {path.stat().st_size / 2**20:.1f} MiB")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
