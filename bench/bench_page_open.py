"""Opening the people page on a large register: time to the first painted rows, and memory.

The parent side (:func:`run_page_open`) starts this module as a child process per run so each
run is a fresh process whose peak resident memory (``ru_maxrss``) belongs to the page alone
plus what any Qt app costs. The child creates the offscreen QApplication, applies qt-material,
opens the database, then times constructing ``PeoplePage`` + ``show()`` + event processing until
a table viewport has painted with rows in its model. It prints one ``BENCH-RESULT {json}`` line.
"""

from __future__ import annotations

import argparse
import importlib
import resource
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from bench.common import Figure, median, print_result, run_child

PAGE = "desktop.ui.people.people_page:PeoplePage"
PAINT_TIMEOUT_S = 20.0
CHILD_TIMEOUT_S = 180.0
WINDOW_SIZE = (1280, 800)


def _proc_status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status (VmRSS, VmHWM) in MB, or None without /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def _current_rss_mb() -> float | None:
    """Resident set size now."""
    return _proc_status_mb("VmRSS")


def _peak_rss_mb() -> float:
    """Peak resident set size of this process so far.

    On Linux this is VmHWM: ``ru_maxrss`` survives ``execve``, and Python starts children with
    vfork, so in a fresh child it can report the parent's peak (the benchmark runner's, after
    generating 100,000 people) instead of the child's own. Elsewhere it is ``ru_maxrss``.
    """
    peak = _proc_status_mb("VmHWM")
    if peak is not None:
        return peak
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, else KB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / divisor


def _apply_theme(app: Any) -> str:
    """The app's own theme (qt-material plus its font and focus rules) if present, else plain
    qt-material as the bare window has it; returns which was applied."""
    try:
        from desktop.ui.shell.theme import apply_theme
    except ImportError:
        pass
    else:
        apply_theme(app)
        return "app theme"
    from qt_material import apply_stylesheet

    apply_stylesheet(app, theme="light_teal.xml")
    return "qt-material"


def _load_page_class(spec: str) -> tuple[type | None, str]:
    """The page class, or None and why it is not available."""
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None, "people page not available"
        return None, f"people page failed to import: {exc}"
    except Exception as exc:
        return None, f"people page failed to import: {exc!r}"
    page_class = getattr(module, class_name, None)
    if page_class is None:
        return None, f"people page not available ({module_name} has no {class_name})"
    return page_class, ""


def _measure_in_child(db_path: Path, page_spec: str) -> dict[str, Any]:
    """Runs in the child process: open the page and report figures as a dict."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

    from desktop.models.db import open_database

    class PaintWatch(QObject):
        """Notes when a watched viewport paints while its view's model has rows."""

        def __init__(self) -> None:
            super().__init__()
            self.rows_painted = 0
            self.paints = 0
            self.views: dict[QObject, QAbstractItemView] = {}

        def watch(self, page: QWidget) -> None:
            views = page.findChildren(QAbstractItemView)
            views.sort(key=lambda v: not isinstance(v, QTableView))
            for view in views:
                viewport = view.viewport()
                if viewport not in self.views:
                    self.views[viewport] = view
                    viewport.installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
                view = self.views.get(obj)
                model = view.model() if view is not None else None
                if model is not None and model.rowCount() > 0:
                    self.rows_painted = max(self.rows_painted, model.rowCount())
            return False

    app = QApplication.instance() or QApplication([sys.argv[0]])
    theme = _apply_theme(app)
    db = open_database(db_path)
    people = int(db.scalar("SELECT count(*) FROM person"))
    import_started = time.perf_counter()
    page_class, why_not = _load_page_class(page_spec)
    import_ms = (time.perf_counter() - import_started) * 1000
    if page_class is None:
        return {"skipped": why_not}
    rss_before = _current_rss_mb()
    watch = PaintWatch()

    def wait_for_rows(started: float) -> float | None:
        while time.perf_counter() - started < PAINT_TIMEOUT_S:
            app.processEvents()
            watch.watch(page)
            if watch.rows_painted:
                return (time.perf_counter() - started) * 1000
            time.sleep(0.0005)
        return None

    started = time.perf_counter()
    page = page_class(db, actor="bench")
    constructed_ms = (time.perf_counter() - started) * 1000
    page.resize(*WINDOW_SIZE)
    watch.watch(page)
    page.show()
    open_ms = wait_for_rows(started)
    if open_ms is None:
        return {"skipped": f"no table painted rows within {PAINT_TIMEOUT_S:.0f} s "
                           f"({watch.paints} paints, {len(watch.views)} item views)"}
    model_rows = watch.rows_painted
    rss_open = _current_rss_mb()
    scroll_ms = None
    table = next(iter(page.findChildren(QTableView)), None)
    if table is not None:
        watch.rows_painted = 0
        started = time.perf_counter()
        table.scrollToBottom()
        scroll_ms = wait_for_rows(started)
    page.close()
    app.processEvents()
    db.close()
    return {
        "people": people,
        "open_ms": open_ms,
        "construct_ms": constructed_ms,
        "import_ms": import_ms,
        "model_rows": model_rows,
        "scroll_ms": scroll_ms,
        "rss_before_mb": rss_before,
        "rss_open_mb": rss_open,
        "theme": theme,
        "rss_peak_mb": _peak_rss_mb(),
    }


