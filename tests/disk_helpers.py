"""Real full disks, read-only media and read-only folders for the tests that open databases.

A small tmpfs is a real disk that fills up, and remounting it read-only is a real read-only
medium (both need root and permission to mount: skipped with the reason otherwise). Root
ignores permission bits, so a read-only folder or file is made immutable (``chattr +i``) when
running as root and read-only by its mode otherwise. ``make_read_only`` is a fixture for every
test (tests/conftest.py imports it); import ``small_disk_fixture`` into a test module to use
``small_disk``.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# ``make_read_only(path)``, the fixture's value.
MakeReadOnly = Callable[[Path], None]


def _is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@pytest.fixture(name="small_disk")
def small_disk_fixture(tmp_path: Path) -> Iterator[Path]:
    """An empty 4 MB disk (tmpfs) mounted at a new folder; unmounted afterwards."""
    if not _is_root() or shutil.which("mount") is None:
        pytest.skip("a real small disk needs root and mount (Linux)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs",
                              str(disk)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def fill_disk(disk: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to free the space)."""
    filler = disk / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for chunk in (1024 * 1024, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    return filler


def remount_read_only(disk: Path) -> None:
    """Make the small disk read-only, as a write-protected USB stick."""
    result = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(name="make_read_only")
def make_read_only_fixture() -> Iterator[MakeReadOnly]:
    """``make_read_only(path)``: the folder or file can no longer be written (undone after)."""
    if os.name != "posix":
        pytest.skip("read-only folders are made with POSIX tools here")
    made: list[Path] = []

    def _make(path: Path) -> None:
        if _is_root():
            result = subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                                    text=True, check=False)
            if result.returncode != 0:
                pytest.skip("root ignores permission bits, and chattr +i is not possible here: "
                            f"{result.stderr.strip()}")
        else:
            path.chmod(0o500 if path.is_dir() else 0o400)
        made.append(path)

    yield _make
    for path in reversed(made):
        if _is_root():
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
        else:
            path.chmod(0o700 if path.is_dir() else 0o600)
