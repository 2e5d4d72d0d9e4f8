"""The Windows installer script (installer/warmhome.iss) agrees with the build it packages.

Inno Setup cannot run here, so the script is read as text. Two kinds of check:

- Build-independent (always): the executables it names are the ones installer/warmhome.spec
  declares, its version comes from pyproject.toml through the generated include, it installs per
  user, and nothing in it can delete the user's data.
- Against the frozen build: every file it takes from dist/ and build/ exists. Without a build
  (`make test` on a fresh clone) these skip; `make smoke` runs after `make dist` with
  WARMHOME_REQUIRE_DIST=1, which turns the skip into a failure.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

import pytest

from installer import buildinfo

ISS = buildinfo.ROOT / "installer" / "warmhome.iss"
SPEC = buildinfo.ROOT / "installer" / "warmhome.spec"
INSTALLER_DIR = ISS.parent
LANGUAGES = ("chinesesimp", "english")
# Custom messages every language file of Inno Setup defines (and our Chinese fallback too).
STANDARD_CUSTOM_MESSAGES = {"NameAndVersion", "AdditionalIcons", "CreateDesktopIcon",
                            "UninstallProgram", "LaunchProgram"}
# The messages of the wizard and uninstaller this script shows; the Chinese fallback has them all.
SHOWN_MESSAGES = {
    "SetupAppTitle", "SetupWindowTitle", "UninstallAppTitle", "UninstallAppFullTitle",
    "ButtonBack", "ButtonNext", "ButtonInstall", "ButtonOK", "ButtonCancel", "ButtonYes",
    "ButtonNo", "ButtonFinish", "ButtonBrowse", "ButtonWizardBrowse", "SelectLanguageTitle",
    "SelectLanguageLabel", "ClickNext", "WelcomeLabel1", "WelcomeLabel2", "WizardSelectDir",
    "SelectDirDesc", "SelectDirLabel3", "SelectDirBrowseLabel", "DiskSpaceMBLabel",
    "WizardSelectTasks", "SelectTasksDesc", "SelectTasksLabel2", "WizardReady", "ReadyLabel1",
    "ReadyLabel2a", "ReadyMemoDir", "ReadyMemoTasks", "WizardPreparing", "PreparingDesc",
    "ApplicationsFound", "ApplicationsFound2", "CloseApplications", "DontCloseApplications",
    "WizardInstalling", "InstallingLabel", "FinishedHeadingLabel", "FinishedLabel",
    "ClickFinish", "RunEntryExec", "ExitSetupTitle", "ExitSetupMessage", "SetupAppRunningError",
    "UninstallAppRunningError", "ConfirmUninstall", "UninstallStatusLabel", "UninstalledAll",
    "UninstalledMost", "WizardUninstalling", "StatusUninstalling", "StatusExtractFiles",
    "StatusCreateIcons", "WinVersionTooLowError", "OnlyOnTheseArchitectures",
}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def _defines(text: str) -> dict[str, list[str]]:
    """ISPP ``#define Name "value"`` lines; a name defined in several branches has each value."""
    found: dict[str, list[str]] = {}
    for match in re.finditer(r'^\s*#define\s+(\w+)\s+(.+?)\s*$', text, re.MULTILINE):
        name, expression = match.groups()
        parts = re.findall(r'"([^"]*)"', expression)
        found.setdefault(name, []).append("".join(parts))
    return found


def _expand(line: str, defines: dict[str, list[str]]) -> list[str]:
    """The line with every ``{#Name}`` replaced, once per value the name can have."""
    match = re.search(r"\{#(\w+)\}", line)
    if match is None:
        return [line]
    name = match.group(1)
    values = defines.get(name, [f"<{name}>"])
    return [expanded for value in values
            for expanded in _expand(line[:match.start()] + value + line[match.end():], defines)]


def _sections(text: str) -> dict[str, list[str]]:
    """Script lines by section, without comments and preprocessor lines, ISPP names expanded."""
    defines = _defines(text)
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).extend(_expand(line, defines))
    return sections


def _entry(line: str) -> dict[str, str]:
    """``Name: "…"; Filename: "…"; Flags: a b`` as a dict of parameters."""
    fields = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        key, value = match.groups()
        value = value.strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[key] = value
    return fields


def _directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines if "=" in line)


@pytest.fixture(scope="module")
def iss_text() -> str:
    return _read(ISS)


@pytest.fixture(scope="module")
def sections(iss_text: str) -> dict[str, list[str]]:
    return _sections(iss_text)


