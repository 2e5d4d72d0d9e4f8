"""An export process for the kill tests: the real monthly export of May 2024, held at the
moment a test wants to kill it.

Run as ``python -m tests.durability.export_writer DB FOLDER POINT``. POINT is where it stops:

- ``before-rename``: the workbook is complete in its temporary file and the export is logged
  as pending; the file has not replaced the target yet;
- ``after-rename``: the file has replaced the target; the log has not been told yet;
- ``loop``: nowhere; it exports again and again (overwriting v1), printing
  ``exported NAME`` after each, until killed at a random moment.

At a stop it prints ``at POINT`` and sleeps until killed. Only the rename is watched (it is
done for real); everything else is the application's own code.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import open_database
from tests.conftest import STAFF
from tests.models.reporting.test_month_close import MAY, NOW, TODAY

# A round never gets near this many exports before it is killed; stop rather than loop forever.
MAX_EXPORTS = 2_000


def report(line: str) -> None:
    """Tell the test, unbuffered."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _hold(point: str) -> None:
    report(f"at {point}")
    while True:
        time.sleep(60)


def _watch_renames(point: str) -> None:
    real_replace = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        is_workbook = str(dst).endswith(".xlsx")
        if is_workbook and point == "before-rename":
            _hold(point)
        real_replace(src, dst, *args, **kwargs)
        if is_workbook and point == "after-rename":
            _hold(point)

    os.replace = replace


def main(argv: list[str]) -> int:
    """Export May 2024 into FOLDER and stop at POINT (or loop)."""
    db_path, folder, point = argv[0], Path(argv[1]), argv[2]
    _watch_renames(point)
    with open_database(db_path) as db:
        report("ready")
        for index in range(1, MAX_EXPORTS + 1):
            # Another generation time each round, so that every export's bytes differ.
            now = NOW + timedelta(minutes=index)
            result = export_monthly_workbook(db, MAY, folder, generated_by="staff",
                                             actor=STAFF, today=TODAY, now=now)
            report(f"exported {result.path.name}")
            if point != "loop":
                break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
