"""Member tiles at the kiosk: photo (or a drawn initial) and name, at most twelve.

The twelve tiles are made once and reused: typing changes their contents, never the widget
tree, which keeps each keystroke cheap and lets a late second tap land on a hidden tile
harmlessly instead of on a deleted one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from desktop.models.attendance.kiosk_people import KioskPeople, KioskPersonMatch, KioskTile
from desktop.models.attendance.kiosk_search import MAX_TILES, KioskMatch
from desktop.ui.kiosk.kiosk_keypad import MIN_TOUCH_PX

TILE_COLUMNS = 4
NARROW_COLUMNS = 3
# A tile must fit a four-character name (复姓 and longer names exist) and the card line.
_WIDEST_TEXTS = ("欧阳宏伟", "卡 0000")
# Soft background colours for drawn initials; the letter, not the colour, identifies.
_AVATAR_COLOURS = ("#00796b", "#5e35b1", "#c62828", "#2e7d32", "#1565c0", "#6d4c41")


def avatar_pixmap(name: str, side: int) -> QPixmap:
    """A round picture with the first character of the name, for members without a photo."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = _AVATAR_COLOURS[sum(map(ord, name)) % len(_AVATAR_COLOURS)] if name else "#607d8b"
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, side, side)
    font = QFont(painter.font())
    font.setPixelSize(max(8, side * 9 // 20))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, name[:1])
    painter.end()
    return pixmap


def _decode(data: bytes, side: int) -> QImage:
    """The image decoded at about the size shown: a JPEG decoder scales down while decoding
    (1/2, 1/4, 1/8), several times faster than decoding 480 px to show 96."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and min(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    return reader.read()


def photo_pixmap(data: bytes | None, name: str, side: int) -> QPixmap:
    """The member's photo cropped to a rounded square, or the drawn initial without one."""
    image = _decode(data, side) if data else QImage()
    if image.isNull():
        return avatar_pixmap(name, side)
    scaled = QPixmap.fromImage(image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, side, side), side / 8, side / 8)
    painter.setClipPath(path)
    painter.drawPixmap((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    return pixmap


class MemberTile(QToolButton):
    """One tappable member: picture above the name. Enter or Space signs in from a keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.member_name = ""
        # Who signs this person in when it is not a member's tile (a volunteer's).
        self.provider: KioskPeople | None = None
        self.max_icon_side = 96
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap must not take the reader's focus
        self.setMinimumSize(MIN_TOUCH_PX + 24, MIN_TOUCH_PX + 24)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Hidden tiles keep their place: one match is one tile, not one giant button.
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("会员"))

    def show_member(self, match: KioskMatch, picture: QPixmap, same_name: bool) -> None:
        """Fill the tile; ``same_name`` adds the card's last digits to tell two people apart."""
        self.person_id = match.person_id
        self.member_name = match.name
        self.provider = None
        text = match.name
        if same_name and match.card_tail:
            # On a second line: one line would be cut off in a narrow tile.
            text = self.tr("{name}\n卡 {tail}").format(name=match.name, tail=match.card_tail)
            spoken = self.tr("签到：{name}，卡尾号 {tail}").format(name=match.name,
                                                              tail=match.card_tail)
        else:
            spoken = self.tr("签到：{name}").format(name=match.name)
        self.setText(text)
        self.setIcon(QIcon(picture))
        self.setAccessibleName(spoken)
        self.fit_icon()
        self.show()

    def show_other(self, provider: KioskPeople, match: KioskPersonMatch,
                   picture: QPixmap) -> None:
        """Fill the tile with someone a provider signs in (a volunteer): the name, and the
        role on a second line."""
        self.person_id = match.person_id
        self.member_name = match.name
        self.provider = provider
        self.setText(self.tr("{name}\n{role}").format(name=match.name, role=match.role))
        self.setIcon(QIcon(picture))
        self.setAccessibleName(self.tr("签到：{name}（{role}）").format(name=match.name,
                                                                   role=match.role))
        self.fit_icon()
        self.show()

    def empty(self) -> None:
        """Forget the member (no personal data kept on a hidden tile)."""
        self.person_id = None
        self.member_name = ""
        self.provider = None
        self.setText("")
        self.setIcon(QIcon())
        self.setAccessibleName(self.tr("会员"))
        self.hide()

    def fit_icon(self) -> None:
        """The largest picture that leaves room for the name (a tile without its name is
        useless to someone who cannot tell faces apart)."""
        lines = self.text().count("\n") + 1
        room = self.height() - lines * self.fontMetrics().lineSpacing() - 28
        side = max(24, min(self.max_icon_side, room, self.width() - 24))
        self.setIconSize(QSize(side, side))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_icon()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """A fixed grid of twelve reusable member tiles; ``chosen`` gives the tapped member's
    person id, ``other_chosen`` the provider and person id of another tile (a volunteer)."""

    chosen = Signal(int)
    other_chosen = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskTiles")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.tiles: list[MemberTile] = []
        for index in range(MAX_TILES):
            tile = MemberTile(self)
            tile.setObjectName(f"tile_{index}")
            tile.clicked.connect(lambda _checked=False, t=tile: self._tapped(t))
            tile.empty()
            self.tiles.append(tile)
        self.columns = 0
        self._arrange(TILE_COLUMNS)
        self.icon_side = 96

    def _arrange(self, columns: int) -> None:
        """Lay the tiles out in ``columns`` columns (3 on a narrow screen, else 4)."""
        if columns == self.columns:
            return
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        rows = -(-MAX_TILES // columns)
        for line in range(max(rows, MAX_TILES // NARROW_COLUMNS)):
            self._grid.setRowStretch(line, 1 if line < rows else 0)
        for column in range(TILE_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.tiles[0].fontMetrics()
        needed = max(metrics.horizontalAdvance(text) for text in _WIDEST_TEXTS) + 24
        spacing = self._grid.spacing()
        fits_four = (self.width() - 3 * spacing) // TILE_COLUMNS >= needed
        self._arrange(TILE_COLUMNS if fits_four else NARROW_COLUMNS)

    def set_icon_side(self, side: int) -> None:
        """Largest picture size in pixels (follows the text size; tiles may show less)."""
        self.icon_side = side
        for tile in self.tiles:
            tile.max_icon_side = side
            tile.fit_icon()

    def show_matches(self, found: Sequence[KioskTile],
                     picture: Callable[[KioskMatch, int], QPixmap]) -> None:
        """Show these tiles (members and the providers' people, best match first), at most
        twelve in order; ``picture`` makes each image."""
        names = [t.match.name for t in found if t.provider is None]
        for index, tile in enumerate(self.tiles):
            if index >= len(found):
                tile.empty()
                continue
            match, provider = found[index].match, found[index].provider
            if provider is None and isinstance(match, KioskMatch):
                tile.show_member(match, picture(match, self.icon_side),
                                 same_name=names.count(match.name) > 1)
            elif provider is not None and isinstance(match, KioskPersonMatch):
                shown = KioskMatch(match.person_id, match.name, match.card_tail)
                image = picture(shown, self.icon_side) if match.show_photo \
                    else photo_pixmap(None, match.name, self.icon_side)
                tile.show_other(provider, match, image)
            else:
                tile.empty()

    def clear(self) -> None:
        """Empty every tile."""
        for tile in self.tiles:
            tile.empty()

    def visible_tiles(self) -> list[MemberTile]:
        """The tiles showing a member, in order."""
        return [t for t in self.tiles if t.person_id is not None and not t.isHidden()]

    def _tapped(self, tile: MemberTile) -> None:
        if tile.person_id is None:
            return
        if tile.provider is not None:
            self.other_chosen.emit(tile.provider, tile.person_id)
        else:
            self.chosen.emit(tile.person_id)
