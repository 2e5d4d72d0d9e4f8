"""What every benchmark shares: where data goes, cache keys, statistics and the result table."""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
WORK_DIR = DATA_DIR / "work"
RESULTS_DIR = BENCH_DIR / "results"
MODELS_DIR = REPO_ROOT / "desktop" / "models"


def source_fingerprint(extra: Iterable[Path] = ()) -> str:
    """A short hash of the model code, the given files and the data libraries' versions.

    Cached databases are keyed by it, so a change to how people are stored or generated
    (or a new Faker with different names) makes a fresh file instead of reusing a stale one.
    """
    digest = hashlib.sha256()
    for path in sorted([*MODELS_DIR.glob("*.py"), *extra]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for package in ("Faker", "pypinyin"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:10]


def replace_stale(folder: Path, prefix: str, keep: Path) -> None:
    """Delete earlier cached databases with this prefix, keeping ``keep``."""
    for old in folder.glob(f"{prefix}*.db"):
        if old != keep:
            for path in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
                path.unlink(missing_ok=True)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` 0.95 for p95) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    """The median of a non-empty sequence."""
    return float(statistics.median(values))


@dataclass
class Figure:
    """One printed line: a measured value, its target and whether it is met.

    ``target`` None means informative only. ``lower_is_better`` is True for times and memory.
    ``skipped`` holds the reason when the measurement could not be made.
    """

    name: str
    value: float | None
    unit: str
    target: float | None = None
    note: str = ""
    skipped: str = ""

    @property
    def ratio(self) -> float | None:
        """Value divided by target (≤ 1.0 meets the target)."""
        if self.value is None or not self.target:
            return None
        return self.value / self.target

    @property
    def verdict(self) -> str:
        """"ok", "OVER", "skipped" or "" for informative figures."""
        if self.skipped:
            return "skipped"
        ratio = self.ratio
        if ratio is None:
            return ""
        return "ok" if ratio <= 1.0 else "OVER"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "×":
        return f"{value:.2f}×"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.1f} {unit}"


def format_table(figures: Sequence[Figure]) -> str:
    """The figures as an aligned plain-text table (measure, figure, target, ratio, verdict)."""
    header = ("measure", "figure", "target", "ratio", "verdict", "note")
    rows = [header]
    for fig in figures:
        if fig.skipped:
            rows.append((fig.name, "—", _target(fig), "—", "skipped", fig.skipped))
            continue
        ratio = fig.ratio
        rows.append((fig.name, _number(fig.value, fig.unit), _target(fig),
                     f"{ratio:.2f}" if ratio is not None else "", fig.verdict, fig.note))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for index, row in enumerate(rows):
        cells = [_pad(cell, widths[i], right=0 < i < 4) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join(cells) + ("  " + row[-1] if row[-1] else ""))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _target(fig: Figure) -> str:
    if fig.target is None:
        return ""
    return ("≤ " + _number(fig.target, fig.unit)).replace("≤ 2.00×", "≤ 2.0×")


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" and ch not in "—≤×" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                             capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "desktop", "main.py"],
                           cwd=REPO_ROOT, capture_output=True, text=True, timeout=10,
                           check=False).stdout.strip()
    return (out.stdout.strip() or "unknown") + (" (modified)" if dirty else "")


def machine_info() -> dict[str, str]:
    """Platform, CPU model and cores, memory, Python, Qt, SQLite and the code's commit."""
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "unknown"
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "memory": memory,
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "qt": f"Qt {QtCore.qVersion()}, PySide6 {pyside_version}",
        "sqlite": sqlite3.sqlite_version,
        "commit": _git_commit(),
    }


def format_machine(info: dict[str, str]) -> str:
    """The machine description as aligned ``key: value`` lines."""
    width = max(len(k) for k in info)
    return "\n".join(f"{key.rjust(width)}: {value}" for key, value in info.items())


def save_results(name: str, info: dict[str, str], figures: Sequence[Figure],
                 extra: dict[str, object]) -> Path:
    """Write the run as JSON to ``bench/results/NAME.json`` (git-ignored) for the README."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    payload = {"machine": info, "figures": [asdict(f) for f in figures], **extra}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def working_copy(source: Path, name: str) -> Path:
    """A fresh copy of a cached database in ``bench/data/work/``, so the app under test can
    write (settings, WAL files) without touching the cache."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    target = WORK_DIR / name
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        path.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child process: offscreen Qt, its own config folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(WORK_DIR / "config")
    env["XDG_CACHE_HOME"] = str(WORK_DIR / "cache")
    env.pop("WARMHOME_DB", None)
    env.update(extra)
    return env


# A measured child process prints its figures as one line: this prefix, then JSON.
RESULT_PREFIX = "BENCH-RESULT "


def print_result(result: dict[str, Any]) -> None:
    """Hand a child's figures to the parent (see run_child)."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def run_child(cmd: Sequence[str], timeout_s: float, what: str,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a measuring child process and return the figures it printed, or
    ``{"skipped": reason}`` when it timed out, failed or printed none."""
    try:
        done = subprocess.run(list(cmd), cwd=REPO_ROOT, env=env or subprocess_env(),
                              capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return {"skipped": f"{what} did not finish within {timeout_s:.0f} s"}
    last = (done.stderr.strip().splitlines() or ["no output"])[-1]
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX):])
            if "skipped" in result and done.stderr.strip():
                result["stderr"] = last
            return result
    return {"skipped": f"child exited with {done.returncode}: {last}"}
