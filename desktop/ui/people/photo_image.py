"""How a person's photo is kept: at most 480 px on its longer side, as JPEG, whatever its source
(a file chosen in the person form, or a picture taken with the camera)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

PHOTO_MAX_SIDE = 480
PHOTO_QUALITY = 85


def photo_jpeg(image: QImage) -> bytes:
    """The image scaled down to the photo size (never up) and compressed as JPEG bytes."""
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time, though its stubs say bytes.
    image.save(buffer, "JPEG", PHOTO_QUALITY)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
