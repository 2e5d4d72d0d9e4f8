"""The home page (首页) on the reference data set: each figure's query, and the whole page.

Measured on a Friday near the end of the data set (its "today", ``bench.reference.TODAY``, is
a Sunday without sign-ins), late in the afternoon:

- each function of ``desktop.models.reporting.dashboard`` (today's sign-ins, this month against last
  month, the 12-month trend, the three-activities goal, the alerts): the first call on a fresh
  connection, then the median of warm calls (informative; the today query is what the page
  repeats while the kiosk signs people in);
- in a child process with its own offscreen QApplication and the app's theme (like the kiosk
  benchmark): the whole page, every figure read and painted at 1280×760, the first time
  (importing the models and QtCharts, building the chart) and then warm.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from bench.common import Figure, median, print_result, run_child, subprocess_env
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.reporting import dashboard

CHILD_TIMEOUT_S = 300.0
TODAY = date(2026, 11, 27)
NOW = datetime.combine(TODAY, clock_time(16, 0))


def _timed_ms(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _queries() -> dict[str, Callable[[Database], Any]]:
    return {
        "today's sign-ins": lambda db: dashboard.today_figures(db, TODAY),
        "this month against last month (3 periods)":
            lambda db: dashboard.month_comparison(db, TODAY),
        "12-month trend": lambda db: dashboard.trend(db, TODAY),
        "three-activities goal": lambda db: dashboard.goal_progress(db, TODAY.year),
        "alerts (backup folder, this month's validation)": lambda db: dashboard.alerts(db, NOW),
    }


def time_queries(path: Path, runs: int) -> list[Figure]:
    """Each figure's query: first call on a fresh connection, then the warm median."""
    figures: list[Figure] = []
    for name, query in _queries().items():
        with open_database(path) as db:
            call = functools.partial(query, db)
            first = _timed_ms(call)
            warm = [_timed_ms(call) for _ in range(runs)]
        figures.append(Figure(f"home page: {name}", median(warm), "ms",
                              note=f"median of {runs}; first call {first:.1f} ms"))
    return figures


def _measure_in_child(db_path: Path, runs: int) -> dict[str, Any]:
    """Runs in the child process: the page built, filled and painted, first and warm."""
    from PySide6.QtWidgets import QApplication

    from bench.bench_page_open import _apply_theme
    from desktop.models.admin.permissions import Actor, Role
    from desktop.ui.reporting.dashboard_page import DashboardPage

    app = QApplication.instance() or QApplication([sys.argv[0]])
    theme = _apply_theme(app)
    db = open_database(db_path, clock=FixedClock(NOW))
    page = DashboardPage(db, Actor("bench", Role.ADMIN))
    page.resize(1280, 760)

    def fill() -> None:
        page.refresh_all()
        page.repaint()

    started = time.perf_counter()
    page.show()
    fill()
    first = (time.perf_counter() - started) * 1000
    warm = [_timed_ms(fill) for _ in range(runs)]
    return {"first_ms": first, "warm_ms": warm, "theme": theme,
            "today": page.today_card.number_label.text()}


def _run_child(db_path: Path, runs: int) -> dict[str, Any]:
    return run_child([sys.executable, "-m", "bench.bench_dashboard", str(db_path), str(runs)],
                     CHILD_TIMEOUT_S, "the home page benchmark",
                     subprocess_env(QT_QPA_PLATFORM="offscreen"))


def run_dashboard(path: Path, label: str, runs: int) -> list[Figure]:
    """The home page's figures on the database at ``path`` (only read)."""
    figures = time_queries(path, runs)
    result = _run_child(path, max(3, runs // 4))
    name = f"home page filled and painted, {label}"
    if "skipped" in result:
        return [*figures, Figure(name, None, "ms", skipped=result["skipped"])]
    return [
        *figures,
        Figure(f"{name}: first time", result["first_ms"], "ms",
               note=f"imports the models and QtCharts, builds the chart; 1280×760, "
                    f"{result['theme']}; today {result['today']} sign-ins"),
        Figure(f"{name}: again (refresh)", median(result["warm_ms"]), "ms",
               note=f"median of {len(result['warm_ms'])}"),
    ]


def child_main() -> int:
    """``python -m bench.bench_dashboard DB RUNS``: print the child's figures as JSON."""
    result = _measure_in_child(Path(sys.argv[1]), int(sys.argv[2]))
    print_result(result)
    return 0


if __name__ == "__main__":
    sys.exit(child_main())
