"""Cold start: process launch to the main window shown, against a bare qt-material window.

Both are started the same way, as a fresh ``python SCRIPT`` process, offscreen, and timed from
launch until they print a line containing the word ``ready`` to stderr (the app does this when
WARMHOME_QUIT_AFTER_READY=1, then quits). Runs alternate between the two so that drift in the
machine's load hits both alike; one unrecorded run of each first warms the disk cache and
Python's bytecode cache. The figure is the ratio of the medians.
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_DIR, REPO_ROOT, Figure, median, subprocess_env

READY = re.compile(rb"\bready\b", re.IGNORECASE)
READY_TIMEOUT_S = 30.0
EXIT_TIMEOUT_S = 10.0
RATIO_TARGET = 2.0


@dataclass(frozen=True)
class Start:
    """One launch: milliseconds to ready, or why it never got there."""

    ms: float | None
    problem: str = ""


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def time_to_ready(cmd: Sequence[str], env: dict[str, str],
                  timeout_s: float = READY_TIMEOUT_S) -> Start:
    """Launch ``cmd`` and time until a stderr line says ready; kill it if it hangs."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    buffer = b""
    ready_ms: float | None = None
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
            if any(READY.search(line) for line in lines[:-1]):
                ready_ms = (time.perf_counter() - started) * 1000
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
        return Start(ready_ms, "" if code is not None else "did not quit after ready; killed")
    last = (buffer.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
    return Start(None, f"exited with {code} before 'ready': {last[:160]}")


def bare_command() -> list[str]:
    """The baseline: a bare QMainWindow with qt-material."""
    return [sys.executable, str(BENCH_DIR / "bare_window.py")]


def app_command(db_path: Path) -> list[str]:
    """The app, opening this (already configured) database."""
    return [sys.executable, str(REPO_ROOT / "main.py"), "--db", str(db_path)]


@dataclass
class StartupResult:
    """Medians of both, or the reason the app could not be measured."""

    bare_ms: list[float]
    app_ms: dict[str, list[float]]
    problems: dict[str, str]


def measure_startup(databases: dict[str, Path], runs: int) -> StartupResult:
    """Alternate bare and app launches ``runs`` times for each labelled database."""
    env = subprocess_env(WARMHOME_QUIT_AFTER_READY="1")
    result = StartupResult([], {label: [] for label in databases}, {})
    warm = time_to_ready(bare_command(), env)
    if warm.ms is None:
        result.problems["bare"] = warm.problem
        return result
    for label, path in databases.items():
        first = time_to_ready(app_command(path), env)
        if first.ms is None:
            result.problems[label] = first.problem
    for _ in range(runs):
        result.bare_ms.append(_checked(time_to_ready(bare_command(), env)))
        for label, path in databases.items():
            if label not in result.problems:
                start = time_to_ready(app_command(path), env)
                if start.ms is None:
                    result.problems[label] = start.problem
                else:
                    result.app_ms[label].append(start.ms)
    return result


def _checked(start: Start) -> float:
    if start.ms is None:
        raise RuntimeError(f"the bare window did not start: {start.problem}")
    return start.ms


def run_startup(databases: dict[str, Path], runs: int) -> list[Figure]:
    """Figures: bare median, app median per database, and the ratio for the first database."""
    result = measure_startup(databases, runs)
    if "bare" in result.problems:
        return [Figure("cold start, bare qt-material window", None, "ms",
                       skipped=result.problems["bare"])]
    bare = median(result.bare_ms)
    figures = [Figure("cold start, bare PySide6 + qt-material window", bare, "ms",
                      note=f"median of {runs}")]
    for index, label in enumerate(databases):
        name = f"cold start to main window, {label}"
        if label in result.problems:
            reason = result.problems[label]
            figures.append(Figure(name, None, "ms", skipped=reason))
            if index == 0:
                figures.append(Figure("cold start ratio, app / bare", None, "×", RATIO_TARGET,
                                      skipped=reason))
            continue
        app = median(result.app_ms[label])
        figures.append(Figure(name, app, "ms", note=f"median of {runs}; {app / bare:.2f}× bare"))
        if index == 0:
            figures.append(Figure("cold start ratio, app / bare", app / bare, "×", RATIO_TARGET,
                                  note=f"{label}"))
    return figures
