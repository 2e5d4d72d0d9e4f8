"""Smoke test of the FROZEN build (dist/warmhome/), not the source: `make smoke`.

1. The folder holds the executables, resources and the Qt plugins the app needs.
2. The GUI starts offscreen on a fresh, temporary data folder and reports "ready" (WelcomeDialog)
   within 60 s, then again in English on a database with demo data and an account (LoginDialog).
3. The frozen command line: --version, demo, check, people list, users add, audit verify, backup,
   and export-month when the build has it (`warmhome --help` lists it); `check` upgrades a copy
   of each old database in tests/fixtures to the newest schema version (the migrations are
   found at run time, so this shows the build collected them).
4. Linux: the .deb's dependencies cover every system library the bundle links against; the
   package unpacked with `dpkg -x` runs `warmhome --version`; installed into a scratch root with
   `dpkg --root`, it runs, and purging it removes the program and leaves the user's data alone.

Every run fails on a non-zero exit, a traceback, a missing module or a Qt plugin that cannot be
loaded; the output of every run is printed. Usage: python installer/smoke_test.py [--frozen DIR]
[--deb FILE] [--timeout SECONDS].
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from installer import buildinfo

WINDOWS = sys.platform == "win32"
READY = "ready:"
# Output that means the frozen build is broken even when the exit code says otherwise.
FAILURE_MARKERS = (
    "Traceback (most recent call last)",
    "ModuleNotFoundError",
    "ImportError",
    "Could not find the Qt platform plugin",
    "Could not load the Qt platform plugin",
    "Cannot load library",
    "Failed to execute script",
    "Failed to load Python shared library",
    "no Qt platform plugin could be initialized",
    "translation en not found",
)
EXIT_TIMEOUT = 60.0
SHOWN_LINES = 30  # per stream; the rest of a long output is counted, not printed


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


class Run:
    """One finished run of a frozen executable."""

    def __init__(self, label: str, args: Sequence[str], code: int, out: str, err: str,
                 seconds: float) -> None:
        self.label, self.args, self.code = label, list(args), code
        self.out, self.err, self.seconds = out, err, seconds

    def show(self) -> None:
        """Print the command and everything it wrote."""
        print(f"--- {self.label}: {' '.join(self.args)} → exit {self.code} "
              f"({self.seconds:.1f} s)")
        for name, text in (("stdout", self.out), ("stderr", self.err)):
            if text.strip():
                lines = text.rstrip().splitlines()
                print(f"    [{name}]")
                for line in lines[:SHOWN_LINES]:
                    print(f"    {line}")
                if len(lines) > SHOWN_LINES:
                    print(f"    … {len(lines) - SHOWN_LINES} more lines")

    def check(self) -> Run:
        """Raise SmokeFailure on a non-zero exit or any failure marker in the output."""
        if self.code != 0:
            raise SmokeFailure(f"{self.label}: exit code {self.code}")
        for marker in FAILURE_MARKERS:
            if marker in self.out or marker in self.err:
                raise SmokeFailure(f"{self.label}: output contains {marker!r}")
        return self


class Smoke:
    """The frozen build under test and the scratch folders it runs in."""

    def __init__(self, frozen: Path, scratch: Path, timeout: float) -> None:
        self.frozen, self.scratch, self.timeout = frozen, scratch, timeout
        self.runs: list[Run] = []
        self.home = scratch / "home"
        self.env = self._environment(self.home)

    @staticmethod
    def _environment(home: Path) -> dict[str, str]:
        """A clean environment: temporary home and data folders, offscreen Qt, no source tree."""
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("PYTHON", "WARMHOME_", "QT_", "XDG_"))
               and key not in ("VIRTUAL_ENV", "HOME", "APPDATA", "LOCALAPPDATA", "USERPROFILE")}
        env.update(
            HOME=str(home), USERPROFILE=str(home),
            XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
            PYTHONIOENCODING="utf-8",
        )
        for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR",
                    "APPDATA", "LOCALAPPDATA"):
            Path(env[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
        return env

    def exe(self, name: str) -> Path:
        """A frozen executable by its base name."""
        return self.frozen / buildinfo.exe_file(name)

    def run(self, label: str, args: Sequence[str], stdin: str | None = None,
            env: dict[str, str] | None = None) -> Run:
        """Run a command to completion (or the timeout) and record it."""
        started = time.monotonic()
        try:
            result = subprocess.run(list(args), input=stdin, capture_output=True,
                                    env=env or self.env, cwd=self.scratch, timeout=self.timeout,
                                    encoding="utf-8", errors="replace")
        except subprocess.TimeoutExpired as exc:
            run = Run(label, args, -1, _text(exc.stdout), _text(exc.stderr), self.timeout)
            self._record(run)
            raise SmokeFailure(f"{label}: still running after {self.timeout:.0f} s") from exc
        run = Run(label, args, result.returncode, result.stdout, result.stderr,
                  time.monotonic() - started)
        self._record(run)
        return run

    def cli(self, label: str, *args: str, stdin: str | None = None) -> Run:
        """Run the frozen console executable and require success."""
        return self.run(label, [str(self.exe(buildinfo.CLI_EXE)), *args], stdin=stdin).check()

    def gui_until_ready(self, label: str, *args: str,
                        env: dict[str, str] | None = None) -> Run:
        """Start the GUI with WARMHOME_QUIT_AFTER_READY, wait for its "ready" line, then its exit.

        On Windows the windowed executable has no stderr, so the console one (same program;
        without a subcommand it opens the GUI) is started instead.
        """
        exe = self.exe(buildinfo.CLI_EXE if WINDOWS else buildinfo.GUI_EXE)
        command = [str(exe), *args]
        run_env = dict(env or self.env, WARMHOME_QUIT_AFTER_READY="1")
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=run_env, cwd=self.scratch, encoding="utf-8",
                                   errors="replace")
        err_lines: list[str] = []
        out_lines: list[str] = []
        ready = threading.Event()

        def read_err() -> None:
            assert process.stderr is not None
            for line in process.stderr:
                err_lines.append(line)
                if READY in line:
                    ready.set()

        def read_out() -> None:
            assert process.stdout is not None
            out_lines.extend(process.stdout)

        readers = [threading.Thread(target=read_err, daemon=True),
                   threading.Thread(target=read_out, daemon=True)]
        for reader in readers:
            reader.start()
        got_ready = ready.wait(self.timeout)
        try:
            code = process.wait(timeout=EXIT_TIMEOUT if got_ready else 5)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        for reader in readers:
            reader.join(timeout=5)
        run = Run(label, command, code, "".join(out_lines), "".join(err_lines),
                  time.monotonic() - started)
        self._record(run)
        if not got_ready:
            raise SmokeFailure(f"{label}: no {READY!r} line within {self.timeout:.0f} s")
        return run.check()

    def _record(self, run: Run) -> None:
        self.runs.append(run)
        run.show()


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def check_bundle(frozen: Path) -> list[str]:
    """Files that must be in the frozen folder; returns what is missing."""
    internal = frozen / buildinfo.CONTENTS_DIR
    plugins = internal / "PySide6" / ("plugins" if WINDOWS else "Qt/plugins")
    prefix, suffix = ("", ".dll") if WINDOWS else ("lib", ".so")
    required = [
        frozen / buildinfo.exe_file(buildinfo.GUI_EXE),
        frozen / buildinfo.exe_file(buildinfo.CLI_EXE),
        internal / "resources" / "icons" / "warmhome.svg",
        plugins / "platforms" / f"{prefix}qoffscreen{suffix}",
        plugins / "platforms" / f"{prefix}{'qwindows' if WINDOWS else 'qxcb'}{suffix}",
        plugins / "imageformats" / f"{prefix}qsvg{suffix}",
        plugins / "iconengines" / f"{prefix}qsvgicon{suffix}",
        # The style sheet template our themes fill in, and our theme colours.
        internal / "qt_material" / "material.qss.template",
        internal / "resources" / "themes" / "warmhome_light.xml",
        internal / "resources" / "themes" / "warmhome_high_contrast.xml",
    ]
    required += [internal / "resources" / "translations" / ts.with_suffix(".qm").name
                 for ts in (buildinfo.RESOURCES / "translations").glob("*.ts")]
    missing = [str(path.relative_to(frozen)) for path in required if not path.exists()]
    for folder in ("printsupport", "texttospeech"):
        if not any((plugins / folder).glob(f"*{suffix}")):
            missing.append(f"{plugins.relative_to(frozen)}/{folder}/ (no plugin)")
    return missing


def check_gui(smoke: Smoke) -> None:
    """First start on an empty data folder shows the welcome dialog."""
    run = smoke.gui_until_ready("gui, first start")
    if "ready: WelcomeDialog shown" not in run.err:
        raise SmokeFailure("gui, first start: expected 'ready: WelcomeDialog shown'")
    database = smoke.home / "data" / "warmhome" / "warmhome.db"
    if not WINDOWS and not database.exists():
        raise SmokeFailure(f"gui, first start: no database at {database}")


def check_cli(smoke: Smoke) -> None:
    """The frozen command line on the default (temporary) database."""
    version = smoke.cli("version", "--version")
    expected = f"warmhome {buildinfo.version()}"
    if version.out.strip() != expected:
        raise SmokeFailure(f"version: printed {version.out.strip()!r}, expected {expected!r}")
    smoke.cli("demo", "demo", "--members", "20", "--years", "1")
    smoke.cli("check", "check")
    listed = smoke.cli("people list", "people", "list", "--json")
    people = json.loads(listed.out)
    if sum("member" in person["roles"] for person in people) < 20:
        raise SmokeFailure("people list: fewer than the 20 demo members")
    smoke.cli("users add", "users", "add", "admin", "--role", "admin",
              stdin="smoke-test-password\n")
    smoke.cli("audit verify", "audit", "verify")
    smoke.cli("backup", "backup")
    usage = smoke.cli("help", "--help")
    if "export-month" in usage.out:
        last_month = date.today().replace(day=1).toordinal() - 1
        month = date.fromordinal(last_month).strftime("%Y-%m")
        out_dir = smoke.scratch / "exports"
        out_dir.mkdir()
        smoke.cli("export-month", "export-month", month, "--out", str(out_dir))
        if not list(out_dir.glob("*.xlsx")):
            raise SmokeFailure(f"export-month: no .xlsx written to {out_dir}")
    else:
        print("--- export-month: not in this build's --help; skipped")


def check_upgrades(smoke: Smoke) -> None:
    """The frozen `check` migrates a copy of every real old database (tests/fixtures)."""
    from desktop.models.migrations import SCHEMA_VERSION

    fixtures = sorted((buildinfo.ROOT / "tests" / "fixtures").glob("schema_v[0-9]*.db"))
    if not fixtures:
        raise SmokeFailure("no old databases in tests/fixtures to upgrade")
    expected = f"结构版本：{SCHEMA_VERSION}（本软件：{SCHEMA_VERSION}）"
    for fixture in fixtures:
        copy = smoke.scratch / "upgrades" / fixture.name
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(fixture, copy)
        run = smoke.cli(f"check {fixture.stem}", "check", "--db", str(copy))
        if expected not in run.out:
            raise SmokeFailure(f"check {fixture.stem}: expected {expected!r} (upgraded)")


def check_gui_english(smoke: Smoke) -> None:
    """With an account and demo data, in English: the login dialog, translation found."""
    config = smoke.home / "config" / "WarmHome"
    config.mkdir(parents=True, exist_ok=True)
    (config / "warmhome.conf").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    try:
        run = smoke.gui_until_ready("gui, English, configured")
    finally:
        (config / "warmhome.conf").unlink()
    if "ready: LoginDialog shown" not in run.err:
        raise SmokeFailure("gui, English: expected 'ready: LoginDialog shown'")


def check_deb(smoke: Smoke, deb: Path) -> None:
    """The package's dependencies, `dpkg -x`, and an install/purge in a scratch root."""
    from installer import build_deb

    problems = build_deb.dependency_problems(smoke.frozen)
    if problems:
        raise SmokeFailure("deb dependencies: " + "; ".join(problems))
    print(f"--- deb: {deb.name}, {deb.stat().st_size / 2**20:.1f} MiB; its Depends and "
          "Recommends cover every system library the bundle links against")
    unpacked = smoke.scratch / "deb-x"
    smoke.run("dpkg -x", ["dpkg", "-x", str(deb), str(unpacked)]).check()
    for command in (unpacked / "usr" / "bin" / buildinfo.CLI_EXE,
                    unpacked / buildinfo.DEB_PREFIX.lstrip("/") / buildinfo.CLI_EXE):
        run = smoke.run(f"deb {command.relative_to(unpacked)}", [str(command), "--version"])
        if run.check().out.strip() != f"warmhome {buildinfo.version()}":
            raise SmokeFailure(f"{command}: wrong version {run.out.strip()!r}")
    desktop = unpacked / "usr" / "share" / "applications" / f"{buildinfo.APP_ID}.desktop"
    if f"Name={buildinfo.DISPLAY_NAME}" not in desktop.read_text(encoding="utf-8"):
        raise SmokeFailure(f"{desktop.name}: no Name={buildinfo.DISPLAY_NAME}")
    validator = shutil.which("desktop-file-validate")
    if validator:
        smoke.run("desktop-file-validate", [validator, str(desktop)]).check()
    check_deb_install(smoke, deb)


