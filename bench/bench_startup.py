"""Cold start against a bare qt-material window: to the sign-in dialog and to the main window.

The app asks for a sign-in on a database with accounts (the bench databases have one), so two
starts are measured, each against the same bare-window baseline:

* to the sign-in dialog: ``python main.py --db X`` with WARMHOME_QUIT_AFTER_READY=1, the first
  window a user sees (the app prints ``ready: LoginDialog shown`` and quits);
* to the main window: ``python bench/app_to_main_window.py X USER PASSWORD``, the app's own
  start path with ``accounts.sign_in`` in place of the typing. That includes the password
  check (scrypt, about 50 ms on purpose), which the child reports and the note repeats.

Every start is a fresh ``python SCRIPT`` process, offscreen, timed from launch until a stderr
line contains the word ``ready``; that line must name the expected window, or the start counts
as failed (a database without accounts would show the welcome dialog instead). Runs alternate
between the bare window and each app start so that drift in the machine's load hits all alike;
one unrecorded run of each first warms the disk cache and Python's bytecode cache. Ratios are
of the medians.
"""

from __future__ import annotations

import contextlib
import os
import re
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_DIR, REPO_ROOT, Figure, median, subprocess_env
from bench.reference import BENCH_PASSWORD, BENCH_USERNAME

READY = re.compile(rb"\bready\b", re.IGNORECASE)
SIGN_IN_MS = re.compile(rb"bench: sign_in ([0-9.]+) ms")
READY_TIMEOUT_S = 30.0
EXIT_TIMEOUT_S = 10.0
RATIO_TARGET = 2.0