def child_main(argv: list[str] | None = None) -> int:
    """Entry point of the child process: print one BENCH-RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--page", default=PAGE, help="MODULE:CLASS of the page to open")
    args = parser.parse_args(argv)
    try:
        result = _measure_in_child(args.db, args.page)
    except Exception as exc:
        traceback.print_exc()
        result = {"skipped": f"error while opening the page: {exc!r}"}
    print_result(result)
    return 0


def _run_child(db_path: Path, page_spec: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.bench_page_open", "--db", str(db_path),
           "--page", page_spec]
    return run_child(cmd, CHILD_TIMEOUT_S, "opening the page")


def _rss_text(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f} MB"


def run_page_open(db_path: Path, label: str, runs: int, page_spec: str = PAGE,
                  time_target_ms: float = 300, memory_target_mb: float = 300) -> list[Figure]:
    """Open the page ``runs`` times in fresh processes; median time, highest peak memory."""
    results = []
    for _ in range(runs):
        result = _run_child(db_path, page_spec)
        if "skipped" in result:
            reason = result["skipped"]
            if result.get("stderr"):
                reason += f" — {result['stderr']}"
            return [Figure(f"open people page, {label}", None, "ms", time_target_ms,
                           skipped=reason),
                    Figure(f"peak memory with people page open, {label}", None, "MB",
                           memory_target_mb, skipped=reason)]
        results.append(result)
    open_ms = median([r["open_ms"] for r in results])
    construct_ms = median([r["construct_ms"] for r in results])
    peak = max(r["rss_peak_mb"] for r in results)
    before = _rss_text(results[0]["rss_before_mb"])
    after = _rss_text(results[0]["rss_open_mb"])
    scrolls = [r["scroll_ms"] for r in results if r["scroll_ms"] is not None]
    figures = [
        Figure(f"open people page, {label}", open_ms, "ms", time_target_ms,
               note=f"median of {runs}; constructor {construct_ms:.0f} ms; "
                    f"model rows {results[0]['model_rows']:,}; {results[0]['theme']}"),
        Figure(f"peak memory with people page open, {label}", peak, "MB", memory_target_mb,
               note=f"peak RSS of the process; {before} before the page, {after} with it"),
    ]
    if scrolls:
        figures.append(Figure(f"scroll people page to the last row, {label}", median(scrolls),
                              "ms", note="scrollToBottom + paint"))
    return figures


if __name__ == "__main__":
    sys.exit(child_main())