@pytest.fixture(scope="module")
def setup(sections: dict[str, list[str]]) -> dict[str, str]:
    return _directives(sections["setup"])


def _require_build(path: Path) -> None:
    """Skip (or fail under `make smoke`) when the build output is not there."""
    if path.exists():
        return
    reason = f"{path.relative_to(buildinfo.ROOT)} is not built: run `make dist` to check it"
    if os.environ.get("WARMHOME_REQUIRE_DIST"):
        pytest.fail(reason)
    pytest.skip(reason)


def _on_this_platform(name: str) -> str:
    """The frozen build made here names its executables without .exe except on Windows."""
    if sys.platform != "win32" and name.endswith(".exe"):
        return name[: -len(".exe")]
    return name


def _source_path(source: str) -> Path:
    """A Source:/file path of the script (relative to installer/) as a path in this checkout."""
    parts = PureWindowsPath(source).parts
    return (INSTALLER_DIR.joinpath(*parts)).resolve()


def _app_references(sections: dict[str, list[str]], setup: dict[str, str]) -> Iterator[str]:
    """Every file under {app} that a shortcut, a [Run] entry or the uninstaller uses."""
    for section in ("icons", "run"):
        for line in sections.get(section, []):
            filename = _entry(line).get("Filename", "")
            if filename.startswith("{app}\\"):
                yield filename[len("{app}\\"):]
    icon = setup.get("UninstallDisplayIcon", "")
    if icon.startswith("{app}\\"):
        yield icon[len("{app}\\"):]


