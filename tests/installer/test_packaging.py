"""Packaging helpers without a frozen build: icons, what the build leaves out, the .deb."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from installer import build_deb, buildinfo, freeze_filters, make_icons


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/qlinuxfb.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
    "PySide6/Qt/translations/qtbase_de.qm",
])
def test_unused_plugins_and_translations_are_left_out(dest: str) -> None:
    assert freeze_filters.unneeded(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    # The camera for person photos.
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
    "PySide6/plugins/texttospeech/qtexttospeech_sapi.dll",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "resources/translations/warmhome_en.qm",
    "libQt6Qml.so.6",
])
def test_what_the_app_uses_stays(dest: str) -> None:
    assert not freeze_filters.unneeded(dest)


def test_orphans_go_but_shared_and_runtime_loaded_libraries_stay() -> None:
    links = {
        "/src/plugin_kept.so": ["libshared.so", "libgui.so"],
        "/src/plugin_dropped.so": ["libshared.so", "libqml.so"],
        "/src/libqml.so": ["libquick_only.so"],
        "/src/libquick_only.so": [],
        "/src/libshared.so": [],
        "/src/libgui.so": [],
        "/src/opengl32sw.dll": [],  # loaded by name at runtime, imported by nothing
    }
    before = [(f"lib/{Path(source).name}", source, "BINARY") for source in links]
    before.append(("libqml.so", "lib/libqml.so", "SYMLINK"))
    after = [entry for entry in before if "plugin_dropped" not in entry[0]]
    kept, dropped = freeze_filters.prune_orphans(before, after, lambda source: links[source])
    assert dropped == ["lib/libqml.so", "lib/libquick_only.so", "libqml.so"]
    names = {dest for dest, _, _ in kept}
    assert {"lib/libshared.so", "lib/libgui.so", "lib/opengl32sw.dll"} <= names


def test_dangling_symlinks_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    links = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK")]
    assert freeze_filters.drop_dangling_symlinks(links, binaries) == links[:1]


def test_icon_renders_to_every_size_and_a_windows_ico(qapp: object, tmp_path: Path) -> None:
    written = make_icons.make_icons(tmp_path)
    assert {path.name for path in written} == {
        *(f"warmhome-{size}.png" for size in buildinfo.ICON_SIZES), "warmhome.ico"}
    png = (tmp_path / "warmhome-48.png").read_bytes()
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (48, 48)
    ico = (tmp_path / "warmhome.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(buildinfo.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index: 22 + 16 * index])
        assert ico[offset:offset + 4] == b"\x89PNG" and offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == list(buildinfo.ICO_SIZES)


def test_ico_refuses_images_windows_cannot_hold() -> None:
    with pytest.raises(ValueError):
        make_icons.ico_bytes([(512, b"png")])


def test_desktop_entry_names_the_app_in_chinese_and_offers_the_kiosk() -> None:
    entry = build_deb.DESKTOP_ENTRY
    assert "\nName=温馨家园工作台\n" in entry
    assert f"\nIcon={buildinfo.APP_ID}\n" in entry
    assert f"\nExec={buildinfo.DEB_PREFIX}/{buildinfo.GUI_EXE}\n" in entry
    assert f"Exec={buildinfo.DEB_PREFIX}/{buildinfo.GUI_EXE} --kiosk\n" in entry


def test_control_file_depends_on_the_system_libraries() -> None:
    control = build_deb.control_text("1.2.3", "amd64", 1000, "2.36")
    fields = dict(line.split(": ", 1) for line in control.splitlines()
                  if ": " in line and not line.startswith(" "))
    assert fields["Package"] == "warmhome" and fields["Version"] == "1.2.3"
    depends = fields["Depends"].split(", ")
    assert depends[0] == "libc6 (>= 2.36)"
    assert {"libxcb-cursor0", "libpulse0", "libegl1", "libgl1"} <= set(depends)
    assert "fonts-noto-cjk | fonts-wqy-microhei" in fields["Recommends"]
    assert control.endswith("\n")


def test_unknown_system_library_is_reported(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setattr(build_deb, "external_libraries", lambda folder: {
        "libGL.so.1": ["a.so"], "libspeechd.so.2": ["tts.so"], "libnew.so.9": ["b.so"],
        "libOpenGL.so.0": ["c.so"]})
    problems = build_deb.dependency_problems(tmp_path)
    assert len(problems) == 2
    unknown, undeclared = sorted(problems, key=lambda problem: "libnew" not in problem)
    assert "libnew.so.9" in unknown and "LIBRARY_PACKAGES" in unknown
    assert "libopengl0" in undeclared


def _fake_frozen(folder: Path) -> Path:
    (folder / buildinfo.CONTENTS_DIR).mkdir(parents=True)
    for name in (buildinfo.CLI_EXE, buildinfo.GUI_EXE):
        (folder / name).write_text("#!/bin/sh\necho warmhome\n")
        (folder / name).chmod(0o755)
    (folder / buildinfo.CONTENTS_DIR / "data.txt").write_text("x")
    return folder


def test_package_layout(qapp: object, tmp_path: Path) -> None:
    icons = tmp_path / "icons"
    make_icons.make_icons(icons)
    staging = build_deb.stage(_fake_frozen(tmp_path / "frozen"), tmp_path / "root", icons)
    prefix = staging / buildinfo.DEB_PREFIX.lstrip("/")
    assert (prefix / buildinfo.CONTENTS_DIR / "data.txt").is_file()
    command = staging / "usr" / "bin" / buildinfo.CLI_EXE
    assert command.is_symlink() and not Path(command.readlink()).is_absolute()
    assert command.resolve() == (prefix / buildinfo.CLI_EXE).resolve()
    share = staging / "usr" / "share"
    assert (share / "applications" / "warmhome.desktop").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "warmhome.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "warmhome.svg").is_file()
    # Nothing outside the program folder, the commands and the menu/icon/doc files.
    top = {path.relative_to(staging).parts[0] for path in staging.iterdir()}
    assert top == {"opt", "usr"}


def test_package_has_no_maintainer_scripts(qapp: object, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing runs at install, upgrade, removal or purge: dpkg only adds and removes files,
    # so ~/.local/share/warmhome cannot be touched.
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    icons = tmp_path / "icons"
    make_icons.make_icons(icons)
    monkeypatch.setattr(buildinfo, "GENERATED_DIR", tmp_path / "generated")
    monkeypatch.setattr(build_deb, "glibc_floor", lambda folder: "2.36")
    deb = build_deb.build_deb(_fake_frozen(tmp_path / "frozen"), tmp_path / "test.deb", icons)
    listing = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True,
                             capture_output=True).stdout
    names = subprocess.run(["tar", "-t"], input=listing, check=True,
                           capture_output=True).stdout.decode().split()
    assert sorted(names) == ["./", "./control"]
