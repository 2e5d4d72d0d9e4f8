"""The project stands on its own: what the code and tests cite is in the repository.

Comments once pointed to design notes kept outside the repository; the facts now live in
``docs/`` (docs/domain.md, docs/architecture.md, docs/workbook.md). Every ``docs/….md`` named in
the sources must exist, and none may point to the outside notes again.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("desktop", "tests", "bench", "installer")
FILES = ("main.py", "Makefile", "pyproject.toml")
SUFFIXES = {".py", ".md", ".toml", ".spec", ".iss", ".isl", ".cfg", ".txt", ".sh", ""}

# The outside notes by name, or by section sign; spelt so that this file is no match.
OUTSIDE_NOTE = re.compile(r"\b(?:DESI" r"GN|DOMA" r"IN)(?:\.md\b|\s*§)")
DOCS_LINK = re.compile(r"\bdocs/[A-Za-z0-9_./-]+\.md\b")


def _source_files() -> list[Path]:
    files = [ROOT / name for name in FILES if (ROOT / name).is_file()]
    for folder in FOLDERS:
        files += sorted(p for p in (ROOT / folder).rglob("*") if p.is_file()
                        and p.suffix in SUFFIXES and "__pycache__" not in p.parts)
    return files


def _hits(pattern: re.Pattern[str]) -> list[tuple[str, int, str]]:
    found = []
    for path in _source_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            found += [(str(path.relative_to(ROOT)), number, m.group(0))
                      for m in pattern.finditer(line)]
    return found


def test_the_patterns_find_what_they_look_for() -> None:
    assert OUTSIDE_NOTE.search("rules (" + "DOMAIN" + ".md)")
    assert OUTSIDE_NOTE.search("contract (" + "DESIGN" + " §4)")
    assert not OUTSIDE_NOTE.search("docs/domain.md, DESIGNER.md")
    assert [m.group(0) for m in DOCS_LINK.finditer("see docs/domain.md.")] == ["docs/domain.md"]
    assert any(path.endswith("cli/__init__.py") for path, _, _ in _hits(re.compile("def main")))


def test_no_reference_to_notes_outside_the_repository() -> None:
    assert _hits(OUTSIDE_NOTE) == []


def test_every_docs_page_named_in_the_sources_exists() -> None:
    hits = _hits(DOCS_LINK)
    named = {link for _, _, link in hits}
    # The pages the code cites (not this file, which names them too).
    cited = {link for path, _, link in hits if path.startswith("desktop/")}
    assert {"docs/domain.md", "docs/architecture.md", "docs/workbook.md"} <= cited
    assert sorted(link for link in named if not (ROOT / link).is_file()) == []