@dataclass(frozen=True)
class Start:
    """One launch: milliseconds to ready and stderr up to the ready line, or why it failed."""

    ms: float | None
    problem: str = ""
    output: bytes = b""


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def time_to_ready(cmd: Sequence[str], env: dict[str, str],
                  timeout_s: float = READY_TIMEOUT_S,
                  expect: re.Pattern[bytes] | None = None) -> Start:
    """Launch ``cmd`` and time until a stderr line says ready; kill it if it hangs.

    With ``expect``, the ready line must also match it (the right window was shown).
    """
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    buffer = b""
    ready_ms: float | None = None
    ready_line = b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        deadline = started + timeout_s
        while ready_ms is None:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                _kill_group(proc)
                return Start(None, f"no 'ready' on stderr within {timeout_s:.0f} s")
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
            lines = buffer.split(b"\n")
            ready_at = next((i for i, line in enumerate(lines[:-1]) if READY.search(line)), None)
            if ready_at is not None:
                ready_ms = (time.perf_counter() - started) * 1000
                ready_line = lines[ready_at]
                buffer = b"\n".join(lines[:ready_at + 1])
        # Drain stderr so the child never blocks on a full pipe while quitting.
        exit_deadline = time.perf_counter() + EXIT_TIMEOUT_S
        while ready_ms is not None and time.perf_counter() < exit_deadline:
            if selector.select(exit_deadline - time.perf_counter()) and not os.read(fd, 65536):
                break
    try:
        code = proc.wait(timeout=max(0.1, EXIT_TIMEOUT_S))
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        code = None
    proc.stderr.close()
    if ready_ms is not None:
        if expect is not None and not expect.search(ready_line):
            shown = ready_line.decode("utf-8", "replace").strip()
            return Start(None, f"wrong window: {shown[:120]!r}", buffer)
        return Start(ready_ms, "" if code is not None else "did not quit after ready; killed",
                     buffer)
    last = (buffer.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
    return Start(None, f"exited with {code} before 'ready': {last[:160]}")


def bare_command() -> list[str]:
    """The baseline: a bare QMainWindow with qt-material."""
    return [sys.executable, str(BENCH_DIR / "bare_window.py")]


def app_command(db_path: Path) -> list[str]:
    """The app as a user starts it, on this database: it stops at the sign-in dialog."""
    return [sys.executable, str(REPO_ROOT / "main.py"), "--db", str(db_path)]


def main_window_command(db_path: Path) -> list[str]:
    """The app's start path through sign-in to the main window, as the bench account."""
    return [sys.executable, str(BENCH_DIR / "app_to_main_window.py"), str(db_path),
            BENCH_USERNAME, BENCH_PASSWORD]


@dataclass(frozen=True)
class Target:
    """One kind of app start: how to launch it and which ready line proves the right window."""

    key: str
    title: str
    command: Callable[[Path], list[str]]
    expect: re.Pattern[bytes]


SIGN_IN_DIALOG = Target("dialog", "cold start to the sign-in dialog", app_command,
                        re.compile(rb"ready: LoginDialog shown"))
MAIN_WINDOW = Target("main", "cold start to the main window", main_window_command,
                     re.compile(rb"ready: main window shown"))
TARGETS = (SIGN_IN_DIALOG, MAIN_WINDOW)

Case = tuple[str, str]  # (target key, database label)


@dataclass
class StartupResult:
    """Every launch's time, the sign-in times the child reported, and what failed."""

    bare_ms: list[float]
    app_ms: dict[Case, list[float]]
    sign_in_ms: dict[str, list[float]]  # per database label, from the main-window starts
    problems: dict[Case | str, str]


def _cases(databases: dict[str, Path]) -> list[tuple[Case, Target, Path]]:
    return [((target.key, label), target, path)
            for target in TARGETS for label, path in databases.items()]


def measure_startup(databases: dict[str, Path], runs: int) -> StartupResult:
    """Alternate the bare window with every app start, ``runs`` times, for each database."""
    env = subprocess_env(WARMHOME_QUIT_AFTER_READY="1")
    cases = _cases(databases)
    result = StartupResult([], {case: [] for case, _, _ in cases},
                           {label: [] for label in databases}, {})
    warm = time_to_ready(bare_command(), env)
    if warm.ms is None:
        result.problems["bare"] = warm.problem
        return result
    for case, target, path in cases:
        first = time_to_ready(target.command(path), env, expect=target.expect)
        if first.ms is None:
            result.problems[case] = first.problem
    for _ in range(runs):
        result.bare_ms.append(_checked(time_to_ready(bare_command(), env)))
        for case, target, path in cases:
            if case in result.problems:
                continue
            start = time_to_ready(target.command(path), env, expect=target.expect)
            if start.ms is None:
                result.problems[case] = start.problem
                continue
            result.app_ms[case].append(start.ms)
            found = SIGN_IN_MS.search(start.output)
            if target is MAIN_WINDOW and found:
                result.sign_in_ms[case[1]].append(float(found.group(1)))
    return result


def _checked(start: Start) -> float:
    if start.ms is None:
        raise RuntimeError(f"the bare window did not start: {start.problem}")
    return start.ms


def _sign_in_note(samples: list[float]) -> str:
    if not samples:
        return "includes sign_in (scrypt)"
    return f"includes sign_in (scrypt) {median(samples):.0f} ms"


def run_startup(databases: dict[str, Path], runs: int) -> list[Figure]:
    """Figures: the bare median, then for each kind of start its median per database and its
    ratio to the bare window on the first database (the target is on the main window's)."""
    result = measure_startup(databases, runs)
    if "bare" in result.problems:
        return [Figure("cold start, bare PySide6 + qt-material window", None, "ms",
                       skipped=result.problems["bare"])]
    bare = median(result.bare_ms)
    figures = [Figure("cold start, bare PySide6 + qt-material window", bare, "ms",
                      note=f"median of {runs}")]
    first_label = next(iter(databases))
    for target in TARGETS:
        ratio_name = f"cold start ratio, {target.title.removeprefix('cold start to the ')} / bare"
        ratio_target = RATIO_TARGET if target is MAIN_WINDOW else None
        for label in databases:
            case = (target.key, label)
            name = f"{target.title}, {label}"
            extra = (f"; {_sign_in_note(result.sign_in_ms[label])}" if target is MAIN_WINDOW
                     else "; python main.py")
            if case in result.problems:
                figures.append(Figure(name, None, "ms", skipped=result.problems[case]))
                if label == first_label:
                    figures.append(Figure(ratio_name, None, "×", ratio_target,
                                          skipped=result.problems[case]))
                continue
            app = median(result.app_ms[case])
            figures.append(Figure(name, app, "ms",
                                  note=f"median of {runs}; {app / bare:.2f}× bare{extra}"))
            if label == first_label:
                figures.append(Figure(ratio_name, app / bare, "×", ratio_target,
                                      note=f"{label}{extra}"))
    return figures
