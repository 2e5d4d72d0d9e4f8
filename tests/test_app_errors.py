"""The GUI start as a user runs it (`python main.py`, offscreen, in a process) with a bug
injected into one of our functions: the error reaches the log file, without personal data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ID_NUMBER = "11010519491231002X"
# Replaces desktop.app's function sys.argv[1] with one that fails (after doing its work, so
# that the smoke run still closes its dialog), then starts the program as main.py does.
BUGGY_START = """
import sys
from desktop import app
original = getattr(app, sys.argv[1])
def broken(*args, **kwargs):
    if sys.argv[2] == "after":
        original(*args, **kwargs)
    raise TypeError("张三 11010519491231002X")
setattr(app, sys.argv[1], broken)
from desktop.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _start(tmp_path: Path, function: str, when: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WARMHOME_QUIT_AFTER_READY="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run([sys.executable, "-c", BUGGY_START, function, when,
                           "--db", str(tmp_path / "new.db")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def _log(tmp_path: Path) -> str:
    path = tmp_path / ".local" / "share" / "warmhome" / "logs" / "warmhome.log"
    return path.read_text(encoding="utf-8")


def test_an_error_in_a_slot_is_logged_and_the_window_carries_on(tmp_path: Path) -> None:
    result = _start(tmp_path, "_close_when_shown", "after")
    assert result.returncode == 0, result.stderr
    assert "ready: WelcomeDialog shown" in result.stderr
    text = _log(tmp_path)
    assert "INFO warmhome: start: gui (warmhome " in text and "; Qt 6." in text
    assert "ERROR warmhome: unexpected error in gui" in text
    assert " in broken" in text and "TypeError (message not logged)" in text
    assert "张三" not in text and ID_NUMBER not in text


def test_an_error_that_ends_the_start_is_logged(tmp_path: Path) -> None:
    result = _start(tmp_path, "open_main_window", "before")
    assert result.returncode == 1
    text = _log(tmp_path)
    assert "ERROR warmhome: unexpected error in gui" in text
    assert "desktop.app:" in text and " in run_gui" in text and " in broken" in text
    assert "张三" not in text and ID_NUMBER not in text