def check_deb_install(smoke: Smoke, deb: Path) -> None:
    """Install into a scratch root with dpkg, run it, purge it; the user's data must stay."""
    root = smoke.scratch / "deb-root"
    admin = root / "var" / "lib" / "dpkg"
    for folder in (admin / "info", admin / "updates", admin / "triggers"):
        folder.mkdir(parents=True)
    (admin / "status").touch()
    user_data = root / "home" / "user" / ".local" / "share" / "warmhome"
    user_data.mkdir(parents=True)
    (user_data / "warmhome.db").write_bytes(b"the user's data")
    (user_data / "backups").mkdir()
    dpkg = ["dpkg", f"--root={root}", "--force-depends", "--force-not-root",
            "--force-script-chrootless", "--log=/dev/null"]
    smoke.run("dpkg -i (scratch root)", [*dpkg, "-i", str(deb)]).check()
    installed = root / buildinfo.DEB_PREFIX.lstrip("/") / buildinfo.CLI_EXE
    smoke.run("installed warmhome", [str(root / "usr" / "bin" / buildinfo.CLI_EXE),
                                     "--version"]).check()
    smoke.run("dpkg -P (scratch root)", [*dpkg, "-P", buildinfo.DEB_PACKAGE]).check()
    if installed.exists() or (root / buildinfo.DEB_PREFIX.lstrip("/")).exists():
        raise SmokeFailure(f"dpkg -P left {buildinfo.DEB_PREFIX} behind")
    if (user_data / "warmhome.db").read_bytes() != b"the user's data" or not (
            user_data / "backups").is_dir():
        raise SmokeFailure("dpkg -P touched the user's data folder")
    print("--- deb: installed, ran and purged in a scratch root; the user's data stayed")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every check; exit 0 when all pass, 1 with the first failure otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=buildinfo.FROZEN_DIR)
    parser.add_argument("--deb", type=Path, default=None,
                        help="the .deb to check (default: the one `make dist` built)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for the GUI's ready line and for each command")
    args = parser.parse_args(argv)
    frozen: Path = args.frozen.resolve()
    started = time.monotonic()
    if not (frozen / buildinfo.exe_file(buildinfo.CLI_EXE)).exists():
        print(f"smoke: no frozen build in {frozen}; run `make dist` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="warmhome-smoke-") as scratch:
        smoke = Smoke(frozen, Path(scratch), args.timeout)
        try:
            missing = check_bundle(frozen)
            if missing:
                raise SmokeFailure("missing from the frozen build: " + ", ".join(missing))
            print(f"--- bundle: {frozen} has the executables, resources and Qt plugins")
            check_gui(smoke)
            check_cli(smoke)
            check_upgrades(smoke)
            check_gui_english(smoke)
            if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
                from installer import build_deb

                deb = args.deb or build_deb.deb_path()
                if not deb.exists():
                    raise SmokeFailure(f"no package at {deb}; run `make dist` first")
                check_deb(smoke, deb)
        except SmokeFailure as exc:
            print(f"\nsmoke: FAILED: {exc}", file=sys.stderr)
            return 1
    size = sum(path.stat().st_size for path in frozen.rglob("*")
               if path.is_file() and not path.is_symlink())
    print(f"\nsmoke: passed: {len(smoke.runs)} runs in {time.monotonic() - started:.1f} s; "
          f"frozen build {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