def test_script_is_utf8_with_a_bom() -> None:
    # Inno Setup before 6.3 reads a script without a BOM as ANSI, garbling 温馨家园工作台.
    for path in (ISS, INSTALLER_DIR / "inno" / "ChineseSimplified-warmhome.isl"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path


def test_executables_are_the_ones_the_spec_declares(iss_text: str) -> None:
    defines = _defines(iss_text)
    assert defines["GuiExe"] == [buildinfo.exe_file(buildinfo.GUI_EXE, windows=True)]
    assert defines["CliExe"] == [buildinfo.exe_file(buildinfo.CLI_EXE, windows=True)]
    assert _source_path(defines["FrozenDir"][0]) == buildinfo.FROZEN_DIR
    spec = SPEC.read_text(encoding="utf-8")
    assert re.search(r"EXE\(.*name=buildinfo\.GUI_EXE, console=False", spec)
    assert re.search(r"EXE\(.*name=buildinfo\.CLI_EXE, console=True", spec)
    assert "name=buildinfo.FROZEN_NAME" in spec
    assert "contents_directory=buildinfo.CONTENTS_DIR" in spec


def test_every_app_file_it_uses_is_one_it_installs(sections: dict[str, list[str]],
                                                   setup: dict[str, str]) -> None:
    installed = set()
    for line in sections["files"]:
        entry = _entry(line)
        name = PureWindowsPath(entry["Source"]).name
        if entry["DestDir"] == "{app}" and "*" not in name:
            installed.add(name)
    used = set(_app_references(sections, setup))
    assert used, "no shortcut points into {app}"
    assert used <= installed


def test_version_comes_from_pyproject(iss_text: str) -> None:
    pyproject = tomllib.loads((buildinfo.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = pyproject["project"]["version"]
    include = re.search(r'#ifndef AppVersion\s+#include "([^"]+)"\s+#endif', iss_text)
    assert include, "the version include must be used unless /DAppVersion= is given"
    assert _source_path(include.group(1)) == buildinfo.VERSION_INCLUDE
    assert f'#define AppVersion "{version}"' in buildinfo.version_include_text()
    assert "\nAppVersion={#AppVersion}\n" in iss_text
    assert re.search(r"\nOutputBaseFilename=\S*\{#AppVersion\}", iss_text)


def test_generated_version_include_is_current() -> None:
    _require_build(buildinfo.VERSION_INCLUDE)
    assert _read(buildinfo.VERSION_INCLUDE) == buildinfo.version_include_text(), (
        "build/installer/version.iss is stale: run `make dist`")


def test_every_file_it_takes_from_the_build_exists(sections: dict[str, list[str]],
                                                   setup: dict[str, str]) -> None:
    _require_build(buildinfo.FROZEN_DIR)
    missing = []
    for line in sections["files"]:
        source = _entry(line)["Source"]
        folder, _, pattern = source.rpartition("\\")
        path = _source_path(folder) / _on_this_platform(pattern)
        if "*" in pattern:
            if not any(path.parent.glob(pattern)):
                missing.append(source)
        elif not path.is_file():
            missing.append(source)
    for name in _app_references(sections, setup):
        if not (buildinfo.FROZEN_DIR / _on_this_platform(name)).is_file():
            missing.append(f"{{app}}\\{name}")
    icon = _source_path(setup["SetupIconFile"])
    _require_build(icon)
    assert icon == buildinfo.ICO_FILE
    assert not missing, f"not in the frozen build: {missing}"


def test_language_files_exist(sections: dict[str, list[str]]) -> None:
    languages: dict[str, list[str]] = {}
    for line in sections["languages"]:
        entry = _entry(line)
        languages.setdefault(entry["Name"], []).append(entry["MessagesFile"])
    assert set(languages) == set(LANGUAGES)
    assert next(iter(languages)) == "chinesesimp", "Chinese is the default language"
    for files in languages.values():
        for messages in files:
            for part in messages.split(","):
                if not part.startswith("compiler:"):
                    assert _source_path(part).is_file(), part


def test_chinese_fallback_translates_what_the_wizard_shows() -> None:
    isl = _sections(_read(INSTALLER_DIR / "inno" / "ChineseSimplified-warmhome.isl"))
    options = _directives(isl["langoptions"])
    assert options["LanguageID"] == "$0804"
    assert options["LanguageName"] == "简体中文"
    messages = _directives(isl["messages"])
    assert set(messages) >= SHOWN_MESSAGES, SHOWN_MESSAGES - set(messages)
    assert set(_directives(isl["custommessages"])) >= STANDARD_CUSTOM_MESSAGES
    for name, text in messages.items():
        # Translated: Chinese characters, or nothing but placeholders and punctuation.
        assert re.search(r"[\u4e00-\u9fff]", text) or not re.search(
            r"[A-Za-z]{2,}", re.sub(r"%\w", "", text)), name


def test_every_custom_message_exists_in_every_language(iss_text: str,
                                                       sections: dict[str, list[str]]) -> None:
    defined = _directives(sections["custommessages"])
    used = set(re.findall(r"\{cm:(\w+)", iss_text))
    for name in used - STANDARD_CUSTOM_MESSAGES:
        for language in LANGUAGES:
            assert f"{language}.{name}" in defined, f"{language}.{name}"


def test_installs_per_user_without_administrator_rights(setup: dict[str, str]) -> None:
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith(("{userpf}\\", "{localappdata}\\"))
    assert setup["AppId"].startswith("{{"), "a fixed AppId, so updates find the installation"


def test_shortcuts_for_the_app_and_the_kiosk(sections: dict[str, list[str]]) -> None:
    icons = [_entry(line) for line in sections["icons"]]
    gui = buildinfo.exe_file(buildinfo.GUI_EXE, windows=True)
    start_menu = [i for i in icons if i["Name"].startswith("{group}\\")]
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}\\")]
    for place in (start_menu, desktop):
        assert any(i["Filename"] == f"{{app}}\\{gui}" and "Parameters" not in i for i in place)
        assert any(i["Filename"] == f"{{app}}\\{gui}" and i.get("Parameters") == "--kiosk"
                   for i in place)
    assert any(i["Filename"] == "{uninstallexe}" for i in start_menu)


def test_uninstall_and_update_never_touch_the_user_data(iss_text: str,
                                                        sections: dict[str, list[str]],
                                                        setup: dict[str, str]) -> None:
    # The data folder is platformdirs' user_data_dir("warmhome"): %LOCALAPPDATA%\warmhome.
    data_dir = f"{{localappdata}}\\{buildinfo.APP_ID}".lower()
    assert not setup["DefaultDirName"].lower().startswith(data_dir)
    assert "uninstalldelete" not in sections
    for line in sections.get("installdelete", []):
        assert _entry(line)["Name"].startswith("{app}\\"), line
    code = "\n".join(sections.get("code", []))
    for call in ("DelTree", "DeleteFile", "RemoveDir"):
        assert call not in code
    lowered = iss_text.lower()
    assert data_dir not in lowered and "{userappdata}" not in lowered


def test_spec_bundles_resources_where_resource_root_looks(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    from desktop.models import locations

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locations.resource_root() == tmp_path / "resources"
    destinations = {dest for _, dest in buildinfo.resource_datas()}
    assert "resources/icons" in destinations
    assert all(dest.startswith("resources") for dest in destinations)
    assert not any(source.endswith(".ts") for source, _ in buildinfo.resource_datas())
