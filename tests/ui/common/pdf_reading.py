"""Reading a printed PDF back the way a person looks at the paper: each page's text and where a
piece of text sits on the page (Qt's own PDF reader, so no poppler is needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtPdf import QPdfDocument

MM_PER_POINT = 25.4 / 72


class PrintedPdf:
    """A PDF file's pages: their text (ideographic spaces come out as plain ones) and the box
    of a piece of text, in points from the page's top left corner."""

    def __init__(self, path: Path) -> None:
        self.document = QPdfDocument()
        assert self.document.load(str(path)) == QPdfDocument.Error.None_
        self.texts = [self.document.getAllText(n).text()
                      for n in range(self.document.pageCount())]

    def __len__(self) -> int:
        return len(self.texts)

    def pages_with(self, text: str) -> list[int]:
        """The (0-based) pages on which ``text`` is printed."""
        return [n for n, page in enumerate(self.texts) if text in page]

    def box(self, page: int, text: str) -> QRectF:
        """Where ``text`` (its first occurrence) is printed on ``page``."""
        start = self.texts[page].index(text)
        selection = self.document.getSelectionAtIndex(page, start, len(text))
        assert selection.isValid(), text
        return selection.boundingRectangle()

    def size_mm(self, page: int) -> tuple[float, float]:
        """The page's width and height in millimetres."""
        size = self.document.pagePointSize(page)
        return size.width() * MM_PER_POINT, size.height() * MM_PER_POINT

    def close(self) -> None:
        self.document.close()
