"""Render the application icon (resources/icons/warmhome.svg) to PNG sizes and a Windows .ico.

Run at build time (installer/warmhome.spec calls it; ``python installer/make_icons.py`` does it
alone). The output goes to build/installer/icons/ and is never committed.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from installer import buildinfo


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes; PySide6 itself takes only str for the format.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Iterable[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding the given (size, PNG bytes) images (PNG entries: Vista and later)."""
    images = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = []
    payload = []
    for size, png in images:
        if not 1 <= size <= 256:
            raise ValueError(f"an .ico image is 1–256 px, not {size}")
        dimension = 0 if size == 256 else size  # 0 means 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32,
                                   len(png), offset))
        payload.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(payload)


def make_icons(out_dir: Path = buildinfo.ICON_DIR, svg: Path = buildinfo.ICON_SVG) -> list[Path]:
    """Write warmhome-{size}.png for every size and warmhome.ico; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    pngs = {}
    for size in buildinfo.ICON_SIZES:
        pngs[size] = render_png(svg, size)
        path = out_dir / f"warmhome-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / "warmhome.ico"
    ico.write_bytes(ico_bytes((size, pngs[size]) for size in buildinfo.ICO_SIZES))
    written.append(ico)
    return written


def main() -> int:
    """Render the icons into build/installer/icons/ and list them."""
    for path in make_icons():
        print(path.relative_to(buildinfo.ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
