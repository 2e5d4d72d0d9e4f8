"""The database gateway keeps its connection to itself (issue 12).

Outside ``desktop/models/db.py`` no code (the program, the benchmarks, the tests) reaches into a
``Database`` for its SQLite connection: reads, streams, bulk writes and transaction state go
through the gateway's methods, so the rules it applies (writes only inside a transaction, one
connection per thread) cannot be stepped around. And only the gateway, with its parts in
``desktop/models/storage/``, opens a connection at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GATEWAY = ROOT / "desktop" / "models" / "db.py"
STORAGE = ROOT / "desktop" / "models" / "storage"

# The attributes behind which a Database keeps its connection (``conn`` was its public name).
CONNECTION_ATTRIBUTES = frozenset({"conn", "_conn", "_sqlite_utils", "_utils"})


def _sources(*folders: str) -> list[Path]:
    found = [ROOT / "main.py"]
    for folder in folders:
        found += sorted((ROOT / folder).rglob("*.py"))
    return found


def connection_uses(source: str) -> list[str]:
    """``line: expression`` for every use of a connection attribute in ``source``."""
    return sorted(f"{node.lineno}: {ast.unparse(node)}" for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Attribute) and node.attr in CONNECTION_ATTRIBUTES)


def connection_openers(source: str) -> list[str]:
    """``line: what`` for every ``sqlite3.connect`` call and sqlite-utils import in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "connect" and \
                isinstance(node.value, ast.Name) and node.value.id == "sqlite3":
            found.append(f"{node.lineno}: sqlite3.connect")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names]
            found += [f"{node.lineno}: import {name}" for name in names
                      if name.split(".")[0] == "sqlite_utils"]
    return sorted(found)


def test_the_checks_see_what_they_look_for() -> None:
    # Checks that find nothing would pass whatever the code does.
    assert connection_uses("db.conn.execute('SELECT 1')\nn = db._conn.total_changes\n") == [
        "1: db.conn", "2: db._conn"]
    assert connection_uses("db.scalar('SELECT 1')\nconn.execute('SELECT 1')\n") == []
    assert connection_openers("import sqlite3\nc = sqlite3.connect(path)\n") == [
        "2: sqlite3.connect"]
    assert connection_openers("from sqlite_utils import Database\n") == [
        "1: import sqlite_utils"]
    assert connection_uses(GATEWAY.read_text(encoding="utf-8"))  # the gateway does use it


def test_nothing_outside_the_gateway_touches_its_connection() -> None:
    found = [f"{path.relative_to(ROOT)}:{use}"
             for path in _sources("desktop", "bench", "installer", "tests") if path != GATEWAY
             for use in connection_uses(path.read_text(encoding="utf-8"))]
    assert found == []


def test_only_the_gateway_opens_a_connection() -> None:
    found = [f"{path.relative_to(ROOT)}:{use}"
             for path in _sources("desktop", "bench", "installer")
             if path != GATEWAY and STORAGE not in path.parents
             for use in connection_openers(path.read_text(encoding="utf-8"))]
    assert found == []
