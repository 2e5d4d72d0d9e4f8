"""Take a member's photo with a camera (a webcam on the centre PC) for the person form.

The preview comes through a ``QVideoSink`` into a plain label, so the app needs QtMultimedia
but not QtMultimediaWidgets. When the PC has no camera, or the camera cannot start, the dialog
says so in words and points to choosing a photo file instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.people.photo_image import photo_jpeg


class CameraDialog(QDialog):
    """A live preview and a 拍照 button; :attr:`photo` holds the JPEG once taken.

    One dialog serves its person form for as long as the form is open: :meth:`start` each
    time it is shown.
    """

    def __init__(self, parent: QWidget | None = None,
                 devices: list[QCameraDevice] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("拍照"))
        self.photo: bytes | None = None
        self._frame = QImage()
        self._camera: QCamera | None = None
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._show_frame)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self.sink)

        self.preview = QLabel(self.tr("正在打开摄像头…"))
        self.preview.setAccessibleName(self.tr("摄像头画面"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(400, 300)
        self.preview.setFrameShape(QLabel.Shape.Box)
        self.preview.setWordWrap(True)
        self.camera_combo = QComboBox()
        self.camera_combo.setAccessibleName(self.tr("摄像头"))
        camera_label = QLabel(self.tr("摄像头(&M):"))
        camera_label.setBuddy(self.camera_combo)
        self.take_button = QPushButton(self.tr("拍照(&T)"))
        self.take_button.setAccessibleName(self.tr("拍下这张照片"))
        self.take_button.setEnabled(False)
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self.take_photo)
        cancel = QPushButton(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消拍照"))
        cancel.clicked.connect(self.reject)

        chooser = QHBoxLayout()
        chooser.addWidget(camera_label)
        chooser.addWidget(self.camera_combo, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self._given_devices = devices
        self._devices: list[QCameraDevice] = []
        self.camera_combo.currentIndexChanged.connect(self._camera_chosen)

    def start(self) -> None:
        """Look for cameras (one may have been plugged in since) and show the first one live."""
        self.photo = None
        self._devices = (QMediaDevices.videoInputs() if self._given_devices is None
                         else self._given_devices)
        self.camera_combo.blockSignals(True)
        self.camera_combo.clear()
        for device in self._devices:
            self.camera_combo.addItem(device.description())
        self.camera_combo.blockSignals(False)
        self.camera_combo.setEnabled(len(self._devices) > 1)
        if self._devices:
            self.preview.setText(self.tr("正在打开摄像头…"))
            self._start_camera(0)
        else:
            self.show_problem(self.tr(
                "没有找到摄像头。请把摄像头接到电脑上再试，或关闭此窗口，用“选择照片”从文件中选取。"))

    def _camera_chosen(self, index: int) -> None:
        if 0 <= index < len(self._devices):
            self._start_camera(index)

    @property
    def has_camera(self) -> bool:
        """Whether the PC offered at least one camera."""
        return bool(self._devices)

    def show_problem(self, text: str) -> None:
        """Say in the preview area why there is no picture (and that 拍照 cannot be used)."""
        self.preview.setPixmap(QPixmap())
        self.preview.setText("⚠ " + text)
        self.preview.setAccessibleDescription(text)
        self.take_button.setEnabled(False)

    def _start_camera(self, index: int) -> None:
        self._stop_camera()
        self._frame = QImage()
        self.take_button.setEnabled(False)
        camera = QCamera(self._devices[index], self)
        camera.errorOccurred.connect(self._camera_failed)
        self._session.setCamera(camera)
        self._camera = camera
        camera.start()

    def _stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera.deleteLater()
            self._camera = None

    def _camera_failed(self, _error: QCamera.Error, detail: str) -> None:
        # Qt's own words are English and technical: say what the user can do, keep them for support.
        self.show_problem(self.tr(
            "摄像头无法使用（可能正被其他程序占用，或已拔出）。请关闭使用摄像头的其他程序后重试。"
            "（{detail}）").format(detail=detail))

    def _show_frame(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self._frame = image
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.take_button.setEnabled(True)

    def take_photo(self) -> None:
        """Keep the picture shown now (scaled and compressed like a photo file) and close."""
        if self._frame.isNull():
            return
        self.photo = photo_jpeg(self._frame)
        self.accept()

    def done(self, result: int) -> None:
        # The camera's light goes off as soon as the dialog closes, however it closes.
        self._stop_camera()
        super().done(result)
