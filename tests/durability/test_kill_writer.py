"""A writer killed with SIGKILL at random moments loses nothing it reported as committed."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from desktop.models.admin import centre
from desktop.models.db import open_database

ROOT = Path(__file__).resolve().parents[2]
SEED = 20240601
KILLS = 24
# Most kills land while the writer is committing; some are timed from the process start so
# that they also hit the import, the opening of the file and WAL recovery.
MAX_DELAY_AFTER_READY = 0.6
MAX_DELAY_FROM_START = 1.0
READY_TIMEOUT = 30.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


@dataclass
class Reported:
    """What the writers said they had committed, over every round."""

    person_ids: set[int] = field(default_factory=set)
    profile_names: list[str] = field(default_factory=list)


def _read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    # A thread reads the pipe so that the writer never blocks on a full pipe and the test can
    # wait for "ready" with a timeout.
    for line in stream:
        lines.put(line)
    lines.put(None)


def _run_and_kill(db_path: Path, round_number: int, rng: random.Random,
                  stderr_path: Path) -> list[str]:
    """Start one writer, SIGKILL it after a random delay; return its complete output lines."""
    with stderr_path.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.durability.writer", str(db_path), str(round_number)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8",
            env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert proc.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    collected: list[str] = []
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.05, MAX_DELAY_FROM_START))
        else:
            first = lines.get(timeout=READY_TIMEOUT)
            assert first == "ready\n", f"writer did not start: {stderr_path.read_text()}"
            collected.append(first)
            # Wait for its first reported commit, so that on a slow, busy machine the kill
            # still lands among writes rather than before any.
            reported = lines.get(timeout=READY_TIMEOUT)
            assert reported is not None, f"writer stopped: {stderr_path.read_text()}"
            collected.append(reported)
            time.sleep(rng.uniform(0.0, MAX_DELAY_AFTER_READY))
        assert proc.poll() is None, f"writer stopped by itself: {stderr_path.read_text()}"
    finally:
        # Killed in every case, so that a failed round leaves no writer running.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        reader.join(timeout=10)
        proc.stdout.close()
    while (line := lines.get_nowait()) is not None:
        collected.append(line)
    # A line without its newline was cut off by the kill; it was not a complete report.
    return [line.rstrip("\n") for line in collected if line.endswith("\n")]


def _record(lines: list[str], reported: Reported) -> None:
    for line in lines:
        if line.startswith("committed person "):
            reported.person_ids.add(int(line.removeprefix("committed person ")))
        elif line.startswith("committed profile "):
            reported.profile_names.append(line.removeprefix("committed profile "))
        else:
            assert line == "ready", f"unexpected writer output: {line!r}"


def _profile_order(name: str) -> tuple[int, int]:
    round_number, index = name.removeprefix("耐久测试中心").split("-")
    return int(round_number), int(index)


def _check_database(db_path: Path, reported: Reported, round_number: int) -> None:
    """The file opens, is healthy, and holds every write reported so far."""
    with open_database(db_path) as db:
        assert db.integrity_problems() == [], f"after kill {round_number}"
        stored = {int(r[0]) for r in db.query("SELECT id FROM person")}
        missing = reported.person_ids - stored
        assert not missing, f"after kill {round_number}: reported people missing: {missing}"
        audited = {int(r[0]) for r in db.query(
            "SELECT record_id FROM audit_log WHERE table_name = 'person' AND action = 'create'")}
        assert stored == audited, "every stored person has exactly its create entry"
        if reported.profile_names:
            # The profile holds the last reported name or a later one whose report was cut off.
            name = centre.load_profile(db).name
            assert _profile_order(name) >= _profile_order(reported.profile_names[-1])
            audited_names = {r[0] for r in db.query(
                "SELECT json_extract(after, '$.name') FROM audit_log"
                " WHERE table_name = 'setting'")}
            assert set(reported.profile_names) <= audited_names


@pytest.mark.slow
def test_sigkilled_writer_loses_no_reported_commit(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    db_path = tmp_path / "killed.db"
    reported = Reported()
    rounds_with_writes = 0
    for round_number in range(1, KILLS + 1):
        lines = _run_and_kill(db_path, round_number, rng, tmp_path / f"writer-{round_number}.err")
        before = len(reported.person_ids)
        _record(lines, reported)
        rounds_with_writes += len(reported.person_ids) > before
        _check_database(db_path, reported, round_number)
    # The kills must have landed among real writes, not only before the first one. Counted
    # per round rather than as a total, so a slow, busy machine (fewer writes a second) still
    # passes while a writer that never gets to write does not.
    assert rounds_with_writes >= KILLS // 4
    assert reported.profile_names
