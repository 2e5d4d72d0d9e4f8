"""The command line as scripts run it: ``python main.py`` in a subprocess (fixtures ``run``
and ``run_many``) and the failure contract every subcommand keeps (docs/architecture.md)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import MainResult, run_main

Result = MainResult
Command = Sequence[str | Path]
RunMany = Callable[[Sequence[Command]], list[Result]]


class Cli:
    """``run(*args, stdin="…", NAME=value)``: python main.py ARGS with ``stdin`` piped in and
    extra environment variables, the user's folders inside ``home``."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(self, *args: str | Path, stdin: str = "", **env: str) -> Result:
        return run_main(self.home, *args, stdin=stdin, **env)

    def many(self, commands: Sequence[Command]) -> list[Result]:
        """Independent command lines side by side (each its own process), results in order:
        each costs a Python start-up."""
        with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) + 1) as pool:
            return list(pool.map(lambda args: self(*args), commands))


Run = Cli


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The home folder of the module's command lines (the default database lives under it)."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def run(cli_home: Path) -> Run:
    """``run(*args, stdin="…", NAME=value)``: python main.py ARGS in the project folder."""
    return Cli(cli_home)


@pytest.fixture(scope="module")
def run_many(run: Run) -> RunMany:
    """``run_many([args, …])``: independent command lines side by side, results in order."""
    return run.many


def one_line_error(result: Result) -> str:
    """Assert the failure contract (docs/architecture.md) and return the single stderr line:
    non-zero, one line starting with the program's name, no traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("warmhome"), lines[0]
    return lines[0]


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes, to show a refused command left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
